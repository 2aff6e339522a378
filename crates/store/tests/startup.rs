//! Several threads opening their first workspaces at the same moment all find SQLCipher
//! ready. Its own binary: SQLite starts once per process, so only a test that is the first
//! to open anything can see the start-up window. The window is microseconds wide: before the
//! fix this test failed about once in 100 runs (1/100 measured), so it guards against the
//! race coming back rather than proving its absence in one run.

use std::sync::{Arc, Barrier};

use store::{KeyChoice, Workspace};

#[test]
fn first_connections_opened_at_once_from_many_threads_all_get_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let threads = 32;
    let start = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let path = dir.path().join(format!("w{i}.waypoint"));
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    start.wait();
                    let ws = Workspace::create(&path, KeyChoice::passphrase("pw"))
                        .await
                        .map_err(|e| e.to_string())?;
                    ws.close().await;
                    Ok::<_, String>(())
                })
            })
        })
        .collect();
    let failures: Vec<String> = handles
        .into_iter()
        .filter_map(|h| h.join().unwrap().err())
        .collect();
    assert!(failures.is_empty(), "{failures:?}");
}
