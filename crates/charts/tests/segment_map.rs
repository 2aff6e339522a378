//! The segment map: legend counts per segment, hidden accounts stated, edge cases.

use i18n::Lang;
use charts::{Canvas, MapPoint, SegmentMap, Theme, to_png, to_svg};

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_string())).collect()
}

fn p(arr: f64, breadth: f64, segment: usize) -> MapPoint {
    MapPoint { arr, breadth, segment }
}

#[test]
fn counts_segments_and_says_what_is_hidden() {
    let map = SegmentMap {
        title: "Needs and value".into(),
        subtitle: "as of 2026-10-31".into(),
        currency: Some("USD".into()),
        segments: vec!["Monitoring-centric".into(), "Full platform".into(), "No recent activity".into()],
        points: vec![p(12_000.0, 0.5, 0), p(150_000.0, 1.0, 1), p(3_000.0, 0.25, 0), p(0.0, 0.0, 2), p(9_000.0, f64::NAN, 1)],
    };
    let t = texts(&to_svg(&map, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"Monitoring-centric (2)".to_string()), "{t:?}");
    assert!(t.contains(&"Full platform (1)".to_string()), "{t:?}");
    assert!(!t.iter().any(|x| x.starts_with("No recent activity")), "empty segments leave the legend: {t:?}");
    assert!(t.contains(&"as of 2026-10-31; 2 without ARR or usage not shown".to_string()), "{t:?}");
    assert!(t.contains(&"$1K".to_string()) && t.contains(&"$1M".to_string()), "log ARR axis from $1K to $1M: {t:?}");
    to_png(&map, &Canvas::png(Theme::Dark, Lang::En)).unwrap();
}

#[test]
fn nothing_to_show_says_so() {
    let map = SegmentMap { title: "M".into(), subtitle: "s".into(), currency: None, segments: vec!["a".into()], points: vec![p(0.0, 0.5, 0)] };
    assert!(texts(&to_svg(&map, &Canvas::svg(Theme::Light, Lang::En)).unwrap()).contains(&"No paying accounts with usage".to_string()));
}
