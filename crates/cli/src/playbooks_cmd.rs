//! `waypoint playbooks | tasks | touchpoint | workload`: interventions and CSM capacity.

use std::path::Path;

use metrics::Scope;
use playbooks::{Filter, Playbook, Touchpoint, Trigger};

use crate::analytics::{as_of, config};
use crate::args::AsOf;
use crate::commands::print_json;
use crate::{CliError, open};

fn trigger_text(t: &Trigger) -> String {
    match t {
        Trigger::Alert { kind } => format!("alert {kind}"),
        Trigger::Segment { segment } => format!("in segment \"{segment}\""),
        Trigger::Rule { expr } => format!("rule {expr}"),
        Trigger::Stage { stage } => format!("stage {stage}"),
        Trigger::Quarterly => "every quarter".into(),
        Trigger::Tenure { days } => format!("day {days}"),
    }
}

pub async fn list(path: &Path, json: bool) -> Result<(), CliError> {
    let all = open::with_workspace(path, async |ws| Ok(playbooks::library::list(ws).await?)).await?;
    if json {
        print_json(&all);
        return Ok(());
    }
    for p in &all {
        let state = if p.enabled { "" } else { "  (disabled)" };
        let origin = if p.builtin { "built-in" } else { "yours" };
        let only = p.only_if.as_ref().map(|c| format!(", only if {c}")).unwrap_or_default();
        println!("{:<22} {} [{origin}] when {}{only}{state}", p.key, p.name, trigger_text(&p.trigger));
        for s in &p.steps {
            println!("    +{:>2}d {:<8} {:<7} {}", s.due_offset_days, s.owner_side.as_str(), s.priority.as_str(), s.title);
        }
        if let Some(e) = &p.escalation {
            let notify = if e.notify_manager { " and notify the manager" } else { "" };
            println!("    escalate {} days overdue: raise to {}{notify}", e.after_days_overdue, e.raise_to.as_str());
        }
    }
    Ok(())
}

pub async fn add(path: &Path, file: &Path) -> Result<(), CliError> {
    let text = std::fs::read_to_string(file).map_err(|e| CliError::Io { context: file.display().to_string(), source: e })?;
    let p: Playbook = serde_json::from_str(&text).map_err(|e| CliError::Usage(format!("{}: {e}", file.display())))?;
    let key = p.key.clone();
    open::with_workspace(path, async |ws| Ok(playbooks::library::add(ws, p).await?)).await?;
    println!("Saved playbook {key}");
    Ok(())
}

pub async fn enable(path: &Path, key: &str, on: bool) -> Result<(), CliError> {
    open::with_workspace(path, async |ws| Ok(playbooks::library::set_enabled(ws, key, on).await?)).await?;
    println!("{} {key}", if on { "Enabled" } else { "Disabled" });
    Ok(())
}

pub async fn run(path: &Path, at: AsOf, json: bool) -> Result<(), CliError> {
    let cfg = config(at.settings.as_ref())?;
    let r = open::with_workspace(path, async |ws| {
        let day = as_of(ws, &at).await?;
        let analysis = metrics::analyze(ws, day, Scope::All, &cfg.metrics).await?;
        Ok(playbooks::run(ws, &analysis, &cfg.segments).await?)
    })
    .await?;
    if json {
        print_json(&r);
        return Ok(());
    }
    println!("Playbooks as of {}: {} new tasks, {} already there, {} escalated", r.as_of, r.created, r.existing, r.escalated);
    for c in r.by_playbook.iter().filter(|c| c.fired > 0) {
        println!("  {:<22} fired for {:>4} accounts, {:>4} new tasks", c.playbook, c.fired, c.tasks_created);
    }
    Ok(())
}

