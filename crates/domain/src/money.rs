//! Money kept exactly as integer minor units (cents): revenue sums must reconcile to the
//! cent, which binary floating point cannot promise.

use serde::{Deserialize, Serialize};

use crate::ParseError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Money(pub i64);

impl Money {
    pub fn from_minor(minor: i64) -> Money {
        Money(minor)
    }

    pub fn minor(self) -> i64 {
        self.0
    }

    /// Parses `1250`, `1250.5`, `1250.50`, `-3.25`; refuses more than two decimals,
    /// thousands separators and exponents rather than guessing.
    pub fn parse(s: &str) -> Result<Money, ParseError> {
        let err = || ParseError::Money(s.to_string());
        let t = s.trim();
        let (neg, body) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() || frac.len() > 2 {
            return Err(err());
        }
        if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let whole: i64 = int.parse().map_err(|_| err())?;
        let cents: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().map_err(|_| err())? * 10,
            _ => frac.parse().map_err(|_| err())?,
        };
        let v = whole.checked_mul(100).and_then(|w| w.checked_add(cents)).ok_or_else(err)?;
        Ok(Money(if neg { -v } else { v }))
    }
}

impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", a / 100, a % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exact_cents() {
        assert_eq!(Money::parse("1250").unwrap().minor(), 125_000);
        assert_eq!(Money::parse("1250.5").unwrap().minor(), 125_050);
        assert_eq!(Money::parse("0.07").unwrap().minor(), 7);
        assert_eq!(Money::parse("-3.25").unwrap().minor(), -325);
        assert_eq!(Money::parse("19.99").unwrap().to_string(), "19.99");
        assert_eq!(Money(-5).to_string(), "-0.05");
    }

    #[test]
    fn refuses_ambiguous_amounts() {
        for bad in ["1,250.00", "1.234", "1e3", "", "abc", ".5", "--1", "+-2"] {
            assert!(Money::parse(bad).is_err(), "{bad} should be refused");
        }
    }
}
