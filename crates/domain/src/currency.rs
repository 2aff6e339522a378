//! Currency codes and exchange rates as import files and the settings give them.
//!
//! A book may hold subscriptions in several currencies; revenue adds up only after each
//! amount is converted to the workspace's reporting currency, so a mistyped code must be an
//! error at import (it would otherwise need a rate that no FX file can supply).

use serde::{Deserialize, Serialize};

use crate::ParseError;

/// ISO 4217 alphabetic codes of money: every active currency, plus those withdrawn since
/// 2020 that old books may still hold (CUC, HRK, SLL, VEF, ZWL), without the precious metals,
/// fund units and testing codes, which no subscription is priced in. Sorted, for a binary
/// search.
const ISO_4217: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC",
    "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL",
    "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR",
    "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR",
    "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR",
    "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP",
    "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD",
    "UYU", "UZS", "VED", "VEF", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XDR", "XOF", "XPF", "YER", "ZAR",
    "ZMW", "ZWG", "ZWL",
];

/// A checked ISO 4217 currency code (`EUR`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency(String);

impl Currency {
    /// Accepts exactly three capital letters naming a currency of the list above. Lowercase
    /// is refused rather than fixed, like every other code in the import files, so that a
    /// file says the same thing everywhere it is read.
    pub fn parse(s: &str) -> Result<Currency, ParseError> {
        let t = s.trim();
        if t.len() != 3 || !t.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(ParseError::CurrencyFormat(s.to_string()));
        }
        if ISO_4217.binary_search(&t).is_err() {
            return Err(ParseError::UnknownCurrency(t.to_string()));
        }
        Ok(Currency(t.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Currency {
    type Error = ParseError;
    fn try_from(s: String) -> Result<Currency, ParseError> {
        Currency::parse(&s)
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.0
    }
}

/// How many units of the reporting currency one unit of another is worth. Parsed from plain
/// decimals only (`7.1234`, `0.000061`): exponents, signs and separators are refused, like
/// amounts of money, because a rate off by a power of ten converts the whole book wrongly.
pub fn parse_rate(s: &str) -> Result<f64, ParseError> {
    let t = s.trim();
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (t.contains('.') && frac.is_empty()) {
        return Err(ParseError::Rate(s.to_string()));
    }
    let rate: f64 = t.parse().map_err(|_| ParseError::Rate(s.to_string()))?;
    if !rate.is_finite() || rate <= 0.0 {
        return Err(ParseError::RateNotPositive(s.to_string()));
    }
    Ok(rate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_for_its_binary_search() {
        assert!(ISO_4217.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn codes_are_checked_against_iso_4217() {
        assert_eq!(Currency::parse(" CNY ").unwrap().as_str(), "CNY");
        assert!(matches!(Currency::parse("usd"), Err(ParseError::CurrencyFormat(_))));
        assert!(matches!(Currency::parse("EURO"), Err(ParseError::CurrencyFormat(_))));
        assert!(matches!(Currency::parse("ABC"), Err(ParseError::UnknownCurrency(_))));
        assert!(matches!(Currency::parse("XAU"), Err(ParseError::UnknownCurrency(_))));
    }

    #[test]
    fn rates_are_positive_plain_decimals() {
        assert_eq!(parse_rate("0.1375").unwrap(), 0.1375);
        assert_eq!(parse_rate("7").unwrap(), 7.0);
        for bad in ["", "abc", "1e3", "-1", "+1", "1,5", ".5", "5.", "NaN", "inf"] {
            assert!(matches!(parse_rate(bad), Err(ParseError::Rate(_))), "{bad}");
        }
        for zero in ["0", "0.000"] {
            assert!(matches!(parse_rate(zero), Err(ParseError::RateNotPositive(_))), "{zero}");
        }
    }
}
