//! Segmentation over a hand-built book whose usage mixes are known.

use chrono::NaiveDate;
use metrics::book::{Activity, Book, Subscription};
use metrics::{Analysis, Settings, analyze_book};
use segments::crosstab::adjusted_rand;
use segments::needs::INACTIVE;
use segments::{By, SegmentSettings, segment};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Three usage patterns of 10 accounts each, plus 2 silent accounts:
/// - A0..A9: monitoring 90%, visualization 10%;
/// - B0..B9: analysis and data 50/50;
/// - C0..C9: all four modules evenly.
///
/// ARR: account i of each group pays (i + 1) x 1,000 MRR, so ARR 12k..120k in every group.
fn book() -> Book {
    let mut b = Book::empty(d("2026-09-30"));
    for m in ["monitoring", "analysis", "visualization", "data"] {
        b.add_module(m);
    }
    let mixes: [(&str, [i64; 4]); 3] = [("A", [90, 0, 10, 0]), ("B", [0, 50, 0, 50]), ("C", [25, 25, 25, 25])];
    for (group, mix) in mixes {
        for i in 0..10i64 {
            let a = b.add_account(&format!("{group}{i}"));
            for week in 0..13 {
                for (m, &share) in mix.iter().enumerate() {
                    // A little noise that keeps every share within 1 point of the pattern.
                    let events = share * 10 + if share > 0 { (i + week as i64) % 3 } else { 0 };
                    b.usage[a].weeks[week][m] = Activity { events, value_events: 0 };
                }
            }
            b.subscriptions.push(Subscription {
                account: a,
                external_id: format!("S-{group}{i}"),
                mrr_cents: (i + 1) * 1_000_00,
                currency: None,
                start: d("2025-01-01"),
                end: None,
                modules: vec![0, 1, 2, 3],
            });
        }
    }
    for id in ["Z0", "Z1"] {
        b.add_account(id);
    }
    b
}

fn analysis() -> Analysis {
    analyze_book(&book(), None, &Settings::default())
}

fn group(id: &str) -> String {
    id[..1].to_string()
}

#[test]
fn needs_segments_recover_the_usage_patterns_and_name_them() {
    let a = analysis();
    let seg = segment(&a, &By::Needs, &SegmentSettings::default(), None).unwrap();
    let model = seg.needs.as_ref().unwrap();
    assert_eq!(model.k, 3, "silhouettes: {:?}", model.silhouettes);
    let best = model.silhouettes.iter().map(|s| s.silhouette).fold(f64::MIN, f64::max);
    assert_eq!(model.silhouettes.iter().find(|s| s.k == 3).unwrap().silhouette, best);
    let mut names: Vec<&str> = model.clusters.iter().map(|c| c.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["Full platform", "analysis + data", "monitoring-centric"]);
    // Same partition as the construction: adjusted Rand index 1.
    let truth: Vec<String> = seg.memberships.iter().map(|m| group(&m.account_id)).collect();
    let got: Vec<String> = seg.memberships.iter().map(|m| m.segment.clone()).collect();
    let table = segments::crosstab::crosstab(&truth, &got, &[], &[]);
    assert!((adjusted_rand(&table.counts).unwrap() - 1.0).abs() < 1e-12, "{:?}", table);
    for m in &seg.memberships {
        match group(&m.account_id).as_str() {
            "A" => assert_eq!(m.segment, "monitoring-centric"),
            "Z" => assert_eq!(m.segment, INACTIVE),
            _ => {}
        }
    }
    // Profiles: each pattern has 10 accounts and ARR 12 x 55,000 = 660,000.
    let a_profile = seg.segments.iter().find(|p| p.segment == "monitoring-centric").unwrap();
    assert_eq!((a_profile.accounts, a_profile.paying), (10, 10));
    assert!((a_profile.arr - 660_000.0).abs() < 1e-6);
    assert!((a_profile.arr_share - 1.0 / 3.0).abs() < 1e-9);
    assert!((a_profile.median_arr - 66_000.0).abs() < 1e-6, "median of 60k and 72k");
    let mon = a_profile.module_mix.iter().find(|m| m.module == "monitoring").unwrap();
    assert!((mon.share - 0.9).abs() < 0.01, "{}", mon.share);
    // Deterministic by seed.
    assert_eq!(segment(&a, &By::Needs, &SegmentSettings::default(), None).unwrap(), seg);
}

/// A book with more active accounts than the silhouette sample chooses k on the sample (12
/// of 30 here, four of each pattern) and fits it on every account: the same three segments,
/// every account in its own pattern's, and the scores are the sample's.
#[test]
fn a_book_larger_than_the_sample_chooses_k_on_it_and_fits_everyone() {
    let a = analysis();
    let mut settings = SegmentSettings::default();
    settings.needs.silhouette_sample = 12;
    let seg = segment(&a, &By::Needs, &settings, None).unwrap();
    let model = seg.needs.as_ref().unwrap();
    assert_eq!(model.k, 3, "silhouettes: {:?}", model.silhouettes);
    let full = segment(&a, &By::Needs, &SegmentSettings::default(), None).unwrap();
    assert_eq!(seg.memberships, full.memberships, "the same segments as a fit of k on everyone");
    // The scores are those of the sample alone: recomputed here from the sample's rows.
    let sample: Vec<usize> = (0..12).map(|i| i * 30 / 12).collect();
    let rows: Vec<Vec<f64>> = sample
        .iter()
        .map(|&i| {
            let view = &a.accounts[i];
            let mut mix = segments::needs::usage_mix(view, &segments::needs::product_modules(&a.accounts)).unwrap();
            mix.push(view.usage.depth.unwrap_or(0.0) * settings.needs.depth_weight);
            mix
        })
        .collect();
    let labels: Vec<usize> = sample.iter().map(|&i| "ABC".find(&a.accounts[i].account_id[..1]).unwrap()).collect();
    let by_hand = segments::needs::silhouette(&rows, &labels);
    let k3 = model.silhouettes.iter().find(|s| s.k == 3).unwrap().silhouette;
    assert!((k3 - by_hand).abs() < 1e-12, "{k3} vs {by_hand}");
    assert_ne!(k3, full.needs.as_ref().unwrap().silhouettes.iter().find(|s| s.k == 3).unwrap().silhouette);
}

