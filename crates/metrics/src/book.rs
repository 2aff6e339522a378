//! The book of accounts as of one day, read from the workspace in a handful of aggregate
//! queries. Every metric is a pure function of a `Book`, so the definitions test without a
//! database and a full recompute costs one load.
//!
//! Usage is read pre-aggregated (per account, module and week; per account and user) rather
//! than as daily rows: SQLite sums a million rows far faster than they can be decoded one by
//! one, and every definition below needs only these aggregates.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate};
use sqlx::SqlitePool;

use crate::dates::parse_day;
use crate::Error;

/// Weeks of usage history a book holds: a quarter (13 weeks), enough for week-over-week,
/// month-over-month (4 weeks against the 4 before) and the module mix of the quarter.
pub const WEEKS: usize = 13;
/// Window for user-level activity (stickiness, value users): the last 28 days.
pub const MONTH_DAYS: u64 = 28;
/// Tickets and NPS responses older than this (days) are not loaded.
pub const HISTORY_DAYS: u64 = 365;

#[derive(Debug, Clone)]
pub struct Module {
    pub id: i64,
    pub key: String,
    pub name: String,
}

impl Module {
    /// Events without a module land in `unassigned`; it is not a product module.
    pub fn is_product(&self) -> bool {
        self.key != "unassigned"
    }
}

#[derive(Debug, Clone)]
pub struct AccountRecord {
    pub id: i64,
    pub external_id: String,
    pub name: String,
    pub industry: Option<String>,
    pub region: Option<String>,
    pub employees: Option<i64>,
    pub owner: Option<String>,
    /// Stage set by hand (import or UI); `None` means derive it from data.
    pub stage_override: Option<String>,
    pub attributes: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone)]
pub struct Subscription {
    pub account: usize,
    pub external_id: String,
    pub mrr_cents: i64,
    pub start: NaiveDate,
    /// Exclusive; `None` = still running.
    pub end: Option<NaiveDate>,
    /// Indexes into `Book::modules`.
    pub modules: Vec<usize>,
}

impl Subscription {
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.start <= day && self.end.is_none_or(|e| day < e)
    }
}

/// Events and value events in one module in one week.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Activity {
    pub events: i64,
    pub value_events: i64,
}

/// One product user's activity in the last quarter.
#[derive(Debug, Clone)]
pub struct UserActivity {
    pub contact: Option<i64>,
    /// Distinct active days in the last 28 days.
    pub days_28: i64,
    pub value_events_28: i64,
    pub last_day: NaiveDate,
}

