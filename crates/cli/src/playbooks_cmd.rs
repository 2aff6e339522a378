//! `waypoint playbooks | tasks | touchpoint | workload`: interventions and CSM capacity.

use std::path::Path;

use i18n::{Formats, Lang, tr};
use metrics::Scope;
use playbooks::{Filter, Playbook, Touchpoint, Trigger};

use crate::analytics::{as_of, config};
use crate::args::AsOf;
use crate::commands::print_json;
use crate::out::{self, Align, Table, day};
use crate::{CliError, open};

fn trigger_text(lang: Lang, t: &Trigger) -> String {
    match t {
        Trigger::Alert { kind } => tr!(lang, "cli-trigger-alert", kind = out::term(lang, "cli-alert", kind)),
        Trigger::Segment { segment } => tr!(lang, "cli-trigger-segment", segment = segment.as_str()),
        Trigger::Rule { expr } => tr!(lang, "cli-trigger-rule", rule = expr.as_str()),
        Trigger::Stage { stage } => tr!(lang, "cli-trigger-stage", stage = out::term(lang, "cli-stage", stage)),
        Trigger::Quarterly => i18n::text(lang, "cli-trigger-quarterly"),
        Trigger::Tenure { days } => tr!(lang, "cli-trigger-tenure", days = i64::from(*days)),
    }
}

pub async fn list(lang: Lang, path: &Path, json: bool) -> Result<(), CliError> {
    let all = open::with_workspace(path, async |ws| Ok(playbooks::library::list(ws).await?)).await?;
    if json {
        print_json(&all);
        return Ok(());
    }
    for p in &all {
        let origin = i18n::text(lang, if p.builtin { "cli-playbook-builtin" } else { "cli-playbook-yours" });
        let when = match &p.only_if {
            Some(c) => tr!(lang, "cli-playbook-when-only-if", trigger = trigger_text(lang, &p.trigger), rule = c.as_str()),
            None => tr!(lang, "cli-playbook-when", trigger = trigger_text(lang, &p.trigger)),
        };
        let state = if p.enabled { String::new() } else { format!("  {}", i18n::text(lang, "cli-playbook-disabled")) };
        let builtin = |t: Option<i18n::Text>| t.filter(|_| p.builtin).map(|t| t.render(lang));
        let name = builtin(playbooks::defaults::name_text(&p.key)).unwrap_or_else(|| p.name.clone());
        println!("{}  {name} [{origin}] {when}{state}", p.key);
        let mut t = Table::new("    ", &[Align::Right, Align::Left, Align::Left, Align::Left]);
        for (i, s) in p.steps.iter().enumerate() {
            t.row([
                tr!(lang, "cli-playbook-offset", days = i64::from(s.due_offset_days)),
                out::term(lang, "cli-side", s.owner_side.as_str()),
                out::term(lang, "cli-priority", s.priority.as_str()),
                builtin(playbooks::defaults::step_text(&p.key, i)).unwrap_or_else(|| s.title.clone()),
            ]);
        }
        t.print();
        if let Some(e) = &p.escalation {
            let key = if e.notify_manager { "cli-playbook-escalate-notify" } else { "cli-playbook-escalate" };
            let to = out::term(lang, "cli-priority", e.raise_to.as_str());
            println!("    {}", tr!(lang, key, days = i64::from(e.after_days_overdue), priority = to));
        }
    }
    Ok(())
}

pub async fn add(lang: Lang, path: &Path, file: &Path) -> Result<(), CliError> {
    let text = std::fs::read_to_string(file).map_err(|e| CliError::Io { context: file.display().to_string(), source: e })?;
    let p: Playbook = serde_json::from_str(&text).map_err(|e| crate::file_error(&file, e))?;
    let key = p.key.clone();
    open::with_workspace(path, async |ws| Ok(playbooks::library::add(ws, p).await?)).await?;
    println!("{}", tr!(lang, "cli-playbook-saved", key = key));
    Ok(())
}

pub async fn enable(lang: Lang, path: &Path, key: &str, on: bool) -> Result<(), CliError> {
    open::with_workspace(path, async |ws| Ok(playbooks::library::set_enabled(ws, key, on).await?)).await?;
    println!("{}", tr!(lang, if on { "cli-playbook-enabled" } else { "cli-playbook-disabled-now" }, key = key));
    Ok(())
}

pub async fn run(lang: Lang, path: &Path, at: AsOf, json: bool) -> Result<(), CliError> {
    let r = open::with_workspace(path, async |ws| {
        let cfg = config(ws, at.settings.as_ref()).await?;
        let day = as_of(ws, &at).await?;
        let analysis = metrics::analyze(ws, day, Scope::All, &cfg.metrics).await?;
        Ok(playbooks::run(ws, &analysis, &cfg.segments, None).await?)
    })
    .await?;
    if json {
        print_json(&r);
        return Ok(());
    }
    let n = |x: usize| x as i64;
    println!(
        "{}",
        tr!(lang, "cli-playbooks-run", day = day(lang, &r.as_of), created = n(r.created), existing = n(r.existing), escalated = n(r.escalated))
    );
    let mut t = Table::new("  ", &[Align::Left, Align::Left, Align::Left]);
    for c in r.by_playbook.iter().filter(|c| c.fired > 0) {
        t.row([c.playbook.clone(), tr!(lang, "cli-playbooks-fired", count = n(c.fired)), tr!(lang, "cli-playbooks-new-tasks", count = n(c.tasks_created))]);
    }
    t.print();
    Ok(())
}

