//! Every connection is counted until SQLite has fully closed it, so exit can wait for
//! closing to finish. One test per binary: the count is process-wide.

use std::time::{Duration, Instant};

use store::{open_connections, KeyChoice, Workspace};

async fn settle(deadline: Duration) -> usize {
    let end = Instant::now() + deadline;
    while open_connections() > 0 && Instant::now() < end {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    open_connections()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_are_counted_until_closed_even_when_a_workspace_is_only_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.waypoint");
    assert_eq!(open_connections(), 0);

    let ws = Workspace::create(&path, KeyChoice::passphrase("pw")).await.unwrap();
    // Two reads held at once force a second pooled connection.
    let mut a = ws.pool().acquire().await.unwrap();
    let mut b = ws.pool().acquire().await.unwrap();
    let one: i64 = sqlx::query_scalar("SELECT 1").fetch_one(&mut *a).await.unwrap();
    let two: i64 = sqlx::query_scalar("SELECT 2").fetch_one(&mut *b).await.unwrap();
    assert_eq!((one, two), (1, 2));
    assert!(open_connections() >= 2, "{} open", open_connections());
    drop((a, b));
    ws.close().await;
    assert_eq!(open_connections(), 0, "close() returns after every connection is gone");

    // Dropping without close() leaves closing to the worker threads; the count still
    // reaches zero on its own, which is what the exit handler waits for.
    let ws = Workspace::open(&path, &KeyChoice::passphrase("pw")).await.unwrap();
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM accounts").fetch_one(ws.pool()).await.unwrap();
    assert_eq!(n, 0);
    assert!(open_connections() >= 1);
    drop(ws);
    assert_eq!(settle(Duration::from_secs(10)).await, 0);

    // A wrong key opens no lasting connection either.
    assert!(Workspace::open(&path, &KeyChoice::passphrase("nope")).await.is_err());
    assert_eq!(settle(Duration::from_secs(10)).await, 0);
}
