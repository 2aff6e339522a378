//! The report: the replay's evaluations ([`crate::replay`]) compared with what followed.
//! Risk for the AUC is `100 - score`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use i18n::{Arg, Text};
use metrics::health::Band;
use serde::Serialize;

use crate::outcome::Outcome;
use crate::replay::{Evaluation, Replay, replay};
use crate::stats::{self, Case};
use crate::Error;

/// Fewer churned accounts than this and the report says its numbers are indicative only.
pub const MIN_CHURNS: usize = 20;
/// Misses listed, most recent first.
const MISSES_SHOWN: usize = 25;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Needs,
    Value,
    Owner,
}

#[derive(Debug, Clone)]
pub struct Options {
    /// Days after an evaluation day in which a churn counts (default 90).
    pub horizon: u32,
    /// First and last evaluation day; default: the 24 month ends whose horizon the history
    /// covers.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Months between evaluation days (default 1).
    pub every_months: u32,
    /// MRR drop that counts as a contraction (default 0.10).
    pub contraction: f64,
    pub by: Option<GroupBy>,
    pub resamples: usize,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options { horizon: 90, from: None, to: None, every_months: 1, contraction: 0.10, by: None, resamples: 1_000, seed: 20_261_206 }
    }
}

/// Evaluations and churns in one health band.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BandOutcome {
    pub band: Band,
    pub accounts: usize,
    pub churned: usize,
    pub rate: Option<f64>,
}

/// Observed churn in one decile of risk (decile 1 = the healthiest tenth).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Decile {
    pub decile: u8,
    pub evaluations: usize,
    pub mean_score: f64,
    pub churn_rate: f64,
}

/// A factor that cost the account points on the day it was scored.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Driver {
    pub key: String,
    pub label: Text,
    pub points_lost: f64,
    pub detail: Text,
}

/// An account that churned within the horizon of a day it was green (its latest such day).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Miss {
    pub account_id: String,
    pub name: String,
    pub day: String,
    pub score: u8,
    pub churn_day: String,
    /// The factors that cost it most points that day, largest first.
    pub drivers: Vec<Driver>,
}

/// The figures of a set of evaluations (the book, or one group).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Figures {
    pub evaluations: usize,
    /// Distinct accounts evaluated.
    pub accounts: usize,
    /// Evaluations followed by a churn within the horizon.
    pub churned: usize,
    /// Distinct accounts that churned.
    pub churned_accounts: usize,
    pub contracted: usize,
    /// ROC AUC of risk (100 - score) for churn, with its bootstrap 95% interval.
    pub auc: Option<f64>,
    pub auc_low: Option<f64>,
    pub auc_high: Option<f64>,
    /// The same for churn or contraction.
    pub auc_any: Option<f64>,
    pub auc_any_low: Option<f64>,
    pub auc_any_high: Option<f64>,
    pub bands: Vec<BandOutcome>,
    /// Churn rate of red evaluations over that of green ones.
    pub lift_red_vs_green: Option<f64>,
    /// Of the red evaluations, the share that churned; of the churns, the share flagged red.
    pub red_precision: Option<f64>,
    pub red_recall: Option<f64>,
    /// Fewer than [`MIN_CHURNS`] churned accounts: the numbers are indicative.
    pub enough: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct GroupFigures {
    pub group: String,
    pub figures: Figures,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Backtest {
    pub from: String,
    pub to: String,
    pub horizon_days: u32,
    pub every_months: u32,
    pub contraction: f64,
    pub evaluation_days: Vec<String>,
    /// Paying accounts left out on an evaluation day for having no score yet (no usage on
    /// record), summed over the days.
    pub no_data: usize,
    #[serde(flatten)]
    #[ts(flatten)]
    pub figures: Figures,
    pub calibration: Vec<Decile>,
    /// The ROC curve for churn: (false-positive rate, true-positive rate) per risk threshold.
    pub roc: Vec<(f64, f64)>,
    /// Days from the first red evaluation within the horizon before a churn to the churn.
    pub median_lead_days: Option<f64>,
    pub lead_days: Vec<i64>,
    /// Churned accounts that were red on none of the evaluation days of their horizon.
    pub churned_never_red: usize,
    pub misses: Vec<Miss>,
    /// Plain statements about how far to trust the numbers.
    pub warnings: Vec<Text>,
    pub by: Option<String>,
    pub groups: Vec<GroupFigures>,
}

fn rate(churned: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| churned as f64 / of as f64)
}

