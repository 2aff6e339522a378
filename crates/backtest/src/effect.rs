//! Which playbooks work: did the accounts whose playbook tasks were done churn less than
//! comparable accounts where the same trigger held but nothing was done?
//!
//! Each playbook's trigger is replayed on past month ends from the data of that day (the
//! metrics engine's as-of path, and the trigger code a run uses: [`playbooks::run::Matcher`]),
//! and what followed is compared between the episodes a CSM acted on and those nobody did.
//!
//! - **Evaluation days**: every month end from two months after the first subscription (or
//!   `from`) to the last one whose horizon the data covers (or `to`), as the health backtest
//!   chooses them ([`crate::replay`]) but not only the latest 24: a playbook's evidence is thin
//!   and every episode counts.
//! - **Meets the trigger** on a day: the account pays that day (MRR > 0: a churn outcome needs
//!   a customer to lose) and the playbook would fire for it in a run as of that day (trigger
//!   and `only_if`, enabled or not: a disabled playbook's past tasks still tell).
//! - **Episode**: an account's first evaluation day meeting the trigger, and again a day
//!   meeting it when no earlier evaluation day within `episode_gap_days` (90) before it met
//!   it (day − previous meeting day > 90 days). An account stuck in one condition for a year
//!   is one episode, not twelve.
//! - **Treated**: a task of that playbook for that account was completed on a day c with
//!   `day − lookback_days ≤ c ≤ day + due_window_days` (defaults 30 and 30; days inclusive).
//!   The look-back is there because a daily run fires on the day the condition starts, up to a
//!   month before the month end that samples it; the due window gives the tasks time to be
//!   done. **Control**: the trigger held and no task of that playbook for that account was
//!   completed in that window (open, late or never created).
//! - **Outcomes** from the episode's day: churned within `horizon` (90) days
//!   ([`crate::outcome`], from the latest book), and health change = score on day + horizon
//!   minus score on the day (both replayed; `None` when either is missing).
//! - **Comparison** ([`strata`]): only within strata of accounts alike on the day (needs
//!   segment, health band, renewal within the horizon or not), weighted by the treated count
//!   of each stratum (the effect on the treated), with a 95% bootstrap interval over accounts.
//!
//! This is observational, not an experiment: CSMs choose which tasks to do, and the strata
//! only adjust for what they name. One bias is built in and favours the treated: an account
//! that churned before its task could be done counts as control. So a lower churn is evidence
//! to look closer, and only a difference whose interval excludes zero, over at least
//! [`MIN_MATCHED`] matched episodes on each side, is called evidence at all.

mod strata;

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, NaiveDate};
use i18n::{Arg, Text};
use metrics::{Book, Scope};
use serde::Serialize;

use crate::Error;
use crate::outcome::{Outcome, outcome};
use crate::replay::{earliest_day, month_ends, window};
use crate::report::Options;
pub use strata::{Episode, Estimate, estimate};

/// Fewer matched treated or control episodes than this and the effect is not called evidence.
pub const MIN_MATCHED: usize = 10;

#[derive(Debug, Clone)]
pub struct EffectOptions {
    /// Days after an episode's day in which a churn counts and at which health is read (90).
    pub horizon: u32,
    /// First and last evaluation day; default: every month end the history allows.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// A task completed this many days before the episode's day still treats it (30).
    pub lookback_days: u32,
    /// ... and this many days after it (30).
    pub due_window_days: u32,
    /// Days without meeting the trigger after which it starts a new episode (90).
    pub episode_gap_days: u32,
    pub resamples: usize,
    pub seed: u64,
}

impl Default for EffectOptions {
    fn default() -> Self {
        EffectOptions { horizon: 90, from: None, to: None, lookback_days: 30, due_window_days: 30, episode_gap_days: 90, resamples: 1_000, seed: 20_261_206 }
    }
}

