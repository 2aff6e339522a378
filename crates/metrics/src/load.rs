//! Reads a [`Book`] and the same book [`TREND_DAYS`] earlier in one pass: eight aggregate
//! queries run concurrently on the workspace's connection pool, and both books are
//! assembled from their results (the earlier book is the later one's weekly history shifted
//! by four weeks, with the user-level aggregates of the month before).
//!
//! Queries join `scope a CROSS JOIN table`: SQLite keeps the left side of a CROSS JOIN as the
//! outer loop, so each account's rows come from a primary-key range search. With a plain JOIN
//! the planner (no statistics) chose to scan whole usage tables: several times slower.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate};
use sqlx::SqlitePool;

use crate::book::*;
use crate::dates::{day_number, parse_day};
use crate::raw;
use crate::Error;

/// Weeks of usage read: the book's [`WEEKS`] plus the four the earlier book reaches back.
const WEEKS_READ: usize = WEEKS + (TREND_DAYS / 7) as usize;
/// User-level activity is read for two months: this one and the one before.
const USER_DAYS_READ: u64 = 2 * MONTH_DAYS;

/// Prefixes a query with the `scope` of accounts it reads: all, or the one in `?1`. A macro
/// so the SQL stays a static string (no formatting, nothing to inject).
macro_rules! scoped {
    ($q:literal) => {
        concat!("WITH scope AS (SELECT id FROM accounts WHERE ?1 IS NULL OR external_id = ?1)\n", $q)
    };
}
pub(crate) use scoped;

pub(crate) fn day_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn minus(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN)
}

pub(crate) fn day_opt(table: &'static str, column: &'static str, s: Option<String>) -> Result<Option<NaiveDate>, Error> {
    s.map(|d| parse_day(table, column, &d)).transpose()
}

/// One product user's activity in the two months read.
struct RawUser {
    account: usize,
    contact: Option<i64>,
    days_now: i64,
    value_now: i64,
    last_any: NaiveDate,
    days_prev: i64,
    value_prev: i64,
    last_prev: Option<NaiveDate>,
}

struct RawTicket {
    account: usize,
    opened: NaiveDate,
    opened_at: String,
    first_response_at: Option<String>,
    resolved_at: Option<String>,
    priority: String,
    csat: Option<i64>,
}

struct Edges {
    last_now: Option<NaiveDate>,
    last_before: Option<NaiveDate>,
    first_value: Option<NaiveDate>,
}

struct Raw {
    modules: Vec<Module>,
    accounts: Vec<AccountRecord>,
    revenue: crate::load_revenue::Revenue,
    weekly: Weekly,
    users: Vec<RawUser>,
    edges: Vec<Edges>,
    contacts: Vec<Contact>,
    tickets: Vec<RawTicket>,
    nps: Vec<NpsResponse>,
    milestones: Vec<Milestone>,
}

pub(crate) async fn load_pair(ws: &store::Workspace, as_of: NaiveDate, scope: Scope<'_>) -> Result<(Book, Book), Error> {
    let pool = ws.pool();
    let only = match scope {
        Scope::All => None,
        Scope::Account(id) => Some(id),
    };
    let (modules, accounts) = tokio::try_join!(load_modules(pool), load_accounts(pool, only))?;
    if let Some(id) = only
        && accounts.is_empty()
    {
        return Err(Error::UnknownAccount(id.to_string()));
    }
    let index: HashMap<i64, usize> = accounts.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
    let module_index: HashMap<i64, usize> = modules.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
    let before = minus(as_of, TREND_DAYS);
    // The whole book: one query after the other. Running the eight concurrently was slower,
    // measured: load median 480-600 ms against 360-420 ms at 2,000 accounts on 2 cores
    // (docs/BENCHMARKS.md); those reads are CPU-bound (page decryption, row decoding), so
    // more queries than cores only adds contention. One account: concurrently, as its
    // small reads are bound by latency instead.
    let (revenue, weekly, users, edges, contacts, tickets, nps, milestones) = if only.is_some() {
        tokio::try_join!(
            crate::load_revenue::load(ws, only, as_of, &index, &module_index),
            load_weekly(pool, only, as_of, &index, &module_index),
            load_users(pool, only, as_of, &index),
            load_edges(pool, only, as_of, before, &index),
            load_contacts(pool, only, &index),
            load_tickets(pool, only, as_of, &index),
            load_nps(pool, only, as_of, &index),
            load_milestones(pool, only, &index),
        )?
    } else {
        (
            crate::load_revenue::load(ws, only, as_of, &index, &module_index).await?,
            load_weekly(pool, only, as_of, &index, &module_index).await?,
            load_users(pool, only, as_of, &index).await?,
            load_edges(pool, only, as_of, before, &index).await?,
            load_contacts(pool, only, &index).await?,
            load_tickets(pool, only, as_of, &index).await?,
            load_nps(pool, only, as_of, &index).await?,
            load_milestones(pool, only, &index).await?,
        )
    };
    let raw = Raw { modules, accounts, revenue, weekly, users, edges, contacts, tickets, nps, milestones };
    let (now, then) = (assemble(&raw, as_of, 0), assemble(&raw, before, (TREND_DAYS / 7) as usize));
    crate::fx::check(&now)?;
    Ok((now, then))
}