#[test]
fn value_tiers_cut_across_needs() {
    let seg = segment(&analysis(), &By::Value, &SegmentSettings::default(), None).unwrap();
    let tier = |id: &str| seg.memberships.iter().find(|m| m.account_id == id).unwrap().segment.clone();
    // MRR 1,000 -> ARR 12k (Growth); MRR 5,000 -> 60k (Enterprise); MRR 10,000 -> 120k.
    assert_eq!(tier("A0"), "Growth");
    assert_eq!(tier("B4"), "Enterprise");
    assert_eq!(tier("C9"), "Enterprise");
    assert_eq!(tier("Z0"), "No ARR");
    // Per group: Growth for i = 0..=3 (ARR 12k..48k), Enterprise for 4..=9.
    let x = seg.crosstab.as_ref().unwrap();
    assert_eq!(x.columns, ["Growth", "Enterprise", "No ARR"]);
    let row = |name: &str| &x.counts[x.rows.iter().position(|r| r == name).unwrap()];
    assert_eq!(row("Full platform"), &vec![4, 6, 0]);
    assert_eq!(row(INACTIVE), &vec![0, 0, 2]);
    // Over the active, paying accounts every needs group splits 4 Growth / 6 Enterprise:
    // independent by construction, so chi² = 0 and V = 0 (the silent, ARR-less accounts,
    // which line up by construction, are left out of the statistics).
    let v = x.cramers_v.unwrap();
    assert!(v.abs() < 1e-12, "Cramér's V {v}");
    assert!(x.adjusted_rand.unwrap() < 0.05, "{:?}", x.adjusted_rand);
}

#[test]
fn rule_segments_select_exactly_what_the_rule_says() {
    let a = analysis();
    let seg = segment(&a, &By::parse("rule:arr >= 60000 and share.monitoring > 0.5").unwrap(), &SegmentSettings::default(), None).unwrap();
    let ids: Vec<&str> = seg.memberships.iter().map(|m| m.account_id.as_str()).collect();
    // ARR = 12,000 x (i + 1) >= 60,000 for i >= 4; only group A is monitoring-led.
    assert_eq!(ids, ["A4", "A5", "A6", "A7", "A8", "A9"]);
    assert_eq!(seg.rule.as_deref(), Some("arr >= 60000 and share.monitoring > 0.5"));
    assert_eq!(seg.segments[0].accounts, 6);
    let err = segment(&a, &By::parse("rule:breath < 0.5").unwrap(), &SegmentSettings::default(), None).unwrap_err();
    assert!(err.to_string().contains("did you mean 'breadth'?"), "{err}");
    assert_eq!(By::parse("size").unwrap_err().code(), "invalid_settings");
}

#[test]
fn assign_puts_an_account_in_its_nearest_cluster() {
    let a = analysis();
    let cfg = SegmentSettings::default().needs;
    let model = segments::needs::cluster(&a.accounts, &cfg).unwrap();
    for (v, label) in a.accounts.iter().zip(&model.labels) {
        match model.assign(v, &cfg) {
            Some(name) => assert_eq!(name, label, "{}", v.account_id),
            None => assert_eq!(label, INACTIVE),
        }
    }
}

#[test]
fn one_segment_is_found_by_tier_needs_name_or_rule() {
    let a = analysis();
    let s = SegmentSettings::default();
    let ids = |idx: &[usize]| idx.iter().map(|&i| a.accounts[i].account_id.clone()).collect::<Vec<_>>();
    // Enterprise: i = 4..=9 of each group (ARR 60k and up), 18 accounts; case does not matter.
    let (name, idx) = segments::segmentation::members(&a, &s, "enterprise", None).unwrap();
    assert_eq!(name, "Enterprise");
    assert_eq!(idx.len(), 18);
    assert!(ids(&idx).iter().all(|id| id[1..].parse::<u32>().unwrap() >= 4), "{:?}", ids(&idx));
    let (name, idx) = segments::segmentation::members(&a, &s, "Monitoring-Centric", None).unwrap();
    assert_eq!(name, "monitoring-centric");
    assert_eq!(ids(&idx), (0..10).map(|i| format!("A{i}")).collect::<Vec<_>>());
    let (name, idx) = segments::segmentation::members(&a, &s, "rule: arr >= 108000", None).unwrap();
    assert_eq!(name, "arr >= 108000");
    assert_eq!(ids(&idx), ["A8", "A9", "B8", "B9", "C8", "C9"]);
    let err = segments::segmentation::members(&a, &s, "Whales", None).unwrap_err();
    assert_eq!(err.code(), "unknown_segment");
    assert!(err.to_string().contains("'Enterprise'") && err.to_string().contains("'monitoring-centric'"), "{err}");
}
