//! Reads books from the workspace: one as of a day, a day and the same book [`TREND_DAYS`]
//! earlier (the health trend), or a run of days (the backtest), each in one pass. A handful
//! of aggregate queries read the rows once; each day's book is assembled from them (the usage
//! part in `load_usage.rs`).
//!
//! Queries join `scope a CROSS JOIN table`: SQLite keeps the left side of a CROSS JOIN as the
//! outer loop, so each account's rows come from a primary-key range search. With a plain JOIN
//! the planner (no statistics) chose to scan whole usage tables: several times slower.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Days, NaiveDate};
use sqlx::SqlitePool;

use crate::book::*;
use crate::dates::parse_day;
use crate::load_usage::{Anchor, USER_DAYS, Usage};
use crate::raw;
use crate::shared::Shared;
use crate::Error;

/// Prefixes a query with the `scope` of accounts it reads: all (`only` is `None`, `?1` null), or
/// those whose external ids are in the JSON array `?1`. Two statements rather than one with
/// `?1 IS NULL OR ...`: that one scans every account even to read one, which made an account's
/// profile grow with the book (26 ms at 20,000 accounts). A macro so the SQL stays a static
/// string (no formatting, nothing to inject).
///
/// With `whole:`, the whole book reads its own statement, a scan of the table in storage
/// order (it must still name `?1`, as `WHERE ?1 IS NULL`): going account by account through
/// an index, each row is a seek into the table, landing on a page that is read and decrypted
/// again and again as the page cache turns over. Rows then come in storage order; the loader
/// sorts them. Tables kept in account order (the weekly rollups) are read account by account
/// either way: a scan would read every week, not the quarter a book needs.
macro_rules! scoped {
    ($only:expr, $q:literal) => {
        if $only.is_some() {
            concat!("WITH scope AS (SELECT id FROM accounts WHERE external_id IN (SELECT value FROM json_each(?1)))\n", $q)
        } else {
            concat!("WITH scope AS (SELECT id FROM accounts WHERE ?1 IS NULL)\n", $q)
        }
    };
    ($only:expr, $q:literal, whole: $whole:literal) => {
        if $only.is_some() { scoped!($only, $q) } else { $whole }
    };
}
pub(crate) use scoped;

pub(crate) fn day_str(d: NaiveDate) -> String {
    // `NaiveDate`'s Display is `YYYY-MM-DD` for years 0-9999, without parsing a format string.
    if (0..=9999).contains(&d.year()) { d.to_string() } else { d.format("%Y-%m-%d").to_string() }
}

fn minus(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN)
}

pub(crate) fn day_opt(table: &'static str, column: &'static str, s: Option<String>) -> Result<Option<NaiveDate>, Error> {
    s.map(|d| parse_day(table, column, &d)).transpose()
}

struct RawTicket {
    account: usize,
    /// The row id: the last sort key, so that both ways of reading give one order.
    id: i64,
    opened: NaiveDate,
    opened_at: String,
    first_response_at: Option<String>,
    resolved_at: Option<String>,
    priority: String,
    csat: Option<i64>,
}

/// What the books of all anchors are assembled from.
#[derive(Default)]
struct Raw {
    modules: Vec<Module>,
    accounts: Shared<AccountRecord>,
    revenue: crate::load_revenue::Revenue,
    usage: Usage,
    contacts: Shared<Contact>,
    tickets: Vec<RawTicket>,
    nps: Vec<NpsResponse>,
    milestones: Shared<Milestone>,
}

/// The book as of `as_of` and as of [`TREND_DAYS`] earlier. The earlier book lists the users
/// of its last month only (as it always has: the trend compares active users, and reading a
/// third month of user activity for it would slow every recompute).
pub(crate) async fn load_pair(ws: &store::Workspace, as_of: NaiveDate, scope: Scope<'_>) -> Result<(Book, Book), Error> {
    let anchors = [Anchor { day: minus(as_of, TREND_DAYS), user_days: MONTH_DAYS }, Anchor { day: as_of, user_days: USER_DAYS }];
    let mut books = load_anchors(ws, &anchors, scope).await?;
    let then = books.next().expect("two books")?;
    Ok((books.next().expect("two books")?, then))
}

