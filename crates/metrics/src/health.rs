//! Health score 0-100 from a configurable scorecard, with an explanation per component.
//!
//! Each component maps one signal to a value in [0, 1]; the score is the weighted mean of
//! the components that have data, times 100, rounded. A component without data (no NPS
//! response, no core contact on file, no milestone due yet) is left out and its weight is
//! spread over the others, so missing data neither punishes nor flatters an account.
//! Each component's `points` is its share of the score: the points add up to the score
//! (before rounding).
//!
//! Default weights and why (docs/METRICS.md repeats them):
//! - usage trend 20: direction beats snapshot; a falling account is the earliest warning.
//! - breadth 15, depth 15: adoption of what was bought, and value actually reached.
//! - stickiness 15: habitual use (DAU/MAU) survives champion changes better than bursts.
//! - core users 15: if the sponsor, admins and champions stop, the account is at risk even
//!   when totals look fine.
//! - NPS 10: the customer's own voice, but sparse and lagging.
//! - support load 5, milestone progress 5: context rather than drivers.
//! Bands: green >= 70, yellow >= 40, red below.
//!
//! **Not enough data**: an account with no product usage on record up to the day (new, or
//! the book holds no events for it) gets no score and the grey `no_data` band with its reason.
//! Five of the eight factors read usage; scoring the rest would call an account that has not
//! started "red", which it is not: there is no evidence either way yet.

use i18n::{Arg, Text};
use serde::{Deserialize, Serialize};

use crate::book::Book;
use crate::Error;
use crate::usage::AccountUsage;

/// Weights per component; any non-negative numbers (they are normalised).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    pub usage_trend: f64,
    pub breadth: f64,
    pub depth: f64,
    pub stickiness: f64,
    pub core_users: f64,
    pub nps: f64,
    pub support: f64,
    pub milestones: f64,
}

impl Weights {
    /// The weight of the factor `key` (one of [`FACTORS`]), for code that walks the factors
    /// by name: the settings screen, tuning.
    pub fn slot(&mut self, key: &str) -> Option<&mut f64> {
        Some(match key {
            "usage_trend" => &mut self.usage_trend,
            "breadth" => &mut self.breadth,
            "depth" => &mut self.depth,
            "stickiness" => &mut self.stickiness,
            "core_users" => &mut self.core_users,
            "nps" => &mut self.nps,
            "support" => &mut self.support,
            "milestones" => &mut self.milestones,
            _ => return None,
        })
    }

    pub fn get(&self, key: &str) -> Option<f64> {
        self.clone().slot(key).map(|w| *w)
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            usage_trend: 20.0,
            breadth: 15.0,
            depth: 15.0,
            stickiness: 15.0,
            core_users: 15.0,
            nps: 10.0,
            support: 5.0,
            milestones: 5.0,
        }
    }
}

/// How raw signals map to [0, 1].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct Targets {
    /// MoM change scoring 0 (default -0.5: activity halved).
    pub trend_floor: f64,
    /// MoM change scoring 1 (default +0.1: growing).
    pub trend_ceiling: f64,
    /// DAU/MAU scoring 1 (default 0.3, a healthy weekday-heavy B2B tool).
    pub stickiness: f64,
    /// Share of active users reaching a value event that scores 1 (default 0.5).
    pub depth: f64,
    /// Tickets in the month (open high/urgent ones count twice) scoring 0 (default 8).
    pub tickets: f64,
    /// NPS responses older than this many days are ignored (default 180).
    pub nps_days: i64,
}

impl Default for Targets {
    fn default() -> Self {
        Targets { trend_floor: -0.5, trend_ceiling: 0.1, stickiness: 0.3, depth: 0.5, tickets: 8.0, nps_days: 180 }
    }
}

