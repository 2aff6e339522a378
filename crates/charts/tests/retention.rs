//! The retention chart draws each group's curve, band and projection, and says when empty.

mod samples;

use i18n::Lang;
use charts::{Canvas, RetentionChart, Theme, to_png, to_svg};
use retention::Sbg;
use samples::group;

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_string())).collect()
}


#[test]
fn curves_bands_and_projection() {
    let sbg = Sbg { alpha: 0.7, beta: 1.2 }.survival(5);
    let chart = RetentionChart {
        title: "Retention".into(),
        subtitle: "by start year".into(),
        groups: vec![
            group("2024", &[(12.0, true), (20.0, false), (24.0, true), (30.0, false), (30.0, false)], sbg),
            group("Ünïcode & <co>", &[(6.0, false), (12.0, true), (18.0, false)], vec![]),
        ],
    };
    let svg = to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap();
    let t = texts(&svg);
    assert!(t.contains(&"2024 (5)".to_string()), "{t:?}");
    assert!(t.contains(&"Ünïcode & <co> (3)".to_string()), "{t:?}");
    assert!(t.contains(&"months since the first subscription".to_string()));
    assert!(t.contains(&"100%".to_string()));
    // The projection adds dashes: the same chart without it has fewer drawn segments.
    let mut bare = chart.clone();
    bare.groups[0].projected_survival.clear();
    let strokes = |s: &str| s.matches("<polyline").count() + s.matches("<line").count();
    let without = to_svg(&bare, &Canvas::svg(Theme::Light, Lang::En)).unwrap();
    assert!(strokes(&svg) > strokes(&without) + 3, "{} vs {}", strokes(&svg), strokes(&without));
    to_png(&chart, &Canvas::png(Theme::Dark, Lang::En)).unwrap();
}

#[test]
fn no_groups_says_so() {
    let chart = RetentionChart { title: "Retention".into(), subtitle: String::new(), groups: vec![] };
    assert!(texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap()).contains(&"No accounts with a subscription in this period".to_string()));
}
