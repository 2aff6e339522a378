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

/// A whole number with thousands separators: 3574 → "3,574".
pub fn int(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
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
    if from == to {
        return to.format("%-d %b %Y").to_string();
    }
    if from.format("%Y").to_string() == to.format("%Y").to_string() {
        format!("{} – {}", from.format("%-d %b"), to.format("%-d %b %Y"))
    } else {
        format!("{} – {}", from.format("%-d %b %Y"), to.format("%-d %b %Y"))
    }
}

/// Where a weekly axis is labelled, as (week index, label). Up to 8 weeks: every week
/// ("Oct 24"). Longer: the week that holds the first of a month (its last day falls on the
/// 1st to 7th), named by the month ("Jan 2026" for January and the first label, else "Feb"),
/// every month while at most `max` fit and every 2nd, 3rd... month beyond, counted from
/// January so the ticks stay regular.
pub fn week_ticks(weeks: &[NaiveDate], max: usize) -> Vec<(usize, String)> {
    use chrono::Datelike;
    if weeks.len() <= 8.min(max.max(1)) {
        return weeks.iter().enumerate().map(|(i, w)| (i, day(*w, false))).collect();
    }
    let starts: Vec<usize> = (0..weeks.len()).filter(|&i| weeks[i].day() <= 7).collect();
    let step = starts.len().div_ceil(max.max(1)).max(1) as u32;
    let kept: Vec<usize> = starts.into_iter().filter(|&i| (weeks[i].month0()).is_multiple_of(step)).collect();
    kept.iter()
        .enumerate()
        .map(|(k, &i)| {
            let w = weeks[i];
            let label = if k == 0 || w.month() == 1 { w.format("%b %Y").to_string() } else { w.format("%b").to_string() };
            (i, label)
        })
        .collect()
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
        assert_eq!((int(0), int(999), int(3574), int(1_234_567)), ("0".into(), "999".into(), "3,574".into(), "1,234,567".into()));
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
        assert_eq!(period(d("2026-10-31"), d("2026-10-31")), "31 Oct 2026");
        assert_eq!(month("2026-10"), "Oct 2026");
        assert_eq!(month_short("2026-10"), "Oct 26");
        assert_eq!(month("soon"), "soon");
    }

    #[test]
    fn week_ticks_sit_on_month_starts() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        // Three weeks: each labelled by its day.
        let short: Vec<NaiveDate> = (0..3).map(|i| d("2026-10-17") + chrono::Days::new(7 * i)).collect();
        assert_eq!(week_ticks(&short, 12), [(0, "Oct 17".to_string()), (1, "Oct 24".into()), (2, "Oct 31".into())]);
        // 52 weeks ending 2026-10-31 (first ends 2025-11-08, so it holds Nov 2-8, not the
        // 1st): the weeks ending Dec 6, Jan 3, Feb 7, ... Oct 3; January carries the year.
        let year: Vec<NaiveDate> = (0..52).map(|i| d("2025-11-08") + chrono::Days::new(7 * i)).collect();
        let t = week_ticks(&year, 12);
        assert_eq!(t.len(), 11);
        assert_eq!(t[0], (4, "Dec 2025".to_string()), "Dec 6 is week 4");
        assert_eq!(t[1], (8, "Jan 2026".to_string()), "Jan 3 is week 8");
        assert_eq!(t[2], (13, "Feb".to_string()), "Feb 7 is week 13");
        for (i, _) in &t {
            assert!(year[*i].format("%d").to_string().as_str() <= "07", "{}", year[*i]);
        }
        // Three years: every 3rd month, from January (Jan, Apr, Jul, Oct).
        let long: Vec<NaiveDate> = (0..156).map(|i| d("2023-11-04") + chrono::Days::new(7 * i)).collect();
        let t = week_ticks(&long, 12);
        assert!(t.iter().all(|(_, l)| ["Jan", "Apr", "Jul", "Oct"].iter().any(|m| l.starts_with(m))), "{t:?}");
        assert!((11..=13).contains(&t.len()), "{t:?}");
        // A narrow panel: at most 6 of the 11, so every 2nd month counted from January.
        let t = week_ticks(&year, 6);
        assert_eq!(t.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>(), ["Jan 2026", "Mar", "May", "Jul", "Sep"]);
    }
}
