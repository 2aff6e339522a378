use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::book::{Book, Subscription};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn sub(book: &mut Book, account: usize, cents: i64, start: &str, end: Option<&str>) {
    book.subscriptions.push(Subscription {
        account,
        external_id: format!("s{}", book.subscriptions.len()),
        mrr_cents: cents,
        currency: None,
        start: d(start),
        end: end.map(d),
        modules: vec![],
    });
}

/// A: 100 from 2025-01-01, 150 from 2026-02-10. B: 200 from 2025-01-01 to 2026-01-20.
/// C: 50 in June-July 2025, back at 80 from 2026-03-01. D: 300 from 2026-02-01.
fn book() -> Book {
    let mut b = Book::empty(d("2026-03-15"));
    let (a, bb, c, dd) = (b.add_account("A"), b.add_account("B"), b.add_account("C"), b.add_account("D"));
    for (i, region) in [(a, "EMEA"), (bb, "EMEA"), (c, "NA"), (dd, "NA")] {
        b.accounts[i].region = Some(region.into());
    }
    sub(&mut b, a, 10_000, "2025-01-01", Some("2026-02-10"));
    sub(&mut b, a, 15_000, "2026-02-10", None);
    sub(&mut b, bb, 20_000, "2025-01-01", Some("2026-01-20"));
    sub(&mut b, c, 5_000, "2025-06-01", Some("2025-08-01"));
    sub(&mut b, c, 8_000, "2026-03-01", None);
    sub(&mut b, dd, 30_000, "2026-02-01", None);
    b
}

#[test]
fn mrr_counts_periods_with_start_inclusive_end_exclusive() {
    let b = book();
    assert_eq!(mrr_on(&b, d("2026-02-09")), vec![10_000, 0, 0, 30_000]);
    assert_eq!(mrr_on(&b, d("2026-02-10")), vec![15_000, 0, 0, 30_000]);
    assert_eq!(mrr_on(&b, d("2025-07-31")), vec![10_000, 20_000, 5_000, 0]);
    assert_eq!(mrr_on(&b, d("2025-08-01")), vec![10_000, 20_000, 0, 0]);
}

#[test]
fn movements_classify_each_month_by_hand() {
    let b = book();
    let all = |_| true;
    let m = movements(&b, &all);
    assert_eq!(m.len(), 15, "2025-01 ..= 2026-03");
    let get = |label: &str| m.iter().find(|x| x.month == label).unwrap().clone();
    let jan = get("2025-01");
    assert_eq!((jan.start, jan.new, jan.end, jan.new_accounts), (0.0, 300.0, 300.0, 2));
    assert_eq!(get("2025-06").new, 50.0);
    assert_eq!(get("2025-07").end, 350.0, "C's period ends on Aug 1, exclusive");
    let aug = get("2025-08");
    assert_eq!((aug.churned, aug.churned_accounts, aug.end), (50.0, 1, 300.0));
    assert_eq!(get("2026-01").churned, 200.0);
    let feb = get("2026-02");
    assert_eq!((feb.expansion, feb.new, feb.end), (50.0, 300.0, 450.0));
    let mar = get("2026-03");
    assert_eq!((mar.reactivated, mar.new, mar.end), (80.0, 0.0, 530.0), "C had MRR at the end of June 2025");
    for quiet in ["2025-02", "2025-05", "2025-09", "2025-12"] {
        let q = get(quiet);
        assert_eq!(q.start, q.end, "{quiet}");
        assert_eq!(q.new + q.expansion + q.contraction + q.churned + q.reactivated, 0.0);
    }
}

#[test]
fn trailing_twelve_month_retention_by_hand() {
    let b = book();
    let s = summary(&b, &|_| true);
    // Cohort on 2025-03-15: A (100) and B (200). Now A 150, B 0.
    assert_eq!(s.retention.since, "2025-03-15");
    assert_eq!(s.retention.cohort_accounts, 2);
    assert_eq!(s.nrr, Some(150.0 / 300.0));
    assert_eq!(s.grr, Some(100.0 / 300.0), "min(150,100) + min(0,200)");
    assert_eq!(s.logo_churn, Some(0.5));
    assert_eq!((s.mrr, s.arr, s.accounts_active), (530.0, 6_360.0, 3));
}

