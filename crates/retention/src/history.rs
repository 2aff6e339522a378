//! Retention of the workspace's own accounts, from their subscription history.
//!
//! An account's life runs from its first subscription start to the end of its last one if it
//! has no MRR on the as-of day (churned), else it is still running (censored at the as-of day).
//! A churn followed by a win-back counts as one continuing life: the account is a customer
//! again, and splitting it would count one relationship as two cohorts' churn.
//!
//! Curves (Kaplan–Meier) are in months. The sBG fit uses contract years: an account that
//! churned d days after its start left in year ⌈d / 365.25⌉ (at least 1), one still active has
//! completed ⌊d / 365.25⌋ years. Four days of slack either side of an anniversary absorb leap
//! years and calendar rounding, so a renewal date is not read as the day after.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use metrics::Book;
use serde::Serialize;

use crate::kaplan_meier::{self, Curve, Observation};
use crate::sbg::{self, Lifetime, SbgFit};

const DAYS_PER_YEAR: f64 = 365.25;
const DAYS_PER_MONTH: f64 = DAYS_PER_YEAR / 12.0;
const SLACK_YEARS: f64 = 4.0 / DAYS_PER_YEAR;

/// One account's observed life.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tenure {
    pub account: usize,
    pub start: NaiveDate,
    /// Last day as a customer (exclusive end of the last subscription) if churned.
    pub churned: Option<NaiveDate>,
    pub days: i64,
    /// ARR on the as-of day, in cents (0 if churned).
    pub arr_cents: i64,
}

impl Tenure {
    pub fn months(&self) -> f64 {
        self.days as f64 / DAYS_PER_MONTH
    }

    /// The life in contract years, for the sBG fit.
    pub fn lifetime(&self) -> Lifetime {
        let years = self.days as f64 / DAYS_PER_YEAR;
        match self.churned {
            Some(_) => Lifetime::Churned(((years - SLACK_YEARS).ceil() as u32).max(1)),
            None => Lifetime::Active((years + SLACK_YEARS).floor() as u32),
        }
    }
}

/// Every account with at least one subscription that started by the as-of day.
pub fn tenures(book: &Book) -> Vec<Tenure> {
    let as_of = book.as_of;
    (0..book.accounts.len())
        .filter_map(|a| {
            let subs: Vec<_> = book.subscriptions_of(a).iter().filter(|s| s.start <= as_of).collect();
            let start = subs.iter().map(|s| s.start).min()?;
            // In the reporting currency: LTV averages ARR across accounts.
            let mrr: i64 = subs.iter().filter(|s| s.active_on(as_of)).map(|s| book.reporting_cents(s, as_of)).sum();
            // An open-ended or future-ending subscription keeps the account alive even on a
            // day it bills nothing (a free month between terms is not churn).
            let running = subs.iter().any(|s| s.end.is_none_or(|e| e > as_of));
            let churned = if mrr > 0 || running { None } else { subs.iter().filter_map(|s| s.end).max() };
            let last = churned.unwrap_or(as_of);
            Some(Tenure { account: a, start, churned, days: (last - start).num_days().max(0), arr_cents: 12 * mrr })
        })
        .collect()
}

/// How to group accounts into curves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping<'a> {
    /// By the calendar year of the first subscription.
    Cohort,
    /// By a label per account index (needs segment, value tier, owner...).
    Labels(&'a [String]),
}

/// Settings for the report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Discount rate per year for lifetime value.
    pub discount_rate: f64,
    /// Years of projected survival to show.
    pub horizon_years: u32,
}

impl Default for Options {
    /// 10% a year: the rate Fader & Hardie use and a common cost of capital for SaaS.
    fn default() -> Self {
        Options { discount_rate: 0.10, horizon_years: 5 }
    }
}

/// One group's retention, observed and projected.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct GroupRetention {
    pub group: String,
    pub accounts: usize,
    pub churned: usize,
    /// Kaplan–Meier in months since the first subscription.
    pub curve: Curve,
    /// Observed share still customers 12 and 24 months after starting (KM), if followed that long.
    pub retained_12m: Option<f64>,
    pub retained_24m: Option<f64>,
    pub sbg: Option<SbgFit>,
    /// Why there is no fit, or what the fit means when churn is constant.
    pub sbg_note: Option<i18n::Text>,
    /// sBG survival at the start of years 0..=horizon.
    pub projected_survival: Vec<f64>,
    /// Expected years as a customer for a new account, discounted; the LTV multiplier.
    pub discounted_lifetime_years: Option<f64>,
    /// Mean ARR of the group's active accounts.
    pub mean_arr: f64,
    /// mean_arr × discounted lifetime: what a new account like these is worth today.
    pub ltv: Option<f64>,
}

/// Retention across the book and per group.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RetentionReport {
    #[ts(type = "string")]
    pub as_of: NaiveDate,
    pub by: String,
    pub discount_rate: f64,
    pub all: GroupRetention,
    pub groups: Vec<GroupRetention>,
}

/// Builds the report. `by` names the grouping for display ("cohort", "needs"...).
pub fn report(book: &Book, by: &str, grouping: Grouping<'_>, opts: Options) -> RetentionReport {
    let all_tenures = tenures(book);
    let mut groups: BTreeMap<String, Vec<Tenure>> = BTreeMap::new();
    for t in &all_tenures {
        let key = match grouping {
            Grouping::Cohort => t.start.year().to_string(),
            Grouping::Labels(labels) => labels.get(t.account).cloned().unwrap_or_default(),
        };
        groups.entry(key).or_default().push(*t);
    }
    RetentionReport {
        as_of: book.as_of,
        by: by.to_string(),
        discount_rate: opts.discount_rate,
        all: group("All accounts", &all_tenures, opts),
        groups: groups.iter().map(|(k, v)| group(k, v, opts)).collect(),
    }
}

fn group(name: &str, tenures: &[Tenure], opts: Options) -> GroupRetention {
    let obs: Vec<Observation> =
        tenures.iter().map(|t| Observation { duration: t.months(), event: t.churned.is_some() }).collect();
    let curve = kaplan_meier::estimate(&obs);
    let followed = |m: f64| tenures.iter().any(|t| t.months() >= m).then(|| curve.survival_at(m));
    let lifetimes: Vec<Lifetime> = tenures.iter().map(Tenure::lifetime).collect();
    let (fit, note) = match sbg::fit(&lifetimes) {
        Ok(f) if f.is_constant_churn() => {
            let churn = f.alpha / (f.alpha + f.beta);
            (Some(f), Some(i18n::Text::new("retention-note-constant").arg("churn", i18n::Arg::Percent(churn))))
        }
        Ok(f) => (Some(f), None),
        Err(e) => (None, Some(e.text())),
    };
    let active: Vec<i64> = tenures.iter().filter(|t| t.churned.is_none()).map(|t| t.arr_cents).collect();
    let mean_arr = if active.is_empty() { 0.0 } else { active.iter().sum::<i64>() as f64 / active.len() as f64 / 100.0 };
    let del = fit.as_ref().map(|f| f.model().discounted_lifetime(opts.discount_rate, 0));
    GroupRetention {
        group: name.to_string(),
        accounts: tenures.len(),
        churned: curve.events,
        retained_12m: followed(12.0),
        retained_24m: followed(24.0),
        projected_survival: fit.as_ref().map(|f| f.model().survival(opts.horizon_years)).unwrap_or_default(),
        discounted_lifetime_years: del,
        ltv: del.map(|d| d * mean_arr),
        sbg: fit,
        sbg_note: note,
        curve,
        mean_arr,
    }
}
