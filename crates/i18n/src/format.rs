//! Numbers, money, percentages and dates as each locale writes them: "Sep 30, 2026",
//! "30 sept. 2026", "2026年9月30日"; "$1,234.50", "1 234,50 €", "¥1,234.50"; compact "$42K",
//! "42 k€", "¥4.2万". All of it comes from CLDR data compiled in by ICU4X (decimal, date-time,
//! and the currency, percent and compact formatters of `icu_experimental`), so every screen,
//! chart axis and deck writes a figure the same way; nothing here knows a separator by hand.
//!
//! Money passed in is in major units (euros, not cents) of one ISO 4217 currency.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use chrono::{Datelike, NaiveDate};
use fixed_decimal::{Decimal, FloatPrecision, SignedRoundingMode, UnsignedRoundingMode};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{M, MD, YM, YMD};
use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_locale_core::Locale;
use icu_locale_core::preferences::extensions::unicode::keywords::CurrencyType;

use crate::Lang;

/// The formatters of one language, built once and shared by every thread.
pub struct Formats {
    lang: Lang,
    decimal: DecimalFormatter,
    percent: PercentFormatter<DecimalFormatter>,
    compact: CompactDecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month_year: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    month_day: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, M>,
    list: icu_list::ListFormatter,
    currencies: Mutex<HashMap<String, &'static Money>>,
    /// The locale's decimal separator, to drop ".00" from whole-unit money.
    decimal_separator: String,
}

/// The two currency formatters of one (language, currency).
struct Money {
    exact: CurrencyFormatter<DecimalFormatter>,
    compact: CurrencyFormatter<CompactDecimalFormatter>,
}