/// Risk for the AUC: `100 − score`.
fn risk(e: &Evaluation) -> f64 {
    100.0 - f64::from(e.score)
}

fn cases(evals: &[&Evaluation], positive: impl Fn(&Evaluation) -> bool) -> Vec<Case> {
    crate::replay::cases(evals, risk, positive)
}

fn figures_of(evals: &[&Evaluation], o: &Options) -> Figures {
    let churn = cases(evals, |e| e.outcome == Outcome::Churned);
    let any = cases(evals, |e| e.outcome != Outcome::Kept);
    let accounts = churn.iter().map(|c| c.cluster + 1).max().unwrap_or(0);
    let interval = |cs: &[Case]| stats::auc_interval(cs, o.resamples, o.seed).unzip();
    let (auc_low, auc_high) = interval(&churn);
    let (auc_any_low, auc_any_high) = interval(&any);
    let bands: Vec<BandOutcome> = [Band::Green, Band::Yellow, Band::Red]
        .into_iter()
        .map(|band| {
            let inside: Vec<_> = evals.iter().filter(|e| e.band == band).collect();
            let churned = inside.iter().filter(|e| e.outcome == Outcome::Churned).count();
            BandOutcome { band, accounts: inside.len(), churned, rate: rate(churned, inside.len()) }
        })
        .collect();
    let churned = evals.iter().filter(|e| e.outcome == Outcome::Churned).count();
    let churned_accounts = {
        let mut a: Vec<usize> = evals.iter().filter(|e| e.outcome == Outcome::Churned).map(|e| e.account).collect();
        a.sort_unstable();
        a.dedup();
        a.len()
    };
    let (green, red) = (&bands[0], &bands[2]);
    let lift = match (red.rate, green.rate) {
        (Some(r), Some(g)) if g > 0.0 => Some(r / g),
        _ => None,
    };
    Figures {
        evaluations: evals.len(),
        accounts,
        churned,
        churned_accounts,
        contracted: evals.iter().filter(|e| e.outcome == Outcome::Contracted).count(),
        auc: stats::auc(&churn),
        auc_low,
        auc_high,
        auc_any: stats::auc(&any),
        auc_any_low,
        auc_any_high,
        lift_red_vs_green: lift,
        red_precision: red.rate,
        red_recall: rate(red.churned, churned),
        bands,
        enough: churned_accounts >= MIN_CHURNS,
    }
}

fn calibration(evals: &[Evaluation]) -> Vec<Decile> {
    let mut order: Vec<&Evaluation> = evals.iter().collect();
    // Healthiest first; ties keep a stable order so deciles are reproducible.
    order.sort_by(|a, b| b.score.cmp(&a.score).then(a.day.cmp(&b.day)).then(a.account.cmp(&b.account)));
    let n = order.len();
    (0..10)
        .filter_map(|d| {
            let part = &order[d * n / 10..(d + 1) * n / 10];
            (!part.is_empty()).then(|| Decile {
                decile: d as u8 + 1,
                evaluations: part.len(),
                mean_score: part.iter().map(|e| f64::from(e.score)).sum::<f64>() / part.len() as f64,
                churn_rate: part.iter().filter(|e| e.outcome == Outcome::Churned).count() as f64 / part.len() as f64,
            })
        })
        .collect()
}

fn drivers(health: &metrics::health::HealthScore) -> Vec<Driver> {
    let mut d: Vec<Driver> = health
        .components
        .iter()
        .filter(|c| c.normalized.is_some() && c.max_points - c.points > 0.5)
        .map(|c| Driver { key: c.key.to_string(), label: c.label.clone(), points_lost: c.max_points - c.points, detail: c.detail.clone() })
        .collect();
    d.sort_by(|a, b| b.points_lost.total_cmp(&a.points_lost));
    d.truncate(3);
    d
}