/// The book as of `day`, which is `shift` weeks before the day the raw data was read for.
fn assemble(raw: &Raw, day: NaiveDate, shift: usize) -> Book {
    let n_modules = raw.modules.len();
    let mut usage = vec![
        UsageWindow { weeks: vec![vec![Activity::default(); n_modules]; WEEKS], ..Default::default() };
        raw.accounts.len()
    ];
    for (a, u) in usage.iter_mut().enumerate() {
        for (w, week) in u.weeks.iter_mut().enumerate() {
            for (m, cell) in week.iter_mut().enumerate() {
                *cell = raw.weekly.get(a, w + shift, m);
            }
        }
    }
    for u in &raw.users {
        let (days_28, value_events_28, last_day) = if shift == 0 {
            (u.days_now, u.value_now, Some(u.last_any))
        } else {
            (u.days_prev, u.value_prev, u.last_prev)
        };
        if let Some(last_day) = last_day {
            usage[u.account].users.push(UserActivity { contact: u.contact, days_28, value_events_28, last_day });
        }
    }
    for (a, e) in raw.edges.iter().enumerate() {
        usage[a].last_active = if shift == 0 { e.last_now } else { e.last_before };
        usage[a].first_value = e.first_value.filter(|&v| v <= day);
    }
    let seen = |t: &Option<String>| t.clone().filter(|t| t.get(..10).is_some_and(|d| d <= day_str(day).as_str()));
    let tickets = raw
        .tickets
        .iter()
        .filter(|t| t.opened <= day)
        .map(|t| {
            let (first, resolved) = (seen(&t.first_response_at), seen(&t.resolved_at));
            Ticket {
                account: t.account,
                opened: t.opened,
                priority: t.priority.clone(),
                first_response_hours: hours_between(&t.opened_at, first.as_deref()),
                resolution_hours: hours_between(&t.opened_at, resolved.as_deref()),
                // CSAT is asked at resolution: unknown before it.
                csat: resolved.as_ref().and(t.csat),
                resolved: resolved.and_then(|r| parse_day("tickets", "resolved_at", &r).ok()),
            }
        })
        .collect();
    Book {
        as_of: day,
        currency: raw.revenue.currency.clone(),
        fx: raw.revenue.fx.clone(),
        modules: raw.modules.clone(),
        accounts: raw.accounts.clone(),
        subscriptions: raw.revenue.subscriptions.iter().filter(|s| s.start <= day).cloned().collect(),
        usage,
        contacts: raw.contacts.clone(),
        tickets,
        nps: raw.nps.iter().filter(|r| r.day <= day).cloned().collect(),
        milestones: raw.milestones.clone(),
    }
}

fn hours_between(from: &str, to: Option<&str>) -> Option<f64> {
    let from = DateTime::parse_from_rfc3339(from).ok()?;
    let to = DateTime::parse_from_rfc3339(to?).ok()?;
    Some((to - from).num_seconds() as f64 / 3600.0)
}