/// An account's usage, pre-aggregated.
#[derive(Debug, Clone, Default)]
pub struct UsageWindow {
    /// `weeks[w][m]`: week `w` ago (0 = the 7 days ending on the as-of day), module index `m`.
    pub weeks: Vec<Vec<Activity>>,
    pub users: Vec<UserActivity>,
    /// Last day with any event, at or before the as-of day (may be long before the window).
    pub last_active: Option<NaiveDate>,
    /// First day with a value event, at or before the as-of day.
    pub first_value: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct Contact {
    pub id: i64,
    pub account: usize,
    pub external_id: String,
    pub name: String,
    pub role: String,
}

#[derive(Debug, Clone)]
pub struct Ticket {
    pub account: usize,
    pub opened: NaiveDate,
    pub priority: String,
    pub first_response_hours: Option<f64>,
    pub resolution_hours: Option<f64>,
    pub resolved: Option<NaiveDate>,
    pub csat: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct NpsResponse {
    pub account: usize,
    pub day: NaiveDate,
    pub score: i64,
    pub comment: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Milestone {
    pub account: usize,
    pub title: String,
    pub owner_side: String,
    pub due: NaiveDate,
    pub completed: Option<NaiveDate>,
}

/// Everything the metrics need, as of one day.
#[derive(Debug, Clone)]
pub struct Book {
    pub as_of: NaiveDate,
    pub currency: Option<String>,
    pub modules: Vec<Module>,
    pub accounts: Vec<AccountRecord>,
    pub subscriptions: Vec<Subscription>,
    pub usage: Vec<UsageWindow>,
    pub contacts: Vec<Contact>,
    pub tickets: Vec<Ticket>,
    pub nps: Vec<NpsResponse>,
    pub milestones: Vec<Milestone>,
}

/// Which accounts to load.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    All,
    Account(&'a str),
}

impl Book {
    /// Reads the book as of `as_of` (inclusive): nothing after that day is seen, so a past
    /// day gives the numbers as they were then.
    pub async fn load(ws: &store::Workspace, as_of: NaiveDate, scope: Scope<'_>) -> Result<Book, Error> {
        let pool = ws.pool();
        let only = match scope {
            Scope::All => None,
            Scope::Account(id) => Some(id.to_string()),
        };
        let modules = load_modules(pool).await?;
        let accounts = load_accounts(pool, only.as_deref()).await?;
        if let Some(id) = &only
            && accounts.is_empty()
        {
            return Err(Error::UnknownAccount(id.clone()));
        }
        let index: HashMap<i64, usize> = accounts.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
        let module_index: HashMap<i64, usize> = modules.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
        let (subscriptions, currency) = load_subscriptions(pool, &index, &module_index, as_of).await?;
        let usage = load_usage(pool, only.as_deref(), as_of, &index, &module_index, modules.len()).await?;
        let contacts = load_contacts(pool, only.as_deref(), &index).await?;
        let tickets = load_tickets(pool, only.as_deref(), as_of, &index).await?;
        let nps = load_nps(pool, only.as_deref(), as_of, &index).await?;
        let milestones = load_milestones(pool, only.as_deref(), &index).await?;
        Ok(Book { as_of, currency, modules, accounts, subscriptions, usage, contacts, tickets, nps, milestones })
    }

    /// An empty book, to build one by hand (tests, what-if analysis).
    pub fn empty(as_of: NaiveDate) -> Book {
        Book {
            as_of,
            currency: None,
            modules: Vec::new(),
            accounts: Vec::new(),
            subscriptions: Vec::new(),
            usage: Vec::new(),
            contacts: Vec::new(),
            tickets: Vec::new(),
            nps: Vec::new(),
            milestones: Vec::new(),
        }
    }

    /// Adds a module to a hand-built book; call before adding accounts.
    pub fn add_module(&mut self, key: &str) -> usize {
        self.modules.push(Module { id: self.modules.len() as i64 + 1, key: key.into(), name: key.into() });
        self.modules.len() - 1
    }

    /// Adds an account with no data to a hand-built book.
    pub fn add_account(&mut self, external_id: &str) -> usize {
        self.accounts.push(AccountRecord {
            id: self.accounts.len() as i64 + 1,
            external_id: external_id.into(),
            name: external_id.into(),
            industry: None,
            region: None,
            employees: None,
            owner: None,
            stage_override: None,
            attributes: serde_json::Map::new(),
        });
        self.usage.push(UsageWindow {
            weeks: vec![vec![Activity::default(); self.modules.len()]; WEEKS],
            ..Default::default()
        });
        self.accounts.len() - 1
    }

    /// Subscription indexes per account index.
    pub fn subscriptions_by_account(&self) -> Vec<Vec<usize>> {
        let mut by = vec![Vec::new(); self.accounts.len()];
        for (i, s) in self.subscriptions.iter().enumerate() {
            by[s.account].push(i);
        }
        by
    }

    /// Product modules (indexes), i.e. all but `unassigned`.
    pub fn product_modules(&self) -> impl Iterator<Item = usize> + '_ {
        self.modules.iter().enumerate().filter(|(_, m)| m.is_product()).map(|(i, _)| i)
    }

    pub fn account_index(&self, external_id: &str) -> Option<usize> {
        self.accounts.iter().position(|a| a.external_id == external_id)
    }
}

fn day_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn minus(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN)
}

/// Prefixes a query with the `scope` of accounts it reads: all, or the one in `?1`. A macro
/// so the SQL stays a static string (no formatting, nothing to inject).
macro_rules! scoped {
    ($q:literal) => {
        concat!("WITH scope AS (SELECT id FROM accounts WHERE ?1 IS NULL OR external_id = ?1)\n", $q)
    };
}

async fn load_modules(pool: &SqlitePool) -> Result<Vec<Module>, Error> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as("SELECT id, key, name FROM modules ORDER BY key")
        .fetch_all(pool)
        .await?;
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
            let attributes = match serde_json::from_str(&attrs) {
                Ok(serde_json::Value::Object(m)) => m,
                _ => {
                    return Err(Error::Corrupt {
                        table: "accounts",
                        column: "attributes",
                        value: attrs,
                        reason: "not a JSON object".into(),
                    });
                }
            };
            Ok(AccountRecord { id, external_id, name, industry, region, employees, owner, stage_override: stage, attributes })
        })
        .collect()
}

