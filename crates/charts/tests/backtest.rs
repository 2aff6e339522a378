//! The backtest chart: ROC against the diagonal with the AUC, churn rate per band with its
//! counts, lead times binned by 15 days.

use charts::{BacktestChart, BandBar, Canvas, Theme, to_png, to_svg};
use i18n::Lang;

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_string())).collect()
}

fn sample() -> BacktestChart {
    BacktestChart {
        title: "Does the health score see churn coming?".into(),
        subtitle: "24 month ends".into(),
        roc: vec![(0.0, 0.0), (0.05, 0.5), (0.3, 0.9), (1.0, 1.0)],
        auc: Some(0.8725),
        bands: vec![
            BandBar { label: "green".into(), evaluations: 4_224, churned: 32 },
            BandBar { label: "yellow".into(), evaluations: 356, churned: 60 },
            BandBar { label: "red".into(), evaluations: 11, churned: 6 },
        ],
        lead_days: vec![3, 14, 16, 29, 29, 71],
        never_red: 31,
        horizon_days: 90,
    }
}

#[test]
fn roc_bands_and_lead_times_carry_their_numbers() {
    let t = texts(&to_svg(&sample(), &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"ROC curve · AUC 0.87".to_string()), "{t:?}");
    // Each band's rate with its counts: 32 of 4,224 is 0.8%.
    for label in ["0.8% (32/4,224)", "16.9% (60/356)", "54.5% (6/11)", "green", "yellow", "red"] {
        assert!(t.contains(&label.to_string()), "{label} in {t:?}");
    }
    assert!(t.contains(&"Days from first red to churn (31 never red)".to_string()), "{t:?}");
    let png = to_png(&sample(), &Canvas::png(Theme::Dark, Lang::En)).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
}

#[test]
fn in_chinese_and_french() {
    let zh = texts(&to_svg(&sample(), &Canvas::svg(Theme::Light, Lang::ZhCn)).unwrap());
    assert!(zh.iter().any(|x| x == "各健康区间的流失率"), "{zh:?}");
    let fr = texts(&to_svg(&sample(), &Canvas::svg(Theme::Light, Lang::Fr)).unwrap());
    assert!(fr.iter().any(|x| x == "Courbe ROC · AUC 0,87"), "{fr:?}");
}

#[test]
fn without_churn_or_renewal_there_is_nothing_to_draw_and_it_says_so() {
    let none = BacktestChart { roc: vec![], auc: None, lead_days: vec![], ..sample() };
    let t = texts(&to_svg(&none, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.iter().any(|x| x.starts_with("Not enough history to test the score")), "{t:?}");
    let no_lead = BacktestChart { lead_days: vec![], ..sample() };
    let t = texts(&to_svg(&no_lead, &Canvas::svg(Theme::Light, Lang::En)).unwrap());
    assert!(t.contains(&"No churn was red beforehand".to_string()), "{t:?}");
}
