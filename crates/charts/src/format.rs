//! Axis and label formats for charts: thin calls into [`i18n::Formats`], so a chart writes a
//! figure exactly as the screens and decks of the same language do. What stays here is
//! Waypoint's own convention on top (ratios are fractions, money is in major units of one
//! optional currency, months arrive as `YYYY-MM`) and where a weekly axis puts its ticks.

use chrono::{Datelike, NaiveDate};
use i18n::{Formats, Lang};

/// Compact money: "$12K", "12 k€", "¥1.2万"; without a currency, a compact count.
pub fn money(lang: Lang, amount: f64, currency: Option<&str>) -> String {
    let f = Formats::of(lang);
    match currency {
        Some(code) => f.money_compact(amount, code),
        None => f.compact(amount),
    }
}

/// Compact counts: "950", "12K", "1.2万".
pub fn count(lang: Lang, n: f64) -> String {
    Formats::of(lang).compact(n)
}

/// A whole number with the locale's grouping.
pub fn int(lang: Lang, n: u64) -> String {
    Formats::of(lang).int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A fraction as Waypoint's usual percentage (one decimal below 10% only where it matters).
pub fn percent(lang: Lang, fraction: f64) -> String {
    Formats::of(lang).share(fraction)
}

/// A day on a time axis: month and day within one year of data, month and year for longer.
pub fn day(lang: Lang, d: NaiveDate, long_span: bool) -> String {
    // A day CLDR's calendar cannot name (a typo's year 99999) comes back in ISO form from
    // `Formats`, so such a due date never takes the chart down.
    let f = Formats::of(lang);
    if long_span { f.month_year(d) } else { f.month_day(d) }
}

fn month_start(m: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok()
}

/// A `YYYY-MM` month with its year (unchanged if it is not one).
pub fn month(lang: Lang, m: &str) -> String {
    month_start(m).map(|d| Formats::of(lang).month_year(d)).unwrap_or_else(|| m.to_string())
}

/// A `YYYY-MM` month on a crowded axis: the name alone, with the year where one starts
/// (January) or on the first label, so the axis still says which year it covers.
pub fn month_tick(lang: Lang, m: &str, first: bool) -> String {
    match month_start(m) {
        Some(d) if first || d.month() == 1 => Formats::of(lang).month_year(d),
        Some(d) => Formats::of(lang).month(d),
        None => m.to_string(),
    }
}

/// The period a chart covers, for its subtitle, the year written once when shared.
pub fn period(lang: Lang, from: NaiveDate, to: NaiveDate) -> String {
    Formats::of(lang).period(from, to)
}

/// Where a weekly axis is labelled, as (week index, label). Up to 8 weeks: every week, by
/// its day. Longer: the week that holds the first of a month (its last day falls on the 1st
/// to 7th), named by the month (with its year for January and the first label), every month
/// while at most `max` fit and every 2nd, 3rd... month beyond, counted from January so the
/// ticks stay regular.
pub fn week_ticks(lang: Lang, weeks: &[NaiveDate], max: usize) -> Vec<(usize, String)> {
    let f = Formats::of(lang);
    if weeks.len() <= 8.min(max.max(1)) {
        return weeks.iter().enumerate().map(|(i, w)| (i, day(lang, *w, false))).collect();
    }
    let starts: Vec<usize> = (0..weeks.len()).filter(|&i| weeks[i].day() <= 7).collect();
    let step = starts.len().div_ceil(max.max(1)).max(1) as u32;
    let kept: Vec<usize> = starts.into_iter().filter(|&i| (weeks[i].month0()).is_multiple_of(step)).collect();
    kept.iter()
        .enumerate()
        .map(|(k, &i)| {
            let w = weeks[i];
            let label = if k == 0 || w.month() == 1 { f.month_year(w) } else { f.month(w) };
            (i, label)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn formats_follow_the_language() {
        assert_eq!(money(Lang::En, 950.0, Some("USD")), "$950");
        assert_eq!(money(Lang::En, 12_000.0, Some("usd")), "$12K");
        assert_eq!(money(Lang::Fr, 12_000.0, Some("EUR")), "12\u{a0}k\u{a0}€");
        assert_eq!(count(Lang::En, 999.0), "999");
        assert_eq!(int(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(int(Lang::Fr, 3574), "3\u{202f}574");
        assert_eq!(percent(Lang::En, 0.153), "15%");
        assert_eq!(percent(Lang::En, 0.0042), "0.4%");
        assert_eq!(percent(Lang::Fr, 0.153), "15\u{a0}%");
        assert_eq!(day(Lang::En, d("2026-03-02"), false), "Mar 2");
        assert_eq!(day(Lang::ZhCn, d("2026-03-02"), false), "3月2日");
        assert_eq!(month(Lang::En, "2026-10"), "Oct 2026");
        assert_eq!(month(Lang::ZhCn, "2026-10"), "2026年10月");
        assert_eq!(month(Lang::En, "soon"), "soon");
        assert_eq!(month_tick(Lang::En, "2026-10", false), "Oct");
        assert_eq!(month_tick(Lang::En, "2027-01", false), "Jan 2027");
        assert_eq!(period(Lang::En, d("2026-03-02"), d("2026-10-31")), "Mar 2 – Oct 31, 2026");
    }

    #[test]
    fn week_ticks_sit_on_month_starts() {
        // Three weeks: each labelled by its day.
        let short: Vec<NaiveDate> = (0..3).map(|i| d("2026-10-17") + chrono::Days::new(7 * i)).collect();
        assert_eq!(week_ticks(Lang::En, &short, 12), [(0, "Oct 17".to_string()), (1, "Oct 24".into()), (2, "Oct 31".into())]);
        // 52 weeks ending 2026-10-31 (first ends 2025-11-08, so it holds Nov 2-8, not the
        // 1st): the weeks ending Dec 6, Jan 3, Feb 7, ... Oct 3; January carries the year.
        let year: Vec<NaiveDate> = (0..52).map(|i| d("2025-11-08") + chrono::Days::new(7 * i)).collect();
        let t = week_ticks(Lang::En, &year, 12);
        assert_eq!(t.len(), 11);
        assert_eq!(t[0], (4, "Dec 2025".to_string()), "Dec 6 is week 4");
        assert_eq!(t[1], (8, "Jan 2026".to_string()), "Jan 3 is week 8");
        assert_eq!(t[2], (13, "Feb".to_string()), "Feb 7 is week 13");
        for (i, _) in &t {
            assert!(year[*i].day() <= 7, "{}", year[*i]);
        }
        // The same ticks in Chinese name months with 月.
        let zh = week_ticks(Lang::ZhCn, &year, 12);
        assert_eq!((zh[1].0, zh[1].1.as_str(), zh[2].1.as_str()), (8, "2026年1月", "2月"));
        // Three years: every 3rd month, from January (Jan, Apr, Jul, Oct).
        let long: Vec<NaiveDate> = (0..156).map(|i| d("2023-11-04") + chrono::Days::new(7 * i)).collect();
        let t = week_ticks(Lang::En, &long, 12);
        assert!(t.iter().all(|(_, l)| ["Jan", "Apr", "Jul", "Oct"].iter().any(|m| l.starts_with(m))), "{t:?}");
        assert!((11..=13).contains(&t.len()), "{t:?}");
        // A narrow panel: at most 6 of the 11, so every 2nd month counted from January.
        let t = week_ticks(Lang::En, &year, 6);
        assert_eq!(t.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>(), ["Jan 2026", "Mar", "May", "Jul", "Sep"]);
    }
}
