//! The backtest over demo books: no leakage from the future into a past day's score, the
//! evaluations are exactly the accounts paying on each evaluation day, the figures agree with
//! their own definitions, and a book with few churns says so.

use chrono::NaiveDate;
use metrics::{Book, Scope};
use store::{KeyChoice, Workspace};

async fn demo_workspace(dir: &std::path::Path, accounts: usize, months: u32) -> Workspace {
    let cfg = demo::DemoConfig { accounts, months, ..Default::default() };
    let files = demo::generate(&cfg, dir).unwrap();
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("backtest")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    ws
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Deletes, or forgets, everything dated after `d`: the workspace as it stood that evening.
async fn forget_after(ws: &Workspace, d: NaiveDate) -> u64 {
    let epoch = (d - day("1970-01-01")).num_days();
    let d = d.to_string();
    let mut changed = 0;
    let statements: [(&str, bool); 12] = [
        ("DELETE FROM usage_days WHERE day > ?", false),
        ("DELETE FROM first_value_days WHERE day > ?", false),
        ("DELETE FROM user_activity WHERE day > ?", false),
        ("DELETE FROM value_event_days WHERE day > ?", false),
        ("DELETE FROM event_ids WHERE day > ?", true),
        ("DELETE FROM event_days WHERE day > ?", true),
        ("DELETE FROM nps_responses WHERE substr(responded_at, 1, 10) > ?", false),
        ("DELETE FROM tickets WHERE substr(opened_at, 1, 10) > ?", false),
        ("UPDATE tickets SET resolved_at = NULL WHERE substr(resolved_at, 1, 10) > ?", false),
        ("UPDATE milestones SET completed_at = NULL WHERE substr(completed_at, 1, 10) > ?", false),
        ("DELETE FROM subscription_modules WHERE subscription_id IN (SELECT id FROM subscriptions WHERE start_day > ?)", false),
        ("DELETE FROM subscriptions WHERE start_day > ?", false),
    ];
    for (sql, by_number) in statements {
        let q = sqlx::query(sql);
        let q = if by_number { q.bind(epoch) } else { q.bind(&d) };
        changed += q.execute(ws.pool()).await.unwrap().rows_affected();
    }
    // A contract's end was not known before it came: every subscription running that day runs on.
    changed += sqlx::query("UPDATE subscriptions SET end_day = NULL WHERE end_day > ?").bind(&d).execute(ws.pool()).await.unwrap().rows_affected();
    changed
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_past_days_score_and_drivers_do_not_see_the_future() {
    let dir = tempfile::tempdir().unwrap();
    let ws = demo_workspace(dir.path(), 80, 18).await;
    let settings = metrics::Settings::default();
    for d in ["2026-01-31", "2025-09-30"].map(day) {
        let before = metrics::engine::health_scores(&Book::load(&ws, d, Scope::All).await.unwrap(), &settings.scorecard);
        let changed = forget_after(&ws, d).await;
        assert!(changed > 1_000, "the later history was there to forget ({changed} rows)");
        let after = metrics::engine::health_scores(&Book::load(&ws, d, Scope::All).await.unwrap(), &settings.scorecard);
        assert_eq!(before.len(), after.len());
        assert!(before.iter().any(|h| h.score.is_some_and(|s| s > 0)));
        for (b, a) in before.iter().zip(&after) {
            // Score, band and every factor's value, points and stated detail.
            assert_eq!(b, a, "{} on {d}", b.account_id);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn evaluations_are_the_paying_accounts_and_the_figures_follow_their_definitions() {
    let dir = tempfile::tempdir().unwrap();
    let ws = demo_workspace(dir.path(), 160, 24).await;
    let o = backtest::Options { by: Some(backtest::GroupBy::Value), resamples: 400, ..Default::default() };
    let r = backtest::backtest(&ws, &metrics::Settings::default(), &segments::SegmentSettings::default(), &o).await.unwrap();

    // Independently: accounts with a running paid subscription on each evaluation day.
    let mut expected = 0;
    for d in &r.evaluation_days {
        let n: i64 = sqlx::query_scalar(
            "SELECT count(DISTINCT account_id) FROM subscriptions WHERE mrr_minor > 0 AND start_day <= ?1 AND (end_day IS NULL OR end_day > ?1)",
        )
        .bind(d)
        .fetch_one(ws.pool())
        .await
        .unwrap();
        expected += n as usize;
    }
    let x = &r.figures;
    assert_eq!(x.evaluations + r.no_data, expected, "every paying account, scored or left out for lack of data");
    // From the first month end a month after the usage history starts (no score before) to the
    // last one whose 90-day horizon the history covers.
    let (first_usage, last_usage): (i64, i64) = sqlx::query_as("SELECT MIN(day), MAX(day) FROM event_days").fetch_one(ws.pool()).await.unwrap();
    let epoch = day("1970-01-01");
    let month_end = |d: NaiveDate| metrics::dates::month_end(d);
    let first = month_end((epoch + chrono::Days::new(first_usage as u64)).checked_add_months(chrono::Months::new(1)).unwrap());
    let last_usable = epoch + chrono::Days::new(last_usage as u64) - chrono::Days::new(90);
    let last = if month_end(last_usable) > last_usable { month_end(metrics::dates::months_before(month_end(last_usable), 1)) } else { month_end(last_usable) };
    assert_eq!((r.evaluation_days.first().unwrap().as_str(), r.evaluation_days.last().unwrap().as_str()), (first.to_string().as_str(), last.to_string().as_str()));
    assert!(r.evaluation_days.windows(2).all(|w| w[0] < w[1] && month_end(day(&w[1])) == day(&w[1])));
    assert_eq!(x.bands.iter().map(|b| b.accounts).sum::<usize>(), x.evaluations);
    assert_eq!(x.bands.iter().map(|b| b.churned).sum::<usize>(), x.churned);
    for b in &x.bands {
        assert_eq!(b.rate, (b.accounts > 0).then(|| b.churned as f64 / b.accounts as f64));
    }
    let (green, red) = (&x.bands[0], &x.bands[2]);
    assert_eq!(x.lift_red_vs_green, Some(red.rate.unwrap() / green.rate.unwrap()));
    assert_eq!(x.red_recall, Some(red.churned as f64 / x.churned as f64));
    let (auc, low, high) = (x.auc.unwrap(), x.auc_low.unwrap(), x.auc_high.unwrap());
    assert!(low <= auc && auc <= high, "{low} {auc} {high}");
    assert!(auc > 0.6, "the demo's churn follows declines, lost champions and support crises: {auc}");
    assert_eq!(r.calibration.iter().map(|d| d.evaluations).sum::<usize>(), x.evaluations);
    assert!(r.calibration.windows(2).all(|w| w[0].mean_score >= w[1].mean_score), "healthiest decile first");
    for m in &r.misses {
        assert!(m.churn_day > m.day && m.score >= 70, "{m:?}");
    }
    // Groups partition the evaluations.
    assert!(r.groups.len() >= 2);
    assert_eq!(r.groups.iter().map(|g| g.figures.evaluations).sum::<usize>(), x.evaluations);
    // The same book gives the same report.
    let again = backtest::backtest(&ws, &metrics::Settings::default(), &segments::SegmentSettings::default(), &o).await.unwrap();
    assert_eq!(again, r);
    let json = serde_json::to_value(&r).unwrap();
    for field in ["auc", "auc_low", "auc_high", "evaluations", "churned", "bands", "lift_red_vs_green", "median_lead_days", "misses"] {
        assert!(json.get(field).is_some(), "{field} in the JSON");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_book_with_few_churns_says_so_with_a_wide_interval() {
    let dir = tempfile::tempdir().unwrap();
    let ws = demo_workspace(dir.path(), 30, 14).await;
    let o = backtest::Options { resamples: 400, ..Default::default() };
    let r = backtest::backtest(&ws, &metrics::Settings::default(), &segments::SegmentSettings::default(), &o).await.unwrap();
    assert!(r.figures.churned_accounts < backtest::report::MIN_CHURNS, "{}", r.figures.churned_accounts);
    assert!(!r.figures.enough);
    let warning = r.warnings.iter().find(|w| w.key == "backtest-few-churns").expect("the warning");
    assert!(warning.render(i18n::Lang::En).contains(&format!("Only {} account", r.figures.churned_accounts)));
    if let (Some(low), Some(high)) = (r.figures.auc_low, r.figures.auc_high) {
        assert!(high - low > 0.15, "few churns, wide interval: {low}..{high}");
    }
    // Options the history cannot serve are refused, naming why.
    let late = backtest::Options { to: Some(day("2099-01-31")), ..o.clone() };
    let e = backtest::backtest(&ws, &metrics::Settings::default(), &segments::SegmentSettings::default(), &late).await.unwrap_err();
    assert_eq!(e.code(), "invalid_backtest");
}
