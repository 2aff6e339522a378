//! A deck's slide model as the app draws it: every block with its frame in points on the
//! 960 x 540 page, text as text (never an image of text, so it stays selectable, sharp at any
//! size and readable by screen readers), charts as the SVG the PDF writer draws. The titles,
//! which the writers place themselves, become ordinary text blocks here, so the UI has one
//! kind of thing to lay out and no deck rules of its own.

use decks::model::{self as m, Content, SlideKind};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Serialize;

/// The writers' colour for text without its own (PDF `TEXT`, PPTX theme dark text).
const TEXT: m::Rgb = m::Rgb(33, 37, 41);
/// The cover subtitle's colour in both writers.
const SUBTITLE: m::Rgb = m::Rgb(100, 106, 115);

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct DeckPreview {
    pub title: String,
    /// The page in points; every block's geometry is in these units.
    pub width: f64,
    pub height: f64,
    pub slides: Vec<SlidePreview>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SlidePreview {
    /// The slide's title as the deck model has it (also drawn as a block).
    pub title: String,
    /// Speaker notes, one paragraph each.
    pub notes: Vec<String>,
    /// In drawing order: later blocks lie on top.
    pub blocks: Vec<BlockPreview>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BlockPreview {
    /// Points from the page's top left.
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub content: BlockContent,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockContent {
    Text {
        paras: Vec<ParaPreview>,
        /// Titles sit on the bottom of their frame, like the placeholders; other text on top.
        bottom: bool,
    },
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        /// Column widths as shares of the block's width.
        widths: Vec<f64>,
        /// Points; a row is 2.1 times as high, one line, cut with an ellipsis.
        size: f64,
        /// `#RRGGBB` behind the white header text (the brand's accent).
        header_fill: String,
    },
    /// A filled rectangle (`#RRGGBB`).
    Fill { colour: String },
    Picture {
        /// The chart's SVG, when the model has one.
        svg: Option<String>,
        /// Base64 PNG, only for pictures without SVG (a brand logo).
        png: Option<String>,
        alt: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ParaPreview {
    pub runs: Vec<RunPreview>,
    /// Points; lines are 1.2 times as high, with 0.35 of it after the paragraph.
    pub size: f64,
    pub bullet: bool,
    pub align: TextAlign,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum TextAlign {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RunPreview {
    pub text: String,
    /// The paragraph's size, repeated so a run can be drawn on its own.
    pub size: f64,
    pub bold: bool,
    /// `#RRGGBB`, the writers' default resolved.
    pub colour: String,
}

fn hex(c: m::Rgb) -> String {
    format!("#{}", c.hex())
}

fn para(p: &m::Para) -> ParaPreview {
    let align = match p.align {
        m::Align::Left => TextAlign::Left,
        m::Align::Center => TextAlign::Center,
        m::Align::Right => TextAlign::Right,
    };
    let runs = p.runs.iter().map(|r| RunPreview { text: r.text.clone(), size: p.size, bold: r.bold, colour: hex(r.colour.unwrap_or(TEXT)) }).collect();
    ParaPreview { runs, size: p.size, bullet: p.bullet, align }
}

fn text(frame: m::Frame, paras: Vec<m::Para>, bottom: bool) -> BlockPreview {
    let content = BlockContent::Text { paras: paras.iter().map(para).collect(), bottom };
    BlockPreview { x: frame.x, y: frame.y, w: frame.w, h: frame.h, content }
}

fn block(b: &m::Block, accent: m::Rgb) -> BlockPreview {
    let content = match &b.content {
        Content::Text(paras) => BlockContent::Text { paras: paras.iter().map(para).collect(), bottom: false },
        Content::Table(t) => BlockContent::Table { header: t.header.clone(), rows: t.rows.clone(), widths: t.widths.clone(), size: t.size, header_fill: hex(accent) },
        Content::Fill(c) => BlockContent::Fill { colour: hex(*c) },
        Content::Picture(p) => BlockContent::Picture {
            svg: p.svg.clone(),
            png: p.svg.is_none().then(|| STANDARD.encode(&p.png)),
            alt: p.alt.clone(),
        },
    };
    let f = b.frame;
    BlockPreview { x: f.x, y: f.y, w: f.w, h: f.h, content }
}

/// The title (and a cover's subtitle) where the writers put them, drawn last like the PDF.
fn titles(s: &m::Slide, dark: m::Rgb) -> Vec<BlockPreview> {
    let head = |size: f64| m::Para::new(vec![m::Run::coloured(s.title.clone(), dark, true)], size);
    match s.kind {
        SlideKind::Content => vec![text(m::TITLE, vec![head(m::TITLE_SIZE)], true)],
        SlideKind::Title => {
            let mut out = vec![text(m::COVER_TITLE, vec![head(m::COVER_TITLE_SIZE).centred()], true)];
            if let Some(sub) = &s.subtitle {
                let p = m::Para::new(vec![m::Run::coloured(sub.clone(), SUBTITLE, false)], m::COVER_SUBTITLE_SIZE).centred();
                out.push(text(m::COVER_SUBTITLE, vec![p], false));
            }
            out
        }
    }
}

/// The whole deck as the app previews it.
pub fn preview(deck: &decks::Deck) -> DeckPreview {
    let slides = deck
        .slides
        .iter()
        .map(|s| {
            let mut blocks: Vec<BlockPreview> = s.blocks.iter().map(|b| block(b, deck.brand.accent)).collect();
            blocks.extend(titles(s, deck.brand.dark));
            SlidePreview { title: s.title.clone(), notes: s.notes.clone(), blocks }
        })
        .collect();
    DeckPreview { title: deck.title.clone(), width: m::WIDTH, height: m::HEIGHT, slides }
}

#[cfg(test)]
mod tests {
    use super::*;


    #[test]
    fn titles_become_blocks_and_colours_resolve() {
        let mut s = m::Slide::content("Support");
        s.add(m::Frame::new(480.0, 270.0, 240.0, 135.0), Content::Text(vec![m::Para::text("Tickets", 12.0)]));
        s.add(m::Frame::new(0.0, 0.0, 960.0, 6.0), Content::Fill(m::Rgb(0, 114, 178)));
        let deck = decks::Deck { lang: i18n::Lang::En, title: "t".into(), author: "a".into(), brand: decks::Brand::default(), day: chrono::NaiveDate::MIN, slides: vec![s] };
        let p = preview(&deck);
        let b = &p.slides[0].blocks;
        assert_eq!(b.len(), 3, "two blocks and the title");
        assert_eq!((b[0].x, b[0].y, b[0].w, b[0].h), (480.0, 270.0, 240.0, 135.0));
        let BlockContent::Text { paras, bottom: false } = &b[0].content else { panic!("{:?}", b[0]) };
        assert_eq!((paras[0].runs[0].colour.as_str(), paras[0].size, paras[0].align), ("#212529", 12.0, TextAlign::Left));
        assert_eq!(b[1].content, BlockContent::Fill { colour: "#0072B2".into() });
        let BlockContent::Text { paras, bottom: true } = &b[2].content else { panic!("{:?}", b[2]) };
        assert_eq!((b[2].x, b[2].y), (36.0, 18.0));
        assert_eq!((paras[0].runs[0].text.as_str(), paras[0].runs[0].bold, paras[0].size), ("Support", true, 26.0));
    }
}
