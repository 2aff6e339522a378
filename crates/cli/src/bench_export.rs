//! Exports the tables the pandas comparisons read (scripts/bench_pandas.py, and with
//! [`export_backtest`] scripts/bench_backtest.py), as plain CSV: what an analyst would pull
//! out of a CRM and product analytics to do the same work.

use std::path::Path;

use store::sqlx::{self, Row};

use crate::CliError;

fn io(path: &Path) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |e| CliError::Io { context: path.display().to_string(), source: e }
}

fn csv_writer(path: &Path) -> Result<csv::Writer<std::fs::File>, CliError> {
    let file = std::fs::File::create(path).map_err(io(path))?;
    Ok(csv::Writer::from_writer(file))
}

fn flush(mut w: csv::Writer<std::fs::File>, path: &Path) -> Result<(), CliError> {
    w.flush().map_err(io(path))
}

fn cell(w: &mut csv::Writer<std::fs::File>, path: &Path, fields: &[String]) -> Result<(), CliError> {
    w.write_record(fields).map_err(|e| CliError::Io { context: path.display().to_string(), source: e.into() })
}

/// Writes one of the big tables to `path`, read 100 accounts at a time to keep memory flat:
/// `sql` takes the account id range as `?1 <= id < ?2` and returns every column as text.
async fn export_by_accounts(pool: &sqlx::SqlitePool, path: &Path, header: &[&str], sql: &'static str) -> Result<(), CliError> {
    let mut w = csv_writer(path)?;
    cell(&mut w, path, &header.iter().map(|h| h.to_string()).collect::<Vec<_>>())?;
    let max_id: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM accounts").fetch_one(pool).await.map_err(store::Error::from)?;
    let mut lo = 0i64;
    while lo <= max_id {
        let rows = sqlx::query(sql).bind(lo).bind(lo + 100).fetch_all(pool).await.map_err(store::Error::from)?;
        for r in rows {
            let fields: Vec<String> = (0..header.len()).map(|i| r.get::<Option<String>, _>(i).unwrap_or_default()).collect();
            cell(&mut w, path, &fields)?;
        }
        lo += 100;
    }
    flush(w, path)
}

