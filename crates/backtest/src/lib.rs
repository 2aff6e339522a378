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
/// The evaluation loop and the report.
pub mod report;
/// The report as a chart.
mod chart;

pub use error::Error;
pub use chart::chart;
pub use report::{Backtest, GroupBy, Options, backtest};