/// Stable sort by account: within an account, rows keep the query's (date) order.
pub(crate) fn by_account<T>(mut rows: Vec<T>, key: impl Fn(&T) -> usize) -> Vec<T> {
    rows.sort_by_key(key);
    rows
}

async fn load_modules(pool: &SqlitePool) -> Result<Vec<Module>, Error> {
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, key, name FROM modules ORDER BY key").fetch_all(pool).await?;
    Ok(rows.into_iter().map(|(id, key, name)| Module { id, key, name }).collect())
}

type AccountRow = (i64, String, String, Option<String>, Option<String>, Option<i64>, Option<String>, Option<String>, String);

async fn load_accounts(pool: &SqlitePool, only: Option<&str>) -> Result<Vec<AccountRecord>, Error> {
    let rows: Vec<AccountRow> = sqlx::query_as(
        "SELECT a.id, a.external_id, a.name, a.industry, a.region, a.employees, o.name, a.lifecycle_stage, a.attributes
           FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id
          WHERE ?1 IS NULL OR a.external_id = ?1
          ORDER BY a.external_id",
    )
    .bind(only)
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|(id, external_id, name, industry, region, employees, owner, stage, attrs)| {
            let Ok(serde_json::Value::Object(attributes)) = serde_json::from_str(&attrs) else {
                return Err(Error::Corrupt {
                    table: "accounts",
                    column: "attributes",
                    value: attrs,
                    reason: "not a JSON object".into(),
                });
            };
            Ok(AccountRecord { id, external_id, name, industry, region, employees, owner, stage_override: stage, attributes })
        })
        .collect()
}

fn number_of(d: NaiveDate) -> i64 {
    day_number(&day_str(d)).expect("formatted day parses")
}

/// Weekly activity, dense: `[account][week][module]`.
struct Weekly {
    modules: usize,
    cells: Vec<Activity>,
}

impl Weekly {
    fn get(&self, account: usize, week: usize, module: usize) -> Activity {
        self.cells[(account * WEEKS_READ + week) * self.modules + module]
    }
}

async fn load_weekly(
    pool: &SqlitePool,
    only: Option<&str>,
    as_of: NaiveDate,
    index: &HashMap<i64, usize>,
    module_index: &HashMap<i64, usize>,
) -> Result<Weekly, Error> {
    let modules = module_index.len();
    let to = number_of(as_of);
    let init = Weekly { modules, cells: vec![Activity::default(); index.len() * WEEKS_READ * modules] };
    raw::fold(
        pool,
        scoped!(
            "SELECT u.account_id, u.module_id, u.day, u.events, u.value_events
               FROM scope a CROSS JOIN usage_days u ON u.account_id = a.id AND u.day > ?3 AND u.day <= ?2"
        ),
        &[only.into(), day_str(as_of).into(), day_str(minus(as_of, (WEEKS_READ * 7) as u64)).into()],
        init,
        |w, row| {
            let (Some(&a), Some(&m)) = (index.get(&row.int(0)), module_index.get(&row.int(1))) else { return Ok(()) };
            let day = row.text(2).and_then(day_number).ok_or_else(|| corrupt("usage_days", "day", row.text(2)))?;
            let week = ((to - day) / 7) as usize;
            if week < WEEKS_READ {
                let cell = &mut w.cells[(a * WEEKS_READ + week) * modules + m];
                cell.events += row.int(3);
                cell.value_events += row.int(4);
            }
            Ok(())
        },
    )
    .await
}

fn corrupt(table: &'static str, column: &'static str, value: Option<&str>) -> Error {
    Error::Corrupt { table, column, value: value.unwrap_or("NULL").to_string(), reason: "not a YYYY-MM-DD day".into() }
}

