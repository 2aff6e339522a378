//! The statistics of a playbook's effect, apart from the workspace so they can be checked
//! against hand-computed numbers: treated and control episodes are compared only within a
//! stratum (accounts alike on the day: same needs segment, health band and renewal window),
//! and the per-stratum differences are averaged with the treated counts as weights. That is
//! the *effect on the treated*: what the playbook changed for the kind of accounts it was
//! actually carried out for, not for a population it never reached.
//!
//! The interval is a cluster bootstrap over *accounts* ([`crate::stats::cluster_bootstrap`],
//! as the backtest's AUC): one account's successive episodes are not independent, and
//! resampling episodes one by one would give intervals that are too narrow.

use std::collections::BTreeMap;

use crate::stats::{cluster_bootstrap, percentile_interval};

/// One episode as the statistics see it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Episode {
    /// The account: an account's episodes are resampled together.
    pub cluster: usize,
    /// Episodes are compared only with episodes of the same stratum.
    pub stratum: usize,
    /// A task of the playbook was completed in the episode's window.
    pub treated: bool,
    /// Churned within the horizon after the episode's day.
    pub churned: bool,
    /// Health score at day + horizon minus on the day; `None` when either is missing.
    pub health_change: Option<f64>,
}

/// Treated against control, stratified. Churn figures are over the *matched* episodes (in
/// strata holding both groups): `churn_treated` is the matched treated episodes' churn rate,
/// `churn_control` the control churn rate of each stratum weighted by its treated count (what
/// the treated would have shown had they churned like comparable untreated accounts), so
/// `churn_difference = churn_treated - churn_control` exactly.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Estimate {
    pub treated: usize,
    pub control: usize,
    /// Episodes in strata that hold both treated and control episodes.
    pub matched_treated: usize,
    pub matched_control: usize,
    pub churn_treated: Option<f64>,
    pub churn_control: Option<f64>,
    /// Σ_s n_T,s (churn_T,s − churn_C,s) / Σ_s n_T,s over the matched strata s.
    pub churn_difference: Option<f64>,
    /// 95% cluster-bootstrap percentile interval of `churn_difference`.
    pub churn_interval: Option<(f64, f64)>,
    /// The same weighted difference of mean health change, over the episodes that have one
    /// (weights: treated episodes with a health change, in strata where both groups have one).
    pub health_difference: Option<f64>,
    pub health_interval: Option<(f64, f64)>,
}

/// Weighted sums of one stratum (weights are 1 for the estimate, the account's draw count in
/// a bootstrap resample).
#[derive(Debug, Clone, Copy, Default)]
struct Cell {
    treated: f64,
    treated_churned: f64,
    control: f64,
    control_churned: f64,
    treated_health: f64,
    treated_health_sum: f64,
    control_health: f64,
    control_health_sum: f64,
}

fn cells(episodes: &[Episode], strata: usize, weight: impl Fn(&Episode) -> f64) -> Vec<Cell> {
    let mut out = vec![Cell::default(); strata];
    for e in episodes {
        let w = weight(e);
        if w == 0.0 {
            continue;
        }
        let c = &mut out[e.stratum];
        let churned = if e.churned { w } else { 0.0 };
        if e.treated {
            c.treated += w;
            c.treated_churned += churned;
        } else {
            c.control += w;
            c.control_churned += churned;
        }
        if let Some(h) = e.health_change {
            if e.treated {
                c.treated_health += w;
                c.treated_health_sum += w * h;
            } else {
                c.control_health += w;
                c.control_health_sum += w * h;
            }
        }
    }
    out
}

/// (churn of the matched treated, standardised control churn) and the health difference;
/// `None` for a figure no stratum can compare.
fn point(cells: &[Cell]) -> (Option<(f64, f64)>, Option<f64>) {
    let (mut weight, mut treated, mut control) = (0.0, 0.0, 0.0);
    let (mut h_weight, mut h_sum) = (0.0, 0.0);
    for c in cells {
        if c.treated > 0.0 && c.control > 0.0 {
            weight += c.treated;
            treated += c.treated_churned;
            control += c.treated * c.control_churned / c.control;
        }
        if c.treated_health > 0.0 && c.control_health > 0.0 {
            h_weight += c.treated_health;
            h_sum += c.treated_health * (c.treated_health_sum / c.treated_health - c.control_health_sum / c.control_health);
        }
    }
    ((weight > 0.0).then(|| (treated / weight, control / weight)), (h_weight > 0.0).then(|| h_sum / h_weight))
}

