//! The analytics commands end to end: retention fit without a workspace, and segments and
//! retention curves on a demo workspace, cross-checked against each other.

mod common;

use common::*;
use serde_json::Value;

#[test]
fn retention_fit_needs_no_workspace_and_matches_fader_hardie() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("none.waypoint");
    let mut c = waypoint(&ws);
    c.args(["retention", "fit", "--counts", "1000,631,468,382,326,289,262,241", "--json"]);
    let v = json(c);
    assert!((v["alpha"].as_f64().unwrap() - 0.704).abs() < 0.001, "{v}");
    assert!((v["beta"].as_f64().unwrap() - 1.182).abs() < 0.001, "{v}");
    let projected = v["projected"].as_array().unwrap();
    assert_eq!(projected.len(), 13, "periods 0..=12");
    assert_eq!(projected[0], 1000.0);
    // r(1) = β/(α+β): the projected year-1 survivors.
    let r1 = 1.182 / (0.704 + 1.182);
    assert!((projected[1].as_f64().unwrap() - 1000.0 * r1).abs() < 1.0);
    assert_eq!(v["expected_lifetime"], Value::Null, "alpha < 1: unbounded");
    assert!(!ws.exists(), "no workspace is created");

    let mut c = waypoint(&ws);
    c.args(["retention", "fit", "--counts", "1000,abc"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("item 2 (“abc”)"), "{}", o.stderr);
    let mut c = waypoint(&ws);
    c.args(["retention", "fit", "--counts", "100,120"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("must not rise"), "{}", o.stderr);
}

#[test]
fn segments_and_retention_on_the_demo_agree_with_metrics() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut c = with_pass(&ws, "pw");
    c.args(["demo", "--accounts", "60", "--months", "18"]);
    ok(c);
    let accounts = status(&ws, "pw")["accounts"].as_u64().unwrap() as usize;

    // The demo's import kept the week rollups equal to the daily rows.
    let mut c = with_pass(&ws, "pw");
    c.args(["doctor", "--rollups", "--json"]);
    let d = json(c);
    for table in ["usage_days", "usage_weeks", "user_weeks", "first_value_days"] {
        let least = if table == "first_value_days" { accounts as u64 / 2 } else { 100 };
        assert!(d[table]["rows"].as_u64().unwrap() > least, "{d}");
        assert_eq!((d[table]["missing_or_different"].as_u64(), d[table]["extra_or_different"].as_u64()), (Some(0), Some(0)), "{d}");
    }

    let mut c = with_pass(&ws, "pw");
    c.args(["segments", "--by", "needs", "--json"]);
    let needs = json(c);
    let members = needs["memberships"].as_array().unwrap();
    assert_eq!(members.len(), accounts);
    let profiles = needs["segments"].as_array().unwrap();
    let profiled: u64 = profiles.iter().map(|p| p["accounts"].as_u64().unwrap()).sum();
    assert_eq!(profiled as usize, accounts);
    for m in members {
        assert!(profiles.iter().any(|p| p["segment"] == m["segment"]), "{m}");
    }
    let k = needs["needs"]["k"].as_u64().unwrap();
    assert!((2..=8).contains(&k), "k = {k}");

    // A rule segment of paying accounts is exactly metrics' active accounts.
    let mut c = with_pass(&ws, "pw");
    c.args(["metrics", "--json"]);
    let active = json(c)["accounts_active"].as_u64().unwrap();
    let mut c = with_pass(&ws, "pw");
    c.args(["segments", "--by", "rule:arr > 0", "--json"]);
    let rule = json(c);
    // Only matching accounts are members, all of one segment named by the canonical rule.
    let members = rule["memberships"].as_array().unwrap();
    assert_eq!(members.len() as u64, active);
    assert!(members.iter().all(|m| m["segment"] == "arr > 0"), "{}", members[0]);
    assert_eq!(rule["segments"][0]["accounts"].as_u64().unwrap(), active);

    let mut c = with_pass(&ws, "pw");
    c.args(["segments", "--by", "rule:arr >", "--json"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("column"), "{}", o.stderr);

    // Retention groups partition the accounts with a subscription, by cohort and by needs.
    for by in ["cohort", "needs", "value"] {
        let mut c = with_pass(&ws, "pw");
        c.args(["retention", "curves", "--by", by, "--json"]);
        let r = json(c);
        let all = &r["all"];
        let groups = r["groups"].as_array().unwrap();
        let sum = |f: &str| groups.iter().map(|g| g[f].as_u64().unwrap()).sum::<u64>();
        assert_eq!(sum("accounts"), all["accounts"].as_u64().unwrap(), "{by}");
        assert_eq!(sum("churned"), all["churned"].as_u64().unwrap(), "{by}");
        assert!(all["accounts"].as_u64().unwrap() as usize <= accounts);
        assert!(all["accounts"].as_u64().unwrap() >= active);
    }

    // Playbooks: a second run creates nothing; tasks and workload agree on the counts. The
    // demo comes with its CSMs' history, a few of whose tasks are still open.
    let mut c = with_pass(&ws, "pw");
    c.args(["tasks", "--json"]);
    let before = json(c).as_array().unwrap().len() as u64;
    let mut c = with_pass(&ws, "pw");
    c.args(["playbooks", "run", "--json"]);
    let first = json(c);
    let created = first["created"].as_u64().unwrap();
    assert!(created > 0, "{first}");
    let mut c = with_pass(&ws, "pw");
    c.args(["playbooks", "run", "--json"]);
    let second = json(c);
    assert_eq!((second["created"].as_u64(), second["existing"].as_u64()), (Some(0), Some(created)));
    let mut c = with_pass(&ws, "pw");
    c.args(["tasks", "--json"]);
    let tasks = json(c);
    let tasks = tasks.as_array().unwrap();
    assert_eq!(tasks.len() as u64, before + created);
    let mut c = with_pass(&ws, "pw");
    c.args(["workload", "--json"]);
    let w = json(c);
    let open: u64 = w["csms"].as_array().unwrap().iter().map(|c| c["open_tasks"].as_u64().unwrap()).sum();
    let overdue: u64 = w["csms"].as_array().unwrap().iter().map(|c| c["overdue_tasks"].as_u64().unwrap()).sum();
    assert_eq!(open, before + created);
    assert_eq!(overdue as usize, tasks.iter().filter(|t| t["overdue"] == true).count());
    // Done tasks leave the open list.
    let id = tasks[0]["id"].as_i64().unwrap().to_string();
    let mut c = with_pass(&ws, "pw");
    c.args(["tasks", "--done", &id]);
    ok(c);
    let mut c = with_pass(&ws, "pw");
    c.args(["tasks", "--json"]);
    assert_eq!(json(c).as_array().unwrap().len() as u64, before + created - 1);

    let account = members[0]["account_id"].as_str().unwrap().to_string();
    let mut c = with_pass(&ws, "pw");
    c.args(["touchpoint", "log", "--account", &account, "--kind", "call", "--summary", "Renewal chat", "--day", "2026-10-01"]);
    ok(c);
    let mut c = with_pass(&ws, "pw");
    c.args(["touchpoint", "list", "--account", &account, "--json"]);
    let tps = json(c);
    assert_eq!(tps[0]["summary"], "Renewal chat");
    let mut c = with_pass(&ws, "pw");
    c.args(["touchpoint", "log", "--account", &account, "--kind", "fax", "--summary", "x"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("fax"), "{}", o.stderr);

    // Charts: the module stack as SVG and as a 1600x900 PNG.
    let svg = dir.path().join("stack.svg");
    let mut c = with_pass(&ws, "pw");
    c.args(["chart", "module-stack", "--account", &account, "--out"]).arg(&svg);
    ok(c);
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<svg") && text.trim_end().ends_with("</svg>"), "{}", &text[..80.min(text.len())]);
    let png = dir.path().join("stack.png");
    let mut c = with_pass(&ws, "pw");
    c.args(["chart", "module-stack", "--account", &account, "--mix", "--theme", "dark", "--out"]).arg(&png);
    ok(c);
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // IHDR width and height, big-endian at bytes 16..24.
    assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), 1600);
    assert_eq!(u32::from_be_bytes(bytes[20..24].try_into().unwrap()), 900);
    let mut c = with_pass(&ws, "pw");
    c.args(["chart", "module-stack", "--account", &account, "--out", "x.gif"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains(".svg or .png"), "{}", o.stderr);
    // A kind that cannot draw the target is refused before the workspace is opened: no key is
    // asked for (this command has none) and the answer is about the arguments.
    let mut c = waypoint(&ws);
    c.args(["chart", "users", "--out", "u.svg"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("users needs --account ID"), "{}", o.stderr);
    let mrr = dir.path().join("mrr.svg");
    let mut c = with_pass(&ws, "pw");
    c.args(["chart", "mrr", "--out"]).arg(&mrr);
    ok(c);
    assert!(std::fs::read_to_string(&mrr).unwrap().contains("MRR movements: All accounts"));
    let health = dir.path().join("health.png");
    let mut c = with_pass(&ws, "pw");
    c.args(["chart", "health", "--account", &account, "--out"]).arg(&health);
    ok(c);
    assert_eq!(&std::fs::read(&health).unwrap()[..4], b"\x89PNG");
    let mut c = with_pass(&ws, "pw");
    c.args(["chart", "health", "--out", "h.svg"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("needs --account"), "{}", o.stderr);
    let ret = dir.path().join("retention.svg");
    let mut c = with_pass(&ws, "pw");
    c.args(["chart", "retention", "--by", "value", "--out"]).arg(&ret);
    ok(c);
    assert!(std::fs::read_to_string(&ret).unwrap().contains("by value tier"));
    let map = dir.path().join("map.svg");
    let mut c = with_pass(&ws, "pw");
    c.args(["chart", "segments", "--out"]).arg(&map);
    ok(c);
    assert!(std::fs::read_to_string(&map).unwrap().contains("by needs segment"));

    // The other kinds, for an account, a segment and the book.
    let draw = |args: &[&str]| -> String {
        let out = dir.path().join("kind.svg");
        let mut c = with_pass(&ws, "pw");
        c.arg("chart").args(args).arg("--out").arg(&out);
        ok(c);
        let svg = std::fs::read_to_string(&out).unwrap();
        roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        svg
    };
    let mut c = with_pass(&ws, "pw");
    c.args(["account", &account, "--json"]);
    let profile = json(c);
    let core = profile["usage"]["core_users"].as_array().unwrap().len();
    let users = draw(&["users", "--account", &account]);
    let on_file = if core == 1 { "1 core user on file".to_string() } else { format!("{core} core users on file") };
    assert!(users.contains(&on_file) || core == 0, "{on_file}");
    let plan = draw(&["milestones", "--account", &account]);
    assert!(plan.contains("Success plan"), "{}", &plan[..300]);
    let done = profile["success_plan"]["done"].as_u64().unwrap();
    assert!(profile["success_plan"]["milestones"].as_array().unwrap().is_empty() || plan.contains(&format!("{done} done")));
    // A value tier as a segment: the module mix lists its members (up to 20 rows).
    let mut c = with_pass(&ws, "pw");
    c.args(["segments", "--by", "value", "--json"]);
    let value = json(c);
    let tier = value["segments"][0]["segment"].as_str().unwrap().to_string();
    let size = value["segments"][0]["accounts"].as_u64().unwrap();
    let mix = draw(&["module-mix", "--segment", &tier.to_lowercase()]);
    assert!(mix.contains(&format!("{size} account")), "{tier}: {size}");
    let by_needs = draw(&["module-mix"]);
    assert!(by_needs.contains("Needs segments"));
    let stack = draw(&["module-stack", "--segment", &tier, "--from", "2026-01-01", "--to", "2026-03-31"]);
    // 90 days make 13 weeks ending on --to: the first ends 84 days before Mar 31.
    assert!(stack.contains("Jan 6 – Mar 31, 2026"), "weeks end on --to");
    assert!(draw(&["mrr", "--segment", "rule:arr > 0"]).contains("NRR (12 months)"));
    assert!(draw(&["nps"]).contains("Support tickets opened per week"));
    for (args, says) in [
        (vec!["module-mix", "--account", account.as_str()], "compares accounts"),
        (vec!["users"], "needs --account"),
        (vec!["mrr", "--segment", "Whales"], "no segment named 'Whales'"),
        (vec!["retention", "--segment", "Growth"], "whole book"),
        (vec!["nps", "--from", "2020-01-01"], "at most 365 days"),
        (vec!["module-mix", "--from", "2026-01-01"], "--from is not used"),
        (vec!["nps", "--segment", "rule:arr > 999999999"], "no accounts are in \"Rule: arr > 999999999\""),
    ] {
        let mut c = with_pass(&ws, "pw");
        c.arg("chart").args(&args).args(["--out", "x.svg"]);
        let o = run(c);
        assert_ne!(o.code, 0, "{args:?}");
        assert!(o.stderr.contains(says), "{args:?}: {}", o.stderr);
    }
}

/// `bench analytics` on a small book: every timing is there, the app's three paths included,
/// with their order of cost, and a second run reuses the workspace it left, unchanged (the
/// milestones it ticks are reopened) and without the generated files.
#[test]
fn the_analytics_benchmark_times_the_app_paths_and_leaves_its_workspace_as_it_found_it() {
    let dir = tempfile::tempdir().unwrap();
    let bench = dir.path().join("bench");
    let run_bench = |extra: &[&str]| {
        let mut c = waypoint(&dir.path().join("unused.waypoint"));
        c.args(["bench", "analytics", "--accounts", "30", "--months", "4", "--modules", "4", "--runs", "3", "--json", "--dir"]).arg(&bench).args(extra);
        json(c)
    };
    // The book made from the demo's usage as warehouse rollups, as make bench-growth does at
    // 20,000 accounts.
    let first = run_bench(&["--usage", "rollups"]);
    assert_eq!(first["app_memory"], false);
    assert!(!bench.join("files").exists(), "the generated files are removed once imported");
    for t in ["load", "compute", "segments", "full_recompute", "profile", "app_full", "app_one_account", "app_settings"] {
        assert!(first[t]["median_ms"].as_f64().unwrap() > 0.0, "{t}: {first}");
    }
    assert_eq!(first["app_one_account"]["runs"], 6, "a tick and a reopen per run");
    assert!(first["app_rss_mb"].as_f64().unwrap() > 1.0 && first["peak_rss_mb"].as_f64().unwrap() >= first["app_rss_mb"].as_f64().unwrap());
    // Every account's health (milestones are one of its factors) and success plan, as the
    // workspace holds them after a run: another run must leave them as they were.
    let plans = || {
        let mut c = with_pass(&bench.join("bench.waypoint"), "bench");
        c.args(["health", "--json"]);
        ok(c)
    };
    let after_first = plans();
    // The second run under the app's memory limits, as the report says.
    let second = run_bench(&["--app-memory"]);
    assert_eq!((second["accounts"].as_u64(), second["app_memory"].as_bool()), (Some(30), Some(true)));
    assert!(plans() == after_first, "a run of the benchmark left the workspace's health changed");
}

/// The import benchmark given the stream as three files imports what it imports as one: every
/// event once, the same daily rollups, and sqlite3's baseline table holds each row once (its
/// later files appended without their header).
#[test]
fn the_import_benchmark_in_parts_imports_the_same_stream_as_one_file() {
    let bench = |parts: &str| {
        let dir = tempfile::tempdir().unwrap();
        let mut c = waypoint(&dir.path().join("unused.waypoint"));
        c.args(["bench", "import", "--events", "6000", "--accounts", "30", "--parts", parts, "--json", "--keep"]).arg(dir.path());
        let report = json(c);
        let ws = dir.path().join("bench.waypoint");
        let mut c = with_pass(&ws, "bench");
        c.args(["usage", "--account", "ACC-00007", "--json"]);
        let usage = json(c);
        let rows = std::process::Command::new("sqlite3").arg(dir.path().join("baseline.db")).arg("SELECT count(*) FROM events").output().unwrap();
        (report, usage, String::from_utf8(rows.stdout).unwrap().trim().to_string(), status(&ws, "bench"))
    };
    let (one, one_usage, one_rows, one_status) = bench("1");
    let (three, three_usage, three_rows, three_status) = bench("3");
    assert_eq!(three["parts"], 3);
    assert_eq!(three["part_seconds"].as_array().unwrap().len(), 3, "{three}");
    for (report, rows) in [(&one, &one_rows), (&three, &three_rows)] {
        assert_eq!(report["distinct_events_stored"], 6000, "{report}");
        assert_eq!(rows, "6000");
    }
    assert_eq!(one["usage_days"], three["usage_days"]);
    assert!(one_usage.as_array().is_some_and(|d| !d.is_empty()), "{one_usage}");
    assert_eq!(one_usage, three_usage);
    assert_eq!(one_status, three_status);
}

/// Each account's needs segment as the app shows it: a session opened on the workspace.
fn app_needs(ws: &std::path::Path) -> Vec<(String, String)> {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        let w = store::Workspace::open(ws, &store::KeyChoice::passphrase("pw")).await.unwrap();
        let session = views::Session::new(w.clone(), views::settings_view::load_config(&w).await.unwrap());
        let s = session.snapshot().await.unwrap();
        session.settle().await;
        let out = s.analysis.accounts.iter().map(|a| a.account_id.clone()).zip(s.needs.iter().cloned()).collect();
        w.close().await;
        out
    })
}

/// Swaps the names of the kept fit's first two segments: the kept fit then names segments
/// differently from a fit of the same book, so whoever fits afresh shows itself.
fn swap_kept_names(ws: &std::path::Path) -> (String, String) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let w = store::Workspace::open(ws, &store::KeyChoice::passphrase("pw")).await.unwrap();
        let model: String = sqlx::query_scalar("SELECT model FROM needs_fit").fetch_one(w.pool()).await.unwrap();
        let mut model: Value = serde_json::from_str(&model).unwrap();
        let clusters = model["clusters"].as_array_mut().unwrap();
        let (a, b) = (clusters[0]["name"].as_str().unwrap().to_string(), clusters[1]["name"].as_str().unwrap().to_string());
        clusters[0]["name"] = Value::from(b.clone());
        clusters[1]["name"] = Value::from(a.clone());
        sqlx::query("UPDATE needs_fit SET model = ?").bind(model.to_string()).execute(w.pool()).await.unwrap();
        w.close().await;
        (a, b)
    })
}

