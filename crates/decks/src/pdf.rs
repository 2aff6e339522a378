//! The PDF writer: the same slides as the PPTX, one 960 x 540 pt page each, drawn with krilla.
//! Text is real text (selectable, searchable, extracted character for character through
//! ToUnicode maps) in the faces the `fonts` stack picks per script, subset by krilla to the
//! glyphs used; charts are drawn from their SVG as vectors (krilla-svg) through the same
//! stack, and fall back to the PNG only when a picture has no SVG (a logo).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::Document;
use krilla_svg::{SurfaceExt, SvgSettings};

use crate::model::{
    Align, COVER_SUBTITLE, COVER_SUBTITLE_SIZE, COVER_TITLE, COVER_TITLE_SIZE, Content, Deck, Frame, HEIGHT, Para, Picture, Rgb, Run, Slide,
    SlideKind, TITLE, TITLE_SIZE, Table, WIDTH,
};
use crate::{Error, text};

const TEXT: Rgb = Rgb(33, 37, 41);
const RULE: Rgb = Rgb(222, 226, 230);

/// krilla's handle of each face the stack picks, made once: krilla subsets every face to
/// the glyphs drawn and writes the ToUnicode map from the text given with them.
fn krilla_font(id: fonts::stack::FaceId) -> Option<Font> {
    static CACHE: OnceLock<Mutex<HashMap<fonts::stack::FaceId, Option<Font>>>> = OnceLock::new();
    let mut cache = CACHE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    cache
        .entry(id)
        .or_insert_with(|| {
            let (data, index) = fonts::stack().data(id)?;
            Font::new(krilla::Data::from(data), index)
        })
        .clone()
}

fn fill_of(c: Rgb) -> Fill {
    Fill { paint: rgb::Color::new(c.0, c.1, c.2).into(), opacity: NormalizedF32::ONE, rule: FillRule::NonZero }
}

fn rect(surface: &mut Surface, f: Frame, colour: Rgb) {
    let Some(r) = Rect::from_xywh(f.x as f32, f.y as f32, f.w.max(0.01) as f32, f.h.max(0.01) as f32) else { return };
    let mut pb = PathBuilder::new();
    pb.push_rect(r);
    if let Some(path) = pb.finish() {
        surface.set_fill(Some(fill_of(colour)));
        surface.set_stroke(None::<Stroke>);
        surface.draw_path(&path);
    }
}

/// One line of text from `x`: bidi-reordered, split by face and shaped by the font stack,
/// each run drawn in its own face (a Chinese name in Noto Sans CJK, Arabic right to left).
fn draw_line_text(surface: &mut Surface, x: f64, baseline: f64, s: &str, size: f64, bold: bool, colour: Rgb) {
    if s.is_empty() {
        return;
    }
    let stack = fonts::stack();
    surface.set_fill(Some(fill_of(colour)));
    let mut at = x;
    for run in fonts::shape(stack, s, size, bold).runs {
        if let Some(font) = krilla_font(run.face_or_bundled(stack, bold)) {
            let direction = if run.rtl { TextDirection::RightToLeft } else { TextDirection::LeftToRight };
            surface.draw_text(Point::from_xy(at as f32, baseline as f32), font, size as f32, &run.text, false, direction);
        }
        at += run.width;
    }
}

/// Paragraphs in a frame, broken into lines; returns the height used. Text that would run
/// past the frame's bottom is still drawn (cutting it would lose customer text).
fn paragraphs(surface: &mut Surface, f: Frame, paras: &[Para]) -> f64 {
    let mut y = f.y;
    for p in paras {
        let indent = if p.bullet { p.size * 1.1 } else { 0.0 };
        let lines = text::wrap(&p.runs, p.size, (f.w - indent).max(p.size));
        let line_h = p.size * 1.2;
        for (i, line) in lines.iter().enumerate() {
            let baseline = y + text::ascent(p.size) + (line_h - p.size) / 2.0;
            let x0 = match p.align {
                Align::Left => f.x + indent,
                Align::Center => f.x + (f.w - line.width) / 2.0,
                Align::Right => f.x + f.w - line.width,
            };
            if i == 0 && p.bullet {
                draw_line_text(surface, f.x, baseline, "•", p.size, false, p.runs.first().and_then(|r| r.colour).unwrap_or(TEXT));
            }
            for piece in &line.pieces {
                draw_line_text(surface, x0 + piece.x, baseline, &piece.text, p.size, piece.bold, piece.style.unwrap_or(TEXT));
            }
            y += line_h;
        }
        y += p.size * 0.35;
    }
    y - f.y
}

