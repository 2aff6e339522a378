//! Segmentation: accounts grouped by what they need (module-usage mix, k-means) and by what
//! they are worth (ARR tiers), side by side with a crosstab, plus saved rule segments over
//! any account fact.

/// Errors, with stable codes.
mod error;
/// Rule segments: a small filter language over account facts.
pub mod rules;
/// The facts rules test, from the metrics engine's account view.
pub mod facts;
/// Needs segments: k-means over module mix and depth, k by silhouette, readable names.
pub mod needs;
/// A segment's name in the reader's language (the English name is its id).
pub mod label;
/// Value tiers by ARR.
pub mod value;
/// Needs x value crosstab, Cramér's V, adjusted Rand index.
pub mod crosstab;
/// Segment profiles: size, revenue, health, adoption, module mix.
pub mod profile;
/// `segment(analysis, by, settings)`: memberships and profiles.
pub mod segmentation;
/// Saving segmentations and rules in the workspace.
pub mod persist;
/// The needs segments' last fit, kept so that an unlock assigns instead of fitting again.
pub mod saved_fit;

pub use error::Error;
pub use label::label;
pub use segmentation::{By, FitSource, Membership, NeedsFit, SegmentSettings, Segmentation, segment};
