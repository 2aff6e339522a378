//! Does the health score work? The score is replayed on past days from the data that existed
//! on each day (the metrics engine's own as-of path), every then-paying account's outcome over
//! the following horizon is read from the book's later history, and the two are compared:
//! ROC AUC with a bootstrap interval, churn per band and the red-vs-green lift, precision and
//! recall of "red", calibration by risk decile, lead time from first red to churn, and the
//! accounts that churned while green. Definitions: docs/METRICS.md, "Backtest".

/// Errors, with stable codes.
mod error;
/// What happened to an account after an evaluation day: churned, contracted or kept.
pub mod outcome;
/// AUC, its bootstrap interval, medians: the statistics a backtest reports.
pub mod stats;
/// The score on each past evaluation day, from that day's data, and what followed.
mod replay;
/// The report: AUC, bands, lift, calibration, lead time, misses.
pub mod report;
/// Non-negative L2 logistic regression of churn on the factors (argmin).
mod fit;
/// Fitting the factor weights to the history, explainably.
pub mod tune;
/// The report as a chart.
mod chart;
/// Which playbooks work: churn after a playbook's tasks were done, against comparable accounts.
pub mod effect;

pub use error::Error;
pub use chart::chart;
pub use report::{Backtest, GroupBy, Options, backtest};
pub use tune::{TuneOptions, Tuning, tune};
pub use effect::{PlaybookEffect, Effects, effects};