async fn load_subscriptions(
    pool: &SqlitePool,
    index: &HashMap<i64, usize>,
    module_index: &HashMap<i64, usize>,
    as_of: NaiveDate,
) -> Result<(Vec<Subscription>, Option<String>), Error> {
    let rows: Vec<(i64, i64, String, i64, String, String, Option<String>)> = sqlx::query_as(
        "SELECT id, account_id, external_id, mrr_minor, currency, start_day, end_day
           FROM subscriptions WHERE start_day <= ?1 ORDER BY account_id, start_day, id",
    )
    .bind(day_str(as_of))
    .fetch_all(pool)
    .await?;
    let licensed: Vec<(i64, i64)> = sqlx::query_as("SELECT subscription_id, module_id FROM subscription_modules")
        .fetch_all(pool)
        .await?;
    let mut by_sub: HashMap<i64, Vec<usize>> = HashMap::new();
    for (sub, module) in licensed {
        if let Some(&m) = module_index.get(&module) {
            by_sub.entry(sub).or_default().push(m);
        }
    }
    let mut currencies: Vec<String> = Vec::new();
    let mut subs = Vec::with_capacity(rows.len());
    for (id, account, external_id, mrr, currency, start, end) in rows {
        let Some(&account) = index.get(&account) else { continue };
        if !currencies.contains(&currency) {
            currencies.push(currency);
        }
        let end = end.map(|e| parse_day("subscriptions", "end_day", &e)).transpose()?;
        subs.push(Subscription {
            account,
            external_id,
            mrr_cents: mrr,
            start: parse_day("subscriptions", "start_day", &start)?,
            end,
            modules: by_sub.remove(&id).unwrap_or_default(),
        });
    }
    if currencies.len() > 1 {
        currencies.sort();
        return Err(Error::MixedCurrencies(currencies.join(", ")));
    }
    Ok((subs, currencies.pop()))
}

async fn load_usage(
    pool: &SqlitePool,
    only: Option<&str>,
    as_of: NaiveDate,
    index: &HashMap<i64, usize>,
    module_index: &HashMap<i64, usize>,
    modules: usize,
) -> Result<Vec<UsageWindow>, Error> {
    let mut usage = vec![
        UsageWindow { weeks: vec![vec![Activity::default(); modules]; WEEKS], ..Default::default() };
        index.len()
    ];
    let to = day_str(as_of);
    let from = day_str(minus(as_of, (WEEKS * 7) as u64));
    let weekly: Vec<(i64, i64, i64, i64, i64)> = sqlx::query_as(scoped!(
        "         SELECT u.account_id, u.module_id, CAST(julianday(?2) - julianday(u.day) AS INTEGER) / 7 AS wk,
                SUM(u.events), SUM(u.value_events)
           FROM scope a JOIN usage_days u ON u.account_id = a.id AND u.day > ?3 AND u.day <= ?2
          GROUP BY u.account_id, u.module_id, wk"
    ))
    .bind(only)
    .bind(&to)
    .bind(&from)
    .fetch_all(pool)
    .await?;
    for (account, module, wk, events, value_events) in weekly {
        if let (Some(&a), Some(&m)) = (index.get(&account), module_index.get(&module))
            && (wk as usize) < WEEKS
        {
            usage[a].weeks[wk as usize][m] = Activity { events, value_events };
        }
    }
    let month_from = day_str(minus(as_of, MONTH_DAYS));
    let users: Vec<(i64, Option<i64>, i64, String, i64)> = sqlx::query_as(scoped!(
        "         SELECT ua.account_id, us.contact_id,
                COUNT(DISTINCT CASE WHEN ua.day > ?4 THEN ua.day END),
                MAX(ua.day),
                SUM(CASE WHEN ua.day > ?4 THEN ua.value_events ELSE 0 END)
           FROM scope a JOIN user_activity ua ON ua.account_id = a.id AND ua.day > ?3 AND ua.day <= ?2
           JOIN users us ON us.id = ua.user_id
          GROUP BY ua.account_id, ua.user_id"
    ))
    .bind(only)
    .bind(&to)
    .bind(&from)
    .bind(&month_from)
    .fetch_all(pool)
    .await?;
    for (account, contact, days_28, last, value_events_28) in users {
        if let Some(&a) = index.get(&account) {
            let last_day = parse_day("user_activity", "day", &last)?;
            usage[a].users.push(UserActivity { contact, days_28, value_events_28, last_day });
        }
    }
    let edges: Vec<(i64, Option<String>, Option<String>)> = sqlx::query_as(scoped!(
        "         SELECT a.id,
                (SELECT MAX(u.day) FROM usage_days u WHERE u.account_id = a.id AND u.day <= ?2),
                (SELECT MIN(v.day) FROM value_event_days v WHERE v.account_id = a.id AND v.day <= ?2)
           FROM scope a"
    ))
    .bind(only)
    .bind(&to)
    .fetch_all(pool)
    .await?;
    for (account, last, first_value) in edges {
        if let Some(&a) = index.get(&account) {
            usage[a].last_active = last.map(|d| parse_day("usage_days", "day", &d)).transpose()?;
            usage[a].first_value = first_value.map(|d| parse_day("value_event_days", "day", &d)).transpose()?;
        }
    }
    Ok(usage)
}

