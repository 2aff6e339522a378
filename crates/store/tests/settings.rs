//! Settings stored in the encrypted workspace: they survive closing and reopening with the
//! key, never appear in the file as plaintext, and only JSON gets in.

use std::path::Path;

use store::{KeyChoice, Workspace};

fn file_contains(path: &Path, needle: &[u8]) -> bool {
    std::fs::read(path).unwrap().windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn settings_round_trip_through_the_encrypted_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.waypoint");
    let ws = Workspace::create(&path, KeyChoice::passphrase("settings pw")).await.unwrap();
    assert_eq!(ws.setting("scorecard").await.unwrap(), None);
    assert!(ws.all_settings().await.unwrap().is_empty());

    let card = r#"{"weights":{"nps":0,"breadth":35},"green_at":75,"marker":"Quokkaplan"}"#;
    ws.set_setting("scorecard", card).await.unwrap();
    ws.set_setting("brand", r##"{"company":"Acme","accent":"#009E73"}"##).await.unwrap();
    // Replacing keeps one row per key.
    ws.set_setting("brand", r##"{"company":"Acme Corp","accent":"#009E73"}"##).await.unwrap();
    let stamp: String = sqlx::query_scalar("SELECT updated_at FROM settings WHERE key = 'brand'").fetch_one(ws.pool()).await.unwrap();
    assert!(stamp.len() == 20 && stamp.ends_with('Z') && &stamp[10..11] == "T", "{stamp}");
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(ws.pool()).await.unwrap();
    ws.close().await;

    assert!(!file_contains(&path, b"Quokkaplan"), "a setting is readable in the file");
    let ws = Workspace::open(&path, &KeyChoice::passphrase("settings pw")).await.unwrap();
    assert_eq!(ws.setting("scorecard").await.unwrap().as_deref(), Some(card));
    let all = ws.all_settings().await.unwrap();
    assert_eq!(all.keys().collect::<Vec<_>>(), ["brand", "scorecard"]);
    assert_eq!(all["brand"], r##"{"company":"Acme Corp","accent":"#009E73"}"##);
    assert_eq!(ws.setting("no-such-key").await.unwrap(), None);
    ws.close().await;
}

#[tokio::test]
async fn text_that_is_not_json_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::create(&dir.path().join("j.waypoint"), KeyChoice::passphrase("pw")).await.unwrap();
    ws.set_setting("alerts", r#"{"silent_days":10}"#).await.unwrap();
    let err = ws.set_setting("alerts", "{silent_days: 10").await.unwrap_err();
    assert_eq!(err.code(), "db");
    assert_eq!(ws.setting("alerts").await.unwrap().as_deref(), Some(r#"{"silent_days":10}"#));
    ws.close().await;
}
