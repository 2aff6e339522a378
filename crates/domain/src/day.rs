//! Calendar days and instants. Waypoint buckets everything by UTC calendar day, so a
//! timestamp with any offset is normalised to UTC before its day is taken.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use crate::ParseError;

/// A UTC calendar day, stored and printed as `YYYY-MM-DD` (sortable as text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Day(pub NaiveDate);

impl Day {
    pub fn parse(s: &str) -> Result<Day, ParseError> {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map(Day)
            .map_err(|_| ParseError::Day(s.to_string()))
    }

    /// Accepts a bare date or a full timestamp (whose UTC day is taken), since exports
    /// from CRMs mix both in date columns.
    pub fn parse_lenient(s: &str) -> Result<Day, ParseError> {
        Day::parse(s).or_else(|_| {
            Timestamp::parse(s)
                .map(|t| t.day())
                .map_err(|_| ParseError::Day(s.to_string()))
        })
    }

    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Day> {
        NaiveDate::from_ymd_opt(y, m, d).map(Day)
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

/// An instant, kept in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub DateTime<Utc>);

impl Timestamp {
    /// RFC 3339 / ISO-8601 with an offset (`Z`, `+02:00`); a bare `YYYY-MM-DD` means midnight UTC.
    pub fn parse(s: &str) -> Result<Timestamp, ParseError> {
        let t = Timestamp::parse_any(s)?;
        // Stored instants are RFC 3339 text that must sort and parse back: years 0000-9999.
        use chrono::Datelike;
        if !(0..=9999).contains(&t.0.year()) {
            return Err(ParseError::Timestamp(s.to_string()));
        }
        Ok(t)
    }

    fn parse_any(s: &str) -> Result<Timestamp, ParseError> {
        let t = s.trim();
        if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
            return Ok(Timestamp(dt.with_timezone(&Utc)));
        }
        // Common variants: space instead of `T`, or an offset without a colon (+0200).
        if let Ok(dt) = DateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S%.f%:z")
            .or_else(|_| DateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S%.f%z"))
            .or_else(|_| DateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S%.f%z"))
        {
            return Ok(Timestamp(dt.with_timezone(&Utc)));
        }
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Ok(Timestamp(d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc()));
        }
        Err(ParseError::Timestamp(s.to_string()))
    }

    pub fn day(&self) -> Day {
        Day(self.0.date_naive())
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::Secs, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_bucketed_by_utc_day() {
        // 01:30 at +02:00 is 23:30 UTC the previous day.
        let t = Timestamp::parse("2026-09-15T01:30:00+02:00").unwrap();
        assert_eq!(t.day().to_string(), "2026-09-14");
        let t = Timestamp::parse("2026-09-14T22:30:00-03:00").unwrap();
        assert_eq!(t.day().to_string(), "2026-09-15");
        assert_eq!(Timestamp::parse("2026-09-14T13:05:22.123Z").unwrap().to_string(), "2026-09-14T13:05:22Z");
    }

    #[test]
    fn instants_outside_four_digit_years_are_refused() {
        // Valid RFC 3339 text, but its UTC instant falls in year 10000 and would not round-trip.
        assert!(Timestamp::parse("9999-12-31T23:59:59-23:59").is_err());
        assert_eq!(Timestamp::parse("9999-12-31T23:59:59Z").unwrap().to_string(), "9999-12-31T23:59:59Z");
    }

    #[test]
    fn bad_days_are_refused() {
        assert!(Day::parse("2026-02-30").is_err());
        assert!(Day::parse("14/09/2026").is_err());
        assert!(Timestamp::parse("yesterday").is_err());
        assert_eq!(Day::parse_lenient("2026-09-14T23:59:59Z").unwrap().to_string(), "2026-09-14");
    }
}
