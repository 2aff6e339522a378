use serde::Serialize;

use crate::{Error, Workspace};

/// One account's activity in one module on one UTC day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, ts_rs::TS)]
pub struct UsageDay {
    pub day: String,
    pub module: String,
    pub events: i64,
    pub active_users: i64,
    pub value_events: i64,
}

/// A product module as the catalogue defines it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, ts_rs::TS)]
pub struct ModuleInfo {
    pub key: String,
    pub name: String,
}

impl Workspace {
    /// The workspace's id of an account, by its external id.
    async fn account_id(&self, account: &str) -> Result<i64, Error> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE external_id = ?")
            .bind(account)
            .fetch_optional(self.pool())
            .await?;
        id.ok_or_else(|| Error::UnknownAccount(account.to_string()))
    }

    /// The module catalogue in the order it was imported: the order charts stack modules in
    /// and pick their colours by, so a module looks the same on every chart.
    pub async fn modules(&self) -> Result<Vec<ModuleInfo>, Error> {
        Ok(sqlx::query_as("SELECT key, name FROM modules ORDER BY id").fetch_all(self.pool()).await?)
    }

    /// Daily rollup rows of an account (by its external id), oldest first, modules in key
    /// order. `from` and `to` are inclusive `YYYY-MM-DD` days.
    pub async fn usage(&self, account: &str, from: Option<&str>, to: Option<&str>) -> Result<Vec<UsageDay>, Error> {
        let id = self.account_id(account).await?;
        Ok(sqlx::query_as(
            "SELECT u.day, m.key AS module, u.events, u.active_users, u.value_events
               FROM usage_days u JOIN modules m ON m.id = u.module_id
              WHERE u.account_id = ?1 AND u.day >= coalesce(?2, '0000-01-01') AND u.day <= coalesce(?3, '9999-12-31')
              ORDER BY u.day, m.key",
        )
        .bind(id)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?)
    }
}

impl Workspace {
    /// Daily rollup rows summed over a set of accounts (by external id; `None` = every
    /// account), oldest first, modules in key order: the usage of a segment or of the book.
    /// `active_users` adds up each account's users (users belong to one account).
    pub async fn usage_of(&self, accounts: Option<&[String]>, from: &str, to: &str) -> Result<Vec<UsageDay>, Error> {
        let ids = accounts.map(|a| serde_json::to_string(a).expect("strings serialize"));
        Ok(sqlx::query_as(
            "SELECT u.day, m.key AS module, sum(u.events) AS events, sum(u.active_users) AS active_users,
                    sum(u.value_events) AS value_events
               FROM usage_days u JOIN modules m ON m.id = u.module_id
              WHERE u.day >= ?2 AND u.day <= ?3
                AND (?1 IS NULL OR u.account_id IN
                     (SELECT a.id FROM accounts a WHERE a.external_id IN (SELECT value FROM json_each(?1))))
              GROUP BY u.day, m.key
              ORDER BY u.day, m.key",
        )
        .bind(ids)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?)
    }
}

/// One product user active on one day, with the role of the contact they are matched to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, ts_rs::TS)]
pub struct UserDay {
    pub day: String,
    /// The workspace's id of the user: stable, never shown.
    pub user_id: i64,
    pub role: Option<String>,
}

impl Workspace {
    /// Who was active on which day for one account (any module), oldest first. `from` and
    /// `to` are inclusive `YYYY-MM-DD` days.
    pub async fn user_days(&self, account: &str, from: &str, to: &str) -> Result<Vec<UserDay>, Error> {
        let id = self.account_id(account).await?;
        Ok(sqlx::query_as(
            "SELECT a.day, a.user_id, c.role
               FROM (SELECT DISTINCT day, user_id FROM user_activity
                      WHERE account_id = ?1 AND day >= ?2 AND day <= ?3) a
               JOIN users u ON u.id = a.user_id
               LEFT JOIN contacts c ON c.id = u.contact_id
              ORDER BY a.day, a.user_id",
        )
        .bind(id)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?)
    }
}

/// The first day an account used a module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, ts_rs::TS)]
pub struct FirstUse {
    pub account: String,
    pub module: String,
    pub day: String,
}

impl Workspace {
    /// Every account's first day of use of every module it used, at or before `to`.
    pub async fn first_uses(&self, to: &str) -> Result<Vec<FirstUse>, Error> {
        Ok(sqlx::query_as(
            "SELECT a.external_id AS account, m.key AS module, min(u.day) AS day
               FROM usage_days u JOIN accounts a ON a.id = u.account_id JOIN modules m ON m.id = u.module_id
              WHERE u.day <= ?1 AND u.events > 0
              GROUP BY u.account_id, u.module_id
              ORDER BY a.external_id, m.key",
        )
        .bind(to)
        .fetch_all(self.pool())
        .await?)
    }
}
