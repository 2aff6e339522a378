//! What happened to an account in the horizon after an evaluation day, read from the latest
//! book (every subscription ever, with its start and end).
//!
//! - **Churned**: the account's MRR fell to zero on some day in (day, day + horizon].
//! - **Contracted**: not churned, and MRR on day + horizon is at least the contraction
//!   threshold (default 10%) below MRR on the day.
//! - **Kept**: renewed flat or expanded.
//!
//! Both MRRs are valued at the evaluation month's exchange rates, so a currency's move is not
//! mistaken for a contraction (docs/METRICS.md, "FX").

use chrono::{Days, NaiveDate};
use metrics::Book;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Churned,
    Contracted,
    Kept,
}

/// The account's MRR (reporting cents) on `day` at the rates of `rates`.
fn mrr(book: &Book, account: usize, day: NaiveDate, rates: NaiveDate) -> i64 {
    book.subscriptions_of(account).iter().filter(|s| s.active_on(day)).map(|s| book.reporting_cents(s, rates)).sum()
}

/// The outcome over `horizon` days after `day`, and the churn day when it churned.
pub fn outcome(book: &Book, account: usize, day: NaiveDate, horizon: u32, contraction: f64) -> (Outcome, Option<NaiveDate>) {
    let end = day + Days::new(u64::from(horizon));
    // MRR only changes where a subscription starts or ends: the first end in the window after
    // which nothing runs is the churn day.
    let mut ends: Vec<NaiveDate> = book.subscriptions_of(account).iter().filter_map(|s| s.end).filter(|e| *e > day && *e <= end).collect();
    ends.sort();
    ends.dedup();
    if let Some(churn) = ends.into_iter().find(|e| mrr(book, account, *e, day) == 0) {
        return (Outcome::Churned, Some(churn));
    }
    let (before, after) = (mrr(book, account, day, day), mrr(book, account, end, day));
    if before > 0 && (after as f64) <= (1.0 - contraction) * before as f64 {
        (Outcome::Contracted, None)
    } else {
        (Outcome::Kept, None)
    }
}

#[cfg(test)]
mod tests {
    use metrics::book::Subscription;

    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn sub(account: usize, mrr: i64, start: &str, end: Option<&str>) -> Subscription {
        Subscription { account, external_id: format!("S{account}-{start}"), mrr_cents: mrr, currency: None, start: day(start), end: end.map(day), modules: vec![] }
    }

    /// Four accounts from 2025-01-01: one leaves on 06-01, one renews flat, one renews 15%
    /// lower, one 5% lower (under the 10% threshold).
    fn book() -> Book {
        let mut b = Book::empty(day("2026-01-01"));
        for id in ["gone", "flat", "down", "dip"] {
            b.add_account(id);
        }
        b.subscriptions = vec![
            sub(0, 100_00, "2025-01-01", Some("2025-06-01")),
            sub(1, 100_00, "2025-01-01", Some("2025-06-01")),
            sub(1, 100_00, "2025-06-01", None),
            sub(2, 100_00, "2025-01-01", Some("2025-06-01")),
            sub(2, 85_00, "2025-06-01", None),
            sub(3, 100_00, "2025-01-01", Some("2025-06-01")),
            sub(3, 95_00, "2025-06-01", None),
        ];
        b
    }

    #[test]
    fn churn_contraction_and_renewal_within_the_horizon() {
        let b = book();
        let d = day("2025-04-30");
        assert_eq!(outcome(&b, 0, d, 90, 0.1), (Outcome::Churned, Some(day("2025-06-01"))));
        assert_eq!(outcome(&b, 1, d, 90, 0.1), (Outcome::Kept, None));
        assert_eq!(outcome(&b, 2, d, 90, 0.1), (Outcome::Contracted, None));
        assert_eq!(outcome(&b, 3, d, 90, 0.1), (Outcome::Kept, None));
        assert_eq!(outcome(&b, 3, d, 90, 0.04), (Outcome::Contracted, None), "a 5% drop counts under a 4% threshold");
        // The churn is 32 days after the evaluation day: outside a 30-day horizon.
        assert_eq!(outcome(&b, 0, d, 30, 0.1), (Outcome::Kept, None));
    }
}
