//! The analytics commands: metrics, alerts, health, account. Each opens the workspace,
//! calls the metrics crate and prints (JSON or a table).

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use metrics::{Scope, Settings};
use serde::Serialize;

use crate::args::{AsOf, GroupBy};
use crate::commands::print_json;
use crate::{open, CliError};

pub async fn as_of(ws: &store::Workspace, at: &AsOf) -> Result<NaiveDate, CliError> {
    match &at.as_of {
        Some(s) => Ok(domain::Day::parse(s).map_err(|e| CliError::Usage(format!("--as-of: {e}")))?.0),
        None => Ok(metrics::engine::latest_data_day(ws).await?.unwrap_or_else(|| chrono::Utc::now().date_naive())),
    }
}

pub use views::Config;

/// The settings file's configuration (see `views::Config`), or the defaults without one.
pub fn config(file: Option<&PathBuf>) -> Result<Config, CliError> {
    let Some(file) = file else { return Ok(Config::default()) };
    let text = std::fs::read_to_string(file).map_err(|e| CliError::Io { context: file.display().to_string(), source: e })?;
    Config::from_json(&text).map_err(|e| CliError::Usage(format!("{}: {e}", file.display())))
}

pub fn settings(file: Option<&PathBuf>) -> Result<Settings, CliError> {
    Ok(config(file)?.metrics)
}

fn pct(x: Option<f64>) -> String {
    x.map_or("-".into(), |v| format!("{:.1}%", v * 100.0))
}

#[derive(Serialize)]
struct MetricsOut {
    #[serde(flatten)]
    summary: metrics::revenue::RevenueSummary,
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<metrics::revenue::GroupRevenue>>,
}

pub async fn metrics_cmd(path: &Path, at: AsOf, by: Option<GroupBy>, json: bool) -> Result<(), CliError> {
    let cfg = config(at.settings.as_ref())?;
    let (book, before) = open::with_workspace(path, async |ws| {
        let day = as_of(ws, &at).await?;
        Ok(metrics::Book::load_with_trend(ws, day, Scope::All).await?)
    })
    .await?;
    let summary = metrics::revenue::summary(&book, &|_| true);
    let labels: Vec<String> = match by {
        None => vec![],
        Some(by @ (GroupBy::Needs | GroupBy::Value)) => {
            let analysis = metrics::analyze_book(&book, Some(&before), &cfg.metrics);
            if matches!(by, GroupBy::Needs) {
                segments::segmentation::needs_labels(&analysis, &cfg.segments.needs)?.0
            } else {
                segments::segmentation::value_labels(&analysis, &cfg.segments.value)?
            }
        }
        Some(by) => book
            .accounts
            .iter()
            .map(|r| {
                let v = match by {
                    GroupBy::Owner => &r.owner,
                    GroupBy::Industry => &r.industry,
                    _ => &r.region,
                };
                v.clone().unwrap_or_else(|| "(none)".into())
            })
            .collect(),
    };
    let groups = by.map(|_| metrics::revenue::by_group(&book, &|a| labels[a].clone()));
    if json {
        print_json(&MetricsOut { summary, groups });
        return Ok(());
    }
    let cur = summary.currency.clone().unwrap_or_default();
    println!("As of {}  ({cur})", summary.as_of);
    if let Some(c) = &summary.conversion {
        println!("  converted to {} at monthly average rates from {}; NRR and GRR at constant currency", c.reporting_currency, c.converted_from.join(", "));
    }
    println!("  MRR {:>14.2}   ARR {:>14.2}   active accounts {}", summary.mrr, summary.arr, summary.accounts_active);
    println!(
        "  NRR {:>8}   GRR {:>8}   logo churn {:>8}   (trailing 12 months, cohort of {} since {})",
        pct(summary.nrr),
        pct(summary.grr),
        pct(summary.logo_churn),
        summary.retention.cohort_accounts,
        summary.retention.since
    );
    // The fx column only where amounts were converted: one-currency output stays as it was.
    let fx = summary.conversion.is_some();
    let fx_head = if fx { format!(" {:>10}", "fx") } else { String::new() };
    println!("\n  {:<8} {:>12} {:>10} {:>10} {:>11} {:>10} {:>11}{fx_head} {:>12}", "month", "start", "new", "expansion", "contraction", "churned", "reactivated", "end");
    for m in &summary.mrr_movements {
        let fx_cell = if fx { format!(" {:>10.2}", m.fx) } else { String::new() };
        println!(
            "  {:<8} {:>12.2} {:>10.2} {:>10.2} {:>11.2} {:>10.2} {:>11.2}{fx_cell} {:>12.2}",
            m.month, m.start, m.new, m.expansion, m.contraction, m.churned, m.reactivated, m.end
        );
    }
    if let Some(groups) = groups {
        println!("\n  {:<28} {:>8} {:>14} {:>8} {:>8} {:>10}", "group", "accounts", "ARR", "NRR", "GRR", "logo churn");
        for g in groups {
            println!("  {:<28} {:>8} {:>14.2} {:>8} {:>8} {:>10}", g.group, g.accounts_active, g.arr, pct(g.nrr), pct(g.grr), pct(g.logo_churn));
        }
    }
    Ok(())
}

