//! The usage part of books as of several days ("anchors"), read in one pass over the week
//! rollups (`store::rollups`: each row holds a module's or a user's seven days): weekly
//! activity per module, per-user activity, the last active day and the first value day of
//! each account. A book's 7-day buckets end on its own day, so rows are unpacked day by day.
//!
//! Why one pass for several days: a backtest scores the book on 24 month ends, and the
//! quarter of usage each one reads overlaps the next by two thirds; the app's health trend
//! needs the book and the book four weeks earlier. Reading the rows once and adding each to
//! every anchor whose window holds it gives each anchor exactly the numbers a read as of that
//! day alone would give (a test checks that, book by book), for a fraction of the reads.

use std::collections::HashMap;

use chrono::NaiveDate;
use sqlx::SqlitePool;

use crate::book::{Activity, UsageWindow, UserActivity, MONTH_DAYS, WEEKS};
use crate::dates::day_number;
use crate::load::{day_str, scoped};
use crate::raw;
use crate::Error;

/// One day a book is read for.
#[derive(Clone, Copy)]
pub(crate) struct Anchor {
    pub day: NaiveDate,
    /// Days of user-level activity the book holds: users seen in them are listed (with
    /// their last day), and their activity in the last [`MONTH_DAYS`] of them counted.
    pub user_days: u64,
}

/// A book's users are those seen in the last two months (the trend's earlier book reads one).
pub(crate) const USER_DAYS: u64 = 2 * MONTH_DAYS;

pub(crate) fn number_of(d: NaiveDate) -> i64 {
    day_number(&day_str(d)).expect("formatted day parses")
}

fn date_of(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch") + chrono::Duration::days(n)
}

/// The anchors' usage, to hand each book its [`UsageWindow`]s.
#[derive(Default)]
pub(crate) struct Usage {
    modules: usize,
    accounts: usize,
    days: Vec<i64>,
    /// `[anchor][account][week][module]`.
    cells: Vec<Activity>,
    /// Per anchor, `(account, activity)` of each user seen in its window, by account.
    pub users: Vec<Vec<(usize, UserActivity)>>,
    /// Per account: its distinct active days inside the read, ascending.
    active_days: Vec<Vec<i64>>,
    /// Per account: its last active day before the read.
    active_before: Vec<Option<NaiveDate>>,
    /// Per account: its first value day up to the last anchor.
    first_value: Vec<Option<NaiveDate>>,
}

impl Usage {
    /// The usage window of `account` as of anchor `k`.
    pub fn window(&self, k: usize, account: usize) -> UsageWindow {
        let base = (k * self.accounts + account) * WEEKS * self.modules;
        let weeks = (0..WEEKS).map(|w| self.cells[base + w * self.modules..base + (w + 1) * self.modules].to_vec()).collect();
        let day = self.days[k];
        let active = &self.active_days[account];
        let seen = active.partition_point(|&d| d <= day);
        UsageWindow {
            weeks,
            users: vec![],
            last_active: if seen > 0 { Some(date_of(active[seen - 1])) } else { self.active_before[account] },
            first_value: self.first_value[account].filter(|&v| v <= date_of(day)),
        }
    }

    /// Takes anchor `k`'s users (each book is assembled once).
    pub fn take_users(&mut self, k: usize) -> Vec<(usize, UserActivity)> {
        std::mem::take(&mut self.users[k])
    }
}

/// Reads the usage of every account in `index` for `anchors` (ascending by day): the module
/// weeks and the users, one after the other.
pub(crate) async fn load(
    pool: &SqlitePool,
    only: Option<&str>,
    anchors: &[Anchor],
    index: &HashMap<i64, usize>,
    module_index: &HashMap<i64, usize>,
) -> Result<Usage, Error> {
    let mut usage = load_weeks(pool, only, anchors, index, module_index).await?;
    usage.users = load_users(pool, only, anchors, index).await?;
    Ok(usage)
}

