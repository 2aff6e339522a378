//! The app's views over a demo book, checked against the store read directly with SQL (not
//! through the engine), and the snapshot refreshed after a write.

use chrono::{Days, NaiveDate};
use store::{KeyChoice, Workspace};
use views::{Config, Session, Theme};

async fn demo_session(dir: &std::path::Path) -> Session {
    let cfg = demo::DemoConfig { accounts: 24, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir).unwrap();
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("views")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    Session::new(ws, Config::default())
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_accounts_and_account_360_agree_with_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    let pool = session.workspace().pool();
    let home = views::home::home(&session, Theme::Light, i18n::Lang::En).await.unwrap();
    let as_of = day(&home.as_of);

    // ARR: twelve times the MRR of subscriptions running on the day (end day exclusive).
    let mrr_minor: i64 = sqlx::query_scalar("SELECT COALESCE(SUM(mrr_minor), 0) FROM subscriptions WHERE start_day <= ?1 AND (end_day IS NULL OR end_day > ?1)")
        .bind(&home.as_of)
        .fetch_one(pool)
        .await
        .unwrap();
    let arr = home.arr.now.unwrap();
    assert!((arr - 12.0 * mrr_minor as f64 / 100.0).abs() < 0.01, "{arr} vs {mrr_minor}");
    assert_eq!(home.before, (as_of - Days::new(metrics::book::TREND_DAYS)).to_string());
    assert_eq!(home.health.iter().map(|b| b.accounts).sum::<u32>(), home.paying_accounts);
    assert!((home.health.iter().map(|b| b.arr).sum::<f64>() - arr).abs() < 0.01);
    assert!(home.mrr_chart.starts_with("<svg") && home.mrr_chart.contains("MRR movements: All accounts"));
    for r in &home.renewals {
        assert!(r.days_left >= 0 && r.days_left <= views::home::RENEWAL_DAYS, "{r:?}");
        assert_eq!(day(&r.renewal), as_of + Days::new(r.days_left as u64));
    }
    assert!(home.renewals.windows(2).all(|w| w[0].renewal <= w[1].renewal));
    assert!(home.alerts.windows(2).all(|w| w[0].severity <= w[1].severity));
    // The shown alerts and tasks are the first of the whole lists, which the home no longer
    // copies: sorted here in full, as it did (severity, newest, account name, then by account).
    let snapshot = session.snapshot().await.unwrap();
    let mut all = snapshot.analysis.alerts();
    all.sort_by(|a, b| a.severity.cmp(&b.severity).then(b.since.cmp(&a.since)).then(a.account_name.cmp(&b.account_name)));
    assert!(all.len() > views::home::ALERTS_SHOWN, "the demo shows only part of its alerts: {}", all.len());
    assert_eq!(home.alerts_total as usize, all.len());
    assert_eq!(home.alerts.iter().collect::<Vec<_>>(), all[..views::home::ALERTS_SHOWN].to_vec());
    // The home's chart from the snapshot's revenue and cached trend equals the chart drawn from the book.
    let from = as_of.checked_sub_months(chrono::Months::new(11)).unwrap();
    let drawn = views::chart_data::mrr_of(i18n::Lang::En, &snapshot.book, "All accounts", &|_| true, from);
    assert!(drawn.months.len() >= 12 && drawn.trend.len() == drawn.months.len(), "{drawn:?}");
    for _ in 0..2 {
        assert_eq!(views::chart_data::mrr_of_all(i18n::Lang::En, &snapshot, "All accounts", from), drawn);
    }
    let tasks = playbooks::tasks::list(session.workspace(), &playbooks::Filter::default(), as_of).await.unwrap();
    assert_eq!(home.tasks_total as usize, tasks.len());
    assert_eq!(home.tasks, tasks.into_iter().take(views::home::TASKS_SHOWN).collect::<Vec<_>>());

    let list = views::accounts::accounts(&session).await.unwrap();
    let names: Vec<String> = sqlx::query_scalar("SELECT name FROM accounts").fetch_all(pool).await.unwrap();
    assert_eq!(list.rows.len(), names.len());
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(list.rows.iter().map(|r| r.name.clone()).collect::<Vec<_>>(), sorted);
    assert_eq!(list.rows.iter().filter(|r| r.arr > 0.0).count() as u32, home.paying_accounts);
    assert!(list.rows.iter().all(|r| r.needs_segment.is_some() && r.value_tier.is_some()));

    // An account with an open milestone: complete it and see the snapshot move.
    let (account, milestone): (String, String) = sqlx::query_as(
        "SELECT a.external_id, m.external_id FROM milestones m JOIN accounts a ON a.id = m.account_id
          WHERE m.completed_at IS NULL ORDER BY m.due_day, m.id LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let before = views::account::account(&session, &account, Theme::Dark, i18n::Lang::En).await.unwrap();
    let name: String = sqlx::query_scalar("SELECT name FROM accounts WHERE external_id = ?").bind(&account).fetch_one(pool).await.unwrap();
    assert_eq!(before.profile.view.name, name);
    for svg in [&before.charts.module_stack, &before.charts.users, &before.charts.health, &before.charts.milestones] {
        assert!(svg.starts_with("<svg"), "{}", &svg[..40.min(svg.len())]);
    }
    let status = |a: &views::account::Account360| a.profile.view.success_plan.milestones.iter().find(|m| *m.id == *milestone).map(|m| m.status.clone());
    assert_ne!(status(&before).as_deref(), Some("done"));
    views::account::complete_milestone(&session, &milestone).await.unwrap();
    let after = views::account::account(&session, &account, Theme::Dark, i18n::Lang::En).await.unwrap();
    assert_eq!(status(&after).as_deref(), Some("done"));
    let done = after.profile.view.success_plan.milestones.iter().find(|m| *m.id == *milestone).unwrap();
    assert_eq!(done.completed.map(|c| c.to_string()), Some(home.as_of.clone()));

    let e = views::account::account(&session, "NO-SUCH", Theme::Light, i18n::Lang::En).await.unwrap_err();
    assert_eq!(e.code(), "unknown_account");
    session.close().await;
}
