//! Calendar quarters ("2026-Q3"): what a QBR is about and what it compares with.

use chrono::{Datelike, NaiveDate};

use crate::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub q: u32,
}

impl Quarter {
    /// `2026-Q3` (also `2026Q3`, `q3-2026` is not accepted: one spelling keeps file names
    /// and scripts predictable).
    pub fn parse(s: &str) -> Result<Quarter, Error> {
        let bad = || Error::Quarter(s.to_string());
        let t = s.trim().to_ascii_uppercase();
        let (y, q) = t.split_once('Q').ok_or_else(bad)?;
        let year: i32 = y.trim_end_matches('-').parse().map_err(|_| bad())?;
        let q: u32 = q.parse().map_err(|_| bad())?;
        if !(1..=4).contains(&q) || !(1900..=9999).contains(&year) {
            return Err(bad());
        }
        Ok(Quarter { year, q })
    }

    /// The quarter holding `day`.
    pub fn of(day: NaiveDate) -> Quarter {
        Quarter { year: day.year(), q: day.month0() / 3 + 1 }
    }

    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, 3 * (self.q - 1) + 1, 1).expect("valid quarter start")
    }

    pub fn end(self) -> NaiveDate {
        self.next().start().pred_opt().expect("day before a quarter start")
    }

    pub fn previous(self) -> Quarter {
        if self.q == 1 { Quarter { year: self.year - 1, q: 4 } } else { Quarter { year: self.year, q: self.q - 1 } }
    }

    pub fn next(self) -> Quarter {
        if self.q == 4 { Quarter { year: self.year + 1, q: 1 } } else { Quarter { year: self.year, q: self.q + 1 } }
    }

    /// "Q3 2026", for slides.
    pub fn label(self) -> String {
        format!("Q{} {}", self.q, self.year)
    }
}

impl std::fmt::Display for Quarter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-Q{}", self.year, self.q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn quarters_by_hand() {
        let q = Quarter::parse("2026-Q3").unwrap();
        assert_eq!((q.start(), q.end()), (d("2026-07-01"), d("2026-09-30")));
        assert_eq!(q.previous().to_string(), "2026-Q2");
        assert_eq!(Quarter::parse("2026q1").unwrap().previous(), Quarter { year: 2025, q: 4 });
        assert_eq!(Quarter::parse("2025-Q4").unwrap().end(), d("2025-12-31"));
        assert_eq!(Quarter::parse("2024-Q1").unwrap().end(), d("2024-03-31"));
        assert_eq!(Quarter::of(d("2026-10-31")), Quarter { year: 2026, q: 4 });
        assert_eq!(q.label(), "Q3 2026");
        for bad in ["2026-Q5", "2026-Q0", "Q3", "2026-3", "abc", ""] {
            assert_eq!(Quarter::parse(bad).unwrap_err().code(), "invalid_quarter", "{bad}");
        }
    }
}
