use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::book::{Book, Subscription};
use crate::revenue::{movements_cents, mrr_on, retention};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn sub(book: &mut Book, account: usize, id: &str, cents: i64, currency: &str, start: &str, end: Option<&str>) {
    book.subscriptions.push(Subscription {
        account,
        external_id: id.into(),
        mrr_cents: cents,
        currency: Some(currency.into()),
        start: d(start),
        end: end.map(d),
        modules: vec![],
    });
}

/// Rates of `currency` by month (`YYYY-MM`), one each.
fn rates(list: &[(&str, &str, f64)]) -> Fx {
    Fx::from_rates(list.iter().map(|(c, m, r)| (c.to_string(), d(&format!("{m}-15")), *r)))
}

#[test]
fn a_months_rate_is_the_mean_of_its_days() {
    let fx = Fx::from_rates([
        ("CNY".to_string(), d("2026-03-02"), 0.125),
        ("CNY".to_string(), d("2026-03-31"), 0.135),
        ("CNY".to_string(), d("2026-04-01"), 0.2),
    ]);
    assert_eq!(fx.rate("CNY", d("2026-03-15")), Some(0.13));
    assert_eq!(fx.rate("CNY", d("2026-04-30")), Some(0.2));
    assert_eq!(fx.rate("CNY", d("2026-05-01")), None);
    assert_eq!(fx.rate("EUR", d("2026-03-15")), None);
}

#[test]
fn conversion_rounds_to_the_nearest_cent() {
    assert_eq!(convert(1_000_00, 0.1283), 128_30);
    assert_eq!(convert(3, 0.5), 2);
    assert_eq!(convert(1, 0.49), 0);
}

/// An account paying 8,000.00 CNY until March, then (as a new subscription) 1,000.00 EUR,
/// what 8,000 CNY are worth at March's 0.125: neither expansion nor contraction; only the
/// CNY's move from 0.12 to 0.125 on the 8,000 CNY held at the end of February (+40.00).
#[test]
fn a_currency_switch_at_equal_value_is_not_expansion_or_contraction() {
    let mut b = Book::empty(d("2026-03-31"));
    b.currency = Some("EUR".into());
    let a = b.add_account("a");
    sub(&mut b, a, "cny", 8_000_00, "CNY", "2026-01-01", Some("2026-03-01"));
    sub(&mut b, a, "eur", 1_000_00, "EUR", "2026-03-01", None);
    b.fx = rates(&[("CNY", "2026-01", 0.12), ("CNY", "2026-02", 0.12), ("CNY", "2026-03", 0.125)]);
    check(&b).unwrap();
    let m = movements_cents(&b, &|_| true);
    let (_, march) = m.last().unwrap();
    assert_eq!((march.start, march.end), (960_00, 1_000_00));
    assert_eq!((march.expansion, march.contraction, march.fx), (0, 0, 40_00));
    assert_eq!(march.counts, [0; 5]);
    // The same switch at a higher price is expansion of the difference only.
    b.subscriptions[1].mrr_cents = 1_100_00;
    let (_, march) = movements_cents(&b, &|_| true).pop().unwrap();
    assert_eq!((march.expansion, march.contraction, march.fx), (100_00, 0, 40_00));
}

#[test]
fn nrr_leaves_fx_out_and_logo_churn_counts_accounts() {
    // 1,000.00 USD a month all year, reporting in EUR, the dollar from 0.90 to 0.95.
    let mut b = Book::empty(d("2026-03-31"));
    b.currency = Some("EUR".into());
    let a = b.add_account("a");
    sub(&mut b, a, "usd", 1_000_00, "USD", "2025-01-01", None);
    let mut list: Vec<(String, f64)> = (1..=12).map(|m| (format!("2025-{m:02}"), 0.90)).collect();
    list.extend([("2026-01".to_string(), 0.90), ("2026-02".into(), 0.92), ("2026-03".into(), 0.95)]);
    b.fx = Fx::from_rates(list.iter().map(|(m, r)| ("USD".to_string(), d(&format!("{m}-01")), *r)));
    check(&b).unwrap();
    let r = retention(&b, &|_| true);
    assert_eq!((r.cohort_mrr_then, r.cohort_mrr_now, r.cohort_fx), (900.0, 950.0, 50.0));
    assert_eq!((r.nrr, r.grr, r.logo_churn), (Some(1.0), Some(1.0), Some(0.0)));
}

