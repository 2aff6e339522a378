//! Breaking styled text into lines no wider than a box: break opportunities from the Unicode
//! line breaking algorithm (UAX #14, the unicode-linebreak crate), so Chinese and Japanese
//! break between characters, never before "。" or after "（", and Latin at spaces and
//! hyphens; widths from the shaper. A word wider than the box alone is split between
//! grapheme clusters rather than run over the edge.

use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_segmentation::UnicodeSegmentation;

use crate::shape::width;
use crate::stack::FontStack;

/// Text in one style. `S` is the writer's own style (a colour); `bold` changes the face.
#[derive(Debug, Clone, PartialEq)]
pub struct Span<S> {
    pub text: String,
    pub bold: bool,
    pub style: S,
}

/// A stretch of one line in one style, `x` from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece<S> {
    pub text: String,
    pub bold: bool,
    pub style: S,
    pub x: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line<S> {
    pub pieces: Vec<Piece<S>>,
    pub width: f64,
}

impl<S> Line<S> {
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// One unbreakable stretch (a word with the spaces after it), possibly in several styles.
type Segment<S> = Vec<(String, bool, S)>;

/// The text cut at its break opportunities, each segment keeping its spans' styles.
fn segments<S: Clone>(spans: &[Span<S>]) -> Vec<(Segment<S>, bool)> {
    let text: String = spans.iter().map(|s| s.text.as_str()).collect();
    // Style boundaries, as byte offsets into `text`.
    let mut bounds = Vec::with_capacity(spans.len());
    let mut at = 0;
    for s in spans {
        bounds.push((at, at + s.text.len(), s));
        at += s.text.len();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (end, kind) in linebreaks(&text) {
        if end <= start {
            continue;
        }
        let mut seg = Vec::new();
        for (s0, s1, span) in &bounds {
            let (a, b) = ((*s0).max(start), (*s1).min(end));
            if a < b {
                seg.push((text[a..b].to_string(), span.bold, span.style.clone()));
            }
        }
        out.push((seg, kind == BreakOpportunity::Mandatory));
        start = end;
    }
    out
}

fn seg_width<S>(stack: &FontStack, seg: &Segment<S>, size: f64, trim: bool) -> f64 {
    let last = seg.len().saturating_sub(1);
    seg.iter().enumerate().map(|(i, (t, b, _))| width(stack, if trim && i == last { t.trim_end() } else { t }, size, *b)).sum()
}

/// Splits a segment wider than `max` between grapheme clusters into segments that fit (at
/// least one cluster each).
fn split<S: Clone + PartialEq>(stack: &FontStack, seg: Segment<S>, size: f64, max: f64) -> Vec<Segment<S>> {
    let mut parts: Vec<Segment<S>> = vec![Vec::new()];
    let mut used = 0.0;
    for (text, bold, style) in seg {
        for g in text.graphemes(true) {
            let w = width(stack, g, size, bold);
            let part = parts.last_mut().expect("one part");
            if !part.is_empty() && used + w > max && !g.trim().is_empty() {
                parts.push(Vec::new());
                used = 0.0;
            }
            let part = parts.last_mut().expect("one part");
            match part.last_mut() {
                Some((t, b, s)) if *b == bold && *s == style => t.push_str(g),
                _ => part.push((g.to_string(), bold, style.clone())),
            }
            used += w;
        }
    }
    parts
}

/// Breaks `spans` into lines no wider than `max` at `size`. A newline (or any mandatory
/// break) always starts a new line; trailing spaces do not count towards a line's width.
pub fn wrap<S: Clone + PartialEq>(stack: &FontStack, spans: &[Span<S>], size: f64, max: f64) -> Vec<Line<S>> {
    let spans: Vec<Span<S>> = spans
        .iter()
        .map(|s| Span { text: s.text.chars().map(|c| if c.is_control() && c != '\n' { ' ' } else { c }).collect(), ..s.clone() })
        .collect();
    let mut lines: Vec<Line<S>> = vec![Line { pieces: vec![], width: 0.0 }];
    for (seg, hard) in segments(&spans) {
        let seg: Segment<S> = seg.into_iter().map(|(t, b, s)| (t.replace('\n', ""), b, s)).filter(|(t, _, _)| !t.is_empty()).collect();
        let parts = if seg_width(stack, &seg, size, true) > max { split(stack, seg, size, max) } else { vec![seg] };
        for part in parts {
            let visible = seg_width(stack, &part, size, true);
            let line = lines.last_mut().expect("one line");
            if !line.pieces.is_empty() && line.width + visible > max {
                lines.push(Line { pieces: vec![], width: 0.0 });
            }
            let line = lines.last_mut().expect("one line");
            for (text, bold, style) in part {
                let w = width(stack, &text, size, bold);
                match line.pieces.last_mut() {
                    Some(p) if p.bold == bold && p.style == style => p.text.push_str(&text),
                    _ => line.pieces.push(Piece { text, bold, style, x: line.width }),
                }
                line.width += w;
            }
        }
        if hard {
            lines.push(Line { pieces: vec![], width: 0.0 });
        }
    }
    for l in &mut lines {
        if let Some(p) = l.pieces.last_mut() {
            let trimmed = p.text.trim_end().to_string();
            l.width -= width(stack, &p.text, size, p.bold) - width(stack, &trimmed, size, p.bold);
            p.text = trimmed;
        }
        l.pieces.retain(|p| !p.text.is_empty());
    }
    lines.retain(|l| !l.pieces.is_empty());
    lines
}
