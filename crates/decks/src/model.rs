//! A deck as positioned blocks on 16:9 slides: the one description both writers render, so
//! the PPTX and the PDF of a deck show the same slides. Positions are in points on a 960 x 540
//! page (13.33 x 7.5 inches, PowerPoint's widescreen size).

use chrono::NaiveDate;

use crate::brand::Brand;

/// Page width and height in points.
pub const WIDTH: f64 = 960.0;
pub const HEIGHT: f64 = 540.0;

/// Where titles go: both writers place them here (the PPTX in the master's placeholders).
pub const TITLE: Frame = Frame::new(36.0, 18.0, 888.0, 60.0);
pub const TITLE_SIZE: f64 = 26.0;
/// The opening slide's centred title and subtitle.
pub const COVER_TITLE: Frame = Frame::new(72.0, 162.0, 816.0, 90.0);
pub const COVER_TITLE_SIZE: f64 = 36.0;
pub const COVER_SUBTITLE: Frame = Frame::new(72.0, 258.0, 816.0, 72.0);
pub const COVER_SUBTITLE_SIZE: f64 = 18.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

/// A rectangle on the page, in points from the top left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Frame {
    pub const fn new(x: f64, y: f64, w: f64, h: f64) -> Frame {
        Frame { x, y, w, h }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// A stretch of text with one look.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub colour: Option<Rgb>,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Run {
        Run { text: text.into(), bold: false, colour: None }
    }

    pub fn bold(text: impl Into<String>) -> Run {
        Run { text: text.into(), bold: true, colour: None }
    }

    pub fn coloured(text: impl Into<String>, colour: Rgb, bold: bool) -> Run {
        Run { text: text.into(), bold, colour: Some(colour) }
    }
}

/// A paragraph: runs at one size, optionally a bullet.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub runs: Vec<Run>,
    /// Points.
    pub size: f64,
    pub bullet: bool,
    pub align: Align,
}

impl Para {
    pub fn new(runs: Vec<Run>, size: f64) -> Para {
        Para { runs, size, bullet: false, align: Align::Left }
    }

    pub fn text(text: impl Into<String>, size: f64) -> Para {
        Para::new(vec![Run::plain(text)], size)
    }

    pub fn bullet(runs: Vec<Run>, size: f64) -> Para {
        Para { runs, size, bullet: true, align: Align::Left }
    }

    pub fn centred(mut self) -> Para {
        self.align = Align::Center;
        self
    }

    /// The paragraph's text without formatting (tests, outlines).
    pub fn plain_text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// A chart or logo: PNG pixels for the PPTX, and the SVG when there is one, so the PDF can
/// draw it as vectors.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub png: Vec<u8>,
    pub svg: Option<String>,
    /// Alternative text for screen readers.
    pub alt: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Column widths as shares of the frame width (summing to 1).
    pub widths: Vec<f64>,
    /// Points.
    pub size: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Text(Vec<Para>),
    Picture(Picture),
    Table(Table),
    /// A filled rectangle (accent bars, KPI tiles).
    Fill(Rgb),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub frame: Frame,
    pub content: Content,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideKind {
    /// The opening slide: centred title and subtitle.
    Title,
    /// A titled slide with content below the title.
    Content,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    pub kind: SlideKind,
    /// In the title placeholder, so outlines and screen readers see it.
    pub title: String,
    /// Title slides only.
    pub subtitle: Option<String>,
    pub blocks: Vec<Block>,
    /// Speaker notes, one paragraph each.
    pub notes: Vec<String>,
}

impl Slide {
    pub fn content(title: impl Into<String>) -> Slide {
        Slide { kind: SlideKind::Content, title: title.into(), subtitle: None, blocks: vec![], notes: vec![] }
    }

    pub fn add(&mut self, frame: Frame, content: Content) -> &mut Slide {
        self.blocks.push(Block { frame, content });
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    /// The language every slide is written in: the files' language tags and properties.
    pub lang: i18n::Lang,
    pub title: String,
    /// Who the deck is by (the CSM), for the file's properties.
    pub author: String,
    pub brand: Brand,
    /// The day the deck is about (document date).
    pub day: NaiveDate,
    pub slides: Vec<Slide>,
}

impl Deck {
    /// Every piece of text the deck draws: titles, paragraphs, tables and notes (charts carry
    /// the same names and labels as the slides around them).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.slides.iter().flat_map(|s| {
            let blocks = s.blocks.iter().flat_map(|b| -> Box<dyn Iterator<Item = &str> + '_> {
                match &b.content {
                    Content::Text(paras) => Box::new(paras.iter().flat_map(|p| p.runs.iter().map(|r| r.text.as_str()))),
                    Content::Table(t) => Box::new(t.header.iter().chain(t.rows.iter().flatten()).map(String::as_str)),
                    Content::Picture(p) => Box::new(std::iter::once(p.alt.as_str())),
                    Content::Fill(_) => Box::new(std::iter::empty()),
                }
            });
            std::iter::once(s.title.as_str()).chain(s.subtitle.as_deref()).chain(blocks).chain(s.notes.iter().map(String::as_str))
        })
    }

    /// Characters of the deck that no font on this machine draws, with the packages to
    /// install: what the writers would otherwise draw as boxes.
    pub fn missing_glyphs(&self) -> fonts::Missing {
        crate::text::missing(self.texts())
    }
}
