//! Fonts: every script a customer's data holds, drawn the same way by charts (SVG, PNG) and
//! decks (PDF, PPTX). The bundled DejaVu faces come first, so Latin-only output is identical
//! on every machine; the system's fonts follow with an order of preference per script
//! (Noto CJK, Noto Sans Arabic, Noto Color Emoji... and their macOS and Windows peers).
//!
//! Why this crate and not a layout engine (parley, cosmic-text): decks and charts place
//! every line themselves in fixed frames; what they need is font fallback, bidi, shaping and
//! UAX #14 breaks, which fontdb, unicode-bidi, rustybuzz and unicode-linebreak do, the same
//! crates usvg and krilla draw with, so measured and drawn widths agree.

/// Discovery, fallback order, face data, usvg options.
pub mod stack;
/// Bidi, itemization by face, shaping, widths.
pub mod shape;
/// Line breaking of styled text.
pub mod wrap;
/// Characters no installed face draws, and the package to install.
pub mod missing;
/// The Latin, East Asian and complex-script typefaces an Office run names.
pub mod typefaces;

pub use missing::{Missing, missing};
pub use shape::{Line, Run, is_rtl, shape, width};
pub use stack::{BOLD, Class, Flavour, FontStack, LATIN_FAMILY, REGULAR, stack};
pub use typefaces::{Typefaces, css_families, typefaces};
pub use wrap::{Piece, Span, wrap};
