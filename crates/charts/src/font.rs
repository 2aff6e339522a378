//! The one font every chart uses, compiled in: DejaVu Sans (Bitstream Vera licence, see
//! fonts/LICENSE-DejaVu.txt), so text looks the same on every machine and nothing reads
//! system fonts or fontconfig at run time. It covers Latin, Greek, Cyrillic, Hebrew and
//! Arabic letters; characters it lacks (CJK, emoji) are drawn as its visible "missing glyph"
//! box instead of failing.

use std::sync::Once;

use plotters::style::{FontStyle, register_font};

/// The family name charts ask plotters for. It is written as is into SVG `font-family`, so
/// it is a CSS list: renderers that have DejaVu Sans (the app registers it, the PDF writer
/// loads [`FACES`]) draw exactly the PNG's glyphs, others fall back to their sans-serif.
pub const FAMILY: &str = "DejaVu Sans, sans-serif";

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// The embedded faces (regular, bold) as TrueType bytes, for whatever renders the SVG
/// elsewhere (the PDF writer, the app's webview) to use the very same font.
pub const FACES: [&[u8]; 2] = [REGULAR, BOLD];

/// Registers the embedded faces with plotters, once per process.
pub fn ensure() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are compiled in and known to parse (tested), so failure is impossible.
        register_font(FAMILY, FontStyle::Normal, REGULAR).unwrap_or_else(|_| unreachable!("embedded DejaVu Sans parses"));
        register_font(FAMILY, FontStyle::Bold, BOLD).unwrap_or_else(|_| unreachable!("embedded DejaVu Sans Bold parses"));
    });
}
