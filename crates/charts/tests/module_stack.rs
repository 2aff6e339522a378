//! The module-stack chart: levels by hand, SVG that parses and escapes customer text, PNG at
//! 2x, and the edge cases (no data, one week, 40 modules, any script).

use i18n::Lang;
use charts::{Canvas, Marker, ModuleSeries, ModuleStack, Theme, to_png, to_svg};
use chrono::{Days, NaiveDate};

fn weeks(n: usize) -> Vec<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2025, 11, 2).unwrap();
    (0..n).map(|i| first + Days::new(7 * i as u64)).collect()
}

fn series(name: &str, index: usize, values: Vec<f64>) -> ModuleSeries {
    ModuleSeries { name: name.into(), catalogue_index: index, values }
}

fn stack(modules: Vec<ModuleSeries>, n: usize) -> ModuleStack {
    ModuleStack { title: "Helios Analytics".into(), weeks: weeks(n), modules, mix: false, markers: vec![] }
}

fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("invalid SVG: {e}\n{}", &svg[..svg.len().min(500)]))
}

fn texts(svg: &str) -> Vec<String> {
    parse(svg).descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_string())).collect()
}

#[test]
fn levels_stack_and_mix_by_hand() {
    let s = stack(vec![series("a", 0, vec![1.0, 2.0]), series("b", 1, vec![3.0, 0.0])], 2);
    assert_eq!(s.levels(), vec![vec![1.0, 2.0], vec![4.0, 2.0]]);
    let m = ModuleStack { mix: true, ..s.clone() };
    assert_eq!(m.levels(), vec![vec![0.25, 1.0], vec![1.0, 1.0]]);
    // Missing, negative and NaN values count as nothing.
    let odd = stack(vec![series("a", 0, vec![-5.0]), series("b", 1, vec![f64::NAN, 4.0])], 2);
    assert_eq!(odd.levels(), vec![vec![0.0, 0.0], vec![0.0, 4.0]]);
}

#[test]
fn svg_has_title_period_legend_and_escapes_customer_text() {
    let mut s = stack(
        vec![series("Monitoring", 1, vec![10.0; 12]), series("<script>alert(1)</script> & co", 2, vec![5.0; 12])],
        12,
    );
    s.markers.push(Marker { week: 8, label: "Usage -62% WoW".into() });
    let svg = to_svg(&s, &Canvas::svg(Theme::Light, Lang::En)).unwrap();
    let t = texts(&svg);
    assert!(t.contains(&"Helios Analytics".to_string()), "{t:?}");
    assert!(t.iter().any(|x| x.contains("Nov 2, 2025 – Jan 18, 2026")), "{t:?}");
    assert!(t.contains(&"Monitoring".to_string()));
    assert!(t.iter().any(|x| x.starts_with("<script>alert(1)")), "the name is text: {t:?}");
    assert!(!svg.contains("<script>"), "no live markup");
    assert!(t.contains(&"Usage -62% WoW".to_string()));
}

#[test]
fn png_is_the_same_chart_at_twice_the_size() {
    let s = stack(vec![series("Monitoring", 0, vec![10.0; 10])], 10);
    let png = to_png(&s, &Canvas::png(Theme::Light, Lang::En)).unwrap();
    let img = image::load_from_memory(&png).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (1600, 900));
    // The one module fills the plot: its colour covers a good part of a middle column.
    let blue = image::Rgb([0u8, 114, 178]);
    let hits = (0..900).filter(|&y| *img.get_pixel(800, y) == blue).count();
    assert!(hits > 300, "{hits} module-coloured pixels in the middle column");
    let dark = to_png(&s, &Canvas::png(Theme::Dark, Lang::En)).unwrap();
    let d = image::load_from_memory(&dark).unwrap().to_rgb8();
    assert_eq!(*d.get_pixel(2, 2), image::Rgb([24, 26, 31]), "dark background");
}

