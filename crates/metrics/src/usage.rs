//! Usage per account and module: volume and trend, stickiness, breadth, depth, core users,
//! time to value.
//!
//! Definitions (as in docs/METRICS.md; "week" = the 7 days ending on the as-of day, "month"
//! = the 28 days ending on it, four whole weeks so weekday mix never skews a comparison):
//! - **WoW change** = (events this week - events the week before) / events the week before;
//!   **MoM change** the same over this month and the 28 days before. Absent when the earlier
//!   period had no events.
//! - **Stickiness (DAU/MAU)** = average daily active users over the month / users active in
//!   the month (distinct users, any module).
//! - **Breadth** = product modules with events in the month / modules licensed by the
//!   account's running subscriptions; when no module is licensed explicitly, / product
//!   modules in the catalog (`basis` says which).
//! - **Depth** = share of the month's active users who completed a value event (the core
//!   action, e.g. `funnel_saved`): viewing is not value, completing is.
//! - **Core users** = contacts with role executive sponsor, admin or champion, matched to
//!   product users; "active" = any event in the last 14 days.
//! - **Time to value** = days from the account's first subscription start to its first value
//!   event (0 when value came during a trial, before the contract started).

use chrono::NaiveDate;
use serde::Serialize;

use crate::book::{Activity, Book, MONTH_DAYS};
use std::sync::Arc;

use crate::dates::days_between;