/// The stratified comparison of `episodes` with a seeded 95% bootstrap interval from
/// `resamples` resamples of accounts (clusters).
pub fn estimate(episodes: &[Episode], resamples: usize, seed: u64) -> Estimate {
    let strata = episodes.iter().map(|e| e.stratum + 1).max().unwrap_or(0);
    let base = cells(episodes, strata, |_| 1.0);
    let (churn, health_difference) = point(&base);
    let matched = |e: &&Episode| base[e.stratum].treated > 0.0 && base[e.stratum].control > 0.0;
    // Accounts numbered 0..k for the bootstrap's draw counts.
    let mut clusters: BTreeMap<usize, usize> = BTreeMap::new();
    for e in episodes {
        let next = clusters.len();
        clusters.entry(e.cluster).or_insert(next);
    }
    let draws = cluster_bootstrap(clusters.len(), resamples, seed, |counts| point(&cells(episodes, strata, |e| counts[clusters[&e.cluster]])));
    let churn_values = draws.iter().filter_map(|(c, _)| c.map(|(t, c)| t - c)).collect();
    let health_values = draws.iter().filter_map(|(_, h)| *h).collect();
    Estimate {
        treated: episodes.iter().filter(|e| e.treated).count(),
        control: episodes.iter().filter(|e| !e.treated).count(),
        matched_treated: episodes.iter().filter(matched).filter(|e| e.treated).count(),
        matched_control: episodes.iter().filter(matched).filter(|e| !e.treated).count(),
        churn_treated: churn.map(|c| c.0),
        churn_control: churn.map(|c| c.1),
        churn_difference: churn.map(|(t, c)| t - c),
        churn_interval: churn.and(percentile_interval(churn_values, resamples)),
        health_difference,
        health_interval: health_difference.and(percentile_interval(health_values, resamples)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` episodes of one group in one stratum, `churned` of them churned, each its own
    /// account numbered from `first`, all with the same health change.
    fn group(first: usize, stratum: usize, treated: bool, n: usize, churned: usize, health: Option<f64>) -> Vec<Episode> {
        (0..n).map(|i| Episode { cluster: first + i, stratum, treated, churned: i < churned, health_change: health }).collect()
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-12)
    }

    /// Stratum 0: treated 1 churn in 4 (25%), control 2 in 4 (50%): −25 points, weight 4.
    /// Stratum 1: treated 0 in 2, control 3 in 6 (50%): −50 points, weight 2.
    /// Stratum 2: treated only, left out of the comparison.
    /// Effect on the treated: (4 × −0.25 + 2 × −0.5) / 6 = −1/3.
    #[test]
    fn two_strata_give_the_treated_weighted_difference() {
        let mut e = vec![];
        e.extend(group(0, 0, true, 4, 1, Some(5.0)));
        e.extend(group(10, 0, false, 4, 2, Some(-5.0)));
        e.extend(group(20, 1, true, 2, 0, Some(2.0)));
        e.extend(group(30, 1, false, 6, 3, Some(0.0)));
        e.extend(group(40, 2, true, 3, 3, Some(-40.0)));
        let r = estimate(&e, 200, 1);
        assert_eq!((r.treated, r.control, r.matched_treated, r.matched_control), (9, 10, 6, 10));
        assert!(close(r.churn_difference, -1.0 / 3.0), "{:?}", r.churn_difference);
        // Matched treated: 1 churn in 6; control standardised to their mix: (4 × 0.5 + 2 × 0.5) / 6.
        assert!(close(r.churn_treated, 1.0 / 6.0) && close(r.churn_control, 0.5));
        // Health: (4 × (5 − (−5)) + 2 × (2 − 0)) / 6 = 44 / 6.
        assert!(close(r.health_difference, 44.0 / 6.0), "{:?}", r.health_difference);
        let (lo, hi) = r.churn_interval.unwrap();
        assert!(lo <= -1.0 / 3.0 && -1.0 / 3.0 <= hi);
    }

    #[test]
    fn health_is_compared_only_where_both_groups_have_a_change() {
        let mut e = vec![];
        e.extend(group(0, 0, true, 2, 0, Some(10.0)));
        e.extend(group(10, 0, false, 2, 1, None));
        e.extend(group(20, 1, true, 1, 0, Some(4.0)));
        e.extend(group(30, 1, false, 1, 0, Some(1.0)));
        let r = estimate(&e, 0, 1);
        assert!(close(r.health_difference, 3.0), "only stratum 1 compares health: {:?}", r.health_difference);
        assert!(close(r.churn_difference, (2.0 * -0.5 + 0.0) / 3.0));
        assert_eq!((r.churn_interval, r.health_interval), (None, None), "no resamples, no interval");
    }

    #[test]
    fn no_stratum_with_both_groups_gives_no_difference() {
        let mut e = group(0, 0, true, 5, 1, None);
        e.extend(group(10, 1, false, 5, 2, None));
        let r = estimate(&e, 100, 1);
        assert_eq!((r.treated, r.control, r.matched_treated, r.matched_control), (5, 5, 0, 0));
        assert_eq!((r.churn_difference, r.churn_interval, r.health_difference), (None, None, None));
        assert_eq!(estimate(&[], 100, 1), Estimate::default());
    }

    /// The same churn rate in both groups (one in four, in two strata): the point is 0 and the
    /// interval spans it. Treated never churning against half the controls: it excludes 0.
    #[test]
    fn the_interval_spans_zero_for_a_null_effect_and_not_for_a_strong_one() {
        let mut null = vec![];
        for s in 0..2 {
            null.extend(group(s * 1_000, s, true, 60, 15, None));
            null.extend(group(s * 1_000 + 500, s, false, 80, 20, None));
        }
        let r = estimate(&null, 1_000, 7);
        assert!(close(r.churn_difference, 0.0), "{:?}", r.churn_difference);
        let (lo, hi) = r.churn_interval.unwrap();
        assert!(lo < 0.0 && hi > 0.0, "{lo}..{hi}");

        let mut strong = vec![];
        for s in 0..2 {
            strong.extend(group(s * 1_000, s, true, 60, 0, None));
            strong.extend(group(s * 1_000 + 500, s, false, 80, 40, None));
        }
        let r = estimate(&strong, 1_000, 7);
        assert!(close(r.churn_difference, -0.5));
        let (lo, hi) = r.churn_interval.unwrap();
        assert!(lo < hi && hi < 0.0, "{lo}..{hi}");
        assert_eq!(estimate(&strong, 1_000, 7).churn_interval, Some((lo, hi)), "seeded: the same interval twice");
    }

    /// Resampling accounts, not episodes: an account's episodes move together, so the same
    /// episodes held by 10 accounts (each repeating one kind of episode) give a wider interval
    /// than held by 100.
    #[test]
    fn episodes_of_one_account_are_resampled_together() {
        let kinds = [(true, false, 20), (true, true, 20), (false, false, 20), (false, true, 40)];
        let book = |per_account: usize| -> Vec<Episode> {
            let all = kinds.iter().flat_map(|&(treated, churned, n)| std::iter::repeat_n((treated, churned), n));
            all.enumerate().map(|(k, (treated, churned))| Episode { cluster: k / per_account, stratum: 0, treated, churned, health_change: None }).collect()
        };
        let width = |e: &[Episode]| estimate(e, 1_000, 3).churn_interval.map(|(lo, hi)| hi - lo).unwrap();
        let (few, many) = (width(&book(10)), width(&book(1)));
        assert!(few > 1.5 * many, "{few} vs {many}");
    }
}
