//! Alerts: what needs a CSM now, by how much, since when.
//!
//! Each rule (thresholds in [`AlertConfig`], defaults in docs/METRICS.md):
//! - **usage_drop**: events this week down by at least `drop_threshold` (50%) against the
//!   week before, which had at least `drop_min_events` (a drop from 3 events to 1 is noise).
//!   Since the first day of this week.
//! - **account_silent**: a paying account with no event for `silent_days` (7) or more.
//!   Since the day after its last event.
//! - **core_users_silent**: none of the account's core users (executive sponsor, admins,
//!   champions) active for `core_silent_days` (14), while it has some on file.
//! - **unused_modules**: licensed modules with no event in the last 28 days, once the
//!   onboarding window (`onboarding_days`, 60) after the customer start has passed. Only
//!   explicit licences count: a module nobody bought is not "unused".
//! - **nps_detractor**: an NPS response of 0-6 in the last `nps_days` (30).
//! - **ticket_spike**: at least `ticket_spike_min` (3) tickets opened in the last 14 days and
//!   at least `ticket_spike_factor` (2x) the account's mean per 14 days over the 84 days before.
//! - **renewal_risk**: renewal within `renewal_days` (90) and health falling by at least
//!   `health_drop` (10) points over 28 days, or in the red band. Ten, not five: a score
//!   wobbles by a few points from one month to the next without anything happening.

use chrono::{Days, NaiveDate};
use i18n::{Arg, Text};
use serde::{Deserialize, Serialize};

use crate::book::Book;
use crate::dates::days_between;
use crate::health::{Band, HealthScore};
use crate::usage::AccountUsage;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct AlertConfig {
    pub drop_threshold: f64,
    pub drop_min_events: i64,
    pub silent_days: i64,
    pub core_silent_days: i64,
    pub onboarding_days: i64,
    pub nps_days: i64,
    pub ticket_spike_min: usize,
    pub ticket_spike_factor: f64,
    pub renewal_days: i64,
    pub health_drop: i64,
}

