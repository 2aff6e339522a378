//! Tasks (from playbooks or success plans) and touchpoints (calls, emails, meetings, QBRs
//! and notes logged against an account).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::{QueryBuilder, Row, Sqlite};

use crate::Error;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Task {
    pub id: i64,
    pub account_id: String,
    pub account_name: String,
    pub playbook: Option<String>,
    /// The playbook's name in the reader's language, for a built-in.
    pub playbook_label: Option<i18n::Text>,
    pub title: String,
    /// The title in the reader's language when the task comes from a built-in playbook's step.
    pub title_text: Option<i18n::Text>,
    /// The CSM who owns the account (and so the follow-up, whoever owes the step).
    pub owner: Option<String>,
    /// Who owes this step: `customer` or `vendor`.
    pub owner_side: String,
    pub priority: String,
    pub due_day: Option<String>,
    pub created_at: String,
    pub completed_at: Option<String>,
    pub escalated_at: Option<String>,
    pub notify_manager: bool,
    /// Open and past its due day on the day asked about.
    pub overdue: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub owner: Option<String>,
    pub account: Option<String>,
    /// Completed tasks too.
    pub all: bool,
    /// At most this many (the first in the list's order); [`count`] tells how many there are.
    pub limit: Option<u32>,
}

/// `FROM tasks t WHERE ...` for the tasks `filter` selects, with only the conditions it asks
/// for, so that SQLite takes the index each has (by owner, by account, open tasks): a large
/// book holds a million done tasks, and a condition written to pass when unset (`?1 IS NULL
/// OR ...`) made every list scan them all. The tasks table alone, so that a list of the first
/// ten sorts the tasks and joins only those ten to their account, playbook and owner.
fn push_selected(q: &mut QueryBuilder<Sqlite>, filter: &Filter) {
    q.push(" FROM tasks t WHERE 1");
    if let Some(owner) = &filter.owner {
        q.push(" AND t.owner_id IN (SELECT id FROM owners WHERE name = ").push_bind(owner.clone()).push(")");
    }
    if let Some(account) = &filter.account {
        q.push(" AND t.account_id IN (SELECT id FROM accounts WHERE external_id = ").push_bind(account.clone()).push(")");
    }
    if !filter.all {
        q.push(" AND t.completed_at IS NULL");
    }
}

/// Overdue first (before `today`), then by priority, due day and id.
fn push_order(q: &mut QueryBuilder<Sqlite>, today: &str) {
    q.push(" ORDER BY (t.completed_at IS NULL AND t.due_day < ")
        .push_bind(today.to_string())
        .push(") DESC, CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, t.due_day, t.id");
}

/// How many tasks `filter` selects, whatever its limit.
pub async fn count(ws: &store::Workspace, filter: &Filter) -> Result<u32, Error> {
    let mut q = QueryBuilder::new("SELECT count(*)");
    push_selected(&mut q, filter);
    let n: i64 = q.build_query_scalar().fetch_one(ws.pool()).await?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Tasks, overdue first, then by priority and due day. `today` decides what is overdue.
pub async fn list(ws: &store::Workspace, filter: &Filter, today: NaiveDate) -> Result<Vec<Task>, Error> {
    let mut conn = ws.pool().acquire().await?;
    if let Some(o) = &filter.owner {
        let known: Option<i64> = sqlx::query_scalar("SELECT id FROM owners WHERE name = ?").bind(o).fetch_optional(&mut *conn).await?;
        known.ok_or_else(|| Error::UnknownOwner(o.clone()))?;
    }
    if let Some(a) = &filter.account {
        let known: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE external_id = ?").bind(a).fetch_optional(&mut *conn).await?;
        known.ok_or_else(|| Error::UnknownAccount(a.clone()))?;
    }
    let today = today.to_string();
    let mut q = QueryBuilder::new("SELECT t.id, a.external_id, a.name, p.key, t.title, o.name, t.owner_side, t.priority, t.due_day,
                t.created_at, t.completed_at, t.escalated_at, t.notify_manager, p.builtin, s.position FROM (SELECT t.*");
    push_selected(&mut q, filter);
    push_order(&mut q, &today);
    // SQLite reads a negative limit as none.
    q.push(" LIMIT ").push_bind(filter.limit.map_or(-1, i64::from));
    q.push(
        ") t JOIN accounts a ON a.id = t.account_id
         LEFT JOIN playbooks p ON p.id = t.playbook_id LEFT JOIN owners o ON o.id = t.owner_id
         LEFT JOIN playbook_steps s ON s.id = t.step_id",
    );
    push_order(&mut q, &today);
    let rows = q.build()
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let due: Option<String> = r.get(8);
            let completed: Option<String> = r.get(10);
            let playbook: Option<String> = r.get(3);
            let builtin: Option<bool> = r.get(13);
            let position: Option<i64> = r.get(14);
            let playbook_label = playbook.as_deref().filter(|_| builtin == Some(true)).and_then(crate::defaults::name_text);
            let title_text = match (playbook.as_deref(), builtin, position) {
                (Some(key), Some(true), Some(pos)) => crate::defaults::step_text(key, usize::try_from(pos).unwrap_or(usize::MAX)),
                _ => None,
            };
            Task {
                id: r.get(0),
                account_id: r.get(1),
                account_name: r.get(2),
                playbook,
                playbook_label,
                title: r.get(4),
                title_text,
                owner: r.get(5),
                owner_side: r.get(6),
                priority: r.get(7),
                overdue: completed.is_none() && due.as_deref().is_some_and(|d| d < today.as_str()),
                due_day: due,
                created_at: r.get(9),
                completed_at: completed,
                escalated_at: r.get(11),
                notify_manager: r.get(12),
            }
        })
        .collect())
}

