//! The statistics of a backtest, written here because they are a few lines each over data the
//! report already holds in the right shape: ROC AUC as the Mann–Whitney statistic (ties count
//! half), computed with weights so the bootstrap can resample accounts by weighting them
//! (one sort, then a linear pass per resample), and percentile intervals.
//!
//! The bootstrap resamples *accounts*, not evaluations: the evaluations of one account on
//! successive days are not independent, and resampling them one by one would give intervals
//! that are too narrow.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// One scored case: its risk (higher = more likely to churn), whether the event happened,
/// and the cluster (account) it belongs to.
#[derive(Debug, Clone, Copy)]
pub struct Case {
    pub risk: f64,
    pub positive: bool,
    pub cluster: usize,
}

/// ROC AUC: the probability that a random positive has a higher risk than a random negative,
/// ties counting half. `None` without both a positive and a negative.
pub fn auc(cases: &[Case]) -> Option<f64> {
    let order = sorted(cases);
    weighted_auc(cases, &order, &|_| 1.0)
}

fn sorted(cases: &[Case]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cases.len()).collect();
    order.sort_by(|&a, &b| cases[a].risk.total_cmp(&cases[b].risk));
    order
}

/// AUC with a weight per case, over cases visited in ascending risk (`order`).
fn weighted_auc(cases: &[Case], order: &[usize], weight: &dyn Fn(usize) -> f64) -> Option<f64> {
    let (mut below_neg, mut sum, mut pos_total, mut neg_total) = (0.0, 0.0, 0.0, 0.0);
    let mut i = 0;
    while i < order.len() {
        // One group of tied risks.
        let mut j = i;
        let (mut pos, mut neg) = (0.0, 0.0);
        while j < order.len() && cases[order[j]].risk == cases[order[i]].risk {
            let c = &cases[order[j]];
            let w = weight(order[j]);
            if c.positive { pos += w } else { neg += w }
            j += 1;
        }
        sum += pos * (below_neg + 0.5 * neg);
        below_neg += neg;
        pos_total += pos;
        neg_total += neg;
        i = j;
    }
    (pos_total > 0.0 && neg_total > 0.0).then(|| sum / (pos_total * neg_total))
}

/// The ROC curve: (false-positive rate, true-positive rate) at every distinct risk threshold,
/// from (0, 0) (nothing flagged) to (1, 1) (everything flagged); tied risks move together, so
/// the trapezoids under it add up to [`auc`].
pub fn roc(cases: &[Case]) -> Vec<(f64, f64)> {
    let (pos, neg) = cases.iter().fold((0.0, 0.0), |(p, n), c| if c.positive { (p + 1.0, n) } else { (p, n + 1.0) });
    if pos == 0.0 || neg == 0.0 {
        return vec![];
    }
    let mut order = sorted(cases);
    order.reverse();
    let mut points = vec![(0.0, 0.0)];
    let (mut tp, mut fp) = (0.0, 0.0);
    let mut i = 0;
    while i < order.len() {
        let risk = cases[order[i]].risk;
        while i < order.len() && cases[order[i]].risk == risk {
            if cases[order[i]].positive { tp += 1.0 } else { fp += 1.0 }
            i += 1;
        }
        points.push((fp / neg, tp / pos));
    }
    points
}

/// A 95% percentile interval of the AUC from `resamples` cluster-bootstrap resamples (seeded:
/// the same book gives the same interval).
pub fn auc_interval(cases: &[Case], resamples: usize, seed: u64) -> Option<(f64, f64)> {
    let clusters = cases.iter().map(|c| c.cluster + 1).max().unwrap_or(0);
    if clusters == 0 || resamples == 0 {
        return None;
    }
    let order = sorted(cases);
    let values = cluster_bootstrap(clusters, resamples, seed, |counts| weighted_auc(cases, &order, &|i| counts[cases[i].cluster]));
    percentile_interval(values.into_iter().flatten().collect(), resamples)
}

/// The statistic on each of `resamples` cluster-bootstrap resamples (seeded): each resample
/// draws `clusters` clusters with replacement and hands the statistic how many times each
/// cluster was drawn, to weight that cluster's cases by.
pub fn cluster_bootstrap<T>(clusters: usize, resamples: usize, seed: u64, mut statistic: impl FnMut(&[f64]) -> T) -> Vec<T> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut counts = vec![0.0f64; clusters];
    let mut values = Vec::with_capacity(resamples);
    if clusters == 0 {
        return values;
    }
    for _ in 0..resamples {
        counts.iter_mut().for_each(|c| *c = 0.0);
        for _ in 0..clusters {
            counts[rng.random_range(0..clusters)] += 1.0;
        }
        values.push(statistic(&counts));
    }
    values
}

