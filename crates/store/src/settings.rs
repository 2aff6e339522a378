//! Settings stored in the workspace: JSON documents by key.
//!
//! The store does not know what a key means (the views crate gives them their shapes); it only
//! keeps each value valid JSON, so a reader never finds half a document.

use std::collections::BTreeMap;

use crate::{Error, Workspace};

impl Workspace {
    /// The JSON stored under `key`, or `None` when it was never set.
    pub async fn setting(&self, key: &str) -> Result<Option<String>, Error> {
        Ok(sqlx::query_scalar("SELECT value FROM settings WHERE key = ?1").bind(key).fetch_optional(self.pool()).await?)
    }

    /// Every stored setting by key, read in one statement (one consistent snapshot).
    pub async fn all_settings(&self) -> Result<BTreeMap<String, String>, Error> {
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT key, value FROM settings").fetch_all(self.pool()).await?;
        Ok(rows.into_iter().collect())
    }

    /// Stores `json` under `key`, replacing what was there. Text that is not JSON is refused
    /// by the table's CHECK before anything changes (a database error).
    pub async fn set_setting(&self, key: &str, json: &str) -> Result<(), Error> {
        let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        sqlx::query(
            "INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(key)
        .bind(json)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
