//! Prices and exchange rates of the international demo. The price list is set in US dollars
//! (revenue.rs); a customer paying in another currency gets it converted at a round rate and
//! rounded to a price a sales team would quote. The FX file then states every month's rate
//! to the reporting currency, moving gently around the same round rates, so that revenue
//! metrics add the currencies up out of the box.

use std::f64::consts::TAU;
use std::path::Path;

use chrono::{Datelike, Months, NaiveDate};

use crate::DemoError;
use crate::rng::{month_start, splitmix64};

/// Units of `currency` a US dollar buys at the demo's round rates.
fn per_usd(currency: &str) -> f64 {
    match currency {
        "CNY" => 7.1,
        "EUR" => 0.92,
        "CHF" => 0.88,
        _ => 1.0,
    }
}

/// A monthly price in cents of `currency` for a list price of `usd_cents`: whole yuan tens,
/// whole euros and francs.
pub fn local_cents(usd_cents: i64, currency: &str) -> i64 {
    if currency == "USD" {
        return usd_cents;
    }
    let step = if currency == "CNY" { 1_000.0 } else { 100.0 };
    let cents = usd_cents as f64 * per_usd(currency);
    ((cents / step).round() * step).max(step) as i64
}

/// Units of `reporting` one unit of `currency` is worth in `month`: the round cross rate
/// times a slow drift of a few per cent (two waves with a phase per seed and currency), to
/// four decimals as rate tables print them.
pub fn rate(seed: u64, currency: &str, reporting: &str, month: NaiveDate) -> f64 {
    let base = per_usd(reporting) / per_usd(currency);
    let key = currency.bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64));
    let phase = (splitmix64(seed ^ key) % 10_000) as f64 / 10_000.0 * TAU;
    let m = (month.year() * 12 + month.month0() as i32) as f64;
    let drift = 1.0 + 0.025 * (TAU * m / 19.0 + phase).sin() + 0.008 * (TAU * m / 5.0 + 2.0 * phase).sin();
    (base * drift * 10_000.0).round() / 10_000.0
}

/// Writes fx.csv: a rate on the first day of every month from `from`'s month through `to`'s,
/// for each currency other than the reporting one.
pub fn write(path: &Path, seed: u64, reporting: &str, currencies: &[&str], from: NaiveDate, to: NaiveDate) -> Result<u64, DemoError> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record(["date", "currency", "rate_to_reporting"])?;
    let mut rows = 0;
    let mut month = month_start(from);
    while month <= to {
        for &c in currencies.iter().filter(|&&c| c != reporting) {
            w.write_record([month.format("%Y-%m-%d").to_string(), c.to_string(), format!("{:.4}", rate(seed, c, reporting, month))])?;
            rows += 1;
        }
        month = month.checked_add_months(Months::new(1)).unwrap_or(NaiveDate::MAX);
    }
    w.flush()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_are_tidy_in_each_currency() {
        // $389.00: ¥2,761.90 → ¥2,760; €357.88 → €358; CHF 342.32 → CHF 342.
        assert_eq!(local_cents(38_900, "USD"), 38_900);
        assert_eq!(local_cents(38_900, "CNY"), 276_000);
        assert_eq!(local_cents(38_900, "EUR"), 35_800);
        assert_eq!(local_cents(38_900, "CHF"), 34_200);
    }

    #[test]
    fn rates_move_gently_around_the_round_cross_rates() {
        let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let months: Vec<NaiveDate> = (0..36).map(|k| start + Months::new(k)).collect();
        for (c, rep, base) in [("USD", "CNY", 7.1), ("EUR", "CNY", 7.1 / 0.92), ("CHF", "EUR", 0.92 / 0.88)] {
            let rates: Vec<f64> = months.iter().map(|&m| rate(42, c, rep, m)).collect();
            assert!(rates.iter().all(|r| (r / base - 1.0).abs() < 0.04), "{c}: {rates:?}");
            assert!(rates.windows(2).all(|w| (w[1] / w[0] - 1.0).abs() < 0.025), "{c}: {rates:?}");
            let (lo, hi) = rates.iter().fold((f64::MAX, 0.0f64), |(lo, hi), &r| (lo.min(r), hi.max(r)));
            assert!(hi / lo > 1.01, "{c} moves: {lo}..{hi}");
        }
        assert_eq!(rate(42, "USD", "CNY", start), rate(42, "USD", "CNY", start));
    }
}