/// Replays the score over history and compares it with what happened.
pub async fn backtest(ws: &store::Workspace, settings: &metrics::Settings, segments: &segments::SegmentSettings, o: &Options) -> Result<Backtest, Error> {
    let Replay { latest, from, to, days, evals, no_data, mut green_scores } = replay(ws, settings, segments, o, true).await?;
    let all: Vec<&Evaluation> = evals.iter().collect();
    let figures = figures_of(&all, o);

    // Lead time: for each churn, the earliest red evaluation in the horizon before it.
    let mut churns: BTreeMap<(usize, NaiveDate), Option<NaiveDate>> = BTreeMap::new();
    for e in evals.iter().filter(|e| e.outcome == Outcome::Churned) {
        let first_red = churns.entry((e.account, e.churn_day.unwrap_or(e.day))).or_insert(None);
        if e.band == Band::Red && first_red.is_none_or(|d| e.day < d) {
            *first_red = Some(e.day);
        }
    }
    let lead_days: Vec<i64> = churns.iter().filter_map(|((_, churn), red)| red.map(|r| (*churn - r).num_days())).collect();
    let churned_never_red = churns.values().filter(|r| r.is_none()).count();

    let mut misses: Vec<Miss> = evals
        .iter()
        .filter(|e| e.outcome == Outcome::Churned && e.band == Band::Green)
        .map(|e| Miss {
            account_id: latest.accounts[e.account].external_id.clone(),
            name: latest.accounts[e.account].name.clone(),
            day: e.day.to_string(),
            score: e.score,
            churn_day: e.churn_day.map(|d| d.to_string()).unwrap_or_default(),
            drivers: green_scores.remove(&(e.account, e.day)).as_ref().map(drivers).unwrap_or_default(),
        })
        .collect();
    // One line per churn: the latest green day before it (the closest the score came to it).
    misses.sort_by(|a, b| b.day.cmp(&a.day).then(a.account_id.cmp(&b.account_id)));
    let mut seen = std::collections::HashSet::new();
    misses.retain(|m| seen.insert((m.account_id.clone(), m.churn_day.clone())));
    misses.truncate(MISSES_SHOWN);

    let mut warnings = vec![];
    if !figures.enough {
        warnings.push(
            Text::new("backtest-few-churns").arg("count", Arg::Int(figures.churned_accounts as i64)).arg("min", Arg::Int(MIN_CHURNS as i64)),
        );
    }
    if days.len() < 6 {
        warnings.push(Text::new("backtest-short-history").arg("count", Arg::Int(days.len() as i64)));
    }
    let mut groups: Vec<GroupFigures> = vec![];
    if o.by.is_some() {
        let mut names: Vec<&str> = evals.iter().filter_map(|e| e.group.as_deref()).collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            let part: Vec<&Evaluation> = evals.iter().filter(|e| e.group.as_deref() == Some(name)).collect();
            groups.push(GroupFigures { group: name.to_string(), figures: figures_of(&part, o) });
        }
    }
    Ok(Backtest {
        from: from.to_string(),
        to: to.to_string(),
        horizon_days: o.horizon,
        every_months: o.every_months,
        contraction: o.contraction,
        evaluation_days: days.iter().map(|d| d.to_string()).collect(),
        no_data,
        calibration: calibration(&evals),
        roc: stats::roc(&cases(&all, |e| e.outcome == Outcome::Churned)),
        median_lead_days: stats::median(&lead_days.iter().map(|&d| d as f64).collect::<Vec<_>>()),
        lead_days,
        churned_never_red,
        misses,
        warnings,
        by: o.by.map(|b| match b {
            GroupBy::Needs => "needs",
            GroupBy::Value => "value",
            GroupBy::Owner => "owner",
        }.to_string()),
        groups,
        figures,
    })
}
