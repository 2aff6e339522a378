//! Expected strings are CLDR's, as the issue and any ICU (e.g. a browser's Intl) write them:
//! French groups with a narrow no-break space (U+202F) and puts a no-break space (U+00A0)
//! before the euro sign, the percent sign and a compact unit ("42 k €").
use super::*;

const NNBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn dates_as_each_locale_writes_them() {
    let day = d(2026, 9, 30);
    assert_eq!(Formats::of(Lang::En).date(day), "Sep 30, 2026");
    assert_eq!(Formats::of(Lang::Fr).date(day), "30 sept. 2026");
    assert_eq!(Formats::of(Lang::ZhCn).date(day), "2026年9月30日");
    assert_eq!(Formats::of(Lang::En).month_year(day), "Sep 2026");
    assert_eq!(Formats::of(Lang::Fr).month_year(day), "sept. 2026");
    assert_eq!(Formats::of(Lang::ZhCn).month_year(day), "2026年9月");
    assert_eq!(Formats::of(Lang::ZhCn).month(day), "9月");
}

#[test]
fn money_as_each_locale_writes_it() {
    assert_eq!(Formats::of(Lang::ZhCn).money_exact(1234.5, "CNY"), "¥1,234.50");
    assert_eq!(Formats::of(Lang::Fr).money_exact(1234.5, "EUR"), format!("1{NNBSP}234,50{NBSP}€"));
    assert_eq!(Formats::of(Lang::En).money_exact(1234.5, "USD"), "$1,234.50");
    assert_eq!(Formats::of(Lang::En).money(1234.4, "USD"), "$1,234");
    assert_eq!(Formats::of(Lang::En).money(1234.5, "USD"), "$1,235", "half away from zero, as Intl");
    assert_eq!(Formats::of(Lang::En).money(1235.5, "USD"), "$1,236");
    assert_eq!(Formats::of(Lang::Fr).money(124_000.0, "EUR"), format!("124{NNBSP}000{NBSP}€"));
    assert_eq!(Formats::of(Lang::En).money(-2500.0, "EUR"), "-€2,500");
    assert_eq!(Formats::of(Lang::En).money(12.0, "XTS"), format!("XTS{NBSP}12"), "the test currency has only its code");
}

#[test]
fn compact_forms_follow_cldr() {
    assert_eq!(Formats::of(Lang::ZhCn).money_compact(42_000.0, "CNY"), "¥4.2万");
    assert_eq!(Formats::of(Lang::En).money_compact(42_000.0, "USD"), "$42K");
    assert_eq!(Formats::of(Lang::Fr).money_compact(42_000.0, "EUR"), format!("42{NBSP}k{NBSP}€"));
    assert_eq!(Formats::of(Lang::En).compact(1_260_000.0), "1.3M");
    assert_eq!(Formats::of(Lang::ZhCn).compact(12_000.0), "1.2万");
}

#[test]
fn numbers_and_percentages() {
    assert_eq!(Formats::of(Lang::En).int(1234567), "1,234,567");
    assert_eq!(Formats::of(Lang::Fr).int(1234567), format!("1{NNBSP}234{NNBSP}567"));
    assert_eq!(Formats::of(Lang::Fr).number(3.25, 1), "3,3", "half away from zero, as Intl");
    assert_eq!(Formats::of(Lang::En).percent(-0.125, 0), "-13%");
    assert_eq!(Formats::of(Lang::En).fixed(72.0, 1), "72.0");
    assert_eq!(Formats::of(Lang::En).percent(0.153, 0), "15%");
    assert_eq!(Formats::of(Lang::Fr).percent(0.153, 0), format!("15{NBSP}%"));
    assert_eq!(Formats::of(Lang::ZhCn).percent(1.042, 1), "104.2%");
    assert_eq!(Formats::of(Lang::En).share(0.0042), "0.4%");
    assert_eq!(Formats::of(Lang::En).share(0.075), "7.5%");
    assert_eq!(Formats::of(Lang::En).share(0.5), "50%");
    assert_eq!(Formats::of(Lang::En).signed(-2), "-2");
    assert_eq!(Formats::of(Lang::En).signed(0), "±0");
}

#[test]
fn periods_write_a_shared_year_once() {
    assert_eq!(Formats::of(Lang::En).period(d(2026, 3, 2), d(2026, 10, 31)), "Mar 2 – Oct 31, 2026");
    assert_eq!(Formats::of(Lang::Fr).period(d(2025, 3, 2), d(2026, 10, 31)), "2 mars 2025 – 31 oct. 2026");
}

#[test]
fn lists_join_as_each_language_does() {
    let items = ["Reports".to_string(), "Billing".to_string(), "API".to_string()];
    assert_eq!(Formats::of(Lang::En).list(&items), "Reports, Billing, and API");
    assert_eq!(Formats::of(Lang::Fr).list(&items), "Reports, Billing et API");
    assert_eq!(Formats::of(Lang::ZhCn).list(&items), "Reports、Billing和API");
}

#[test]
fn days_icu_cannot_place_are_written_in_iso_form() {
    assert_eq!(Formats::of(Lang::En).date(NaiveDate::MIN), NaiveDate::MIN.to_string());
    assert_eq!(Formats::of(Lang::Fr).month_year(NaiveDate::MAX), NaiveDate::MAX.to_string());
}
