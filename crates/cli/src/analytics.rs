//! The analytics commands: metrics, alerts, health, account. Each opens the workspace,
//! calls the metrics crate and prints (JSON or a table).

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use metrics::{Scope, Settings};
use serde::Serialize;

use i18n::{Formats, Lang, tr};

use crate::args::{AsOf, GroupBy};
use crate::commands::print_json;
use crate::out::{self, Align, Table, day, pct};
use crate::{open, CliError};

pub async fn as_of(ws: &store::Workspace, at: &AsOf) -> Result<NaiveDate, CliError> {
    match &at.as_of {
        Some(s) => Ok(domain::Day::parse(s).map_err(|e| crate::flag("--as-of", e.text()))?.0),
        None => Ok(metrics::engine::latest_data_day(ws).await?.unwrap_or_else(|| chrono::Utc::now().date_naive())),
    }
}

pub use views::Config;

/// The settings to compute with: the file's (see `views::Config`) when one is given, else the
/// ones saved in the workspace (the app's Settings screen, `health tune --apply`), so the CLI
/// and the app agree on every score.
pub async fn config(ws: &store::Workspace, file: Option<&PathBuf>) -> Result<Config, CliError> {
    match file {
        Some(file) => config_file(file),
        None => Ok(views::settings_view::load_config(ws).await?),
    }
}

/// A settings file's configuration.
pub fn config_file(file: &Path) -> Result<Config, CliError> {
    let text = std::fs::read_to_string(file).map_err(|e| CliError::Io { context: file.display().to_string(), source: e })?;
    Config::from_json(&text).map_err(|e| crate::file_error(file, e))
}

async fn settings(ws: &store::Workspace, file: Option<&PathBuf>) -> Result<Settings, CliError> {
    Ok(config(ws, file).await?.metrics)
}

#[derive(Serialize)]
struct MetricsOut {
    #[serde(flatten)]
    summary: metrics::revenue::RevenueSummary,
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<metrics::revenue::GroupRevenue>>,
}

pub async fn metrics_cmd(lang: Lang, path: &Path, at: AsOf, by: Option<GroupBy>, json: bool) -> Result<(), CliError> {
    let (book, labels) = open::with_workspace(path, async |ws| {
        let day = as_of(ws, &at).await?;
        let cfg = config(ws, at.settings.as_ref()).await?;
        let (book, before) = metrics::Book::load_with_trend(ws, day, Scope::All).await?;
        let labels = match by {
            Some(by @ (GroupBy::Needs | GroupBy::Value)) => {
                let analysis = metrics::analyze_book(&book, Some(&before), &cfg.metrics);
                Some(if matches!(by, GroupBy::Needs) {
                    segments::saved_fit::needs_of(ws, &analysis, &cfg.segments.needs).await?.labels
                } else {
                    segments::segmentation::value_labels(&analysis, &cfg.segments.value)?
                })
            }
            _ => None,
        };
        Ok((book, labels))
    })
    .await?;
    let summary = metrics::revenue::summary(&book, &|_| true);
    let labels: Vec<String> = match by {
        None => vec![],
        Some(GroupBy::Needs | GroupBy::Value) => labels.unwrap_or_default(),
        Some(by) => book
            .accounts
            .iter()
            .map(|r| {
                let v = match by {
                    GroupBy::Owner => &r.owner,
                    GroupBy::Industry => &r.industry,
                    _ => &r.region,
                };
                // The JSON keeps its stable "(none)"; people read it in their language.
                v.clone().unwrap_or_else(|| if json { "(none)".into() } else { i18n::text(lang, "cli-group-none") })
            })
            .collect(),
    };
    let groups = by.map(|_| metrics::revenue::by_group(&book, &|a| labels[a].clone()));
    if json {
        print_json(&MetricsOut { summary, groups });
        return Ok(());
    }
    // Needs segments and value tiers are named in the reader's language (their ids stay in the JSON).
    let mut groups = groups;
    if matches!(by, Some(GroupBy::Needs | GroupBy::Value)) {
        for g in groups.iter_mut().flatten() {
            g.group = segments::label(&g.group).render(lang);
        }
    }
    print_metrics(lang, &summary, groups.as_deref());
    Ok(())
}

