//! Calendar arithmetic the metric definitions rely on (month ends, "12 months earlier").

use chrono::{Datelike, Months, NaiveDate};

use crate::Error;

/// Last day of the month containing `d`.
pub fn month_end(d: NaiveDate) -> NaiveDate {
    let first = d.with_day(1).expect("day 1 exists");
    first + Months::new(1) - chrono::Days::new(1)
}

/// First day of the month containing `d`.
pub fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).expect("day 1 exists")
}

/// `d` minus `n` calendar months, clamped to the month's last day (2024-02-29 minus 12
/// months is 2023-02-28), as chrono does.
pub fn months_before(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_sub_months(Months::new(n)).unwrap_or(NaiveDate::MIN)
}

/// `YYYY-MM` label of a month.
pub fn month_label(d: NaiveDate) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// Parses a stored `YYYY-MM-DD` (or the day part of an RFC 3339 instant).
/// A load parses a million of these: the usual form by hand (chrono's parser reads its format
/// string on every call, measured at a tenth of a 20,000-account load), anything else through
/// chrono, which accepts or explains it.
pub fn parse_day(table: &'static str, column: &'static str, s: &str) -> Result<NaiveDate, Error> {
    let day = s.get(..10).unwrap_or(s);
    if let Some(d) = ymd(day) {
        return Ok(d);
    }
    NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|e| Error::Corrupt {
        table,
        column,
        value: s.to_string(),
        reason: e.to_string(),
    })
}

/// `YYYY-MM-DD` exactly, as a valid day.
fn ymd(s: &str) -> Option<NaiveDate> {
    let (y, m, d) = fields(s)?;
    NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32)
}

/// Year, month and day of a text starting `YYYY-MM-DD` (digits only, not checked as a day).
fn fields(s: &str) -> Option<(i64, i64, i64)> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        b[r].iter().try_fold(0i64, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0')))
    };
    Some((num(0..4)?, num(5..7)?, num(8..10)?))
}

/// Days from `a` to `b` (positive when `b` is later).
pub fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` text, by integer arithmetic (the loader buckets
/// a million rows; chrono's parser is ten times slower and not needed for a fixed format).
pub fn day_number(s: &str) -> Option<i64> {
    let (y, m, d) = fields(s)?;
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn month_arithmetic() {
        assert_eq!(month_end(d("2024-02-10")), d("2024-02-29"));
        assert_eq!(month_end(d("2026-12-31")), d("2026-12-31"));
        assert_eq!(month_start(d("2026-12-31")), d("2026-12-01"));
        assert_eq!(months_before(d("2024-02-29"), 12), d("2023-02-28"));
        assert_eq!(months_before(d("2026-03-31"), 1), d("2026-02-28"));
        assert_eq!(month_label(d("2026-03-31")), "2026-03");
        assert_eq!(days_between(d("2026-01-30"), d("2026-03-01")), 30);
        assert_eq!(parse_day("t", "c", "2026-09-15T10:00:00Z").unwrap(), d("2026-09-15"));
        assert!(parse_day("t", "c", "2026-13-01").is_err());
        assert!(parse_day("t", "c", "2026-02-29").is_err());
        assert!(parse_day("t", "c", "2026-02-2x").is_err());
        assert_eq!(parse_day("t", "c", "2024-02-29").unwrap(), d("2024-02-29"));
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("1969-12-31"), Some(-1));
        assert_eq!(day_number("2026-1x-01"), None);
    }

    proptest::proptest! {
        /// The hand-rolled day number agrees with chrono on every day of 0001-9999.
        #[test]
        fn day_number_agrees_with_chrono(n in 0i64..3_652_059) {
            let day = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Days::new(n as u64);
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
            let text = day.format("%Y-%m-%d").to_string();
            proptest::prop_assert_eq!(day_number(&text), Some((day - epoch).num_days()));
            proptest::prop_assert_eq!(parse_day("t", "c", &text).unwrap(), day);
        }
    }
}
