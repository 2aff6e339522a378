//! FX files: rates to the reporting currency, with the same all-or-nothing and re-import
//! rules as every other kind, and errors naming file, line and field.

mod common;

use common::*;
use import::ImportKind;

const FX_H: &str = "date,currency,rate_to_reporting";

/// A workspace reporting in EUR.
async fn in_eur() -> Ws {
    let w = workspace().await;
    w.ws.set_reporting_currency(&domain::Currency::parse("EUR").unwrap()).await.unwrap();
    w
}

/// Expects a row error at `line`/`field` mentioning `reason`, with nothing stored.
async fn refused(w: &Ws, name: &str, body: &str, line: u64, field: &str, reason: &str) {
    let before = w.dump().await;
    let p = w.file(name, body);
    let got = assert_row_error(w.import(ImportKind::Fx, &p).await, &p, line, field);
    assert!(got.contains(reason), "{name}: {got:?} should mention {reason:?}");
    assert!(w.dump().await == before, "{name}: the failed import stored something");
}

/// 300 good rows (CNY, one a day from 2026-01-01), then `bad` on line 302.
fn after_good(bad: &str) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut s = format!("{FX_H}\n");
    for i in 0..300u64 {
        s.push_str(&format!("{},CNY,0.128{}\n", start + chrono::Days::new(i), i % 10));
    }
    s.push_str(bad);
    s.push('\n');
    s
}

#[tokio::test]
async fn rates_import_once_and_a_re_import_changes_nothing() {
    let w = in_eur().await;
    let body = format!("{FX_H}\n2026-01-15,CNY,0.1283\n2026-01-15,USD,0.92\n2026-02-15,CNY,0.1279\n2026-02-15,EUR,1\n");
    let r = w.load(ImportKind::Fx, "fx.csv", &body).await;
    assert_eq!((r.rows, r.inserted, r.updated, r.unchanged), (4, 4, 0, 0), "{r:?}");
    assert_eq!(
        w.rows("SELECT reporting, currency, day, CAST(rate AS TEXT) FROM fx_rates ORDER BY currency, day").await,
        [
            ["EUR", "CNY", "2026-01-15", "0.1283"],
            ["EUR", "CNY", "2026-02-15", "0.1279"],
            ["EUR", "EUR", "2026-02-15", "1.0"],
            ["EUR", "USD", "2026-01-15", "0.92"],
        ]
    );
    let before = w.dump().await;
    let again = w.load(ImportKind::Fx, "fx.csv", &body).await;
    assert_eq!((again.inserted, again.updated, again.unchanged), (0, 0, 4), "{again:?}");
    assert!(w.dump().await == before, "a re-import changed the workspace");

    // A corrected rate is an update of that row alone.
    let fixed = body.replace("0.1279", "0.1281");
    let r = w.load(ImportKind::Fx, "fx.csv", &fixed).await;
    assert_eq!((r.inserted, r.updated, r.unchanged), (0, 1, 3), "{r:?}");
    assert_eq!(w.scalar("SELECT count(*) FROM fx_rates WHERE rate = 0.1281").await, 1);
}

#[tokio::test]
async fn bad_rows_name_file_line_and_field_and_store_nothing() {
    let w = in_eur().await;
    w.load(ImportKind::Fx, "seed.csv", &format!("{FX_H}\n2025-12-31,CNY,0.13\n")).await;
    let cases = [
        ("lower.csv", "2026-12-01,cny,0.13", "currency", "ISO 4217 code like USD"),
        ("long.csv", "2026-12-01,EURO,0.13", "currency", "ISO 4217 code like USD"),
        ("unknown.csv", "2026-12-01,ABC,0.13", "currency", "not an ISO 4217 currency code"),
        ("zero.csv", "2026-12-01,CNY,0", "rate_to_reporting", "above 0"),
        ("negative.csv", "2026-12-01,CNY,-0.13", "rate_to_reporting", "plain decimal"),
        ("text.csv", "2026-12-01,CNY,abc", "rate_to_reporting", "plain decimal"),
        ("comma.csv", "2026-12-01,CNY,\"0,13\"", "rate_to_reporting", "plain decimal"),
        ("empty.csv", "2026-12-01,CNY,", "rate_to_reporting", "required"),
        ("date.csv", "2026-13-01,CNY,0.13", "date", "YYYY-MM-DD"),
        ("stamp.csv", "2026-12-01T00:00:00Z,CNY,0.13", "date", "YYYY-MM-DD"),
        ("twice.csv", "2026-01-05,CNY,0.13", "date", "a rate for CNY on 2026-01-05 already appears on line 6"),
        ("self.csv", "2026-12-01,EUR,1.1", "rate_to_reporting", "EUR is the reporting currency: its rate is 1, got 1.1"),
    ];
    for (name, bad, field, reason) in cases {
        refused(&w, name, &after_good(bad), 302, field, reason).await;
    }
}

#[tokio::test]
async fn rates_need_a_reporting_currency_to_be_stated_against() {
    let w = workspace().await;
    let p = w.file("fx.csv", format!("{FX_H}\n2026-01-15,CNY,0.1283\n"));
    let shown = assert_file_error(w.import(ImportKind::Fx, &p).await, &p);
    assert!(shown.contains("no reporting currency"), "{shown}");
    assert_eq!(w.scalar("SELECT count(*) FROM fx_rates").await, 0);
}

#[tokio::test]
async fn a_missing_column_is_a_header_error() {
    let w = in_eur().await;
    let p = w.file("fx.csv", "date,currency,rate\n2026-01-15,CNY,0.1283\n");
    let shown = assert_header_error(w.import(ImportKind::Fx, &p).await, &p);
    assert!(shown.contains("rate_to_reporting"), "{shown}");
}

#[tokio::test]
async fn the_docs_example_imports() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/IMPORT.md")).expect("docs/IMPORT.md");
    let start = doc.find("```csv fx-example=fx.csv\n").expect("docs/IMPORT.md has the FX example") + "```csv fx-example=fx.csv\n".len();
    let body = &doc[start..start + doc[start..].find("```").expect("the block ends")];
    let w = workspace().await;
    w.ws.set_reporting_currency(&domain::Currency::parse("USD").unwrap()).await.unwrap();
    let r = w.load(ImportKind::Fx, "fx.csv", body).await;
    assert_eq!((r.rows, r.inserted), (5, 5), "{r:?}");
    assert_eq!(w.rows("SELECT DISTINCT currency FROM fx_rates ORDER BY 1").await, [["CNY"], ["EUR"], ["USD"]]);
}