async fn load_users(pool: &SqlitePool, only: Option<&str>, as_of: NaiveDate, index: &HashMap<i64, usize>) -> Result<Vec<RawUser>, Error> {
    let contacts = raw::fold(
        pool,
        scoped!(
            "SELECT u.id, u.contact_id FROM scope a CROSS JOIN users u ON u.account_id = a.id
              WHERE u.contact_id IS NOT NULL"
        ),
        &[only.into()],
        HashMap::<i64, i64>::new(),
        |m, row| {
            m.insert(row.int(0), row.int(1));
            Ok(())
        },
    )
    .await?;
    let month = number_of(minus(as_of, MONTH_DAYS));
    // Per (account, user): rows arrive in day order within an account, so a user's distinct
    // days are counted by noticing when the day changes.
    struct Agg {
        account: usize,
        user: i64,
        last: i64,
        last_prev: Option<i64>,
        days_now: i64,
        value_now: i64,
        days_prev: i64,
        value_prev: i64,
    }
    let mut slots: HashMap<(usize, i64), usize> = HashMap::new();
    let aggs = raw::fold(
        pool,
        scoped!(
            "SELECT ua.account_id, ua.user_id, ua.day, ua.value_events
               FROM scope a CROSS JOIN user_activity ua ON ua.account_id = a.id AND ua.day > ?3 AND ua.day <= ?2"
        ),
        &[only.into(), day_str(as_of).into(), day_str(minus(as_of, USER_DAYS_READ)).into()],
        Vec::<Agg>::new(),
        |aggs, row| {
            let Some(&account) = index.get(&row.int(0)) else { return Ok(()) };
            let user = row.int(1);
            let day = row.text(2).and_then(day_number).ok_or_else(|| corrupt("user_activity", "day", row.text(2)))?;
            let value = row.int(3);
            let slot = *slots.entry((account, user)).or_insert_with(|| {
                aggs.push(Agg { account, user, last: i64::MIN, last_prev: None, days_now: 0, value_now: 0, days_prev: 0, value_prev: 0 });
                aggs.len() - 1
            });
            let g = &mut aggs[slot];
            let new_day = day != g.last;
            g.last = g.last.max(day);
            if day > month {
                g.days_now += i64::from(new_day);
                g.value_now += value;
            } else {
                g.days_prev += i64::from(new_day);
                g.value_prev += value;
                g.last_prev = Some(g.last_prev.map_or(day, |p| p.max(day)));
            }
            Ok(())
        },
    )
    .await?;
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
    let date = |n: i64| epoch + chrono::Duration::days(n);
    Ok(aggs
        .into_iter()
        .map(|g| RawUser {
            account: g.account,
            contact: contacts.get(&g.user).copied(),
            days_now: g.days_now,
            value_now: g.value_now,
            last_any: date(g.last),
            days_prev: g.days_prev,
            value_prev: g.value_prev,
            last_prev: g.last_prev.map(date),
        })
        .collect())
}

async fn load_edges(
    pool: &SqlitePool,
    only: Option<&str>,
    as_of: NaiveDate,
    before: NaiveDate,
    index: &HashMap<i64, usize>,
) -> Result<Vec<Edges>, Error> {
    let rows: Vec<(i64, Option<String>, Option<String>, Option<String>)> = sqlx::query_as(scoped!(
        "SELECT a.id,
                (SELECT MAX(u.day) FROM usage_days u WHERE u.account_id = a.id AND u.day <= ?2),
                (SELECT MAX(u.day) FROM usage_days u WHERE u.account_id = a.id AND u.day <= ?3),
                (SELECT MIN(v.day) FROM value_event_days v WHERE v.account_id = a.id AND v.day <= ?2)
           FROM scope a"
    ))
    .bind(only)
    .bind(day_str(as_of))
    .bind(day_str(before))
    .fetch_all(pool)
    .await?;
    let mut out: Vec<Edges> = (0..index.len()).map(|_| Edges { last_now: None, last_before: None, first_value: None }).collect();
    for (account, now, then, first) in rows {
        if let Some(&a) = index.get(&account) {
            out[a] = Edges {
                last_now: day_opt("usage_days", "day", now)?,
                last_before: day_opt("usage_days", "day", then)?,
                first_value: day_opt("value_event_days", "day", first)?,
            };
        }
    }
    Ok(out)
}

