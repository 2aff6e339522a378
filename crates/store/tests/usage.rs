//! Usage reads: one account's users by day, and rollups summed over a set of accounts.

use store::{KeyChoice, UsageDay, UserDay, Workspace};

async fn exec(ws: &Workspace, sql: &'static str) {
    sqlx::query(sqlx::AssertSqlSafe(sql)).execute(ws.pool()).await.unwrap();
}

async fn workspace(dir: &tempfile::TempDir) -> Workspace {
    let ws = Workspace::create(&dir.path().join("u.waypoint"), KeyChoice::passphrase("pw")).await.unwrap();
    exec(&ws, "INSERT INTO accounts(id, external_id, name) VALUES (1, 'A', 'Acme'), (2, 'B', 'Beta'), (3, 'C', 'Corp')").await;
    exec(&ws, "INSERT INTO modules(id, key, name) VALUES (1, 'mon', 'Monitoring'), (2, 'viz', 'Visualization')").await;
    exec(
        &ws,
        "INSERT INTO usage_days(account_id, day, module_id, events, active_users, value_events) VALUES
           (1, '2026-10-01', 1, 10, 2, 1), (2, '2026-10-01', 1, 5, 1, 0), (3, '2026-10-01', 1, 100, 9, 9),
           (1, '2026-10-02', 2, 7, 1, 0), (2, '2026-10-02', 2, 3, 2, 1), (1, '2026-10-03', 1, 4, 1, 0)",
    )
    .await;
    ws
}

fn row(day: &str, module: &str, events: i64, active_users: i64, value_events: i64) -> UsageDay {
    UsageDay { day: day.into(), module: module.into(), events, active_users, value_events }
}

#[tokio::test]
async fn usage_of_sums_the_chosen_accounts_within_the_days() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(&dir).await;
    let ab = ["A".to_string(), "B".to_string()];
    let got = ws.usage_of(Some(&ab), "2026-10-01", "2026-10-02").await.unwrap();
    assert_eq!(got, [row("2026-10-01", "mon", 15, 3, 1), row("2026-10-02", "viz", 10, 3, 1)]);
    let all = ws.usage_of(None, "2026-10-01", "2026-10-31").await.unwrap();
    assert_eq!(all[0], row("2026-10-01", "mon", 115, 12, 10));
    assert_eq!(all.len(), 3);
    // A name that needs quoting in JSON, and an unknown id, match nothing and break nothing.
    let first = ws.first_uses("2026-10-02").await.unwrap();
    let got: Vec<(&str, &str, &str)> = first.iter().map(|f| (f.account.as_str(), f.module.as_str(), f.day.as_str())).collect();
    assert_eq!(got, [("A", "mon", "2026-10-01"), ("A", "viz", "2026-10-02"), ("B", "mon", "2026-10-01"), ("B", "viz", "2026-10-02"), ("C", "mon", "2026-10-01")]);
    let odd = ["\"quoted\" \\ id".to_string(), "Z".to_string()];
    assert!(ws.usage_of(Some(&odd), "2026-01-01", "2026-12-31").await.unwrap().is_empty());
    ws.close().await;
}

#[tokio::test]
async fn user_days_lists_each_user_once_a_day_with_their_role() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(&dir).await;
    exec(&ws, "INSERT INTO contacts(id, external_id, account_id, name, role) VALUES (1, 'c1', 1, 'Cho', 'champion')").await;
    exec(&ws, "INSERT INTO users(id, account_id, external_id, contact_id) VALUES (1, 1, 'u1', 1), (2, 1, 'u2', NULL), (3, 2, 'u3', NULL)").await;
    exec(
        &ws,
        "INSERT INTO user_activity(account_id, day, module_id, user_id, events) VALUES
           (1, '2026-10-01', 1, 1, 3), (1, '2026-10-01', 2, 1, 1), (1, '2026-10-01', 1, 2, 1),
           (1, '2026-10-05', 2, 2, 2), (2, '2026-10-01', 1, 3, 9), (1, '2026-11-01', 1, 1, 1)",
    )
    .await;
    let got = ws.user_days("A", "2026-10-01", "2026-10-31").await.unwrap();
    let day = |d: &str, u: i64, role: Option<&str>| UserDay { day: d.into(), user_id: u, role: role.map(String::from) };
    assert_eq!(got, [day("2026-10-01", 1, Some("champion")), day("2026-10-01", 2, None), day("2026-10-05", 2, None)]);
    assert_eq!(ws.user_days("Nope", "2026-10-01", "2026-10-31").await.unwrap_err().code(), "unknown_account");
    ws.close().await;
}
