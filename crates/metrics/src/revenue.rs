//! Revenue: MRR, monthly MRR movements, trailing-twelve-month NRR, GRR and logo churn.
//!
//! Definitions (docs/METRICS.md says the same):
//! - **MRR of an account on a day** = sum of `mrr` over its subscription periods with
//!   `start <= day < end` (no end = still running), each converted to the reporting currency
//!   at the rate of the day's month (`fx.rs`). **ARR** = 12 x MRR.
//! - **MRR movements of a month**: each account's MRR at the end of the previous month
//!   (`before`, at that month's rates) against the end of this month (`after`; for the as-of
//!   month, the as-of day; at this month's rates): `0 -> x` is **new**, or **reactivated** when
//!   the account had MRR > 0 at any earlier month end; `x -> 0` is **churned** (x). An account
//!   with MRR at both ends is compared at this month's rates: `before` revalued at them
//!   (`revalued`) against `after`; up is **expansion**, down is **contraction** (by the
//!   difference), and `revalued - before` is its **fx** movement. So a price unchanged in its
//!   own currency, or a switch of currency at equal value at this month's rates, is neither
//!   expansion nor contraction. New, reactivated, expansion, contraction and churned are
//!   positive amounts, fx has a sign, and
//!   `start + new + reactivated + expansion - contraction - churned + fx = end` holds exactly.
//! - **NRR (trailing 12 months) as of D**: over the accounts with MRR > 0 on D minus 12 months
//!   (the cohort), (sum of their MRR on D - their fx movements since) / sum of their MRR on D
//!   minus 12 months: the bridge of the cohort without its fx line, i.e. at constant currency.
//!   **GRR**: the same with `min(MRR on D - fx since, MRR then)` per account in the numerator.
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

/// MRR (cents, reporting currency) of every account on `day`, by account index.
pub fn mrr_on(book: &Book, day: NaiveDate) -> Vec<i64> {
    mrr_valued(book, day, day)
}

/// MRR of the subscriptions running on `day` at the rates of the month of `rates`: a month
/// end revalued at the next month's rates separates FX from real movement.
pub fn mrr_valued(book: &Book, day: NaiveDate, rates: NaiveDate) -> Vec<i64> {
    let mut mrr = vec![0; book.accounts.len()];
    for s in book.subscriptions.iter().filter(|s| s.active_on(day)) {
        mrr[s.account] += book.reporting_cents(s, rates);
    }
    mrr
}

/// One account's MRR (cents, reporting currency) on `day`.
pub fn account_mrr_on(book: &Book, account: usize, day: NaiveDate) -> i64 {
    book.subscriptions_of(account).iter().filter(|s| s.active_on(day)).map(|s| book.reporting_cents(s, day)).sum()
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
    /// Change of retained accounts' MRR caused by exchange rates alone (signed; 0 when every
    /// subscription is in the reporting currency).
    pub fx: f64,
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
    pub fx: i64,
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
    let foreign = book.has_foreign();
    let mut out = Vec::new();
    let mut month = month_start(first);
    let mut before_day = month.pred_opt().unwrap_or(month);
    let mut before = mrr_on(book, before_day);
    let mut ever: Vec<bool> = before.iter().map(|&m| m > 0).collect();
    while month <= book.as_of {
        let end_day = month_end(month).min(book.as_of);
        let after = mrr_on(book, end_day);
        // One currency: revaluing changes nothing, so skip the second pass.
        let revalued = if foreign { mrr_valued(book, before_day, end_day) } else { before.clone() };
        let mut m = MovementCents::default();
        for a in (0..after.len()).filter(|&a| include(a)) {
            let (b, r, x) = (before[a], revalued[a], after[a]);
            m.start += b;
            m.end += x;
            let (amount, class) = match (b, x) {
                (0, 0) => continue,
                (0, x) if ever[a] => (x, Class::Reactivated),
                (0, x) => (x, Class::New),
                (b, 0) => (b, Class::Churned),
                (b, x) => {
                    m.fx += r - b;
                    match x.cmp(&r) {
                        std::cmp::Ordering::Greater => (x - r, Class::Expansion),
                        std::cmp::Ordering::Less => (r - x, Class::Contraction),
                        std::cmp::Ordering::Equal => continue,
                    }
                }
            };
            m.add(class, amount);
        }
        for (a, &x) in after.iter().enumerate() {
            ever[a] |= x > 0;
        }
        out.push((month, m));
        before = after;
        before_day = end_day;
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
            fx: major(m.fx),
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
    /// At the rates of D's month.
    pub cohort_mrr_now: f64,
    /// The cohort's fx movements since: NRR and GRR leave them out (constant currency).
    pub cohort_fx: f64,
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
    let fx = if book.has_foreign() { fx_between(book, since, &then, day) } else { vec![0; then.len()] };
    let (mut n, mut base, mut net, mut gross, mut lost, mut moved) = (0u32, 0i64, 0i64, 0i64, 0u32, 0i64);
    for a in (0..then.len()).filter(|&a| include(a) && then[a] > 0) {
        let constant = now[a] - fx[a];
        n += 1;
        base += then[a];
        net += constant;
        gross += constant.min(then[a]);
        lost += u32::from(now[a] == 0);
        moved += fx[a];
    }
    let ratio = |x: f64, y: f64| (y > 0.0).then(|| x / y);
    Retention {
        since: since.to_string(),
        cohort_accounts: n,
        cohort_mrr_then: major(base),
        cohort_mrr_now: major(net + moved),
        cohort_fx: major(moved),
        nrr: ratio(net as f64, base as f64),
        grr: ratio(gross as f64, base as f64),
        logo_churn: ratio(lost as f64, n as f64),
    }
}

/// Each account's fx movements from `from` (MRR `at_from`) to `to`: the fx lines of the
/// monthly bridges in between, month end to month end (the last step ends on `to`), so that
/// NRR is the bridge without them.
fn fx_between(book: &Book, from: NaiveDate, at_from: &[i64], to: NaiveDate) -> Vec<i64> {
    let mut fx = vec![0; at_from.len()];
    let (mut day, mut at_day) = (from, at_from.to_vec());
    loop {
        let end = month_end(day);
        if end >= to {
            return fx;
        }
        let at_end = if end == day { at_day } else { mrr_on(book, end) };
        let next = month_end(end.succ_opt().expect("date in range")).min(to);
        let revalued = mrr_valued(book, end, next);
        let at_next = mrr_on(book, next);
        for a in 0..fx.len() {
            if at_end[a] > 0 && at_next[a] > 0 {
                fx[a] += revalued[a] - at_end[a];
            }
        }
        (day, at_day) = (next, at_next);
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
    /// The reporting currency of every amount below.
    pub currency: Option<String>,
    /// How amounts in other currencies were converted; absent when none were.
    pub conversion: Option<crate::fx::Conversion>,
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
        conversion: book.conversion(),
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
