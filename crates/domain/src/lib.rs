//! The customer-success vocabulary shared by every Waypoint crate.
//!
//! Plain data types and their parsing rules, with no I/O, so that the store,
//! the importers, the analytics and the UI bindings all speak the same words.

mod currency;
mod day;
mod enums;
mod money;

pub use currency::{parse_rate, Currency};
pub use day::{Day, Timestamp};
pub use enums::{ContactRole, LifecycleStage, OwnerSide, Priority};
pub use money::Money;

/// Why a value in an input file was refused. The importers attach file, line and field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("expected a date YYYY-MM-DD, got {0:?}")]
    Day(String),
    #[error("expected an ISO-8601 timestamp with offset (e.g. 2026-09-14T13:05:22Z), got {0:?}")]
    Timestamp(String),
    #[error("expected an amount like 1250.00 (at most 2 decimals), got {0:?}")]
    Money(String),
    #[error("expected one of {allowed}, got {got:?}")]
    Choice { allowed: &'static str, got: String },
    #[error("expected a whole number, got {0:?}")]
    Integer(String),
    #[error("{0:?} is not an ISO 4217 code like USD (three capital letters)")]
    CurrencyFormat(String),
    #[error("{0:?} is not an ISO 4217 currency code")]
    UnknownCurrency(String),
    #[error("expected a rate like 0.1375 (a plain decimal number), got {0:?}")]
    Rate(String),
    #[error("a rate must be above 0, got {0:?}")]
    RateNotPositive(String),
    #[error("expected a number from {min} to {max}, got {got:?}")]
    Range { min: i64, max: i64, got: String },
}