fn memberships(v: &Value) -> Vec<(String, String)> {
    v["memberships"].as_array().unwrap().iter().map(|m| (m["account_id"].as_str().unwrap().into(), m["segment"].as_str().unwrap().into())).collect()
}

fn cli_needs(ws: &std::path::Path, extra: &[&str]) -> Value {
    let mut c = with_pass(ws, "pw");
    c.args(["segments", "--by", "needs", "--json"]).args(extra);
    json(c)
}

/// Accounts per needs segment from `metrics --by needs`.
fn metrics_counts(ws: &std::path::Path) -> std::collections::BTreeMap<String, u64> {
    let mut c = with_pass(ws, "pw");
    c.args(["metrics", "--by", "needs", "--json"]);
    json(c)["groups"].as_array().unwrap().iter().map(|g| (g["group"].as_str().unwrap().to_string(), g["accounts"].as_u64().unwrap())).collect()
}

fn counts(members: &[(String, String)]) -> std::collections::BTreeMap<String, u64> {
    let mut out = std::collections::BTreeMap::new();
    for (_, s) in members {
        *out.entry(s.clone()).or_insert(0) += 1;
    }
    out
}

#[test]
fn the_cli_names_the_needs_segments_the_app_shows() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut c = with_pass(&ws, "pw");
    c.args(["demo", "--accounts", "60", "--months", "14"]);
    ok(c);

    // No fit kept yet: the CLI fits the book (and keeps nothing), as the app will.
    let fitted = cli_needs(&ws, &[]);
    assert_eq!((fitted["needs_fit"]["kept"].as_bool(), fitted["needs_fit"]["moved"].as_u64()), (Some(false), Some(0)), "{}", fitted["needs_fit"]);
    assert_eq!(fitted["needs_fit"]["fitted_on"], fitted["as_of"]);
    assert_eq!(cli_needs(&ws, &[])["needs_fit"]["kept"], false, "reading the book keeps no fit");
    let fit = memberships(&fitted);
    assert_eq!(app_needs(&ws), fit, "the app fits the same book the same way");

    // The app kept its fit; the CLI now reads it. Renamed in the kept fit, two segments show
    // the kept names everywhere: the app, `segments`, `metrics --by needs`, not a new fit's.
    let kept = cli_needs(&ws, &[]);
    assert_eq!((kept["needs_fit"]["kept"].as_bool(), kept["needs_fit"]["moved"].as_u64()), (Some(true), Some(0)), "{}", kept["needs_fit"]);
    assert_eq!(memberships(&kept), fit);
    let (a, b) = swap_kept_names(&ws);
    let swap = |s: &String| if *s == a { b.clone() } else if *s == b { a.clone() } else { s.clone() };
    let renamed: Vec<(String, String)> = fit.iter().map(|(id, s)| (id.clone(), swap(s))).collect();
    assert_ne!(renamed, fit, "both renamed segments have members");
    assert_eq!(memberships(&cli_needs(&ws, &[])), renamed);
    assert_eq!(app_needs(&ws), renamed);
    assert_eq!(metrics_counts(&ws), counts(&renamed));
    assert_ne!(counts(&renamed), counts(&fit), "the renamed segments differ in size");

    // --refit fits the book again and keeps it: every reader is back to the fit's names.
    let refit = cli_needs(&ws, &["--refit"]);
    assert_eq!(refit["needs_fit"]["kept"], false);
    assert_eq!(memberships(&refit), fit);
    assert_eq!(cli_needs(&ws, &[])["needs_fit"]["kept"], true);
    assert_eq!(app_needs(&ws), fit);
    assert_eq!(metrics_counts(&ws), counts(&fit));

    // In people's words: the text output says where the segments come from.
    let mut c = with_pass(&ws, "pw");
    c.args(["segments", "--by", "needs"]);
    let text = ok(c);
    assert!(text.contains("needs segments as fitted on") && text.contains("0 accounts are no longer where that fit put them"), "{text}");
    let mut c = with_pass(&ws, "pw");
    c.args(["segments", "--by", "needs"]).env("WAYPOINT_LANG", "fr");
    let text = ok(c);
    assert!(text.contains("segments de besoins calculés le") && text.contains("0 compte n’est plus"), "{text}");
}
