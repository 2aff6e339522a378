use std::collections::HashMap;
use std::path::Path;

use domain::{Day, LifecycleStage};
use sqlx::SqliteConnection;

use crate::records::{finish, tally, Seen};
use crate::source::{in_range, CsvFile};
use crate::{Error, ImportKind, ImportOptions, ImportReport};

pub(crate) async fn import(ws: &store::Workspace, path: &Path, opts: &ImportOptions) -> Result<ImportReport, Error> {
    let mut csv = CsvFile::open_kind(path, ImportKind::Accounts, opts)?;
    let mut report = ImportReport::by_account("accounts", path);
    let mut tx = ws.write().await?;
    let mut seen = Seen::default();
    let mut owners: HashMap<String, i64> = HashMap::new();
    while let Some(row) = csv.next()? {
        report.rows += 1;
        let id = row.req("account_id")?;
        seen.check(&row, "account_id", id)?;
        let name = row.req("name")?;
        let employees = row.opt_with("employees", in_range(0, 10_000_000))?;
        let stage = row.opt_with("lifecycle_stage", LifecycleStage::parse)?.map(|s| s.as_str());
        let created = row.opt_with("created_at", Day::parse_lenient)?.map(|d| d.to_string());
        let owner = match row.opt("owner") {
            Some(o) => Some(owner_id(&mut tx, &mut owners, o).await?),
            None => None,
        };
        let attrs = row.extras_json();
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE external_id = ?")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        let result = match existing {
            None => sqlx::query(
                "INSERT INTO accounts(external_id, name, industry, region, employees, owner_id, lifecycle_stage, created_at, attributes)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ),
            Some(_) => sqlx::query(
                "UPDATE accounts SET name = ?2, industry = ?3, region = ?4, employees = ?5, owner_id = ?6,
                        lifecycle_stage = ?7, created_at = ?8, attributes = ?9
                 WHERE external_id = ?1 AND (name, industry, region, employees, owner_id, lifecycle_stage, created_at, attributes)
                       IS NOT (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            ),
        }
        .bind(id)
        .bind(name)
        .bind(row.opt("industry"))
        .bind(row.opt("region"))
        .bind(employees)
        .bind(owner)
        .bind(stage)
        .bind(created)
        .bind(attrs)
        .execute(&mut *tx)
        .await?;
        let affected = result.rows_affected();
        tally(&mut report, existing.is_some(), affected);
        report.touch(existing.unwrap_or_else(|| result.last_insert_rowid()), None, affected);
    }
    finish(tx, csv, report, opts).await
}

/// CSMs are created on first mention; the owner column names them.
async fn owner_id(conn: &mut SqliteConnection, cache: &mut HashMap<String, i64>, name: &str) -> Result<i64, Error> {
    if let Some(id) = cache.get(name) {
        return Ok(*id);
    }
    sqlx::query("INSERT OR IGNORE INTO owners(name) VALUES (?)").bind(name).execute(&mut *conn).await?;
    let id: i64 = sqlx::query_scalar("SELECT id FROM owners WHERE name = ?").bind(name).fetch_one(&mut *conn).await?;
    cache.insert(name.to_string(), id);
    Ok(id)
}
