//! Completing and reopening milestones, read back through the engine's success plan.

use chrono::NaiveDate;
use metrics::{Scope, Settings};
use playbooks::plans;
use store::{KeyChoice, Workspace};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// ACC-1 since 2026-06-01 with two open milestones: M-1 due 2026-06-20 (vendor), M-2 due
/// 2026-08-30 (customer).
async fn workspace(dir: &std::path::Path) -> Workspace {
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("pl".to_string())).await.unwrap();
    let sql = [
        "INSERT INTO accounts (id, external_id, name) VALUES (1, 'ACC-1', 'One')",
        "INSERT INTO subscriptions (account_id, external_id, plan, mrr_minor, currency, start_day) VALUES (1, 'S1', 'growth', 100000, 'USD', '2026-06-01')",
        "INSERT INTO success_plans (id, account_id, goal, created_at) VALUES (1, 1, 'Go live', '2026-06-01')",
        "INSERT INTO milestones (external_id, plan_id, account_id, title, owner_side, due_day) VALUES
            ('M-1', 1, 1, 'Kickoff', 'vendor', '2026-06-20'), ('M-2', 1, 1, 'SSO live', 'customer', '2026-08-30')",
    ];
    for s in sql {
        sqlx::query(s).execute(ws.pool()).await.unwrap();
    }
    ws
}

/// (status, completed) of each milestone as of the day.
async fn statuses(ws: &Workspace, day: &str) -> Vec<(String, Option<String>)> {
    let a = metrics::analyze(ws, d(day), Scope::Account("ACC-1"), &Settings::default()).await.unwrap();
    a.accounts[0].success_plan.milestones.iter().map(|m| (m.status.to_string(), m.completed.map(|c| c.to_string()))).collect()
}

#[tokio::test]
async fn completing_records_the_first_day_and_reopening_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path()).await;
    let s = |st: &str, c: Option<&str>| (st.to_string(), c.map(str::to_string));
    assert_eq!(statuses(&ws, "2026-07-01").await, [s("overdue", None), s("open", None)]);

    plans::complete_milestone(&ws, "M-1", d("2026-06-25")).await.unwrap();
    // Done five days late; completing again later does not move the day.
    plans::complete_milestone(&ws, "M-1", d("2026-07-10")).await.unwrap();
    assert_eq!(statuses(&ws, "2026-07-01").await, [s("done", Some("2026-06-25")), s("open", None)]);
    let a = metrics::analyze(&ws, d("2026-07-01"), Scope::Account("ACC-1"), &Settings::default()).await.unwrap();
    assert_eq!(a.accounts[0].success_plan.milestones[0].days_late, Some(5));
    assert_eq!(a.accounts[0].success_plan.next_owed_by.as_deref(), Some("customer"));

    plans::reopen_milestone(&ws, "M-1").await.unwrap();
    assert_eq!(statuses(&ws, "2026-07-01").await, [s("overdue", None), s("open", None)]);

    let e = plans::complete_milestone(&ws, "M-9", d("2026-07-01")).await.unwrap_err();
    assert_eq!((e.code(), e.to_string().as_str()), ("unknown_milestone", "unknown milestone \"M-9\""));
    ws.close().await;
}
