//! Lifecycle stage, renewal date and the success plan's status (30/60/90-day milestones,
//! overdue steps, who owes the next one).
//!
//! **Stage** (unless set by hand on the account), the first that applies:
//! 1. `churned`: no MRR on the as-of day after having had some;
//! 2. `at_risk`: health in the red band, or the account or all its core users silent;
//! 3. `onboarding`: fewer than `onboarding_days` (60) since the customer start;
//! 4. `renewal`: renewal within `renewal_days` (90);
//! 5. `value`: value realised: a first value event reached, at least half of the modules
//!    used this month and at least one user completing value events;
//! 6. `adoption`: otherwise.
//!
//! **Renewal date**: the earliest future end of a running subscription period if one is set;
//! otherwise the next anniversary of the running subscription's first start (annual terms).

use std::borrow::Cow;
use std::sync::Arc;

use chrono::{Datelike, Months, NaiveDate};
use i18n::{Arg, Text};
use serde::Serialize;

use crate::alerts::{AccountSignals, Alert, AlertConfig, AlertKind};
use crate::book::Book;
use crate::dates::days_between;
use crate::health::Band;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Lifecycle {
    pub stage: String,
    /// `manual` (set on the account) or `derived`.
    pub source: String,
    /// Why this stage (`stage-reason-*` in locales/<lang>/engine.ftl, or the alert that set it).
    pub reason: Text,
}

/// Next renewal of an account's running contract, as defined above.
pub fn renewal_date(book: &Book, account: usize) -> Option<NaiveDate> {
    let as_of = book.as_of;
    let running: Vec<_> =
        book.subscriptions_of(account).iter().filter(|s| s.active_on(as_of)).collect();
    if let Some(end) = running.iter().filter_map(|s| s.end).min() {
        return Some(end);
    }
    let first = running
        .iter()
        .flat_map(|r| book.subscriptions_of(account).iter().filter(|s| s.external_id == r.external_id))
        .map(|s| s.start)
        .min()?;
    let mut years = (as_of.year() - first.year()).max(0) as u32;
    loop {
        let next = first.checked_add_months(Months::new(12 * years))?;
        if next > as_of {
            return Some(next);
        }
        years += 1;
    }
}

pub fn lifecycle(book: &Book, account: usize, s: &AccountSignals, alerts: &[Alert], cfg: &AlertConfig) -> Lifecycle {
    let (usage, health, mrr_cents) = (s.usage, s.health, s.mrr_cents);
    if let Some(stage) = &book.accounts[account].stage_override {
        return Lifecycle { stage: stage.clone(), source: "manual".into(), reason: Text::new("stage-reason-manual") };
    }
    let derived = |stage: &str, reason: Text| Lifecycle { stage: stage.into(), source: "derived".into(), reason };
    let int = |n: i64| Arg::Int(n);
    let as_of = book.as_of;
    let had_mrr = book.subscriptions_of(account).iter().any(|s| s.start <= as_of && s.mrr_cents > 0);
    if mrr_cents == 0 {
        return if had_mrr {
            derived("churned", Text::new("stage-reason-churned"))
        } else {
            derived("onboarding", Text::new("stage-reason-unpaid"))
        };
    }
    let silent = alerts.iter().find(|a| matches!(a.kind, AlertKind::AccountSilent | AlertKind::CoreUsersSilent));
    if let (Band::Red, Some(score)) = (health.band, health.score) {
        return derived("at_risk", Text::new("stage-reason-red").arg("score", int(i64::from(score))));
    }
    if let Some(a) = silent {
        return derived("at_risk", a.message.clone());
    }
    if let Some(start) = s.customer_start {
        let days = days_between(start, as_of);
        if days < cfg.onboarding_days {
            return derived("onboarding", Text::new("stage-reason-onboarding").arg("days", int(days)));
        }
    }
    if let Some(renewal) = s.renewal {
        let days = days_between(as_of, renewal);
        if days <= cfg.renewal_days {
            return derived(
                "renewal",
                Text::new("stage-reason-renewal").arg("renewal", Arg::Day(renewal.to_string())).arg("days", int(days)),
            );
        }
    }
    let broad = usage.breadth.is_some_and(|b| b >= 0.5);
    if usage.first_value.is_some() && broad && usage.value_users > 0 {
        return derived(
            "value",
            Text::new("stage-reason-value")
                .arg("first_value", Arg::Day(usage.first_value.clone().unwrap_or_default()))
                .arg("used", int(usage.modules_used as i64))
                .arg("total", int(usage.modules_basis as i64))
                .arg("value_users", int(usage.value_users as i64)),
        );
    }
    let missing = match (usage.first_value.is_some(), broad) {
        (false, _) => Text::new("stage-reason-no-value"),
        (true, false) => Text::new("stage-reason-narrow")
            .arg("used", int(usage.modules_used as i64))
            .arg("total", int(usage.modules_basis as i64)),
        (true, true) => Text::new("stage-reason-no-value-users"),
    };
    derived("adoption", missing)
}

