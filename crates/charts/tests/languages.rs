//! Charts in Chinese and French: the catalogue's words and the locale's numbers and months,
//! checked against what a reader of each language expects (written out here by hand, not
//! read back from the formatter under test).

mod samples;

use charts::{Canvas, Theme, to_svg};
use i18n::Lang;

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_string())).collect()
}

/// Any text drawn that is plain ASCII English the catalogue should have translated.
fn english_left(t: &[String]) -> Vec<String> {
    const ENGLISH: [&str; 8] = ["Weekly", "events", "weeks ending", "Share of", "No activity", "Jan", "Dec", "module"];
    t.iter().filter(|x| ENGLISH.iter().any(|w| x.contains(w))).cloned().collect()
}

#[test]
fn the_chinese_module_stack_names_months_with_yue_and_speaks_chinese() {
    let t = texts(&to_svg(&samples::module_stack(false), &Canvas::svg(Theme::Light, Lang::ZhCn)).unwrap());
    // 26 weeks from the week ending 2025-11-08: the first tick carries its year, January too.
    assert!(t.contains(&"2025年12月".to_string()), "{t:?}");
    assert!(t.contains(&"2026年1月".to_string()), "{t:?}");
    assert!(t.contains(&"2月".to_string()), "{t:?}");
    assert!(t.iter().any(|x| x.starts_with("各模块每周事件数，周截止日 ") && x.ends_with("2026年5月2日")), "{t:?}");
    assert!(english_left(&t).is_empty(), "English left: {:?}", english_left(&t));
    let mix = texts(&to_svg(&samples::module_stack(true), &Canvas::svg(Theme::Light, Lang::ZhCn)).unwrap());
    assert!(mix.iter().any(|x| x.starts_with("各模块每周活动占比")), "{mix:?}");
    assert!(mix.contains(&"100%".to_string()), "{mix:?}");
}

#[test]
fn the_french_charts_write_french_words_and_numbers() {
    let nnbsp = '\u{202f}';
    let t = texts(&to_svg(&samples::module_stack(true), &Canvas::svg(Theme::Light, Lang::Fr)).unwrap());
    assert!(t.iter().any(|x| x.starts_with("Part de l’activité hebdomadaire par module, semaines du ")), "{t:?}");
    // Percentages with the no-break space French puts before %.
    assert!(t.contains(&"100\u{a0}%".to_string()) || t.contains(&format!("100{nnbsp}%")), "{t:?}");
    assert!(t.iter().any(|x| x == "janv. 2026"), "{t:?}");
    // 1 234 answers: French groups thousands with a narrow no-break space and says "réponses".
    let mut nps = samples::nps();
    nps.scores = [vec![10u8; 1000], vec![7u8; 134], vec![2u8; 100]].concat();
    let t = texts(&to_svg(&nps, &Canvas::svg(Theme::Light, Lang::Fr)).unwrap());
    assert!(t.iter().any(|x| x.contains(&format!("1{nnbsp}234 réponses"))), "{t:?}");
    assert!(t.contains(&format!("1{nnbsp}000 promoteurs")), "{t:?}");
    assert!(t.contains(&"Tickets de support ouverts par semaine".to_string()), "{t:?}");
    // Money on the MRR axis (a dollar book): French puts the unit and the symbol after the
    // number, and names the dollar "$US".
    let t = texts(&to_svg(&samples::mrr(), &Canvas::svg(Theme::Light, Lang::Fr)).unwrap());
    assert!(t.contains(&"5\u{a0}k\u{a0}$US".to_string()), "{t:?}");
    assert!(t.contains(&"juil. 2026".to_string()) && t.contains(&"août".to_string()), "{t:?}");
    assert!(t.contains(&"Variation nette".to_string()), "{t:?}");
}
