//! The success-plan timeline: the summary, the row order, the plan lines, hostile and long
//! text, the row cap and unreadable dates.

mod samples;

use i18n::Lang;
use charts::milestones::MilestoneChart;
use charts::{Canvas, Theme, to_png, to_svg};
use chrono::NaiveDate;
use metrics::lifecycle::MilestoneStatus;
use samples::ms;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_string())).collect()
}

/// The y of the text element reading exactly `text`.
fn y_of(svg: &str, text: &str) -> f64 {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let node = doc.descendants().find(|n| n.has_tag_name("text") && n.text().map(str::trim) == Some(text)).unwrap_or_else(|| panic!("{text} drawn"));
    node.attribute("y").unwrap().parse().unwrap()
}


/// As of 2026-10-31, customer since 2026-08-01 (day 30 = 08-31, 60 = 09-30, 90 = 10-30).
fn sample() -> MilestoneChart {
    MilestoneChart {
        title: "Fjord Retail".into(),
        start: Some(d("2026-08-01")),
        as_of: d("2026-10-31"),
        milestones: vec![
            ms("QBR", "vendor", "2026-11-30", None, "open"),
            ms("Kickoff call", "vendor", "2026-08-05", Some("2026-08-05"), "done"),
            ms("SSO configured", "customer", "2026-10-01", None, "overdue"),
            ms("First dashboard", "customer", "2026-11-15", None, "open"),
            ms("Data import", "customer", "2026-08-20", Some("2026-08-28"), "done"),
            ms("Admin training", "vendor", "2026-09-10", None, "overdue"),
        ],
    }
}

