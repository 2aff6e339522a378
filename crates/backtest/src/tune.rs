//! Tuning: the factor weights fitted to the book's own history, checked on days the fit never
//! saw, and applied only when asked.
//!
//! The replay's evaluation days are split by time: the older ones (two thirds by default) fit
//! the weights ([`crate::fit`]), the newer ones are held out. The penalty is chosen the same
//! way inside the fit days (older part fits, newer part picks), from a short list, preferring
//! the stronger penalty on a tie. On the held-out days, the current weights' score and the
//! tuned weights' score are both ranked against the churn that followed (AUC with its bootstrap
//! interval). The tuned score is the scorecard's own formula with the new weights (a weighted
//! mean of the factors that have data), so every driver still explains itself.
//! Definitions: docs/METRICS.md, "Tuning".

use chrono::NaiveDate;
use i18n::{Arg, Text};
use metrics::health::{FACTORS, Scorecard, Tuned, Weights};
use serde::Serialize;

use crate::fit::{Row, fit};
use crate::outcome::Outcome;
use crate::replay::{Evaluation, replay};
use crate::report::{MIN_CHURNS, Options};
use crate::stats::{self, Case};
use crate::Error;

/// The penalties tried, as scikit-learn's `1/C` (C = 10, 1, 0.1, 0.01).
const PENALTIES: [f64; 4] = [0.1, 1.0, 10.0, 100.0];

#[derive(Debug, Clone)]
pub struct TuneOptions {
    pub backtest: Options,
    /// Share of the evaluation days, the newest, held out to judge the weights (default 1/3).
    pub holdout: f64,
}

impl Default for TuneOptions {
    fn default() -> Self {
        TuneOptions { backtest: Options::default(), holdout: 1.0 / 3.0 }
    }
}

/// One factor's weight before and after.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FactorWeight {
    pub key: String,
    pub label: Text,
    pub current: f64,
    pub tuned: f64,
}

/// The evaluation days on one side of the split.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Split {
    pub from: String,
    pub to: String,
    pub days: usize,
    pub evaluations: usize,
    pub churned: usize,
    pub churned_accounts: usize,
}

/// A score's churn AUC on the held-out days, with its bootstrap 95% interval.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct HeldOut {
    pub auc: Option<f64>,
    pub auc_low: Option<f64>,
    pub auc_high: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Tuning {
    pub horizon_days: u32,
    pub fit: Split,
    pub test: Split,
    pub weights: Vec<FactorWeight>,
    /// The held-out AUC of the weights in use and of the tuned ones.
    pub current: HeldOut,
    pub tuned: HeldOut,
    /// The penalty the fit chose (scikit-learn's 1/C).
    pub penalty: f64,
    /// The tuned weights rank the held-out churns better than the current ones.
    pub better: bool,
    /// Plain statements about how far to trust the result.
    pub warnings: Vec<Text>,
}

fn rows(evals: &[&Evaluation]) -> Vec<Row> {
    evals.iter().map(|e| Row { factors: e.factors, churned: e.outcome == Outcome::Churned }).collect()
}

/// The scorecard's score with `weights`: the weighted mean of the factors with data, 0-100,
/// rounded as the score is (metrics::health::score).
pub fn score_with(weights: &[f64; 8], factors: &[Option<f64>; 8]) -> f64 {
    let (mut points, mut available) = (0.0, 0.0);
    for (w, x) in weights.iter().zip(factors) {
        if let Some(x) = x {
            points += w * x;
            available += w;
        }
    }
    if available > 0.0 { (100.0 * points / available).round().clamp(0.0, 100.0) } else { 0.0 }
}

fn cases(evals: &[&Evaluation], weights: &[f64; 8]) -> Vec<Case> {
    crate::replay::cases(evals, |e| 100.0 - score_with(weights, &e.factors), |e| e.outcome == Outcome::Churned)
}

fn auc_of(evals: &[&Evaluation], weights: &[f64; 8]) -> Option<f64> {
    stats::auc(&cases(evals, weights))
}

