//! Reading a PPTX package back for tests.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

pub fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut v = Vec::new();
            f.read_to_end(&mut v).unwrap();
            (f.name().to_string(), v)
        })
        .collect()
}

pub fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(parts.get(name).unwrap_or_else(|| panic!("{name} missing")).clone()).unwrap()
}

/// `base` dir + relative `target`, with `..` resolved.
pub fn resolve(base: &str, target: &str) -> String {
    let mut segs: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for t in target.split('/') {
        match t {
            ".." => {
                segs.pop();
            }
            "." | "" => {}
            t => segs.push(t),
        }
    }
    segs.join("/")
}

/// Unzips a PPTX and checks it is complete and consistent: every XML part parses, every
/// override names a part and every XML part has one, every relationship target exists.
pub fn check_package(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let parts = unzip(bytes);
    assert_eq!(parts.keys().next().map(String::as_str), Some("[Content_Types].xml"), "content types first");
    // Every XML part parses.
    for (name, data) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let s = std::str::from_utf8(data).unwrap();
            roxmltree::Document::parse(s).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    // Every override names an existing part; every part but rels and media has one.
    let ct = text(&parts, "[Content_Types].xml");
    let doc = roxmltree::Document::parse(&ct).unwrap();
    let overrides: BTreeSet<String> =
        doc.descendants().filter(|n| n.has_tag_name("Override")).map(|n| n.attribute("PartName").unwrap().trim_start_matches('/').to_string()).collect();
    for o in &overrides {
        assert!(parts.contains_key(o), "override for missing {o}");
    }
    for name in parts.keys().filter(|n| n.ends_with(".xml") && *n != "[Content_Types].xml") {
        assert!(overrides.contains(name), "{name} has no content type");
    }
    // Every relationship target exists.
    for (name, data) in parts.iter().filter(|(n, _)| n.ends_with(".rels")) {
        let base = name.replace("_rels/", "").trim_end_matches(".rels").to_string();
        let dir = base.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        let doc = roxmltree::Document::parse(std::str::from_utf8(data).unwrap()).unwrap();
        for r in doc.descendants().filter(|n| n.has_tag_name("Relationship")) {
            let target = resolve(&dir, r.attribute("Target").unwrap());
            assert!(parts.contains_key(&target), "{name}: {target} missing");
        }
    }
    parts
}

/// The text of each slide's title placeholder, in slide order.
pub fn titles(parts: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let n = parts.keys().filter(|k| k.starts_with("ppt/slides/slide") && k.ends_with(".xml")).count();
    (1..=n)
        .map(|i| {
            let xml = text(parts, &format!("ppt/slides/slide{i}.xml"));
            let doc = roxmltree::Document::parse(&xml).unwrap();
            let shape = doc
                .descendants()
                .find(|n| n.has_tag_name("sp") && n.descendants().any(|p| p.has_tag_name("ph") && matches!(p.attribute("type"), Some("title" | "ctrTitle"))))
                .unwrap_or_else(|| panic!("slide {i} has no title placeholder"));
            shape.descendants().filter(|n| n.has_tag_name("t")).filter_map(|n| n.text()).collect()
        })
        .collect()
}

/// All text runs of one slide.
pub fn slide_text(parts: &BTreeMap<String, Vec<u8>>, i: usize) -> String {
    let xml = text(parts, &format!("ppt/slides/slide{i}.xml"));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("t")).filter_map(|n| n.text()).collect::<Vec<_>>().join(" | ")
}
