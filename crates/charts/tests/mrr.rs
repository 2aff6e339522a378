//! The MRR movements chart: what it says, and that it draws on edge data.

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
    };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light)).unwrap());
    assert!(t.contains(&"MRR movements by month, Aug 2026 – Oct 2026".to_string()), "{t:?}");
    for class in ["New", "Expansion", "Reactivated", "Contraction", "Churned", "Net change"] {
        assert!(t.contains(&class.to_string()), "{class} in {t:?}");
    }
    assert!(t.iter().any(|x| x.starts_with('€')), "money axis in euros: {t:?}");
    assert!(t.iter().any(|x| x.starts_with("-€")), "losses below zero: {t:?}");
    assert!(t.contains(&"Sep 26".to_string()));
    let png = to_png(&chart, &Canvas::png(Theme::Dark)).unwrap();
    assert_eq!(image::load_from_memory(&png).unwrap().to_rgb8().dimensions(), (1600, 900));
}

#[test]
fn empty_and_quiet_periods_say_so() {
    for months in [vec![], vec![month("2026-10", 5_000.0, [0.0; 3], [0.0; 2])]] {
        let chart = MrrChart { title: "MRR".into(), currency: None, months };
        assert!(texts(&to_svg(&chart, &Canvas::svg(Theme::Light)).unwrap()).contains(&"No MRR movements in this period".to_string()));
    }
    // Only losses, over 36 months: draws, labels thinned.
    let months: Vec<MrrMovement> = (0..36).map(|i| month(&format!("{}-{:02}", 2024 + i / 12, i % 12 + 1), 1_000.0, [0.0; 3], [10.0, 0.0])).collect();
    let chart = MrrChart { title: "MRR".into(), currency: Some("USD".into()), months };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light)).unwrap());
    assert!(t.len() < 60, "month labels thinned: {} texts", t.len());
}
