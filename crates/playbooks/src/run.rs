//! Running the playbooks as of a day: every enabled trigger that holds for an account creates
//! its steps as tasks, once; overdue vendor tasks escalate. One transaction, idempotent: the
//! tasks table's unique (account, playbook, step, trigger key) makes a second run a no-op.

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate};
use metrics::{AccountView, Analysis};
use segments::SegmentSettings;
use segments::rules::{Facts, Rule};
use serde::Serialize;
use sqlx::Row;

use crate::Error;
use crate::library::{self, Stored};
use crate::model::{Escalation, Playbook, Priority, Side, Trigger};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PlaybookCount {
    pub playbook: String,
    pub fired: usize,
    pub tasks_created: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RunReport {
    pub as_of: String,
    /// New tasks this run.
    pub created: usize,
    /// Tasks a trigger asked for that already existed from an earlier run.
    pub existing: usize,
    /// Open tasks escalated this run.
    pub escalated: usize,
    pub by_playbook: Vec<PlaybookCount>,
}

fn quarter(day: NaiveDate) -> String {
    format!("{}-Q{}", day.year(), (day.month0() / 3) + 1)
}

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Why the playbook fires for this account now: (trigger key, trigger day), if it does.
fn firing(trigger: &Trigger, v: &AccountView, as_of: NaiveDate, seg: &[&str], rule: Option<(&Rule, &Facts)>) -> Vec<(String, NaiveDate)> {
    let churned = v.lifecycle.stage == "churned";
    match trigger {
        Trigger::Stage { stage } => (v.lifecycle.stage == *stage).then(|| (format!("stage:{stage}"), as_of)).into_iter().collect(),
        _ if churned => vec![],
        Trigger::Alert { kind } => v
            .alerts
            .iter()
            .filter(|a| a.kind.as_str() == kind)
            .map(|a| (format!("alert:{kind}:{}", a.since), as_of))
            .collect(),
        Trigger::Segment { segment } => seg.contains(&segment.as_str()).then(|| (format!("segment:{segment}"), as_of)).into_iter().collect(),
        Trigger::Rule { .. } => {
            rule.filter(|(r, facts)| r.matches(facts)).map(|_| (format!("rule:{}", quarter(as_of)), as_of)).into_iter().collect()
        }
        Trigger::Quarterly => (v.mrr > 0.0).then(|| (format!("quarter:{}", quarter(as_of)), as_of)).into_iter().collect(),
        Trigger::Tenure { days } => {
            let Some(since) = v.customer_since.as_deref().and_then(day) else { return vec![] };
            let tenure = (as_of - since).num_days();
            let d = *days as i64;
            if tenure >= d && tenure < d + 30 {
                vec![(format!("tenure:{days}:{since}"), since + Days::new(*days as u64))]
            } else {
                vec![]
            }
        }
    }
}

/// Who each playbook fires for on the analysis day: the trigger (with its segment labels, rule
/// and facts) and the `only_if` condition, decided the way a run decides them. Shared by
/// [`run`] and by analyses that replay the triggers on past days (the backtest's playbook
/// effects), so a replayed trigger is the trigger that ran.
pub struct Matcher<'a> {
    playbooks: Vec<&'a Playbook>,
    analysis: &'a Analysis,
    as_of: NaiveDate,
    /// Each account's needs segment and value tier, when a segment trigger needs them.
    labels: Vec<Vec<String>>,
    /// Per playbook (same order): its compiled rule trigger and `only_if` condition.
    rules: Vec<Option<Rule>>,
    conditions: Vec<Option<Rule>>,
    facts: Vec<Facts>,
}

impl<'a> Matcher<'a> {
    /// Compiles the playbooks' rules against the analysed accounts. `needs` is each account's
    /// needs segment (in `analysis.accounts` order) when the caller has it already: clustering
    /// is the costly part, done only if a segment trigger asks and the caller has not.
    pub fn new(playbooks: Vec<&'a Playbook>, analysis: &'a Analysis, settings: &SegmentSettings, needs: Option<&[String]>) -> Result<Self, Error> {
        let as_of = day(&analysis.as_of).ok_or_else(|| Error::Invalid { key: "-".into(), message: i18n::Text::new("error-playbooks-as-of").arg("day", i18n::Arg::Str(analysis.as_of.to_string())) })?;
        let views = &analysis.accounts;
        let mut labels: Vec<Vec<String>> = vec![vec![]; views.len()];
        if playbooks.iter().any(|p| matches!(p.trigger, Trigger::Segment { .. })) {
            let needs = match needs {
                Some(n) if n.len() == views.len() => n.to_vec(),
                _ => segments::segmentation::needs_labels(analysis, &settings.needs)?.0,
            };
            let value = segments::segmentation::value_labels(analysis, &settings.value)?;
            for (i, l) in labels.iter_mut().enumerate() {
                *l = vec![needs[i].clone(), value[i].clone()];
            }
        }
        let known = segments::facts::known_fields(views);
        let compile = |expr: &str| -> Result<Rule, Error> {
            let rule = segments::rules::parse(expr)?;
            rule.check(&known)?;
            Ok(rule)
        };
        let mut rules = Vec::with_capacity(playbooks.len());
        let mut conditions = Vec::with_capacity(playbooks.len());
        for p in &playbooks {
            rules.push(match &p.trigger {
                Trigger::Rule { expr } => Some(compile(expr)?),
                _ => None,
            });
            conditions.push(p.only_if.as_deref().map(compile).transpose()?);
        }
        // Facts are what rules test; computed once per account, only if some playbook has a rule.
        let facts: Vec<Facts> = if rules.iter().chain(&conditions).all(Option::is_none) {
            vec![Facts::new(); views.len()]
        } else {
            views.iter().map(|v| segments::facts::account_facts(v, as_of)).collect()
        };
        Ok(Matcher { playbooks, analysis, as_of, labels, rules, conditions, facts })
    }

