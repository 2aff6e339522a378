use std::collections::HashMap;
use std::path::Path;

use sqlx::SqliteConnection;

use crate::records::{finish, Seen};
use crate::source::CsvFile;
use crate::{Error, ImportKind, ImportOptions, ImportReport};
use domain::ParseError;

/// The module that events without one are counted under, so nothing is lost and the
/// import report can say which event names need a module map.
pub const UNASSIGNED_MODULE: &str = "unassigned";

pub(crate) async fn import(ws: &store::Workspace, path: &Path, opts: &ImportOptions) -> Result<ImportReport, Error> {
    let mut csv = CsvFile::open_kind(path, ImportKind::Catalog, opts)?;
    let mut report = ImportReport::new("catalog", path);
    let mut tx = ws.write().await?;
    let mut modules = ModuleIds::default();
    let mut seen = Seen::default();
    while let Some(row) = csv.next()? {
        report.rows += 1;
        let event = row.req("event")?;
        seen.check(&row, "event", event)?;
        let module_key = row.req_with("module", module_key)?;
        let module = modules.id(&mut tx, &module_key).await?;
        let feature = match row.opt("feature") {
            Some(f) => {
                sqlx::query("INSERT OR IGNORE INTO features(module_id, key) VALUES (?, ?)")
                    .bind(module)
                    .bind(f)
                    .execute(&mut *tx)
                    .await?;
                Some(
                    sqlx::query_scalar::<_, i64>("SELECT id FROM features WHERE module_id = ? AND key = ?")
                        .bind(module)
                        .bind(f)
                        .fetch_one(&mut *tx)
                        .await?,
                )
            }
            None => None,
        };
        let value = row.opt_with("value_event", boolean)?.unwrap_or(false);
        let query = sqlx::query(
            "INSERT INTO event_types(name, module_id, feature_id, is_value_event) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(name) DO UPDATE SET module_id = ?2, feature_id = ?3, is_value_event = ?4
             WHERE (module_id, feature_id, is_value_event) IS NOT (?2, ?3, ?4)",
        )
        .bind(event)
        .bind(module)
        .bind(feature)
        .bind(value);
        crate::records::upsert(&mut tx, &mut report, "SELECT 1 FROM event_types WHERE name = ?", event, query).await?;
    }
    finish(tx, csv, report, opts).await
}

fn boolean(s: &str) -> Result<bool, ParseError> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" => Ok(false),
        _ => Err(ParseError::Choice { allowed: "true false", got: s.to_string() }),
    }
}

/// Module keys are lowercase words joined by `_` (`data_collection`), so the same module
/// spelled twice is one module.
pub(crate) fn module_key(s: &str) -> Result<String, ParseError> {
    let k = s.trim().to_lowercase().replace([' ', '-'], "_");
    if k.is_empty() || k.len() > 64 || !k.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return Err(ParseError::ModuleKey(s.to_string()));
    }
    Ok(k)
}

/// `data_collection` -> `Data collection`.
fn module_name(key: &str) -> String {
    let words = key.replace('_', " ");
    let mut c = words.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Module ids by key, created on first mention (modules are discovered from events and
/// subscriptions as well as from the catalog).
#[derive(Default)]
pub(crate) struct ModuleIds(HashMap<String, i64>);

impl ModuleIds {
    pub(crate) async fn id(&mut self, conn: &mut SqliteConnection, key: &str) -> Result<i64, Error> {
        if let Some(id) = self.0.get(key) {
            return Ok(*id);
        }
        sqlx::query("INSERT OR IGNORE INTO modules(key, name) VALUES (?, ?)")
            .bind(key)
            .bind(module_name(key))
            .execute(&mut *conn)
            .await?;
        let id: i64 = sqlx::query_scalar("SELECT id FROM modules WHERE key = ?").bind(key).fetch_one(&mut *conn).await?;
        self.0.insert(key.to_string(), id);
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_keys_normalise_and_names_read_well() {
        assert_eq!(module_key(" Data Collection ").unwrap(), "data_collection");
        assert!(module_key("a/b").is_err());
        assert_eq!(module_name("data_collection"), "Data collection");
    }
}
