//! Row-by-row reads through SQLite's C API, for the loader's queries that return tens of
//! thousands of rows or aggregate a million.
//!
//! Why by hand: sqlx decodes a SQLite row in about 5 µs (each row crosses a channel from its
//! worker thread and every value is allocated); stepping the same statement through the C
//! API takes well under 1 µs. Measured on the 2,000-account demo, that is the difference
//! between seconds and a fraction of one for a full recompute. No crate offers a cheaper
//! read path over sqlx's own connection, and opening a second (rusqlite) connection would
//! repeat the key derivation and the page cache.
//!
//! Safety: the `sqlite3*` comes from a pooled connection locked with sqlx's
//! `LockedSqliteHandle` for the whole call, and is used synchronously inside it (on a
//! multi-thread runtime via `block_in_place`, so the worker is handed over rather than
//! blocked), never concurrently and never after the lock is released.

use std::ffi::{CStr, CString, c_int};
use std::ptr;

use libsqlite3_sys as ffi;
use sqlx::SqlitePool;

use crate::Error;

/// A bound parameter.
pub(crate) enum Param {
    Text(String),
    Null,
}

impl From<Option<&str>> for Param {
    fn from(v: Option<&str>) -> Param {
        v.map_or(Param::Null, |s| Param::Text(s.to_string()))
    }
}

impl From<String> for Param {
    fn from(v: String) -> Param {
        Param::Text(v)
    }
}

/// The current row of a statement being stepped.
pub(crate) struct Row {
    stmt: *mut ffi::sqlite3_stmt,
}

impl Row {
    pub fn int(&self, col: c_int) -> i64 {
        // SAFETY: `stmt` is a live statement positioned on a row (see `fold`).
        unsafe { ffi::sqlite3_column_int64(self.stmt, col) }
    }

    pub fn text(&self, col: c_int) -> Option<&str> {
        // SAFETY: as above; the pointer stays valid until the next step, which cannot
        // happen while `&self` is borrowed.
        unsafe {
            let p = ffi::sqlite3_column_text(self.stmt, col);
            if p.is_null() {
                return None;
            }
            let n = ffi::sqlite3_column_bytes(self.stmt, col) as usize;
            std::str::from_utf8(std::slice::from_raw_parts(p, n)).ok()
        }
    }

    pub fn opt_int(&self, col: c_int) -> Option<i64> {
        // SAFETY: as above.
        let null = unsafe { ffi::sqlite3_column_type(self.stmt, col) } == ffi::SQLITE_NULL;
        (!null).then(|| self.int(col))
    }
}

fn sqlite_error(db: *mut ffi::sqlite3) -> Error {
    // SAFETY: `db` is a live handle; the message is copied before any other call.
    let msg = unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(db)) }.to_string_lossy().into_owned();
    Error::Raw(msg)
}

/// Runs `sql` with `params` (?1, ?2, ... in order) and folds every row into `acc`.
pub(crate) async fn fold<A>(
    pool: &SqlitePool,
    sql: &'static str,
    params: &[Param],
    acc: A,
    mut step: impl FnMut(&mut A, &Row) -> Result<(), Error>,
) -> Result<A, Error> {
    let mut conn = pool.acquire().await?;
    let mut handle = conn.lock_handle().await?;
    let db = handle.as_raw_handle().as_ptr();
    let run = move || -> Result<A, Error> {
        let mut acc = acc;
        let c_sql = CString::new(sql).map_err(|e| Error::Raw(e.to_string()))?;
        let mut stmt: *mut ffi::sqlite3_stmt = ptr::null_mut();
        // SAFETY: `db` is locked for us; `stmt` is finalized on every path below.
        unsafe {
            if ffi::sqlite3_prepare_v2(db, c_sql.as_ptr(), -1, &mut stmt, ptr::null_mut()) != ffi::SQLITE_OK {
                return Err(sqlite_error(db));
            }
            let result = (|| {
                for (i, p) in params.iter().enumerate() {
                    let rc = match p {
                        Param::Null => ffi::sqlite3_bind_null(stmt, i as c_int + 1),
                        Param::Text(s) => ffi::sqlite3_bind_text(
                            stmt,
                            i as c_int + 1,
                            s.as_ptr().cast(),
                            s.len() as c_int,
                            ffi::SQLITE_TRANSIENT(),
                        ),
                    };
                    if rc != ffi::SQLITE_OK {
                        return Err(sqlite_error(db));
                    }
                }
                let row = Row { stmt };
                let mut rows = 0u64;
                let (mut x, mut y) = (0, 0);
                ffi::sqlite3_db_status(db, ffi::SQLITE_DBSTATUS_CACHE_HIT, &mut x, &mut y, 1);
                ffi::sqlite3_db_status(db, ffi::SQLITE_DBSTATUS_CACHE_MISS, &mut x, &mut y, 1);
                loop {
                    match ffi::sqlite3_step(stmt) {
                        ffi::SQLITE_ROW => {
                            rows += 1;
                            step(&mut acc, &row)?
                        }
                        ffi::SQLITE_DONE => {
                            let (mut hit, mut miss, mut hw) = (0, 0, 0);
                            ffi::sqlite3_db_status(db, ffi::SQLITE_DBSTATUS_CACHE_HIT, &mut hit, &mut hw, 1);
                            ffi::sqlite3_db_status(db, ffi::SQLITE_DBSTATUS_CACHE_MISS, &mut miss, &mut hw, 1);
                            tracing::trace!(rows, hit, miss, sql = sql.lines().nth(1).unwrap_or(sql).trim(), "raw read");
                            return Ok(());
                        }
                        _ => return Err(sqlite_error(db)),
                    }
                }
            })();
            ffi::sqlite3_finalize(stmt);
            result.map(|()| acc)
        }
    };
    let multi = tokio::runtime::Handle::try_current()
        .is_ok_and(|h| h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread);
    let out = if multi { tokio::task::block_in_place(run) } else { run() };
    drop(handle);
    out
}
