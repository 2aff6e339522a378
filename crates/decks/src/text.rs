//! Measuring and breaking deck text for the PDF writer (PowerPoint breaks lines itself; a
//! PDF has to be told where), through the `fonts` stack: UAX #14 break opportunities, so
//! Chinese breaks between characters, and widths from the faces that will draw each script.

use crate::model::{Rgb, Run};

/// A stretch of one line in one style, `x` points from the line's start.
pub type Piece = fonts::Piece<Option<Rgb>>;
pub type Line = fonts::wrap::Line<Option<Rgb>>;

/// Width of `text` in points at `size`.
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    fonts::width(fonts::stack(), text, size, bold)
}

/// Ascent of the bundled face as a share of the size (the baseline sits this far below the
/// top); every script's line sits on the Latin face's baseline.
pub fn ascent(size: f64) -> f64 {
    // DejaVu Sans: ascender 1901 of 2048 units per em.
    size * 1901.0 / 2048.0
}

/// Breaks runs into lines no wider than `max` points.
pub fn wrap(runs: &[Run], size: f64, max: f64) -> Vec<Line> {
    let spans: Vec<fonts::Span<Option<Rgb>>> = runs.iter().map(|r| fonts::Span { text: r.text.clone(), bold: r.bold, style: r.colour }).collect();
    fonts::wrap(fonts::stack(), &spans, size, max)
}

/// Every character of the deck's text that no installed face draws.
pub fn missing(texts: impl IntoIterator<Item = impl AsRef<str>>) -> fonts::Missing {
    let mut all = fonts::Missing::default();
    for t in texts {
        all.merge(fonts::missing(fonts::stack(), t.as_ref()));
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_in_ems() {
        // DejaVu Sans: "M" advances 1767 of 2048 units per em.
        assert!((width("M", 100.0, false) - 100.0 * 1767.0 / 2048.0).abs() < 0.5, "{}", width("M", 100.0, false));
        assert!((ascent(100.0) - 100.0 * 1901.0 / 2048.0).abs() < 0.5);
    }

    #[test]
    fn widths_scale_and_bold_is_wider() {
        let w = width("Monitoring", 10.0, false);
        assert!((width("Monitoring", 20.0, false) - 2.0 * w).abs() < 1e-3);
        assert!(width("Monitoring", 10.0, true) > w);
        assert_eq!(width("", 10.0, false), 0.0);
    }

    #[test]
    fn wraps_runs_keeping_colour_and_weight() {
        let runs = vec![Run::bold("Breadth "), Run::coloured("four of six modules used this month", Rgb(1, 2, 3), false)];
        let one = width("Breadth four of six", 12.0, false);
        let lines = wrap(&runs, 12.0, one + 5.0);
        assert!(lines.len() >= 2 && lines.iter().all(|l| l.width <= one + 5.0 + 1e-6), "{lines:?}");
        assert_eq!(lines[0].pieces[0], Piece { text: "Breadth ".into(), bold: true, style: None, x: 0.0 });
        assert_eq!(lines[0].pieces[1].style, Some(Rgb(1, 2, 3)));
        assert_eq!(lines.iter().map(|l| l.text()).collect::<Vec<_>>().join(" "), "Breadth four of six modules used this month");
    }
}
