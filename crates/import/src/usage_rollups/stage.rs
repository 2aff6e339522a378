//! The writing half of a usage-rollups import: rows go to `usage_rollup_staging` (migration
//! 0008) as they are read, and once every file is read, set-based statements merge them into
//! `user_activity` and count exactly what changed.
//!
//! Why stage rather than write straight into `user_activity`: a row the import holds twice
//! must be an error naming both places (summing it would double a user's day, keeping either
//! would hide a broken export), and the rows to remove (a user's day the store holds inside
//! the import's days that the new export no longer has) are only known once all is read.
//! The staging table's key finds the repeats without holding every key in memory.

use rustc_hash::FxHashMap;
use sqlx::SqliteConnection;

use crate::events::rollup::{DayNames, SqlShapes};
use crate::Error;

const ROWS_PER_STMT: usize = 120;

/// A row ready for the workspace: database ids, the day, counts and where it was read.
#[derive(Clone, Copy, Debug)]
pub(super) struct Staged {
    pub account: i64,
    pub day: i32,
    pub module: i64,
    pub user: i64,
    pub events: i64,
    pub value_events: i64,
    pub pos: Pos,
}

/// Where a row was read: the file's place in the import and the row within it (from 0),
/// packed in one integer for the staging table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Pos {
    pub file: usize,
    pub row: u64,
}

impl Pos {
    const ROW_BITS: u32 = 40;

    fn pack(self) -> i64 {
        ((self.file as i64) << Self::ROW_BITS) | self.row as i64
    }

    fn unpack(v: i64) -> Pos {
        Pos { file: (v >> Self::ROW_BITS) as usize, row: (v & ((1 << Self::ROW_BITS) - 1)) as u64 }
    }
}

/// What the merge changed.
#[derive(Debug, Default)]
pub(super) struct Merged {
    pub inserted: u64,
    pub updated: u64,
    pub removed: u64,
    /// The accounts the import holds rows for, and its first and last day.
    pub accounts: Vec<i64>,
    pub from: String,
    pub to: String,
}

#[derive(Default)]
pub(super) struct Stage {
    sql: SqlShapes,
    days: DayNames,
}

impl Stage {
    /// Starts from an empty staging table (it always is outside an import; an import that
    /// failed rolled back its rows with everything else).
    pub(super) async fn start(conn: &mut SqliteConnection) -> Result<Stage, Error> {
        sqlx::query("DELETE FROM usage_rollup_staging").execute(&mut *conn).await?;
        Ok(Stage::default())
    }

    pub(super) async fn write(&mut self, conn: &mut SqliteConnection, rows: &[Staged]) -> Result<(), Error> {
        for chunk in rows.chunks(ROWS_PER_STMT) {
            let text = self.sql.values(
                "INSERT INTO usage_rollup_staging(account_id, day, module_id, user_id, events, value_events, pos) VALUES ",
                7,
                chunk.len(),
                " ON CONFLICT(account_id, day, module_id, user_id) DO UPDATE SET repeat_pos = coalesce(repeat_pos, excluded.pos)",
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(text));
            for r in chunk {
                q = q
                    .bind(r.account)
                    .bind(self.days.name(r.day))
                    .bind(r.module)
                    .bind(r.user)
                    .bind(r.events)
                    .bind(r.value_events)
                    .bind(r.pos.pack());
            }
            q.execute(&mut *conn).await?;
        }
        Ok(())
    }

    /// The first row held twice: (where it was first, where it came again).
    pub(super) async fn repeat(&self, conn: &mut SqliteConnection) -> Result<Option<(Pos, Pos)>, Error> {
        let got: Option<(i64, i64)> =
            sqlx::query_as("SELECT pos, repeat_pos FROM usage_rollup_staging WHERE repeat_pos IS NOT NULL ORDER BY repeat_pos LIMIT 1")
                .fetch_optional(&mut *conn)
                .await?;
        Ok(got.map(|(a, b)| (Pos::unpack(a), Pos::unpack(b))))
    }