    /// The analysis day.
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
    }

    /// The firings of playbook `p` (its index in the list given to [`Matcher::new`]) for
    /// account `i` (its index in `analysis.accounts`): (trigger key, trigger day) each; empty
    /// when the trigger does not hold or `only_if` excludes the account.
    pub fn firings(&self, p: usize, i: usize) -> Vec<(String, NaiveDate)> {
        if self.conditions[p].as_ref().is_some_and(|c| !c.matches(&self.facts[i])) {
            return vec![];
        }
        let seg: Vec<&str> = self.labels[i].iter().map(String::as_str).collect();
        let rule = self.rules[p].as_ref().map(|r| (r, &self.facts[i]));
        firing(&self.playbooks[p].trigger, &self.analysis.accounts[i], self.as_of, &seg, rule)
    }
}

/// Runs every enabled playbook over the analysed accounts as of `analysis.as_of`. `needs`: each
/// account's needs segment when the caller shows them already (the app's kept segments), so
/// that a segment trigger fires on the segments the CSM sees; `None` fits them here.
pub async fn run(ws: &store::Workspace, analysis: &Analysis, settings: &SegmentSettings, needs: Option<&[String]>) -> Result<RunReport, Error> {
    let mut tx = ws.pool().begin().await?;
    library::seed(&mut tx).await?;
    let playbooks: Vec<Stored> = library::load(&mut tx).await?.into_iter().filter(|s| s.playbook.enabled).collect();
    // Segment triggers fire on the segments the app shows: the kept fit while it stands.
    let kept = match needs {
        None if playbooks.iter().any(|s| matches!(s.playbook.trigger, Trigger::Segment { .. })) => {
            Some(segments::saved_fit::needs_of(ws, analysis, &settings.needs).await?.labels)
        }
        _ => None,
    };
    let matcher = Matcher::new(playbooks.iter().map(|s| &s.playbook).collect(), analysis, settings, needs.or(kept.as_deref()))?;
    let as_of = matcher.as_of();
    let views = &analysis.accounts;
    let accounts: HashMap<String, (i64, Option<i64>)> = sqlx::query("SELECT external_id, id, owner_id FROM accounts")
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|r| (r.get(0), (r.get(1), r.get(2))))
        .collect();
    let created_at = as_of.to_string();
    let mut report = RunReport { as_of: created_at.clone(), created: 0, existing: 0, escalated: 0, by_playbook: vec![] };
    for (p, s) in playbooks.iter().enumerate() {
        let mut count = PlaybookCount { playbook: s.playbook.key.clone(), fired: 0, tasks_created: 0 };
        for (i, v) in views.iter().enumerate() {
            let Some(&(account_id, owner_id)) = accounts.get(&v.account_id) else { continue };
            for (key, trigger_day) in matcher.firings(p, i) {
                count.fired += 1;
                for (step, step_id) in s.playbook.steps.iter().zip(&s.step_ids) {
                    let due = trigger_day + Days::new(step.due_offset_days as u64);
                    let n = sqlx::query(
                        "INSERT INTO tasks (account_id, playbook_id, step_id, trigger_key, title, owner_id, owner_side, priority, due_day, created_at)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    )
                    .bind(account_id)
                    .bind(s.id)
                    .bind(step_id)
                    .bind(&key)
                    .bind(&step.title)
                    .bind(owner_id)
                    .bind(step.owner_side.as_str())
                    .bind(step.priority.as_str())
                    .bind(due.to_string())
                    .bind(&created_at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected() as usize;
                    count.tasks_created += n;
                    report.created += n;
                    report.existing += 1 - n;
                }
            }
        }
        report.by_playbook.push(count);
    }
    report.escalated = escalate(&mut tx, &playbooks, as_of).await?;
    tx.commit().await?;
    Ok(report)
}

/// Raises open vendor tasks that are overdue by their playbook's threshold, once. Customer
/// tasks do not escalate on our side: they stay on the overdue list as "customer owes".
async fn escalate(tx: &mut sqlx::SqliteConnection, playbooks: &[Stored], as_of: NaiveDate) -> Result<usize, Error> {
    let rules: HashMap<i64, &Escalation> = playbooks.iter().filter_map(|s| s.playbook.escalation.as_ref().map(|e| (s.id, e))).collect();
    let open = sqlx::query(
        "SELECT id, playbook_id, priority, due_day FROM tasks
         WHERE completed_at IS NULL AND escalated_at IS NULL AND owner_side = ? AND playbook_id IS NOT NULL AND due_day IS NOT NULL",
    )
    .bind(Side::Vendor.as_str())
    .fetch_all(&mut *tx)
    .await?;
    let mut n = 0;
    for r in open {
        let Some(rule) = rules.get(&r.get::<i64, _>(1)) else { continue };
        let Some(due) = day(&r.get::<String, _>(3)) else { continue };
        if (as_of - due).num_days() <= rule.after_days_overdue as i64 {
            continue;
        }
        let current = Priority::parse(&r.get::<String, _>(2)).unwrap_or(Priority::Normal);
        sqlx::query("UPDATE tasks SET priority = ?, escalated_at = ?, notify_manager = ? WHERE id = ?")
            .bind(current.max(rule.raise_to).as_str())
            .bind(as_of.to_string())
            .bind(rule.notify_manager)
            .bind(r.get::<i64, _>(0))
            .execute(&mut *tx)
            .await?;
        n += 1;
    }
    Ok(n)
}
