//! The one font every chart uses, compiled in: DejaVu Sans (Bitstream Vera licence, see
//! fonts/LICENSE-DejaVu.txt), so text looks the same on every machine and nothing reads
//! system fonts or fontconfig at run time. It covers Latin, Greek, Cyrillic, Hebrew and
//! Arabic letters; characters it lacks (CJK, emoji) are drawn as its visible "missing glyph"
//! box instead of failing.

use std::sync::Once;

use plotters::style::{FontStyle, register_font};

/// The family name charts ask plotters for.
pub const FAMILY: &str = "sans-serif";

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Registers the embedded faces with plotters, once per process.
pub fn ensure() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are compiled in and known to parse (tested), so failure is impossible.
        register_font(FAMILY, FontStyle::Normal, REGULAR).unwrap_or_else(|_| unreachable!("embedded DejaVu Sans parses"));
        register_font(FAMILY, FontStyle::Bold, BOLD).unwrap_or_else(|_| unreachable!("embedded DejaVu Sans Bold parses"));
    });
}
