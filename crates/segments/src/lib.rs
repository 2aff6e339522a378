//! Segmentation: accounts grouped by what they need (module-usage mix, k-means) and by what
//! they are worth (ARR tiers), side by side, plus saved rule segments.

/// Errors, with stable codes.
mod error;
/// Rule segments: a small filter language over account facts.
pub mod rules;

pub use error::Error;