/// Where tuned weights came from: the backtest they were fitted to and what it measured, kept
/// with the weights so anyone reading the settings can tell a fitted scorecard from a typed one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Tuned {
    /// When the weights were applied (UTC, RFC 3339).
    pub applied_at: String,
    /// The evaluation days fitted on and those held out, first and last of each.
    pub fit_from: String,
    pub fit_to: String,
    pub test_from: String,
    pub test_to: String,
    pub horizon_days: u32,
    /// Evaluations and churns the weights were fitted on.
    pub evaluations: usize,
    pub churned: usize,
    /// Held-out churn AUC of the weights before and after.
    pub auc_before: Option<f64>,
    pub auc_after: Option<f64>,
    /// The L2 penalty the fit chose.
    pub penalty: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct Scorecard {
    pub weights: Weights,
    pub targets: Targets,
    pub green_at: u8,
    pub yellow_at: u8,
    /// Set when the weights were fitted by `waypoint health tune`; cleared when they are edited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tuned: Option<Tuned>,
}

impl Default for Scorecard {
    fn default() -> Self {
        Scorecard { weights: Weights::default(), targets: Targets::default(), green_at: 70, yellow_at: 40, tuned: None }
    }
}

impl Scorecard {
    /// Reads a scorecard from JSON; missing fields keep their defaults.
    pub fn from_json(text: &str) -> Result<Scorecard, Error> {
        let s: Scorecard = serde_json::from_str(text).map_err(|e| Error::Scorecard(Error::detail(e)))?;
        s.validate()?;
        Ok(s)
    }

    pub fn validate(&self) -> Result<(), Error> {
        let w = &self.weights;
        let all = [w.usage_trend, w.breadth, w.depth, w.stickiness, w.core_users, w.nps, w.support, w.milestones];
        if all.iter().any(|x| !x.is_finite() || *x < 0.0) || all.iter().sum::<f64>() <= 0.0 {
            return Err(Error::Scorecard(i18n::Text::new("error-metrics-scorecard-weights")));
        }
        let t = &self.targets;
        if !(t.trend_floor < t.trend_ceiling) || t.stickiness <= 0.0 || t.depth <= 0.0 || t.tickets <= 0.0 {
            return Err(Error::Scorecard(i18n::Text::new("error-metrics-scorecard-targets")));
        }
        if self.yellow_at > self.green_at || self.green_at > 100 {
            return Err(Error::Scorecard(i18n::Text::new("error-metrics-scorecard-bands")));
        }
        Ok(())
    }

    pub fn band(&self, score: u8) -> Band {
        // (A score always has a colour; `NoData` is for accounts without one.)
        if score >= self.green_at {
            Band::Green
        } else if score >= self.yellow_at {
            Band::Yellow
        } else {
            Band::Red
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Green,
    Yellow,
    Red,
    /// Not enough data to score: no product usage on record yet.
    NoData,
}

impl Band {
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Green => "green",
            Band::Yellow => "yellow",
            Band::Red => "red",
            Band::NoData => "no_data",
        }
    }
}

/// One component of a score, explained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Component {
    /// One of [`FACTORS`] (borrowed: every score of the book carries all eight).
    #[ts(as = "String")]
    pub key: std::borrow::Cow<'static, str>,
    /// The component's name (`health-component-*` in locales/<lang>/engine.ftl).
    pub label: Text,
    /// The raw signal (e.g. MoM change -0.42, DAU/MAU 0.18); absent without data.
    pub value: Option<f64>,
    /// The signal mapped to [0, 1].
    pub normalized: Option<f64>,
    pub weight: f64,
    /// Points this component adds to the score.
    pub points: f64,
    /// Points it could have added at its best.
    pub max_points: f64,
    /// What was measured, with its figures (`health-detail-*`).
    pub detail: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct HealthScore {
    pub account_id: String,
    pub day: String,
    /// 0-100; `None` when there is not enough data to score (band `no_data`, see `reason`).
    pub score: Option<u8>,
    pub band: Band,
    /// Why there is no score, for `no_data`.
    pub reason: Option<Text>,
    pub components: Vec<Component>,
}

