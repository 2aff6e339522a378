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
    #[error("expected a module key like data_collection, got {0:?}")]
    ModuleKey(String),
}

impl ParseError {
    /// The reason in the reader's language (messages `error-parse-…`, locales/*/errors.ftl);
    /// the importers place it after the file, line and field.
    pub fn text(&self) -> i18n::Text {
        use i18n::{Arg, Text};
        let got = |key: &'static str, s: &str| Text::new(key).arg("got", Arg::Str(s.to_string()));
        match self {
            ParseError::Day(s) => got("error-parse-day", s),
            ParseError::Timestamp(s) => got("error-parse-timestamp", s),
            ParseError::Money(s) => got("error-parse-money", s),
            ParseError::Choice { allowed, got: s } => {
                got("error-parse-choice", s).arg("allowed", Arg::Str(allowed.to_string()))
            }
            ParseError::Integer(s) => got("error-parse-integer", s),
            ParseError::CurrencyFormat(s) => got("error-parse-currency-format", s),
            ParseError::UnknownCurrency(s) => got("error-parse-unknown-currency", s),
            ParseError::Rate(s) => got("error-parse-rate", s),
            ParseError::RateNotPositive(s) => got("error-parse-rate-not-positive", s),
            ParseError::Range { min, max, got: s } => {
                got("error-parse-range", s).arg("min", Arg::Int(*min)).arg("max", Arg::Int(*max))
            }
            ParseError::ModuleKey(s) => got("error-parse-module-key", s),
        }
    }
}

impl From<ParseError> for i18n::Text {
    fn from(e: ParseError) -> i18n::Text {
        e.text()
    }
}

#[cfg(test)]
mod tests {
    use super::ParseError;
    use i18n::Lang;

    #[test]
    fn every_reason_reads_the_same_in_english_and_exists_in_every_language() {
        let all = [
            ParseError::Day("2026/09/30".into()),
            ParseError::Timestamp("yesterday".into()),
            ParseError::Money("12,5".into()),
            ParseError::Choice { allowed: "user admin", got: "boss".into() },
            ParseError::Integer("many".into()),
            ParseError::CurrencyFormat("usd".into()),
            ParseError::UnknownCurrency("ABC".into()),
            ParseError::Rate("1,3".into()),
            ParseError::RateNotPositive("0".into()),
            ParseError::Range { min: 0, max: 10, got: "11".into() },
            ParseError::ModuleKey("a/b".into()),
        ];
        for e in all {
            let text = e.text();
            assert_eq!(text.render(Lang::En), e.to_string());
            for lang in Lang::ALL {
                assert!(i18n::catalog::has(lang, &text.key), "{lang:?} lacks {}", text.key);
            }
        }
        let e = ParseError::Day("2026/09/30".into()).text();
        assert_eq!(e.render(Lang::Fr), "date attendue au format AAAA-MM-JJ, valeur reçue «\u{a0}2026/09/30\u{a0}»");
        assert_eq!(e.render(Lang::ZhCn), "应为 YYYY-MM-DD 格式的日期，实际为“2026/09/30”");
    }
}
