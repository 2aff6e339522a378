//! Decks: QBR decks per account, the executive portfolio summary and pre-sale value briefs,
//! written as PowerPoint (PPTX) and PDF from one description of the slides.

/// Errors, with stable codes.
mod error;
/// Calendar quarters.
pub mod quarter;
/// Company name, colours and logo.
pub mod brand;
/// Slides as positioned blocks: what both writers render.
pub mod model;
/// The PPTX writer.
pub mod pptx;
/// Text measuring and line breaking for the PDF.
pub mod text;
/// The PDF writer.
pub mod pdf;
/// Slide arrangements shared by every deck.
pub mod layout;
/// The QBR deck of one account.
pub mod qbr;
/// The executive portfolio summary.
pub mod portfolio;
/// The pre-sale value brief.
pub mod brief;

pub use brand::Brand;
pub use error::Error;
pub use model::{Deck, Slide};