/// Every factor's key, in the order a score lists its components.
pub const FACTORS: [&str; 8] = ["usage_trend", "breadth", "depth", "stickiness", "core_users", "nps", "support", "milestones"];

/// A factor's name (`health-component-*` in locales/<lang>/engine.ftl).
pub fn factor_label(key: &str) -> Text {
    Text::new(component_message(key))
}

/// The message key of a factor's name; its `.hint` attribute says what it measures. The
/// known factors' keys are made once and borrowed: every score of the book carries eight.
pub fn component_message(key: &str) -> std::borrow::Cow<'static, str> {
    let made = |k: &str| format!("health-component-{}", k.replace('_', "-"));
    static KNOWN: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let known = KNOWN.get_or_init(|| FACTORS.iter().map(|k| made(k)).collect());
    match FACTORS.iter().position(|f| *f == key) {
        Some(i) => known[i].as_str().into(),
        None => made(key).into(),
    }
}

/// The factors read from product usage.
const USAGE_FACTORS: [&str; 5] = ["usage_trend", "breadth", "depth", "stickiness", "core_users"];

fn clamp01(x: f64) -> f64 {
    x.clamp(0.0, 1.0)
}


/// NPS of responses in a window: % promoters (9-10) minus % detractors (0-6), in points
/// from -100 to 100.
pub fn nps(scores: impl IntoIterator<Item = i64>) -> Option<f64> {
    let (mut n, mut promoters, mut detractors) = (0, 0, 0);
    for s in scores {
        n += 1;
        promoters += i32::from(s >= 9);
        detractors += i32::from(s <= 6);
    }
    (n > 0).then(|| 100.0 * f64::from(promoters - detractors) / f64::from(n))
}

