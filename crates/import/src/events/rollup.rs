//! The writing half of an event import: deduplicates against the workspace, aggregates
//! per user x module x day in memory, and writes rollups with multi-row statements (one
//! statement per few hundred rows is what makes a million events a second reachable).

use std::collections::HashMap;
use std::fmt::Write;

use rustc_hash::FxHashMap;
use sqlx::SqliteConnection;

use super::parse::{Batch, Event};
use super::recent::{Check, RecentIds};
use crate::Error;

/// Aggregated rows held before a flush; bounds memory whatever the file size.
const FLUSH_AT: usize = 1 << 20;
const KEYS_PER_STMT: usize = 400;
const ROWS_PER_STMT: usize = 150;

/// Interned numbers -> database ids.
pub(crate) struct Ids {
    accounts: Vec<(String, i64)>,
    modules: Vec<(String, i64)>,
    users: Vec<i64>,
}

impl Ids {
    pub(super) fn account_id(&self, a: u32) -> i64 {
        self.accounts[a as usize].1
    }

    pub(super) fn module_id(&self, m: u32) -> i64 {
        self.modules[m as usize].1
    }

    pub(super) fn user_id(&self, u: u32) -> i64 {
        self.users[u as usize]
    }

    pub(crate) async fn load(conn: &mut SqliteConnection) -> Result<Ids, Error> {
        let accounts = sqlx::query_as("SELECT external_id, id FROM accounts ORDER BY id").fetch_all(&mut *conn).await?;
        let modules = sqlx::query_as("SELECT key, id FROM modules ORDER BY id").fetch_all(&mut *conn).await?;
        Ok(Ids { accounts, modules, users: Vec::new() })
    }

    pub(crate) fn account_index(&self) -> FxHashMap<String, u32> {
        self.accounts.iter().enumerate().map(|(i, (k, _))| (k.clone(), i as u32)).collect()
    }

    pub(crate) fn module_index(&self) -> FxHashMap<String, u32> {
        self.modules.iter().enumerate().map(|(i, (k, _))| (k.clone(), i as u32)).collect()
    }
}

#[derive(Default)]
pub(crate) struct Rollup {
    /// (account, day, module, user) -> (events, value events)
    activity: FxHashMap<(u32, i32, u32, u32), (u32, u32)>,
    /// (account, day, value event type + 1) -> events
    value_days: FxHashMap<(u32, i32, u32), u32>,
    /// account -> (first day, last day) touched, for the usage_days rollup
    touched: FxHashMap<u32, (i32, i32)>,
    pub inserted: u64,
    pub already_imported: u64,
    pub repeated_in_file: u64,
    days: DayNames,
    /// Message ids recorded on this import's latest days, to answer repeats from memory.
    recent: RecentIds,
    new_per_day: FxHashMap<i32, i64>,
    sql: SqlShapes,
    /// Time spent per phase, logged at debug level to see where an import goes.
    timing: [std::time::Duration; 4],
}

/// `YYYY-MM-DD` of days counted from 1970-01-01, made once per day.
#[derive(Default)]
pub(crate) struct DayNames(FxHashMap<i32, String>);

impl DayNames {
    pub(crate) fn name(&mut self, d: i32) -> String {
        self.0
            .entry(d)
            .or_insert_with(|| {
                // Event days are >= 0 (the reader refuses earlier instants); the Monday of
                // their week may be a few days before 1970-01-01.
                let date = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch") + chrono::Duration::days(i64::from(d));
                date.format("%Y-%m-%d").to_string()
            })
            .clone()
    }
}

