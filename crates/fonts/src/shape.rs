//! One line of text as runs a writer can draw: reordered for display (the Unicode bidi
//! algorithm, UAX #9), split where the face changes, and shaped with rustybuzz so Arabic
//! joins, marks sit on their letters and widths include kerning.
//!
//! Units are points (or pixels) at the size asked for; runs are in visual order, left to
//! right, each with the text it draws (a PDF's ToUnicode map and a reader's copy-paste get
//! the customer's characters back).

use std::ops::Range;

use fontdb::ID;
use unicode_bidi::BidiInfo;
use unicode_segmentation::UnicodeSegmentation;

use crate::stack::{Class, Flavour, FontStack};

/// A stretch of one face and one direction.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    /// Byte range of `text` in the shaped line.
    pub range: Range<usize>,
    /// None when no face has these characters: drawn in the bundled face (its missing-glyph
    /// box), reported by [`crate::missing`].
    pub face: Option<ID>,
    pub rtl: bool,
    pub width: f64,
}

impl Run {
    /// The face to draw with: the run's own, or the bundled one.
    pub fn face_or_bundled(&self, stack: &FontStack, bold: bool) -> ID {
        self.face.unwrap_or_else(|| stack.bundled(bold))
    }
}

/// A shaped line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f64,
}

/// Characters that take the face of what they follow: they have no glyph of their own to
/// choose a face by (joiners, variation selectors, spaces between two CJK words).
fn follows(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Splits `range` of `text` where the face changes, per grapheme cluster, in logical order.
fn itemize(stack: &FontStack, text: &str, range: Range<usize>, bold: bool, flavour: Flavour) -> Vec<(Range<usize>, Option<ID>)> {
    let mut out: Vec<(Range<usize>, Option<ID>)> = Vec::new();
    for (offset, cluster) in text[range.clone()].grapheme_indices(true) {
        let start = range.start + offset;
        let end = start + cluster.len();
        let mut chars = cluster.chars();
        let Some(first) = chars.next() else { continue };
        let face = match out.last() {
            // Keep the current face while it can draw what comes (punctuation and digits
            // inside a Chinese name stay in the CJK face, spaces in any).
            Some((_, Some(current))) if follows(first) || (Class::of(first) == Class::Other && stack.has_char(*current, first) && *current != stack.bundled(bold) && !first.is_ascii_alphabetic()) => Some(*current),
            Some((_, None)) if follows(first) => None,
            _ if follows(first) && out.is_empty() => Some(stack.bundled(bold)),
            _ => stack.face_for(first, bold, flavour),
        };
        match out.last_mut() {
            Some((r, f)) if *f == face && r.end == start => r.end = end,
            _ => out.push((start..end, face)),
        }
    }
    out
}

/// Advance width of `text` shaped in `face`, in units of `size`.
fn shaped_width(stack: &FontStack, face: ID, text: &str, rtl: bool, size: f64) -> f64 {
    let Some((data, index)) = stack.data(face) else { return 0.0 };
    let Some(face) = rustybuzz::Face::from_slice((*data).as_ref(), index) else { return 0.0 };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl { rustybuzz::Direction::RightToLeft } else { rustybuzz::Direction::LeftToRight });
    buffer.guess_segment_properties();
    let glyphs = rustybuzz::shape(&face, &[], buffer);
    let units: i64 = glyphs.glyph_positions().iter().map(|p| p.x_advance as i64).sum();
    units as f64 * size / face.units_per_em() as f64
}

/// `text` (one line: newlines are the caller's to split) shaped at `size`.
pub fn shape(stack: &FontStack, text: &str, size: f64, bold: bool) -> Line {
    if text.is_empty() {
        return Line::default();
    }
    let flavour = Flavour::of(text);
    let bidi = BidiInfo::new(text, None);
    let mut line = Line::default();
    for para in &bidi.paragraphs {
        let (levels, visual) = bidi.visual_runs(para, para.range.clone());
        for range in visual {
            let rtl = levels[range.start].is_rtl();
            let mut pieces = itemize(stack, text, range, bold, flavour);
            if rtl {
                pieces.reverse();
            }
            for (r, face) in pieces {
                let piece = &text[r.clone()];
                let width = shaped_width(stack, face.unwrap_or_else(|| stack.bundled(bold)), piece, rtl, size);
                line.width += width;
                line.runs.push(Run { text: piece.to_string(), range: r, face, rtl, width });
            }
        }
    }
    line
}

/// Width of `text` at `size`.
pub fn width(stack: &FontStack, text: &str, size: f64, bold: bool) -> f64 {
    shape(stack, text, size, bold).width
}

/// Whether the line reads right to left (its first strong character is Arabic, Hebrew...).
pub fn is_rtl(text: &str) -> bool {
    BidiInfo::new(text, None).paragraphs.first().is_some_and(|p| p.level.is_rtl())
}
