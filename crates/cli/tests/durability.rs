//! What happens when things go wrong mid-flight: a killed import, a backup taken while
//! another process writes.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;

fn wal_len(ws: &std::path::Path) -> u64 {
    let mut p = ws.as_os_str().to_owned();
    p.push("-wal");
    std::fs::metadata(std::path::PathBuf::from(p)).map(|m| m.len()).unwrap_or(0)
}

/// `waypoint import events FILE` as a separate process, output discarded.
fn import_in_background(ws: &std::path::Path, file: &std::path::Path) -> std::process::Child {
    with_pass(ws, "pw")
        .args(["import", "events"])
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

async fn integrity(ws: &std::path::Path, pass: &str) -> String {
    let w = store::Workspace::open(ws, &store::KeyChoice::passphrase(pass)).await.unwrap();
    let r: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(w.pool()).await.unwrap();
    w.close().await;
    r
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_import_leaves_nothing_half_written() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace_with_accounts(dir.path(), 50);
    let first = events_file(dir.path(), "first.jsonl", 1000, 50);
    let mut c = with_pass(&ws, "pw");
    c.args(["import", "events"]).arg(&first);
    ok(c);
    let before = status(&ws, "pw");
    assert_eq!(before["events"], 1000);

    let big = events_file(dir.path(), "big.jsonl", 600_000, 50);
    let wal0 = wal_len(&ws);
    let mut child = import_in_background(&ws, &big);
    // Wait until the import is writing (its WAL grows), then kill it without warning.
    let t = Instant::now();
    while wal_len(&ws) < wal0 + 2_000_000 {
        assert!(child.try_wait().unwrap().is_none(), "import finished before it could be killed; make the file bigger");
        assert!(t.elapsed() < Duration::from_secs(120), "import never started writing");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    assert_eq!(status(&ws, "pw"), before, "a killed import must leave the workspace as it was");
    assert_eq!(integrity(&ws, "pw").await, "ok");
    // And the same import then runs to completion.
    let mut c = with_pass(&ws, "pw");
    c.args(["import", "events"]).arg(&big);
    ok(c);
    assert_eq!(status(&ws, "pw")["events"], 601_000);
}

#[tokio::test(flavor = "multi_thread")]
async fn backup_while_another_process_imports_is_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace_with_accounts(dir.path(), 20);
    let big = events_file(dir.path(), "big.jsonl", 300_000, 20);
    let wal0 = wal_len(&ws);
    let mut child = import_in_background(&ws, &big);
    let t = Instant::now();
    while wal_len(&ws) <= wal0 && child.try_wait().unwrap().is_none() {
        assert!(t.elapsed() < Duration::from_secs(120));
        std::thread::sleep(Duration::from_millis(10));
    }
    let backup = dir.path().join("during.waypoint");
    let mut c = with_pass(&ws, "pw");
    c.arg("backup").arg(&backup);
    ok(c);
    assert!(child.wait().unwrap().success());

    // The copy is a snapshot: either before the import committed or after, never between.
    let copy = status(&backup, "pw");
    let events = copy["events"].as_u64().unwrap();
    assert!(events == 0 || events == 300_000, "backup saw a half import: {events}");
    assert_eq!(copy["accounts"], 20);
    assert_eq!(integrity(&backup, "pw").await, "ok");
    assert_eq!(status(&ws, "pw")["events"], 300_000);
}