#[test]
fn check_names_the_earliest_missing_month_then_the_first_currency() {
    let mut b = Book::empty(d("2026-03-31"));
    b.currency = Some("EUR".into());
    let a = b.add_account("a");
    sub(&mut b, a, "u", 100, "USD", "2026-01-10", None);
    sub(&mut b, a, "c", 100, "CNY", "2026-02-01", Some("2026-03-01"));
    b.fx = rates(&[("USD", "2026-01", 0.9), ("USD", "2026-03", 0.9)]);
    let e = check(&b).unwrap_err();
    assert_eq!((e.code(), e.to_string().starts_with("no FX rate for CNY in 2026-02:")), ("missing_fx_rate", true), "{e}");
    // CNY's exclusive end (2026-03-01) needs March too: that month revalues February's end.
    b.fx = rates(&[("USD", "2026-01", 0.9), ("USD", "2026-02", 0.9), ("USD", "2026-03", 0.9), ("CNY", "2026-02", 0.1)]);
    assert!(check(&b).unwrap_err().to_string().starts_with("no FX rate for CNY in 2026-03:"));
    b.fx = rates(&[("USD", "2026-01", 0.9), ("USD", "2026-02", 0.9), ("USD", "2026-03", 0.9), ("CNY", "2026-02", 0.1), ("CNY", "2026-03", 0.1)]);
    check(&b).unwrap();
    // Subscriptions in the reporting currency need nothing.
    b.subscriptions.retain(|s| s.currency.as_deref() == Some("USD"));
    b.currency = Some("USD".into());
    b.fx = Fx::default();
    check(&b).unwrap();
    assert_eq!(b.conversion(), None);
}

fn arb_book() -> impl Strategy<Value = (Vec<(usize, i64, bool, u32, Option<u32>)>, Vec<f64>, u32)> {
    (
        prop::collection::vec((0usize..5, 0i64..5_000_000, any::<bool>(), 0u32..700, prop::option::of(1u32..300)), 0..20),
        prop::collection::vec(0.01f64..20.0, 24),
        0u32..700,
    )
}

proptest! {
    /// With subscriptions in two currencies and any rates, start + movements + fx = end
    /// exactly, every month, each start is the previous end, and the last end is the MRR
    /// on the as-of day.
    #[test]
    fn the_bridge_identity_holds_with_fx(book in arb_book()) {
        let (periods, monthly, as_of) = book;
        let origin = d("2025-01-01");
        let mut b = Book::empty(origin + chrono::Days::new(as_of as u64));
        b.currency = Some("EUR".into());
        for i in 0..5 { b.add_account(&format!("a{i}")); }
        let mut periods = periods;
        periods.sort_by_key(|p| p.0);
        for (acct, cents, foreign, start, len) in periods {
            let start = origin + chrono::Days::new(start as u64);
            b.subscriptions.push(Subscription {
                account: acct, external_id: "x".into(), mrr_cents: cents,
                currency: Some(if foreign { "CNY" } else { "EUR" }.into()), start,
                end: len.map(|l| start + chrono::Days::new(l as u64)), modules: vec![],
            });
        }
        b.fx = Fx::from_rates(monthly.iter().enumerate().map(|(i, r)| {
            ("CNY".to_string(), origin.checked_add_months(chrono::Months::new(i as u32)).unwrap(), *r)
        }));
        prop_assert!(check(&b).is_ok());
        let m = movements_cents(&b, &|_| true);
        let mut previous_end = None;
        for (_, x) in &m {
            prop_assert_eq!(x.start + x.new + x.reactivated + x.expansion - x.contraction - x.churned + x.fx, x.end);
            if let Some(p) = previous_end { prop_assert_eq!(x.start, p); }
            previous_end = Some(x.end);
        }
        if let Some((_, last)) = m.last() {
            prop_assert_eq!(last.end, mrr_on(&b, b.as_of).iter().sum::<i64>());
        }
    }
}
