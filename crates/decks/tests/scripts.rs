//! Customer names in every script, in both writers: the PPTX names the East Asian and
//! complex-script faces per run and marks right-to-left paragraphs; the PDF embeds the faces
//! the font stack picks (subsets), and nothing is left that the machine cannot draw.

mod common;

use chrono::NaiveDate;
use common::*;
use decks::model::{Content, Frame, Para, Slide, SlideKind};
use decks::{Brand, Deck};

fn deck() -> Deck {
    let mut s = Slide::content("星河数据科技有限公司: Adoption");
    s.add(Frame::new(40.0, 100.0, 880.0, 300.0), Content::Text(vec![
        Para::text("شركة المستقبل", 16.0),
        Para::text("株式会社さくらテック", 16.0),
        Para::text("Société Générale d'Études 🚀", 16.0),
    ]));
    Deck {
        // The deck's own words are English; the customer's names carry their own tags.
        lang: i18n::Lang::En,
        title: "星河数据科技有限公司".into(),
        author: "王芳".into(),
        brand: Brand::default(),
        day: NaiveDate::from_ymd_opt(2026, 9, 30).unwrap(),
        slides: vec![Slide { kind: SlideKind::Title, title: "한빛소프트 주식회사".into(), subtitle: Some("Q3 2026".into()), blocks: vec![], notes: vec![] }, s],
    }
}

/// (text, lang, latin, ea, cs, rtl of its paragraph) of every run on a slide.
fn runs(xml: &str) -> Vec<(String, String, String, String, String, bool)> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("r"))
        .map(|r| {
            let props = r.children().find(|c| c.has_tag_name("rPr")).unwrap();
            let face = |tag: &str| props.children().find(|c| c.has_tag_name(tag)).and_then(|c| c.attribute("typeface")).unwrap_or_default().to_string();
            let text = r.children().find(|c| c.has_tag_name("t")).and_then(|t| t.text()).unwrap_or_default().to_string();
            let para = r.ancestors().find(|a| a.has_tag_name("p")).unwrap();
            let rtl = para.children().find(|c| c.has_tag_name("pPr")).and_then(|p| p.attribute("rtl")) == Some("1");
            (text, props.attribute("lang").unwrap_or_default().to_string(), face("latin"), face("ea"), face("cs"), rtl)
        })
        .collect()
}

#[test]
fn pptx_runs_name_a_face_for_each_class_of_script() {
    let parts = check_package(&decks::pptx::write(&deck()).unwrap());
    let title = runs(&text(&parts, "ppt/slides/slide1.xml"));
    assert!(title.iter().any(|r| r.0 == "한빛소프트 주식회사" && r.1 == "ko-KR" && r.3 == "Noto Sans CJK KR"), "{title:?}");
    let body = runs(&text(&parts, "ppt/slides/slide2.xml"));
    let find = |t: &str| body.iter().find(|r| r.0 == t).unwrap_or_else(|| panic!("{t} in {body:?}")).clone();
    let zh = find("星河数据科技有限公司: Adoption");
    assert_eq!((zh.1.as_str(), zh.2.as_str(), zh.3.as_str(), zh.5), ("zh-CN", "DejaVu Sans", "Noto Sans CJK SC", false));
    let ar = find("شركة المستقبل");
    assert_eq!((ar.1.as_str(), ar.4.as_str(), ar.5), ("ar", "Noto Sans Arabic", true));
    let ja = find("株式会社さくらテック");
    assert_eq!((ja.1.as_str(), ja.3.as_str()), ("ja-JP", "Noto Sans CJK JP"));
    let fr = find("Société Générale d'Études 🚀");
    assert_eq!((fr.1.as_str(), fr.2.as_str(), fr.5), ("en-US", "DejaVu Sans", false));
    // The theme gives PowerPoint a face per script for text typed later.
    let theme = text(&parts, "ppt/theme/theme1.xml");
    for (script, face) in [("Hans", "Noto Sans CJK SC"), ("Jpan", "Noto Sans CJK JP"), ("Hang", "Noto Sans CJK KR"), ("Arab", "Noto Sans Arabic")] {
        assert!(theme.contains(&format!(r#"<a:font script="{script}" typeface="{face}"/>"#)), "{script}");
    }
}

#[test]
fn pdf_embeds_subsets_of_the_faces_each_script_needs() {
    let deck = deck();
    assert!(deck.missing_glyphs().is_empty(), "{}", deck.missing_glyphs());
    let pdf = decks::pdf::write(&deck).unwrap();
    let raw = String::from_utf8_lossy(&pdf);
    // Subset fonts carry a six-letter tag before their PostScript name.
    for face in ["NotoSansCJKsc", "NotoSansCJKjp", "NotoSansCJKkr", "NotoSansArabic", "DejaVuSans"] {
        let tagged = raw.match_indices(face).any(|(i, _)| i > 7 && raw.as_bytes()[i - 1] == b'+' && raw.as_bytes()[i - 7..i - 1].iter().all(u8::is_ascii_uppercase));
        assert!(tagged, "{face} is not embedded as a subset");
    }
    // Three CJK faces of 20 MB each, subset to a few dozen glyphs.
    assert!(pdf.len() < 400_000, "{} bytes", pdf.len());
}

#[test]
fn a_deck_reports_what_the_machine_cannot_draw() {
    let mut deck = deck();
    deck.slides[1].notes = vec!["\u{E000} private use".into()];
    let missing = deck.missing_glyphs();
    assert_eq!(missing.chars, vec!['\u{E000}']);
    assert!(missing.to_string().contains("U+E000"), "{missing}");
}
