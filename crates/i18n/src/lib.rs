//! Waypoint's languages: which one a person reads ([`Lang`]), what every user-facing sentence
//! says in it ([`catalog`], Fluent message catalogues shared with the web UI), and how numbers,
//! money, percentages and dates are written in it ([`format`], CLDR data through ICU4X).
//!
//! The catalogues live in `locales/<lang>/*.ftl` at the root of the repository: the Rust side
//! compiles them in (see `build.rs`), the UI imports the same files, so a term has one
//! translation everywhere.

/// The supported languages and how one is chosen.
mod lang;
/// Messages: the Fluent bundles and the `tr!` macro.
pub mod catalog;
/// Locale formats for numbers, money, percentages and dates.
pub mod format;
/// Engine sentences as a key and typed arguments, rendered per language.
pub mod text;
/// Errors, with stable codes.
mod error;

pub use catalog::{Args, message, text};
pub use error::Error;
pub use format::Formats;
pub use lang::Lang;
pub use text::{Arg, Text};