/// The books as of each of `days` (ascending, distinct), read in one pass; each is the book
/// [`Book::load`] gives for its day.
pub(crate) async fn load_days(ws: &store::Workspace, days: &[NaiveDate], scope: Scope<'_>) -> Result<Books, Error> {
    assert!(days.windows(2).all(|w| w[0] < w[1]), "load_days wants ascending, distinct days");
    let anchors: Vec<Anchor> = days.iter().map(|&day| Anchor { day, user_days: USER_DAYS }).collect();
    load_anchors(ws, &anchors, scope).await
}

/// The books of a read, assembled one at a time as they are taken, so that a long run of
/// days holds one book in memory, not all of them.
pub struct Books {
    raw: Raw,
    days: std::iter::Enumerate<std::vec::IntoIter<NaiveDate>>,
}

impl Iterator for Books {
    type Item = Result<Book, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let (k, day) = self.days.next()?;
        let book = assemble(&mut self.raw, k, day);
        Some(crate::fx::check(&book).map(|()| book))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.days.size_hint()
    }
}

async fn load_anchors(ws: &store::Workspace, anchors: &[Anchor], scope: Scope<'_>) -> Result<Books, Error> {
    if anchors.is_empty() {
        return Ok(Books { raw: Raw::default(), days: Vec::new().into_iter().enumerate() });
    }
    let pool = ws.pool();
    let ids = match scope {
        Scope::All => None,
        Scope::Account(id) => Some(serde_json::json!([id]).to_string()),
        Scope::Accounts(ids) => Some(serde_json::json!(ids).to_string()),
    };
    let only = ids.as_deref();
    let (modules, accounts) = tokio::try_join!(load_modules(pool), timed("accounts", load_accounts(pool, only)))?;
    if let Scope::Account(id) = scope
        && accounts.is_empty()
    {
        return Err(Error::UnknownAccount(id.to_string()));
    }
    let index: HashMap<i64, usize> = accounts.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
    let module_index: HashMap<i64, usize> = modules.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
    let (first, last) = (anchors[0].day, anchors[anchors.len() - 1].day);
    // Some accounts: every read at once, as their small reads are bound by latency. The whole
    // book: the module weeks and the user weeks on tasks of their own, the other reads one
    // after the other meanwhile. Those reads are CPU-bound (page decryption, row decoding), so
    // a few streams, not one per read: six at once only added contention, measured
    // (docs/BENCHMARKS.md).
    let (revenue, usage, contacts, tickets, nps, milestones) = if only.is_some() {
        tokio::try_join!(
            crate::load_revenue::load(ws, only, last, &index, &module_index),
            crate::load_usage::load(pool, only, anchors, &index, &module_index),
            load_contacts(pool, only, &index),
            load_tickets(pool, only, first, last, &index),
            load_nps(pool, only, first, last, &index),
            load_milestones(pool, only, &index),
        )?
    } else {
        // Three streams: the module weeks, the user weeks, and the rest (about a third of
        // the work each at 20,000 accounts, measured: docs/BENCHMARKS.md).
        let weeks = {
            let (pool, anchors, index, module_index) = (pool.clone(), anchors.to_vec(), index.clone(), module_index.clone());
            tokio::spawn(async move { timed("usage weeks", crate::load_usage::load_weeks(&pool, None, &anchors, &index, &module_index)).await })
        };
        let users = {
            let (pool, anchors, index) = (pool.clone(), anchors.to_vec(), index.clone());
            tokio::spawn(async move { timed("user weeks", crate::load_usage::load_users(&pool, None, &anchors, &index)).await })
        };
        let rest = async {
            Ok::<_, Error>((
                timed("revenue", crate::load_revenue::load(ws, only, last, &index, &module_index)).await?,
                timed("contacts", load_contacts(pool, only, &index)).await?,
                timed("tickets", load_tickets(pool, only, first, last, &index)).await?,
                timed("nps", load_nps(pool, only, first, last, &index)).await?,
                timed("milestones", load_milestones(pool, only, &index)).await?,
            ))
        }
        .await;
        let (revenue, contacts, tickets, nps, milestones) = match rest {
            Ok(rest) => rest,
            Err(e) => {
                weeks.abort();
                users.abort();
                return Err(e);
            }
        };
        let stopped = |e: tokio::task::JoinError| Error::Raw(format!("the usage read stopped: {e}"));
        let users = users.await.map_err(stopped);
        let mut usage = weeks.await.map_err(stopped)??;
        usage.users = users??;
        (revenue, usage, contacts, tickets, nps, milestones)
    };
    let raw = Raw { modules, accounts: accounts.into(), revenue, usage, contacts: contacts.into(), tickets, nps, milestones: milestones.into() };
    Ok(Books { raw, days: anchors.iter().map(|a| a.day).collect::<Vec<_>>().into_iter().enumerate() })
}

