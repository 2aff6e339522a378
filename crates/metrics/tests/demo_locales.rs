//! Revenue metrics over the zh-CN and fr demo books: loading sets the reporting currency and
//! imports the FX file, so the mixed-currency books add up without a missing rate, and MRR
//! matches an independent conversion of subscriptions.csv at fx.csv's rates.

use std::collections::HashMap;

use chrono::NaiveDate;
use metrics::{Scope, Settings, analyze};
use store::{KeyChoice, Workspace};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn records(path: &std::path::Path) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let h: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    r.records().map(|row| h.iter().cloned().zip(row.unwrap().iter().map(String::from)).collect()).collect()
}

/// MRR on `day` in the reporting currency, in cents: each subscription converted at the rate
/// of the day's month and rounded to the cent (docs/METRICS.md).
fn expected_mrr_cents(files: &demo::DemoFiles, reporting: &str, day: NaiveDate) -> i64 {
    let month = day.format("%Y-%m").to_string();
    let rates: HashMap<String, f64> = records(files.fx.as_ref().unwrap())
        .into_iter()
        .filter(|r| r["date"].starts_with(&month))
        .map(|r| (r["currency"].clone(), r["rate_to_reporting"].parse().unwrap()))
        .collect();
    let mut total = 0;
    for s in records(&files.subscriptions) {
        let active = d(&s["start_date"]) <= day && (s["end_date"].is_empty() || day < d(&s["end_date"]));
        if !active {
            continue;
        }
        let cents = (s["mrr"].parse::<f64>().unwrap() * 100.0).round();
        total += if s["currency"] == reporting { cents as i64 } else { (cents * rates[&s["currency"]]).round() as i64 };
    }
    total
}

#[tokio::test]
async fn international_demo_books_report_in_their_currency() {
    for (locale, reporting, foreign) in [(demo::Locale::ZhCn, "CNY", "USD"), (demo::Locale::Fr, "EUR", "CHF")] {
        let dir = tempfile::tempdir().unwrap();
        let cfg = demo::DemoConfig { accounts: 60, months: 14, locale, ..Default::default() };
        let files = demo::generate(&cfg, dir.path()).unwrap();
        let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("metrics".to_string())).await.unwrap();
        import::demo_files::load(&ws, &files).await.unwrap();
        assert_eq!(ws.reporting_currency().await.unwrap().map(|c| c.to_string()).as_deref(), Some(reporting));

        let a = analyze(&ws, cfg.end_day, Scope::All, &Settings::default()).await.unwrap();
        assert_eq!(a.revenue.currency.as_deref(), Some(reporting), "{locale}");
        let conversion = a.revenue.conversion.as_ref().unwrap_or_else(|| panic!("{locale}: nothing converted"));
        assert!(conversion.converted_from.iter().any(|c| c == foreign), "{locale}: {conversion:?}");
        let expected = expected_mrr_cents(&files, reporting, cfg.end_day);
        assert!((a.revenue.mrr - expected as f64 / 100.0).abs() < 0.005, "{locale}: {} vs {expected}", a.revenue.mrr);
        let nrr = a.revenue.nrr.unwrap_or_else(|| panic!("{locale}: no NRR"));
        assert!((0.6..1.6).contains(&nrr), "{locale}: NRR {nrr}");
        ws.close().await;
    }
}
