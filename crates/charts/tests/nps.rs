//! The NPS and tickets chart: the score by hand, weekly ticket buckets by hand, what the
//! chart says, hostile text and empty panels.

use i18n::Lang;
use charts::nps::{NpsChart, TicketWeek, nps_score, ticket_weeks};
use charts::{Canvas, Theme, to_png, to_svg};
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_string())).collect()
}

fn week(end: &str, opened: u32, urgent_or_high: u32) -> TicketWeek {
    TicketWeek { week_end: d(end), opened, urgent_or_high }
}

/// 12 promoters, 5 passives, 4 detractors: NPS = (12 - 4) / 21 = 38.1% → +38.
fn sample() -> NpsChart {
    let mut scores = vec![10, 10, 10, 10, 10, 9, 9, 9, 9, 9, 9, 9];
    scores.extend([8, 8, 7, 7, 7]);
    scores.extend([6, 5, 3, 0]);
    NpsChart {
        title: "Fjord Retail".into(),
        subtitle_period: "1 Nov 2025 – 31 Oct 2026".into(),
        scores,
        tickets: vec![week("2026-10-17", 3, 1), week("2026-10-24", 0, 0), week("2026-10-31", 4, 2)],
    }
}

#[test]
fn nps_score_by_hand() {
    // 3 promoters and 2 detractors of 7: 42.86% - 28.57% = 14.29 → 14.
    assert_eq!(nps_score(&[10, 9, 9, 8, 7, 6, 0]), Some(14));
    assert_eq!(nps_score(&[]), None);
    assert_eq!(nps_score(&[10; 9]), Some(100));
    assert_eq!(nps_score(&[0, 0, 0]), Some(-100));
    assert_eq!(nps_score(&[7, 8, 8]), Some(0));
    // 1 promoter, 2 detractors of 3: -33.33 → -33; 2 and 1: +33.
    assert_eq!(nps_score(&[9, 0, 6]), Some(-33));
    assert_eq!(nps_score(&[9, 10, 6]), Some(33));
    // 2 promoters of 3: 66.67 → 67 (rounding, not truncation).
    assert_eq!(nps_score(&[9, 10, 7]), Some(67));
    // Exactly half a point, both signs: 3 promoters, 2 detractors of 8 = +12.5 → +13;
    // mirrored → -13 (half away from zero, not to even, not towards +inf).
    assert_eq!(nps_score(&[9, 9, 9, 0, 0, 7, 7, 7]), Some(13));
    assert_eq!(nps_score(&[0, 0, 0, 9, 9, 7, 7, 7]), Some(-13));
    // Not answers: left out, and alone they are no responses at all.
    assert_eq!(nps_score(&[11, 255]), None);
    assert_eq!(nps_score(&[10, 11, 255]), Some(100));
}

#[test]
fn ticket_weeks_by_hand() {
    // 2026-10-18 .. 2026-10-31: 14 days, two weeks ending 10-24 and 10-31.
    let tickets = [
        (d("2026-10-17"), true), // before `from`: ignored
        (d("2026-10-18"), true),
        (d("2026-10-24"), false),
        (d("2026-10-25"), false),
        (d("2026-10-31"), true),
        (d("2026-10-31"), false),
        (d("2026-11-01"), true), // after `to`: ignored
    ];
    assert_eq!(ticket_weeks(&tickets, d("2026-10-18"), d("2026-10-31")), vec![week("2026-10-24", 2, 1), week("2026-10-31", 3, 1)]);
    // 12 days still make two whole weeks: 10-19 is before `from` but in the first week
    // (10-18 .. 10-24), so it counts; 10-17 would not.
    let partial = [(d("2026-10-17"), true), (d("2026-10-19"), true), (d("2026-10-20"), true)];
    assert_eq!(ticket_weeks(&partial, d("2026-10-20"), d("2026-10-31")), vec![week("2026-10-24", 2, 2), week("2026-10-31", 0, 0)]);
    // 15 days are three weeks; weeks without tickets are kept.
    assert_eq!(
        ticket_weeks(&[], d("2026-10-17"), d("2026-10-31")),
        vec![week("2026-10-17", 0, 0), week("2026-10-24", 0, 0), week("2026-10-31", 0, 0)]
    );
    // `to` before `from`: the one whole week ending on `to`.
    assert_eq!(ticket_weeks(&[(d("2026-10-10"), true), (d("2026-10-03"), true)], d("2026-10-31"), d("2026-10-10")), vec![week("2026-10-10", 1, 1)]);
}