/// One playbook's record: its episodes, treated against control.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PlaybookEffect {
    pub key: String,
    /// The stored name (the English one for a built-in).
    pub name: String,
    /// A built-in's name in the reader's language.
    pub label: Option<Text>,
    pub enabled: bool,
    /// Episodes with a task done in the window, and without.
    pub treated: usize,
    pub control: usize,
    /// Episodes in strata holding both groups: the ones compared.
    pub matched_treated: usize,
    pub matched_control: usize,
    /// Churn rate of the matched treated episodes, and the control churn rate of their strata
    /// weighted as the treated are (so the difference is the one below).
    pub churn_treated: Option<f64>,
    pub churn_control: Option<f64>,
    /// Treated minus control churn rate (−0.08 = 8 points less churn), with its 95% interval.
    pub churn_difference: Option<f64>,
    pub churn_low: Option<f64>,
    pub churn_high: Option<f64>,
    /// Treated minus control mean health change over the horizon, in score points.
    pub health_difference: Option<f64>,
    pub health_low: Option<f64>,
    pub health_high: Option<f64>,
    /// The churn interval excludes zero and each side has at least [`MIN_MATCHED`] matched
    /// episodes.
    pub enough_evidence: bool,
    pub verdict: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Effects {
    pub from: String,
    pub to: String,
    pub horizon_days: u32,
    pub lookback_days: u32,
    pub due_window_days: u32,
    pub episode_gap_days: u32,
    pub evaluation_days: Vec<String>,
    pub resamples: usize,
    pub playbooks: Vec<PlaybookEffect>,
}

/// An account on an evaluation day where some playbook's trigger held.
struct Situation {
    stratum: usize,
    churned: bool,
    health_change: Option<f64>,
}

/// The positions in `met` (ascending days meeting the trigger) that start an episode.
fn episode_starts(met: &[NaiveDate], gap_days: u32) -> Vec<usize> {
    (0..met.len()).filter(|&k| k == 0 || (met[k] - met[k - 1]).num_days() > i64::from(gap_days)).collect()
}

/// Whether a completion in `done` falls in `[day − lookback, day + due_window]`.
fn treated(done: &[NaiveDate], day: NaiveDate, lookback: u32, due_window: u32) -> bool {
    let (first, last) = (day - Days::new(u64::from(lookback)), day + Days::new(u64::from(due_window)));
    done.iter().any(|c| first <= *c && *c <= last)
}

/// Replays every playbook's trigger over history and compares treated with control episodes.
pub async fn effects(ws: &store::Workspace, settings: &metrics::Settings, segments: &segments::SegmentSettings, o: &EffectOptions) -> Result<Effects, Error> {
    let data_end = metrics::engine::latest_data_day(ws).await?.ok_or_else(|| Error::Input(Text::new("backtest-no-data")))?;
    let latest = Book::load(ws, data_end, Scope::All).await?;
    let from = match o.from {
        Some(d) => d,
        None => earliest_day(ws, &latest).await?,
    };
    let (from, to) = window(from, data_end, &Options { horizon: o.horizon, from: Some(from), to: o.to, every_months: 1, ..Options::default() })?;
    let days = month_ends(from, to, 1);
    let index: HashMap<&str, usize> = latest.accounts.iter().enumerate().map(|(i, a)| (a.external_id.as_str(), i)).collect();
    let all = playbooks::library::current(ws).await?;
    let mut done: HashMap<(String, String), Vec<NaiveDate>> = HashMap::new();
    for c in playbooks::tasks::completions(ws).await? {
        done.entry((c.playbook, c.account_id)).or_default().push(c.day);
    }

    let mut strata: HashMap<(String, &str, bool), usize> = HashMap::new();
    let mut situations: HashMap<(usize, usize), Situation> = HashMap::new();
    // Per playbook: each account's evaluation days (indices into `days`) meeting the trigger.
    let mut met: Vec<BTreeMap<usize, Vec<usize>>> = vec![BTreeMap::new(); all.len()];
    for (d, &day) in days.iter().enumerate() {
        // The analysis a run as of that day would see (with the 28-day trend alerts read).
        let analysis = metrics::analyze(ws, day, Scope::All, settings).await?;
        let needs = segments::segmentation::needs_labels(&analysis, &segments.needs)?.0;
        let matcher = playbooks::run::Matcher::new(all.iter().collect(), &analysis, segments, Some(&needs))?;
        let mut later: Option<HashMap<String, u8>> = None;
        for (i, v) in analysis.accounts.iter().enumerate() {
            let Some(&account) = index.get(v.account_id.as_str()) else { continue };
            if v.mrr <= 0.0 {
                continue;
            }
            let hits: Vec<usize> = (0..all.len()).filter(|&p| !matcher.firings(p, i).is_empty()).collect();
            if hits.is_empty() {
                continue;
            }
            if later.is_none() {
                let book = Book::load(ws, day + Days::new(u64::from(o.horizon)), Scope::All).await?;
                let scores = metrics::engine::health_scores(&book, &settings.scorecard);
                later = Some(scores.into_iter().filter_map(|h| Some((h.account_id, h.score?))).collect());
            }
            let after = later.as_ref().and_then(|l| l.get(&v.account_id)).copied();
            let renewal_soon = v
                .renewal
                .as_deref()
                .and_then(|r| NaiveDate::parse_from_str(r, "%Y-%m-%d").ok())
                .is_some_and(|r| (0..=i64::from(o.horizon)).contains(&(r - day).num_days()));
            let next = strata.len();
            let stratum = *strata.entry((needs[i].clone(), v.health.band.as_str(), renewal_soon)).or_insert(next);
            let churned = outcome(&latest, account, day, o.horizon, Options::default().contraction).0 == Outcome::Churned;
            let health_change = v.health.score.zip(after).map(|(now, then)| f64::from(then) - f64::from(now));
            situations.insert((d, account), Situation { stratum, churned, health_change });
            for p in hits {
                met[p].entry(account).or_default().push(d);
            }
        }
    }

    let mut out = vec![];
    for (p, book) in all.iter().enumerate() {
        let mut episodes = vec![];
        for (&account, met_days) in &met[p] {
            let key = (book.key.clone(), latest.accounts[account].external_id.clone());
            let completions = done.get(&key).map(Vec::as_slice).unwrap_or(&[]);
            let dates: Vec<NaiveDate> = met_days.iter().map(|&d| days[d]).collect();
            for k in episode_starts(&dates, o.episode_gap_days) {
                let s = &situations[&(met_days[k], account)];
                let treated = treated(completions, dates[k], o.lookback_days, o.due_window_days);
                episodes.push(Episode { cluster: account, stratum: s.stratum, treated, churned: s.churned, health_change: s.health_change });
            }
        }
        let e = estimate(&episodes, o.resamples, o.seed);
        let (enough_evidence, verdict) = verdict(&e);
        out.push(PlaybookEffect {
            key: book.key.clone(),
            name: book.name.clone(),
            label: if book.builtin { playbooks::defaults::name_text(&book.key) } else { None },
            enabled: book.enabled,
            treated: e.treated,
            control: e.control,
            matched_treated: e.matched_treated,
            matched_control: e.matched_control,
            churn_treated: e.churn_treated,
            churn_control: e.churn_control,
            churn_difference: e.churn_difference,
            churn_low: e.churn_interval.map(|i| i.0),
            churn_high: e.churn_interval.map(|i| i.1),
            health_difference: e.health_difference,
            health_low: e.health_interval.map(|i| i.0),
            health_high: e.health_interval.map(|i| i.1),
            enough_evidence,
            verdict,
        });
    }
    Ok(Effects {
        from: from.to_string(),
        to: to.to_string(),
        horizon_days: o.horizon,
        lookback_days: o.lookback_days,
        due_window_days: o.due_window_days,
        episode_gap_days: o.episode_gap_days,
        evaluation_days: days.iter().map(|d| d.to_string()).collect(),
        resamples: o.resamples,
        playbooks: out,
    })
}