async fn load_contacts(pool: &SqlitePool, only: Option<&str>, index: &HashMap<i64, usize>) -> Result<Vec<Contact>, Error> {
    let rows: Vec<(i64, i64, String, String, String)> = sqlx::query_as(scoped!(
        "         SELECT c.id, c.account_id, c.external_id, c.name, c.role
           FROM scope a JOIN contacts c ON c.account_id = a.id ORDER BY c.account_id, c.external_id"
    ))
    .bind(only)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, account, external_id, name, role)| {
            Some(Contact { id, account: *index.get(&account)?, external_id, name, role })
        })
        .collect())
}

fn hours_between(from: &str, to: Option<&str>) -> Option<f64> {
    let from = DateTime::parse_from_rfc3339(from).ok()?;
    let to = DateTime::parse_from_rfc3339(to?).ok()?;
    Some((to - from).num_seconds() as f64 / 3600.0)
}

async fn load_tickets(
    pool: &SqlitePool,
    only: Option<&str>,
    as_of: NaiveDate,
    index: &HashMap<i64, usize>,
) -> Result<Vec<Ticket>, Error> {
    let rows: Vec<(i64, String, Option<String>, Option<String>, String, Option<i64>)> = sqlx::query_as(scoped!(
        "         SELECT t.account_id, t.opened_at, t.first_response_at, t.resolved_at, t.priority, t.csat
           FROM scope a JOIN tickets t ON t.account_id = a.id AND t.opened_at >= ?2 AND t.opened_at < ?3
          ORDER BY t.opened_at"
    ))
    .bind(only)
    .bind(day_str(minus(as_of, HISTORY_DAYS)))
    .bind(day_str(as_of + Days::new(1)))
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for (account, opened, first, resolved, priority, csat) in rows {
        let Some(&account) = index.get(&account) else { continue };
        // A response or resolution after the as-of day had not happened yet.
        let seen = |t: &Option<String>| t.clone().filter(|t| t.get(..10).is_some_and(|d| d <= day_str(as_of).as_str()));
        let (first, resolved) = (seen(&first), seen(&resolved));
        // CSAT is asked at resolution: a score for a ticket not yet resolved on the as-of
        // day is not known yet.
        let csat = if resolved.is_some() { csat } else { None };
        out.push(Ticket {
            account,
            opened: parse_day("tickets", "opened_at", &opened)?,
            priority,
            first_response_hours: hours_between(&opened, first.as_deref()),
            resolution_hours: hours_between(&opened, resolved.as_deref()),
            resolved: resolved.map(|r| parse_day("tickets", "resolved_at", &r)).transpose()?,
            csat,
        });
    }
    Ok(out)
}

async fn load_nps(
    pool: &SqlitePool,
    only: Option<&str>,
    as_of: NaiveDate,
    index: &HashMap<i64, usize>,
) -> Result<Vec<NpsResponse>, Error> {
    let rows: Vec<(i64, String, i64, Option<String>)> = sqlx::query_as(scoped!(
        "         SELECT n.account_id, n.responded_at, n.score, n.comment
           FROM scope a JOIN nps_responses n ON n.account_id = a.id AND n.responded_at >= ?2 AND n.responded_at < ?3
          ORDER BY n.responded_at"
    ))
    .bind(only)
    .bind(day_str(minus(as_of, HISTORY_DAYS)))
    .bind(day_str(as_of + Days::new(1)))
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for (account, at, score, comment) in rows {
        if let Some(&account) = index.get(&account) {
            out.push(NpsResponse { account, day: parse_day("nps_responses", "responded_at", &at)?, score, comment });
        }
    }
    Ok(out)
}

async fn load_milestones(pool: &SqlitePool, only: Option<&str>, index: &HashMap<i64, usize>) -> Result<Vec<Milestone>, Error> {
    let rows: Vec<(i64, String, String, String, Option<String>)> = sqlx::query_as(scoped!(
        "         SELECT m.account_id, m.title, m.owner_side, m.due_day, m.completed_at
           FROM scope a JOIN milestones m ON m.account_id = a.id ORDER BY m.account_id, m.due_day, m.id"
    ))
    .bind(only)
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for (account, title, owner_side, due, completed) in rows {
        if let Some(&account) = index.get(&account) {
            out.push(Milestone {
                account,
                title,
                owner_side,
                due: parse_day("milestones", "due_day", &due)?,
                completed: completed.map(|c| parse_day("milestones", "completed_at", &c)).transpose()?,
            });
        }
    }
    Ok(out)
}
