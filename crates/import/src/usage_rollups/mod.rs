//! Usage rollups exported from a warehouse as Parquet: one row per account, day, module and
//! user with that user's events and value events that day (docs/IMPORT.md, "Usage rollups").
//! For teams whose events live in Snowflake, BigQuery, Databricks or DuckDB: billions of raw
//! events become a few million rows that hold everything the analysis reads.
//!
//! A rollup row *states* a user's day; it does not add to it. For every account the import
//! holds rows for, the import is the truth from its first day to its last: rows are inserted
//! or corrected, and the user-days the store holds there that the import lacks are removed.
//! So re-importing an export changes nothing, and a corrected re-export of a period replaces
//! it. The daily and week rollups of the days touched are then derived again from the rows.
//!
//! Read with the arrow-rs `parquet` crate: it reads every encoding and the compressions
//! warehouses write (Snappy, ZSTD, GZIP, LZ4), row group by row group with only the columns
//! needed, so memory stays one batch whatever the file size. DuckDB's crate would bring a
//! second SQL engine (and a large C++ build) to do what one reader does.

pub(crate) mod parquet;
mod stage;

use std::path::{Path, PathBuf};

use i18n::{Arg, Text};
use rustc_hash::FxHashMap;
use sqlx::SqliteConnection;

use crate::error::why;
use crate::records::log_import;
use crate::{Error, ImportOptions, ImportProgress, ImportReport, UnknownAccounts};
use parquet::ParquetFile;
use stage::{Pos, Stage, Staged};

pub(crate) async fn import(ws: &store::Workspace, path: &Path, opts: &ImportOptions) -> Result<ImportReport, Error> {
    let files = parquet_files(path)?;
    let opened = files.iter().map(|f| ParquetFile::open(f, opts)).collect::<Result<Vec<_>, _>>()?;
    let total_rows: u64 = opened.iter().map(|f| f.rows).sum();
    let mut tx = ws.write().await?;
    let mut names = Names::load(&mut tx).await?;
    let mut stage = Stage::start(&mut tx).await?;
    let mut report = ImportReport::new("usage-rollups", path);
    let mut unknown_first: Vec<String> = Vec::new();
    let mut rows: Vec<Staged> = Vec::new();
    let started = std::time::Instant::now();
    for (fi, file) in opened.iter().enumerate() {
        for group in 0..file.groups() {
            for cells in file.batches(group)? {
                let cells = cells?;
                opts.check_cancel(path)?;
                rows.clear();
                for i in 0..cells.len {
                    let at = cells.first_row + i as u64;
                    let cell_error = |column: usize, reason: Text| Error::Cell {
                        file: file.path.clone(),
                        group: cells.group,
                        row: at + 1,
                        column: file.names[column].clone(),
                        reason,
                    };
                    let row = cells.row(i).map_err(|(c, reason)| cell_error(c, reason))?;
                    report.rows += 1;
                    let account = match names.account(&mut tx, row.account, opts.events.unknown_accounts).await? {
                        Some(a) => a,
                        None if opts.events.unknown_accounts == UnknownAccounts::Skip => {
                            report.skipped += 1;
                            if unknown_first.len() < 5 && !unknown_first.iter().any(|a| a == row.account) {
                                unknown_first.push(row.account.to_string());
                            }
                            continue;
                        }
                        None => {
                            return Err(cell_error(
                                0,
                                Text::new("error-import-unknown-event-account").arg("account", Arg::Str(row.account.to_string())),
                            ));
                        }
                    };
                    let module = names.module(&mut tx, row.module).await.map_err(|e| match e {
                        Named::Bad(reason) => cell_error(2, reason),
                        Named::Db(e) => e,
                    })?;
                    let user = names.user(account, row.user);
                    let pos = Pos { file: fi, row: at };
                    rows.push(Staged { account, day: row.day, module, user, events: row.events, value_events: row.value_events, pos });
                }
                names.insert_new_users(&mut tx, &mut rows).await?;
                stage.write(&mut tx, &rows).await?;
                progress(opts, &opened, report.rows, total_rows);
            }
        }
    }
    if let Some((first, again)) = stage.repeat(&mut tx).await? {
        let file = &opened[again.file];
        let first_file = opened[first.file].path.display().to_string();
        return Err(Error::Cell {
            file: file.path.clone(),
            group: file.group_of(again.row),
            row: again.row + 1,
            column: "(row)".into(),
            reason: Text::new("error-import-rollup-repeat").arg("file", Arg::Str(first_file)).arg("row", Arg::Int(first.row as i64 + 1)),
        });
    }
    tracing::debug!(read_and_stage = ?started.elapsed(), rows = report.rows, "usage rollups read");
    let merged = stage.merge(&mut tx).await?;
    let t = std::time::Instant::now();
    if merged.inserted + merged.updated + merged.removed > 0 {
        // Type-level value counts come with raw events only; a replaced day's are stale.
        sqlx::query("DELETE FROM value_event_days WHERE account_id IN (SELECT value FROM json_each(?1)) AND day BETWEEN ?2 AND ?3")
            .bind(format!("[{}]", merged.accounts.iter().map(i64::to_string).collect::<Vec<_>>().join(",")))
            .bind(&merged.from)
            .bind(&merged.to)
            .execute(&mut *tx)
            .await?;
        // A few accounts at a time: the week rollups' grouping sorts their rows, in memory.
        for accounts in merged.accounts.chunks(32) {
            store::rollups::rebuild_accounts(&mut tx, accounts, &merged.from, &merged.to).await?;
        }
        crate::records::link_users_to_contacts(&mut tx).await?;
        tracing::debug!(rebuild = ?t.elapsed(), "usage rollups: daily and week rollups derived again");
    }
    report.inserted = merged.inserted;
    report.updated = merged.updated;
    report.unchanged = report.rows - report.skipped - merged.inserted - merged.updated;
    if merged.removed > 0 {
        report.notes.push(format!(
            "{} user-days removed: the import holds its accounts' usage from {} to {} and no longer has them",
            merged.removed, merged.from, merged.to
        ));
    }
    if report.skipped > 0 {
        report.notes.push(format!("{} rows of unknown accounts skipped, e.g. {}", report.skipped, unknown_first.join(", ")));
    }
    let hash = content_hash(&files)?;
    log_import(&mut tx, &report, &hash).await?;
    opts.commit(tx, path).await?;
    if !opts.dry_run {
        ws.checkpoint_after_bulk_write().await;
    }
    Ok(report)
}