pub async fn tasks(lang: Lang, path: &Path, at: AsOf, filter: Filter, done: Option<i64>, json: bool) -> Result<(), CliError> {
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
        println!("{}", tr!(lang, "cli-task-done", id = id.to_string()));
        return Ok(());
    }
    if json {
        print_json(&list);
        return Ok(());
    }
    let overdue = list.iter().filter(|t| t.overdue).count() as i64;
    println!("{}\n", tr!(lang, "cli-tasks-title", count = list.len() as i64, day = Formats::of(lang).date(day), overdue = overdue));
    let mut table = Table::new("  ", &[Align::Left; 7]);
    for t in &list {
        let flag = match (t.overdue, t.notify_manager) {
            (true, true) => i18n::text(lang, "cli-task-overdue-notified"),
            (true, false) => i18n::text(lang, "cli-task-overdue"),
            _ => String::new(),
        };
        table.row([
            format!("#{}", t.id),
            out::day_or_dash(lang, t.due_day.as_deref()),
            out::term(lang, "cli-priority", &t.priority),
            out::term(lang, "cli-side", &t.owner_side),
            t.account_id.clone(),
            t.owner.clone().unwrap_or_else(|| "-".into()),
            format!("{} — {} {flag}", t.title_text.as_ref().map_or_else(|| t.title.clone(), |x| x.render(lang)), t.account_name),
        ]);
    }
    table.print();
    Ok(())
}

pub async fn log_touchpoint(lang: Lang, path: &Path, account: String, kind: String, summary: String, day: Option<String>, owner: Option<String>) -> Result<(), CliError> {
    let day = day.unwrap_or_else(|| chrono::Local::now().date_naive().to_string());
    let t = Touchpoint { account_id: account, kind, day, owner, summary };
    let id = open::with_workspace(path, async |ws| Ok(playbooks::tasks::log_touchpoint(ws, &t).await?)).await?;
    let kind = out::term(lang, "cli-touchpoint", &t.kind);
    println!("{}", tr!(lang, "cli-touchpoint-logged", kind = kind, id = id.to_string(), account = t.account_id.as_str(), day = out::day(lang, &t.day)));
    Ok(())
}

pub async fn touchpoints(lang: Lang, path: &Path, account: &str, json: bool) -> Result<(), CliError> {
    let list = open::with_workspace(path, async |ws| Ok(playbooks::tasks::touchpoints(ws, account).await?)).await?;
    if json {
        print_json(&list);
        return Ok(());
    }
    let mut table = Table::new("", &[Align::Left; 4]);
    for t in &list {
        table.row([day(lang, &t.day), out::term(lang, "cli-touchpoint", &t.kind), t.owner.clone().unwrap_or_else(|| "-".into()), t.summary.clone()]);
    }
    table.print();
    Ok(())
}

pub async fn workload(lang: Lang, path: &Path, at: AsOf, json: bool) -> Result<(), CliError> {
    let (cfg, analysis, tasks, needs) = open::with_workspace(path, async |ws| {
        let cfg = config(ws, at.settings.as_ref()).await?;
        cfg.capacity.validate(&cfg.segments.value.names())?;
        let day = as_of(ws, &at).await?;
        let analysis = metrics::analyze(ws, day, Scope::All, &cfg.metrics).await?;
        let tasks = playbooks::tasks::list(ws, &Filter::default(), day).await?;
        let needs = segments::saved_fit::needs_of(ws, &analysis, &cfg.segments.needs).await?.labels;
        Ok((cfg, analysis, tasks, needs))
    })
    .await?;
    let value = segments::segmentation::value_labels(&analysis, &cfg.segments.value)?;
    let w = playbooks::workload(&analysis, &tasks, &value, &needs, &cfg.capacity);
    if json {
        print_json(&w);
        return Ok(());
    }
    print_workload(lang, &w);
    Ok(())
}

fn print_workload(lang: Lang, w: &playbooks::Workload) {
    let f = Formats::of(lang);
    let n = |x: usize| f.int(x as i64);
    println!("{}\n", tr!(lang, "cli-workload-title", day = day(lang, &w.as_of), now = w.csms_now as i64, needed = f.fixed(w.csms_needed, 1)));
    let right = Align::Right;
    let mut t = Table::new("  ", &[Align::Left, right, right, right, right, right, right, right]);
    t.row(["csm", "accounts", "arr", "open", "overdue", "customer", "escalated", "capacity"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
    for c in &w.csms {
        let arr = f.int(c.arr.round() as i64);
        t.row([c.owner.clone(), n(c.accounts), arr, n(c.open_tasks), n(c.overdue_tasks), n(c.overdue_customer), n(c.escalated), f.percent(c.capacity_used, 0)]);
    }
    t.print();
    for (title, rows) in [("cli-col-value-tier", &w.by_value), ("cli-col-needs-segment", &w.by_needs)] {
        let mut t = Table::new("  ", &[Align::Left, right, right, right]);
        t.row([i18n::text(lang, title), i18n::text(lang, "cli-col-accounts"), i18n::text(lang, "cli-col-arr"), i18n::text(lang, "cli-col-csms-needed")]);
        for s in rows {
            t.row([s.segment.clone(), n(s.accounts), f.int(s.arr.round() as i64), f.fixed(s.csms_needed, 2)]);
        }
        println!();
        t.print();
    }
}
