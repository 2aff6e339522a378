//! The week rollups (`store::rollups`) kept up to date by the event import, in its
//! transaction: each flush of per-user daily activity adds its counts to `usage_weeks` and
//! sets its days in `user_weeks`.
//!
//! Why incrementally rather than rebuilt from the daily rows: an import only ever adds events
//! (duplicates are dropped before counting), so a day's events add up and a user's active
//! days only gain bits; adding the new counts is exact and costs a fraction of re-reading the
//! touched weeks (measured: rebuilding them with SQL took an import of 2M events from 2.2 s to
//! 3.8 s). `waypoint doctor --rollups` rebuilds them from the daily rows and compares.

use rustc_hash::FxHashMap;
use sqlx::SqliteConnection;

use super::rollup::{DayNames, Ids, SqlShapes};
use crate::Error;

const ROWS_PER_STMT: usize = 100;

/// Monday (days since 1970-01-01, a Thursday) of day `d`'s ISO week, and `d`'s place in it.
fn week_of(d: i32) -> (i32, usize) {
    let dow = (d + 3).rem_euclid(7);
    (d - dow, dow as usize)
}

/// Adds `rows` ((account, day, module, user) -> (events, value events), as just written to
/// `user_activity`) to the week rollups.
pub(super) async fn add(
    conn: &mut SqliteConnection,
    sql: &mut SqlShapes,
    days: &mut DayNames,
    ids: &Ids,
    rows: &[((u32, i32, u32, u32), (u32, u32))],
) -> Result<(), Error> {
    let mut usage: FxHashMap<(u32, i32, u32), [i64; 14]> = FxHashMap::default();
    let mut users: FxHashMap<(u32, i32, u32), (i64, i64)> = FxHashMap::default();
    for &((a, d, m, u), (n, v)) in rows {
        let (monday, i) = week_of(d);
        let cells = usage.entry((a, monday, m)).or_insert([0; 14]);
        cells[i] += i64::from(n);
        cells[7 + i] += i64::from(v);
        let bits = users.entry((a, monday, u)).or_insert((0, 0));
        bits.0 |= 1 << i;
        if v > 0 {
            bits.1 |= 1 << i;
        }
    }
    let mut usage: Vec<_> = usage.into_iter().collect();
    usage.sort_unstable_by_key(|(k, _)| *k);
    for chunk in usage.chunks(ROWS_PER_STMT) {
        let text = sql.values(
            "INSERT INTO usage_weeks(account_id, week, module_id, e0, e1, e2, e3, e4, e5, e6, v0, v1, v2, v3, v4, v5, v6) VALUES ",
            17,
            chunk.len(),
            " ON CONFLICT(account_id, week, module_id) DO UPDATE SET
              e0 = e0 + excluded.e0, e1 = e1 + excluded.e1, e2 = e2 + excluded.e2, e3 = e3 + excluded.e3,
              e4 = e4 + excluded.e4, e5 = e5 + excluded.e5, e6 = e6 + excluded.e6,
              v0 = v0 + excluded.v0, v1 = v1 + excluded.v1, v2 = v2 + excluded.v2, v3 = v3 + excluded.v3,
              v4 = v4 + excluded.v4, v5 = v5 + excluded.v5, v6 = v6 + excluded.v6",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(text));
        for ((a, monday, m), cells) in chunk {
            q = q.bind(ids.account_id(*a)).bind(days.name(*monday)).bind(ids.module_id(*m));
            for c in cells {
                q = q.bind(*c);
            }
        }
        q.execute(&mut *conn).await?;
    }
    let mut users: Vec<_> = users.into_iter().collect();
    users.sort_unstable_by_key(|(k, _)| *k);
    for chunk in users.chunks(ROWS_PER_STMT * 3) {
        let text = sql.values(
            "INSERT INTO user_weeks(account_id, week, user_id, active_days, value_days) VALUES ",
            5,
            chunk.len(),
            " ON CONFLICT(account_id, week, user_id) DO UPDATE SET
              active_days = active_days | excluded.active_days, value_days = value_days | excluded.value_days",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(text));
        for ((a, monday, u), (active, value)) in chunk {
            q = q.bind(ids.account_id(*a)).bind(days.name(*monday)).bind(ids.user_id(*u)).bind(*active).bind(*value);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_start_on_monday() {
        let n = |s: &str| (chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap() - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days() as i32;
        // 2026-12-07 is a Monday, 2026-12-13 a Sunday; 1970-01-01 a Thursday.
        assert_eq!(week_of(n("2026-12-07")), (n("2026-12-07"), 0));
        assert_eq!(week_of(n("2026-12-13")), (n("2026-12-07"), 6));
        assert_eq!(week_of(n("2026-12-10")), (n("2026-12-07"), 3));
        assert_eq!(week_of(0), (n("1969-12-29"), 3));
    }
}