#[test]
fn states_score_classes_tickets_and_legend() {
    let svg = to_svg(&sample(), &Canvas::svg(Theme::Light, Lang::En)).unwrap();
    let t = texts(&svg);
    assert!(t.contains(&"Fjord Retail".to_string()), "{t:?}");
    let subtitle = "1 Nov 2025 – 31 Oct 2026 · NPS +38 from 21 responses · 7 tickets opened, 3 urgent or high";
    assert!(t.contains(&subtitle.to_string()), "{t:?}");
    for want in ["NPS +38", "4 detractors", "5 passives", "12 promoters", "Support tickets opened per week", "Urgent or high", "Other priority"] {
        assert!(t.contains(&want.to_string()), "{want} in {t:?}");
    }
    // Every score 0-10 on the axis, and the counts above the bars (7 nines).
    for s in 0..=10 {
        assert!(t.contains(&s.to_string()), "score {s} on the axis: {t:?}");
    }
    assert!(t.contains(&"7".to_string()));
    assert!(t.iter().any(|x| x.starts_with("Oct ")), "week ends on the ticket axis: {t:?}");
    assert!(!t.iter().any(|x| x.starts_with("No ")), "nothing empty: {t:?}");
}

#[test]
fn singular_and_negative_scores_read_right() {
    let chart = NpsChart { title: "A".into(), subtitle_period: String::new(), scores: vec![0, 3, 9], tickets: vec![week("2026-10-31", 1, 0)] };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    // 1 promoter, 2 detractors of 3 → -33.
    assert!(t.contains(&"NPS -33 from 3 responses · 1 ticket opened, 0 urgent or high".to_string()), "{t:?}");
    for want in ["NPS -33", "2 detractors", "0 passives", "1 promoter"] {
        assert!(t.contains(&want.to_string()), "{want} in {t:?}");
    }
}

#[test]
fn hostile_text_comes_out_escaped() {
    let title = r#"<script>alert(1)</script> & "quotes""#;
    let chart = NpsChart { title: title.into(), subtitle_period: "1 Nov\u{0}\u{7} 2025\n– 31 Oct 2026".into(), ..sample() };
    let svg = to_svg(&chart, &Canvas::svg(Theme::Dark, Lang::En)).unwrap();
    assert!(!svg.contains("<script>"), "raw markup in the SVG");
    assert!(!svg.contains('\u{0}') && !svg.contains('\u{7}'), "control characters in the SVG");
    let t = texts(&svg);
    assert!(t.contains(&title.to_string()), "{t:?}");
    assert!(t.iter().any(|x| x.starts_with("1 Nov 2025 – 31 Oct 2026 · NPS +38")), "{t:?}");
}

#[test]
fn empty_panels_say_so_each() {
    let none = NpsChart { title: "Quiet".into(), subtitle_period: "Oct 2026".into(), scores: vec![], tickets: vec![] };
    let t = texts(&to_svg(&none, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"No NPS responses in this period".to_string()), "{t:?}");
    assert!(t.contains(&"No tickets in this period".to_string()), "{t:?}");
    assert!(t.contains(&"Oct 2026 · no NPS responses · no tickets".to_string()), "{t:?}");

    // Weeks without a single ticket are no tickets too; out-of-range scores are no answers.
    let scores_only = NpsChart { scores: vec![9, 12], tickets: vec![week("2026-10-31", 0, 0)], ..none.clone() };
    let t = texts(&to_svg(&scores_only, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"NPS +100".to_string()) && t.contains(&"No tickets in this period".to_string()), "{t:?}");
    assert!(!t.contains(&"No NPS responses in this period".to_string()), "{t:?}");

    let tickets_only = NpsChart { scores: vec![11], tickets: vec![week("2026-10-31", 2, 1)], ..none };
    let t = texts(&to_svg(&tickets_only, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"No NPS responses in this period".to_string()), "{t:?}");
    assert!(t.contains(&"Support tickets opened per week".to_string()) && !t.contains(&"No tickets in this period".to_string()), "{t:?}");
}

fn has_pixel(png: &[u8], rgb: [u8; 3]) -> bool {
    let img = image::load_from_memory(png).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (1600, 900));
    img.pixels().any(|p| p.0 == rgb)
}

#[test]
fn png_at_2x_has_the_class_colours() {
    let png = to_png(&sample(), &Canvas::png(Theme::Light, Lang::En)).unwrap();
    for (class, rgb) in [("detractors", [213, 94, 0]), ("passives", [184, 134, 11]), ("promoters", [0, 158, 115]), ("urgent", [0, 114, 178])] {
        assert!(has_pixel(&png, rgb), "{class} colour {rgb:?} in the PNG");
    }
    // The colours come from the panels: with nothing to show, neither appears.
    let none = NpsChart { scores: vec![], tickets: vec![], ..sample() };
    let png = to_png(&none, &Canvas::png(Theme::Dark, Lang::En)).unwrap();
    assert!(!has_pixel(&png, [213, 94, 0]) && !has_pixel(&png, [0, 158, 115]), "empty panels draw no bars");
}
