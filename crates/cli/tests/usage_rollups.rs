//! A book whose usage arrives as a warehouse's Parquet rollups analyses exactly like the same
//! book imported from raw events: the demo writes the same simulated events either way, and
//! every analysis command prints the same JSON, byte for byte.

mod common;

use common::*;

#[test]
fn a_book_from_usage_rollups_analyses_like_the_same_book_from_raw_events() {
    let dir = tempfile::tempdir().unwrap();
    let (raw, rolled) = (dir.path().join("raw.waypoint"), dir.path().join("rolled.waypoint"));
    for (ws, usage) in [(&raw, "events"), (&rolled, "rollups")] {
        let mut c = with_pass(ws, "pw");
        c.args(["demo", "--accounts", "40", "--months", "14", "--usage", usage, "--json", "--keep-files"]).arg(dir.path().join(usage));
        let reports: serde_json::Value = serde_json::from_str(&ok(c)).unwrap();
        let last = &reports.as_array().unwrap()[7];
        assert_eq!(last["kind"], if usage == "events" { "events" } else { "usage-rollups" }, "{last}");
        assert!(last["inserted"].as_u64().unwrap() > 10_000, "{last}");
    }
    let parquet = dir.path().join("rollups/usage_rollups.parquet");
    assert!(std::fs::metadata(&parquet).unwrap().len() < std::fs::metadata(dir.path().join("events/events.jsonl")).unwrap().len() / 20);

    for args in [
        &["metrics", "--json"][..],
        &["health", "--json"],
        &["alerts", "--json"],
        &["segments", "--by", "needs", "--json"],
        &["segments", "--by", "value", "--json"],
        &["account", "ACC-0007", "--json"],
        &["usage", "--account", "ACC-0003", "--json"],
        &["retention", "curves", "--json"],
        &["health", "backtest", "--json"],
        &["status", "--json"],
    ] {
        let out = |ws: &std::path::Path| {
            let mut c = with_pass(ws, "pw");
            c.args(args);
            ok(c)
        };
        let (a, b) = (out(&raw), out(&rolled));
        assert!(a.len() > 100, "{args:?}: {a}");
        assert!(a == b, "{args:?} differs:\nraw events: {}\nrollups:    {}", &a[..a.len().min(600)], &b[..b.len().min(600)]);
    }

    // The rollups are consistent, and importing the same export again changes nothing.
    let mut c = with_pass(&rolled, "pw");
    c.args(["doctor", "--json"]);
    let d = json(c);
    assert_eq!(d["usage_weeks"]["missing_or_different"], 0, "{d}");
    let mut c = with_pass(&rolled, "pw");
    c.args(["import", "usage-rollups", "--json"]).arg(&parquet);
    let r = json(c);
    assert_eq!((r["inserted"].as_u64(), r["updated"].as_u64()), (Some(0), Some(0)), "{r}");
    assert_eq!(r["unchanged"], r["rows"], "{r}");
}