/// Marks a task done on `day`. Completing a done task again keeps the first day.
pub async fn complete(ws: &store::Workspace, id: i64, day: NaiveDate) -> Result<(), Error> {
    let n = sqlx::query("UPDATE tasks SET completed_at = COALESCE(completed_at, ?) WHERE id = ?")
        .bind(day.to_string())
        .bind(id)
        .execute(ws.pool())
        .await?
        .rows_affected();
    if n == 0 {
        return Err(Error::UnknownTask(id));
    }
    Ok(())
}

/// A playbook task done: for which playbook and account (external id), on which day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub playbook: String,
    pub account_id: String,
    pub day: NaiveDate,
}

/// Every completed playbook task (success-plan tasks have no playbook and are left out), for
/// measuring what the playbooks achieved.
pub async fn completions(ws: &store::Workspace) -> Result<Vec<Completion>, Error> {
    let rows = sqlx::query(
        "SELECT p.key, a.external_id, substr(t.completed_at, 1, 10) FROM tasks t
         JOIN playbooks p ON p.id = t.playbook_id JOIN accounts a ON a.id = t.account_id
         WHERE t.completed_at IS NOT NULL ORDER BY p.key, a.external_id, t.completed_at",
    )
    .fetch_all(ws.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| Some(Completion { playbook: r.get(0), account_id: r.get(1), day: day_of(&r.get::<String, _>(2))? }))
        .collect())
}

fn day_of(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

pub const TOUCHPOINT_KINDS: [&str; 5] = ["call", "email", "meeting", "qbr", "note"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Touchpoint {
    pub account_id: String,
    /// call, email, meeting, qbr or note.
    pub kind: String,
    pub day: String,
    pub owner: Option<String>,
    pub summary: String,
}

/// Logs a touchpoint. The owner, if given, must be a known CSM.
pub async fn log_touchpoint(ws: &store::Workspace, t: &Touchpoint) -> Result<i64, Error> {
    if !TOUCHPOINT_KINDS.contains(&t.kind.as_str()) {
        return Err(Error::Invalid { key: "touchpoint".into(), message: i18n::Text::new("error-playbooks-touchpoint-kind")
                .arg("kind", i18n::Arg::Str(t.kind.clone()))
                .arg("kinds", i18n::Arg::Str(TOUCHPOINT_KINDS.join(", "))) });
    }
    if NaiveDate::parse_from_str(&t.day, "%Y-%m-%d").is_err() {
        return Err(Error::Invalid { key: "touchpoint".into(), message: i18n::Text::new("error-playbooks-touchpoint-day").arg("day", i18n::Arg::Str(t.day.clone())) });
    }
    if t.summary.trim().is_empty() {
        return Err(Error::Invalid { key: "touchpoint".into(), message: i18n::Text::new("error-playbooks-touchpoint-summary") });
    }
    let mut tx = ws.pool().begin().await?;
    let account: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE external_id = ?")
        .bind(&t.account_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| Error::UnknownAccount(t.account_id.clone()))?;
    let owner: Option<i64> = match &t.owner {
        Some(name) => Some(
            sqlx::query_scalar("SELECT id FROM owners WHERE name = ?")
                .bind(name)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| Error::UnknownOwner(name.clone()))?,
        ),
        None => None,
    };
    let id = sqlx::query_scalar("INSERT INTO touchpoints (account_id, kind, occurred_at, owner_id, summary) VALUES (?, ?, ?, ?, ?) RETURNING id")
        .bind(account)
        .bind(&t.kind)
        .bind(&t.day)
        .bind(owner)
        .bind(t.summary.trim())
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// An account's touchpoints, newest first.
pub async fn touchpoints(ws: &store::Workspace, account: &str) -> Result<Vec<Touchpoint>, Error> {
    let mut conn = ws.pool().acquire().await?;
    let known: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE external_id = ?").bind(account).fetch_optional(&mut *conn).await?;
    let id = known.ok_or_else(|| Error::UnknownAccount(account.into()))?;
    let rows = sqlx::query(
        "SELECT t.kind, t.occurred_at, o.name, t.summary FROM touchpoints t LEFT JOIN owners o ON o.id = t.owner_id
         WHERE t.account_id = ? ORDER BY t.occurred_at DESC, t.id DESC",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Touchpoint { account_id: account.into(), kind: r.get(0), day: r.get(1), owner: r.get(2), summary: r.get(3) })
        .collect())
}