/// Rows in the order of their keys (each row read with its sort key, the row id last, so that
/// a scan and an index read give one order), keys dropped.
pub(crate) fn in_key_order<K: Ord, T>(mut rows: Vec<(K, T)>) -> Vec<T> {
    rows.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Into a vector of its own size: `collect` would reuse the pairs' larger allocation, and
    // the app keeps these rows for as long as it runs.
    let mut out = Vec::with_capacity(rows.len());
    out.extend(rows.into_iter().map(|(_, row)| row));
    out
}

/// Runs one read, logging its time at debug level (`WAYPOINT_LOG=metrics=debug`): where a
/// large book's load goes, without a profiler.
pub(crate) async fn timed<T>(read: &'static str, f: impl std::future::Future<Output = T>) -> T {
    let start = std::time::Instant::now();
    let out = f.await;
    tracing::debug!(read, ms = start.elapsed().as_secs_f64() * 1e3, "book read");
    out
}

/// The book as of `day`, anchor `k` of the read.
fn assemble(raw: &mut Raw, k: usize, day: NaiveDate) -> Book {
    let mut usage: Vec<UsageWindow> = (0..raw.accounts.len()).map(|a| raw.usage.window(k, a)).collect();
    for (account, activity) in raw.usage.take_users(k) {
        usage[account].users.push(activity);
    }
    let today = day_str(day);
    let seen = |t: &Option<String>| t.clone().filter(|t| t.get(..10).is_some_and(|d| d <= today.as_str()));
    let since = minus(day, HISTORY_DAYS);
    let tickets = raw
        .tickets
        .iter()
        .filter(|t| t.opened >= since && t.opened <= day)
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
        nps: raw.nps.iter().filter(|r| r.day >= since && r.day <= day).cloned().collect(),
        milestones: raw.milestones.clone(),
    }
}

fn hours_between(from: &str, to: Option<&str>) -> Option<f64> {
    let from = DateTime::parse_from_rfc3339(from).ok()?;
    let to = DateTime::parse_from_rfc3339(to?).ok()?;
    Some((to - from).num_seconds() as f64 / 3600.0)
}

async fn load_modules(pool: &SqlitePool) -> Result<Vec<Module>, Error> {
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, key, name FROM modules ORDER BY key").fetch_all(pool).await?;
    Ok(rows.into_iter().map(|(id, key, name): (i64, String, String)| Module { id, key: key.into(), name: name.into() }).collect())
}

type AccountRow = (i64, String, String, Option<String>, Option<String>, Option<i64>, Option<String>, Option<String>, String);

async fn load_accounts(pool: &SqlitePool, only: Option<&str>) -> Result<Vec<AccountRecord>, Error> {
    let rows: Vec<AccountRow> = sqlx::query_as(
        scoped!(
            only,
            "SELECT a.id, a.external_id, a.name, a.industry, a.region, a.employees, o.name, a.lifecycle_stage, a.attributes
               FROM scope s CROSS JOIN accounts a ON a.id = s.id LEFT JOIN owners o ON o.id = a.owner_id
              ORDER BY a.external_id"
        ),
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
            Ok(AccountRecord { id, external_id, name, industry, region, employees, owner, stage_override: stage, attributes: attributes.into() })
        })
        .collect()
}

