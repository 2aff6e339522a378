//! What the PDF writer and the PNGs need: every chart's SVG is read by usvg (the parser
//! resvg and krilla-svg use) with the font stack, every piece of text comes out as glyph
//! outlines, and no glyph drawn is a face's missing-glyph box (glyph id 0), in any script.

mod samples;

use i18n::Lang;
use charts::{Canvas, Theme};

/// Text elements and the glyphs they were laid out with: (text, glyph ids, glyph texts,
/// glyph baselines).
type Laid = (String, Vec<u16>, String, Vec<f32>);

fn texts(group: &usvg::Group, out: &mut Vec<Laid>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => texts(g, out),
            usvg::Node::Text(t) => {
                let text: String = t.chunks().iter().map(|c| c.text().to_string()).collect();
                let glyphs = t.layouted().iter().flat_map(|s| s.positioned_glyphs.iter());
                let ids = glyphs.clone().map(|g| g.id.0).collect();
                let drawn = glyphs.clone().map(|g| g.text.as_str()).collect();
                let baselines = glyphs.map(|g| g.transform().ty).collect();
                out.push((text, ids, drawn, baselines));
            }
            _ => {}
        }
    }
}

fn check(name: &str, svg: &str) -> usize {
    let doc = roxmltree::Document::parse(svg).unwrap();
    for n in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let family = n.attribute("font-family").unwrap_or_default();
        let text = n.text().unwrap_or_default();
        if text.is_ascii() {
            assert_eq!(family, charts::font::FAMILY, "{name}: {text:?}");
        } else {
            assert!(family.contains("DejaVu Sans") && family.ends_with("sans-serif"), "{name}: {text:?} in {family}");
        }
    }
    let elements = doc.descendants().filter(|n| n.has_tag_name("text") && n.text().is_some_and(|t| !t.trim().is_empty())).count();
    let tree = usvg::Tree::from_str(svg, charts::svg_options()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut found = vec![];
    texts(tree.root(), &mut found);
    let drawn: Vec<_> = found.iter().filter(|(t, ..)| !t.trim().is_empty()).collect();
    assert_eq!(drawn.len(), elements, "{name}: every text element is laid out");
    for (text, ids, glyph_text, baselines) in &drawn {
        // One baseline per label (none of these is rotated): a right-to-left word's first
        // letter once fell below the rest.
        if !text.is_ascii() {
            assert!(baselines.iter().all(|y| (y - baselines[0]).abs() < 0.01), "{name}: {text:?} on baselines {baselines:?}");
        }
        assert!(!ids.is_empty(), "{name}: {text:?} has no glyphs");
        assert!(!ids.contains(&0), "{name}: {text:?} draws a missing-glyph box ({ids:?})");
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let (mut want, mut got): (Vec<char>, Vec<char>) = (squeeze(text).chars().collect(), squeeze(glyph_text).chars().collect());
        // Right-to-left runs come back in visual order; the characters must all be there.
        want.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, want, "{name}: {text:?} drew {glyph_text:?}");
    }
    drawn.len()
}

#[test]
fn every_chart_is_laid_out_with_real_glyphs_at_both_sizes() {
    for canvas in [samples::light(), Canvas::png(Theme::Light, Lang::En)] {
        let svgs = samples::svgs(&canvas);
        assert!(svgs.len() >= 11);
        for (name, svg) in svgs {
            let n = check(name, &svg);
            assert!(n > 3, "{name}: {n} texts");
        }
    }
}

#[test]
fn each_script_is_named_with_the_family_that_draws_it() {
    let svgs = samples::svgs(&samples::light());
    let mix = &svgs.iter().find(|(n, _)| *n == "module_mix_international").unwrap().1;
    let doc = roxmltree::Document::parse(mix).unwrap();
    let family = |needle: &str| {
        doc.descendants().find(|n| n.has_tag_name("text") && n.text().is_some_and(|t| t.contains(needle))).and_then(|n| n.attribute("font-family")).unwrap().to_string()
    };
    assert_eq!(family("星河"), "DejaVu Sans, Noto Sans CJK SC, sans-serif");
    assert_eq!(family("شركة"), "Noto Sans Arabic, DejaVu Sans, sans-serif");
    assert_eq!(family("한빛"), "DejaVu Sans, Noto Sans CJK KR, sans-serif");
    // Cyrillic is the bundled face's own.
    assert_eq!(family("Северный"), charts::font::FAMILY);
}

#[test]
fn international_names_reach_the_drawing_whole() {
    let svgs = samples::svgs(&samples::light());
    let mix = &svgs.iter().find(|(n, _)| *n == "module_mix_international").unwrap().1;
    for name in ["星河数据科技有限公司", "شركة المستقبل", "한빛소프트 주식회사", "ООО «Северный ветер»", "Αθηναϊκή", "Société Générale d&apos;Études"] {
        assert!(mix.contains(name) || mix.contains(&name.replace("&apos;", "'")), "{name} missing from the SVG");
    }
    let stack = &svgs.iter().find(|(n, _)| *n == "module_stack_international").unwrap().1;
    for name in ["数据采集", "モニタリング", "تحليل", "培训 🚀"] {
        assert!(stack.contains(name), "{name}");
    }
}
