//! Streams longer than one reader batch (256k events): duplicates that fall into
//! different batches are still counted once, and per-day rollups add up across batches.

mod common;

use std::fmt::Write;

use import::ImportKind;

/// `n` events over `days` days in time order, users u0..u9, all on ACC-1, module
/// monitoring; then the first `repeats` lines again (same message ids and timestamps).
fn stream(n: usize, days: usize, repeats: usize) -> (String, Vec<i64>) {
    let mut lines = Vec::with_capacity(n);
    let mut per_day = vec![0i64; days];
    for i in 0..n {
        let day = i * days / n;
        per_day[day] += 1;
        let secs = (i * 86_399 * days / n) % 86_399;
        lines.push(format!(
            r#"{{"type":"track","event":"check_run","userId":"u{}","messageId":"m-{i}","timestamp":"2026-05-{:02}T{:02}:{:02}:{:02}Z","context":{{"groupId":"ACC-1"}},"properties":{{"module":"monitoring"}}}}"#,
            i % 10,
            day + 1,
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        ));
    }
    let mut out = String::new();
    for l in lines.iter().chain(lines.iter().take(repeats)) {
        writeln!(out, "{l}").unwrap();
    }
    (out, per_day)
}

async fn workspace_with_one_account() -> common::Ws {
    let w = common::workspace().await;
    w.load(
        ImportKind::Accounts,
        "accounts.csv",
        "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at\nACC-1,One,,,,,,\n",
    )
    .await;
    w
}

#[tokio::test(flavor = "multi_thread")]
async fn duplicates_across_batches_count_once() {
    let w = workspace_with_one_account().await;
    let n = 600_000;
    let (text, per_day) = stream(n, 3, 7);
    let f = w.file("events.jsonl", text);
    let r = w.import(ImportKind::Events, &f).await.unwrap();
    assert_eq!(r.rows, n as u64 + 7);
    assert_eq!(r.inserted, n as u64);
    assert_eq!(r.inserted + r.unchanged + r.skipped, n as u64 + 7, "{r:?}");
    assert_eq!(w.scalar("SELECT count(*) FROM event_ids").await, n as i64);
    for (d, expected) in per_day.iter().enumerate() {
        let day = format!("2026-05-{:02}", d + 1);
        let sql = format!("SELECT events FROM usage_days WHERE day = '{day}'");
        assert_eq!(w.scalar(&sql).await, *expected, "{day}");
        let sql = format!("SELECT active_users FROM usage_days WHERE day = '{day}'");
        assert_eq!(w.scalar(&sql).await, 10, "{day}");
    }
    // The whole stream again: nothing new, rollups unchanged.
    let r = w.import(ImportKind::Events, &f).await.unwrap();
    assert_eq!(r.inserted, 0);
    assert_eq!(w.scalar("SELECT sum(events) FROM usage_days").await, n as i64);
}

/// Over ten days the first day's ids are long out of the reader's in-memory window when
/// they repeat at the end: the database answers, and they still count once.
#[tokio::test(flavor = "multi_thread")]
async fn repeats_of_days_long_past_count_once() {
    let w = workspace_with_one_account().await;
    let n = 300_000;
    let (text, per_day) = stream(n, 10, 5);
    let f = w.file("events.jsonl", text);
    let r = w.import(ImportKind::Events, &f).await.unwrap();
    assert_eq!(r.inserted, n as u64);
    assert_eq!(r.inserted + r.unchanged + r.skipped, n as u64 + 5, "{r:?}");
    assert_eq!(w.scalar("SELECT count(*) FROM event_ids").await, n as i64);
    assert_eq!(w.scalar("SELECT events FROM usage_days WHERE day = '2026-05-01'").await, per_day[0]);
}