impl Formats {
    /// The formats of `lang`.
    pub fn of(lang: Lang) -> &'static Formats {
        static ALL: OnceLock<[Formats; 3]> = OnceLock::new();
        let all = ALL.get_or_init(|| Lang::ALL.map(Formats::build));
        &all[Lang::ALL.iter().position(|l| *l == lang).expect("every Lang is in ALL")]
    }

    fn build(lang: Lang) -> Formats {
        let locale: Locale = lang.locale_tag().parse().expect("a valid locale");
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default()).expect("compiled decimal data");
        let one_and_half = decimal.format_to_string(&"1.5".parse::<Decimal>().expect("a decimal"));
        let decimal_separator = one_and_half.trim_start_matches('1').trim_end_matches('5').to_string();
        Formats {
            lang,
            percent: PercentFormatter::try_new((&locale).into(), Default::default()).expect("compiled percent data"),
            compact: CompactDecimalFormatter::try_new_short((&locale).into(), Default::default()).expect("compiled compact data"),
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::medium()).expect("compiled date data"),
            month_year: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::medium()).expect("compiled date data"),
            month_day: FixedCalendarDateTimeFormatter::try_new((&locale).into(), MD::medium()).expect("compiled date data"),
            month: FixedCalendarDateTimeFormatter::try_new((&locale).into(), M::medium()).expect("compiled date data"),
            list: icu_list::ListFormatter::try_new_and((&locale).into(), Default::default()).expect("compiled list data"),
            currencies: Mutex::new(HashMap::new()),
            decimal,
            decimal_separator,
        }
    }

    /// The language these formats write.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A whole number with the locale's grouping: 1,234 / 1 234 / 1,234.
    pub fn int(&self, n: i64) -> String {
        self.decimal.format_to_string(&Decimal::from(n))
    }

    /// A number with at most `max_fraction` decimals, trailing zeros dropped: 3.5 / 3,5.
    pub fn number(&self, x: f64, max_fraction: u8) -> String {
        self.decimal.format_to_string(&decimal(x, max_fraction, false))
    }

    /// A number with exactly `fraction` decimals: 72.0 / 72,0 (for KPIs compared side by side).
    pub fn fixed(&self, x: f64, fraction: u8) -> String {
        self.decimal.format_to_string(&decimal(x, fraction, true))
    }

    /// A ratio (0.153) as a percentage with at most `max_fraction` decimals: 15% / 15 %.
    pub fn percent(&self, fraction: f64, max_fraction: u8) -> String {
        if !fraction.is_finite() {
            return "—".into();
        }
        let value = decimal(fraction * 100.0, max_fraction, false);
        writeable::Writeable::write_to_string(&self.percent.format(&value)).into_owned()
    }

    /// Waypoint's usual percentage: whole, but one decimal below 10% where it matters
    /// (0.4%, 7.5%), so a small share never reads as 0%.
    pub fn share(&self, fraction: f64) -> String {
        let p = (fraction * 100.0).abs();
        let digits = if p != 0.0 && p < 10.0 && ((p * 10.0).round() / 10.0 - p.round()).abs() > 1e-9 { 1 } else { 0 };
        self.percent(fraction, digits)
    }

    /// A signed number of points: "+3", "−2", "±0", with the locale's digits.
    pub fn signed(&self, n: i64) -> String {
        match n {
            0 => format!("±{}", self.int(0)),
            n if n > 0 => format!("+{}", self.int(n)),
            n => self.int(n),
        }
    }

    /// Money in whole units with the currency's symbol: $1,235 / 1 235 € / ¥1,235. Codes
    /// ICU does not know are written after the number ("1,235 XTS").
    pub fn money(&self, amount: f64, currency: &str) -> String {
        match self.money_formatters(currency) {
            Some(m) => {
                let text = writeable::Writeable::write_to_string(&m.exact.format_fixed_decimal(&decimal(amount, 0, false))).into_owned();
                self.drop_zero_fraction(&text)
            }
            None => format!("{} {currency}", self.int(amount.round() as i64)),
        }
    }

    /// Money to the currency's minor unit: $1,234.50 / 1 234,50 € / ¥1,234.50 / ¥1,235 (JPY).
    pub fn money_exact(&self, amount: f64, currency: &str) -> String {
        match self.money_formatters(currency) {
            Some(m) => writeable::Writeable::write_to_string(&m.exact.format_fixed_decimal(&decimal(amount, 2, true))).into_owned(),
            None => format!("{} {currency}", self.number(amount, 2)),
        }
    }

    /// Money where space is short, per CLDR's compact patterns: $42K / 42 k€ / ¥4.2万.
    pub fn money_compact(&self, amount: f64, currency: &str) -> String {
        match self.money_formatters(currency) {
            Some(m) => writeable::Writeable::write_to_string(&m.compact.format_fixed_decimal(&decimal(amount, 0, false))).into_owned(),
            None => format!("{} {currency}", self.compact(amount)),
        }
    }

    /// A count where space is short: 950 / 12K / 1.2万.
    pub fn compact(&self, x: f64) -> String {
        self.compact.format_to_string(&decimal(x, 0, false))
    }

    /// A day: Sep 30, 2026 / 30 sept. 2026 / 2026年9月30日.
    pub fn date(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(|| d.to_string(), |g| self.date.format(&g).to_string())
    }

    /// A month: Sep 2026 / sept. 2026 / 2026年9月.
    pub fn month_year(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(|| d.to_string(), |g| self.month_year.format(&g).to_string())
    }

    /// A day within a year already shown: Sep 30 / 30 sept. / 9月30日.
    pub fn month_day(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(|| d.to_string(), |g| self.month_day.format(&g).to_string())
    }

    /// A month's short name alone, for axes: Sep / sept. / 9月.
    pub fn month(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(|| d.to_string(), |g| self.month.format(&g).to_string())
    }

    /// The period between two days, the year written once when they share it:
    /// "Mar 2 – Oct 31, 2026" is written "Mar 2 – Oct 31, 2026" in English, "2 mars – 31 oct. 2026"
    /// in French, "3月2日 – 2026年10月31日" in Chinese.
    pub fn period(&self, from: NaiveDate, to: NaiveDate) -> String {
        if from == to {
            return self.date(to);
        }
        let start = if from.year() == to.year() { self.month_day(from) } else { self.date(from) };
        format!("{start} – {}", self.date(to))
    }

    /// Items joined as the language lists them: "a, b and c" / "a、b和c" / "a, b et c".
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.list.format(items.iter().map(AsRef::as_ref)).to_string()
    }

    fn money_formatters(&self, currency: &str) -> Option<&'static Money> {
        let code = currency.trim().to_ascii_uppercase();
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let mut cache = self.currencies.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(m) = cache.get(&code) {
            return Some(m);
        }
        let locale: Locale = self.lang.locale_tag().parse().ok()?;
        let currency_type = CurrencyType::try_from_str(&code.to_ascii_lowercase()).ok()?;
        let money = Money {
            exact: CurrencyFormatter::try_new_symbol((&locale).into(), currency_type, Default::default()).ok()?,
            compact: CurrencyFormatter::try_new_compact_symbol((&locale).into(), currency_type, Default::default()).ok()?,
        };
        // A handful of currencies per book: leaking them keeps every formatter `'static`.
        let money: &'static Money = Box::leak(Box::new(money));
        cache.insert(code, money);
        Some(money)
    }

    /// "1 235,00 €" → "1 235 €": the currency formatter always writes the minor unit.
    fn drop_zero_fraction(&self, text: &str) -> String {
        let zeros = format!("{}00", self.decimal_separator);
        match text.find(&zeros) {
            Some(i) if !text[i + zeros.len()..].starts_with(|c: char| c.is_ascii_digit()) => {
                format!("{}{}", &text[..i], &text[i + zeros.len()..])
            }
            _ => text.to_string(),
        }
    }
}

/// The day for ICU, or None for the far-off years ICU's calendar refuses (chrono's MIN/MAX),
/// which are then written in ISO form rather than failing a whole chart or deck.
fn gregorian(d: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8).ok()
}

/// `x` rounded half away from zero to `fraction` decimals (12.5% → 13%, as `Intl` rounds in
/// the UI, so a figure reads the same on screen and in a deck); trailing zeros dropped unless
/// `pad`.
fn decimal(x: f64, fraction: u8, pad: bool) -> Decimal {
    let x = if x.is_finite() { x } else { 0.0 };
    let mut d = Decimal::try_from_f64(x, FloatPrecision::RoundTrip).unwrap_or_else(|_| Decimal::from(0));
    d.round_with_mode(-(fraction as i16), SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand));
    if pad {
        d.absolute.pad_end(-(fraction as i16));
    } else {
        d.absolute.trim_end();
    }
    if d.absolute.is_zero() {
        d.sign = fixed_decimal::Sign::None;
    }
    d
}

#[cfg(test)]
mod tests;
