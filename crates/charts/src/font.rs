//! The family charts name in their SVG. Drawing goes through the `fonts` crate's stack: the
//! bundled DejaVu Sans for Latin, Greek and Cyrillic (the same on every machine), the
//! system's Noto CJK, Arabic, Hebrew and emoji faces for the rest; PNGs and the PDF's vector
//! charts are rasterised or drawn by usvg with that stack, the app's webview falls back
//! through its own system fonts.

use std::sync::Once;

use plotters::style::{FontStyle, register_font};

/// The family charts ask plotters for. It is written as is into SVG `font-family`, so it is
/// a CSS list.
pub const FAMILY: &str = "DejaVu Sans, sans-serif";

/// Registers the bundled faces with plotters, once per process: plotters measures axis
/// labels with them while laying out a mesh.
pub fn ensure() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are compiled in and known to parse (tested), so failure is impossible.
        register_font(FAMILY, FontStyle::Normal, fonts::REGULAR).unwrap_or_else(|_| unreachable!("bundled DejaVu Sans parses"));
        register_font(FAMILY, FontStyle::Bold, fonts::BOLD).unwrap_or_else(|_| unreachable!("bundled DejaVu Sans Bold parses"));
    });
}