fn held_out(evals: &[&Evaluation], weights: &[f64; 8], o: &Options) -> HeldOut {
    let cs = cases(evals, weights);
    let (auc_low, auc_high) = stats::auc_interval(&cs, o.resamples, o.seed).unzip();
    HeldOut { auc: stats::auc(&cs), auc_low, auc_high }
}

/// Weights from a fit, as the scorecard keeps them: summing to 100, one decimal.
fn weights_of(beta: &[f64; 8]) -> Option<[f64; 8]> {
    let total: f64 = beta.iter().sum();
    (total > 1e-6).then(|| beta.map(|b| (1000.0 * b / total).round() / 10.0))
}

/// Splits `days` by time: the oldest `1 - holdout` share, then the rest (each at least one day).
fn split_days(days: &[NaiveDate], holdout: f64) -> Option<(NaiveDate, NaiveDate)> {
    if days.len() < 2 {
        return None;
    }
    let fit = ((days.len() as f64) * (1.0 - holdout)).round().clamp(1.0, (days.len() - 1) as f64) as usize;
    Some((days[fit - 1], days[fit]))
}

fn split(evals: &[&Evaluation]) -> Split {
    let mut days: Vec<NaiveDate> = evals.iter().map(|e| e.day).collect();
    days.sort_unstable();
    days.dedup();
    let mut churned: Vec<usize> = evals.iter().filter(|e| e.outcome == Outcome::Churned).map(|e| e.account).collect();
    let churned_evals = churned.len();
    churned.sort_unstable();
    churned.dedup();
    Split {
        from: days.first().map(|d| d.to_string()).unwrap_or_default(),
        to: days.last().map(|d| d.to_string()).unwrap_or_default(),
        days: days.len(),
        evaluations: evals.len(),
        churned: churned_evals,
        churned_accounts: churned.len(),
    }
}

/// Picks the penalty on the fit days (older part fits, newer part judges), then fits on all of
/// them. `None` when no churn falls in the fit days.
fn choose_and_fit(fit_evals: &[&Evaluation]) -> Option<(f64, [f64; 8])> {
    let mut days: Vec<NaiveDate> = fit_evals.iter().map(|e| e.day).collect();
    days.sort_unstable();
    days.dedup();
    let mut penalty = PENALTIES[1];
    if let Some((last_inner, _)) = split_days(&days, 1.0 / 3.0) {
        let (inner, check): (Vec<&Evaluation>, Vec<&Evaluation>) = fit_evals.iter().partition(|e| e.day <= last_inner);
        let mut best = f64::NEG_INFINITY;
        // Strongest penalty first: a weaker one must do strictly better to be chosen.
        for &p in PENALTIES.iter().rev() {
            let auc = fit(&rows(&inner), p).and_then(|f| weights_of(&f.beta)).and_then(|w| auc_of(&check, &w));
            if let Some(a) = auc.filter(|a| *a > best + 1e-9) {
                (best, penalty) = (a, p);
            }
        }
    }
    let f = fit(&rows(fit_evals), penalty)?;
    Some((penalty, weights_of(&f.beta)?))
}

