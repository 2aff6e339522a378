//! Charts: every chart Waypoint shows, drawn once with plotters and written as SVG (the UI)
//! or 2x PNG (decks), with every script through the `fonts` stack, a colour-blind-safe palette and light or dark
//! themes.

/// Errors, with stable codes.
mod error;
/// The family charts name; drawing goes through the `fonts` crate.
pub mod font;
/// Palette and themes.
pub mod theme;
/// Safe, short labels.
pub mod text;
/// Money, percentage and date formats.
pub mod format;
/// Canvas, the Chart trait, SVG and PNG output, shared heading/legend/empty drawing.
pub mod canvas;
/// Module usage stacking for one account.
pub mod module_stack;
/// Module mix across accounts or segments, fewest modules first.
pub mod module_mix;
/// Active users, core users and stickiness week by week.
pub mod users;
/// MRR movements by month.
pub mod mrr;
/// Health trend on its bands, and today's drivers.
pub mod health;
/// Kaplan-Meier curves with bands and the sBG projection.
pub mod retention;
/// Accounts by ARR and breadth, coloured by needs segment.
pub mod segment_map;
/// NPS distribution by class beside support tickets opened per week.
pub mod nps;
/// The success-plan timeline: milestones against the 30/60/90-day plan and today.
pub mod milestones;
/// The health score against the churn that followed: ROC, churn per band, lead time.
pub mod backtest;
/// Chart data from the engine's types.
pub mod data;

pub use canvas::{Canvas, Chart, svg_options, to_png, to_svg};
pub use error::Error;
pub use module_mix::{MixModule, MixRow, ModuleMix};
pub use module_stack::{Marker, ModuleSeries, ModuleStack};
pub use backtest::{BacktestChart, BandBar};
pub use health::HealthChart;
pub use milestones::MilestoneChart;
pub use mrr::MrrChart;
pub use nps::{NpsChart, TicketWeek};
pub use retention::RetentionChart;
pub use segment_map::{MapPoint, SegmentMap};
pub use theme::Theme;
pub use users::UsersChart;