/// The health of one account, from its usage and the book's other records.
pub fn score(book: &Book, account: usize, usage: &AccountUsage, card: &Scorecard) -> HealthScore {
    let t = &card.targets;
    let w = &card.weights;
    let as_of = book.as_of;
    let mut parts: Vec<(&str, f64, Option<f64>, Option<f64>, Text)> = Vec::with_capacity(8);
    let int = |n: usize| Arg::Int(n as i64);

    let (trend_value, trend_norm, trend_detail) = match (usage.mom_change, usage.events_month) {
        (Some(c), _) => (
            Some(c),
            Some(clamp01((c - t.trend_floor) / (t.trend_ceiling - t.trend_floor))),
            Text::new("health-detail-usage-trend")
                .arg("change", Arg::Change(c))
                .arg("events", int(usage.events_month as usize))
                .arg("before", int(usage.events_prev_month as usize)),
        ),
        (None, 0) => (None, Some(0.0), Text::new("health-detail-usage-none")),
        (None, n) => (None, Some(1.0), Text::new("health-detail-usage-new").arg("events", int(n as usize))),
    };
    parts.push(("usage_trend", w.usage_trend, trend_value, trend_norm, trend_detail));

    parts.push((
        "breadth",
        w.breadth,
        usage.breadth,
        usage.breadth,
        Text::new(if usage.breadth_basis == "licensed" { "health-detail-breadth-licensed" } else { "health-detail-breadth" })
            .arg("used", int(usage.modules_used as usize))
            .arg("total", int(usage.modules_basis as usize)),
    ));
    let depth = usage.depth.unwrap_or(0.0);
    parts.push((
        "depth",
        w.depth,
        Some(depth),
        Some(clamp01(depth / t.depth)),
        Text::new("health-detail-depth")
            .arg("value_users", int(usage.value_users as usize))
            .arg("active", int(usage.monthly_active_users as usize)),
    ));
    let stick = usage.stickiness.unwrap_or(0.0);
    parts.push((
        "stickiness",
        w.stickiness,
        Some(stick),
        Some(clamp01(stick / t.stickiness)),
        Text::new("health-detail-stickiness")
            .arg("ratio", Arg::Number { value: stick, decimals: 2 })
            .arg("daily", Arg::Number { value: usage.average_daily_users, decimals: 1 })
            .arg("monthly", int(usage.monthly_active_users as usize)),
    ));
    let core_active = usage.core_users.iter().filter(|c| c.active).count();
    parts.push((
        "core_users",
        w.core_users,
        usage.core_active_share,
        usage.core_active_share,
        if usage.core_users.is_empty() {
            Text::new("health-detail-core-none")
        } else {
            Text::new("health-detail-core").arg("active", int(core_active)).arg("total", int(usage.core_users.len()))
        },
    ));
    let recent = book.nps_of(account).iter().filter(|r| crate::dates::days_between(r.day, as_of) < t.nps_days);
    let responses: Vec<i64> = recent.map(|r| r.score).collect();
    let account_nps = nps(responses.iter().copied());
    parts.push((
        "nps",
        w.nps,
        account_nps,
        account_nps.map(|n| (n + 100.0) / 200.0),
        match account_nps {
            Some(n) => Text::new("health-detail-nps")
                .arg("nps", Arg::Int(n.round() as i64))
                .arg("responses", int(responses.len()))
                .arg("days", Arg::Int(t.nps_days)),
            None => Text::new("health-detail-nps-none").arg("days", Arg::Int(t.nps_days)),
        },
    ));
    let month_start = as_of - chrono::Days::new(27);
    let tickets: Vec<_> = book.tickets_of(account).iter().collect();
    let recent_tickets = tickets.iter().filter(|x| x.opened >= month_start).count();
    let open_severe = tickets
        .iter()
        .filter(|x| x.resolved.is_none() && matches!(x.priority.as_str(), "high" | "urgent"))
        .count();
    let load = (recent_tickets + open_severe) as f64;
    parts.push((
        "support",
        w.support,
        Some(load),
        Some(clamp01(1.0 - load / t.tickets)),
        Text::new("health-detail-support").arg("tickets", int(recent_tickets)).arg("severe", int(open_severe)),
    ));
    let due: Vec<_> = book.milestones_of(account).iter().filter(|m| m.due <= as_of).collect();
    let done = due.iter().filter(|m| m.completed.is_some_and(|c| c <= as_of)).count();
    let progress = (!due.is_empty()).then(|| done as f64 / due.len() as f64);
    parts.push((
        "milestones",
        w.milestones,
        progress,
        progress,
        Text::new("health-detail-milestones").arg("done", int(done)).arg("due", int(due.len())),
    ));

    // Without any usage on record, the usage factors have no data (not a zero): left out.
    if usage.last_active.is_none() {
        for p in parts.iter_mut().filter(|p| USAGE_FACTORS.contains(&p.0)) {
            (p.2, p.3, p.4) = (None, None, Text::new("health-detail-usage-never"));
        }
    }
    let available: f64 = parts.iter().filter(|p| p.3.is_some()).map(|p| p.1).sum();
    let mut total = 0.0;
    let components: Vec<Component> = parts
        .into_iter()
        .map(|(key, weight, value, normalized, detail)| {
            let max_points = if normalized.is_some() && available > 0.0 { 100.0 * weight / available } else { 0.0 };
            let points = normalized.map_or(0.0, |n| n * max_points);
            total += points;
            let label = factor_label(key);
            Component { key: key.into(), label, value, normalized, weight, points, max_points, detail }
        })
        .collect();
    let account_id = book.accounts[account].external_id.clone();
    if usage.last_active.is_none() {
        let reason = Text::new("health-no-data-reason");
        return HealthScore { account_id, day: as_of.to_string(), score: None, band: Band::NoData, reason: Some(reason), components };
    }
    let score = total.round().clamp(0.0, 100.0) as u8;
    HealthScore { account_id, day: as_of.to_string(), score: Some(score), band: card.band(score), reason: None, components }
}

#[cfg(test)]
#[path = "health_tests.rs"]
mod tests;