/// The module weeks and edges of the accounts in `index`; the users are read apart
/// ([`load_users`]), so that a whole book's read can run the two side by side.
pub(crate) async fn load_weeks(
    pool: &SqlitePool,
    only: Option<&str>,
    anchors: &[Anchor],
    index: &HashMap<i64, usize>,
    module_index: &HashMap<i64, usize>,
) -> Result<Usage, Error> {
    debug_assert!(anchors.windows(2).all(|w| w[0].day < w[1].day), "anchors ascend");
    let days: Vec<i64> = anchors.iter().map(|a| number_of(a.day)).collect();
    let (modules, accounts) = (module_index.len(), index.len());
    let mut usage = Usage {
        modules,
        accounts,
        cells: vec![Activity::default(); anchors.len() * accounts * WEEKS * modules],
        users: vec![],
        active_days: vec![vec![]; accounts],
        active_before: vec![None; accounts],
        first_value: vec![None; accounts],
        days,
    };
    let span = (WEEKS * 7) as i64;
    let (first, last) = (usage.days[0], *usage.days.last().expect("at least one anchor"));
    // Per account, the week being read and its active days as bits: handed to `active_days`
    // (ascending, distinct) when the account's next week starts.
    let mut week_days: Vec<(i64, u8)> = vec![(i64::MIN, 0); accounts];
    let flush = |active: &mut Vec<i64>, (monday, bits): (i64, u8)| {
        active.extend((0..7).filter(|i| bits & (1 << i) != 0).map(|i| monday + i));
    };
    // Weeks holding a day of (first − span, last].
    usage = raw::fold(
        pool,
        scoped!(
            only,
            "SELECT w.account_id, w.module_id, w.week, w.e0, w.e1, w.e2, w.e3, w.e4, w.e5, w.e6,
                    w.v0, w.v1, w.v2, w.v3, w.v4, w.v5, w.v6
               FROM scope a CROSS JOIN usage_weeks w ON w.account_id = a.id AND w.week > ?3 AND w.week <= ?2"
        ),
        &[only.into(), day_str(date_of(last)).into(), day_str(date_of(first - span - 6)).into()],
        usage,
        |u, row| {
            let (Some(&a), Some(&m)) = (index.get(&row.int(0)), module_index.get(&row.int(1))) else { return Ok(()) };
            let monday = row.text(2).and_then(day_number).ok_or_else(|| corrupt("usage_weeks", "week", row.text(2)))?;
            // Rows come by account, then week (the primary key's order).
            if week_days[a].0 != monday {
                flush(&mut u.active_days[a], std::mem::replace(&mut week_days[a], (monday, 0)));
            }
            for i in 0..7 {
                let (events, value_events) = (row.int(3 + i as i32), row.int(10 + i as i32));
                if events == 0 && value_events == 0 {
                    continue;
                }
                week_days[a].1 |= 1 << i;
                let day = monday + i;
                // Every anchor on or after the day whose quarter still holds it.
                for k in u.days.partition_point(|&d| d < day)..u.days.len() {
                    let week = ((u.days[k] - day) / 7) as usize;
                    if week >= WEEKS {
                        break;
                    }
                    let cell = &mut u.cells[((k * accounts + a) * WEEKS + week) * modules + m];
                    cell.events += events;
                    cell.value_events += value_events;
                }
            }
            Ok(())
        },
    )
    .await?;
    for (a, week) in week_days.into_iter().enumerate() {
        flush(&mut usage.active_days[a], week);
    }
    crate::load::timed("usage edges", load_edges(pool, only, date_of(first - span), date_of(last), index, &mut usage)).await?;
    Ok(usage)
}

fn corrupt(table: &'static str, column: &'static str, value: Option<&str>) -> Error {
    Error::Corrupt { table, column, value: value.unwrap_or("NULL").to_string(), reason: "not a YYYY-MM-DD day".into() }
}

/// The first value day up to `last` of every account, and the last active day up to `before`
/// (inclusive) of the accounts that need it: those with no active day in the read on or
/// before the first anchor (for the others, the read already holds a later one), one index
/// seek each. The first value day is kept per account (`first_value_days`, derived from the
/// daily module rollup's days with value events, which every way usage arrives fills: raw
/// events and warehouse rollups alike; the per-event-type counts come with raw events only).
///
/// Why not the last active day of every account: each seek lands on a leaf page of the
/// largest table, to be read and decrypted; at 20,000 accounts that was a third of the usage
/// read, for a day almost every account's recent weeks already give.
async fn load_edges(pool: &SqlitePool, only: Option<&str>, before: NaiveDate, last: NaiveDate, index: &HashMap<i64, usize>, usage: &mut Usage) -> Result<(), Error> {
    let firsts = account_days(
        pool,
        "first_value_days",
        scoped!(
            only,
            "SELECT f.account_id, f.day FROM scope a CROSS JOIN first_value_days f ON f.account_id = a.id WHERE f.day <= ?2",
            whole: "SELECT account_id, day FROM first_value_days WHERE ?1 IS NULL AND day <= ?2"
        ),
        &[only.into(), day_str(last).into()],
        index,
    )
    .await?;
    for (a, day) in firsts {
        usage.first_value[a] = Some(date_of(day));
    }
    let first_anchor = usage.days[0];
    let ids: Vec<i64> = index
        .iter()
        .filter(|&(_, &a)| usage.active_days[a].first().is_none_or(|&d| d > first_anchor))
        .map(|(&id, _)| id)
        .collect();
    if ids.is_empty() {
        return Ok(());
    }
    let lasts = account_days(
        pool,
        "usage_days",
        "SELECT a.id, (SELECT MAX(u.day) FROM usage_days u WHERE u.account_id = a.id AND u.day <= ?2)
           FROM accounts a WHERE a.id IN (SELECT value FROM json_each(?1))",
        &[serde_json::json!(ids).to_string().into(), day_str(before).into()],
        index,
    )
    .await?;
    for (a, day) in lasts {
        usage.active_before[a] = Some(date_of(day));
    }
    Ok(())
}

