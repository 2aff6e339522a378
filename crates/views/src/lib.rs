//! What each screen of the app shows, read from the engine in one call per view. The Tauri
//! shell and the CLI are thin shells over these functions; the types derive `ts_rs::TS`, so
//! the web UI's types are generated from them, never retyped.

mod error;

/// The settings document every view is computed with.
pub mod config;
/// An open workspace and the analysis snapshot every screen reads.
pub mod session;
/// Limits and clean-up for a process that stays open (the app).
pub mod memory;
/// Long jobs the window can cancel, one of each kind at a time.
pub mod jobs;
/// Any chart by kind and target, checked, built and drawn.
pub mod chart;
/// The data of each chart kind, read for an account, a segment or the whole book.
pub mod chart_data;
/// Portfolio home: KPIs with trend, MRR chart, health bands, alerts, renewals, tasks.
pub mod home;
/// The accounts table.
pub mod accounts;
/// Account 360 and the writes made from it.
pub mod account;
/// Loading the demo book into an empty workspace, with progress.
pub mod demo_book;
/// The import screen: preview, header mapping, dry run, import with progress and cancel.
pub mod import_flow;
/// QBR and portfolio decks: quarters, previews, saving, and the whole book with progress.
pub mod decks;
/// Settings: workspace file and key, rekey, backup, restore, scorecard, alert thresholds, brand.
pub mod settings_view;
/// The segments screen: needs segments beside value tiers, crosstab, charts, members, rules.
pub mod segments_view;
/// "Does the score work?": the health score's backtest and its chart, on request.
pub mod backtest_view;

pub use chart::{Drawn, Kind, Request, Target, Theme};
pub use config::Config;
pub use error::Error;
pub use session::{Origin, Session, Snapshot};
pub mod brief_view;
pub mod playbooks_view;
