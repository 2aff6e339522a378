//! Waypoint's metrics: revenue, usage, health, alerts and lifecycle, each a pure function of
//! a [`Book`] read once from the workspace. Definitions live in the doc comments of each
//! module and, word for word in substance, in docs/METRICS.md.

/// Errors, with stable codes.
mod error;
/// Month ends and "12 months earlier".
pub mod dates;
/// The book of accounts as of one day, loaded in a few aggregate queries.
pub mod book;
/// Rows the books of one read share (accounts, contacts, milestones).
pub mod shared;
/// Reading a book (and the book four weeks earlier, or a run of days) from the workspace.
mod load;
/// Some accounts of a loaded book read again in place: the app's refresh after a small change.
pub mod splice;
/// The usage part of those books, read once for several days.
mod load_usage;
/// Subscriptions, reporting currency and FX rates of a book.
mod load_revenue;
/// Fast row reads through SQLite's C API for the loader's big queries.
mod raw;
/// Subscriptions in several currencies: monthly rates and conversion to the reporting one.
pub mod fx;
/// MRR, MRR movements, NRR, GRR, logo churn, by group.
pub mod revenue;
/// Volume, trend, stickiness, breadth, depth, core users, time to value.
pub mod usage;
/// Active users, stickiness and core users week by week.
pub mod usage_trend;
/// The health score and its scorecard.
pub mod health;
/// Alert rules: usage drop, silence, unused modules, detractors, ticket spikes, renewal risk.
pub mod alerts;
/// Lifecycle stage, renewal date, success-plan status.
pub mod lifecycle;
/// The full recompute of every account as of a day.
pub mod engine;
/// Stored health snapshots and their history.
pub mod snapshots;
/// One account's full profile.
pub mod profile;

pub use book::{Book, Scope};
pub use load::Books;
pub use engine::{AccountView, Analysis, Settings, analyze, analyze_book, reanalyze};
pub use error::Error;
pub use profile::{AccountProfile, profile};
