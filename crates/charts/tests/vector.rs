//! What the PDF writer needs: every chart's SVG is read by usvg (the parser svg2pdf and
//! resvg use) with only the embedded faces available, and every piece of text comes out as
//! glyph outlines in that font, so vector charts in a PDF look like the PNGs.

mod samples;

use std::sync::Arc;

fn options() -> usvg::Options<'static> {
    let mut db = usvg::fontdb::Database::new();
    for face in charts::font::FACES {
        db.load_font_data(face.to_vec());
    }
    usvg::Options { fontdb: Arc::new(db), ..Default::default() }
}

fn count_text(group: &usvg::Group, drawn: &mut usize, empty: &mut Vec<String>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => count_text(g, drawn, empty),
            usvg::Node::Text(t) => {
                if t.flattened().children().is_empty() {
                    empty.push(t.chunks().iter().map(|c| c.text().to_string()).collect());
                } else {
                    *drawn += 1;
                }
            }
            _ => {}
        }
    }
}

#[test]
fn every_chart_parses_in_usvg_with_text_drawn_in_the_embedded_font() {
    let opt = options();
    assert_eq!(opt.fontdb.len(), 2, "regular and bold");
    for (name, (svg, _)) in samples::each(&|draw| draw(&samples::light())) {
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let texts = doc.descendants().filter(|n| n.has_tag_name("text") && n.text().is_some_and(|t| !t.trim().is_empty())).count();
        assert!(doc.descendants().filter(|n| n.has_tag_name("text")).all(|n| n.attribute("font-family") == Some(charts::font::FAMILY)));
        let tree = usvg::Tree::from_str(&svg, &opt).unwrap_or_else(|e| panic!("{name}: {e}"));
        let (mut drawn, mut empty) = (0, vec![]);
        count_text(tree.root(), &mut drawn, &mut empty);
        assert!(empty.is_empty(), "{name}: text without outlines: {empty:?}");
        assert_eq!(drawn, texts, "{name}: every text element becomes outlines");
        assert!(texts > 3, "{name}: {texts} texts");
    }
}