pub async fn tasks(path: &Path, at: AsOf, filter: Filter, done: Option<i64>, json: bool) -> Result<(), CliError> {
    let (day, list) = open::with_workspace(path, async |ws| {
        let day = as_of(ws, &at).await?;
        if let Some(id) = done {
            // Done today unless a day is given: the data's last day is not when work happened.
            let on = if at.as_of.is_some() { day } else { chrono::Local::now().date_naive() };
            playbooks::tasks::complete(ws, id, on).await?;
        }
        Ok((day, playbooks::tasks::list(ws, &filter, day).await?))
    })
    .await?;
    if let Some(id) = done {
        println!("Task {id} done");
        return Ok(());
    }
    if json {
        print_json(&list);
        return Ok(());
    }
    println!("{} tasks as of {day} ({} overdue)\n", list.len(), list.iter().filter(|t| t.overdue).count());
    for t in &list {
        let flag = match (t.overdue, t.notify_manager) {
            (true, true) => "OVERDUE, manager notified",
            (true, false) => "OVERDUE",
            _ => "",
        };
        println!(
            "  #{:<5} {:<10} {:<7} {:<8} {:<10} {:<12} {} — {} {flag}",
            t.id,
            t.due_day.as_deref().unwrap_or("-"),
            t.priority,
            t.owner_side,
            t.account_id,
            t.owner.as_deref().unwrap_or("-"),
            t.title,
            t.account_name
        );
    }
    Ok(())
}

pub async fn log_touchpoint(path: &Path, account: String, kind: String, summary: String, day: Option<String>, owner: Option<String>) -> Result<(), CliError> {
    let day = day.unwrap_or_else(|| chrono::Local::now().date_naive().to_string());
    let t = Touchpoint { account_id: account, kind, day, owner, summary };
    let id = open::with_workspace(path, async |ws| Ok(playbooks::tasks::log_touchpoint(ws, &t).await?)).await?;
    println!("Logged {} #{id} for {} on {}", t.kind, t.account_id, t.day);
    Ok(())
}

pub async fn touchpoints(path: &Path, account: &str, json: bool) -> Result<(), CliError> {
    let list = open::with_workspace(path, async |ws| Ok(playbooks::tasks::touchpoints(ws, account).await?)).await?;
    if json {
        print_json(&list);
        return Ok(());
    }
    for t in &list {
        println!("{}  {:<7} {:<12} {}", t.day, t.kind, t.owner.as_deref().unwrap_or("-"), t.summary);
    }
    Ok(())
}

pub async fn workload(path: &Path, at: AsOf, json: bool) -> Result<(), CliError> {
    let cfg = config(at.settings.as_ref())?;
    cfg.capacity.validate(&cfg.segments.value.names())?;
    let (analysis, tasks) = open::with_workspace(path, async |ws| {
        let day = as_of(ws, &at).await?;
        let analysis = metrics::analyze(ws, day, Scope::All, &cfg.metrics).await?;
        Ok((analysis, playbooks::tasks::list(ws, &Filter::default(), day).await?))
    })
    .await?;
    let value = segments::segmentation::value_labels(&analysis, &cfg.segments.value)?;
    let needs = segments::segmentation::needs_labels(&analysis, &cfg.segments.needs)?.0;
    let w = playbooks::workload(&analysis, &tasks, &value, &needs, &cfg.capacity);
    if json {
        print_json(&w);
        return Ok(());
    }
    println!("Workload as of {}: {} CSMs now, {:.1} needed at the coverage ratios\n", w.as_of, w.csms_now, w.csms_needed);
    println!("  {:<24} {:>8} {:>14} {:>6} {:>8} {:>9} {:>9} {:>9}", "CSM", "accounts", "ARR", "open", "overdue", "customer", "escalated", "capacity");
    for c in &w.csms {
        println!(
            "  {:<24} {:>8} {:>14.0} {:>6} {:>8} {:>9} {:>9} {:>8.0}%",
            c.owner, c.accounts, c.arr, c.open_tasks, c.overdue_tasks, c.overdue_customer, c.escalated, c.capacity_used * 100.0
        );
    }
    for (title, rows) in [("value tier", &w.by_value), ("needs segment", &w.by_needs)] {
        println!("\n  {:<34} {:>8} {:>14} {:>12}", title, "accounts", "ARR", "CSMs needed");
        for s in rows {
            println!("  {:<34} {:>8} {:>14.0} {:>12.2}", s.segment, s.accounts, s.arr, s.csms_needed);
        }
    }
    Ok(())
}
