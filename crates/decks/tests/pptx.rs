//! The PPTX package: every part parses, every relationship and content type resolves, titles
//! sit in title placeholders, customer text survives exactly, and output is deterministic.

mod common;

use common::*;
use chrono::NaiveDate;
use decks::model::{Content, Frame, Para, Picture, Rgb, Run, Slide, SlideKind, Table};
use decks::{Brand, Deck};

/// A 1 x 1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8, 0xCF,
    0xC0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0x18, 0xDD, 0x8D, 0xB0, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

const HOSTILE: &str = r#"<script>alert("x")</script> & 'Söhne' 数据 مراقبة 🚀"#;

fn deck() -> Deck {
    let long = "N".repeat(500);
    let mut content = Slide::content(format!("Adoption: {HOSTILE}"));
    content
        .add(Frame::new(40.0, 100.0, 420.0, 300.0), Content::Text(vec![
            Para::bullet(vec![Run::bold("Breadth "), Run::plain("4 of 6 modules")], 16.0),
            Para::bullet(vec![Run::coloured(HOSTILE, Rgb(213, 94, 0), false)], 16.0),
            Para::text(long.clone(), 12.0),
        ]))
        .add(Frame::new(480.0, 100.0, 440.0, 247.5), Content::Picture(Picture { png: PNG.to_vec(), svg: None, alt: format!("Chart for {HOSTILE}") }))
        .add(Frame::new(40.0, 420.0, 880.0, 80.0), Content::Table(Table {
            header: vec!["Metric".into(), "Now".into(), "QoQ".into()],
            rows: vec![vec!["NPS".into(), "+38".into(), "+6".into()], vec![HOSTILE.into(), String::new(), "".into()]],
            widths: vec![0.5, 0.25, 0.25],
            size: 11.0,
        }))
        .add(Frame::new(0.0, 530.0, 960.0, 10.0), Content::Fill(Rgb(0, 114, 178)));
    content.notes = vec!["Talk about breadth first.".into(), HOSTILE.into()];
    let mut second = Slide::content("Next steps");
    second.add(Frame::new(40.0, 100.0, 880.0, 300.0), Content::Picture(Picture { png: PNG.to_vec(), svg: None, alt: "second".into() }));
    Deck {
        lang: i18n::Lang::En,
        title: format!("QBR {HOSTILE}"),
        author: "Dana Smith".into(),
        brand: Brand::default(),
        day: NaiveDate::from_ymd_opt(2026, 9, 30).unwrap(),
        slides: vec![
            Slide { kind: SlideKind::Title, title: format!("{long} QBR"), subtitle: Some("Q3 2026".into()), blocks: vec![], notes: vec![] },
            content,
            second,
        ],
    }
}

#[test]
fn package_is_complete_and_consistent() {
    let bytes = decks::pptx::write(&deck()).unwrap();
    let parts = check_package(&bytes);
    assert_eq!(parts.keys().filter(|n| n.starts_with("ppt/slides/slide")).count(), 3);
    assert_eq!(parts.keys().filter(|n| n.starts_with("ppt/media/")).count(), 2, "one image per picture");
}

#[test]
fn titles_sit_in_placeholders_and_text_survives_exactly() {
    let d = deck();
    let parts = unzip(&decks::pptx::write(&d).unwrap());
    for (i, slide) in d.slides.iter().enumerate() {
        let xml = text(&parts, &format!("ppt/slides/slide{}.xml", i + 1));
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let title_shape = doc
            .descendants()
            .find(|n| n.has_tag_name("sp") && n.descendants().any(|p| p.has_tag_name("ph") && matches!(p.attribute("type"), Some("title" | "ctrTitle"))))
            .unwrap_or_else(|| panic!("slide {} has no title placeholder", i + 1));
        let title: String = title_shape.descendants().filter(|n| n.has_tag_name("t")).filter_map(|n| n.text()).collect();
        assert_eq!(title, slide.title, "slide {}", i + 1);
    }
    let slide2 = text(&parts, "ppt/slides/slide2.xml");
    assert!(!slide2.contains("<script>"), "escaped");
    let doc = roxmltree::Document::parse(&slide2).unwrap();
    let runs: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("t")).filter_map(|n| n.text()).collect();
    assert!(runs.contains(&HOSTILE), "{runs:?}");
    assert!(runs.iter().any(|r| r.len() == 500), "the 500-character text is whole");
    let alt = doc.descendants().find(|n| n.has_tag_name("cNvPr") && n.attribute("descr").is_some()).unwrap();
    assert_eq!(alt.attribute("descr"), Some(format!("Chart for {HOSTILE}").as_str()));
    let notes = text(&parts, "ppt/notesSlides/notesSlide2.xml");
    let doc = roxmltree::Document::parse(&notes).unwrap();
    let said: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("t")).filter_map(|n| n.text()).collect();
    assert_eq!(said, ["Talk about breadth first.", HOSTILE]);
}

#[test]
fn same_deck_same_bytes() {
    assert_eq!(decks::pptx::write(&deck()).unwrap(), decks::pptx::write(&deck()).unwrap());
}