// Every account's plan is held by the app, a dozen milestones each, so nothing here is
// copied: the id and title are shared with the book, the words are literals and the days are
// days (serialized `YYYY-MM-DD`, as before).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MilestoneStatus {
    /// The milestone's id in its import file.
    #[ts(as = "String")]
    pub id: Arc<str>,
    #[ts(as = "String")]
    pub title: Arc<str>,
    #[ts(as = "String")]
    pub owner_side: Cow<'static, str>,
    #[ts(as = "String")]
    pub due: NaiveDate,
    #[ts(as = "Option<String>")]
    pub completed: Option<NaiveDate>,
    /// `done`, `overdue` or `open`.
    #[ts(as = "String")]
    pub status: Cow<'static, str>,
    /// Days late (overdue) or early/late at completion (positive = late).
    pub days_late: Option<i64>,
    /// `30`, `60`, `90` or `later`: the plan phase by due day from the customer start.
    #[ts(as = "String")]
    pub phase: Cow<'static, str>,
}

/// A milestone's owner side as stored (`customer` or `vendor`, the import checks it), held
/// without a copy; anything else is kept as it is.
pub fn side(s: &str) -> Cow<'static, str> {
    match s {
        "customer" => Cow::Borrowed("customer"),
        "vendor" => Cow::Borrowed("vendor"),
        other => Cow::Owned(other.to_string()),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SuccessPlan {
    pub milestones: Vec<MilestoneStatus>,
    pub done: u32,
    pub overdue: u32,
    pub open: u32,
    pub overdue_customer: u32,
    pub overdue_vendor: u32,
    /// The next step: the most overdue open milestone, else the next one due.
    pub next_step: Option<MilestoneStatus>,
    /// `customer` or `vendor`: who owes the next step.
    pub next_owed_by: Option<String>,
}

pub fn success_plan(book: &Book, account: usize, customer_start: Option<NaiveDate>) -> SuccessPlan {
    let as_of = book.as_of;
    let milestones: Vec<MilestoneStatus> = book.milestones_of(account).iter()
        .map(|m| {
            let completed = m.completed.filter(|&c| c <= as_of);
            let (status, days_late) = match completed {
                Some(c) => ("done", Some(days_between(m.due, c))),
                None if m.due < as_of => ("overdue", Some(days_between(m.due, as_of))),
                None => ("open", None),
            };
            let phase = match customer_start.map(|s| days_between(s, m.due)) {
                Some(d) if d <= 30 => "30",
                Some(d) if d <= 60 => "60",
                Some(d) if d <= 90 => "90",
                _ => "later",
            };
            MilestoneStatus {
                id: m.id.clone(),
                title: m.title.clone(),
                owner_side: m.owner_side.clone(),
                due: m.due,
                completed,
                status: status.into(),
                days_late,
                phase: phase.into(),
            }
        })
        .collect();
    let count = |s: &str, side: Option<&str>| {
        milestones.iter().filter(|m| m.status == s && side.is_none_or(|x| m.owner_side == x)).count() as u32
    };
    let next_step = milestones
        .iter()
        .filter(|m| m.status != "done")
        .min_by(|a, b| a.due.cmp(&b.due))
        .cloned();
    SuccessPlan {
        done: count("done", None),
        overdue: count("overdue", None),
        open: count("open", None),
        overdue_customer: count("overdue", Some("customer")),
        overdue_vendor: count("overdue", Some("vendor")),
        next_owed_by: next_step.as_ref().map(|m| m.owner_side.to_string()),
        next_step,
        milestones,
    }
}

#[cfg(test)]
#[path = "lifecycle_tests.rs"]
mod tests;