/// A core user counts as active with an event within this many days.
pub const CORE_ACTIVE_DAYS: i64 = 14;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ModuleUsage {
    /// The book's module key and name, shared rather than copied into every account.
    #[ts(as = "String")]
    pub module: Arc<str>,
    #[ts(as = "String")]
    pub name: Arc<str>,
    pub licensed: bool,
    pub events_week: i64,
    pub events_month: i64,
    pub events_prev_month: i64,
    pub value_events_month: i64,
    /// Share of the account's events in the last 13 weeks that fell in this module.
    pub share_quarter: f64,
    /// Events per week, oldest first, the last entry being the current week.
    pub weekly_events: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CoreUser {
    pub contact_id: String,
    pub name: String,
    pub role: String,
    pub last_active: Option<String>,
    pub days_since_active: Option<i64>,
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct AccountUsage {
    pub account_id: String,
    pub events_week: i64,
    pub events_prev_week: i64,
    pub wow_change: Option<f64>,
    pub events_month: i64,
    pub events_prev_month: i64,
    pub mom_change: Option<f64>,
    pub monthly_active_users: i64,
    pub average_daily_users: f64,
    pub stickiness: Option<f64>,
    pub modules_used: u32,
    pub modules_basis: u32,
    /// `licensed` or `available`.
    pub breadth_basis: String,
    pub breadth: Option<f64>,
    pub value_users: i64,
    pub depth: Option<f64>,
    pub value_events_month: i64,
    pub core_users: Vec<CoreUser>,
    pub core_active_share: Option<f64>,
    pub last_active: Option<String>,
    pub days_since_active: Option<i64>,
    pub first_value: Option<String>,
    pub time_to_value_days: Option<i64>,
    pub modules: Vec<ModuleUsage>,
}

fn change(now: i64, before: i64) -> Option<f64> {
    (before > 0).then(|| (now - before) as f64 / before as f64)
}

fn sum_weeks(weeks: &[Vec<Activity>], range: std::ops::Range<usize>, module: Option<usize>) -> Activity {
    let mut total = Activity::default();
    for w in &weeks[range] {
        for (m, a) in w.iter().enumerate() {
            if module.is_none_or(|x| x == m) {
                total.events += a.events;
                total.value_events += a.value_events;
            }
        }
    }
    total
}

/// Modules licensed by the account's subscriptions running on the as-of day.
pub fn licensed_modules(book: &Book, account: usize) -> Vec<usize> {
    let mut out: Vec<usize> = book.subscriptions_of(account).iter().filter(|s| s.active_on(book.as_of))
        .flat_map(|s| s.modules.iter().copied())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// First subscription start of the account (its customer start), if any.
pub fn customer_start(book: &Book, account: usize) -> Option<NaiveDate> {
    book.subscriptions_of(account).iter().map(|s| s.start).min()
}

pub fn account_usage(book: &Book, account: usize) -> AccountUsage {
    let u = &book.usage[account];
    let weeks = &u.weeks;
    let n = weeks.len();
    let week = sum_weeks(weeks, 0..1.min(n), None);
    let prev_week = sum_weeks(weeks, 1.min(n)..2.min(n), None);
    let month = sum_weeks(weeks, 0..4.min(n), None);
    let prev_month = sum_weeks(weeks, 4.min(n)..8.min(n), None);
    let quarter_total = sum_weeks(weeks, 0..n, None).events;

    let licensed = licensed_modules(book, account);
    let product: Vec<usize> = book.product_modules().collect();
    let (basis, basis_name) =
        if licensed.is_empty() { (product.clone(), "available") } else { (licensed.clone(), "licensed") };
    let modules: Vec<ModuleUsage> = book
        .modules
        .iter()
        .enumerate()
        .filter(|(m, module)| module.is_product() || sum_weeks(weeks, 0..n, Some(*m)).events > 0)
        .map(|(m, module)| {
            let quarter = sum_weeks(weeks, 0..n, Some(m));
            let month_m = sum_weeks(weeks, 0..4.min(n), Some(m));
            ModuleUsage {
                module: module.key.clone(),
                name: module.name.clone(),
                licensed: licensed.contains(&m),
                events_week: sum_weeks(weeks, 0..1.min(n), Some(m)).events,
                events_month: month_m.events,
                events_prev_month: sum_weeks(weeks, 4.min(n)..8.min(n), Some(m)).events,
                value_events_month: month_m.value_events,
                share_quarter: if quarter_total > 0 { quarter.events as f64 / quarter_total as f64 } else { 0.0 },
                weekly_events: (0..n).rev().map(|w| weeks[w][m].events).collect(),
            }
        })
        .collect();
    let used = basis.iter().filter(|&&m| sum_weeks(weeks, 0..4.min(n), Some(m)).events > 0).count() as u32;

    let active: Vec<_> = u.users.iter().filter(|x| x.days_28 > 0).collect();
    let mau = active.len() as i64;
    let user_days: i64 = active.iter().map(|x| x.days_28).sum();
    let value_users = active.iter().filter(|x| x.value_days_28 > 0).count() as i64;
    let average_daily_users = user_days as f64 / MONTH_DAYS as f64;

    let core_users: Vec<CoreUser> = book.contacts_of(account).iter().filter(|c| is_core_role(&c.role))
        .map(|c| {
            let last = u.users.iter().filter(|x| x.contact == Some(c.id)).map(|x| x.last_day).max();
            let since = last.map(|l| days_between(l, book.as_of));
            CoreUser {
                contact_id: c.external_id.clone(),
                name: c.name.clone(),
                role: c.role.clone(),
                last_active: last.map(|l| l.to_string()),
                days_since_active: since,
                active: since.is_some_and(|s| s < CORE_ACTIVE_DAYS),
            }
        })
        .collect();
    let core_active = core_users.iter().filter(|c| c.active).count();
    let start = customer_start(book, account);
    AccountUsage {
        account_id: book.accounts[account].external_id.clone(),
        events_week: week.events,
        events_prev_week: prev_week.events,
        wow_change: change(week.events, prev_week.events),
        events_month: month.events,
        events_prev_month: prev_month.events,
        mom_change: change(month.events, prev_month.events),
        monthly_active_users: mau,
        average_daily_users,
        stickiness: (mau > 0).then(|| average_daily_users / mau as f64),
        modules_used: used,
        modules_basis: basis.len() as u32,
        breadth_basis: basis_name.into(),
        breadth: (!basis.is_empty()).then(|| used as f64 / basis.len() as f64),
        value_users,
        depth: (mau > 0).then(|| value_users as f64 / mau as f64),
        value_events_month: month.value_events,
        core_active_share: (!core_users.is_empty()).then(|| core_active as f64 / core_users.len() as f64),
        core_users,
        last_active: u.last_active.map(|d| d.to_string()),
        days_since_active: u.last_active.map(|d| days_between(d, book.as_of)),
        first_value: u.first_value.map(|d| d.to_string()),
        time_to_value_days: match (start, u.first_value) {
            (Some(s), Some(v)) => Some(days_between(s, v).max(0)),
            _ => None,
        },
        modules,
    }
}

/// Roles whose activity matters most: if they stop, the account is at risk even when totals
/// look fine.
pub fn is_core_role(role: &str) -> bool {
    matches!(role, "executive_sponsor" | "admin" | "champion")
}

#[cfg(test)]
#[path = "usage_tests.rs"]
pub(crate) mod tests;
