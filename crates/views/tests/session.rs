//! The snapshot follows the data across sessions made with other settings: a write finishing on
//! the session that settings replaced still makes the new one recompute.

use std::sync::Arc;

use store::{KeyChoice, Workspace};
use views::{Config, Session};

async fn add_account(ws: &Workspace, id: &str) {
    sqlx::query("INSERT INTO accounts (external_id, name) VALUES (?1, ?1)").bind(id).execute(ws.pool()).await.unwrap();
}

/// A session over a new workspace in `dir` holding one account, "acc-1", without activity.
async fn one_account_session(dir: &std::path::Path) -> Session {
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("session")).await.unwrap();
    add_account(&ws, "acc-1").await;
    Session::new(ws, Config::default())
}

#[tokio::test]
async fn a_change_on_the_replaced_session_reaches_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let old = one_account_session(dir.path()).await;
    let new = old.with_config(Config::default());

    let first = new.snapshot().await.unwrap();
    assert_eq!(first.analysis.accounts.len(), 1);
    assert!(Arc::ptr_eq(&first, &new.snapshot().await.unwrap()), "cached while nothing changes");

    // An import still running on the old session commits, then says so there.
    add_account(old.workspace(), "acc-2").await;
    old.changed().await;
    let second = new.snapshot().await.unwrap();
    assert_eq!(second.analysis.accounts.len(), 2);
    new.close().await;
}

async fn demo_workspace(dir: &std::path::Path, accounts: usize) -> Workspace {
    let cfg = demo::DemoConfig { accounts, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir).unwrap();
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("session")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    ws
}

/// The full recompute: a session opened afresh on the workspace, its needs segments fitted
/// again rather than taken from the kept fit.
async fn fresh(ws: &Workspace, config: Config) -> Arc<views::Snapshot> {
    let session = Session::new(ws.clone(), config);
    session.refit_segments();
    let s = session.snapshot().await.unwrap();
    session.settle().await;
    s
}

/// What the next unlock computes: a session opened afresh, the kept fit as it finds it.
async fn reopened(ws: &Workspace, config: Config) -> Arc<views::Snapshot> {
    let session = Session::new(ws.clone(), config);
    let s = session.snapshot().await.unwrap();
    session.settle().await;
    s
}

