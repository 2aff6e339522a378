//! Books in several currencies: each subscription keeps its own currency, and every amount
//! added across accounts is first converted to the reporting currency.
//!
//! Definitions (docs/METRICS.md says the same):
//! - **The month's rate** of a currency = the arithmetic mean of the rates the FX files give
//!   for it on days of that calendar month (one rate a month, a week or a day all work). The
//!   rates of the whole month count, also for the as-of month: they are reference data, not
//!   activity. A month without a rate is an error naming the currency and the month, never
//!   a rate of 1.
//! - **An amount measured on a day** is converted at the rate of the day's month, per
//!   subscription, rounded to the cent (half away from zero); the reporting currency's own
//!   subscriptions are taken as they are.
//! - **Rates needed**: for each currency other than the reporting one, every month from the
//!   month a subscription in it starts to the month it ends (its exclusive end day), or to
//!   the as-of month while it runs. That covers every conversion the revenue metrics make,
//!   which [`check`] verifies once at load so that the metrics themselves cannot fail.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use crate::book::{Book, Subscription};
use crate::dates::{month_label, month_start};
use crate::Error;

/// Which rates convert the amounts: today only the month's mean, named so that the UI and
/// decks can state it next to converted numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RateBasis {
    MonthlyAverage,
}

/// What a converted amount was converted with: the data for "converted to EUR at monthly
/// average rates" (the words come from the UI's message catalogue).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Conversion {
    pub reporting_currency: String,
    pub rate_basis: RateBasis,
    /// The currencies converted from, sorted.
    pub converted_from: Vec<String>,
}

/// Each currency's rate of each month, keyed by the month's first day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fx {
    months: HashMap<String, BTreeMap<NaiveDate, f64>>,
}

impl Fx {
    /// Monthly means of daily (or any-day) rates.
    pub fn from_rates(rates: impl IntoIterator<Item = (String, NaiveDate, f64)>) -> Fx {
        let mut sums: HashMap<String, BTreeMap<NaiveDate, (f64, u32)>> = HashMap::new();
        for (currency, day, rate) in rates {
            let slot = sums.entry(currency).or_default().entry(month_start(day)).or_insert((0.0, 0));
            slot.0 += rate;
            slot.1 += 1;
        }
        let months = sums
            .into_iter()
            .map(|(c, by_month)| (c, by_month.into_iter().map(|(m, (sum, n))| (m, sum / f64::from(n))).collect()))
            .collect();
        Fx { months }
    }

    /// The rate of `currency` in the month containing `day`.
    pub fn rate(&self, currency: &str, day: NaiveDate) -> Option<f64> {
        self.months.get(currency)?.get(&month_start(day)).copied()
    }
}

/// `cents` converted at `rate`, to the nearest cent.
pub fn convert(cents: i64, rate: f64) -> i64 {
    (cents as f64 * rate).round() as i64
}

impl Book {
    /// True when the subscription is priced in another currency than the book reports in.
    pub fn is_foreign(&self, s: &Subscription) -> bool {
        s.currency.as_deref().is_some_and(|c| Some(c) != self.currency.as_deref())
    }

    /// True when some subscription needs converting: otherwise every revenue metric is the
    /// plain sum it always was.
    pub fn has_foreign(&self) -> bool {
        self.subscriptions.iter().any(|s| self.is_foreign(s))
    }

    /// The subscription's MRR in the reporting currency at the rate of `month`'s month.
    ///
    /// # Panics
    /// When the rate is missing: [`check`] runs at load and refuses such a book, so reaching
    /// this is a hand-built book without its rates, a bug to surface rather than to count at
    /// a made-up rate.
    pub fn reporting_cents(&self, s: &Subscription, month: NaiveDate) -> i64 {
        if !self.is_foreign(s) {
            return s.mrr_cents;
        }
        let currency = s.currency.as_deref().unwrap_or_default();
        let rate = self.fx.rate(currency, month).unwrap_or_else(|| panic!("{}", Error::missing_rate(currency, month)));
        convert(s.mrr_cents, rate)
    }

    /// The book in the account's own currency when all its subscriptions share one: what an
    /// account's own views (its profile, its QBR) show. A book whose subscriptions use several
    /// currencies stays in the reporting currency.
    pub fn in_own_currency(mut self) -> Book {
        let mut currencies = self.subscriptions.iter().filter_map(|s| s.currency.as_deref());
        if let Some(first) = currencies.next().map(str::to_string)
            && currencies.all(|c| c == first)
        {
            self.currency = Some(first);
        }
        self
    }

    /// What the book's amounts were converted with, when any were.
    pub fn conversion(&self) -> Option<Conversion> {
        let from: BTreeSet<&str> =
            self.subscriptions.iter().filter(|s| self.is_foreign(s)).filter_map(|s| s.currency.as_deref()).collect();
        if from.is_empty() {
            return None;
        }
        Some(Conversion {
            reporting_currency: self.currency.clone().unwrap_or_default(),
            rate_basis: RateBasis::MonthlyAverage,
            converted_from: from.into_iter().map(str::to_string).collect(),
        })
    }
}

/// Refuses a book that lacks a rate it needs (see the module's definition of the rates
/// needed), naming the earliest month missing one, and of its currencies the first
/// alphabetically.
pub fn check(book: &Book) -> Result<(), Error> {
    let last = month_start(book.as_of);
    let mut missing: Option<(NaiveDate, &str)> = None;
    for s in book.subscriptions.iter().filter(|s| book.is_foreign(s)) {
        let currency = s.currency.as_deref().unwrap_or_default();
        let mut month = month_start(s.start);
        let until = s.end.map_or(last, |e| month_start(e).min(last));
        while month <= until && missing.is_none_or(|m| month <= m.0) {
            if book.fx.rate(currency, month).is_none() {
                missing = Some(missing.map_or((month, currency), |m| m.min((month, currency))));
                break;
            }
            month = month.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX);
        }
    }
    match missing {
        Some((month, currency)) => Err(Error::missing_rate(currency, month)),
        None => Ok(()),
    }
}

impl Error {
    fn missing_rate(currency: &str, month: NaiveDate) -> Error {
        Error::MissingFxRate { currency: currency.to_string(), month: month_label(month) }
    }
}

#[cfg(test)]
#[path = "fx_tests.rs"]
mod tests;