/// The file itself, or every `.parquet` file of a folder (a warehouse writes an export as
/// many parts), in name order so errors and positions are stable.
fn parquet_files(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let io = |e| Error::Io { file: path.into(), source: e };
    if !std::fs::metadata(path).map_err(io)?.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(io)? {
        let p = entry.map_err(io)?.path();
        if p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("parquet")) {
            files.push(p);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::File { file: path.into(), reason: why("error-import-parquet-empty-folder") });
    }
    Ok(files)
}

fn content_hash(files: &[PathBuf]) -> Result<String, Error> {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for f in files {
        let mut input = std::fs::File::open(f).map_err(|e| Error::Io { file: f.clone(), source: e })?;
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = std::io::Read::read(&mut input, &mut buf).map_err(|e| Error::Io { file: f.clone(), source: e })?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
        }
    }
    Ok(format!("{:032x}", hasher.digest128()))
}

fn progress(opts: &ImportOptions, files: &[ParquetFile], rows: u64, total: u64) {
    if let Some(p) = &opts.progress {
        let bytes: u64 = files.iter().map(|f| f.bytes).sum();
        let bytes_read = if total == 0 { bytes } else { (bytes as f64 * rows as f64 / total as f64) as u64 };
        p(ImportProgress { bytes_read, bytes_total: bytes, rows });
    }
}

/// A module name that is no key, or a database failure.
enum Named {
    Bad(Text),
    Db(Error),
}

impl From<sqlx::Error> for Named {
    fn from(e: sqlx::Error) -> Named {
        Named::Db(e.into())
    }
}

/// The workspace's accounts, modules and users by the names the file uses. A user first seen
/// gets a negative placeholder id until its batch's new users are inserted together.
struct Names {
    accounts: FxHashMap<String, i64>,
    modules: FxHashMap<String, i64>,
    users: FxHashMap<i64, FxHashMap<String, i64>>,
    new_users: Vec<(i64, String)>,
}

