//! The snapshot follows the data across sessions made with other settings: a write finishing on
//! the session that settings replaced still makes the new one recompute.

use std::sync::Arc;

use store::{KeyChoice, Workspace};
use views::{Config, Session};

async fn add_account(ws: &Workspace, id: &str) {
    sqlx::query("INSERT INTO accounts (external_id, name) VALUES (?1, ?1)").bind(id).execute(ws.pool()).await.unwrap();
}

#[tokio::test]
async fn a_change_on_the_replaced_session_reaches_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("session")).await.unwrap();
    add_account(&ws, "acc-1").await;
    let old = Session::new(ws, Config::default());
    let new = old.with_config(Config::default());

    let first = new.snapshot().await.unwrap();
    assert_eq!(first.analysis.accounts.len(), 1);
    assert!(Arc::ptr_eq(&first, &new.snapshot().await.unwrap()), "cached while nothing changes");

    // An import still running on the old session commits, then says so there.
    add_account(old.workspace(), "acc-2").await;
    old.changed().await;
    let second = new.snapshot().await.unwrap();
    assert_eq!(second.analysis.accounts.len(), 2);
    new.close().await;
}
