//! The metrics against the demo portfolio: revenue recomputed independently from the
//! written subscriptions.csv, and both case studies of the domain guide.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use metrics::alerts::AlertKind;
use metrics::{Analysis, Book, Scope, Settings, analyze, profile};
use store::{KeyChoice, Workspace};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

struct Demo {
    _dir: tempfile::TempDir,
    ws: Workspace,
    cfg: demo::DemoConfig,
    files: demo::DemoFiles,
}

async fn demo_workspace() -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let cfg = demo::DemoConfig { accounts: 40, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir.path()).unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("metrics".to_string()))
        .await
        .unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    Demo { _dir: dir, ws, cfg, files }
}

/// MRR per account on `day`, straight from the CSV (not through the store).
fn csv_mrr(files: &demo::DemoFiles, day: NaiveDate) -> HashMap<String, i64> {
    let mut out = HashMap::new();
    let mut r = csv::Reader::from_path(&files.subscriptions).unwrap();
    let h = r.headers().unwrap().clone();
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    let (acc, mrr, start, end) = (col("account_id"), col("mrr"), col("start_date"), col("end_date"));
    for row in r.records() {
        let row = row.unwrap();
        let (units, cents) = row[mrr].split_once('.').unwrap_or((&row[mrr], "0"));
        let cents: i64 = units.parse::<i64>().unwrap() * 100 + format!("{cents:0<2}").parse::<i64>().unwrap();
        let active = d(&row[start]) <= day && (row[end].is_empty() || day < d(&row[end]));
        *out.entry(row[acc].to_string()).or_insert(0) += if active { cents } else { 0 };
    }
    out
}

fn view<'a>(a: &'a Analysis, id: &str) -> &'a metrics::AccountView {
    a.accounts.iter().find(|x| x.account_id == id).unwrap()
}

#[tokio::test]
async fn demo_metrics_and_case_studies() {
    let demo = demo_workspace().await;
    let settings = Settings::default();
    let end = demo.cfg.end_day;

    // Revenue, against an independent computation from the CSV.
    let now = csv_mrr(&demo.files, end);
    let then = csv_mrr(&demo.files, d("2025-10-31"));
    let a = analyze(&demo.ws, end, Scope::All, &settings).await.unwrap();
    let total: i64 = now.values().sum();
    assert!((a.revenue.mrr - total as f64 / 100.0).abs() < 1e-6);
    assert_eq!(a.revenue.accounts_active as usize, now.values().filter(|&&m| m > 0).count());
    let cohort: Vec<&String> = then.iter().filter(|(_, m)| **m > 0).map(|(k, _)| k).collect();
    let base: i64 = cohort.iter().map(|k| then[*k]).sum();
    let net: i64 = cohort.iter().map(|k| now[*k]).sum();
    let gross: i64 = cohort.iter().map(|k| now[*k].min(then[*k])).sum();
    let lost = cohort.iter().filter(|k| now[**k] == 0).count();
    assert!(!cohort.is_empty());
    assert!((a.revenue.nrr.unwrap() - net as f64 / base as f64).abs() < 1e-12);
    assert!((a.revenue.grr.unwrap() - gross as f64 / base as f64).abs() < 1e-12);
    assert!((a.revenue.logo_churn.unwrap() - lost as f64 / cohort.len() as f64).abs() < 1e-12);
    let last = a.revenue.mrr_movements.last().unwrap();
    assert_eq!(last.month, "2026-10");
    assert!((last.end - a.revenue.mrr).abs() < 1e-6);

    // Derived stages: churned exactly when the account pays nothing on the day.
    for v in &a.accounts {
        assert_eq!(v.lifecycle.source, "derived");
        assert_eq!(v.lifecycle.stage == "churned", now[&v.account_id] == 0, "{}: {:?}", v.account_id, v.lifecycle);
    }

    // A one-account profile says exactly what the full recompute says about it.
    let p = profile(&demo.ws, demo::CASE_MODULE_STACKING, end, &settings).await.unwrap();
    assert_eq!(&p.view, view(&a, demo::CASE_MODULE_STACKING));
    assert_eq!(p.mrr_history.len(), 24);
    assert_eq!(p.mrr_history[23].value, p.view.mrr);

    // Case 1: Helios Freight goes silent on Sep 9; by Sep 15 the alerts say so, since when.
    let case = demo::case_dates(&demo.cfg);
    let silent = analyze(&demo.ws, case.silent_to, Scope::Account(demo::CASE_TIMELY_INTERVENTION), &settings)
        .await
        .unwrap();
    let helios = &silent.accounts[0];
    let kinds: Vec<AlertKind> = helios.alerts.iter().map(|x| x.kind).collect();
    let alert = helios.alerts.iter().find(|x| x.kind == AlertKind::AccountSilent).expect("silent alert");
    assert_eq!(alert.since, case.silent_from.to_string(), "{kinds:?}");
    assert!(kinds.contains(&AlertKind::UsageDrop), "{kinds:?}");
    // The departing analyst's last day is the last core-user activity the profile shows.
    let analyst = helios.usage.core_users.iter().find(|c| c.name == demo::DEPARTING_ANALYST).unwrap();
    assert_eq!(analyst.last_active.as_deref(), Some(case.analyst_last_day.to_string().as_str()));
    assert_eq!(helios.usage.events_week, 0);
    assert_eq!(helios.lifecycle.stage, "at_risk");
    // Two weeks after the new champion started, the account is active again.
    let after = analyze(&demo.ws, case.new_champion_day + Days::new(14), Scope::Account(demo::CASE_TIMELY_INTERVENTION), &settings)
        .await
        .unwrap();
    let kinds: Vec<AlertKind> = after.accounts[0].alerts.iter().map(|x| x.kind).collect();
    assert!(!kinds.contains(&AlertKind::AccountSilent) && !kinds.contains(&AlertKind::UsageDrop), "{kinds:?}");
    assert!(after.accounts[0].usage.events_week > 0);

    // Case 2: Brightwave uses 2 of its licensed modules until the training.
    let before = analyze(&demo.ws, case.training - Days::new(1), Scope::Account(demo::CASE_MODULE_STACKING), &settings)
        .await
        .unwrap();
    let bw = &before.accounts[0];
    let unused = bw.alerts.iter().find(|x| x.kind == AlertKind::UnusedModules).expect("unused modules alert");
    let message = unused.message.render(i18n::Lang::En);
    assert!(message.contains("Data collection") && message.contains("Analysis"), "{message}");
    assert_eq!(bw.usage.modules_used, 2);
    let later = view(&a, demo::CASE_MODULE_STACKING);
    // After the training, data collection and analysis are in use (a fifth licensed module,
    // alerting, may still be idle).
    let unused_later: Vec<String> =
        later.alerts.iter().filter(|x| x.kind == AlertKind::UnusedModules).map(|x| x.message.render(i18n::Lang::En)).collect();
    assert!(unused_later.iter().all(|m| !m.contains("Data collection") && !m.contains("Analysis")), "{unused_later:?}");
    assert!(later.usage.modules_used >= 4);
    assert!(later.usage.breadth > bw.usage.breadth);
}