/// Whether the estimate is evidence, and the sentence saying what it shows (`effect-*`,
/// locales/*/backtest.ftl). Differences are stated in percentage points of churn.
fn verdict(e: &Estimate) -> (bool, Text) {
    let points = |x: f64| Arg::Number { value: x * 100.0, decimals: 1 };
    let count = |n: usize| Arg::Int(n as i64);
    if e.treated + e.control == 0 {
        return (false, Text::new("effect-no-episodes"));
    }
    if e.treated == 0 {
        return (false, Text::new("effect-no-treated").arg("control", count(e.control)));
    }
    let Some(diff) = e.churn_difference else {
        return (false, Text::new("effect-no-comparison").arg("treated", count(e.treated)).arg("control", count(e.control)));
    };
    if e.matched_treated < MIN_MATCHED || e.matched_control < MIN_MATCHED {
        let t = Text::new("effect-too-few").arg("treated", count(e.matched_treated)).arg("control", count(e.matched_control));
        return (false, t.arg("min", count(MIN_MATCHED)));
    }
    let Some((low, high)) = e.churn_interval else {
        return (false, Text::new("effect-no-interval").arg("points", points(diff)));
    };
    let key = if high < 0.0 {
        "effect-lower-churn"
    } else if low > 0.0 {
        "effect-higher-churn"
    } else {
        "effect-not-enough-evidence"
    };
    let shown = if key == "effect-not-enough-evidence" { diff } else { diff.abs() };
    let churn = |key: &'static str| Text::new(key).arg("points", points(shown)).arg("low", points(low)).arg("high", points(high));
    if key != "effect-not-enough-evidence" {
        return (true, churn(key));
    }
    // Churn is rare within a horizon, health moves for everyone: a playbook can show its worth
    // (or harm) on health while churn stays too rare to judge.
    let score = |x: f64| Arg::Number { value: x, decimals: 1 };
    match (e.health_difference, e.health_interval) {
        (Some(h), Some((hl, hh))) if hl > 0.0 || hh < 0.0 => {
            let key = if hl > 0.0 { "effect-better-health" } else { "effect-worse-health" };
            (true, churn(key).arg("health", score(h.abs())).arg("health_low", score(hl)).arg("health_high", score(hh)))
        }
        _ => (false, churn(key)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_new_episode_needs_more_than_the_gap_without_the_trigger() {
        let met = ["2025-01-31", "2025-02-28", "2025-03-31", "2025-06-30", "2025-07-31", "2025-11-30"].map(day);
        // 03-31 → 06-30 is 91 days: a new episode; 07-31 → 11-30 is 122 days: another.
        assert_eq!(episode_starts(&met, 90), vec![0, 3, 5]);
        // Exactly 90 days (11-30 → 02-28) is not more than the gap: the same episode.
        assert_eq!(episode_starts(&["2024-11-30", "2025-02-28"].map(day), 90), vec![0]);
        assert_eq!(episode_starts(&[], 90), Vec::<usize>::new());
    }

    #[test]
    fn treatment_is_a_completion_from_the_look_back_to_the_due_window_inclusive() {
        let d = day("2025-03-31");
        assert!(treated(&[day("2025-03-01")], d, 30, 30), "30 days before");
        assert!(treated(&[day("2025-04-30")], d, 30, 30), "30 days after");
        assert!(!treated(&[day("2025-02-28")], d, 30, 30), "31 days before");
        assert!(!treated(&[day("2025-05-01")], d, 30, 30), "31 days after");
        assert!(treated(&[day("2024-01-01"), d], d, 0, 0));
        assert!(!treated(&[], d, 30, 30));
    }

    fn estimate_with(matched: usize, diff: f64, interval: Option<(f64, f64)>) -> Estimate {
        Estimate {
            treated: matched,
            control: matched,
            matched_treated: matched,
            matched_control: matched,
            churn_difference: Some(diff),
            churn_interval: interval,
            ..Estimate::default()
        }
    }

    #[test]
    fn the_verdict_calls_evidence_only_an_interval_clear_of_zero_over_enough_episodes() {
        let lower = verdict(&estimate_with(40, -0.12, Some((-0.2, -0.04))));
        assert!(lower.0);
        assert_eq!(lower.1.render(i18n::Lang::En), "Accounts whose tasks were done churned 12 percentage points less than comparable accounts where they were not (95% interval -20 to -4 points).");
        let spans = verdict(&estimate_with(40, -0.05, Some((-0.12, 0.02))));
        assert_eq!((spans.0, &*spans.1.key), (false, "effect-not-enough-evidence"));
        assert_eq!(verdict(&estimate_with(40, 0.1, Some((0.02, 0.2)))).1.key, "effect-higher-churn");
        // Churn too rare to judge, health clearly better (or worse): that is the evidence.
        let health = |d: f64, i: (f64, f64)| Estimate { health_difference: Some(d), health_interval: Some(i), ..estimate_with(40, -0.05, Some((-0.12, 0.02))) };
        let better = verdict(&health(4.0, (1.5, 6.5)));
        assert_eq!((better.0, &*better.1.key), (true, "effect-better-health"));
        assert!(better.1.render(i18n::Lang::En).contains("rose 4 score points more"), "{}", better.1.render(i18n::Lang::En));
        assert_eq!(verdict(&health(-3.0, (-5.0, -1.0))).1.key, "effect-worse-health");
        assert_eq!(verdict(&health(1.0, (-1.0, 3.0))), spans.clone());
        let few = verdict(&estimate_with(9, -0.5, Some((-0.7, -0.3))));
        assert_eq!((few.0, &*few.1.key), (false, "effect-too-few"));
        assert_eq!(verdict(&Estimate::default()).1.key, "effect-no-episodes");
        let unmatched = Estimate { treated: 3, control: 4, ..Estimate::default() };
        assert_eq!(verdict(&unmatched).1.key, "effect-no-comparison");
        let untreated = Estimate { control: 4, ..Estimate::default() };
        assert_eq!(verdict(&untreated).1.key, "effect-no-treated");
        for lang in i18n::Lang::ALL {
            for v in [lower.1.clone(), spans.1.clone(), few.1.clone(), verdict(&unmatched).1, verdict(&untreated).1] {
                let s = v.render(lang);
                assert!(!s.contains("effect-") && !s.contains('{'), "{lang}: {s}");
            }
        }
    }
}
