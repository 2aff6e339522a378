//! The PPTX writer: an Office Open XML presentation (ECMA-376) written with `zip` and
//! hand-made parts.
//!
//! Why by hand: the Rust PPTX crates available (pptx 0.1, ppt-rs 0.2) are young single-author
//! ports whose output we could not vouch for in PowerPoint, Keynote, Google Slides and
//! LibreOffice alike, and a deck needs only a small, fixed part of the format: one master,
//! two layouts, text boxes, pictures, tables, notes. Those parts are written in schema order,
//! titles go in title placeholders (outline view and screen readers find them), and the
//! output is byte-for-byte deterministic (fixed zip timestamps), so the same data gives the
//! same file.

/// Theme, master, layouts, notes master, property parts.
pub mod fixed;
/// One slide's shapes.
pub mod shapes;
/// XML escaping and units.
pub mod xml;

use std::io::Write;

use zip::write::SimpleFileOptions;

use crate::model::{Deck, SlideKind};
use crate::Error;
use fixed::{PKG_REL, REL};
use xml::esc;

const CT_PML: &str = "application/vnd.openxmlformats-officedocument.presentationml";

fn rels(items: &[(String, String, String)]) -> String {
    let body: String = items
        .iter()
        .map(|(id, kind, target)| format!(r#"<Relationship Id="{id}" Type="{kind}" Target="{target}"/>"#))
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">{body}</Relationships>"#
    )
}

fn rel(id: impl std::fmt::Display, kind: &str, target: impl Into<String>) -> (String, String, String) {
    (format!("rId{id}"), format!("{REL}/{kind}"), target.into())
}

fn content_types(slides: usize, has_png: bool) -> String {
    let mut o = String::new();
    let mut over = |part: &str, ct: &str| o.push_str(&format!(r#"<Override PartName="{part}" ContentType="{ct}"/>"#));
    over("/ppt/presentation.xml", &format!("{CT_PML}.presentation.main+xml"));
    over("/ppt/slideMasters/slideMaster1.xml", &format!("{CT_PML}.slideMaster+xml"));
    over("/ppt/slideLayouts/slideLayout1.xml", &format!("{CT_PML}.slideLayout+xml"));
    over("/ppt/slideLayouts/slideLayout2.xml", &format!("{CT_PML}.slideLayout+xml"));
    over("/ppt/notesMasters/notesMaster1.xml", &format!("{CT_PML}.notesMaster+xml"));
    for i in 1..=slides {
        over(&format!("/ppt/slides/slide{i}.xml"), &format!("{CT_PML}.slide+xml"));
        over(&format!("/ppt/notesSlides/notesSlide{i}.xml"), &format!("{CT_PML}.notesSlide+xml"));
    }
    over("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
    over("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
    over("/ppt/presProps.xml", &format!("{CT_PML}.presProps+xml"));
    over("/ppt/viewProps.xml", &format!("{CT_PML}.viewProps+xml"));
    over("/ppt/tableStyles.xml", &format!("{CT_PML}.tableStyles+xml"));
    over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    let png = if has_png { r#"<Default Extension="png" ContentType="image/png"/>"# } else { "" };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{png}{o}</Types>"#
    )
}

fn presentation(slides: usize) -> String {
    let ids: String = (0..slides).map(|i| format!(r#"<p:sldId id="{}" r:id="rId{}"/>"#, 256 + i, 10 + i)).collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:presentation {} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>{ids}</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>"#,
        fixed::roots()
    )
}

fn core_props(deck: &Deck) -> String {
    let when = format!("{}T00:00:00Z", deck.day);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language><cp:lastModifiedBy>Waypoint</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>"#,
        esc(&deck.title),
        esc(&deck.author),
        fixed::office_lang(deck.lang)
    )
}

fn app_props(deck: &Deck) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Waypoint</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>{n}</Slides><Notes>{n}</Notes><Company>{}</Company></Properties>"#,
        esc(&deck.brand.company),
        n = deck.slides.len()
    )
}

/// The deck as PPTX bytes.
pub fn write(deck: &Deck) -> Result<Vec<u8>, Error> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // Fixed timestamps: the same deck gives the same bytes.
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).last_modified_time(zip::DateTime::default());
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored).last_modified_time(zip::DateTime::default());
    let mut put = |name: &str, bytes: &[u8], compress: bool| -> Result<(), Error> {
        zip.start_file(name, if compress { opts } else { stored }).map_err(|e| Error::Write(e.to_string()))?;
        zip.write_all(bytes).map_err(|e| Error::Write(e.to_string()))
    };
    let n = deck.slides.len();
    let has_png = deck.slides.iter().flat_map(|s| &s.blocks).any(|b| matches!(b.content, crate::model::Content::Picture(_)));
    put("[Content_Types].xml", content_types(n, has_png).as_bytes(), true)?;
    put(
        "_rels/.rels",
        rels(&[
            rel(1, "officeDocument", "ppt/presentation.xml"),
            ("rId2".into(), "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties".into(), "docProps/core.xml".into()),
            rel(3, "extended-properties", "docProps/app.xml"),
        ])
        .as_bytes(),
        true,
    )?;
    put("docProps/core.xml", core_props(deck).as_bytes(), true)?;
    put("docProps/app.xml", app_props(deck).as_bytes(), true)?;
    put("ppt/presentation.xml", presentation(n).as_bytes(), true)?;
    let mut pres_rels = vec![
        rel(1, "slideMaster", "slideMasters/slideMaster1.xml"),
        rel(2, "notesMaster", "notesMasters/notesMaster1.xml"),
        rel(3, "theme", "theme/theme1.xml"),
        rel(4, "presProps", "presProps.xml"),
        rel(5, "viewProps", "viewProps.xml"),
        rel(6, "tableStyles", "tableStyles.xml"),
    ];
    pres_rels.extend((0..n).map(|i| rel(10 + i, "slide", format!("slides/slide{}.xml", i + 1))));
    put("ppt/_rels/presentation.xml.rels", rels(&pres_rels).as_bytes(), true)?;
    let brand = &deck.brand;
    put("ppt/theme/theme1.xml", fixed::theme("Waypoint", brand.accent, brand.dark).as_bytes(), true)?;
    put("ppt/theme/theme2.xml", fixed::theme("Waypoint Notes", brand.accent, brand.dark).as_bytes(), true)?;
    put("ppt/slideMasters/slideMaster1.xml", fixed::master(brand.dark).as_bytes(), true)?;
    put(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        rels(&[
            rel(1, "slideLayout", "../slideLayouts/slideLayout1.xml"),
            rel(2, "slideLayout", "../slideLayouts/slideLayout2.xml"),
            rel(3, "theme", "../theme/theme1.xml"),
        ])
        .as_bytes(),
        true,
    )?;
    for (i, layout) in [fixed::layout_title(), fixed::layout_title_only()].iter().enumerate() {
        put(&format!("ppt/slideLayouts/slideLayout{}.xml", i + 1), layout.as_bytes(), true)?;
        put(
            &format!("ppt/slideLayouts/_rels/slideLayout{}.xml.rels", i + 1),
            rels(&[rel(1, "slideMaster", "../slideMasters/slideMaster1.xml")]).as_bytes(),
            true,
        )?;
    }
    put("ppt/notesMasters/notesMaster1.xml", fixed::notes_master().as_bytes(), true)?;
    put("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels(&[rel(1, "theme", "../theme/theme2.xml")]).as_bytes(), true)?;
    put("ppt/presProps.xml", fixed::pres_props().as_bytes(), true)?;
    put("ppt/viewProps.xml", fixed::view_props().as_bytes(), true)?;
    put("ppt/tableStyles.xml", fixed::table_styles().as_bytes(), true)?;
    let mut image = 0usize;
    for (i, s) in deck.slides.iter().enumerate() {
        let k = i + 1;
        let (xml, pictures) = shapes::slide(s, brand.accent, fixed::office_lang(deck.lang));
        put(&format!("ppt/slides/slide{k}.xml"), xml.as_bytes(), true)?;
        let layout = if s.kind == SlideKind::Title { 1 } else { 2 };
        let mut slide_rels = vec![
            rel(1, "slideLayout", format!("../slideLayouts/slideLayout{layout}.xml")),
            rel(2, "notesSlide", format!("../notesSlides/notesSlide{k}.xml")),
        ];
        for (j, p) in pictures.iter().enumerate() {
            image += 1;
            // PNG is already compressed: stored, not deflated again.
            put(&format!("ppt/media/image{image}.png"), &p.png, false)?;
            slide_rels.push(rel(shapes::FIRST_IMAGE_REL + j, "image", format!("../media/image{image}.png")));
        }
        put(&format!("ppt/slides/_rels/slide{k}.xml.rels"), rels(&slide_rels).as_bytes(), true)?;
        put(&format!("ppt/notesSlides/notesSlide{k}.xml"), fixed::notes_slide(&s.notes, fixed::office_lang(deck.lang)).as_bytes(), true)?;
        put(
            &format!("ppt/notesSlides/_rels/notesSlide{k}.xml.rels"),
            rels(&[rel(1, "notesMaster", "../notesMasters/notesMaster1.xml"), rel(2, "slide", format!("../slides/slide{k}.xml"))]).as_bytes(),
            true,
        )?;
    }
    let cursor = zip.finish().map_err(|e| Error::Write(e.to_string()))?;
    Ok(cursor.into_inner())
}
