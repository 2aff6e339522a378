//! The workspace file's promises, checked on real SQLCipher files.

use std::path::Path;

use store::{Error, KeyChoice, Workspace};

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

async fn add_account(ws: &Workspace, id: &str, name: &str) {
    sqlx::query("INSERT INTO accounts(external_id, name) VALUES (?, ?)")
        .bind(id)
        .bind(name)
        .execute(ws.pool())
        .await
        .unwrap();
}

async fn checkpoint(ws: &Workspace) {
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(ws.pool()).await.unwrap();
}

#[tokio::test]
async fn file_holds_no_plaintext_and_reopens_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.waypoint");
    let ws = Workspace::create(&path, KeyChoice::passphrase("correct horse")).await.unwrap();
    add_account(&ws, "ACC-1", "Zebracorp Secretname").await;
    checkpoint(&ws).await;
    ws.close().await;

    let raw = bytes(&path);
    assert!(!raw.starts_with(b"SQLite format 3"), "header must not be plaintext");
    assert!(!contains(&raw, b"Zebracorp"), "customer name visible in the file");
    assert!(!contains(&raw, b"CREATE TABLE"), "schema visible in the file");

    let ws = Workspace::open(&path, &KeyChoice::passphrase("correct horse")).await.unwrap();
    assert_eq!(ws.status().await.unwrap().accounts, 1);
}

#[tokio::test]
async fn wrong_passphrase_is_refused_and_leaves_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.waypoint");
    let ws = Workspace::create(&path, KeyChoice::passphrase("right")).await.unwrap();
    add_account(&ws, "ACC-1", "A").await;
    checkpoint(&ws).await;
    ws.close().await;
    let before = bytes(&path);

    let err = Workspace::open(&path, &KeyChoice::passphrase("wrong")).await.unwrap_err();
    assert!(matches!(err, Error::WrongKey(_)), "{err:?}");
    assert_eq!(err.code(), "wrong_key");
    assert_eq!(err.to_string(), format!("wrong key or passphrase for {}", path.canonicalize().unwrap().display()));
    assert_eq!(bytes(&path), before, "a failed unlock must not change the file");
}

#[tokio::test]
async fn foreign_files_are_not_workspaces() {
    let dir = tempfile::tempdir().unwrap();
    // A plaintext SQLite database.
    let plain = dir.path().join("plain.db");
    std::process::Command::new("sqlite3")
        .arg(&plain)
        .arg("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .status()
        .expect("sqlite3 is installed");
    let err = Workspace::open(&plain, &KeyChoice::passphrase("x")).await.unwrap_err();
    assert!(matches!(err, Error::NotAWorkspace(_)), "{err:?}");

    // A text file, and an empty file.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "hello\n").unwrap();
    assert!(matches!(Workspace::open(&text, &KeyChoice::passphrase("x")).await, Err(Error::NotAWorkspace(_))));
    let empty = dir.path().join("empty");
    std::fs::write(&empty, "").unwrap();
    assert!(matches!(Workspace::open(&empty, &KeyChoice::passphrase("x")).await, Err(Error::NotAWorkspace(_))));

    // Missing file.
    let err = Workspace::open(&dir.path().join("nope"), &KeyChoice::passphrase("x")).await.unwrap_err();
    assert_eq!(err.code(), "workspace_not_found");
}

#[tokio::test]
async fn create_refuses_to_overwrite_and_empty_passphrases() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.waypoint");
    Workspace::create(&path, KeyChoice::passphrase("p")).await.unwrap().close().await;
    let err = Workspace::create(&path, KeyChoice::passphrase("p")).await.unwrap_err();
    assert_eq!(err.code(), "workspace_exists");
    let err = Workspace::create(&dir.path().join("b"), KeyChoice::passphrase("")).await.unwrap_err();
    assert_eq!(err.code(), "empty_passphrase");
    assert!(!dir.path().join("b").exists());
}

#[tokio::test]
async fn keyring_workspace_rekeys_to_passphrase_and_back() {
    store::keys::use_mock_keyring();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.waypoint");
    let ws = Workspace::create(&path, KeyChoice::Keyring).await.unwrap();
    assert!(ws.uses_keyring());
    add_account(&ws, "ACC-1", "Keyed").await;
    ws.close().await;
    let ws = Workspace::open(&path, &KeyChoice::Keyring).await.unwrap();

    let ws = ws.rekey(KeyChoice::passphrase("now a passphrase")).await.unwrap();
    assert!(!ws.uses_keyring());
    ws.close().await;
    // The keyring entry is gone and the passphrase opens it.
    assert_eq!(Workspace::open(&path, &KeyChoice::Keyring).await.unwrap_err().code(), "no_key_in_keyring");
    let ws = Workspace::open(&path, &KeyChoice::passphrase("now a passphrase")).await.unwrap();
    assert_eq!(ws.status().await.unwrap().accounts, 1);

    let ws = ws.rekey(KeyChoice::Keyring).await.unwrap();
    ws.close().await;
    assert_eq!(
        Workspace::open(&path, &KeyChoice::passphrase("now a passphrase")).await.unwrap_err().code(),
        "wrong_key"
    );
    let ws = Workspace::open(&path, &KeyChoice::Keyring).await.unwrap();
    assert_eq!(ws.status().await.unwrap().accounts, 1);
}

#[tokio::test]
async fn backup_is_encrypted_consistent_and_restorable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.waypoint");
    let key = KeyChoice::passphrase("pw");
    let ws = Workspace::create(&path, key.clone()).await.unwrap();
    add_account(&ws, "ACC-1", "Before Backup Ltd").await;
    let backup = dir.path().join("w.backup");
    ws.backup(&backup).await.unwrap();
    assert_eq!(ws.backup(&backup).await.unwrap_err().code(), "workspace_exists");
    add_account(&ws, "ACC-2", "After Backup Ltd").await;
    ws.close().await;

    let raw = bytes(&backup);
    assert!(!raw.starts_with(b"SQLite format 3"));
    assert!(!contains(&raw, b"Before Backup"));

    let copy = Workspace::open(&backup, &key).await.unwrap();
    assert_eq!(copy.status().await.unwrap().accounts, 1);
    copy.close().await;

    let restored = Workspace::restore(&path, &backup, &key).await.unwrap();
    assert_eq!(restored.status().await.unwrap().accounts, 1);
    restored.close().await;

    // A backup made with another key is refused and the workspace is left alone.
    let other = dir.path().join("other.waypoint");
    let o = Workspace::create(&other, KeyChoice::passphrase("other")).await.unwrap();
    o.close().await;
    let err = Workspace::restore(&path, &other, &key).await.unwrap_err();
    assert_eq!(err.code(), "wrong_key");
    let ws = Workspace::open(&path, &key).await.unwrap();
    assert_eq!(ws.status().await.unwrap().accounts, 1);
}