impl Default for AlertConfig {
    fn default() -> Self {
        AlertConfig {
            drop_threshold: 0.5,
            drop_min_events: 20,
            silent_days: 7,
            core_silent_days: 14,
            onboarding_days: 60,
            nps_days: 30,
            ticket_spike_min: 3,
            ticket_spike_factor: 2.0,
            renewal_days: 90,
            health_drop: 10,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    UsageDrop,
    AccountSilent,
    CoreUsersSilent,
    UnusedModules,
    NpsDetractor,
    TicketSpike,
    RenewalRisk,
}

impl AlertKind {
    pub const ALL: [AlertKind; 7] = [
        AlertKind::UsageDrop,
        AlertKind::AccountSilent,
        AlertKind::CoreUsersSilent,
        AlertKind::UnusedModules,
        AlertKind::NpsDetractor,
        AlertKind::TicketSpike,
        AlertKind::RenewalRisk,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::UsageDrop => "usage_drop",
            AlertKind::AccountSilent => "account_silent",
            AlertKind::CoreUsersSilent => "core_users_silent",
            AlertKind::UnusedModules => "unused_modules",
            AlertKind::NpsDetractor => "nps_detractor",
            AlertKind::TicketSpike => "ticket_spike",
            AlertKind::RenewalRisk => "renewal_risk",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    High,
    Medium,
    Low,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Alert {
    pub account_id: String,
    pub account_name: String,
    pub kind: AlertKind,
    pub severity: Severity,
    /// What happened, as a catalogue message (`alert-*` in locales/<lang>/engine.ftl) with its
    /// figures, so each reader gets it in their language.
    pub message: Text,
    /// First day of the condition.
    pub since: String,
    /// The measured value (events this week, days silent, tickets, score...).
    pub value: Option<f64>,
    /// What it is compared with (events the week before, the threshold, the baseline...).
    pub baseline: Option<f64>,
    /// Relative change (value - baseline) / baseline, where that reads naturally.
    pub change: Option<f64>,
}

/// What the alert rules see of one account besides the book.
pub struct AccountSignals<'a> {
    pub usage: &'a AccountUsage,
    pub health: &'a HealthScore,
    /// Health score 28 days earlier, when known.
    pub health_before: Option<u8>,
    pub mrr_cents: i64,
    pub customer_start: Option<NaiveDate>,
    pub renewal: Option<NaiveDate>,
}

fn module_names(book: &Book, keys: &[String]) -> Vec<String> {
    keys.iter().map(|k| book.modules.iter().find(|m| *m.key == **k).map_or(k.clone(), |m| m.name.to_string())).collect()
}

fn day(d: NaiveDate) -> Arg {
    Arg::Day(d.to_string())
}

/// The alerts of one account, in the order of [`AlertKind::ALL`].
pub fn account_alerts(book: &Book, account: usize, s: &AccountSignals, cfg: &AlertConfig) -> Vec<Alert> {
    let as_of = book.as_of;
    let a = &book.accounts[account];
    let u = s.usage;
    let mut out = Vec::new();
    let mut push = |kind, severity, message: Text, since: NaiveDate, value, baseline, change| {
        out.push(Alert {
            account_id: a.external_id.clone(),
            account_name: a.name.clone(),
            kind,
            severity,
            message,
            since: since.to_string(),
            value,
            baseline,
            change,
        })
    };
    let paying = s.mrr_cents > 0;

    if let Some(c) = u.wow_change
        && u.events_prev_week >= cfg.drop_min_events
        && c <= -cfg.drop_threshold
    {
        push(
            AlertKind::UsageDrop,
            if c <= -0.75 { Severity::High } else { Severity::Medium },
            Text::new("alert-usage-drop")
                .arg("drop", Arg::Percent(-c))
                .arg("events", Arg::Int(u.events_week as i64))
                .arg("day", day(as_of))
                .arg("before", Arg::Int(u.events_prev_week as i64)),
            as_of - Days::new(6),
            Some(u.events_week as f64),
            Some(u.events_prev_week as f64),
            Some(c),
        );
    }

    let silent_since = match (u.days_since_active, s.customer_start) {
        (Some(d), _) if d >= cfg.silent_days => Some((d, as_of - Days::new(d as u64 - 1))),
        (None, Some(start)) if days_between(start, as_of) >= cfg.silent_days => {
            Some((days_between(start, as_of) + 1, start))
        }
        _ => None,
    };
    if paying && let Some((days, since)) = silent_since {
        let message = match u.last_active.as_deref() {
            Some(last) => Text::new("alert-account-silent").arg("last", Arg::Day(last.to_string())),
            None => Text::new("alert-account-silent-never"),
        };
        push(
            AlertKind::AccountSilent,
            Severity::High,
            message.arg("days", Arg::Int(days as i64)),
            since,
            Some(days as f64),
            Some(cfg.silent_days as f64),
            None,
        );
    }

    if paying && !u.core_users.is_empty() {
        let silent = |c: &crate::usage::CoreUser| c.days_since_active.is_none_or(|d| d >= cfg.core_silent_days);
        if u.core_users.iter().all(silent) {
            let last = u.core_users.iter().filter(|c| c.last_active.is_some()).min_by_key(|c| c.days_since_active);
            let (message, since, days) = match last {
                Some(c) => {
                    let d = c.days_since_active.unwrap_or_default();
                    (
                        Text::new("alert-core-users-silent")
                            .arg("name", Arg::Str(c.name.clone()))
                            .arg("role", Arg::Term(format!("role-{}", c.role)))
                            .arg("last", Arg::Day(c.last_active.clone().unwrap_or_default())),
                        as_of - Days::new(d as u64 - 1),
                        Some(d as f64),
                    )
                }
                None => (
                    Text::new("alert-core-users-silent-never"),
                    as_of - Days::new((crate::book::WEEKS * 7) as u64 - 1),
                    None,
                ),
            };
            push(
                AlertKind::CoreUsersSilent,
                Severity::High,
                message.arg("count", Arg::Int(u.core_users.len() as i64)).arg("days", Arg::Int(cfg.core_silent_days as i64)),
                since,
                days,
                Some(cfg.core_silent_days as f64),
                None,
            );
        }
    }

    if let Some(start) = s.customer_start
        && paying
        && u.breadth_basis == "licensed"
    {
        let onboarded = start + Days::new(cfg.onboarding_days as u64);
        let unused: Vec<String> =
            u.modules.iter().filter(|m| m.licensed && m.events_month == 0).map(|m| m.module.to_string()).collect();
        if onboarded <= as_of && !unused.is_empty() {
            push(
                AlertKind::UnusedModules,
                Severity::Medium,
                Text::new("alert-unused-modules")
                    .arg("unused", Arg::Int(unused.len() as i64))
                    .arg("licensed", Arg::Int(u.modules_basis as i64))
                    .arg("modules", Arg::List(module_names(book, &unused)))
                    .arg("onboarded", day(onboarded)),
                onboarded,
                Some(unused.len() as f64),
                Some(u.modules_basis as f64),
                None,
            );
        }
    }

    let detractor = book.nps_of(account).iter().filter(|r| r.score <= 6 && days_between(r.day, as_of) < cfg.nps_days)
        .max_by_key(|r| r.day);
    if let Some(r) = detractor {
        let message = match r.comment.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            Some(c) => Text::new("alert-nps-detractor-comment").arg("comment", Arg::Str(c.to_string())),
            None => Text::new("alert-nps-detractor"),
        };
        push(
            AlertKind::NpsDetractor,
            if r.score <= 3 { Severity::High } else { Severity::Medium },
            message.arg("score", Arg::Int(r.score)).arg("day", day(r.day)),
            r.day,
            Some(r.score as f64),
            Some(6.0),
            None,
        );
    }

    let window_start = as_of - Days::new(13);
    let base_start = window_start - Days::new(84);
    let tickets: Vec<NaiveDate> = book.tickets_of(account).iter().map(|t| t.opened).collect();
    let recent: Vec<NaiveDate> = tickets.iter().copied().filter(|&d| d >= window_start && d <= as_of).collect();
    let before = tickets.iter().filter(|&&d| d >= base_start && d < window_start).count();
    let baseline = before as f64 / 6.0;
    if recent.len() >= cfg.ticket_spike_min && recent.len() as f64 >= cfg.ticket_spike_factor * baseline {
        push(
            AlertKind::TicketSpike,
            Severity::Medium,
            Text::new("alert-ticket-spike")
                .arg("count", Arg::Int(recent.len() as i64))
                .arg("baseline", Arg::Number { value: baseline, decimals: 1 }),
            *recent.iter().min().expect("non-empty"),
            Some(recent.len() as f64),
            Some(baseline),
            (baseline > 0.0).then(|| (recent.len() as f64 - baseline) / baseline),
        );
    }

    if let Some(renewal) = s.renewal
        && paying
    {
        let days = days_between(as_of, renewal);
        let fell = s.health_before.zip(s.health.score).map(|(b, now)| i64::from(b) - i64::from(now)).filter(|&d| d >= cfg.health_drop);
        // No score (not enough data) is no evidence of risk.
        if let Some(score) = s.health.score
            && (0..=cfg.renewal_days).contains(&days)
            && (fell.is_some() || s.health.band == Band::Red)
        {
            let message = match (fell, s.health_before) {
                (Some(_), Some(b)) => Text::new("alert-renewal-risk-fell").arg("before", Arg::Int(i64::from(b))),
                _ => Text::new("alert-renewal-risk-red"),
            };
            push(
                AlertKind::RenewalRisk,
                Severity::High,
                message
                    .arg("renewal", day(renewal))
                    .arg("days", Arg::Int(days))
                    .arg("score", Arg::Int(i64::from(score))),
                as_of - Days::new(27),
                Some(f64::from(score)),
                s.health_before.map(f64::from),
                None,
            );
        }
    }
    out
}

#[cfg(test)]
#[path = "alerts_tests.rs"]
mod tests;