impl Names {
    async fn load(conn: &mut SqliteConnection) -> Result<Names, Error> {
        let accounts: Vec<(String, i64)> = sqlx::query_as("SELECT external_id, id FROM accounts").fetch_all(&mut *conn).await?;
        let modules: Vec<(String, i64)> = sqlx::query_as("SELECT key, id FROM modules").fetch_all(&mut *conn).await?;
        let all_users: Vec<(i64, String, i64)> = sqlx::query_as("SELECT account_id, external_id, id FROM users").fetch_all(&mut *conn).await?;
        let mut users: FxHashMap<i64, FxHashMap<String, i64>> = FxHashMap::default();
        for (a, u, id) in all_users {
            users.entry(a).or_default().insert(u, id);
        }
        Ok(Names { accounts: accounts.into_iter().collect(), modules: modules.into_iter().collect(), users, new_users: Vec::new() })
    }

    /// The account's id; None for an unknown one unless unknown accounts are created.
    async fn account(&mut self, conn: &mut SqliteConnection, id: &str, unknown: UnknownAccounts) -> Result<Option<i64>, Error> {
        if let Some(a) = self.accounts.get(id) {
            return Ok(Some(*a));
        }
        if unknown != UnknownAccounts::Create {
            return Ok(None);
        }
        let a: i64 = sqlx::query_scalar("INSERT INTO accounts(external_id, name) VALUES (?, ?) RETURNING id")
            .bind(id)
            .bind(id)
            .fetch_one(&mut *conn)
            .await?;
        self.accounts.insert(id.to_string(), a);
        Ok(Some(a))
    }

    async fn module(&mut self, conn: &mut SqliteConnection, name: &str) -> Result<i64, Named> {
        if let Some(m) = self.modules.get(name) {
            return Ok(*m);
        }
        let key = crate::catalog::module_key(name).map_err(|e| Named::Bad(e.text()))?;
        let id = match self.modules.get(&key) {
            Some(m) => *m,
            None => {
                sqlx::query("INSERT OR IGNORE INTO modules(key, name) VALUES (?, ?)").bind(&key).bind(key.replace('_', " ")).execute(&mut *conn).await?;
                sqlx::query_scalar("SELECT id FROM modules WHERE key = ?").bind(&key).fetch_one(&mut *conn).await?
            }
        };
        self.modules.insert(key, id);
        self.modules.insert(name.to_string(), id);
        Ok(id)
    }

    fn user(&mut self, account: i64, id: &str) -> i64 {
        let known = self.users.entry(account).or_default();
        if let Some(u) = known.get(id) {
            return *u;
        }
        self.new_users.push((account, id.to_string()));
        let placeholder = -(self.new_users.len() as i64);
        known.insert(id.to_string(), placeholder);
        placeholder
    }

    /// Inserts the users first seen in this batch and puts their ids into `rows`.
    async fn insert_new_users(&mut self, conn: &mut SqliteConnection, rows: &mut [Staged]) -> Result<(), Error> {
        if self.new_users.is_empty() {
            return Ok(());
        }
        let mut ids = Vec::with_capacity(self.new_users.len());
        for chunk in self.new_users.chunks(200) {
            let mut sql = String::from("INSERT INTO users(account_id, external_id) VALUES ");
            for i in 0..chunk.len() {
                sql.push_str(if i == 0 { "(?,?)" } else { ",(?,?)" });
            }
            sql.push_str(" RETURNING account_id, external_id, id");
            let mut q = sqlx::query_as::<_, (i64, String, i64)>(sqlx::AssertSqlSafe(sql));
            for (a, u) in chunk {
                q = q.bind(*a).bind(u.as_str());
            }
            // RETURNING order is unspecified: map back by key.
            let got: FxHashMap<(i64, String), i64> = q.fetch_all(&mut *conn).await?.into_iter().map(|(a, u, id)| ((a, u), id)).collect();
            for k in chunk {
                // Every user inserted is returned; a miss would be a database fault.
                ids.push(*got.get(k).ok_or(sqlx::Error::RowNotFound)?);
            }
        }
        for ((a, u), id) in self.new_users.drain(..).zip(&ids) {
            if let Some(known) = self.users.get_mut(&a) {
                known.insert(u, *id);
            }
        }
        for r in rows.iter_mut().filter(|r| r.user < 0) {
            r.user = ids[(-r.user - 1) as usize];
        }
        Ok(())
    }
}
