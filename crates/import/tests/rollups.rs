//! The week rollups stay equal to the daily rows whatever order events arrive in: a demo's
//! events imported in shuffled parts, with a part re-imported, are checked after each step
//! both by the store's own rebuild (`check_rollups`) and by decoding the week rows here, day
//! by day, against the daily tables; a tampered rollup is caught.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use import::{EventOptions, ImportKind};
use store::{KeyChoice, Workspace};

/// (account, day, module) -> (events, value events), from `usage_days`.
type Daily = BTreeMap<(i64, String, i64), (i64, i64)>;
/// (account, day, user) -> had a value event, from `user_activity`.
type UserDays = BTreeMap<(i64, String, i64), bool>;

async fn daily(ws: &Workspace) -> (Daily, UserDays) {
    let rows: Vec<(i64, String, i64, i64, i64)> =
        sqlx::query_as("SELECT account_id, day, module_id, events, value_events FROM usage_days").fetch_all(ws.pool()).await.unwrap();
    let usage = rows.into_iter().map(|(a, d, m, e, v)| ((a, d, m), (e, v))).collect();
    let rows: Vec<(i64, String, i64, i64)> =
        sqlx::query_as("SELECT account_id, day, user_id, SUM(value_events) FROM user_activity GROUP BY account_id, day, user_id")
            .fetch_all(ws.pool())
            .await
            .unwrap();
    (usage, rows.into_iter().map(|(a, d, u, v)| ((a, d, u), v > 0)).collect())
}

/// The week rows decoded day by day, with chrono's calendar (not SQLite's).
async fn decoded(ws: &Workspace) -> (Daily, UserDays) {
    let day = |week: &str, i: u64| {
        let monday = NaiveDate::parse_from_str(week, "%Y-%m-%d").unwrap();
        assert_eq!(monday.weekday(), chrono::Weekday::Mon, "{week}");
        (monday + Days::new(i)).to_string()
    };
    let rows: Vec<sqlx::sqlite::SqliteRow> = sqlx::query("SELECT * FROM usage_weeks").fetch_all(ws.pool()).await.unwrap();
    let mut usage = Daily::new();
    for r in rows {
        use sqlx::Row;
        let (a, week, m): (i64, String, i64) = (r.get("account_id"), r.get("week"), r.get("module_id"));
        for i in 0..7 {
            let (e, v): (i64, i64) = (r.get(format!("e{i}").as_str()), r.get(format!("v{i}").as_str()));
            if e > 0 || v > 0 {
                usage.insert((a, day(&week, i), m), (e, v));
            }
        }
    }
    let rows: Vec<(i64, String, i64, i64, i64)> =
        sqlx::query_as("SELECT account_id, week, user_id, active_days, value_days FROM user_weeks").fetch_all(ws.pool()).await.unwrap();
    let mut users = UserDays::new();
    for (a, week, u, active, value) in rows {
        assert_eq!(value & !active, 0, "a value day is an active day");
        for i in 0..7 {
            if active & (1 << i) != 0 {
                users.insert((a, day(&week, i), u), value & (1 << i) != 0);
            }
        }
    }
    (usage, users)
}

async fn assert_rollups_agree(ws: &Workspace, step: &str) {
    let check = ws.check_rollups().await.unwrap();
    assert!(check.agrees(), "{step}: {check:?}");
    let (usage, users) = daily(ws).await;
    let (week_usage, week_users) = decoded(ws).await;
    assert_eq!(week_usage, usage, "{step}: usage_weeks decoded");
    assert_eq!(week_users, users, "{step}: user_weeks decoded");
    // Each account's first value day: its earliest daily row with a value event.
    let mut firsts: BTreeMap<i64, String> = BTreeMap::new();
    for ((a, d, _), &(_, v)) in &usage {
        if v > 0 && firsts.get(a).is_none_or(|f| d < f) {
            firsts.insert(*a, d.clone());
        }
    }
    let kept: Vec<(i64, String)> = sqlx::query_as("SELECT account_id, day FROM first_value_days").fetch_all(ws.pool()).await.unwrap();
    assert!(!firsts.is_empty(), "{step}: the demo has value events");
    assert_eq!(kept.into_iter().collect::<BTreeMap<_, _>>(), firsts, "{step}: first_value_days");
}