async fn analysis(path: &Path, at: &AsOf, account: Option<&str>) -> Result<metrics::Analysis, CliError> {
    let settings = settings(at.settings.as_ref())?;
    open::with_workspace(path, async |ws| {
        let day = as_of(ws, at).await?;
        let scope = account.map_or(Scope::All, Scope::Account);
        Ok(metrics::analyze(ws, day, scope, &settings).await?)
    })
    .await
}

pub async fn alerts_cmd(path: &Path, at: AsOf, account: Option<String>, json: bool) -> Result<(), CliError> {
    let a = analysis(path, &at, account.as_deref()).await?;
    let alerts = a.alerts();
    if json {
        print_json(&alerts);
        return Ok(());
    }
    println!("{} alerts as of {}", alerts.len(), a.as_of);
    for x in alerts {
        println!("  {:<6} {:<9} {:<18} {} (since {})", format!("{:?}", x.severity).to_lowercase(), x.account_id, x.kind.as_str(), x.message, x.since);
    }
    Ok(())
}

pub async fn health_cmd(path: &Path, at: AsOf, account: Option<String>, save: bool, backfill: Option<u32>, json: bool) -> Result<(), CliError> {
    let settings = settings(at.settings.as_ref())?;
    let scores = open::with_workspace(path, async |ws| health_inner(ws, &at, account.as_deref(), save, backfill, &settings).await).await?;
    if json {
        print_json(&scores);
        return Ok(());
    }
    for h in &scores {
        println!("{:<10} {:>3} {:<6}", h.account_id, h.score, h.band.as_str());
        if account.is_some() {
            for c in &h.components {
                let pts = if c.normalized.is_some() { format!("{:5.1} / {:4.1}", c.points, c.max_points) } else { "  n/a".into() };
                println!("    {:<22} {pts}  {}", c.label, c.detail);
            }
        }
    }
    Ok(())
}

async fn health_inner(
    ws: &store::Workspace,
    at: &AsOf,
    account: Option<&str>,
    save: bool,
    backfill: Option<u32>,
    settings: &Settings,
) -> Result<Vec<metrics::health::HealthScore>, CliError> {
    let day = as_of(ws, at).await?;
    let scope = account.map_or(Scope::All, Scope::Account);
    for w in (1..=backfill.unwrap_or(0)).rev() {
        let past = day - Days::new(7 * u64::from(w));
        let book = metrics::Book::load(ws, past, scope).await?;
        metrics::snapshots::save(ws, &metrics::engine::health_scores(&book, &settings.scorecard)).await?;
    }
    let a = metrics::analyze(ws, day, scope, settings).await?;
    let scores: Vec<_> = a.accounts.into_iter().map(|v| v.health).collect();
    if save || backfill.is_some() {
        metrics::snapshots::save(ws, &scores).await?;
    }
    Ok(scores)
}

pub async fn account_cmd(path: &Path, id: String, at: AsOf, json: bool) -> Result<(), CliError> {
    let settings = settings(at.settings.as_ref())?;
    let p = open::with_workspace(path, async |ws| {
        let day = as_of(ws, &at).await?;
        Ok(metrics::profile(ws, &id, day, &settings).await?)
    })
    .await?;
    if json {
        print_json(&p);
        return Ok(());
    }
    let v = &p.view;
    println!("{} ({})  owner {}  as of {}", v.name, v.account_id, v.owner.as_deref().unwrap_or("-"), v.health.day);
    println!("  stage {} ({}: {})", v.lifecycle.stage, v.lifecycle.source, v.lifecycle.reason);
    println!("  ARR {:.2}  customer since {}  renewal {}", v.arr, v.customer_since.as_deref().unwrap_or("-"), v.renewal.as_deref().unwrap_or("-"));
    println!("  health {} {}", v.health.score, v.health.band.as_str());
    let u = &v.usage;
    println!(
        "  events week {} (WoW {})  month {} (MoM {})  DAU/MAU {}  breadth {}  depth {}",
        u.events_week,
        pct(u.wow_change),
        u.events_month,
        pct(u.mom_change),
        u.stickiness.map_or("-".into(), |s| format!("{s:.2}")),
        pct(u.breadth),
        pct(u.depth)
    );
    for m in &u.modules {
        println!("    {:<20} {:>7} events this month {}", m.name, m.events_month, if m.licensed { "" } else { "(not licensed)" });
    }
    for x in &v.alerts {
        println!("  ! {}: {}", x.kind.as_str(), x.message);
    }
    if let Some(next) = &v.success_plan.next_step {
        println!("  next step: {} (due {}, owed by {})", next.title, next.due, next.owner_side);
    }
    Ok(())
}

/// Stored settings the CLI can change: the reporting currency (the JSON sections are set
/// through `--settings FILE` or the app).
pub async fn settings_cmd(path: &Path, reporting: Option<domain::Currency>, json: bool) -> Result<(), CliError> {
    let current = open::with_workspace(path, async |ws| {
        if let Some(c) = &reporting {
            ws.set_reporting_currency(c).await?;
        }
        Ok(ws.reporting_currency().await?)
    })
    .await?;
    let shown = current.as_ref().map(|c| c.to_string());
    if json {
        print_json(&serde_json::json!({ "reporting_currency": shown }));
    } else {
        match shown {
            Some(c) => println!("reporting currency: {c}"),
            None => println!("reporting currency: not set (revenue reports in the currency the subscriptions share)"),
        }
    }
    Ok(())
}
