//! Measuring and breaking text for the PDF writer, with the embedded DejaVu faces the charts
//! use (PowerPoint breaks lines itself; a PDF has to be told where). Greedy breaking at
//! spaces, and inside a word only when the word alone is wider than the line (long names,
//! CJK without spaces).

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, ScaleFont};

use crate::model::{Rgb, Run};

struct Faces {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| {
        let [regular, bold] = charts::font::FACES;
        Faces {
            regular: FontRef::try_from_slice(regular).expect("embedded DejaVu Sans parses"),
            bold: FontRef::try_from_slice(bold).expect("embedded DejaVu Sans Bold parses"),
        }
    })
}

/// ab_glyph scales by the font's height (ascent - descent), PDF and PowerPoint by the em:
/// the scale that makes `size` one em.
fn em_scale(font: &FontRef<'static>, size: f64) -> ab_glyph::PxScale {
    let per_em = font.units_per_em().unwrap_or(2048.0);
    ab_glyph::PxScale::from((size as f32) * font.height_unscaled() / per_em)
}

/// Width of `text` in points at `size`.
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    let f = faces();
    let font = if bold { &f.bold } else { &f.regular };
    let scaled = font.as_scaled(em_scale(font, size));
    let mut w = 0.0f32;
    let mut prev = None;
    for c in text.chars() {
        let g = font.glyph_id(c);
        if let Some(p) = prev {
            w += scaled.kern(p, g);
        }
        w += scaled.h_advance(g);
        prev = Some(g);
    }
    w as f64
}

/// Ascent of the face as a share of the size (the baseline sits this far below the top).
pub fn ascent(size: f64) -> f64 {
    let f = &faces().regular;
    (f.as_scaled(em_scale(f, size)).ascent()) as f64
}

/// A stretch of one line in one style, `x` points from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    pub bold: bool,
    pub colour: Option<Rgb>,
    pub x: f64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub pieces: Vec<Piece>,
    pub width: f64,
}

impl Line {
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// Words with the spaces after them, each keeping its run's style.
fn tokens(runs: &[Run]) -> Vec<(String, bool, Option<Rgb>)> {
    let mut out = Vec::new();
    for r in runs {
        let mut word = String::new();
        for c in r.text.chars() {
            let c = if c.is_control() { ' ' } else { c };
            word.push(c);
            if c == ' ' {
                out.push((std::mem::take(&mut word), r.bold, r.colour));
            }
        }
        if !word.is_empty() {
            out.push((word, r.bold, r.colour));
        }
    }
    out
}

/// Splits a word wider than `max` into pieces that fit (at least one character each).
fn split_word(word: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let mut parts = vec![String::new()];
    for c in word.chars() {
        let last = parts.last_mut().expect("one part");
        let mut candidate = last.clone();
        candidate.push(c);
        if !last.is_empty() && width(&candidate, size, bold) > max {
            parts.push(c.to_string());
        } else {
            *last = candidate;
        }
    }
    parts
}

/// Breaks runs into lines no wider than `max` points.
pub fn wrap(runs: &[Run], size: f64, max: f64) -> Vec<Line> {
    let mut lines = vec![Line::default()];
    for (word, bold, colour) in tokens(runs) {
        let pieces = if width(word.trim_end(), size, bold) > max { split_word(&word, size, bold, max) } else { vec![word] };
        for w in pieces {
            let line = lines.last_mut().expect("one line");
            let visible = width(w.trim_end(), size, bold);
            if line.width + visible > max && !line.pieces.is_empty() {
                lines.push(Line::default());
            }
            let line = lines.last_mut().expect("one line");
            let x = line.width;
            match line.pieces.last_mut() {
                Some(p) if p.bold == bold && p.colour == colour => p.text.push_str(&w),
                _ => line.pieces.push(Piece { text: w.clone(), bold, colour, x }),
            }
            line.width += width(&w, size, bold);
        }
    }
    for l in &mut lines {
        if let Some(p) = l.pieces.last_mut() {
            let trimmed = p.text.trim_end().to_string();
            l.width -= width(&p.text, size, p.bold) - width(&trimmed, size, p.bold);
            p.text = trimmed;
        }
        l.pieces.retain(|p| !p.text.is_empty());
    }
    lines.retain(|l| !l.pieces.is_empty());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_in_ems() {
        // DejaVu Sans: "M" advances 1767 of 2048 units per em, the ascent is 1901 / 2048.
        assert!((width("M", 100.0, false) - 100.0 * 1767.0 / 2048.0).abs() < 0.5, "{}", width("M", 100.0, false));
        assert!((ascent(100.0) - 100.0 * 1901.0 / 2048.0).abs() < 0.5, "{}", ascent(100.0));
    }

    #[test]
    fn widths_scale_and_bold_is_wider() {
        let w = width("Monitoring", 10.0, false);
        assert!((width("Monitoring", 20.0, false) - 2.0 * w).abs() < 1e-3);
        assert!(width("Monitoring", 10.0, true) > w);
        assert_eq!(width("", 10.0, false), 0.0);
    }

    #[test]
    fn wraps_at_spaces_keeps_styles_and_splits_long_words() {
        let runs = vec![Run::bold("Breadth "), Run::plain("four of six modules used this month")];
        let one = width("Breadth four of six", 12.0, false);
        let lines = wrap(&runs, 12.0, one + 5.0);
        assert!(lines.len() >= 2, "{lines:?}");
        for l in &lines {
            assert!(l.width <= one + 5.0 + 1e-6, "{l:?}");
        }
        assert_eq!(lines[0].pieces[0], Piece { text: "Breadth ".into(), bold: true, colour: None, x: 0.0 });
        let all: Vec<String> = lines.iter().map(|l| l.text()).collect();
        assert_eq!(all.join(" "), "Breadth four of six modules used this month");
        // One 500-character word breaks into lines that each fit.
        let long = "N".repeat(500);
        let lines = wrap(&[Run::plain(long.clone())], 12.0, 200.0);
        assert!(lines.len() > 5);
        assert_eq!(lines.iter().map(|l| l.text()).collect::<String>(), long);
        assert!(lines.iter().all(|l| l.width <= 200.0 + 1e-6));
        assert!(wrap(&[Run::plain("")], 12.0, 100.0).is_empty());
    }
}
