//! Exports the tables the pandas comparison reads (scripts/bench_pandas.py), as plain CSV:
//! what an analyst would pull out of a CRM and product analytics to do the same work.

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
    let max_id: i64 = rows.last().map_or(0, |r| r.get(0));
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

    // Usage is the big table: read it in slices of accounts to keep memory flat.
    let p = dir.join("usage_days.csv");
    let mut w = csv_writer(&p)?;
    cell(&mut w, &p, &["account_id", "day", "module", "events", "active_users"].map(String::from))?;
    let mut lo = 0i64;
    while lo <= max_id {
        let rows = sqlx::query(
            "SELECT u.account_id, u.day, m.key, u.events, u.active_users FROM usage_days u JOIN modules m ON m.id = u.module_id
             WHERE u.account_id >= ? AND u.account_id < ? ORDER BY u.account_id, u.day",
        )
        .bind(lo)
        .bind(lo + 100)
        .fetch_all(pool)
        .await
        .map_err(store::Error::from)?;
        for r in rows {
            let f = [r.get::<i64, _>(0).to_string(), r.get(1), r.get(2), r.get::<i64, _>(3).to_string(), r.get::<i64, _>(4).to_string()];
            cell(&mut w, &p, &f)?;
        }
        lo += 100;
    }
    flush(w, &p)?;

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
