//! Past playbook work from a file: the tasks CSMs were given and the days they did them (the
//! demo's tasks.csv), so a workspace starts with the history `playbooks effect` reads.
//!
//! Columns: `account_id`, `playbook` (its key), `step` (1-based), `created_at`, `due_day`,
//! `completed_at` (empty while open), days as YYYY-MM-DD. The whole file is checked before
//! anything is written, then recorded in one transaction; a task already recorded (same
//! account, playbook, step and creation day) is left alone, so loading the file twice changes
//! nothing.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use i18n::{Arg, Text};
use serde::Deserialize;
use sqlx::Row;

use crate::{Error, library};

#[derive(Debug, Deserialize)]
struct Record {
    account_id: String,
    playbook: String,
    step: usize,
    created_at: String,
    due_day: String,
    completed_at: String,
}

/// One past task, as read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PastTask {
    pub account_id: String,
    pub playbook: String,
    /// 1-based position of the step in its playbook.
    pub step: usize,
    pub created: NaiveDate,
    pub due: NaiveDate,
    pub completed: Option<NaiveDate>,
}

fn bad(file: &Path, line: u64, field: &str, reason: Text) -> Error {
    Error::History { file: file.display().to_string(), line, field: field.to_string(), reason }
}

/// Reads and checks the file: every error names its line and field.
pub fn read(file: &Path) -> Result<Vec<PastTask>, Error> {
    let mut reader = csv::Reader::from_path(file).map_err(|e| bad(file, 0, "-", Text::new("error-playbooks-history-read").arg("detail", Arg::Str(e.to_string()))))?;
    let mut out = vec![];
    for (i, row) in reader.deserialize::<Record>().enumerate() {
        let line = i as u64 + 2;
        let r = row.map_err(|e| bad(file, line, "-", Text::new("error-playbooks-history-read").arg("detail", Arg::Str(e.to_string()))))?;
        let day = |field: &str, s: &str| -> Result<NaiveDate, Error> {
            s.parse().map_err(|_| bad(file, line, field, Text::new("error-playbooks-history-day").arg("got", Arg::Str(s.to_string()))))
        };
        let created = day("created_at", &r.created_at)?;
        let due = day("due_day", &r.due_day)?;
        let completed = if r.completed_at.is_empty() { None } else { Some(day("completed_at", &r.completed_at)?) };
        if completed.is_some_and(|c| c < created) {
            return Err(bad(file, line, "completed_at", Text::new("error-playbooks-history-order")));
        }
        if r.step == 0 {
            return Err(bad(file, line, "step", Text::new("error-playbooks-history-step")));
        }
        out.push(PastTask { account_id: r.account_id, playbook: r.playbook, step: r.step, created, due, completed });
    }
    Ok(out)
}

/// Records the tasks (built-in playbooks are stored first); returns how many were new.
pub async fn record(ws: &store::Workspace, file: &Path, tasks: &[PastTask]) -> Result<u64, Error> {
    let mut tx = ws.pool().begin().await?;
    library::seed(&mut tx).await?;
    let stored = library::load(&mut tx).await?;
    let accounts: HashMap<String, (i64, Option<i64>)> =
        sqlx::query("SELECT external_id, id, owner_id FROM accounts").fetch_all(&mut *tx).await?.into_iter().map(|r| (r.get(0), (r.get(1), r.get(2)))).collect();
    let mut added = 0;
    for (i, t) in tasks.iter().enumerate() {
        let line = i as u64 + 2;
        let &(account, owner) = accounts.get(&t.account_id).ok_or_else(|| bad(file, line, "account_id", store::Error::unknown_account_text(&t.account_id)))?;
        let s = stored
            .iter()
            .find(|s| s.playbook.key == t.playbook)
            .ok_or_else(|| bad(file, line, "playbook", Text::new("error-playbooks-no-such")))?;
        let (step, step_id) = s.playbook.steps.iter().zip(&s.step_ids).nth(t.step - 1).ok_or_else(|| bad(file, line, "step", Text::new("error-playbooks-history-step")))?;
        // One key per creation day: the same task read again is the same row.
        let key = format!("history:{}", t.created);
        added += sqlx::query(
            "INSERT INTO tasks (account_id, playbook_id, step_id, trigger_key, title, owner_id, owner_side, priority, due_day, created_at, completed_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(account)
        .bind(s.id)
        .bind(step_id)
        .bind(&key)
        .bind(&step.title)
        .bind(owner)
        .bind(step.owner_side.as_str())
        .bind(step.priority.as_str())
        .bind(t.due.to_string())
        .bind(t.created.to_string())
        .bind(t.completed.map(|d| d.to_string()))
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    tx.commit().await?;
    Ok(added)
}

/// Reads, checks and records the file.
pub async fn load(ws: &store::Workspace, file: &Path) -> Result<u64, Error> {
    let tasks = read(file)?;
    record(ws, file, &tasks).await
}
