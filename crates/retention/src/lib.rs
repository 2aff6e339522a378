//! Retention modelling: how long customers stay, as observed (Kaplan–Meier curves by start
//! cohort and by segment) and as projected (the shifted-beta-geometric model of contractual
//! renewals, with lifetime and lifetime value).

/// Errors, with stable codes.
mod error;
/// The sBG model: fit by maximum likelihood, project, expected and discounted lifetime.
pub mod sbg;
/// Kaplan–Meier curves with log-log Greenwood bands.
pub mod kaplan_meier;
/// The workspace's own retention: lives from subscription history, curves and fits per group.
pub mod history;
/// Segment labels for retention: churned accounts placed where they stood when they left.
pub mod labels;

pub use error::Error;
pub use kaplan_meier::{Curve, Observation, Step, estimate};
pub use history::{GroupRetention, Grouping, Options, RetentionReport, report};
pub use sbg::{Lifetime, Sbg, SbgFit, fit, fit_counts};

#[cfg(test)]
mod sbg_tests;
