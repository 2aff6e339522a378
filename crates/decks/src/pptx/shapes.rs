//! One slide's XML: the title in its placeholder, then each block as a text box, picture,
//! table or filled rectangle at its frame.

use crate::model::{Align, Block, Run, COVER_SUBTITLE, COVER_SUBTITLE_SIZE, COVER_TITLE, COVER_TITLE_SIZE, Content, Frame, Para, Picture, Rgb, Slide, SlideKind, TITLE, TITLE_SIZE, Table};
use crate::pptx::fixed::roots;
use crate::pptx::xml::{emu, esc};

/// Relationship id of the first picture on a slide (rId1 is the layout, rId2 the notes).
pub const FIRST_IMAGE_REL: usize = 3;

fn xfrm(f: &Frame) -> String {
    format!(r#"<a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm>"#, emu(f.x), emu(f.y), emu(f.w).max(1), emu(f.h).max(1))
}

/// A run's properties: size, weight, colour and the Latin, East Asian and complex-script
/// typefaces the PDF draws its characters with.
fn run_props(lang: &str, text: &str, size: f64, bold: bool, colour: Option<Rgb>) -> String {
    let b = if bold { r#" b="1""# } else { "" };
    let fill = colour.map(|c| format!(r#"<a:solidFill><a:srgbClr val="{}"/></a:solidFill>"#, c.hex())).unwrap_or_default();
    let faces = fonts::typefaces(fonts::stack(), text);
    let lang = faces.lang.unwrap_or(lang);
    format!(
        r#"<a:rPr lang="{lang}" sz="{}"{b} dirty="0">{fill}<a:latin typeface="{}"/><a:ea typeface="{}"/><a:cs typeface="{}"/></a:rPr>"#,
        (size * 100.0).round() as i64,
        esc(&faces.latin),
        esc(&faces.ea),
        esc(&faces.cs)
    )
}

fn paragraph(lang: &str, p: &Para) -> String {
    let algn = match p.align {
        Align::Left => "l",
        Align::Center => "ctr",
        Align::Right => "r",
    };
    // A paragraph that starts in Arabic or Hebrew reads right to left.
    let text: String = p.runs.iter().map(|r| r.text.as_str()).collect();
    let rtl = if fonts::is_rtl(&text) { r#" rtl="1""# } else { "" };
    let space = format!(r#"<a:spcAft><a:spcPts val="{}"/></a:spcAft>"#, (p.size * 35.0).round() as i64);
    let ppr = if p.bullet {
        let indent = emu(p.size * 1.1);
        format!(r#"<a:pPr marL="{indent}" indent="-{indent}" algn="{algn}"{rtl}>{space}<a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>"#)
    } else {
        format!(r#"<a:pPr marL="0" indent="0" algn="{algn}"{rtl}>{space}<a:buNone/></a:pPr>"#)
    };
    let runs: String = p
        .runs
        .iter()
        .filter(|r| !r.text.is_empty())
        .map(|r| format!("<a:r>{}<a:t>{}</a:t></a:r>", run_props(lang, &r.text, p.size, r.bold, r.colour), esc(&r.text)))
        .collect();
    format!(r#"<a:p>{ppr}{runs}<a:endParaRPr lang="{lang}" sz="{}" dirty="0"/></a:p>"#, (p.size * 100.0).round() as i64)
}

fn text_box(lang: &str, id: usize, f: &Frame, paras: &[Para]) -> String {
    let body: String = if paras.is_empty() { format!(r#"<a:p><a:endParaRPr lang="{lang}"/></a:p>"#) } else { paras.iter().map(|p| paragraph(lang, p)).collect() };
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="Text {id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>"#,
        xfrm(f)
    )
}

fn picture(id: usize, f: &Frame, p: &Picture, rel: usize) -> String {
    format!(
        r#"<p:pic><p:nvPicPr><p:cNvPr id="{id}" name="Picture {id}" descr="{}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId{rel}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>"#,
        esc(&p.alt),
        xfrm(f)
    )
}

fn fill(id: usize, f: &Frame, colour: Rgb) -> String {
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="Shape {id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"#,
        xfrm(f),
        colour.hex()
    )
}

/// Header row on the brand colour, then rows with a thin rule under each.
fn table(lang: &str, id: usize, f: &Frame, t: &Table, header_fill: Rgb) -> String {
    let cols = t.header.len().max(1);
    let widths: Vec<i64> = (0..cols).map(|i| emu(f.w * t.widths.get(i).copied().unwrap_or(1.0 / cols as f64))).collect();
    let grid: String = widths.iter().map(|w| format!(r#"<a:gridCol w="{w}"/>"#)).collect();
    let row_h = emu(t.size * 2.1);
    let cell = |text: &str, header: bool| -> String {
        let colour = if header { Some(Rgb(255, 255, 255)) } else { None };
        let fill = if header { format!(r#"<a:solidFill><a:srgbClr val="{}"/></a:solidFill>"#, header_fill.hex()) } else { "<a:noFill/>".into() };
        let run = if text.is_empty() { String::new() } else { format!("<a:r>{}<a:t>{}</a:t></a:r>", run_props(lang, text, t.size, header, colour), esc(text)) };
        format!(
            r#"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>{run}<a:endParaRPr lang="{lang}" sz="{}"/></a:p></a:txBody><a:tcPr marL="68580" marR="68580" marT="22860" marB="22860" anchor="ctr"><a:lnL w="0"><a:noFill/></a:lnL><a:lnR w="0"><a:noFill/></a:lnR><a:lnT w="0"><a:noFill/></a:lnT><a:lnB w="6350"><a:solidFill><a:srgbClr val="DEE2E6"/></a:solidFill></a:lnB>{fill}</a:tcPr></a:tc>"#,
            (t.size * 100.0).round() as i64
        )
    };
    let row = |cells: &[String], header: bool| -> String {
        let tcs: String = (0..cols).map(|i| cell(cells.get(i).map_or("", |s| s.as_str()), header)).collect();
        format!(r#"<a:tr h="{row_h}">{tcs}</a:tr>"#)
    };
    let rows: String = std::iter::once(row(&t.header, true)).chain(t.rows.iter().map(|r| row(r, false))).collect();
    format!(
        r#"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{id}" name="Table {id}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{grid}</a:tblGrid>{rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"#,
        emu(f.x),
        emu(f.y),
        widths.iter().sum::<i64>(),
        row_h * (t.rows.len() as i64 + 1)
    )
}

fn title_shape(lang: &str, id: usize, ph: &str, name: &str, frame: Frame, para: &Para) -> String {
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{}</p:spPr><p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>{}</p:txBody></p:sp>"#,
        xfrm(&frame),
        paragraph(lang, para)
    )
}

/// The slide's XML and its pictures in relationship order (rId3, rId4, ...).
pub fn slide<'a>(s: &'a Slide, accent: Rgb, lang: &str) -> (String, Vec<&'a Picture>) {
    let mut shapes = String::new();
    let mut pictures = Vec::new();
    match s.kind {
        SlideKind::Title => {
            let title = Para { runs: vec![Run::bold(s.title.clone())], size: COVER_TITLE_SIZE, bullet: false, align: Align::Center };
            let sub = Para { runs: vec![Run::plain(s.subtitle.clone().unwrap_or_default())], size: COVER_SUBTITLE_SIZE, bullet: false, align: Align::Center };
            shapes += &title_shape(lang, 2, r#"<p:ph type="ctrTitle"/>"#, "Title 1", COVER_TITLE, &title);
            shapes += &title_shape(lang, 3, r#"<p:ph type="subTitle" idx="1"/>"#, "Subtitle 2", COVER_SUBTITLE, &sub);
        }
        SlideKind::Content => {
            let title = Para { runs: vec![Run::bold(s.title.clone())], size: TITLE_SIZE, bullet: false, align: Align::Left };
            shapes += &title_shape(lang, 2, r#"<p:ph type="title"/>"#, "Title 1", TITLE, &title);
        }
    }
    for (i, Block { frame, content }) in s.blocks.iter().enumerate() {
        let id = i + 10;
        shapes += &match content {
            Content::Text(paras) => text_box(lang, id, frame, paras),
            Content::Picture(p) => {
                pictures.push(p);
                picture(id, frame, p, FIRST_IMAGE_REL + pictures.len() - 1)
            }
            Content::Table(t) => table(lang, id, frame, t, accent),
            Content::Fill(c) => fill(id, frame, *c),
        };
    }
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:sld {}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"#,
        roots()
    );
    (xml, pictures)
}