#[test]
fn retention_trend_measures_each_month_end_and_the_as_of_day() {
    let b = book();
    let t = retention_trend(&b, &|_| true, 3);
    let days: Vec<&str> = t.iter().map(|p| p.day.as_str()).collect();
    assert_eq!(days, ["2026-01-31", "2026-02-28", "2026-03-15"]);
    assert_eq!(t[0].month, "2026-01");
    // Jan 31: cohort of 2025-01-31 is A (100) and B (200); A still 100, B gone on Jan 20.
    assert_eq!((t[0].nrr, t[0].grr), (Some(100.0 / 300.0), Some(100.0 / 300.0)));
    // Feb 28: A now 150 (capped at 100 for GRR), B 0.
    assert_eq!((t[1].nrr, t[1].grr), (Some(150.0 / 300.0), Some(100.0 / 300.0)));
    let now = summary(&b, &|_| true);
    assert_eq!((t[2].nrr, t[2].grr), (now.nrr, now.grr), "the last point is the headline number");
    // Only NA (C and D): its cohorts a year back are empty (C started in June 2025).
    let na = retention_trend(&b, &|a| a >= 2, 2);
    assert!(na.iter().all(|p| p.nrr.is_none() && p.grr.is_none()));
}

#[test]
fn groups_get_their_own_retention() {
    let b = book();
    let g = by_group(&b, &|a| b.accounts[a].region.clone().unwrap_or_default());
    assert_eq!(g.len(), 2);
    assert_eq!((g[0].group.as_str(), g[0].mrr, g[0].nrr), ("NA", 380.0, None), "NA's cohort is empty");
    assert_eq!((g[1].group.as_str(), g[1].mrr, g[1].grr), ("EMEA", 150.0, Some(1.0 / 3.0)));
}

#[test]
fn empty_book_has_no_ratios() {
    let b = Book::empty(d("2026-01-01"));
    let s = summary(&b, &|_| true);
    assert_eq!((s.mrr, s.nrr, s.grr, s.logo_churn), (0.0, None, None, None));
    assert!(s.mrr_movements.is_empty());
}

fn arb_periods() -> impl Strategy<Value = Vec<(usize, i64, u32, Option<u32>)>> {
    prop::collection::vec((0usize..6, 0i64..50_000, 0u32..900, prop::option::of(1u32..400)), 0..25)
}

proptest! {
    /// Start + movements = end, every month, and months chain: each start is the previous end.
    #[test]
    fn bridge_identity_holds(periods in arb_periods(), as_of in 0u32..1000) {
        let origin = d("2024-01-01");
        let mut b = Book::empty(origin + chrono::Days::new(as_of as u64));
        for i in 0..6 { b.add_account(&format!("a{i}")); }
        for (acct, cents, start, len) in periods {
            let start = origin + chrono::Days::new(start as u64);
            b.subscriptions.push(Subscription {
                account: acct, external_id: "x".into(), mrr_cents: cents, currency: None, start,
                end: len.map(|l| start + chrono::Days::new(l as u64)), modules: vec![],
            });
        }
        let m = movements_cents(&b, &|_| true);
        let mut previous_end = None;
        for (_, x) in &m {
            prop_assert_eq!(x.start + x.new + x.reactivated + x.expansion - x.contraction - x.churned, x.end);
            if let Some(p) = previous_end { prop_assert_eq!(x.start, p); }
            previous_end = Some(x.end);
        }
        if let Some((_, last)) = m.last() {
            prop_assert_eq!(last.end, mrr_on(&b, b.as_of).iter().sum::<i64>());
        }
    }
}
