//! The parts every deck shares: theme, slide master, the two layouts (title, title only), the
//! notes master and the small property parts. Written by hand to the ECMA-376 schema order,
//! as PowerPoint rejects parts whose children are out of order.

use crate::model::{COVER_SUBTITLE, COVER_TITLE, Frame, Rgb, TITLE};
use crate::pptx::xml::{emu, esc};

pub const NS_A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
pub const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub const NS_P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";
pub const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// The language tag Office expects for the deck's own words (runs of Chinese, Japanese,
/// Korean, Arabic or Hebrew customer text carry their own): proofing and font choice in
/// PowerPoint follow it.
pub fn office_lang(lang: i18n::Lang) -> &'static str {
    match lang {
        i18n::Lang::En => "en-US",
        i18n::Lang::ZhCn => "zh-CN",
        i18n::Lang::Fr => "fr-FR",
    }
}

/// The theme's major and minor fonts: the Latin face the PDF embeds, the East Asian and
/// complex-script faces the font stack draws with, and one per script for PowerPoint's
/// per-script defaults.
fn font_scheme_fonts() -> String {
    let stack = fonts::stack();
    let faces = fonts::typefaces(stack, "");
    let scripts: String = fonts::typefaces::theme_scripts(stack).iter().map(|(script, face)| format!(r#"<a:font script="{script}" typeface="{}"/>"#, esc(face))).collect();
    format!(r#"<a:latin typeface="{}"/><a:ea typeface="{}"/><a:cs typeface="{}"/>{scripts}"#, esc(&faces.latin), esc(&faces.ea), esc(&faces.cs))
}

/// `<p:... xmlns...>` attributes for PresentationML roots.
pub fn roots() -> String {
    format!(r#"xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}""#)
}

pub fn theme(name: &str, accent: Rgb, dark: Rgb) -> String {
    let (acc, dk) = (accent.hex(), dark.hex());
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="{NS_A}" name="{name}"><a:themeElements><a:clrScheme name="{name}"><a:dk1><a:srgbClr val="212529"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="{dk}"/></a:dk2><a:lt2><a:srgbClr val="F1F3F5"/></a:lt2><a:accent1><a:srgbClr val="{acc}"/></a:accent1><a:accent2><a:srgbClr val="E69F00"/></a:accent2><a:accent3><a:srgbClr val="009E73"/></a:accent3><a:accent4><a:srgbClr val="CC79A7"/></a:accent4><a:accent5><a:srgbClr val="56B4E9"/></a:accent5><a:accent6><a:srgbClr val="D55E00"/></a:accent6><a:hlink><a:srgbClr val="0072B2"/></a:hlink><a:folHlink><a:srgbClr val="6F42C1"/></a:folHlink></a:clrScheme><a:fontScheme name="{name}"><a:majorFont>{fonts}</a:majorFont><a:minorFont>{fonts}</a:minorFont></a:fontScheme><a:fmtScheme name="{name}"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"#,
        name = esc(name),
        fonts = font_scheme_fonts()
    )
}

fn text_style(tag: &str, size: u32, bold: bool, colour: &str) -> String {
    let b = if bold { r#" b="1""# } else { "" };
    format!(
        r#"<p:{tag}><a:lvl1pPr marL="0" indent="0" algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/><a:defRPr sz="{size}"{b}><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:{tag}>"#
    )
}

/// A placeholder shape as the master and layouts define it (position in EMU).
pub fn placeholder(id: u32, name: &str, ph: &str, (x, y, w, h): (i64, i64, i64, i64), anchor: &str, centred: bool) -> String {
    let algn = if centred { r#" algn="ctr""# } else { "" };
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr anchor="{anchor}" wrap="square" lIns="0" rIns="0"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr{algn}/><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>"#
    )
}

fn tree(shapes: &str) -> String {
    format!(
        r#"<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{shapes}</p:spTree>"#
    )
}

/// A frame in EMU, for placeholder positions.
pub fn emu_box(f: Frame) -> (i64, i64, i64, i64) {
    (emu(f.x), emu(f.y), emu(f.w), emu(f.h))
}

const CLR_MAP: &str = r#"bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink""#;

pub fn master(dark: Rgb) -> String {
    let dk = dark.hex();
    let shapes = placeholder(2, "Title Placeholder 1", r#"<p:ph type="title"/>"#, emu_box(TITLE), "b", false)
        + &placeholder(3, "Text Placeholder 2", r#"<p:ph type="body" idx="1"/>"#, (457_200, 1_143_000, 11_277_600, 5_257_800), "t", false);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:sldMaster {}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>{}</p:cSld><p:clrMap {CLR_MAP}/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/></p:sldLayoutIdLst><p:txStyles>{}{}{}</p:txStyles></p:sldMaster>"#,
        roots(),
        tree(&shapes),
        text_style("titleStyle", 2800, true, &dk),
        text_style("bodyStyle", 1600, false, "212529"),
        text_style("otherStyle", 1400, false, "212529"),
    )
}

/// A slide layout of `kind` (ECMA-376 `ST_SlideLayoutType`) holding `shapes`.
fn layout(kind: &str, name: &str, shapes: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:sldLayout {} type="{kind}" preserve="1"><p:cSld name="{name}">{}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"#,
        roots(),
        tree(shapes)
    )
}

pub fn layout_title() -> String {
    let shapes = placeholder(2, "Title 1", r#"<p:ph type="ctrTitle"/>"#, emu_box(COVER_TITLE), "b", true)
        + &placeholder(3, "Subtitle 2", r#"<p:ph type="subTitle" idx="1"/>"#, emu_box(COVER_SUBTITLE), "t", true);
    layout("title", "Title Slide", &shapes)
}

pub fn layout_title_only() -> String {
    layout("titleOnly", "Title Only", &placeholder(2, "Title 1", r#"<p:ph type="title"/>"#, emu_box(TITLE), "b", false))
}

/// Notes pages: the slide image above, the notes text below (portrait 7.5 x 10 in).
pub fn notes_master() -> String {
    let shapes = placeholder(2, "Slide Image Placeholder 1", r#"<p:ph type="sldImg" idx="2"/>"#, (381_000, 685_800, 6_096_000, 3_429_000), "t", false)
        + &placeholder(3, "Notes Placeholder 2", r#"<p:ph type="body" idx="3"/>"#, (685_800, 4_343_400, 5_486_400, 4_114_800), "t", false);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:notesMaster {}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>{}</p:cSld><p:clrMap {CLR_MAP}/><p:notesStyle><a:lvl1pPr marL="0" algn="l"><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>"#,
        roots(),
        tree(&shapes)
    )
}

/// The notes page of one slide.
pub fn notes_slide(paragraphs: &[String], lang: &str) -> String {
    let body: String = if paragraphs.is_empty() {
        format!(r#"<a:p><a:endParaRPr lang="{lang}"/></a:p>"#)
    } else {
        paragraphs.iter().map(|p| format!(r#"<a:p><a:r><a:rPr lang="{lang}" dirty="0"/><a:t>{}</a:t></a:r></a:p>"#, esc(p))).collect()
    };
    let shapes = format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="3"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{body}</p:txBody></p:sp>"#
    );
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:notes {}><p:cSld>{}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"#,
        roots(),
        tree(&shapes)
    )
}

pub fn pres_props() -> String {
    format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:presentationPr {}/>"#, roots())
}

pub fn view_props() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:viewPr {}><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>"#,
        roots()
    )
}

pub fn table_styles() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:tblStyleLst xmlns:a="{NS_A}" def="{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}"/>"#
    )
}
