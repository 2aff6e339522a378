//! The `waypoint` CLI as a user and a script see it: exit codes, one-line errors, JSON.

mod common;

use common::*;

#[test]
fn init_import_status_and_usage() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut init = with_pass(&ws, "pw");
    init.arg("init");
    assert!(ok(init).contains("passphrase"));
    assert_eq!(status(&ws, "pw")["accounts"], 0);

    let accounts = accounts_file(dir.path(), 3);
    let mut c = with_pass(&ws, "pw");
    c.args(["import", "accounts"]).arg(&accounts).arg("--json");
    let report: serde_json::Value = serde_json::from_str(&ok(c)).unwrap();
    assert_eq!(report["inserted"], 3);

    // 30 events over 3 accounts: ACC-1 gets events 0,3,...,27 with users u0..u6.
    let events = events_file(dir.path(), "e.jsonl", 30, 3);
    let mut c = with_pass(&ws, "pw");
    c.args(["import", "events"]).arg(&events);
    ok(c);
    let s = status(&ws, "pw");
    assert_eq!(s["events"], 30);
    assert_eq!(s["accounts"], 3);

    let mut c = with_pass(&ws, "pw");
    c.args(["usage", "--account", "ACC-1", "--json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&ok(c)).unwrap();
    // Independent expectation: bucket the same events by day here.
    let mut expected = std::collections::BTreeMap::<u32, (u32, std::collections::BTreeSet<usize>)>::new();
    for i in (0..30).filter(|i| i % 3 == 0) {
        let day = 1 + (i * 28 / 30) as u32;
        let e = expected.entry(day).or_default();
        e.0 += 1;
        e.1.insert(i % 7);
    }
    assert_eq!(rows.len(), expected.len());
    for (row, (day, (n, users))) in rows.iter().zip(expected) {
        assert_eq!(row["day"], format!("2026-08-{day:02}"));
        assert_eq!(row["module"], "visualization");
        assert_eq!(row["events"], n);
        assert_eq!(row["active_users"], users.len() as u64);
    }

    let mut c = with_pass(&ws, "pw");
    c.args(["usage", "--account", "NOPE", "--json"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert_eq!(o.stderr.trim(), "error: unknown account \"NOPE\"");
}

#[test]
fn wrong_passphrase_and_foreign_files_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut init = with_pass(&ws, "right");
    init.arg("init");
    ok(init);
    let before = std::fs::read(&ws).unwrap();
    let mut c = with_pass(&ws, "wrong");
    c.arg("status");
    let o = run(c);
    assert_eq!(o.code, 2);
    let abs = ws.canonicalize().unwrap();
    assert_eq!(o.stderr.trim(), format!("error: wrong key or passphrase for {}", abs.display()));
    assert!(std::fs::read(&ws).unwrap() == before, "a failed unlock changed the file");

    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "just some notes\n".repeat(200)).unwrap();
    let mut c = with_pass(&notes, "x");
    c.arg("status");
    let o = run(c);
    assert_eq!(o.code, 2);
    assert_eq!(
        o.stderr.trim(),
        format!("error: {} is not a Waypoint workspace", notes.canonicalize().unwrap().display())
    );
}

#[test]
fn without_keyring_or_passphrase_the_error_names_both_ways_out() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut c = waypoint(&ws);
    // No session bus: the Secret Service cannot answer.
    c.env("DBUS_SESSION_BUS_ADDRESS", format!("unix:path={}/no-bus", dir.path().display()));
    c.arg("init");
    let o = run(c);
    assert_eq!(o.code, 2, "{}", o.stdout);
    assert!(o.stderr.contains("WAYPOINT_PASSPHRASE"), "{}", o.stderr);
    assert!(o.stderr.contains("keyring"), "{}", o.stderr);
    assert!(!ws.exists(), "nothing is created without a key");
}

#[test]
fn a_bad_row_names_file_line_and_field_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace_with_accounts(dir.path(), 0);
    let f = dir.path().join("accounts.csv");
    std::fs::write(
        &f,
        "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at\n\
         ACC-1,One,Software,EMEA,10,Maya,adoption,2026-01-01\n\
         ACC-2,Two,Software,EMEA,many,Maya,adoption,2026-01-01\n",
    )
    .unwrap();
    let mut c = with_pass(&ws, "pw");
    c.args(["import", "accounts"]).arg(&f);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains(&format!("{}:3: field `employees`", f.display())), "{}", o.stderr);
    assert_eq!(status(&ws, "pw")["accounts"], 0);
}

#[test]
fn backup_and_restore_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace_with_accounts(dir.path(), 4);
    let backup = dir.path().join("b.waypoint");
    let mut c = with_pass(&ws, "pw");
    c.arg("backup").arg(&backup);
    ok(c);
    assert!(!std::fs::read(&backup).unwrap().starts_with(b"SQLite format 3"));
    std::fs::remove_file(&ws).unwrap();
    let mut c = with_pass(&ws, "pw");
    c.arg("restore").arg(&backup);
    ok(c);
    assert_eq!(status(&ws, "pw")["accounts"], 4);
}
