//! The MRR movements chart: what it says, and that it draws on edge data.

use i18n::Lang;
use charts::{Canvas, MrrChart, Theme, to_png, to_svg};
use metrics::revenue::MrrMovement;

fn month(m: &str, start: f64, gains: [f64; 3], losses: [f64; 2]) -> MrrMovement {
    MrrMovement {
        month: m.into(),
        start,
        new: gains[0],
        expansion: gains[1],
        reactivated: gains[2],
        contraction: losses[0],
        churned: losses[1],
        end: start + gains.iter().sum::<f64>() - losses.iter().sum::<f64>(),
        new_accounts: 0,
        expansion_accounts: 0,
        contraction_accounts: 0,
        churned_accounts: 0,
        reactivated_accounts: 0,
        fx: 0.0,
    }
}

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_string())).collect()
}

#[test]
fn states_the_period_units_and_classes() {
    let chart = MrrChart {
        title: "MRR movements".into(),
        currency: Some("EUR".into()),
        months: vec![
            month("2026-08", 100_000.0, [5_000.0, 2_000.0, 0.0], [1_000.0, 4_000.0]),
            month("2026-09", 102_000.0, [0.0, 0.0, 0.0], [0.0, 12_000.0]),
            month("2026-10", 90_000.0, [8_000.0, 0.0, 1_000.0], [0.0, 0.0]),
        ],
        trend: vec![],
    };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"By month, Aug 2026 – Oct 2026".to_string()), "{t:?}");
    for class in ["New", "Expansion", "Reactivated", "Contraction", "Churned", "Net change"] {
        assert!(t.contains(&class.to_string()), "{class} in {t:?}");
    }
    assert!(t.iter().any(|x| x.starts_with('€')), "money axis in euros: {t:?}");
    assert!(t.iter().any(|x| x.starts_with("-€")), "losses below zero: {t:?}");
    // Months on the axis by name, the year on the first one.
    assert!(t.contains(&"Aug 2026".to_string()) && t.contains(&"Sep".to_string()), "{t:?}");
    let png = to_png(&chart, &Canvas::png(Theme::Dark, Lang::En)).unwrap();
    assert_eq!(image::load_from_memory(&png).unwrap().to_rgb8().dimensions(), (1600, 900));
}

#[test]
fn empty_and_quiet_periods_say_so() {
    for months in [vec![], vec![month("2026-10", 5_000.0, [0.0; 3], [0.0; 2])]] {
        let chart = MrrChart { title: "MRR".into(), currency: None, months, trend: vec![] };
        assert!(texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap()).contains(&"No MRR movements in this period".to_string()));
    }
    // Only losses, over 36 months: draws, labels thinned.
    let months: Vec<MrrMovement> = (0..36).map(|i| month(&format!("{}-{:02}", 2024 + i / 12, i % 12 + 1), 1_000.0, [0.0; 3], [10.0, 0.0])).collect();
    let chart = MrrChart { title: "MRR".into(), currency: Some("USD".into()), months, trend: vec![] };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.len() < 60, "month labels thinned: {} texts", t.len());
}

#[test]
fn nrr_and_grr_run_under_the_months_they_share() {
    let point = |m: &str, nrr: Option<f64>, grr: Option<f64>| metrics::revenue::RetentionPoint { month: m.into(), day: format!("{m}-28"), nrr, grr };
    let chart = MrrChart {
        title: "MRR".into(),
        currency: Some("USD".into()),
        months: vec![
            month("2026-08", 100_000.0, [5_000.0, 0.0, 0.0], [0.0, 4_000.0]),
            month("2026-09", 101_000.0, [0.0, 3_000.0, 0.0], [0.0, 0.0]),
        ],
        // 2026-07 is not drawn (no month for it); NRR 112% sets the axis top at 125%.
        trend: vec![point("2026-07", Some(0.5), Some(0.5)), point("2026-08", Some(1.04), Some(0.91)), point("2026-09", Some(1.12), Some(0.93))],
    };
    let svg = to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap();
    let t = texts(&svg);
    for item in ["NRR (12 months)", "GRR (12 months)", "100%"] {
        assert!(t.contains(&item.to_string()), "{item} in {t:?}");
    }
    assert!(!t.contains(&"50%".to_string()), "the month outside the chart does not stretch the axis: {t:?}");
    // Month labels move under the ratio panel: still drawn once each.
    assert_eq!(t.iter().filter(|x| x.as_str() == "Sep").count(), 1, "{t:?}");
    // A trend with no ratios at all adds nothing.
    let none = MrrChart { trend: vec![point("2026-08", None, None)], ..chart.clone() };
    assert!(!texts(&to_svg(&none, &Canvas::svg(Theme::Light, Lang::En)).unwrap()).contains(&"NRR (12 months)".to_string()));
}

#[test]
fn a_quiet_period_keeps_its_retention_panel() {
    let point = |m: &str, nrr: f64| metrics::revenue::RetentionPoint { month: m.into(), day: format!("{m}-28"), nrr: Some(nrr), grr: Some(nrr.min(1.0)) };
    let chart = MrrChart {
        title: "MRR".into(),
        currency: Some("USD".into()),
        months: vec![month("2026-09", 5_000.0, [0.0; 3], [0.0; 2]), month("2026-10", 5_000.0, [0.0; 3], [0.0; 2])],
        trend: vec![point("2026-09", 1.13), point("2026-10", 1.13)],
    };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"No MRR movements in this period".to_string()), "{t:?}");
    assert!(t.contains(&"NRR (12 months)".to_string()) && t.contains(&"100%".to_string()), "{t:?}");
    assert!(!t.contains(&"Net change".to_string()), "no net line to explain: {t:?}");
}

#[test]
fn fx_is_its_own_class_on_the_side_of_its_sign_and_named_once() {
    let mut up = month("2026-01", 1_000.0, [0.0, 10.0, 0.0], [0.0; 2]);
    up.fx = 50.0;
    up.end += 50.0;
    let mut down = month("2026-02", up.end, [0.0; 3], [20.0, 0.0]);
    down.fx = -30.0;
    down.end -= 30.0;
    let chart = MrrChart { title: "MRR".into(), currency: Some("EUR".into()), months: vec![up, down], trend: vec![] };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert_eq!(t.iter().filter(|x| *x == "FX").count(), 1, "{t:?}");
    assert!(t.contains(&"Expansion".to_string()) && t.contains(&"Contraction".to_string()), "{t:?}");
    // One-currency months never show it.
    let plain = MrrChart { months: vec![month("2026-01", 1_000.0, [5.0, 0.0, 0.0], [0.0; 2])], ..chart };
    assert!(!texts(&to_svg(&plain, &Canvas::svg(Theme::Light, Lang::En)).unwrap()).contains(&"FX".to_string()));
}
