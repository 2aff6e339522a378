//! Starts SQLCipher before the first connection and lets connections finish closing before
//! the process exits.
//!
//! SQLite marks itself initialised before it runs SQLCipher's own set-up (`SQLITE_EXTRA_INIT`
//! runs after the init mutex is released), so a second thread opening its first connection in
//! that window skips initialisation, finds SQLCipher not ready and fails `PRAGMA key` ("sqlcipher
//! not initialized", seen once in a CI run of parallel tests). [`initialize`] runs
//! `sqlite3_initialize` to completion exactly once, and every other opener waits for it.
//!
//! SQLCipher frees its global state (private heap, providers, mutexes) from a `.fini_array`
//! destructor when the process exits. SQLx closes a dropped pool's connections on their own
//! worker threads, so a program that drops a workspace and returns from `main` at once can
//! still be inside `sqlite3_close` on a worker when that destructor runs, and crash at exit
//! (seen as an occasional SIGSEGV after every test of a binary had passed).
//!
//! Every connection we open therefore carries a marker, a collation whose destructor SQLite
//! runs only after the connection's pages and codec are gone, and an `atexit` handler (which
//! runs before the library destructors) waits, for a bounded time, until no marked connection
//! is left. Nothing here changes how queries run: the collation is never used by any SQL.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, SqliteConnection};

/// Connections opened and not yet closed all the way down.
static OPEN: AtomicUsize = AtomicUsize::new(0);

/// How long exit may wait: closing takes milliseconds, so this only bounds the case of a
/// connection that is still open, idle, at exit (nothing touches SQLCipher then anyway).
const EXIT_WAIT: Duration = Duration::from_secs(1);

/// Held by SQLite for the life of one connection; dropped by the collation's destructor.
struct Marker;

impl Marker {
    fn new() -> Marker {
        OPEN.fetch_add(1, Ordering::SeqCst);
        Marker
    }
}

impl Drop for Marker {
    fn drop(&mut self) {
        OPEN.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Finishes SQLite's and SQLCipher's process-wide set-up before any connection is opened.
pub(crate) fn initialize() -> Result<(), sqlx::Error> {
    static STARTED: std::sync::OnceLock<std::os::raw::c_int> = std::sync::OnceLock::new();
    // SAFETY: sqlite3_initialize takes no arguments and is safe to call from any thread; the
    // OnceLock makes every other caller wait until this one call has returned.
    let rc = *STARTED.get_or_init(|| unsafe { libsqlite3_sys::sqlite3_initialize() });
    if rc == libsqlite3_sys::SQLITE_OK {
        Ok(())
    } else {
        Err(sqlx::Error::Configuration(format!("SQLCipher failed to start (SQLite code {rc})").into()))
    }
}

/// Caps what SQLite may hold in memory, process-wide, above all its page caches. Each pooled
/// connection may cache 64 MiB of pages (imports and full reads of a book want that), so a
/// long-running app whose four connections have each read a large book would otherwise keep
/// up to 256 MiB of pages for as long as it stays open. Over the cap SQLite frees and recycles
/// cached pages instead of growing. The CLI, which exits after one job, sets no cap.
pub fn limit_memory(bytes: i64) -> Result<(), sqlx::Error> {
    initialize()?;
    // SAFETY: sqlite3_soft_heap_limit64 sets a process-wide advisory limit; it is thread-safe
    // and may be called at any time after initialisation.
    unsafe {
        libsqlite3_sys::sqlite3_soft_heap_limit64(bytes);
    }
    Ok(())
}

/// Bytes SQLite holds right now across every connection (page caches, statements...); for
/// tests of [`limit_memory`].
#[doc(hidden)]
pub fn memory_used() -> i64 {
    // SAFETY: a read of SQLite's own counter, thread-safe.
    unsafe { libsqlite3_sys::sqlite3_memory_used() }
}

/// Marks a freshly opened connection so that exit waits for it to close.
pub(crate) async fn mark(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    wait_at_exit();
    let marker = Marker::new();
    let mut handle = conn.lock_handle().await?;
    // If registering fails, SQLite never owns the closure and dropping it un-counts it.
    handle.create_collation("waypoint_open_marker", move |a: &str, b: &str| {
        let _held = &marker;
        a.cmp(b)
    })
}

/// Opens one marked connection (for verification, creation and rekeying).
pub(crate) async fn connect(options: &SqliteConnectOptions) -> Result<SqliteConnection, sqlx::Error> {
    initialize()?;
    let mut conn = options.connect().await?;
    mark(&mut conn).await?;
    Ok(conn)
}

/// Connections still open right now (tests use it to see closing finish).
pub fn open_connections() -> usize {
    OPEN.load(Ordering::SeqCst)
}

#[cfg(unix)]
fn wait_at_exit() {
    static REGISTERED: std::sync::Once = std::sync::Once::new();
    extern "C" fn wait_for_close() {
        let deadline = Instant::now() + EXIT_WAIT;
        while OPEN.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
    REGISTERED.call_once(|| {
        // SAFETY: registers a plain function with no captured state; it only reads an atomic
        // and sleeps, which is allowed while the process exits.
        unsafe {
            libc::atexit(wait_for_close);
        }
    });
}

#[cfg(not(unix))]
fn wait_at_exit() {
    // SQLCipher's exit-time cleanup on Windows runs from DllMain only for a DLL build;
    // the statically linked library has no destructor that could race a closing connection.
    let _ = (Instant::now(), EXIT_WAIT);
}
