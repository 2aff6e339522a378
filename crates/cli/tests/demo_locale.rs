//! `waypoint demo --locale`: the international books load with their reporting currency and
//! FX rates, so `metrics` reports in that currency straight away.

mod common;

use common::*;
use serde_json::Value;

#[test]
fn chinese_demo_reports_in_cny_with_converted_usd_and_eur() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let files = dir.path().join("files");
    let mut c = with_pass(&ws, "pw");
    // --lang sets the language of the output only; the book is the --locale one.
    c.args(["--lang", "en", "demo", "--accounts", "80", "--months", "14", "--locale", "zh-CN", "--json", "--keep-files"]).arg(&files);
    let reports = json(c);
    let kinds: Vec<&str> = reports.as_array().unwrap().iter().filter_map(|r| r["kind"].as_str()).collect();
    assert_eq!(kinds.last(), Some(&"fx"), "{kinds:?}");
    let accounts = std::fs::read_to_string(files.join("accounts.csv")).unwrap();
    assert!(accounts.contains("曦光货运"), "the case study is renamed");

    let mut c = with_pass(&ws, "pw");
    c.args(["settings", "--json"]);
    assert_eq!(json(c)["reporting_currency"], "CNY");

    let mut c = with_pass(&ws, "pw");
    c.args(["metrics", "--json"]);
    let m = json(c);
    assert_eq!(m["currency"], "CNY", "{m}");
    let from: Vec<&str> = m["conversion"]["converted_from"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(from.contains(&"USD") && from.iter().all(|c| ["EUR", "USD"].contains(c)), "{m}");
    let nrr = m["nrr"].as_f64().unwrap_or_else(|| panic!("no NRR: {m}"));
    assert!((0.6..1.6).contains(&nrr), "NRR {nrr}");
}

#[test]
fn unknown_demo_locale_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut c = with_pass(&ws, "pw");
    c.args(["demo", "--accounts", "12", "--locale", "de"]);
    let o = run(c);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(!ws.exists(), "nothing is created");
}