/// `(account index, day number)` of each row `(account id, day or NULL)` that has a day.
async fn account_days(
    pool: &SqlitePool,
    table: &'static str,
    sql: &'static str,
    params: &[raw::Param],
    index: &HashMap<i64, usize>,
) -> Result<Vec<(usize, i64)>, Error> {
    raw::fold(pool, sql, params, Vec::new(), |out, row| {
        if let (Some(&a), Some(day)) = (index.get(&row.int(0)), row.text(1)) {
            out.push((a, day_number(day).ok_or_else(|| corrupt(table, "day", Some(day)))?));
        }
        Ok(())
    })
    .await
}

/// One user's activity inside one anchor's window.
#[derive(Clone, Copy, Default)]
struct Seen {
    days_28: i64,
    /// Days with a value event.
    value_28: i64,
    last: Option<i64>,
}

/// One user of the account being read, across the anchors.
struct UserRows {
    user: i64,
    seen: Vec<Seen>,
}

/// Per anchor, the users seen in its window with their last day and their last month's
/// active and value days (for [`Usage::users`]). Rows arrive by account, then week, each with
/// the user's active days as bits; an account's users are handed out when the next account
/// starts.
pub(crate) async fn load_users(
    pool: &SqlitePool,
    only: Option<&str>,
    anchors: &[Anchor],
    index: &HashMap<i64, usize>,
) -> Result<Vec<Vec<(usize, UserActivity)>>, Error> {
    let days: Vec<i64> = anchors.iter().map(|a| number_of(a.day)).collect();
    let days = days.as_slice();
    let contacts = raw::fold(
        pool,
        scoped!(
            only,
            "SELECT u.id, u.contact_id FROM scope a CROSS JOIN users u ON u.account_id = a.id
              WHERE u.contact_id IS NOT NULL",
            whole: "SELECT id, contact_id FROM users WHERE ?1 IS NULL AND contact_id IS NOT NULL"
        ),
        &[only.into()],
        HashMap::<i64, i64>::new(),
        |m, row| {
            m.insert(row.int(0), row.int(1));
            Ok(())
        },
    )
    .await?;
    let widths: Vec<i64> = anchors.iter().map(|a| a.user_days as i64).collect();
    let widest = widths.iter().copied().max().unwrap_or(0);
    let from = days.iter().zip(&widths).map(|(d, w)| d - w).min().unwrap_or(0);
    let last = *days.last().unwrap_or(&0);
    struct Acc {
        out: Vec<Vec<(usize, UserActivity)>>,
        account: Option<usize>,
        slots: HashMap<i64, usize>,
        users: Vec<UserRows>,
    }
    let hand_out = |acc: &mut Acc, contacts: &HashMap<i64, i64>| {
        let Some(account) = acc.account else { return };
        // By user id: the same order whichever days were read.
        acc.users.sort_by_key(|u| u.user);
        for u in acc.users.drain(..) {
            let contact = contacts.get(&u.user).copied();
            for (k, s) in u.seen.iter().enumerate() {
                if let Some(last) = s.last {
                    let activity = UserActivity { contact, days_28: s.days_28, value_days_28: s.value_28, last_day: date_of(last) };
                    acc.out[k].push((account, activity));
                }
            }
        }
        acc.slots.clear();
    };
    let init = Acc { out: vec![vec![]; anchors.len()], account: None, slots: HashMap::new(), users: vec![] };
    let mut acc = raw::fold(
        pool,
        scoped!(
            only,
            "SELECT w.account_id, w.user_id, w.week, w.active_days, w.value_days
               FROM scope a CROSS JOIN user_weeks w ON w.account_id = a.id AND w.week > ?3 AND w.week <= ?2"
        ),
        // Weeks holding a day of (from, last].
        &[only.into(), day_str(date_of(last)).into(), day_str(date_of(from - 6)).into()],
        init,
        |acc, row| {
            let Some(&account) = index.get(&row.int(0)) else { return Ok(()) };
            if acc.account != Some(account) {
                hand_out(acc, &contacts);
                acc.account = Some(account);
            }
            let user = row.int(1);
            let monday = row.text(2).and_then(day_number).ok_or_else(|| corrupt("user_weeks", "week", row.text(2)))?;
            let (active, valued) = (row.int(3), row.int(4));
            let slot = *acc.slots.entry(user).or_insert_with(|| {
                acc.users.push(UserRows { user, seen: vec![Seen::default(); days.len()] });
                acc.users.len() - 1
            });
            let u = &mut acc.users[slot];
            // A user's weeks come in order, and its days within a week: `last` only grows.
            for i in (0..7).filter(|i| active & (1 << i) != 0) {
                let day = monday + i;
                for k in days.partition_point(|&d| d < day)..days.len() {
                    if day <= days[k] - widest {
                        break;
                    }
                    if day <= days[k] - widths[k] {
                        continue;
                    }
                    let s = &mut u.seen[k];
                    s.last = Some(day);
                    if day > days[k] - MONTH_DAYS as i64 {
                        s.days_28 += 1;
                        s.value_28 += i64::from(valued & (1 << i) != 0);
                    }
                }
            }
            Ok(())
        },
    )
    .await?;
    hand_out(&mut acc, &contacts);
    Ok(acc.out)
}
