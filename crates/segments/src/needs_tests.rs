use super::*;

fn share(name: &str, share: f64) -> ModuleShare {
    ModuleShare { module: name.to_lowercase(), name: name.into(), share }
}

#[test]
fn silhouette_of_two_tight_pairs_by_hand() {
    let x: Vec<Vec<f64>> = [0.0, 1.0, 10.0, 11.0].iter().map(|&v| vec![v]).collect();
    // Point 0: a = 1, b = (10 + 11) / 2; point 1: a = 1, b = (9 + 10) / 2; B mirrors A.
    let expected = (9.5 / 10.5 + 8.5 / 9.5) / 2.0;
    assert!((silhouette(&x, &[0, 0, 1, 1]) - expected).abs() < 1e-12);
    // A bad split scores lower, a single cluster scores 0, a singleton scores 0 for itself.
    assert!(silhouette(&x, &[0, 1, 0, 1]) < 0.0);
    assert_eq!(silhouette(&x, &[0, 0, 0, 0]), 0.0);
    let single = silhouette(&x, &[0, 1, 1, 1]);
    // Point 0 alone: 0. Point 1: a = (9 + 10) / 2 = 9.5, b = 1. Point 10: a = (9 + 1) / 2 = 5, b = 10.
    // Point 11: a = (10 + 1) / 2 = 5.5, b = 11.
    let by_hand = (0.0 + (1.0 - 9.5) / 9.5 + (10.0 - 5.0) / 10.0 + (11.0 - 5.5) / 11.0) / 4.0;
    assert!((single - by_hand).abs() < 1e-12);
}

#[test]
fn names_say_which_modules_lead() {
    let mix = [share("Monitoring", 0.55), share("Visualization", 0.35), share("Analysis", 0.06), share("Data", 0.04)];
    assert_eq!(name_mix(&mix, 0.15), "Monitoring + Visualization");
    let mix = [share("Monitoring", 0.9), share("Visualization", 0.05), share("Analysis", 0.05)];
    assert_eq!(name_mix(&mix, 0.15), "Monitoring-centric");
    // Every module at least half its even share (1/4 / 2 = 0.125): the whole platform.
    let mix = [share("A", 0.4), share("B", 0.2), share("C", 0.2), share("D", 0.2)];
    assert_eq!(name_mix(&mix, 0.15), "Full platform");
    let mix = [share("A", 0.4), share("B", 0.3), share("C", 0.2), share("D", 0.1)];
    assert_eq!(name_mix(&mix, 0.15), "A + B + C", "D at 0.1 < 0.125 is not full platform; top three lead");
}

#[test]
fn k_range_is_checked() {
    let cfg = NeedsConfig { k_min: 1, ..NeedsConfig::default() };
    assert_eq!(cluster(&[], &cfg).unwrap_err().code(), "invalid_settings");
    let model = cluster(&[], &NeedsConfig::default()).unwrap();
    assert_eq!((model.k, model.clusters.len(), model.labels.len()), (0, 0, 0));
}

#[test]
fn crosstab_statistics_by_hand() {
    use crate::crosstab::{adjusted_rand, cramers_v};
    assert!((cramers_v(&[vec![10, 0], vec![0, 10]]).unwrap() - 1.0).abs() < 1e-12);
    assert!(cramers_v(&[vec![5, 5], vec![5, 5]]).unwrap().abs() < 1e-12);
    // n = 60, every expected count 15: chi² = 4 x 25 / 15 = 6.667, V = sqrt(6.667 / 60) = 1/3.
    assert!((cramers_v(&[vec![20, 10], vec![10, 20]]).unwrap() - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(cramers_v(&[vec![3, 4]]), None, "one row: undefined");
    // Truth [0,0,1,1] vs [0,0,1,2]: index 1, a = 2, b = 1, expected 2 x 1 / 6 = 1/3,
    // max 1.5, ARI = (1 - 1/3) / (1.5 - 1/3) = 4/7.
    assert!((adjusted_rand(&[vec![2, 0, 0], vec![0, 1, 1]]).unwrap() - 4.0 / 7.0).abs() < 1e-12);
    assert!((adjusted_rand(&[vec![3, 0], vec![0, 4]]).unwrap() - 1.0).abs() < 1e-12);
}

#[test]
fn value_tiers_cut_at_their_minimum() {
    use crate::value::{NO_ARR, Tier, ValueTiers};
    let t = ValueTiers::default();
    t.validate().unwrap();
    assert_eq!(t.tier_of(0.0), NO_ARR);
    assert_eq!(t.tier_of(9_999.99), "Starter");
    assert_eq!(t.tier_of(10_000.0), "Growth");
    assert_eq!(t.tier_of(149_999.0), "Enterprise");
    assert_eq!(t.tier_of(150_000.0), "Strategic");
    let bad = ValueTiers(vec![Tier { name: "Low".into(), min_arr: 0.0 }, Tier { name: "High".into(), min_arr: 0.0 }]);
    assert!(bad.validate().unwrap_err().to_string().contains("“High” must start above “Low”"));
    let bad = ValueTiers(vec![Tier { name: "Low".into(), min_arr: 5.0 }]);
    assert_eq!(bad.validate().unwrap_err().code(), "invalid_settings");
    let parsed: ValueTiers = serde_json::from_str(r#"[{"name":"S","min_arr":0},{"name":"L","min_arr":100000}]"#).unwrap();
    assert_eq!(parsed.tier_of(100_000.0), "L");
}