#[tokio::test]
async fn week_rollups_follow_every_import_in_any_order() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = demo::DemoConfig { accounts: 20, months: 5, ..Default::default() };
    let files = demo::generate(&cfg, dir.path()).unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("weeks".to_string())).await.unwrap();
    for (kind, file) in import::demo_files::steps(&files) {
        if kind != ImportKind::Events {
            import::import_file(&ws, kind, file, &EventOptions::default()).await.unwrap();
        }
    }

    // The events shuffled (a fixed permutation) and cut in three parts.
    let text = std::fs::read_to_string(&files.events).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let n = lines.len();
    assert!(n > 10_000, "{n} events");
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (i * 7919 + 13) % n);
    lines = order.iter().map(|&i| lines[i]).collect();
    let parts: Vec<_> = lines.chunks(n / 3 + 1).enumerate().map(|(i, c)| {
        let p = dir.path().join(format!("part{i}.jsonl"));
        std::fs::write(&p, c.join("\n")).unwrap();
        p
    }).collect();

    let import = |p: std::path::PathBuf| {
        let ws = ws.clone();
        async move { import::import_file(&ws, ImportKind::Events, &p, &EventOptions::default()).await.unwrap() }
    };
    import(parts[1].clone()).await;
    assert_rollups_agree(&ws, "part 2").await;
    import(parts[0].clone()).await;
    assert_rollups_agree(&ws, "parts 2, 1").await;
    let before = ws.check_rollups().await.unwrap();
    import(parts[1].clone()).await;
    assert_eq!(ws.check_rollups().await.unwrap(), before, "re-importing a part changes nothing");
    import(parts[2].clone()).await;
    assert_rollups_agree(&ws, "all parts").await;

    // The same rows as one import of the whole file, in its own order.
    let other = Workspace::create(&dir.path().join("o.waypoint"), KeyChoice::passphrase("weeks".to_string())).await.unwrap();
    import::demo_files::load(&other, &files).await.unwrap();
    let by_key = "SELECT a.external_id, w.week, m.key, w.e0, w.e1, w.e2, w.e3, w.e4, w.e5, w.e6, w.v0 + w.v1 + w.v2 + w.v3 + w.v4 + w.v5 + w.v6
                    FROM usage_weeks w JOIN accounts a ON a.id = w.account_id JOIN modules m ON m.id = w.module_id ORDER BY 1, 2, 3";
    type Row = (String, String, String, i64, i64, i64, i64, i64, i64, i64, i64);
    let (one, parted): (Vec<Row>, Vec<Row>) =
        (sqlx::query_as(by_key).fetch_all(other.pool()).await.unwrap(), sqlx::query_as(by_key).fetch_all(ws.pool()).await.unwrap());
    assert!(one.len() > 500, "{} week rows", one.len());
    assert_eq!(one, parted);
    let users = "SELECT a.external_id, w.week, w.active_days, w.value_days FROM user_weeks w JOIN accounts a ON a.id = w.account_id ORDER BY 1, 2, 3, 4";
    let (one, parted): (Vec<(String, String, i64, i64)>, Vec<(String, String, i64, i64)>) =
        (sqlx::query_as(users).fetch_all(other.pool()).await.unwrap(), sqlx::query_as(users).fetch_all(ws.pool()).await.unwrap());
    assert!(one.len() > 500, "{} user week rows", one.len());
    assert_eq!(one, parted);

    // A rollup row changed by hand is found.
    sqlx::query("UPDATE usage_weeks SET e3 = e3 + 1 WHERE (account_id, week, module_id) IN (SELECT account_id, week, module_id FROM usage_weeks LIMIT 1)")
        .execute(ws.pool())
        .await
        .unwrap();
    let check = ws.check_rollups().await.unwrap();
    assert!(!check.agrees());
    assert_eq!((check.usage_weeks.missing_or_different, check.usage_weeks.extra_or_different), (1, 1), "{check:?}");
    // So is a first value day lost.
    assert!(check.first_value_days.agrees(), "{check:?}");
    sqlx::query("DELETE FROM first_value_days WHERE account_id = (SELECT MIN(account_id) FROM first_value_days)").execute(ws.pool()).await.unwrap();
    let check = ws.check_rollups().await.unwrap();
    assert_eq!((check.first_value_days.missing_or_different, check.first_value_days.extra_or_different), (1, 0), "{check:?}");
}
