//! The default key path against a real Secret Service (gnome-keyring). `make test` runs the
//! suite inside `scripts/with-keyring.sh`, which starts one and sets WAYPOINT_TEST_KEYRING.

mod common;

use common::*;

fn keyring_available() -> bool {
    if std::env::var("WAYPOINT_TEST_KEYRING").as_deref() == Ok("1") {
        return true;
    }
    eprintln!("keyring test not run: start it through scripts/with-keyring.sh (make test does)");
    false
}

#[test]
fn keyring_key_opens_from_another_process_and_rekeys_both_ways() {
    if !keyring_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("k.waypoint");
    let mut c = waypoint(&ws);
    c.arg("init");
    assert!(ok(c).contains("OS keyring"));

    // The key is in the keyring under the workspace's absolute path, not on disk.
    let abs = ws.canonicalize().unwrap();
    let found = std::process::Command::new("secret-tool")
        .args(["search", "service", "app.waypoint.workspace", "username"])
        .arg(&abs)
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&found.stdout) + String::from_utf8_lossy(&found.stderr);
    assert!(listing.contains("secret = "), "secret-tool found no item: {listing}");
    let secret = listing.lines().find_map(|l| l.strip_prefix("secret = ")).unwrap().trim().to_string();
    assert_eq!(secret.len(), 64, "a 256-bit key, hex");
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!bytes.windows(64).any(|w| w == secret.as_bytes()), "key found on disk");
    }

    let mut c = waypoint(&ws);
    c.args(["status", "--json"]);
    let s: serde_json::Value = serde_json::from_str(&ok(c)).unwrap();
    assert_eq!(s["accounts"], 0);

    // Keyring -> passphrase: the keyring no longer opens it, the passphrase does.
    let mut c = waypoint(&ws);
    c.env("WAYPOINT_NEW_PASSPHRASE", "switched");
    c.args(["rekey", "--to", "passphrase"]);
    ok(c);
    let mut c = waypoint(&ws);
    c.arg("status");
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("WAYPOINT_PASSPHRASE"), "{}", o.stderr);
    assert_eq!(status(&ws, "switched")["accounts"], 0);

    // Passphrase -> keyring again (the passphrase opens it, the keyring gets a new key).
    let mut c = with_pass(&ws, "switched");
    c.args(["rekey", "--to", "keyring"]);
    ok(c);
    let mut c = waypoint(&ws);
    c.arg("status");
    ok(c);
}