fn picture(surface: &mut Surface, f: Frame, p: &Picture) -> Result<(), Error> {
    surface.push_transform(&Transform::from_translate(f.x as f32, f.y as f32));
    let size = Size::from_wh(f.w as f32, f.h as f32).ok_or_else(|| Error::Write("picture of zero size".into()))?;
    let drawn = match &p.svg {
        Some(svg) => {
            let tree = usvg::Tree::from_str(svg, charts::svg_options()).map_err(|e| Error::Write(format!("chart SVG: {e}")))?;
            surface.draw_svg(&tree, size, SvgSettings::default()).ok_or_else(|| Error::Write("chart SVG could not be drawn".into()))
        }
        None => {
            let image = Image::from_png(p.png.clone().into(), true).map_err(|e| Error::Write(format!("picture: {e}")))?;
            surface.draw_image(image, size);
            Ok(())
        }
    };
    surface.pop();
    drawn
}

/// Header on the accent colour, rows with a rule under each: the PPTX table's look.
fn table(surface: &mut Surface, f: Frame, t: &Table, accent: Rgb) {
    let cols = t.header.len().max(1);
    let widths: Vec<f64> = (0..cols).map(|i| f.w * t.widths.get(i).copied().unwrap_or(1.0 / cols as f64)).collect();
    let row_h = t.size * 2.1;
    let (pad_x, _) = (5.4, 1.8);
    let rows = std::iter::once((&t.header, true)).chain(t.rows.iter().map(|r| (r, false)));
    for (r, (cells, header)) in rows.enumerate() {
        let y = f.y + r as f64 * row_h;
        if header {
            rect(surface, Frame::new(f.x, y, widths.iter().sum(), row_h), accent);
        } else {
            rect(surface, Frame::new(f.x, y + row_h - 0.5, widths.iter().sum(), 0.5), RULE);
        }
        let mut x = f.x;
        for (c, w) in widths.iter().enumerate() {
            let cell = cells.get(c).map_or("", |s| s.as_str());
            // One line per cell, cut to the column: a table row never grows.
            let lines = text::wrap(&[Run { text: cell.to_string(), bold: header, colour: None }], t.size, (w - 2.0 * pad_x).max(t.size));
            if let Some(line) = lines.first() {
                let mut s = line.text();
                if lines.len() > 1 {
                    s = s.chars().take(s.chars().count().saturating_sub(1)).collect::<String>() + "…";
                }
                let baseline = y + (row_h - t.size) / 2.0 + text::ascent(t.size);
                draw_line_text(surface, x + pad_x, baseline, &s, t.size, header, if header { Rgb(255, 255, 255) } else { TEXT });
            }
            x += w;
        }
    }
}

fn title(surface: &mut Surface, s: &Slide, dark: Rgb) {
    match s.kind {
        SlideKind::Title => {
            let head = Para { runs: vec![Run::coloured(&s.title, dark, true)], size: COVER_TITLE_SIZE, bullet: false, align: Align::Center };
            // Bottom-anchored like the placeholder: measure, then push down.
            let lines = text::wrap(&head.runs, head.size, COVER_TITLE.w).len().max(1) as f64;
            let used = lines * head.size * 1.2;
            let y = (COVER_TITLE.y + COVER_TITLE.h - used).max(COVER_TITLE.y - 2.0 * head.size);
            paragraphs(surface, Frame { y, ..COVER_TITLE }, &[head]);
            if let Some(sub) = &s.subtitle {
                paragraphs(surface, COVER_SUBTITLE, &[Para { runs: vec![Run::coloured(sub, Rgb(100, 106, 115), false)], size: COVER_SUBTITLE_SIZE, bullet: false, align: Align::Center }]);
            }
        }
        SlideKind::Content => {
            let head = Para { runs: vec![Run::coloured(&s.title, dark, true)], size: TITLE_SIZE, bullet: false, align: Align::Left };
            let lines = text::wrap(&head.runs, head.size, TITLE.w).len().max(1) as f64;
            let y = (TITLE.y + TITLE.h - lines * head.size * 1.2).max(4.0);
            paragraphs(surface, Frame { y, ..TITLE }, &[head]);
        }
    }
}

/// The deck as PDF bytes.
pub fn write(deck: &Deck) -> Result<Vec<u8>, Error> {
    let mut doc = Document::new();
    let metadata = Metadata::new().title(deck.title.clone()).authors(vec![deck.author.clone()]).creator("Waypoint".into());
    // The document language: screen readers and text extraction read the deck in it.
    doc.set_metadata(metadata.language(deck.lang.tag().to_string()));
    let page_size = Size::from_wh(WIDTH as f32, HEIGHT as f32).expect("page size");
    for s in &deck.slides {
        let mut page = doc.start_page_with(PageSettings::new(page_size));
        let mut surface = page.surface();
        rect(&mut surface, Frame::new(0.0, 0.0, WIDTH, HEIGHT), Rgb(255, 255, 255));
        for b in &s.blocks {
            match &b.content {
                Content::Text(paras) => {
                    paragraphs(&mut surface, b.frame, paras);
                }
                Content::Picture(p) => picture(&mut surface, b.frame, p)?,
                Content::Table(t) => table(&mut surface, b.frame, t, deck.brand.accent),
                Content::Fill(c) => rect(&mut surface, b.frame, *c),
            }
        }
        title(&mut surface, s, deck.brand.dark);
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| Error::Write(format!("PDF: {e:?}")))
}
