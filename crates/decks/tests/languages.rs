//! The QBR in Chinese and French: every slide title translated (none left in English), the
//! quarter, dates and money written the way each language writes them, and the files
//! tagged with the deck's language. Expected strings are written out here from the
//! catalogue's wording and CLDR's conventions, not produced by the code under test.

mod common;

use common::*;
use decks::quarter::Quarter;
use decks::{Brand, pdf, pptx, qbr};
use i18n::Lang;
use metrics::{Scope, Settings};
use store::{KeyChoice, Workspace};

const NNBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

/// French compact money as CLDR writes it: "54 k €", "1,2 M $US", "950 €" (no-break
/// spaces), rounded to whole units of the scale from 10 up, one decimal below.
fn french_compact(amount: f64, currency: &str) -> Option<String> {
    let symbol = match currency {
        "USD" => "$US",
        "EUR" => "€",
        _ => return None,
    };
    let (value, unit) = match amount {
        a if a >= 1e6 => (a / 1e6, Some("M")),
        a if a >= 1e3 => (a / 1e3, Some("k")),
        a => (a, None),
    };
    let digits = if value >= 10.0 || unit.is_none() { format!("{}", value.round()) } else { format!("{:.1}", value).replace(".0", "").replace('.', ",") };
    Some(match unit {
        Some(u) => format!("{digits}{NBSP}{u}{NBSP}{symbol}"),
        None => format!("{digits}{NBSP}{symbol}"),
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chinese_and_french_qbrs_are_translated_and_formatted() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = demo::DemoConfig { accounts: 20, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir.path()).unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("decks")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    let quarter = Quarter::of(cfg.end_day).previous();
    let settings = Settings::default();
    let analysis = metrics::analyze(&ws, quarter.end(), Scope::All, &settings).await.unwrap();
    let account = analysis.accounts.iter().find(|v| v.mrr > 0.0).unwrap().account_id.clone();
    let brand = Brand::default();

    let data = |lang| qbr::load(&ws, &account, quarter, &settings, lang);
    let (en, zh, fr) = (data(Lang::En).await.unwrap(), data(Lang::ZhCn).await.unwrap(), data(Lang::Fr).await.unwrap());
    let (en_deck, zh_deck, fr_deck) = (qbr::deck(&en, &brand).unwrap(), qbr::deck(&zh, &brand).unwrap(), qbr::deck(&fr, &brand).unwrap());
    let name = en.view().name.clone();
    let (q, y) = (quarter.q, quarter.year);

    // The English deck still says what it said.
    assert_eq!(en_deck.slides[0].title, format!("{name}: Quarterly Business Review"));
    assert_eq!(en_deck.slides[1].title, format!("Q{q} {y} at a glance"));

    // Chinese: the catalogue's titles, the quarter as 年第…季度, no English title left.
    let zh_quarter = format!("{y}年第{}季度", ["一", "二", "三", "四"][q as usize - 1]);
    let zh_titles: Vec<&str> = zh_deck.slides.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(zh_titles[0], format!("{name}：季度业务回顾"));
    assert_eq!(zh_titles[1], format!("{zh_quarter}概览"));
    for want in ["成功计划：目标与里程碑", "采用情况：模块使用", "采用情况：活跃用户", "健康度：趋势与影响因素", "已交付价值", "支持", "NPS：客户的声音", "续约与增购", "附录：定义"] {
        assert!(zh_titles.contains(&want), "{want} in {zh_titles:?}");
    }
    for (zh_slide, en_slide) in zh_deck.slides.iter().zip(&en_deck.slides).skip(1) {
        assert_ne!(zh_slide.title, en_slide.title, "left in English");
        assert!(!zh_slide.title.is_ascii(), "{}", zh_slide.title);
        for note in &zh_slide.notes {
            assert!(!note.contains(" the "), "an English note in the Chinese deck: {note}");
        }
    }
    let end = quarter.end();
    let zh_date = format!("{}年{}月{}日", y, chrono::Datelike::month(&end), chrono::Datelike::day(&end));
    assert!(zh_deck.slides[0].subtitle.as_deref().unwrap().contains(&zh_date), "{:?}", zh_deck.slides[0].subtitle);

    // French: T3 2026, French titles with the narrow no-break space before the colon, the
    // quarter's last day in French, money in French compact form.
    let fr_titles: Vec<&str> = fr_deck.slides.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(fr_titles[0], format!("{name}{NNBSP}: revue trimestrielle"));
    assert_eq!(fr_titles[1], format!("T{q} {y} en un coup d’œil"));
    assert!(fr_titles.contains(&format!("Annexe{NNBSP}: définitions").as_str()), "{fr_titles:?}");
    assert!(fr_titles.contains(&format!("Plan pour le T{} {} et demandes", quarter.next().q, quarter.next().year).as_str()), "{fr_titles:?}");
    let months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    let fr_date = format!("{} {} {y}", chrono::Datelike::day(&end), months[chrono::Datelike::month0(&end) as usize]);
    assert!(fr_deck.slides[0].subtitle.as_deref().unwrap().contains(&fr_date), "{fr_date} in {:?}", fr_deck.slides[0].subtitle);
    // "Support" is French too; every other title differs from the English one.
    for (fr_slide, en_slide) in fr_deck.slides.iter().zip(&en_deck.slides).skip(1).filter(|(_, e)| e.title != "Support") {
        assert_ne!(fr_slide.title, en_slide.title, "left in English");
    }

    // The files: slide text, language tags and document properties in the deck's language.
    let parts = check_package(&pptx::write(&fr_deck).unwrap());
    let summary = slide_text(&parts, 2);
    if let Some(arr) = fr.book.currency.as_deref().and_then(|c| french_compact(fr.view().arr, c)) {
        assert!(summary.contains(&arr), "{arr} in {summary}");
    }
    assert!(summary.contains("par rapport au trimestre précédent") || summary.contains("pas de trimestre précédent"), "{summary}");
    assert!(text(&parts, "docProps/core.xml").contains("<dc:language>fr-FR</dc:language>"));
    let slide = text(&parts, "ppt/slides/slide2.xml");
    assert!(slide.contains(r#"lang="fr-FR""#) && !slide.contains(r#"lang="en-US""#), "French runs");
    let zh_parts = check_package(&pptx::write(&zh_deck).unwrap());
    assert!(text(&zh_parts, "docProps/core.xml").contains("<dc:language>zh-CN</dc:language>"));
    assert_eq!(titles(&zh_parts)[1], format!("{zh_quarter}概览"));
    for (deck, tag) in [(&fr_deck, "fr"), (&zh_deck, "zh-CN")] {
        let bytes = pdf::write(deck).unwrap();
        assert!(String::from_utf8_lossy(&bytes).contains(&format!("/Lang({tag})")), "PDF language {tag}");
    }
    ws.close().await;
}
