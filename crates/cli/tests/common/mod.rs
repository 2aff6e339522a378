#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The `waypoint` binary with a clean key environment: no passphrase, no ambient workspace.
pub fn waypoint(ws: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_waypoint"));
    c.arg("--workspace").arg(ws);
    c.env_remove("WAYPOINT_PASSPHRASE").env_remove("WAYPOINT_WORKSPACE");
    // English unless a test asks otherwise: the default language is the OS's, and a test
    // machine set to French must not change what the English assertions read.
    c.env_remove("WAYPOINT_LANG").env_remove("LC_MESSAGES").env("LC_ALL", "C").env("LANG", "C");
    c
}

pub fn with_pass(ws: &Path, pass: &str) -> Command {
    let mut c = waypoint(ws);
    c.env("WAYPOINT_PASSPHRASE", pass);
    c
}

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(mut c: Command) -> Out {
    let o = c.output().expect("waypoint runs");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

pub fn ok(c: Command) -> String {
    let o = run(c);
    assert_eq!(o.code, 0, "stderr: {}", o.stderr);
    o.stdout
}

/// A command's JSON output (it must succeed).
pub fn json(c: Command) -> serde_json::Value {
    serde_json::from_str(&ok(c)).expect("the command prints JSON")
}

pub fn status(ws: &Path, pass: &str) -> serde_json::Value {
    let mut c = with_pass(ws, pass);
    c.args(["status", "--json"]);
    serde_json::from_str(&ok(c)).expect("status --json is JSON")
}

/// A Segment JSONL file of `n` events over `accounts` accounts (ACC-1..), time ordered.
pub fn events_file(dir: &Path, name: &str, n: usize, accounts: usize) -> PathBuf {
    use std::io::Write;
    let p = dir.join(name);
    let mut w = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
    for i in 0..n {
        let a = i % accounts + 1;
        let day = 1 + (i * 28 / n.max(1));
        writeln!(
            w,
            r#"{{"type":"track","event":"dashboard_viewed","userId":"u{}","messageId":"{name}-{i}","timestamp":"2026-08-{day:02}T10:00:00Z","context":{{"groupId":"ACC-{a}"}},"properties":{{"module":"visualization"}}}}"#,
            i % 7
        )
        .unwrap();
    }
    w.flush().unwrap();
    p
}

pub fn accounts_file(dir: &Path, accounts: usize) -> PathBuf {
    let p = dir.join("accounts.csv");
    let mut s = String::from("account_id,name,industry,region,employees,owner,lifecycle_stage,created_at\n");
    for a in 1..=accounts {
        s.push_str(&format!("ACC-{a},Account {a},Software,EMEA,100,Maya Chen,adoption,2026-01-01\n"));
    }
    std::fs::write(&p, s).unwrap();
    p
}

/// A new passphrase (`pw`) workspace in `dir` holding accounts ACC-1..=ACC-`accounts`.
pub fn workspace_with_accounts(dir: &Path, accounts: usize) -> PathBuf {
    let ws = dir.join("w.waypoint");
    let mut init = with_pass(&ws, "pw");
    init.arg("init");
    ok(init);
    if accounts > 0 {
        let mut c = with_pass(&ws, "pw");
        c.args(["import", "accounts"]).arg(accounts_file(dir, accounts));
        ok(c);
    }
    ws
}
