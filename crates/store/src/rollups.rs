//! The rollups derived from the per-user daily rows (`user_activity`): the daily module rollup
//! (`usage_days`), the week rollups (`usage_weeks`, `user_weeks`, migration 0007) the
//! analysis reads instead of daily rows, and each account's first value day
//! (`first_value_days`, migration 0011). They are derived, never written by hand: the event
//! import adds to them in the transaction that writes the daily rows (`import::events::weeks`,
//! [`note_first_value`]), a usage-rollups import derives the days it replaced again
//! ([`rebuild_accounts`]), and [`Workspace::check_rollups`] rebuilds them all in temporary
//! tables and compares, row for row (`waypoint doctor --rollups`).

use serde::Serialize;
use sqlx::SqliteConnection;

use crate::{Error, Workspace};

/// The week rollups rebuilt from the daily rows: each day goes to the Monday of its ISO
/// week, at its place in it (Monday = 0). The same SQL built them in migration 0007.
macro_rules! week_sql {
    (usage) => {
        week_sql!(usage, "")
    };
    (users) => {
        week_sql!(users, "")
    };
    // `$filter`: a WHERE clause on the daily rows (a literal of this module, never input).
    (usage, $filter:literal) => {
        concat!(
            "SELECT account_id, date(day, '-6 days', 'weekday 1') AS week, module_id,
                    SUM(events * (dow = 0)), SUM(events * (dow = 1)), SUM(events * (dow = 2)), SUM(events * (dow = 3)),
                    SUM(events * (dow = 4)), SUM(events * (dow = 5)), SUM(events * (dow = 6)),
                    SUM(value_events * (dow = 0)), SUM(value_events * (dow = 1)), SUM(value_events * (dow = 2)),
                    SUM(value_events * (dow = 3)), SUM(value_events * (dow = 4)), SUM(value_events * (dow = 5)),
                    SUM(value_events * (dow = 6))
               FROM (SELECT account_id, day, module_id, events, value_events,
                            (CAST(strftime('%w', day) AS INTEGER) + 6) % 7 AS dow
                       FROM usage_days ", $filter, ") GROUP BY account_id, week, module_id"
        )
    };
    (users, $filter:literal) => {
        concat!(
            "SELECT account_id, date(day, '-6 days', 'weekday 1') AS week, user_id, SUM(bit), SUM(bit * (v > 0))
               FROM (SELECT account_id, day, user_id, 1 << ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) AS bit,
                            SUM(value_events) AS v
                       FROM user_activity ", $filter, " GROUP BY account_id, day, user_id) GROUP BY account_id, week, user_id"
        )
    };
}

/// The first value day (migration 0011) rebuilt from the daily module rollup.
const FIRST_VALUE_SQL: &str = "SELECT account_id, MIN(day) FROM usage_days WHERE value_events > 0 GROUP BY account_id";