#[test]
fn summary_legend_and_plan_lines() {
    let t = texts(&to_svg(&sample(), &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    // Next step: the not-done milestone due first, Admin training (vendor).
    let subtitle = "2 done, 2 overdue (1 customer, 1 vendor), 2 open · next step owed by the vendor";
    assert!(t.contains(&subtitle.to_string()), "{t:?}");
    for want in ["Day 30", "Day 60", "Day 90", "Today", "Customer", "Vendor", "Done (at completion)", "Overdue (line to today)", "Open (at due day)", "Customer side", "Vendor side"] {
        assert!(t.contains(&want.to_string()), "{want} in {t:?}");
    }
    assert_eq!(t.iter().filter(|x| *x == "Customer").count(), 3, "one tag per customer row: {t:?}");
    assert!(t.iter().any(|x| x.starts_with("Sep ") || x.starts_with("Oct ")), "date axis: {t:?}");

    let no_start = MilestoneChart { start: None, ..sample() };
    let t = texts(&to_svg(&no_start, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(!t.iter().any(|x| x.starts_with("Day ")), "no plan lines without a start: {t:?}");
    assert!(t.contains(&"Today".to_string()));
}

#[test]
fn rows_overdue_first_then_open_then_done() {
    let svg = to_svg(&sample(), &Canvas::svg(Theme::Light, Lang::En)).unwrap();
    // Overdue most late first (due 09-10 before 10-01), open by due, done by due.
    let order = ["Admin training", "SSO configured", "First dashboard", "QBR", "Kickoff call", "Data import"];
    let ys: Vec<f64> = order.iter().map(|t| y_of(&svg, t)).collect();
    assert!(ys.windows(2).all(|w| w[0] < w[1]), "rows top to bottom {order:?}: {ys:?}");
    // Unknown statuses are inferred from the dates: completed → done, past due → overdue.
    let inferred = MilestoneChart {
        milestones: vec![ms("Was done", "vendor", "2026-09-01", Some("2026-09-02"), ""), ms("Is late", "customer", "2026-10-20", None, "?")],
        ..sample()
    };
    let svg = to_svg(&inferred, &Canvas::svg(Theme::Light, Lang::En)).unwrap();
    assert!(y_of(&svg, "Is late") < y_of(&svg, "Was done"));
    assert!(texts(&svg).contains(&"1 done, 1 overdue (1 customer, 0 vendor), 0 open · next step owed by the customer".to_string()));
}

#[test]
fn hostile_and_international_text_is_escaped_and_short() {
    let title = r#"<script>alert(1)</script> & "quotes""#;
    let long = "x".repeat(500);
    let chart = MilestoneChart {
        title: title.into(),
        milestones: vec![
            ms("数据收集与可视化平台上线", "customer", "2026-09-01", None, "overdue"),
            ms("تدريب المسؤولين", "vendor", "2026-09-02", None, "overdue"),
            ms("🚀 Launch 🎉", "customer", "2026-11-02", None, "open"),
            ms(&long, "vendor", "2026-11-03", None, "open"),
            ms("<img src=x onerror=alert(1)>", "<b>partner</b>\u{0}", "2026-11-04", None, "open"),
        ],
        ..sample()
    };
    let svg = to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap();
    assert!(!svg.contains("<script>") && !svg.contains("<img") && !svg.contains("<b>"), "raw markup in the SVG");
    assert!(!svg.contains('\u{0}'));
    let t = texts(&svg);
    assert!(t.contains(&title.to_string()), "{t:?}");
    assert!(t.iter().any(|x| x.starts_with("数据收集")), "{t:?}");
    assert!(t.contains(&"تدريب المسؤولين".to_string()), "{t:?}");
    assert!(t.contains(&"🚀 Launch 🎉".to_string()), "{t:?}");
    let cut = t.iter().find(|x| x.starts_with("xxx")).expect("long title drawn");
    assert!(cut.ends_with('…') && cut.chars().count() <= 26, "{cut}");
    assert!(t.contains(&"<b>partne…".to_string()), "other sides as written, cut: {t:?}");
    to_png(&chart, &Canvas::png(Theme::Dark, Lang::En)).unwrap();
}

#[test]
fn caps_the_rows_and_says_how_many_more() {
    let milestones: Vec<MilestoneStatus> =
        (0..30).map(|i| ms(&format!("Step {i:02}"), if i % 2 == 0 { "customer" } else { "vendor" }, &format!("2026-11-{:02}", i + 1), None, "open")).collect();
    let chart = MilestoneChart { milestones, ..sample() };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"0 done, 0 overdue, 30 open · next step owed by the customer · and 16 more".to_string()), "{t:?}");
    let steps: Vec<&String> = t.iter().filter(|x| x.starts_with("Step ")).collect();
    assert_eq!(steps.len(), 14, "{steps:?}");
    assert_eq!((steps[0].as_str(), steps[13].as_str()), ("Step 00", "Step 13"), "the first due are shown");
}

#[test]
fn nothing_to_show_says_so() {
    let none = MilestoneChart { milestones: vec![], ..sample() };
    assert!(texts(&to_svg(&none, &Canvas::svg(Theme::Light, Lang::En)).unwrap()).contains(&"No success-plan milestones".to_string()));
    // Days come typed (`MilestoneStatus::due` is a day), so no row can be dropped for an
    // unreadable one: what is left to test is a status the chart does not know.
    let odd = MilestoneChart { milestones: vec![ms("Done somehow", "vendor", "2026-10-01", Some("2026-10-02"), "")], ..sample() };
    assert!(texts(&to_svg(&odd, &Canvas::svg(Theme::Light, Lang::En)).unwrap()).contains(&"Done somehow".to_string()));
}

fn has_pixel(png: &[u8], rgb: [u8; 3]) -> bool {
    let img = image::load_from_memory(png).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (1600, 900));
    img.pixels().any(|p| p.0 == rgb)
}

#[test]
fn png_at_2x_has_the_status_and_owner_colours() {
    let png = to_png(&sample(), &Canvas::png(Theme::Light, Lang::En)).unwrap();
    for (what, rgb) in [("done", [0, 158, 115]), ("overdue", [213, 94, 0]), ("customer", [0, 114, 178]), ("vendor", [230, 159, 0])] {
        assert!(has_pixel(&png, rgb), "{what} colour {rgb:?} in the PNG");
    }
    let none = MilestoneChart { milestones: vec![], ..sample() };
    assert!(!has_pixel(&to_png(&none, &Canvas::png(Theme::Light, Lang::En)).unwrap(), [213, 94, 0]), "no markers, no legend when empty");
}

#[test]
fn extreme_dates_do_not_panic() {
    for (due, start) in [("9999-12-31", NaiveDate::MIN), ("0001-01-01", d("9999-12-31")), ("9999-12-31", NaiveDate::MAX)] {
        let chart = MilestoneChart {
            start: Some(start),
            milestones: vec![ms("Far away", "vendor", due, Some(due), "done"), ms("Near", "customer", "2026-10-01", None, "overdue")],
            ..sample()
        };
        let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
        assert!(t.contains(&"Far away".to_string()) && t.contains(&"Near".to_string()), "{due}: {t:?}");
    }
}

#[test]
fn crowded_plan_lines_share_one_label() {
    // Four years of milestones: day 30, 60 and 90 of the plan sit a few pixels apart.
    let chart = MilestoneChart {
        title: "Long plan".into(),
        start: Some(d("2022-05-01")),
        as_of: d("2026-10-31"),
        milestones: vec![ms("Kickoff", "vendor", "2022-05-20", Some("2022-05-20"), "done"), ms("QBR", "vendor", "2026-09-30", None, "overdue")],
    };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"Days 30–90".to_string()), "{t:?}");
    assert!(!t.iter().any(|x| x == "Day 60"), "{t:?}");
}
