//! Kaplan–Meier survival curves with 95% confidence bands.
//!
//! Written here because the Rust survival-analysis crates available are unmaintained or pull
//! in a dataframe stack; the estimator itself is a dozen lines.
//!
//! S(t) = Π_{tᵢ ≤ t} (1 − dᵢ / nᵢ) over the distinct event times tᵢ, with dᵢ events among nᵢ
//! at risk (censored observations at tᵢ count as still at risk at tᵢ, the usual convention).
//! Bands use Greenwood's variance on the log-log scale (Kalbfleisch & Prentice), which keeps
//! them inside [0, 1] and is the default of most statistics packages (Stata, SAS; R's
//! `conf.type = "log-log"`): S^{exp(±z·σ)} with σ² = Σ dᵢ / (nᵢ (nᵢ − dᵢ)) / (ln S)².

use serde::Serialize;

/// One subject: how long it was observed and whether the event (churn) happened then.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Observation {
    pub duration: f64,
    pub event: bool,
}

/// The curve just after one distinct time at which something happened.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Step {
    pub time: f64,
    pub at_risk: usize,
    pub events: usize,
    pub censored: usize,
    pub survival: f64,
    /// 95% band; `None` where it is undefined (S = 1 before any event, or S = 0).
    pub lower: Option<f64>,
    pub upper: Option<f64>,
}

/// A Kaplan–Meier curve.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Curve {
    pub subjects: usize,
    pub events: usize,
    pub steps: Vec<Step>,
    /// First time S drops to 0.5 or below; `None` while more than half survive.
    pub median: Option<f64>,
}

/// z for a two-sided 95% interval.
const Z95: f64 = 1.959_963_984_540_054;

impl Curve {
    /// S(t): the last step at or before t (1 before the first event).
    pub fn survival_at(&self, t: f64) -> f64 {
        self.steps.iter().take_while(|s| s.time <= t).last().map_or(1.0, |s| s.survival)
    }

    /// The step in force at t, for its band.
    pub fn step_at(&self, t: f64) -> Option<&Step> {
        self.steps.iter().take_while(|s| s.time <= t).last()
    }
}

/// Estimates the curve. Observations with a negative or non-finite duration are ignored
/// (callers validate their data; this never panics on it).
pub fn estimate(observations: &[Observation]) -> Curve {
    let mut obs: Vec<Observation> =
        observations.iter().copied().filter(|o| o.duration.is_finite() && o.duration >= 0.0).collect();
    obs.sort_by(|a, b| a.duration.total_cmp(&b.duration));
    let subjects = obs.len();
    let mut at_risk = subjects;
    let mut survival = 1.0;
    let mut greenwood = 0.0;
    let mut steps = Vec::new();
    let mut median = None;
    let mut i = 0;
    while i < obs.len() {
        let time = obs[i].duration;
        let (mut events, mut censored) = (0, 0);
        while i < obs.len() && obs[i].duration == time {
            if obs[i].event {
                events += 1
            } else {
                censored += 1
            }
            i += 1;
        }
        if events > 0 {
            let (n, d) = (at_risk as f64, events as f64);
            survival *= 1.0 - d / n;
            if at_risk > events {
                greenwood += d / (n * (n - d));
            }
        }
        let (lower, upper) = band(survival, greenwood);
        steps.push(Step { time, at_risk, events, censored, survival, lower, upper });
        if median.is_none() && survival <= 0.5 {
            median = Some(time);
        }
        at_risk -= events + censored;
    }
    let events = steps.iter().map(|s| s.events).sum();
    Curve { subjects, events, steps, median }
}

fn band(s: f64, greenwood: f64) -> (Option<f64>, Option<f64>) {
    if s <= 0.0 || s >= 1.0 {
        return (None, None);
    }
    let ln = s.ln();
    let sigma = (greenwood / (ln * ln)).sqrt();
    let k = (Z95 * sigma).exp();
    (Some(s.powf(k)), Some(s.powf(1.0 / k)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gehan's 6-MP leukaemia trial (treatment arm), the textbook example: weeks of
    /// remission, `*` = censored.
    fn gehan() -> Vec<Observation> {
        let raw = "6 6 6 6* 7 9* 10 10* 11* 13 16 17* 19* 20* 22 23 25* 32* 32* 34* 35*";
        raw.split_whitespace()
            .map(|w| Observation {
                duration: w.trim_end_matches('*').parse().unwrap(),
                event: !w.ends_with('*'),
            })
            .collect()
    }

    #[test]
    fn gehan_6mp_matches_the_published_curve() {
        let c = estimate(&gehan());
        assert_eq!((c.subjects, c.events), (21, 9));
        // Published values (e.g. Kleinbaum & Klein, Survival Analysis, table 2.2).
        for (t, s) in [(6.0, 0.857), (7.0, 0.807), (10.0, 0.753), (13.0, 0.690), (16.0, 0.627), (22.0, 0.538), (23.0, 0.448)] {
            assert!((c.survival_at(t) - s).abs() < 5e-4, "S({t}) = {} not {s}", c.survival_at(t));
        }
        assert_eq!(c.median, Some(23.0));
        assert_eq!(c.survival_at(5.9), 1.0);
        assert!((c.survival_at(40.0) - 0.448).abs() < 5e-4);
        // At 6 weeks: 21 at risk, 3 events, 1 censored.
        let s6 = c.step_at(6.0).unwrap();
        assert_eq!((s6.at_risk, s6.events, s6.censored), (21, 3, 1));
        // Log-log band at 6 weeks, by hand: Greenwood 3/(21·18) = 0.0079365, (ln 6/7)² =
        // 0.023762, σ = 0.57793, k = e^{1.96σ} = 3.1024, S^k = 0.6197, S^{1/k} = 0.9516.
        assert!((s6.lower.unwrap() - 0.6197).abs() < 5e-4, "{:?}", s6.lower);
        assert!((s6.upper.unwrap() - 0.9516).abs() < 5e-4, "{:?}", s6.upper);
        let s10 = c.step_at(10.0).unwrap();
        assert_eq!((s10.at_risk, s10.events, s10.censored), (15, 1, 1));
    }

    #[test]
    fn no_censoring_is_the_empirical_survival_function() {
        let obs: Vec<_> = [1.0, 2.0, 2.0, 3.0].iter().map(|&d| Observation { duration: d, event: true }).collect();
        let c = estimate(&obs);
        assert_eq!(c.survival_at(1.0), 0.75);
        assert_eq!(c.survival_at(2.0), 0.25);
        assert_eq!(c.survival_at(3.0), 0.0);
        assert_eq!(c.steps.last().unwrap().lower, None);
    }

    #[test]
    fn all_censored_stays_at_one_and_bad_durations_are_ignored() {
        let obs = [
            Observation { duration: 3.0, event: false },
            Observation { duration: f64::NAN, event: true },
            Observation { duration: -1.0, event: true },
        ];
        let c = estimate(&obs);
        assert_eq!((c.subjects, c.events, c.median), (1, 0, None));
        assert_eq!(c.survival_at(10.0), 1.0);
    }
}