async fn load_contacts(pool: &SqlitePool, only: Option<&str>, index: &HashMap<i64, usize>) -> Result<Vec<Contact>, Error> {
    let contacts = raw::fold(
        pool,
        scoped!(
            "SELECT c.id, c.account_id, c.external_id, c.name, c.role
               FROM scope a CROSS JOIN contacts c ON c.account_id = a.id ORDER BY c.account_id, c.external_id"
        ),
        &[only.into()],
        Vec::new(),
        |out, row| {
            if let Some(&account) = index.get(&row.int(1)) {
                let text = |i| row.text(i).unwrap_or_default().to_string();
                out.push(Contact { id: row.int(0), account, external_id: text(2), name: text(3), role: text(4) });
            }
            Ok(())
        },
    )
    .await?;
    Ok(by_account(contacts, |c: &Contact| c.account))
}

async fn load_tickets(pool: &SqlitePool, only: Option<&str>, as_of: NaiveDate, index: &HashMap<i64, usize>) -> Result<Vec<RawTicket>, Error> {
    let out = raw::fold(
        pool,
        scoped!(
            "SELECT t.account_id, t.opened_at, t.first_response_at, t.resolved_at, t.priority, t.csat
               FROM scope a CROSS JOIN tickets t ON t.account_id = a.id AND t.opened_at >= ?2 AND t.opened_at < ?3
              ORDER BY t.opened_at"
        ),
        &[only.into(), day_str(minus(as_of, HISTORY_DAYS)).into(), day_str(as_of + Days::new(1)).into()],
        Vec::new(),
        |out, row| {
            let Some(&account) = index.get(&row.int(0)) else { return Ok(()) };
            let opened_at = row.text(1).unwrap_or_default().to_string();
            out.push(RawTicket {
                account,
                opened: parse_day("tickets", "opened_at", &opened_at)?,
                opened_at,
                first_response_at: row.text(2).map(str::to_string),
                resolved_at: row.text(3).map(str::to_string),
                priority: row.text(4).unwrap_or_default().to_string(),
                csat: row.opt_int(5),
            });
            Ok(())
        },
    )
    .await?;
    Ok(by_account(out, |t| t.account))
}

async fn load_nps(pool: &SqlitePool, only: Option<&str>, as_of: NaiveDate, index: &HashMap<i64, usize>) -> Result<Vec<NpsResponse>, Error> {
    let out = raw::fold(
        pool,
        scoped!(
            "SELECT n.account_id, n.responded_at, n.score, n.comment
               FROM scope a CROSS JOIN nps_responses n ON n.account_id = a.id AND n.responded_at >= ?2 AND n.responded_at < ?3
              ORDER BY n.responded_at"
        ),
        &[only.into(), day_str(minus(as_of, HISTORY_DAYS)).into(), day_str(as_of + Days::new(1)).into()],
        Vec::new(),
        |out, row| {
            if let Some(&account) = index.get(&row.int(0)) {
                let day = parse_day("nps_responses", "responded_at", row.text(1).unwrap_or_default())?;
                out.push(NpsResponse { account, day, score: row.int(2), comment: row.text(3).map(str::to_string) });
            }
            Ok(())
        },
    )
    .await?;
    Ok(by_account(out, |r| r.account))
}

async fn load_milestones(pool: &SqlitePool, only: Option<&str>, index: &HashMap<i64, usize>) -> Result<Vec<Milestone>, Error> {
    let out = raw::fold(
        pool,
        scoped!(
            "SELECT m.account_id, m.title, m.owner_side, m.due_day, m.completed_at, m.external_id
               FROM scope a CROSS JOIN milestones m ON m.account_id = a.id ORDER BY m.account_id, m.due_day, m.id"
        ),
        &[only.into()],
        Vec::new(),
        |out, row| {
            if let Some(&account) = index.get(&row.int(0)) {
                out.push(Milestone {
                    account,
                    id: row.text(5).unwrap_or_default().to_string(),
                    title: row.text(1).unwrap_or_default().to_string(),
                    owner_side: row.text(2).unwrap_or_default().to_string(),
                    due: parse_day("milestones", "due_day", row.text(3).unwrap_or_default())?,
                    completed: row.text(4).map(|c| parse_day("milestones", "completed_at", c)).transpose()?,
                });
            }
            Ok(())
        },
    )
    .await?;
    Ok(by_account(out, |m| m.account))
}