async fn load_contacts(pool: &SqlitePool, only: Option<&str>, index: &HashMap<i64, usize>) -> Result<Vec<Contact>, Error> {
    let mut contacts = raw::fold(
        pool,
        scoped!(
            only,
            "SELECT c.id, c.account_id, c.external_id, c.name, c.role
               FROM scope a CROSS JOIN contacts c ON c.account_id = a.id",
            whole: "SELECT id, account_id, external_id, name, role FROM contacts WHERE ?1 IS NULL"
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
    // By account, then external id (unique): SQLite's byte-wise order, as `str`'s.
    contacts.sort_unstable_by(|a, b| a.account.cmp(&b.account).then_with(|| a.external_id.cmp(&b.external_id)));
    Ok(contacts)
}

async fn load_tickets(pool: &SqlitePool, only: Option<&str>, first: NaiveDate, last: NaiveDate, index: &HashMap<i64, usize>) -> Result<Vec<RawTicket>, Error> {
    let mut out = raw::fold(
        pool,
        scoped!(
            only,
            "SELECT t.account_id, t.opened_at, t.first_response_at, t.resolved_at, t.priority, t.csat, t.id
               FROM scope a CROSS JOIN tickets t ON t.account_id = a.id AND t.opened_at >= ?2 AND t.opened_at < ?3",
            whole: "SELECT account_id, opened_at, first_response_at, resolved_at, priority, csat, id
                      FROM tickets WHERE ?1 IS NULL AND opened_at >= ?2 AND opened_at < ?3"
        ),
        &[only.into(), day_str(minus(first, HISTORY_DAYS)).into(), day_str(last + Days::new(1)).into()],
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
                id: row.int(6),
            });
            Ok(())
        },
    )
    .await?;
    // By account, then opening time, then id: the order of the index either statement may
    // read by (sorted here rather than by SQLite, which would sort the whole rows).
    out.sort_unstable_by(|a, b| a.account.cmp(&b.account).then_with(|| a.opened_at.cmp(&b.opened_at)).then(a.id.cmp(&b.id)));
    Ok(out)
}

async fn load_nps(pool: &SqlitePool, only: Option<&str>, first: NaiveDate, last: NaiveDate, index: &HashMap<i64, usize>) -> Result<Vec<NpsResponse>, Error> {
    let out = raw::fold(
        pool,
        scoped!(
            only,
            "SELECT n.account_id, n.responded_at, n.score, n.comment, n.id
               FROM scope a CROSS JOIN nps_responses n ON n.account_id = a.id AND n.responded_at >= ?2 AND n.responded_at < ?3",
            whole: "SELECT account_id, responded_at, score, comment, id
                      FROM nps_responses WHERE ?1 IS NULL AND responded_at >= ?2 AND responded_at < ?3"
        ),
        &[only.into(), day_str(minus(first, HISTORY_DAYS)).into(), day_str(last + Days::new(1)).into()],
        Vec::new(),
        |out, row| {
            if let Some(&account) = index.get(&row.int(0)) {
                let responded = row.text(1).unwrap_or_default();
                let day = parse_day("nps_responses", "responded_at", responded)?;
                let response = NpsResponse { account, day, score: row.int(2), comment: row.text(3).map(str::to_string) };
                out.push(((account, responded.to_string(), row.int(4)), response));
            }
            Ok(())
        },
    )
    .await?;
    // By account, then answer time, then id: the index's order.
    Ok(in_key_order(out))
}

async fn load_milestones(pool: &SqlitePool, only: Option<&str>, index: &HashMap<i64, usize>) -> Result<Vec<Milestone>, Error> {
    let out = raw::fold(
        pool,
        scoped!(
            only,
            "SELECT m.account_id, m.title, m.owner_side, m.due_day, m.completed_at, m.external_id, m.id
               FROM scope a CROSS JOIN milestones m ON m.account_id = a.id",
            whole: "SELECT account_id, title, owner_side, due_day, completed_at, external_id, id FROM milestones WHERE ?1 IS NULL"
        ),
        &[only.into()],
        Vec::new(),
        |out, row| {
            if let Some(&account) = index.get(&row.int(0)) {
                let milestone = Milestone {
                    account,
                    id: row.text(5).unwrap_or_default().into(),
                    title: row.text(1).unwrap_or_default().into(),
                    owner_side: crate::lifecycle::side(row.text(2).unwrap_or_default()),
                    due: parse_day("milestones", "due_day", row.text(3).unwrap_or_default())?,
                    completed: row.text(4).map(|c| parse_day("milestones", "completed_at", c)).transpose()?,
                };
                out.push(((account, milestone.due, row.int(6)), milestone));
            }
            Ok(())
        },
    )
    .await?;
    // By account, then due day, then the order they were stored in.
    Ok(in_key_order(out))
}
