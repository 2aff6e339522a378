//! The score's history commands end to end on a demo workspace: the backtest, tuning (shown,
//! then applied into a settings file and into the workspace, which every later command then
//! scores with), and which playbooks work.

mod common;

use common::*;
use serde_json::Value;

#[test]
fn backtest_tune_apply_and_playbook_effect() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut c = with_pass(&ws, "pw");
    c.args(["demo", "--accounts", "120", "--months", "24"]);
    ok(c);

    let mut c = with_pass(&ws, "pw");
    c.args(["health", "backtest", "--json"]);
    let b = json(c);
    let days = b["evaluation_days"].as_array().unwrap().len();
    assert!(days >= 12, "{days}");
    assert!(b["evaluations"].as_u64().unwrap() > 0);

    let mut c = with_pass(&ws, "pw");
    c.args(["health", "tune", "--json"]);
    let t = json(c);
    let weights = t["weights"].as_array().unwrap();
    assert_eq!(weights.len(), 8);
    let tuned: f64 = weights.iter().map(|w| w["tuned"].as_f64().unwrap()).sum();
    assert!((tuned - 100.0).abs() < 0.5, "{tuned}");
    assert!(t["fit"]["to"].as_str().unwrap() < t["test"]["from"].as_str().unwrap(), "split by time: {t}");
    assert_eq!((t["fit"]["days"].as_u64().unwrap() + t["test"]["days"].as_u64().unwrap()) as usize, days);
    let better = t["better"].as_bool().unwrap();
    let tuned_of = |key: &str| weights.iter().find(|w| w["key"] == key).unwrap()["tuned"].as_f64().unwrap();

    // Into a settings file: its other sections stay, the scorecard gains the weights and the
    // record of the fit; refused (and the file untouched) when the weights did no better.
    let file = dir.path().join("settings.json");
    std::fs::write(&file, r#"{ "alerts": { "silent_days": 9 } }"#).unwrap();
    let mut c = with_pass(&ws, "pw");
    c.args(["health", "tune", "--apply", "--settings"]).arg(&file);
    let o = run(c);
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved["alerts"]["silent_days"], 9);
    if better {
        assert_eq!(o.code, 0, "{}", o.stderr);
        assert_eq!(saved["scorecard"]["weights"]["usage_trend"].as_f64().unwrap(), tuned_of("usage_trend"));
        assert_eq!(saved["scorecard"]["tuned"]["fit_from"], t["fit"]["from"]);
        assert_eq!(saved["scorecard"]["tuned"]["auc_after"], t["tuned"]["auc"]);
    } else {
        assert_ne!(o.code, 0);
        assert!(o.stderr.contains("nothing was saved"), "{}", o.stderr);
        assert!(saved.get("scorecard").is_none());
    }

    // Into the workspace: `health` without --settings then scores with the saved weights.
    let mut c = with_pass(&ws, "pw");
    c.args(["health", "tune", "--apply"]);
    let o = run(c);
    let mut c = with_pass(&ws, "pw");
    c.args(["health", "--json"]);
    let scores = json(c);
    let weight_in_use = scores.as_array().unwrap().iter().flat_map(|h| h["components"].as_array().unwrap()).find(|c| c["key"] == "usage_trend").unwrap()["weight"].as_f64().unwrap();
    if better {
        assert_eq!(o.code, 0, "{}", o.stderr);
        assert_eq!(weight_in_use, tuned_of("usage_trend"));
        // A settings file still wins over the saved settings.
        let mut c = with_pass(&ws, "pw");
        c.args(["health", "--json", "--settings"]).arg(dir.path().join("defaults.json"));
        std::fs::write(dir.path().join("defaults.json"), "{}").unwrap();
        let defaults = json(c);
        let default_weight = defaults.as_array().unwrap().iter().flat_map(|h| h["components"].as_array().unwrap()).find(|c| c["key"] == "usage_trend").unwrap()["weight"].as_f64().unwrap();
        assert_eq!(default_weight, 20.0);
    } else {
        assert_ne!(o.code, 0);
        assert_eq!(weight_in_use, 20.0);
    }

    // Which playbooks work: the demo's CSMs followed up ticket bursts and detractors.
    let mut c = with_pass(&ws, "pw");
    c.args(["playbooks", "effect", "--json"]);
    let e = json(c);
    let of = |key: &str| e["playbooks"].as_array().unwrap().iter().find(|p| p["key"] == key).cloned().unwrap();
    for key in ["ticket-spike", "detractor-follow-up"] {
        let p = of(key);
        assert!(p["treated"].as_u64().unwrap() > 0 && p["control"].as_u64().unwrap() > 0, "{p}");
        assert!(p["verdict"]["key"].as_str().unwrap().starts_with("effect-"), "{p}");
    }
    // A playbook nobody worked has nothing to compare.
    assert_eq!(of("quarterly-qbr")["treated"], 0);
    let mut c = with_pass(&ws, "pw");
    c.args(["playbooks", "effect"]);
    let text = ok(c);
    assert!(text.contains("Support ticket spike"), "{text}");
}
