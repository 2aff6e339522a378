//! Playbook effects over a demo book where the answer is known by construction: playbooks whose
//! triggers can be counted from the tables (every paying account; 60 days into a contract),
//! their tasks done for half of the accounts; every account's first contract ends 120 days in,
//! the treated renewing and the others leaving. The treated and control episodes must be
//! exactly the ones counted from the tables, and the effect must be lower churn.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, Months, NaiveDate};
use playbooks::{Playbook, Priority, Side, Step, Trigger};
use store::{KeyChoice, Workspace};

async fn demo_workspace(dir: &std::path::Path, accounts: usize, months: u32) -> Workspace {
    let cfg = demo::DemoConfig { accounts, months, ..Default::default() };
    let files = demo::generate(&cfg, dir).unwrap();
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("effect")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    ws
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn playbook(key: &str, trigger: Trigger) -> Playbook {
    Playbook {
        key: key.into(),
        name: format!("Test {key}"),
        trigger,
        only_if: None,
        steps: vec![Step { title: "Call".into(), owner_side: Side::Vendor, due_offset_days: 7, priority: Priority::Normal }],
        escalation: None,
        enabled: true,
        builtin: false,
    }
}

/// A task of playbook `key` for each account, completed (or left open) on each month end of
/// `days`: whatever day an episode starts, one completion falls on it.
async fn tasks(ws: &Workspace, key: &str, accounts: &[String], days: &[NaiveDate], completed: bool) {
    let (playbook, step): (i64, i64) =
        sqlx::query_as("SELECT p.id, s.id FROM playbooks p JOIN playbook_steps s ON s.playbook_id = p.id WHERE p.key = ?").bind(key).fetch_one(ws.pool()).await.unwrap();
    for a in accounts {
        for d in days {
            sqlx::query(
                "INSERT INTO tasks (account_id, playbook_id, step_id, trigger_key, title, owner_side, priority, due_day, created_at, completed_at)
                 SELECT id, ?, ?, ?, 'Call', 'vendor', 'normal', ?, ?, ? FROM accounts WHERE external_id = ?",
            )
            .bind(playbook)
            .bind(step)
            .bind(format!("test:{d}"))
            .bind(d.to_string())
            .bind(d.to_string())
            .bind(completed.then(|| d.to_string()))
            .bind(a)
            .execute(ws.pool())
            .await
            .unwrap();
        }
    }
}

/// Makes the account's first contract end 120 days after its first subscription, where it
/// renews (running on, never churning) or leaves. Both halves then have the same renewal date,
/// so they stay comparable: only what follows differs.
async fn contract_ends_120_days_in(ws: &Workspace, account: &str, renews: bool) {
    let id: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE external_id = ?").bind(account).fetch_one(ws.pool()).await.unwrap();
    let start: String = sqlx::query_scalar("SELECT min(start_day) FROM subscriptions WHERE account_id = ?").bind(id).fetch_one(ws.pool()).await.unwrap();
    let leave = (day(&start) + Days::new(120)).to_string();
    sqlx::query("DELETE FROM subscription_modules WHERE subscription_id IN (SELECT id FROM subscriptions WHERE account_id = ? AND start_day >= ?)")
        .bind(id)
        .bind(&leave)
        .execute(ws.pool())
        .await
        .unwrap();
    sqlx::query("DELETE FROM subscriptions WHERE account_id = ? AND start_day >= ?").bind(id).bind(&leave).execute(ws.pool()).await.unwrap();
    // A renewing account's earlier exits are undone: it stays throughout.
    let ends = if renews { "UPDATE subscriptions SET end_day = ?2 WHERE account_id = ?1" } else {
        "UPDATE subscriptions SET end_day = ?2 WHERE account_id = ?1 AND (end_day IS NULL OR end_day > ?2)"
    };
    sqlx::query(ends).bind(id).bind(&leave).execute(ws.pool()).await.unwrap();
    if renews {
        sqlx::query(
            "INSERT INTO subscriptions (account_id, external_id, plan, mrr_minor, currency, start_day, end_day)
             SELECT account_id, external_id || '-renewed-' || id, plan, mrr_minor, currency, ?2, NULL FROM subscriptions WHERE account_id = ?1 AND end_day = ?2",
        )
        .bind(id)
        .bind(&leave)
        .execute(ws.pool())
        .await
        .unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn treated_and_control_are_the_episodes_counted_from_the_tables_and_doing_the_tasks_lowers_churn() {
    let dir = tempfile::tempdir().unwrap();
    let ws = demo_workspace(dir.path(), 120, 20).await;
    playbooks::library::add(&ws, playbook("call-everyone", Trigger::Quarterly)).await.unwrap();
    playbooks::library::add(&ws, playbook("call-others", Trigger::Quarterly)).await.unwrap();
    playbooks::library::add(&ws, playbook("day-60-call", Trigger::Tenure { days: 60 })).await.unwrap();
    playbooks::library::add(&ws, playbook("win-back-test", Trigger::Stage { stage: "churned".into() })).await.unwrap();

    // Every other account (by id) is treated, and never churns: its contracts run on.
    let ids: Vec<String> = sqlx::query_scalar("SELECT DISTINCT a.external_id FROM accounts a JOIN subscriptions s ON s.account_id = a.id ORDER BY 1")
        .fetch_all(ws.pool())
        .await
        .unwrap();
    let treated: Vec<String> = ids.iter().step_by(2).cloned().collect();
    let control: Vec<String> = ids.iter().skip(1).step_by(2).cloned().collect();
    for a in &treated {
        contract_ends_120_days_in(&ws, a, true).await;
    }
    for a in &control {
        contract_ends_120_days_in(&ws, a, false).await;
    }
    // Month ends over the whole history: contracts start years before the usage does.
    let (first, last): (String, String) = sqlx::query_as("SELECT min(start_day), max(start_day) FROM subscriptions").fetch_one(ws.pool()).await.unwrap();
    let (first, last) = (day(&first).with_day(1).unwrap(), day(&last).checked_add_months(Months::new(12)).unwrap());
    let month_ends: Vec<NaiveDate> =
        (1..).map(|m| first.checked_add_months(Months::new(m)).unwrap() - Days::new(1)).take_while(|d| *d <= last).collect();
    tasks(&ws, "call-everyone", &treated, &month_ends, true).await;
    tasks(&ws, "day-60-call", &treated, &month_ends, true).await;
    // Not treatment: the same playbook's tasks left open, and another playbook's tasks done.
    tasks(&ws, "call-everyone", &control[..5], &month_ends[..3], false).await;
    tasks(&ws, "call-others", &control, &month_ends, true).await;

    let o = backtest::effect::EffectOptions { resamples: 300, ..Default::default() };
    let r = backtest::effects(&ws, &metrics::Settings::default(), &segments::SegmentSettings::default(), &o).await.unwrap();
    assert!(r.evaluation_days.len() >= 10, "{:?}", r.evaluation_days);
    assert_eq!(r.evaluation_days.first(), Some(&r.from));
    assert_eq!(r.evaluation_days.last(), Some(&r.to));

    // Independently: the accounts paying on each evaluation day (the trigger holds for each),
    // grouped into episodes by the 90-day rule.
    let mut met: BTreeMap<String, Vec<NaiveDate>> = BTreeMap::new();
    for d in &r.evaluation_days {
        let paying: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT a.external_id FROM subscriptions s JOIN accounts a ON a.id = s.account_id
             WHERE s.mrr_minor > 0 AND s.start_day <= ?1 AND (s.end_day IS NULL OR s.end_day > ?1)",
        )
        .bind(d)
        .fetch_all(ws.pool())
        .await
        .unwrap();
        for a in paying {
            met.entry(a).or_default().push(day(d));
        }
    }
    // 60 to 89 days since the account's first subscription, on a day it pays.
    let mut met_60: BTreeMap<String, Vec<NaiveDate>> = BTreeMap::new();
    for (a, days) in &met {
        let start: String = sqlx::query_scalar("SELECT min(s.start_day) FROM subscriptions s JOIN accounts a ON a.id = s.account_id WHERE a.external_id = ?")
            .bind(a)
            .fetch_one(ws.pool())
            .await
            .unwrap();
        let tenure = |d: &NaiveDate| (*d - day(&start)).num_days();
        let hits: Vec<NaiveDate> = days.iter().filter(|d| (60..90).contains(&tenure(d))).copied().collect();
        if !hits.is_empty() {
            met_60.insert(a.clone(), hits);
        }
    }
    let episodes = |met: &BTreeMap<String, Vec<NaiveDate>>, accounts: &BTreeSet<&String>| -> usize {
        met.iter()
            .filter(|(a, _)| accounts.contains(a))
            .map(|(_, days)| 1 + days.windows(2).filter(|w| (w[1] - w[0]).num_days() > 90).count())
            .sum()
    };
    let (treated_set, control_set): (BTreeSet<&String>, BTreeSet<&String>) = (treated.iter().collect(), control.iter().collect());
    let (want_treated, want_control) = (episodes(&met, &treated_set), episodes(&met, &control_set));
    assert!(want_treated > 10 && want_control > 10, "{want_treated} {want_control}");

    let of = |key: &str| r.playbooks.iter().find(|p| p.key == key).unwrap_or_else(|| panic!("{key} reported"));
    let e = of("call-everyone");
    assert_eq!((e.treated, e.control), (want_treated, want_control));
    assert!(e.matched_treated > 0 && e.matched_treated <= e.treated && e.matched_control <= e.control);
    // Treated accounts never churn: never more churn than comparable control.
    assert_eq!(e.churn_treated, Some(0.0));
    let (diff, control_rate) = (e.churn_difference.unwrap(), e.churn_control.unwrap());
    assert_eq!(diff, e.churn_treated.unwrap() - control_rate);
    let (low, high) = (e.churn_low.unwrap(), e.churn_high.unwrap());
    assert!(low <= diff && diff <= high && high <= 0.0, "{low} {diff} {high}");

    // Sixty days in: treated accounts stay, the others' new accounts all leave.
    let t = of("day-60-call");
    assert_eq!((t.treated, t.control), (episodes(&met_60, &treated_set), episodes(&met_60, &control_set)));
    assert!(t.matched_treated > 0 && t.matched_control > 0, "{t:?}");
    assert_eq!(t.churn_treated, Some(0.0));
    let (diff, low, high) = (t.churn_difference.unwrap(), t.churn_low.unwrap(), t.churn_high.unwrap());
    assert!(diff < -0.5 && low <= diff && diff <= high && high < 0.0, "{t:?}");
    assert_eq!(t.enough_evidence, t.matched_treated >= 10 && t.matched_control >= 10, "{t:?}");
    if t.enough_evidence {
        assert_eq!(t.verdict.key, "effect-lower-churn");
    }

    // The other playbook fires for the same episodes, its tasks done for the other half.
    let o2 = of("call-others");
    assert_eq!((o2.treated, o2.control), (want_control, want_treated));
    // A trigger that never holds for a paying account: no episodes, and it says so.
    let w = of("win-back-test");
    assert_eq!((w.treated, w.control, w.enough_evidence, &*w.verdict.key), (0, 0, false, "effect-no-episodes"));
    // Built-ins are reported too, named in the reader's language.
    let qbr = of("quarterly-qbr");
    assert_eq!(qbr.label.as_ref().map(|t| &*t.key), Some("pb-builtin-quarterly-qbr"));
    assert_eq!((qbr.treated, &*qbr.verdict.key), (0, "effect-no-treated"), "no task of the built-in was done");

    let json = serde_json::to_value(&r).unwrap();
    let first = &json["playbooks"][0];
    for field in ["key", "name", "treated", "control", "matched_treated", "churn_difference", "churn_low", "health_difference", "enough_evidence", "verdict"] {
        assert!(first.get(field).is_some(), "{field} in the JSON");
    }
}
