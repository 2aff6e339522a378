//! The workspace's playbooks: the built-in ones (re-seeded so fixes to them reach old
//! workspaces, keeping the user's enabled switch) and the user's own.

use sqlx::Row;

use crate::Error;
use crate::model::{Playbook, Priority, Side, Step};

/// A playbook as stored, with the ids its tasks refer to.
#[derive(Debug, Clone)]
pub struct Stored {
    pub id: i64,
    pub playbook: Playbook,
    pub step_ids: Vec<i64>,
}

async fn upsert(tx: &mut sqlx::SqliteConnection, p: &Playbook, keep_enabled: bool) -> Result<(), Error> {
    let trigger = serde_json::to_string(&p.trigger).expect("serializable");
    let escalation = serde_json::to_string(&p.escalation).expect("serializable");
    let sql = if keep_enabled {
        "INSERT INTO playbooks (key, name, trigger, escalation, enabled, builtin, only_if) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET name = excluded.name, trigger = excluded.trigger,
           escalation = excluded.escalation, builtin = excluded.builtin, only_if = excluded.only_if RETURNING id"
    } else {
        "INSERT INTO playbooks (key, name, trigger, escalation, enabled, builtin, only_if) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET name = excluded.name, trigger = excluded.trigger,
           escalation = excluded.escalation, enabled = excluded.enabled, builtin = excluded.builtin,
           only_if = excluded.only_if RETURNING id"
    };
    let id: i64 = sqlx::query_scalar(sql)
        .bind(&p.key)
        .bind(&p.name)
        .bind(trigger)
        .bind(escalation)
        .bind(p.enabled)
        .bind(p.builtin)
        .bind(&p.only_if)
        .fetch_one(&mut *tx)
        .await?;
    // Steps are matched by position so the tasks that point at them stay valid; steps past
    // the new end are removed only if no task refers to them.
    for (pos, s) in p.steps.iter().enumerate() {
        let updated = sqlx::query(
            "UPDATE playbook_steps SET title = ?, owner_side = ?, due_offset_days = ?, priority = ? WHERE playbook_id = ? AND position = ?",
        )
        .bind(&s.title)
        .bind(s.owner_side.as_str())
        .bind(s.due_offset_days as i64)
        .bind(s.priority.as_str())
        .bind(id)
        .bind(pos as i64)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated == 0 {
            sqlx::query(
                "INSERT INTO playbook_steps (playbook_id, position, title, owner_side, due_offset_days, priority) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(id)
            .bind(pos as i64)
            .bind(&s.title)
            .bind(s.owner_side.as_str())
            .bind(s.due_offset_days as i64)
            .bind(s.priority.as_str())
            .execute(&mut *tx)
            .await?;
        }
    }
    sqlx::query(
        "DELETE FROM playbook_steps WHERE playbook_id = ? AND position >= ?
           AND id NOT IN (SELECT step_id FROM tasks WHERE step_id IS NOT NULL)",
    )
    .bind(id)
    .bind(p.steps.len() as i64)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Writes the built-in playbooks (inside the caller's transaction).
pub async fn seed(tx: &mut sqlx::SqliteConnection) -> Result<(), Error> {
    for p in crate::defaults::builtin() {
        upsert(tx, &p, true).await?;
    }
    Ok(())
}

/// Adds or replaces a user playbook. Built-in keys are reserved: disable the built-in and
/// add a variant under a new key instead, so upgrades never overwrite a user's edits.
pub async fn add(ws: &store::Workspace, mut p: Playbook) -> Result<(), Error> {
    p.validate()?;
    if crate::defaults::builtin().iter().any(|b| b.key == p.key) {
        return Err(Error::Invalid { key: p.key, message: i18n::Text::new("error-playbooks-builtin") });
    }
    p.builtin = false;
    let mut tx = ws.pool().begin().await?;
    upsert(&mut tx, &p, false).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn set_enabled(ws: &store::Workspace, key: &str, enabled: bool) -> Result<(), Error> {
    let mut tx = ws.pool().begin().await?;
    seed(&mut tx).await?;
    let n = sqlx::query("UPDATE playbooks SET enabled = ? WHERE key = ?").bind(enabled).bind(key).execute(&mut *tx).await?.rows_affected();
    if n == 0 {
        return Err(Error::Invalid { key: key.into(), message: i18n::Text::new("error-playbooks-no-such") });
    }
    tx.commit().await?;
    Ok(())
}

/// All playbooks, built-ins first, each with its steps in order.
pub async fn load(conn: &mut sqlx::SqliteConnection) -> Result<Vec<Stored>, Error> {
    let rows = sqlx::query("SELECT id, key, name, trigger, escalation, enabled, builtin, only_if FROM playbooks ORDER BY builtin DESC, id")
        .fetch_all(&mut *conn)
        .await?;
    let steps = sqlx::query("SELECT playbook_id, id, title, owner_side, due_offset_days, priority FROM playbook_steps ORDER BY playbook_id, position")
        .fetch_all(&mut *conn)
        .await?;
    let mut out = Vec::new();
    for r in rows {
        let id: i64 = r.get(0);
        let key: String = r.get(1);
        let bad = |what: &str, e: serde_json::Error| Error::Invalid { key: key.clone(), message: i18n::Text::new("error-playbooks-stored").arg("what", i18n::Arg::Str(what.into())).arg("detail", i18n::Arg::Str(e.to_string())) };
        let trigger = serde_json::from_str(&r.get::<String, _>(3)).map_err(|e| bad("trigger", e))?;
        let escalation = serde_json::from_str(&r.get::<String, _>(4)).map_err(|e| bad("escalation", e))?;
        let mine: Vec<_> = steps.iter().filter(|s| s.get::<i64, _>(0) == id).collect();
        let playbook = Playbook {
            key: key.clone(),
            name: r.get(2),
            trigger,
            escalation,
            enabled: r.get(5),
            builtin: r.get(6),
            only_if: r.get(7),
            steps: mine
                .iter()
                .map(|s| Step {
                    title: s.get(2),
                    owner_side: if s.get::<String, _>(3) == "customer" { Side::Customer } else { Side::Vendor },
                    due_offset_days: s.get::<i64, _>(4).max(0) as u32,
                    priority: Priority::parse(&s.get::<String, _>(5)).unwrap_or(Priority::Normal),
                })
                .collect(),
        };
        out.push(Stored { id, step_ids: mine.iter().map(|s| s.get(1)).collect(), playbook });
    }
    Ok(out)
}

/// The playbooks, with the built-ins seeded first.
pub async fn list(ws: &store::Workspace) -> Result<Vec<Playbook>, Error> {
    let mut tx = ws.pool().begin().await?;
    seed(&mut tx).await?;
    let all = load(&mut tx).await?;
    tx.commit().await?;
    Ok(all.into_iter().map(|s| s.playbook).collect())
}

/// Every playbook, read without writing: the stored ones (as they ran) and the built-ins not
/// stored yet (a workspace where playbooks never ran). For analyses of the playbooks, which
/// must not change the workspace they look at.
pub async fn current(ws: &store::Workspace) -> Result<Vec<Playbook>, Error> {
    let mut conn = ws.pool().acquire().await?;
    let mut all: Vec<Playbook> = load(&mut conn).await?.into_iter().map(|s| s.playbook).collect();
    let missing: Vec<Playbook> = crate::defaults::builtin().into_iter().filter(|b| !all.iter().any(|p| p.key == b.key)).collect();
    all.extend(missing);
    Ok(all)
}