#[tokio::test]
async fn health_snapshots_round_trip() {
    let demo = demo_workspace().await;
    let card = metrics::health::Scorecard::default();
    let mut days = Vec::new();
    for k in [14u64, 7, 0] {
        let day = demo.cfg.end_day - Days::new(k);
        let book = Book::load(&demo.ws, day, Scope::All).await.unwrap();
        let scores = metrics::engine::health_scores(&book, &card);
        assert_eq!(metrics::snapshots::save(&demo.ws, &scores).await.unwrap(), 40);
        // Saving the same day again replaces, not duplicates.
        assert_eq!(metrics::snapshots::save(&demo.ws, &scores).await.unwrap(), 40);
        days.push((day.to_string(), scores.iter().find(|h| h.account_id == "ACC-0003").unwrap().score.expect("ACC-0003 has usage")));
    }
    let h = metrics::snapshots::history(&demo.ws, "ACC-0003").await.unwrap();
    let got: Vec<(String, u8)> = h.into_iter().map(|p| (p.day, p.score)).collect();
    assert_eq!(got, days);
}

#[tokio::test]
async fn weekly_user_trend_ends_on_the_accounts_current_numbers() {
    let demo = demo_workspace().await;
    let as_of = demo.cfg.end_day;
    let analysis = analyze(&demo.ws, as_of, Scope::All, &Settings::default()).await.unwrap();
    let mut checked = 0;
    for view in analysis.accounts.iter().filter(|v| v.usage.monthly_active_users > 0).take(12) {
        let from = as_of - Days::new(60);
        let days: Vec<metrics::usage_trend::ActiveDay> = demo
            .ws
            .user_days(&view.account_id, &from.to_string(), &as_of.to_string())
            .await
            .unwrap()
            .into_iter()
            .map(|u| metrics::usage_trend::ActiveDay {
                day: d(&u.day),
                user: u.user_id,
                core: u.role.as_deref().is_some_and(metrics::usage::is_core_role),
            })
            .collect();
        let week = &metrics::usage_trend::weekly(&days, &[as_of])[0];
        let u = &view.usage;
        assert_eq!(week.monthly_active as i64, u.monthly_active_users, "{}", view.account_id);
        assert!((week.average_daily - u.average_daily_users).abs() < 1e-9, "{}", view.account_id);
        assert_eq!(week.stickiness, u.stickiness, "{}", view.account_id);
        let core_active = u.core_users.iter().filter(|c| c.active).count() as u32;
        assert_eq!(week.core_active, core_active, "{}", view.account_id);
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} accounts with users");
}
