//! Revenue: MRR, monthly MRR movements, trailing-twelve-month NRR, GRR and logo churn.
//!
//! Definitions (docs/METRICS.md says the same):
//! - **MRR of an account on a day** = sum of `mrr` over its subscription periods with
//!   `start <= day < end` (no end = still running). **ARR** = 12 x MRR.
//! - **MRR movements of a month**: each account's MRR at the end of the previous month
//!   (`before`) against the end of this month (`after`; for the as-of month, the as-of day):
//!   `0 -> x` is **new**, or **reactivated** when the account had MRR > 0 at any earlier month
//!   end; `x -> 0` is **churned** (x); up is **expansion**, down is **contraction** (by the
//!   difference). All are positive amounts and
//!   `start + new + reactivated + expansion - contraction - churned = end` holds exactly.
//! - **NRR (trailing 12 months) as of D**: over the accounts with MRR > 0 on D minus 12 months
//!   (the cohort), sum of their MRR on D / sum of their MRR on D minus 12 months.
//!   **GRR**: the same with `min(MRR on D, MRR then)` per account in the numerator.
//!   **Logo churn**: share of the cohort with MRR 0 on D. All three are fractions (0.95, not 95)
//!   and absent when the cohort is empty.
//!
//! Money is summed in cents (exact) and shown in major units.

use chrono::NaiveDate;
use serde::Serialize;

use crate::book::Book;
use crate::dates::{month_end, month_label, month_start, months_before};

/// Cents to major units for output.
pub fn major(cents: i64) -> f64 {
    cents as f64 / 100.0
}

/// MRR (cents) of every account on `day`, by account index.
pub fn mrr_on(book: &Book, day: NaiveDate) -> Vec<i64> {
    let mut mrr = vec![0; book.accounts.len()];
    for s in book.subscriptions.iter().filter(|s| s.active_on(day)) {
        mrr[s.account] += s.mrr_cents;
    }
    mrr
}

/// One month's MRR bridge, in major units.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MrrMovement {
    /// `YYYY-MM`.
    pub month: String,
    pub start: f64,
    pub new: f64,
    pub expansion: f64,
    pub contraction: f64,
    pub churned: f64,
    pub reactivated: f64,
    pub end: f64,
    /// Accounts moving in each class, same order.
    pub new_accounts: u32,
    pub expansion_accounts: u32,
    pub contraction_accounts: u32,
    pub churned_accounts: u32,
    pub reactivated_accounts: u32,
}

/// The same bridge in cents, where the identity is exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MovementCents {
    pub start: i64,
    pub new: i64,
    pub expansion: i64,
    pub contraction: i64,
    pub churned: i64,
    pub reactivated: i64,
    pub end: i64,
    pub counts: [u32; 5],
}

#[derive(Clone, Copy)]
enum Class {
    New,
    Expansion,
    Contraction,
    Churned,
    Reactivated,
}

impl MovementCents {
    fn add(&mut self, class: Class, amount: i64) {
        let slot = match class {
            Class::New => &mut self.new,
            Class::Expansion => &mut self.expansion,
            Class::Contraction => &mut self.contraction,
            Class::Churned => &mut self.churned,
            Class::Reactivated => &mut self.reactivated,
        };
        *slot += amount;
        self.counts[class as usize] += 1;
    }
}

/// Month-end MRR bridges from the month of the first subscription start up to the as-of
/// month, for the accounts where `include` is true.
pub fn movements_cents(book: &Book, include: &dyn Fn(usize) -> bool) -> Vec<(NaiveDate, MovementCents)> {
    let Some(first) = book.subscriptions.iter().map(|s| s.start).min() else { return Vec::new() };
    let mut out = Vec::new();
    let mut month = month_start(first);
    let mut before = mrr_on(book, month.pred_opt().unwrap_or(month));
    let mut ever: Vec<bool> = before.iter().map(|&m| m > 0).collect();
    while month <= book.as_of {
        let end_day = month_end(month).min(book.as_of);
        let after = mrr_on(book, end_day);
        let mut m = MovementCents::default();
        for a in (0..after.len()).filter(|&a| include(a)) {
            let (b, x) = (before[a], after[a]);
            m.start += b;
            m.end += x;
            let (amount, class) = match (b, x) {
                (0, 0) => continue,
                (0, x) if ever[a] => (x, Class::Reactivated),
                (0, x) => (x, Class::New),
                (b, 0) => (b, Class::Churned),
                (b, x) if x > b => (x - b, Class::Expansion),
                (b, x) if x < b => (b - x, Class::Contraction),
                _ => continue,
            };
            m.add(class, amount);
        }
        for (a, &x) in after.iter().enumerate() {
            ever[a] |= x > 0;
        }
        out.push((month, m));
        before = after;
        month = month_end(month).succ_opt().expect("date in range");
    }
    out
}

/// Month-end MRR bridges in major units.
pub fn movements(book: &Book, include: &dyn Fn(usize) -> bool) -> Vec<MrrMovement> {
    movements_cents(book, include)
        .into_iter()
        .map(|(month, m)| MrrMovement {
            month: month_label(month),
            start: major(m.start),
            new: major(m.new),
            expansion: major(m.expansion),
            contraction: major(m.contraction),
            churned: major(m.churned),
            reactivated: major(m.reactivated),
            end: major(m.end),
            new_accounts: m.counts[0],
            expansion_accounts: m.counts[1],
            contraction_accounts: m.counts[2],
            churned_accounts: m.counts[3],
            reactivated_accounts: m.counts[4],
        })
        .collect()
}

