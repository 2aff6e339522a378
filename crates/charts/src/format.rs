//! Axis and label formats: money with units, percentages, dates. Written here because they
//! follow Waypoint's conventions (ratios are fractions, money is in major units of one
//! currency) rather than any locale library's.

use chrono::NaiveDate;

/// The symbol of the common currencies; others are shown by their ISO code.
pub fn currency_symbol(code: Option<&str>) -> String {
    match code.map(str::to_ascii_uppercase).as_deref() {
        Some("USD") => "$".into(),
        Some("EUR") => "€".into(),
        Some("GBP") => "£".into(),
        Some("JPY") => "¥".into(),
        Some(other) => format!("{other} "),
        None => String::new(),
    }
}

/// Compact money: 950 → "$950", 12,400 → "$12.4k", 3,250,000 → "$3.25M".
pub fn money(amount: f64, currency: Option<&str>) -> String {
    let sym = currency_symbol(currency);
    let sign = if amount < 0.0 { "-" } else { "" };
    let a = amount.abs();
    let body = if a >= 1e9 {
        trim(format!("{:.2}", a / 1e9)) + "B"
    } else if a >= 1e6 {
        trim(format!("{:.2}", a / 1e6)) + "M"
    } else if a >= 1e3 {
        trim(format!("{:.1}", a / 1e3)) + "k"
    } else {
        format!("{a:.0}")
    };
    format!("{sign}{sym}{body}")
}

/// Compact counts: 950 → "950", 12,400 → "12.4k".
pub fn count(n: f64) -> String {
    money(n, None)
}

fn trim(s: String) -> String {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s }
}

/// A fraction as a percentage: 0.153 → "15%", 0.0042 → "0.4%", 1.0 → "100%".
pub fn percent(fraction: f64) -> String {
    let p = fraction * 100.0;
    if p != 0.0 && p.abs() < 10.0 && (p - p.round()).abs() > 1e-9 {
        format!("{}%", trim(format!("{p:.1}")))
    } else {
        format!("{p:.0}%")
    }
}

/// A day on a time axis: "Mar 2" within one year of data, "Mar 2026" for longer spans.
pub fn day(d: NaiveDate, long_span: bool) -> String {
    if long_span { d.format("%b %Y").to_string() } else { d.format("%b %-d").to_string() }
}

/// A `YYYY-MM` month as "Oct 2026" (unchanged if it is not one).
pub fn month(m: &str) -> String {
    NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").map(|d| d.format("%b %Y").to_string()).unwrap_or_else(|_| m.to_string())
}

/// A `YYYY-MM` month as "Oct 26", for crowded axes.
pub fn month_short(m: &str) -> String {
    NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").map(|d| d.format("%b %y").to_string()).unwrap_or_else(|_| m.to_string())
}

/// The period a chart covers, for its subtitle: "2 Mar – 31 Oct 2026".
pub fn period(from: NaiveDate, to: NaiveDate) -> String {
    if from.format("%Y").to_string() == to.format("%Y").to_string() {
        format!("{} – {}", from.format("%-d %b"), to.format("%-d %b %Y"))
    } else {
        format!("{} – {}", from.format("%-d %b %Y"), to.format("%-d %b %Y"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_hand() {
        assert_eq!(money(950.0, Some("USD")), "$950");
        assert_eq!(money(12_400.0, Some("usd")), "$12.4k");
        assert_eq!(money(12_000.0, Some("EUR")), "€12k");
        assert_eq!(money(3_250_000.0, Some("GBP")), "£3.25M");
        assert_eq!(money(-1_500.0, Some("CHF")), "-CHF 1.5k");
        assert_eq!(money(2_000_000_000.0, None), "2B");
        assert_eq!(count(999.0), "999");
        assert_eq!(percent(0.153), "15%");
        assert_eq!(percent(0.0042), "0.4%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(-0.5), "-50%");
        assert_eq!(percent(0.0), "0%");
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(day(d("2026-03-02"), false), "Mar 2");
        assert_eq!(day(d("2026-03-02"), true), "Mar 2026");
        assert_eq!(period(d("2026-03-02"), d("2026-10-31")), "2 Mar – 31 Oct 2026");
        assert_eq!(period(d("2025-11-01"), d("2026-10-31")), "1 Nov 2025 – 31 Oct 2026");
        assert_eq!(month("2026-10"), "Oct 2026");
        assert_eq!(month_short("2026-10"), "Oct 26");
        assert_eq!(month("soon"), "soon");
    }
}