/// Keeps account `account`'s first value day after its daily module rollup of the days
/// `from..=to` (`YYYY-MM-DD`) was written by an import that only adds events: a value day
/// among them earlier than the kept one (or the first one) becomes its first value day.
/// Reads only those days, just written, so it costs the import next to nothing.
pub async fn note_first_value(conn: &mut SqliteConnection, account: i64, from: &str, to: &str) -> Result<(), Error> {
    sqlx::query(
        "INSERT INTO first_value_days(account_id, day)
         SELECT ?1, d FROM (SELECT MIN(day) AS d FROM usage_days WHERE account_id = ?1 AND day BETWEEN ?2 AND ?3 AND value_events > 0)
          WHERE d IS NOT NULL
         ON CONFLICT(account_id) DO UPDATE SET day = excluded.day WHERE excluded.day < day",
    )
    .bind(account)
    .bind(from)
    .bind(to)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Derives again, from `user_activity`, everything kept from it for the accounts `accounts`
/// on the days `from..=to` (`YYYY-MM-DD`): the daily module rollup of those days, the week
/// rollups of the weeks that hold them, whole, and the accounts' first value days (a replaced
/// day may have lost the first value event, or brought an earlier one). For imports that
/// replace daily rows (usage rollups from a warehouse) rather than only add to them, as the
/// event import does.
pub async fn rebuild_accounts(conn: &mut SqliteConnection, accounts: &[i64], from: &str, to: &str) -> Result<(), Error> {
    // Bound as one JSON array: tens of thousands of ids exceed SQLite's bound-parameter limit.
    let ids = format!("[{}]", accounts.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
    const IN: &str = "account_id IN (SELECT value FROM json_each(?1))";
    // ?2 and ?3 are `from` and `to`.
    let run = |sql: &str| sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).bind(ids.clone()).bind(from.to_string()).bind(to.to_string());
    run(&format!("DELETE FROM usage_days WHERE {IN} AND day BETWEEN ?2 AND ?3")).execute(&mut *conn).await?;
    run(&format!(
        "INSERT INTO usage_days(account_id, day, module_id, events, active_users, value_events)
         SELECT account_id, day, module_id, sum(events), count(*), sum(value_events) FROM user_activity
          WHERE {IN} AND day BETWEEN ?2 AND ?3 GROUP BY account_id, day, module_id"
    ))
    .execute(&mut *conn)
    .await?;
    // Whole weeks: the Monday of `from`'s week to the Sunday of `to`'s.
    let rebuilds = [
        (
            "usage_weeks",
            concat!(
                "INSERT INTO usage_weeks ",
                week_sql!(usage, "WHERE account_id IN (SELECT value FROM json_each(?1))
                                    AND day BETWEEN date(?2, '-6 days', 'weekday 1') AND date(?3, 'weekday 0')")
            ),
        ),
        (
            "user_weeks",
            concat!(
                "INSERT INTO user_weeks ",
                week_sql!(users, "WHERE account_id IN (SELECT value FROM json_each(?1))
                                    AND day BETWEEN date(?2, '-6 days', 'weekday 1') AND date(?3, 'weekday 0')")
            ),
        ),
    ];
    for (table, insert) in rebuilds {
        run(&format!("DELETE FROM {table} WHERE {IN} AND week BETWEEN date(?2, '-6 days', 'weekday 1') AND date(?3, '-6 days', 'weekday 1')"))
            .execute(&mut *conn)
            .await?;
        run(insert).execute(&mut *conn).await?;
    }
    // A first value day before `from` stands (those days were not touched). The others, and
    // accounts without one, take their first value day from `from` on: one walk each from
    // `from`, not over the account's whole history.
    run(&format!("DELETE FROM first_value_days WHERE {IN} AND day >= ?2")).execute(&mut *conn).await?;
    run("INSERT INTO first_value_days(account_id, day)
         SELECT id, d FROM (SELECT j.value AS id,
                                   (SELECT MIN(u.day) FROM usage_days u WHERE u.account_id = j.value AND u.day >= ?2 AND u.value_events > 0) AS d
                              FROM json_each(?1) j
                             WHERE j.value NOT IN (SELECT account_id FROM first_value_days))
          WHERE d IS NOT NULL")
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// How the stored rollups compare with a rebuild from the daily rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RollupCheck {
    /// The daily module rollup against the per-user daily rows.
    pub usage_days: TableCheck,
    pub usage_weeks: TableCheck,
    pub user_weeks: TableCheck,
    /// Each account's first value day against the daily module rollup.
    pub first_value_days: TableCheck,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableCheck {
    /// Rows stored.
    pub rows: u64,
    /// Rows the rebuild has and the store lacks or holds with other counts.
    pub missing_or_different: u64,
    /// Rows the store has and the rebuild does not (or not with these counts).
    pub extra_or_different: u64,
}

impl TableCheck {
    pub fn agrees(&self) -> bool {
        self.missing_or_different == 0 && self.extra_or_different == 0
    }
}

impl RollupCheck {
    pub fn agrees(&self) -> bool {
        self.usage_days.agrees() && self.usage_weeks.agrees() && self.user_weeks.agrees() && self.first_value_days.agrees()
    }
}

impl Workspace {
    /// Rebuilds every rollup (daily, week, first value day) from the rows it is derived from,
    /// in temporary tables, and compares them with the stored ones. Nothing is written to the
    /// workspace.
    pub async fn check_rollups(&self) -> Result<RollupCheck, Error> {
        let mut conn = self.pool().acquire().await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        // The daily module rollup from the per-user daily rows: events summed, users counted.
        sqlx::query(
            "CREATE TEMP TABLE rebuilt_usage_days AS SELECT account_id, day, module_id, sum(events), count(*), sum(value_events)
               FROM user_activity GROUP BY account_id, day, module_id",
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query(concat!("CREATE TEMP TABLE rebuilt_usage_weeks AS ", week_sql!(usage))).execute(&mut *tx).await?;
        sqlx::query(concat!("CREATE TEMP TABLE rebuilt_user_weeks AS ", week_sql!(users))).execute(&mut *tx).await?;
        // From the stored daily rollup, itself compared with its rebuild just above.
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE TEMP TABLE rebuilt_first_value_days AS {FIRST_VALUE_SQL}"))).execute(&mut *tx).await?;
        let usage_days = compare(&mut tx, "usage_days").await?;
        let usage_weeks = compare(&mut tx, "usage_weeks").await?;
        let user_weeks = compare(&mut tx, "user_weeks").await?;
        let first_value_days = compare(&mut tx, "first_value_days").await?;
        // Rolling back drops the temporary tables too: the connection goes back to the pool clean.
        tx.rollback().await?;
        Ok(RollupCheck { usage_days, usage_weeks, user_weeks, first_value_days })
    }
}

async fn compare(conn: &mut SqliteConnection, table: &'static str) -> Result<TableCheck, Error> {
    // The table names are fixed strings of this module, not input.
    let count = |sql: String| sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql));
    let rows = count(format!("SELECT count(*) FROM {table}")).fetch_one(&mut *conn).await?;
    let missing = count(format!("SELECT count(*) FROM (SELECT * FROM rebuilt_{table} EXCEPT SELECT * FROM {table})")).fetch_one(&mut *conn).await?;
    let extra = count(format!("SELECT count(*) FROM (SELECT * FROM {table} EXCEPT SELECT * FROM rebuilt_{table})")).fetch_one(&mut *conn).await?;
    Ok(TableCheck { rows: rows as u64, missing_or_different: missing as u64, extra_or_different: extra as u64 })
}