/// The 95% percentile interval (2.5th to 97.5th) of bootstrap values; `None` when fewer than
/// half of the `resamples` gave a value (the statistic was mostly undefined).
pub fn percentile_interval(mut values: Vec<f64>, resamples: usize) -> Option<(f64, f64)> {
    if values.is_empty() || values.len() < resamples / 2 {
        return None;
    }
    values.sort_by(f64::total_cmp);
    Some((quantile(&values, 0.025), quantile(&values, 0.975)))
}

/// Linear-interpolated quantile of sorted values.
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let pos = q.clamp(0.0, 1.0) * (sorted.len() - 1) as f64;
    let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

/// The median, `None` of nothing.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    (!v.is_empty()).then(|| quantile(&v, 0.5))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::{any, prop, prop_assert, prop_assert_eq, proptest};
    use rand::Rng;

    use super::*;

    /// The definition, pair by pair.
    fn brute_force(cases: &[Case]) -> Option<f64> {
        let (mut wins, mut pairs) = (0.0, 0.0);
        for p in cases.iter().filter(|c| c.positive) {
            for n in cases.iter().filter(|c| !c.positive) {
                pairs += 1.0;
                wins += if p.risk > n.risk { 1.0 } else if p.risk == n.risk { 0.5 } else { 0.0 };
            }
        }
        (pairs > 0.0).then(|| wins / pairs)
    }

    fn case(risk: f64, positive: bool, cluster: usize) -> Case {
        Case { risk, positive, cluster }
    }

    #[test]
    fn perfect_random_and_inverted_rankings() {
        let perfect = [case(0.1, false, 0), case(0.2, false, 1), case(0.8, true, 2), case(0.9, true, 3)];
        assert_eq!(auc(&perfect), Some(1.0));
        let tied = [case(0.5, false, 0), case(0.5, true, 1)];
        assert_eq!(auc(&tied), Some(0.5));
        let inverted = [case(0.9, false, 0), case(0.1, true, 1)];
        assert_eq!(auc(&inverted), Some(0.0));
        assert_eq!(auc(&[case(0.3, true, 0)]), None, "no negative, no AUC");
    }

    proptest! {
        #[test]
        fn matches_the_pairwise_definition(raw in prop::collection::vec((0u8..20, any::<bool>()), 1..60)) {
            let cases: Vec<Case> = raw.iter().enumerate().map(|(i, (r, p))| case(f64::from(*r), *p, i)).collect();
            let (a, b) = (auc(&cases), brute_force(&cases));
            prop_assert_eq!(a.is_some(), b.is_some());
            if let (Some(a), Some(b)) = (a, b) {
                prop_assert!((a - b).abs() < 1e-12, "{} vs {}", a, b);
            }
        }
    }

    #[test]
    fn the_interval_holds_the_estimate_and_narrows_with_more_accounts() {
        let book = |n: usize| -> Vec<Case> {
            let mut rng = ChaCha8Rng::seed_from_u64(7);
            (0..n)
                .map(|i| {
                    let positive = rng.random_bool(0.3);
                    let risk = if positive { rng.random_range(0.3..1.0) } else { rng.random_range(0.0..0.7) };
                    case(risk, positive, i)
                })
                .collect()
        };
        let (small, large) = (book(40), book(2_000));
        let (lo_s, hi_s) = auc_interval(&small, 1_000, 1).unwrap();
        let (lo_l, hi_l) = auc_interval(&large, 1_000, 1).unwrap();
        let (a_s, a_l) = (auc(&small).unwrap(), auc(&large).unwrap());
        assert!(lo_s <= a_s && a_s <= hi_s && lo_l <= a_l && a_l <= hi_l);
        assert!(hi_l - lo_l < (hi_s - lo_s) / 3.0, "{lo_l}..{hi_l} vs {lo_s}..{hi_s}");
        assert_eq!(auc_interval(&small, 1_000, 1), Some((lo_s, hi_s)), "seeded: the same interval twice");
    }

    #[test]
    fn the_area_under_the_roc_curve_is_the_auc() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let cases: Vec<Case> = (0..300).map(|i| case(f64::from(rng.random_range(0u8..30)), rng.random_bool(0.2), i)).collect();
        let curve = roc(&cases);
        assert_eq!((curve[0], *curve.last().unwrap()), ((0.0, 0.0), (1.0, 1.0)));
        assert!(curve.windows(2).all(|w| w[0].0 <= w[1].0 && w[0].1 <= w[1].1), "monotone");
        let area: f64 = curve.windows(2).map(|w| (w[1].0 - w[0].0) * (w[0].1 + w[1].1) / 2.0).sum();
        assert!((area - auc(&cases).unwrap()).abs() < 1e-12);
    }

    #[test]
    fn quantiles_and_medians() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[1.0, 2.0, 3.0, 4.0]), Some(2.5));
        assert_eq!(median(&[]), None);
    }
}