/// Multi-row statements of a few fixed shapes, built once so SQLx prepares each once.
#[derive(Default)]
pub(crate) struct SqlShapes(FxHashMap<(&'static str, usize), String>);

impl SqlShapes {
    pub(crate) fn values(&mut self, head: &'static str, params: usize, rows: usize, tail: &'static str) -> String {
        self.0
            .entry((head, rows))
            .or_insert_with(|| {
                let one = format!("({})", vec!["?"; params].join(","));
                let mut sql = String::with_capacity(head.len() + tail.len() + rows * (one.len() + 1));
                sql.push_str(head);
                for i in 0..rows {
                    if i > 0 {
                        sql.push(',');
                    }
                    sql.push_str(&one);
                }
                sql.push_str(tail);
                sql
            })
            .clone()
    }
}

impl Rollup {
    pub(crate) async fn start(conn: &mut SqliteConnection) -> Result<Rollup, Error> {
        let days: Vec<i32> = sqlx::query_scalar("SELECT day FROM event_days").fetch_all(&mut *conn).await?;
        Ok(Rollup { recent: RecentIds::new(days), ..Default::default() })
    }

    pub(crate) async fn add(&mut self, conn: &mut SqliteConnection, ids: &mut Ids, batch: Batch) -> Result<(), Error> {
        register(conn, ids, &batch).await?;
        let mut events = batch.events;
        events.sort_unstable_by_key(|e| (e.day, e.hash));
        let before = events.len();
        events.dedup_by_key(|e| (e.day, e.hash));
        self.repeated_in_file += (before - events.len()) as u64;
        let t = std::time::Instant::now();
        // Pipelined: while SQLite (on SQLx's worker thread) inserts one chunk's ids, this
        // thread counts the previous chunk into the rollups.
        let mut uncounted: Vec<Event> = Vec::new();
        for chunk in events.chunks(KEYS_PER_STMT) {
            let fresh = self.fresh(conn, chunk).await?;
            let insert = self.insert_ids(&fresh);
            let previous = std::mem::replace(&mut uncounted, fresh);
            let counting = async {
                for e in previous {
                    self.count(e);
                }
            };
            match insert {
                Some(q) => {
                    let (inserted, ()) = tokio::join!(q.execute(&mut *conn), counting);
                    inserted?;
                }
                None => counting.await,
            }
        }
        for e in uncounted {
            self.count(e);
        }
        self.timing[0] += t.elapsed();
        if self.activity.len() >= FLUSH_AT {
            let t = std::time::Instant::now();
            self.flush(conn, ids).await?;
            self.timing[1] += t.elapsed();
        }
        Ok(())
    }

    /// The events of `chunk` whose key is not yet in `event_ids`: answered from memory for
    /// this import's recent days, from the database for the rest.
    async fn fresh(&mut self, conn: &mut SqliteConnection, chunk: &[Event]) -> Result<Vec<Event>, Error> {
        let mut fresh = Vec::with_capacity(chunk.len());
        let mut unknown = Vec::new();
        for e in chunk {
            match self.recent.check(e.day, e.hash) {
                Check::New => fresh.push(*e),
                Check::Repeat => self.repeated_in_file += 1,
                Check::LookUp => unknown.push(*e),
            }
        }
        if unknown.is_empty() {
            return Ok(fresh);
        }
        let sql = self.sql.values(
            "SELECT e.day, e.hash FROM event_ids e JOIN (VALUES ",
            2,
            unknown.len(),
            ") v ON e.day = v.column1 AND e.hash = v.column2",
        );
        let mut q = sqlx::query_as::<_, (i32, i64)>(sqlx::AssertSqlSafe(sql));
        for e in &unknown {
            q = q.bind(e.day).bind(e.hash);
        }
        let existing: rustc_hash::FxHashSet<(i32, i64)> = q.fetch_all(&mut *conn).await?.into_iter().collect();
        self.already_imported += existing.len() as u64;
        fresh.extend(unknown.into_iter().filter(|e| !existing.contains(&(e.day, e.hash))));
        // Keys in order keep the index inserts local.
        fresh.sort_unstable_by_key(|e| (e.day, e.hash));
        Ok(fresh)
    }

    /// The statement recording `fresh` as imported (None when there is nothing to record).
    fn insert_ids(&mut self, fresh: &[Event]) -> Option<sqlx::query::Query<'static, sqlx::Sqlite, sqlx::sqlite::SqliteArguments>> {
        if fresh.is_empty() {
            return None;
        }
        let sql = self.sql.values("INSERT INTO event_ids(day, hash) VALUES ", 2, fresh.len(), "");
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for e in fresh {
            q = q.bind(e.day).bind(e.hash);
            *self.new_per_day.entry(e.day).or_insert(0) += 1;
            self.recent.record(e.day, e.hash);
        }
        self.inserted += fresh.len() as u64;
        Some(q)
    }

    fn count(&mut self, e: Event) {
        let a = self.activity.entry((e.account, e.day, e.module, e.user)).or_insert((0, 0));
        a.0 += 1;
        if e.value_type > 0 {
            a.1 += 1;
            *self.value_days.entry((e.account, e.day, e.value_type - 1)).or_insert(0) += 1;
        }
        let t = self.touched.entry(e.account).or_insert((e.day, e.day));
        t.0 = t.0.min(e.day);
        t.1 = t.1.max(e.day);
    }

    fn day(&mut self, d: i32) -> String {
        self.days.name(d)
    }

    /// Adds the aggregated counts to the workspace's per-user activity and week rollups.
    async fn flush(&mut self, conn: &mut SqliteConnection, ids: &Ids) -> Result<(), Error> {
        let mut rows: Vec<_> = std::mem::take(&mut self.activity).into_iter().collect();
        rows.sort_unstable_by_key(|(k, _)| *k);
        for chunk in rows.chunks(ROWS_PER_STMT) {
            let sql = self.sql.values(
                "INSERT INTO user_activity(account_id, day, module_id, user_id, events, value_events) VALUES ",
                6,
                chunk.len(),
                " ON CONFLICT(account_id, day, module_id, user_id) DO UPDATE SET events = events + excluded.events,
                  value_events = value_events + excluded.value_events",
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for ((a, d, m, u), (n, v)) in chunk {
                q = q
                    .bind(ids.accounts[*a as usize].1)
                    .bind(self.day(*d))
                    .bind(ids.modules[*m as usize].1)
                    .bind(ids.users[*u as usize])
                    .bind(*n as i64)
                    .bind(*v as i64);
            }
            q.execute(&mut *conn).await?;
        }
        let t = std::time::Instant::now();
        super::weeks::add(conn, &mut self.sql, &mut self.days, ids, &rows).await?;
        self.timing[3] += t.elapsed();
        let values: Vec<_> = std::mem::take(&mut self.value_days).into_iter().collect();
        for chunk in values.chunks(ROWS_PER_STMT) {
            let mut sql = String::from("INSERT INTO value_event_days(account_id, day, event_type_id, events) VALUES ");
            for (i, ((a, d, t), n)) in chunk.iter().enumerate() {
                let day = self.day(*d);
                let sep = if i == 0 { "" } else { "," };
                let _ = write!(sql, "{sep}({},'{day}',{t},{n})", ids.accounts[*a as usize].1);
            }
            sql.push_str(" ON CONFLICT(account_id, day, event_type_id) DO UPDATE SET events = events + excluded.events");
            sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *conn).await?;
        }
        Ok(())
    }

    /// Writes what is left and recomputes the daily module rollup of every account and day
    /// range this import touched, from per-user activity (so active users stay distinct).
    pub(crate) async fn finish(&mut self, conn: &mut SqliteConnection, ids: &Ids) -> Result<(), Error> {
        let t = std::time::Instant::now();
        self.flush(conn, ids).await?;
        self.timing[1] += t.elapsed();
        let t = std::time::Instant::now();
        for (day, n) in std::mem::take(&mut self.new_per_day) {
            sqlx::query("INSERT INTO event_days(day, events) VALUES (?1, ?2) ON CONFLICT(day) DO UPDATE SET events = events + ?2")
                .bind(day)
                .bind(n)
                .execute(&mut *conn)
                .await?;
        }
        let mut touched: Vec<_> = self.touched.iter().map(|(a, r)| (*a, *r)).collect();
        touched.sort_unstable();
        for (a, (from, to)) in touched {
            let (from, to) = (self.day(from), self.day(to));
            sqlx::query(
                "INSERT OR REPLACE INTO usage_days(account_id, day, module_id, events, active_users, value_events)
                 SELECT account_id, day, module_id, sum(events), count(*), sum(value_events) FROM user_activity
                  WHERE account_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY account_id, day, module_id",
            )
            .bind(ids.accounts[a as usize].1)
            .bind(&from)
            .bind(&to)
            .execute(&mut *conn)
            .await?;
            store::rollups::note_first_value(conn, ids.accounts[a as usize].1, &from, &to).await?;
        }
        crate::records::link_users_to_contacts(conn).await?;
        self.timing[2] += t.elapsed();
        tracing::debug!(dedupe = ?self.timing[0], flush = ?self.timing[1], weeks = ?self.timing[3], rollup = ?self.timing[2], "event import phases");
        Ok(())
    }
}


/// Creates the accounts, modules and users first seen in a batch and learns their ids.
async fn register(conn: &mut SqliteConnection, ids: &mut Ids, batch: &Batch) -> Result<(), Error> {
    for a in &batch.new_accounts {
        let id: i64 = sqlx::query_scalar("INSERT INTO accounts(external_id, name) VALUES (?, ?) RETURNING id")
            .bind(a)
            .bind(a)
            .fetch_one(&mut *conn)
            .await?;
        ids.accounts.push((a.clone(), id));
    }
    for m in &batch.new_modules {
        sqlx::query("INSERT OR IGNORE INTO modules(key, name) VALUES (?, ?)")
            .bind(m)
            .bind(m.replace('_', " "))
            .execute(&mut *conn)
            .await?;
        let id: i64 = sqlx::query_scalar("SELECT id FROM modules WHERE key = ?").bind(m).fetch_one(&mut *conn).await?;
        ids.modules.push((m.clone(), id));
    }
    for chunk in batch.new_users.chunks(ROWS_PER_STMT) {
        let mut sql = String::from("INSERT INTO users(account_id, external_id) VALUES ");
        for i in 0..chunk.len() {
            sql.push_str(if i == 0 { "(?,?)" } else { ",(?,?)" });
        }
        sql.push_str(
            " ON CONFLICT(account_id, external_id) DO UPDATE SET external_id = excluded.external_id
              RETURNING account_id, external_id, id",
        );
        let mut q = sqlx::query_as::<_, (i64, String, i64)>(sqlx::AssertSqlSafe(sql));
        for (a, u) in chunk {
            q = q.bind(ids.accounts[*a as usize].1).bind(u.as_str());
        }
        // RETURNING order is unspecified: map back by key.
        let got: HashMap<(i64, String), i64> = q.fetch_all(&mut *conn).await?.into_iter().map(|(a, u, id)| ((a, u), id)).collect();
        for (a, u) in chunk {
            ids.users.push(got[&(ids.accounts[*a as usize].1, u.clone())]);
        }
    }
    Ok(())
}