    /// Makes `user_activity` hold exactly the staged rows for each staged account over the
    /// import's days, counts what that changed, and empties the staging table.
    ///
    /// One upsert pass does the work; what it did is then read from counts rather than from
    /// more passes over millions of rows: after the upsert the range holds every staged row
    /// (N) plus the stale ones, so the rows to remove are `count − N`, and the common cases (a
    /// first import, a re-import) need no removal pass at all.
    pub(super) async fn merge(&self, conn: &mut SqliteConnection) -> Result<Merged, Error> {
        let t = std::time::Instant::now();
        let (n, from, to): (i64, Option<String>, Option<String>) =
            sqlx::query_as("SELECT count(*), min(day), max(day) FROM usage_rollup_staging").fetch_one(&mut *conn).await?;
        let (Some(from), Some(to)) = (from, to) else {
            return Ok(Merged::default());
        };
        let accounts: Vec<i64> =
            sqlx::query_scalar("SELECT DISTINCT account_id FROM usage_rollup_staging ORDER BY account_id").fetch_all(&mut *conn).await?;
        let before_rows = held(conn, &from, &to).await?;
        let before = if before_rows > 0 { day_totals(conn, &accounts, &from, &to).await? } else { FxHashMap::default() };
        let written = sqlx::query(
            "INSERT INTO user_activity(account_id, day, module_id, user_id, events, value_events)
             SELECT account_id, day, module_id, user_id, events, value_events FROM usage_rollup_staging WHERE true
             ON CONFLICT(account_id, day, module_id, user_id) DO UPDATE SET events = excluded.events, value_events = excluded.value_events
              WHERE (events, value_events) IS NOT (excluded.events, excluded.value_events)",
        )
        .execute(&mut *conn)
        .await?
        .rows_affected();
        let after_rows = held(conn, &from, &to).await?;
        let inserted = (after_rows - before_rows) as u64;
        let updated = written - inserted;
        let removed = if after_rows > n {
            sqlx::query(
                "DELETE FROM user_activity AS u
                  WHERE u.account_id IN (SELECT DISTINCT account_id FROM usage_rollup_staging) AND u.day BETWEEN ?1 AND ?2
                    AND NOT EXISTS (SELECT 1 FROM usage_rollup_staging s WHERE s.account_id = u.account_id AND s.day = u.day
                                       AND s.module_id = u.module_id AND s.user_id = u.user_id)",
            )
            .bind(&from)
            .bind(&to)
            .execute(&mut *conn)
            .await?
            .rows_affected()
        } else {
            0
        };
        if inserted + updated + removed > 0 {
            // The range now holds exactly the staged rows.
            let after = day_totals(conn, &accounts, &from, &to).await?;
            keep_day_totals(conn, before, after).await?;
        }
        sqlx::query("DELETE FROM usage_rollup_staging").execute(&mut *conn).await?;
        tracing::debug!(merge = ?t.elapsed(), rows = n, inserted, updated, removed, "usage rollups merged");
        Ok(Merged { inserted, updated, removed, accounts, from, to })
    }
}

/// User-days the workspace holds for the staged accounts over `from..=to`.
async fn held(conn: &mut SqliteConnection, from: &str, to: &str) -> Result<i64, Error> {
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM user_activity WHERE account_id IN (SELECT DISTINCT account_id FROM usage_rollup_staging) AND day BETWEEN ?1 AND ?2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(&mut *conn)
    .await?)
}

/// Events per day of `accounts` over `from..=to`, as the store holds them. Read account by
/// account: each one's rows are in day order in the key, so no query sorts millions of rows
/// (temporary sorts live in memory here).
async fn day_totals(conn: &mut SqliteConnection, accounts: &[i64], from: &str, to: &str) -> Result<FxHashMap<String, i64>, Error> {
    let mut totals: FxHashMap<String, i64> = FxHashMap::default();
    for a in accounts {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT day, sum(events) FROM user_activity WHERE account_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY day")
                .bind(a)
                .bind(from)
                .bind(to)
                .fetch_all(&mut *conn)
                .await?;
        for (day, n) in rows {
            *totals.entry(day).or_default() += n;
        }
    }
    Ok(totals)
}

/// Moves `event_days` (the days with usage and their event counts: what the workspace's data
/// days, its "now" and its status are read from) by what the merge changed.
async fn keep_day_totals(conn: &mut SqliteConnection, before: FxHashMap<String, i64>, after: FxHashMap<String, i64>) -> Result<(), Error> {
    let mut days: Vec<&String> = before.keys().chain(after.keys()).collect();
    days.sort();
    days.dedup();
    for day in days {
        let delta = after.get(day).copied().unwrap_or(0) - before.get(day).copied().unwrap_or(0);
        if delta == 0 {
            continue;
        }
        let Ok(date) = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") else { continue };
        let n = crate::events::epoch_days(date);
        sqlx::query("INSERT INTO event_days(day, events) VALUES (?1, ?2) ON CONFLICT(day) DO UPDATE SET events = events + ?2")
            .bind(n)
            .bind(delta)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM event_days WHERE day = ?1 AND events <= 0").bind(n).execute(&mut *conn).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_survive_packing() {
        for pos in [Pos { file: 0, row: 0 }, Pos { file: 3, row: 1_234_567 }, Pos { file: 4095, row: (1 << 40) - 1 }] {
            assert_eq!(Pos::unpack(pos.pack()), pos);
        }
    }
}
