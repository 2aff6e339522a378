//! The process-wide cap on SQLite's memory: reading a workspace larger than the cap fills the
//! page caches without it and stays under it with it. Its own binary, because the cap is
//! process-wide and would bound every other test running beside it.

use store::{KeyChoice, Workspace};

const MIB: i64 = 1024 * 1024;

/// Reads every row of the filler table on each of `n` connections at once, so each one's cache
/// holds the table's pages (as the app's four pooled connections do after loading a book).
async fn scan_on_many_connections(ws: &Workspace, n: usize) {
    let mut conns = Vec::new();
    for _ in 0..n {
        conns.push(ws.pool().acquire().await.unwrap());
    }
    for conn in &mut conns {
        let (rows, bytes): (i64, i64) = store::sqlx::query_as("SELECT COUNT(*), SUM(LENGTH(body)) FROM filler")
            .fetch_one(&mut **conn)
            .await
            .unwrap();
        assert_eq!((rows, bytes), (ROWS, ROWS * BODY));
    }
}

const ROWS: i64 = 60_000;
const BODY: i64 = 400;

#[tokio::test]
async fn the_cap_bounds_the_page_caches_of_every_connection() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::create(&dir.path().join("big.waypoint"), KeyChoice::passphrase("pw")).await.unwrap();
    store::sqlx::query("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)").execute(ws.pool()).await.unwrap();
    // About 24 MiB of rows: more than the cap below, less than one connection's 64 MiB cache.
    store::sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
         INSERT INTO filler (id, body) SELECT i, randomblob(?2) FROM n",
    )
    .bind(ROWS)
    .bind(BODY)
    .execute(ws.pool())
    .await
    .unwrap();

    scan_on_many_connections(&ws, 3).await;
    let uncapped = store::memory_used();
    assert!(uncapped > 40 * MIB, "three connections cache the table three times: {} MiB", uncapped / MIB);

    store::limit_memory(8 * MIB).unwrap();
    scan_on_many_connections(&ws, 3).await;
    let capped = store::memory_used();
    // The cap is on all of SQLite's memory; a little over it is the pages in use right now.
    assert!(capped < 10 * MIB, "{} MiB held under an 8 MiB cap", capped / MIB);
    ws.close().await;
}