/// Writes accounts, subscriptions, usage_days, tickets and nps CSVs into `dir` (once: an
/// existing export of the same workspace is reused).
pub async fn export(ws: &store::Workspace, dir: &Path) -> Result<(), CliError> {
    if dir.join("nps.csv").exists() {
        return Ok(());
    }
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let pool = ws.pool();
    let s = |v: Option<String>| v.unwrap_or_default();

    let p = dir.join("accounts.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["id", "external_id", "owner", "industry", "region"].map(String::from))?;
    let rows = sqlx::query(
        "SELECT a.id, a.external_id, o.name, a.industry, a.region FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id ORDER BY a.id",
    )
    .fetch_all(pool)
    .await
    .map_err(store::Error::from)?;
    for r in &rows {
        cell(&mut w, &p, &[r.get::<i64, _>(0).to_string(), r.get(1), s(r.get(2)), s(r.get(3)), s(r.get(4))])?;
    }
    flush(w, &p)?;

    let p = dir.join("subscriptions.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["account_id", "mrr_minor", "start_day", "end_day"].map(String::from))?;
    for r in sqlx::query("SELECT account_id, mrr_minor, start_day, end_day FROM subscriptions ORDER BY account_id, start_day")
        .fetch_all(pool)
        .await
        .map_err(store::Error::from)?
    {
        cell(&mut w, &p, &[r.get::<i64, _>(0).to_string(), r.get::<i64, _>(1).to_string(), r.get(2), s(r.get(3))])?;
    }
    flush(w, &p)?;

    // Usage is the big table.
    export_by_accounts(
        pool,
        &dir.join("usage_days.csv"),
        &["account_id", "day", "module", "events", "active_users"],
        "SELECT CAST(u.account_id AS TEXT), u.day, m.key, CAST(u.events AS TEXT), CAST(u.active_users AS TEXT)
           FROM usage_days u JOIN modules m ON m.id = u.module_id
          WHERE u.account_id >= ?1 AND u.account_id < ?2 ORDER BY u.account_id, u.day",
    )
    .await?;

    let p = dir.join("tickets.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["account_id", "opened"].map(String::from))?;
    for r in sqlx::query("SELECT account_id, substr(opened_at, 1, 10) FROM tickets ORDER BY account_id").fetch_all(pool).await.map_err(store::Error::from)? {
        cell(&mut w, &p, &[r.get::<i64, _>(0).to_string(), r.get(1)])?;
    }
    flush(w, &p)?;

    // Written last: its presence marks a complete export.
    let p = dir.join("nps.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["account_id", "day", "score"].map(String::from))?;
    for r in sqlx::query("SELECT account_id, substr(responded_at, 1, 10), score FROM nps_responses ORDER BY account_id")
        .fetch_all(pool)
        .await
        .map_err(store::Error::from)?
    {
        cell(&mut w, &p, &[r.get::<i64, _>(0).to_string(), r.get(1), r.get::<i64, _>(2).to_string()])?;
    }
    flush(w, &p)?;
    Ok(())
}

/// Writes, besides [`export`]'s files, the further tables the health score reads, for the
/// backtest comparison (scripts/bench_backtest.py): modules.csv (the catalog's module keys),
/// subscription_modules.csv (the modules each subscription period licenses), contacts.csv
/// (with their roles), users.csv (product users and the contact each is matched to),
/// user_days.csv (per user and day: events and value events, all modules together),
/// support_tickets.csv (priority and the day resolved) and milestones.csv (due and completed
/// days). Once: an existing export of the same workspace is reused.
pub async fn export_backtest(ws: &store::Workspace, dir: &Path) -> Result<(), CliError> {
    export(ws, dir).await?;
    if dir.join("milestones.csv").exists() {
        return Ok(());
    }
    let pool = ws.pool();
    let s = |v: Option<String>| v.unwrap_or_default();
    let opt = |v: Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
    let rows = |q: &'static str| sqlx::query(q).fetch_all(pool);

    let p = dir.join("modules.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["key".to_string()])?;
    for r in rows("SELECT key FROM modules ORDER BY key").await.map_err(store::Error::from)? {
        cell(&mut w, &p, &[r.get(0)])?;
    }
    flush(w, &p)?;

    let p = dir.join("subscription_modules.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["account_id", "start_day", "end_day", "module"].map(String::from))?;
    for r in rows(
        "SELECT s.account_id, s.start_day, s.end_day, m.key
           FROM subscriptions s JOIN subscription_modules sm ON sm.subscription_id = s.id JOIN modules m ON m.id = sm.module_id
          ORDER BY s.account_id, s.start_day, m.key",
    )
    .await
    .map_err(store::Error::from)?
    {
        cell(&mut w, &p, &[r.get::<i64, _>(0).to_string(), r.get(1), s(r.get(2)), r.get(3)])?;
    }
    flush(w, &p)?;

    let p = dir.join("contacts.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["id", "account_id", "role"].map(String::from))?;
    for r in rows("SELECT id, account_id, role FROM contacts ORDER BY account_id, id").await.map_err(store::Error::from)? {
        cell(&mut w, &p, &[r.get::<i64, _>(0).to_string(), r.get::<i64, _>(1).to_string(), r.get(2)])?;
    }
    flush(w, &p)?;

    let p = dir.join("users.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["id", "account_id", "contact_id"].map(String::from))?;
    for r in rows("SELECT id, account_id, contact_id FROM users ORDER BY account_id, id").await.map_err(store::Error::from)? {
        cell(&mut w, &p, &[r.get::<i64, _>(0).to_string(), r.get::<i64, _>(1).to_string(), opt(r.get(2))])?;
    }
    flush(w, &p)?;

    // Per user and day, the modules summed: the other big table.
    export_by_accounts(
        pool,
        &dir.join("user_days.csv"),
        &["account_id", "user_id", "day", "events", "value_events"],
        "SELECT CAST(account_id AS TEXT), CAST(user_id AS TEXT), day, CAST(SUM(events) AS TEXT), CAST(SUM(value_events) AS TEXT)
           FROM user_activity WHERE account_id >= ?1 AND account_id < ?2
          GROUP BY account_id, day, user_id ORDER BY account_id, day, user_id",
    )
    .await?;

    let p = dir.join("support_tickets.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["account_id", "opened", "priority", "resolved"].map(String::from))?;
    for r in rows("SELECT account_id, substr(opened_at, 1, 10), priority, substr(resolved_at, 1, 10) FROM tickets ORDER BY account_id, opened_at")
        .await
        .map_err(store::Error::from)?
    {
        cell(&mut w, &p, &[r.get::<i64, _>(0).to_string(), r.get(1), r.get(2), s(r.get(3))])?;
    }
    flush(w, &p)?;

    // Written last: its presence marks a complete export.
    let p = dir.join("milestones.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["account_id", "due_day", "completed"].map(String::from))?;
    for r in rows("SELECT account_id, due_day, substr(completed_at, 1, 10) FROM milestones ORDER BY account_id, due_day, id")
        .await
        .map_err(store::Error::from)?
    {
        cell(&mut w, &p, &[r.get::<i64, _>(0).to_string(), r.get(1), s(r.get(2))])?;
    }
    flush(w, &p)?;
    Ok(())
}