#[test]
fn edge_data_draws_without_failing() {
    let dark = Canvas::svg(Theme::Dark, Lang::En);
    // No weeks, all zeros, no modules: the chart says so.
    for s in [stack(vec![], 10), stack(vec![series("a", 0, vec![0.0; 5])], 5), stack(vec![series("a", 0, vec![])], 0)] {
        let svg = to_svg(&s, &dark).unwrap();
        assert!(texts(&svg).contains(&"No activity in this period".to_string()));
    }
    // One week: bars.
    let one = stack(vec![series("a", 0, vec![3.0]), series("b", 1, vec![1.0])], 1);
    parse(&to_svg(&one, &dark).unwrap());
    to_png(&one, &Canvas::png(Theme::Light, Lang::En)).unwrap();
    // 40 modules, a year of weeks, names in every script.
    let names = ["数据收集", "مراقبة", "ניטור", "🚀 Launch", "Visualisierung und Berichte mit sehr langem Namen"];
    let many: Vec<ModuleSeries> =
        (0..40).map(|i| series(&format!("{} {i}", names[i % names.len()]), i, (0..52).map(|w| ((i + w) % 7) as f64).collect())).collect();
    let s = ModuleStack { mix: true, ..stack(many, 52) };
    let svg = to_svg(&s, &dark).unwrap();
    let t = texts(&svg);
    assert!(t.iter().any(|x| x.starts_with("数据收集")), "{t:?}");
    assert!(t.iter().any(|x| x.ends_with('…')), "long names are cut: {t:?}");
    to_png(&s, &Canvas::png(Theme::Dark, Lang::En)).unwrap();
}

#[test]
fn marker_label_sits_at_the_top_of_its_dashed_line() {
    let mut s = stack(vec![series("Monitoring", 0, vec![10.0; 12])], 12);
    s.markers.push(Marker { week: 4, label: "Usage -50% WoW".into() });
    let svg = to_svg(&s, &Canvas::svg(Theme::Light, Lang::En)).unwrap();
    let doc = parse(&svg);
    let label = doc.descendants().find(|n| n.has_tag_name("text") && n.text().is_some_and(|t| t.trim() == "Usage -50% WoW")).unwrap();
    let (lx, ly): (f64, f64) = (label.attribute("x").unwrap().parse().unwrap(), label.attribute("y").unwrap().parse().unwrap());
    // The dashes are short vertical polylines; the topmost one ends where the label starts.
    let dash_tops: Vec<(f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline"))
        .filter_map(|n| {
            let pts: Vec<(f64, f64)> = n
                .attribute("points")?
                .split_whitespace()
                .filter_map(|p| p.split_once(',').map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap())))
                .collect();
            (pts.len() == 2 && pts[0].0 == pts[1].0 && (pts[0].1 - pts[1].1).abs() <= 6.0).then(|| (pts[0].0, pts[0].1.min(pts[1].1)))
        })
        .collect();
    assert!(dash_tops.len() > 10, "{dash_tops:?}");
    let (x, top) = dash_tops.iter().fold((0.0, f64::MAX), |acc, &(x, y)| if y < acc.1 { (x, y) } else { acc });
    assert!((lx - x - 4.0).abs() <= 1.0, "label x {lx} beside the line at {x}");
    assert!((ly - top).abs() <= 4.0, "label y {ly} at the line's top {top}");
}

#[test]
fn mix_leaves_a_gap_for_weeks_without_activity() {
    // Weeks 0-3 active, week 4 silent, weeks 5-9 active.
    let values = |k: f64| (0..10).map(|w| if w == 4 { 0.0 } else { k }).collect::<Vec<f64>>();
    let stack = ModuleStack { mix: true, ..stack(vec![series("a", 0, values(3.0)), series("b", 1, values(1.0))], 10) };
    let areas = |s: &ModuleStack| to_svg(s, &Canvas::svg(Theme::Light, Lang::En)).unwrap().matches("<polygon").count();
    let gapped = areas(&stack);
    let volume = areas(&ModuleStack { mix: false, ..stack.clone() });
    assert_eq!(gapped, 2 * volume, "each module drawn as two runs in the mix ({gapped} vs {volume})");
    // The silent week still counts as 0 in the levels: the gap is only in the drawing.
    assert_eq!(stack.levels()[1][4], 0.0);
}