fn print_metrics(lang: Lang, summary: &metrics::revenue::RevenueSummary, groups: Option<&[metrics::revenue::GroupRevenue]>) {
    let f = Formats::of(lang);
    let cur = summary.currency.as_deref();
    let money = |x: f64| out::money(lang, x, cur);
    println!("{}", tr!(lang, "cli-metrics-as-of", day = day(lang, &summary.as_of), currency = cur.unwrap_or("-")));
    if let Some(c) = &summary.conversion {
        println!("  {}", tr!(lang, "cli-metrics-converted", currency = c.reporting_currency.as_str(), sources = f.list(&c.converted_from)));
    }
    println!("  {}", tr!(lang, "cli-metrics-revenue", mrr = money(summary.mrr), arr = money(summary.arr), active = i64::from(summary.accounts_active)));
    println!(
        "  {}",
        tr!(
            lang,
            "cli-metrics-retention",
            nrr = pct(lang, summary.nrr),
            grr = pct(lang, summary.grr),
            churn = pct(lang, summary.logo_churn),
            cohort = summary.retention.cohort_accounts as i64,
            since = day(lang, &summary.retention.since)
        )
    );
    // The fx column only where amounts were converted: one-currency output stays as it was.
    let fx = summary.conversion.is_some();
    let mut heads = vec!["month", "start", "new", "expansion", "contraction", "churned", "reactivated"];
    if fx {
        heads.push("fx");
    }
    heads.push("end");
    let mut align = vec![Align::Left];
    align.resize(heads.len(), Align::Right);
    let mut t = Table::new("  ", &align);
    t.row(heads.iter().map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
    for m in &summary.mrr_movements {
        let mut row = vec![out::month(lang, &m.month)];
        row.extend([m.start, m.new, m.expansion, m.contraction, m.churned, m.reactivated].map(money));
        if fx {
            row.push(money(m.fx));
        }
        row.push(money(m.end));
        t.row(row);
    }
    println!();
    t.print();
    if let Some(groups) = groups {
        let mut t = Table::new("  ", &[Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right]);
        t.row(["group", "accounts", "arr", "nrr", "grr", "logo-churn"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
        for g in groups {
            t.row([g.group.clone(), f.int(i64::from(g.accounts_active)), money(g.arr), pct(lang, g.nrr), pct(lang, g.grr), pct(lang, g.logo_churn)]);
        }
        println!();
        t.print();
    }
}

async fn analysis(path: &Path, at: &AsOf, account: Option<&str>) -> Result<metrics::Analysis, CliError> {
    open::with_workspace(path, async |ws| {
        let settings = settings(ws, at.settings.as_ref()).await?;
        let day = as_of(ws, at).await?;
        let scope = account.map_or(Scope::All, Scope::Account);
        Ok(metrics::analyze(ws, day, scope, &settings).await?)
    })
    .await
}

pub async fn alerts_cmd(lang: Lang, path: &Path, at: AsOf, account: Option<String>, json: bool) -> Result<(), CliError> {
    let a = analysis(path, &at, account.as_deref()).await?;
    let alerts = a.alerts();
    if json {
        print_json(&alerts);
        return Ok(());
    }
    println!("{}", tr!(lang, "cli-alerts-title", count = alerts.len() as i64, day = day(lang, &a.as_of)));
    let mut t = Table::new("  ", &[Align::Left, Align::Left, Align::Left, Align::Left]);
    for x in alerts {
        let severity = out::term(lang, "cli-severity", &format!("{:?}", x.severity).to_lowercase());
        let text = tr!(lang, "cli-alert-line", message = x.message.render(lang), since = day(lang, &x.since));
        t.row([severity, x.account_id.clone(), out::term(lang, "cli-alert", x.kind.as_str()), text]);
    }
    t.print();
    Ok(())
}

pub async fn health_cmd(lang: Lang, path: &Path, at: AsOf, account: Option<String>, save: bool, backfill: Option<u32>, json: bool) -> Result<(), CliError> {
    let scores = open::with_workspace(path, async |ws| {
        let settings = settings(ws, at.settings.as_ref()).await?;
        health_inner(ws, &at, account.as_deref(), save, backfill, &settings).await
    })
    .await?;
    if json {
        print_json(&scores);
        return Ok(());
    }
    let f = Formats::of(lang);
    let mut t = Table::new("", &[Align::Left, Align::Right, Align::Left]);
    for h in &scores {
        let score = h.score.map_or_else(|| "-".into(), |s| f.int(i64::from(s)));
        t.row([h.account_id.clone(), score, out::term(lang, "cli-band", h.band.as_str())]);
    }
    // One account: its components under it; a book: one aligned line per account.
    if account.is_none() {
        t.print();
        return Ok(());
    }
    for (line, h) in t.lines().into_iter().zip(&scores) {
        println!("{line}");
        let mut c_t = Table::new("    ", &[Align::Left, Align::Right, Align::Left]);
        for c in &h.components {
            let pts = if c.normalized.is_some() { format!("{} / {}", f.fixed(c.points, 1), f.fixed(c.max_points, 1)) } else { i18n::text(lang, "cli-na") };
            c_t.row([c.label.render(lang), pts, c.detail.render(lang)]);
        }
        c_t.print();
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
    // The weeks before, oldest first, read in one pass.
    let past: Vec<_> = (1..=backfill.unwrap_or(0)).rev().map(|w| day - Days::new(7 * u64::from(w))).collect();
    for book in metrics::Book::load_days(ws, &past, scope).await? {
        metrics::snapshots::save(ws, &metrics::engine::health_scores(&book?, &settings.scorecard)).await?;
    }
    let a = metrics::analyze(ws, day, scope, settings).await?;
    let scores: Vec<_> = a.accounts.into_iter().map(|v| v.health).collect();
    if save || backfill.is_some() {
        metrics::snapshots::save(ws, &scores).await?;
    }
    Ok(scores)
}

pub async fn account_cmd(lang: Lang, path: &Path, id: String, at: AsOf, json: bool) -> Result<(), CliError> {
    let p = open::with_workspace(path, async |ws| {
        let settings = settings(ws, at.settings.as_ref()).await?;
        let day = as_of(ws, &at).await?;
        Ok(metrics::profile(ws, &id, day, &settings).await?)
    })
    .await?;
    if json {
        print_json(&p);
        return Ok(());
    }
    print_account(lang, &p);
    Ok(())
}

fn print_account(lang: Lang, p: &metrics::profile::AccountProfile) {
    let f = Formats::of(lang);
    let v = &p.view;
    let owner = v.owner.as_deref().unwrap_or("-");
    println!("{}", tr!(lang, "cli-account-head", name = v.name.as_str(), id = v.account_id.as_str(), owner = owner, day = day(lang, &v.health.day)));
    let stage = out::term(lang, "cli-stage", &v.lifecycle.stage);
    let source = out::term(lang, "cli-stage-source", &v.lifecycle.source);
    println!("  {}", tr!(lang, "cli-account-stage", stage = stage, source = source, reason = v.lifecycle.reason.render(lang)));
    let arr = out::money(lang, v.arr, p.currency.as_deref());
    let since = out::day_or_dash(lang, v.customer_since.as_deref());
    let renewal = out::day_or_dash(lang, v.renewal.as_deref());
    println!("  {}", tr!(lang, "cli-account-revenue", arr = arr, since = since, renewal = renewal));
    let band = out::term(lang, "cli-band", v.health.band.as_str());
    match v.health.score {
        Some(score) => println!("  {}", tr!(lang, "cli-account-health", score = i64::from(score), band = band)),
        None => println!("  {}", i18n::text(lang, "cli-account-health-none")),
    }
    let u = &v.usage;
    println!(
        "  {}",
        tr!(
            lang,
            "cli-account-usage",
            week = u.events_week,
            wow = pct(lang, u.wow_change),
            month = u.events_month,
            mom = pct(lang, u.mom_change),
            stickiness = u.stickiness.map_or("-".into(), |s| f.fixed(s, 2)),
            breadth = pct(lang, u.breadth),
            depth = pct(lang, u.depth)
        )
    );
    let mut t = Table::new("    ", &[Align::Left, Align::Left, Align::Left]);
    for m in &u.modules {
        let note = if m.licensed { String::new() } else { i18n::text(lang, "cli-account-unlicensed") };
        t.row([m.name.to_string(), tr!(lang, "cli-account-module-events", count = m.events_month), note]);
    }
    t.print();
    for x in &v.alerts {
        println!("  ! {}", tr!(lang, "cli-account-alert", kind = out::term(lang, "cli-alert", x.kind.as_str()), message = x.message.render(lang)));
    }
    if let Some(next) = &v.success_plan.next_step {
        let side = out::term(lang, "cli-side", &next.owner_side);
        println!("  {}", tr!(lang, "cli-account-next-step", title = &*next.title, due = day(lang, &next.due.to_string()), side = side));
    }
}

/// Stored settings the CLI can change: the reporting currency (the JSON sections are set
/// through `--settings FILE` or the app).
pub async fn settings_cmd(lang: Lang, path: &Path, reporting: Option<domain::Currency>, json: bool) -> Result<(), CliError> {
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
            Some(c) => println!("{}", tr!(lang, "cli-settings-currency", currency = c)),
            None => println!("{}", i18n::text(lang, "cli-settings-currency-unset")),
        }
    }
    Ok(())
}