/// Fits the weights to the history and compares them with `settings`' on held-out days.
pub async fn tune(ws: &store::Workspace, settings: &metrics::Settings, segments: &segments::SegmentSettings, o: &TuneOptions) -> Result<Tuning, Error> {
    let r = replay(ws, settings, segments, &o.backtest, false).await?;
    let Some((last_fit, _)) = split_days(&r.days, o.holdout) else {
        return Err(Error::Input(Text::new("tune-too-few-days").arg("count", Arg::Int(r.days.len() as i64))));
    };
    let (fit_evals, test_evals): (Vec<&Evaluation>, Vec<&Evaluation>) = r.evals.iter().partition(|e| e.day <= last_fit);
    let w = &settings.scorecard.weights;
    let current: [f64; 8] = FACTORS.map(|k| w.get(k).unwrap_or(0.0));
    let (fit_split, test_split) = (split(&fit_evals), split(&test_evals));
    let mut warnings = vec![];
    let (penalty, tuned) = match choose_and_fit(&fit_evals) {
        Some(found) => found,
        None => {
            warnings.push(Text::new("tune-no-signal"));
            (0.0, current)
        }
    };
    if fit_split.churned_accounts < MIN_CHURNS || test_split.churned_accounts < MIN_CHURNS / 2 {
        warnings.push(
            Text::new("tune-few-churns")
                .arg("fit", Arg::Int(fit_split.churned_accounts as i64))
                .arg("test", Arg::Int(test_split.churned_accounts as i64))
                .arg("min", Arg::Int(MIN_CHURNS as i64)),
        );
    }
    let (now, after) = (held_out(&test_evals, &current, &o.backtest), held_out(&test_evals, &tuned, &o.backtest));
    let better = tuned != current && matches!((now.auc, after.auc), (Some(a), Some(b)) if b > a);
    if !better && tuned != current {
        warnings.push(Text::new("tune-not-better"));
    }
    Ok(Tuning {
        horizon_days: o.backtest.horizon,
        weights: FACTORS
            .iter()
            .zip(current.iter().zip(&tuned))
            .map(|(k, (c, t))| FactorWeight { key: k.to_string(), label: metrics::health::factor_label(k), current: *c, tuned: *t })
            .collect(),
        fit: fit_split,
        test: test_split,
        current: now,
        tuned: after,
        penalty,
        better,
        warnings,
    })
}

impl Tuning {
    /// `card` with the tuned weights and the record of where they came from; refused when they
    /// did not beat the current weights on the held-out days.
    pub fn apply(&self, card: &Scorecard, applied_at: String) -> Result<Scorecard, Error> {
        if !self.better {
            return Err(Error::Input(Text::new("tune-refused")));
        }
        let mut weights = Weights::default();
        for f in &self.weights {
            if let Some(slot) = weights.slot(&f.key) {
                *slot = f.tuned;
            }
        }
        let tuned = Tuned {
            applied_at,
            fit_from: self.fit.from.clone(),
            fit_to: self.fit.to.clone(),
            test_from: self.test.from.clone(),
            test_to: self.test.to.clone(),
            horizon_days: self.horizon_days,
            evaluations: self.fit.evaluations,
            churned: self.fit.churned,
            auc_before: self.current.auc,
            auc_after: self.tuned.auc,
            penalty: self.penalty,
        };
        let out = Scorecard { weights, tuned: Some(tuned), ..card.clone() };
        out.validate()?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_with_reweights_missing_factors_and_rounds() {
        let w = [20.0, 15.0, 15.0, 15.0, 15.0, 10.0, 5.0, 5.0];
        let all = [Some(1.0); 8];
        assert_eq!(score_with(&w, &all), 100.0);
        // NPS and milestones missing: the others' weights (85) make the whole.
        let f = [Some(0.5), Some(1.0), Some(0.0), Some(1.0), Some(1.0), None, Some(0.2), None];
        let expected = (100.0 * (20.0 * 0.5 + 15.0 + 0.0 + 15.0 + 15.0 + 5.0 * 0.2) / 85.0_f64).round();
        assert_eq!(score_with(&w, &f), expected);
    }

    #[test]
    fn weights_sum_to_100_and_split_keeps_both_sides() {
        let w = weights_of(&[2.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0]).unwrap();
        assert_eq!(w, [50.0, 0.0, 25.0, 25.0, 0.0, 0.0, 0.0, 0.0]);
        assert!(weights_of(&[0.0; 8]).is_none());
        let days: Vec<NaiveDate> = (1..=24).map(|m| NaiveDate::from_ymd_opt(2024 + (m - 1) / 12, ((m - 1) % 12 + 1) as u32, 1).unwrap()).collect();
        let (last_fit, first_test) = split_days(&days, 1.0 / 3.0).unwrap();
        assert_eq!((last_fit, first_test), (days[15], days[16]));
        assert_eq!(split_days(&days[..2], 0.9).unwrap(), (days[0], days[1]));
        assert!(split_days(&days[..1], 0.3).is_none());
    }
}
