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

/// The settings key of the reporting currency: a JSON string such as `"EUR"`.
pub const REPORTING_CURRENCY: &str = "reporting_currency";

impl Workspace {
    /// The reporting currency chosen at `init --currency` or in the settings, if one was.
    /// Without one, metrics report in the currency the subscriptions share (docs/METRICS.md).
    pub async fn reporting_currency(&self) -> Result<Option<domain::Currency>, Error> {
        let Some(json) = self.setting(REPORTING_CURRENCY).await? else { return Ok(None) };
        let code: String = serde_json::from_str(&json)
            .map_err(|e| Error::Corrupt(format!("setting {REPORTING_CURRENCY}: {e}")))?;
        domain::Currency::parse(&code)
            .map(Some)
            .map_err(|e| Error::Corrupt(format!("setting {REPORTING_CURRENCY}: {e}")))
    }

    /// Stores the reporting currency. Rates already imported stay: they were stated against
    /// the old currency, so whoever changes it imports an FX file against the new one.
    pub async fn set_reporting_currency(&self, currency: &domain::Currency) -> Result<(), Error> {
        self.set_setting(REPORTING_CURRENCY, &serde_json::Value::from(currency.as_str()).to_string()).await
    }
}
