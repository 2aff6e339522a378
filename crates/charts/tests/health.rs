//! The health chart: trend on bands, drivers with points earned of points possible.

mod samples;

use i18n::Lang;
use charts::{Canvas, HealthChart, Theme, to_png, to_svg};
use chrono::NaiveDate;
use metrics::health::{Band, HealthScore};
use samples::part;

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_string())).collect()
}


fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn trend_and_drivers() {
    let current = HealthScore {
        account_id: "ACC-1".into(),
        day: "2026-10-31".into(),
        score: Some(55),
        band: Band::Yellow,
        reason: None,
        components: vec![part("Usage trend", Some(-0.4), 5.0, 20.0), part("NPS", None, 0.0, 10.0), part("Depth", Some(0.9), 15.0, 15.0)],
    };
    let chart = HealthChart {
        title: "Fjord <Retail> & Co".into(),
        history: vec![(d("2026-09-05"), 72), (d("2026-10-03"), 64)],
        current: Some(current),
        green_at: 70,
        yellow_at: 40,
    };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"Fjord <Retail> & Co".to_string()), "{t:?}");
    assert!(t.contains(&"Health Sep 5 – Oct 3, 2026, score 55 (yellow)".to_string()), "{t:?}");
    for want in ["Usage trend", "5/20", "NPS", "n/a", "Depth", "15/15", "What makes today’s score"] {
        assert!(t.contains(&want.to_string()), "{want} in {t:?}");
    }
    assert!(t.contains(&"100".to_string()) && t.contains(&"0".to_string()), "0-100 scale: {t:?}");
    to_png(&chart, &Canvas::png(Theme::Dark, Lang::En)).unwrap();
}

#[test]
fn nothing_yet_says_so() {
    let chart = HealthChart { title: "New".into(), history: vec![], current: None, green_at: 70, yellow_at: 40 };
    assert!(texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap()).contains(&"No health score yet".to_string()));
}

#[test]
fn drivers_follow_the_scorecard_not_the_raw_signal() {
    // Usage trend with no raw value (nothing the month before) but full marks, and a
    // milestone component without a signal: as `waypoint health` shows them.
    let mut full = part("Usage trend", None, 21.0, 21.0);
    full.normalized = Some(1.0);
    let mut none = part("Milestone progress", None, 0.0, 0.0);
    none.weight = 5.0;
    let current = HealthScore { account_id: "A".into(), day: "2026-10-31".into(), score: Some(86), band: Band::Green, reason: None, components: vec![full, none] };
    let chart = HealthChart { title: "New".into(), history: vec![], current: Some(current), green_at: 70, yellow_at: 40 };
    let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"21/21".to_string()), "{t:?}");
    assert!(t.contains(&"Milestone progress".to_string()) && t.contains(&"n/a".to_string()), "{t:?}");
}

#[test]
fn an_account_without_usage_says_there_is_not_enough_data() {
    let current = HealthScore {
        account_id: "A".into(),
        day: "2026-10-31".into(),
        score: None,
        band: Band::NoData,
        reason: Some(i18n::Text::new("health-no-data-reason")),
        components: vec![],
    };
    let chart = HealthChart { title: "New".into(), history: vec![], current: Some(current), green_at: 70, yellow_at: 40 };
    for (lang, words) in [(Lang::En, "Not enough data to score"), (Lang::ZhCn, "数据不足")] {
        let t = texts(&to_svg(&chart, &Canvas::svg(Theme::Light, lang)).unwrap());
        assert!(t.iter().any(|x| x.contains(words)), "{t:?}");
    }
}