fn same_analysis(got: &views::Snapshot, full: &views::Snapshot, what: &str) {
    assert_eq!(got.as_of, full.as_of, "{what}");
    assert_eq!(got.analysis, full.analysis, "{what}: the analysis");
    assert_eq!(got.before_revenue, full.before_revenue, "{what}: the earlier revenue");
    assert_eq!(got.value, full.value, "{what}: value tiers");
    assert_eq!(format!("{:?}", got.book), format!("{:?}", full.book), "{what}: the book");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_of_some_accounts_refreshes_them_and_keeps_the_fitted_segments() {
    let dir = tempfile::tempdir().unwrap();
    let ws = demo_workspace(dir.path(), 40).await;
    let session = Session::new(ws.clone(), Config::default());
    let first = session.snapshot().await.unwrap();
    let fitted = first.needs.clone();

    // A milestone ticked in the app: that account is read again, the rest kept.
    let (account, milestone): (String, String) = sqlx::query_as(
        "SELECT a.external_id, m.external_id FROM milestones m JOIN accounts a ON a.id = m.account_id
          WHERE m.completed_at IS NULL ORDER BY m.due_day DESC, m.id LIMIT 1",
    )
    .fetch_one(ws.pool())
    .await
    .unwrap();
    views::account::complete_milestone(&session, &milestone).await.unwrap();
    let second = session.snapshot().await.unwrap();
    assert_eq!(second.origin, views::Origin::Refreshed { accounts: 1 });
    let full = fresh(&ws, Config::default()).await;
    assert_eq!(full.origin, views::Origin::Read);
    same_analysis(&second, &full, "after a milestone");
    let i = second.analysis.accounts.iter().position(|a| a.account_id == account).unwrap();
    let plan = |s: &views::Snapshot| s.analysis.accounts[i].success_plan.milestones.iter().find(|m| *m.id == *milestone).unwrap().status.clone();
    assert_eq!(plan(&second), "done");
    assert_ne!(plan(&first), "done");
    // Segments: every account keeps its fitted segment; the changed one joins the nearest.
    assert_eq!(second.assigned_since_fit, 1);
    let model = first.needs_model.as_ref().unwrap();
    let nearest = model.assign(&second.analysis.accounts[i], &Config::default().segments.needs).unwrap_or(segments::needs::INACTIVE);
    assert_eq!(second.needs[i], nearest);
    for (j, label) in second.needs.iter().enumerate().filter(|(j, _)| *j != i) {
        assert_eq!(label, &fitted[j]);
    }

    // Tickets for three more accounts, said by account: refreshed, still the fitted segments
    // (4 of 40 changed: not more than the refit share).
    let others: Vec<String> = first.analysis.accounts.iter().skip(5).step_by(11).take(3).map(|a| a.account_id.clone()).collect();
    for (n, id) in others.iter().enumerate() {
        sqlx::query(
            "INSERT INTO tickets (external_id, account_id, opened_at, priority)
             SELECT ?1, id, ?2, 'urgent' FROM accounts WHERE external_id = ?3",
        )
        .bind(format!("T-refresh-{n}"))
        .bind(format!("{}T08:00:00Z", first.as_of))
        .bind(id)
        .execute(ws.pool())
        .await
        .unwrap();
    }
    session.changed_accounts(others.clone()).await;
    let third = session.snapshot().await.unwrap();
    assert_eq!(third.origin, views::Origin::Refreshed { accounts: 3 });
    same_analysis(&third, &*fresh(&ws, Config::default()).await, "after tickets");
    assert_eq!(third.assigned_since_fit, 4);

    // One more account changed is over 10% of the book: the segments are fitted again, as a
    // full recompute fits them.
    session.changed_accounts(vec![first.analysis.accounts[0].account_id.clone()]).await;
    let fourth = session.snapshot().await.unwrap();
    assert_eq!(fourth.origin, views::Origin::Refreshed { accounts: 1 });
    let full = fresh(&ws, Config::default()).await;
    same_analysis(&fourth, &full, "past the refit share");
    assert_eq!(fourth.assigned_since_fit, 0);
    assert_eq!(fourth.needs, full.needs);

    // On demand, too; and a change of anything recomputes.
    session.changed_accounts(vec![account.clone()]).await;
    assert_eq!(session.snapshot().await.unwrap().assigned_since_fit, 1);
    session.refit_segments();
    let refitted = session.snapshot().await.unwrap();
    assert_eq!(refitted.assigned_since_fit, 0);
    assert_eq!(refitted.origin, views::Origin::Reanalysed);
    assert_eq!(refitted.needs, full.needs);
    session.changed().await;
    let recomputed = session.snapshot().await.unwrap();
    same_analysis(&recomputed, &full, "after a change of anything");
    assert_eq!(recomputed.origin, views::Origin::Read);
    assert!(!Arc::ptr_eq(&recomputed, &refitted));
    session.close().await;
}

fn config_weights() -> Config {
    let mut config = Config::default();
    config.metrics.scorecard.weights.nps = 40.0;
    config.metrics.scorecard.weights.breadth = 1.0;
    config
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_settings_analyse_the_book_again_as_a_full_recompute_would() {
    let dir = tempfile::tempdir().unwrap();
    let ws = demo_workspace(dir.path(), 30).await;
    let old = Session::new(ws.clone(), Config::default());
    let before = old.snapshot().await.unwrap();
    let mut config = Config::default();
    config.metrics.scorecard.weights.usage_trend = 60.0;
    config.metrics.scorecard.weights.support = 5.0;
    config.segments.needs.k_max = 3;
    let new = old.with_config(config.clone());
    let after = new.snapshot().await.unwrap();
    assert_eq!(after.origin, views::Origin::Reanalysed);
    // What a snapshot keeps of its books is their revenue; the analysis holds the rest.
    for b in [&before.book, &before.before, &after.book, &after.before] {
        assert!(b.tickets.is_empty() && b.nps.is_empty() && b.contacts.is_empty() && b.milestones.is_empty());
        assert!(b.usage.iter().all(|u| u.weeks.is_empty() && u.users.is_empty()));
        assert!(!b.subscriptions.is_empty());
    }
    let full = fresh(&ws, config).await;
    same_analysis(&after, &full, "new settings");
    assert_eq!(after.needs, full.needs);
    assert_ne!(
        after.analysis.accounts.iter().map(|a| a.health.score).collect::<Vec<_>>(),
        before.analysis.accounts.iter().map(|a| a.health.score).collect::<Vec<_>>(),
        "the new weights moved some scores"
    );
    assert!(after.needs_model.as_ref().unwrap().k <= 3);

    // Health weights alone keep the fitted needs segments: they are fitted on usage only.
    let mut weights = config_weights();
    weights.segments.needs.k_max = 3;
    let newer = new.with_config(weights.clone());
    let again = newer.snapshot().await.unwrap();
    assert_eq!(again.origin, views::Origin::Reanalysed);
    assert_eq!(again.needs, after.needs);
    same_analysis(&again, &*fresh(&ws, weights).await, "weights only");
    assert_ne!(again.analysis, after.analysis);
    newer.close().await;
}

/// Marks `count` accounts of the kept fit as fitted into another segment than the one they
/// are in now, as if their usage had moved since the fit.
async fn move_in_kept_fit(ws: &Workspace, snapshot: &views::Snapshot, count: usize) {
    let (model, labels): (String, String) = sqlx::query_as("SELECT model, labels FROM needs_fit").fetch_one(ws.pool()).await.unwrap();
    let model: serde_json::Value = serde_json::from_str(&model).unwrap();
    let names: Vec<&str> = model["clusters"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert!(names.len() >= 2, "the demo book has more than one needs segment");
    let mut labels: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&labels).unwrap();
    let active = snapshot.analysis.accounts.iter().zip(&snapshot.needs).filter(|(_, n)| *n != segments::needs::INACTIVE);
    for (a, now) in active.take(count) {
        let c = names.iter().position(|n| n == now).unwrap();
        labels.insert(a.account_id.clone(), serde_json::json!((c + 1) % names.len()));
    }
    sqlx::query("UPDATE needs_fit SET labels = ?").bind(serde_json::to_string(&labels).unwrap()).execute(ws.pool()).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_next_unlock_keeps_the_fitted_segments_until_the_book_has_moved() {
    let dir = tempfile::tempdir().unwrap();
    let ws = demo_workspace(dir.path(), 60).await;
    let first = reopened(&ws, Config::default()).await;
    assert!(first.needs_fitted, "no fit kept yet");
    let (fit, _) = segments::segmentation::needs_labels(&first.analysis, &Config::default().segments.needs).unwrap();
    assert_eq!(first.needs, fit);

    // The next unlock assigns every account to the kept fit: the same segments, not fitted.
    let second = reopened(&ws, Config::default()).await;
    assert!(!second.needs_fitted);
    assert_eq!((second.needs.clone(), second.assigned_since_fit), (first.needs.clone(), 0));
    assert_eq!(second.needs_model.as_ref().unwrap().clusters, first.needs_model.as_ref().unwrap().clusters);

    // Six of sixty accounts (10%) no longer where the fit put them: kept, and counted.
    move_in_kept_fit(&ws, &second, 6).await;
    let third = reopened(&ws, Config::default()).await;
    assert!(!third.needs_fitted);
    assert_eq!((third.needs.clone(), third.assigned_since_fit), (first.needs.clone(), 6));

    // Seven: more than the refit share, so fitted again (and that fit kept).
    move_in_kept_fit(&ws, &third, 7).await;
    let fourth = reopened(&ws, Config::default()).await;
    assert!(fourth.needs_fitted);
    assert_eq!((fourth.needs.clone(), fourth.assigned_since_fit), (fit.clone(), 0));
    assert!(!reopened(&ws, Config::default()).await.needs_fitted);

    // Other needs settings are not served by the kept fit; a kept fit that does not read is
    // fitted again rather than failing the unlock.
    let mut narrow = Config::default();
    narrow.segments.needs.k_max = 2;
    let other = reopened(&ws, narrow.clone()).await;
    assert!(other.needs_fitted);
    assert_eq!(other.needs, segments::segmentation::needs_labels(&other.analysis, &narrow.segments.needs).unwrap().0);
    // Back to the default settings: fitted again (the kept fit is the narrow one's), and kept.
    let back = reopened(&ws, Config::default()).await;
    assert!(back.needs_fitted);
    assert!(!reopened(&ws, Config::default()).await.needs_fitted);
    sqlx::query("UPDATE needs_fit SET model = '{\"k\":'").execute(ws.pool()).await.unwrap();
    let unreadable = reopened(&ws, Config::default()).await;
    assert!(unreadable.needs_fitted);
    assert_eq!(unreadable.needs, fit);
}

#[tokio::test]
async fn the_accounts_list_is_sent_again_only_after_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let session = one_account_session(dir.path()).await;
    let first = views::accounts::accounts_if_changed(&session, None).await.unwrap().expect("the screen has none yet");
    assert_eq!(first.rows.len(), 1);
    // No account has activity yet: no needs segment to keep (a kept empty fit would hold every
    // account as inactive after their events arrive).
    session.settle().await;
    let kept: i64 = sqlx::query_scalar("SELECT count(*) FROM needs_fit").fetch_one(session.workspace().pool()).await.unwrap();
    assert_eq!(kept, 0);
    assert!(views::accounts::accounts_if_changed(&session, Some(first.version)).await.unwrap().is_none());

    add_account(session.workspace(), "acc-2").await;
    session.changed().await;
    let second = views::accounts::accounts_if_changed(&session, Some(first.version)).await.unwrap().expect("the data changed");
    assert_eq!((second.rows.len(), second.rows == views::accounts::accounts(&session).await.unwrap().rows), (2, true));
    assert_ne!(second.version, first.version);

    // Other settings are another analysis: the list comes again.
    let other = session.with_config(config_weights());
    assert!(views::accounts::accounts_if_changed(&other, Some(second.version)).await.unwrap().is_some());
    // The replaced session is dropped, never closed (the workspace is shared); this one closes.
    drop(session);
    other.close().await;
}