/// Trailing-twelve-month retention of a set of accounts.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Retention {
    /// D minus 12 months.
    pub since: String,
    pub cohort_accounts: u32,
    pub cohort_mrr_then: f64,
    pub cohort_mrr_now: f64,
    pub nrr: Option<f64>,
    pub grr: Option<f64>,
    pub logo_churn: Option<f64>,
}

pub fn retention(book: &Book, include: &dyn Fn(usize) -> bool) -> Retention {
    retention_at(book, book.as_of, include)
}

/// Trailing-twelve-month retention as of any `day` the book's subscriptions cover (a past
/// month end for a trend).
pub fn retention_at(book: &Book, day: NaiveDate, include: &dyn Fn(usize) -> bool) -> Retention {
    let since = months_before(day, 12);
    let then = mrr_on(book, since);
    let now = mrr_on(book, day);
    let (mut n, mut base, mut net, mut gross, mut lost) = (0u32, 0i64, 0i64, 0i64, 0u32);
    for a in (0..then.len()).filter(|&a| include(a) && then[a] > 0) {
        n += 1;
        base += then[a];
        net += now[a];
        gross += now[a].min(then[a]);
        lost += u32::from(now[a] == 0);
    }
    let ratio = |x: f64, y: f64| (y > 0.0).then(|| x / y);
    Retention {
        since: since.to_string(),
        cohort_accounts: n,
        cohort_mrr_then: major(base),
        cohort_mrr_now: major(net),
        nrr: ratio(net as f64, base as f64),
        grr: ratio(gross as f64, base as f64),
        logo_churn: ratio(lost as f64, n as f64),
    }
}

/// NRR and GRR as of one month's end.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RetentionPoint {
    /// `YYYY-MM`.
    pub month: String,
    /// The day measured: the month's last day, or the as-of day for the as-of month.
    pub day: String,
    pub nrr: Option<f64>,
    pub grr: Option<f64>,
}

/// Trailing-twelve-month NRR and GRR at the end of each of the `months` months up to and
/// including the as-of month, oldest first.
pub fn retention_trend(book: &Book, include: &dyn Fn(usize) -> bool, months: u32) -> Vec<RetentionPoint> {
    (0..months)
        .rev()
        .map(|back| {
            let day = month_end(months_before(book.as_of, back)).min(book.as_of);
            let r = retention_at(book, day, include);
            RetentionPoint { month: day.format("%Y-%m").to_string(), day: day.to_string(), nrr: r.nrr, grr: r.grr }
        })
        .collect()
}

/// Revenue of a book or of one group of it, as of the book's day.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RevenueSummary {
    pub as_of: String,
    pub currency: Option<String>,
    pub mrr: f64,
    pub arr: f64,
    pub accounts_active: u32,
    pub nrr: Option<f64>,
    pub grr: Option<f64>,
    pub logo_churn: Option<f64>,
    pub retention: Retention,
    pub mrr_movements: Vec<MrrMovement>,
}

pub fn summary(book: &Book, include: &dyn Fn(usize) -> bool) -> RevenueSummary {
    let now = mrr_on(book, book.as_of);
    let members = (0..now.len()).filter(|&a| include(a));
    let (mrr, active) = members.fold((0i64, 0u32), |(m, n), a| (m + now[a], n + u32::from(now[a] > 0)));
    let retention = retention(book, include);
    RevenueSummary {
        as_of: book.as_of.to_string(),
        currency: book.currency.clone(),
        mrr: major(mrr),
        arr: major(12 * mrr),
        accounts_active: active,
        nrr: retention.nrr,
        grr: retention.grr,
        logo_churn: retention.logo_churn,
        retention,
        mrr_movements: movements(book, include),
    }
}

/// Revenue of one group (segment, CSM, industry, region).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct GroupRevenue {
    pub group: String,
    pub accounts: u32,
    pub accounts_active: u32,
    pub mrr: f64,
    pub arr: f64,
    pub nrr: Option<f64>,
    pub grr: Option<f64>,
    pub logo_churn: Option<f64>,
}

/// Revenue per group; `group_of` names each account's group (by index). Groups sorted by
/// ARR, largest first.
pub fn by_group(book: &Book, group_of: &dyn Fn(usize) -> String) -> Vec<GroupRevenue> {
    let labels: Vec<String> = (0..book.accounts.len()).map(group_of).collect();
    let mut names: Vec<&String> = labels.iter().collect();
    names.sort();
    names.dedup();
    let now = mrr_on(book, book.as_of);
    let mut out: Vec<GroupRevenue> = names
        .into_iter()
        .map(|g| {
            let inside = |a: usize| &labels[a] == g;
            let r = retention(book, &inside);
            let members: Vec<usize> = (0..now.len()).filter(|&a| inside(a)).collect();
            let mrr: i64 = members.iter().map(|&a| now[a]).sum();
            GroupRevenue {
                group: g.clone(),
                accounts: members.len() as u32,
                accounts_active: members.iter().filter(|&&a| now[a] > 0).count() as u32,
                mrr: major(mrr),
                arr: major(12 * mrr),
                nrr: r.nrr,
                grr: r.grr,
                logo_churn: r.logo_churn,
            }
        })
        .collect();
    out.sort_by(|a, b| b.arr.total_cmp(&a.arr).then_with(|| a.group.cmp(&b.group)));
    out
}

#[cfg(test)]
#[path = "revenue_tests.rs"]
mod tests;
