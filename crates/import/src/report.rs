use serde::Serialize;

/// What one import did. `inserted + updated + unchanged` = rows accepted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub kind: String,
    pub file: String,
    /// Data rows (or event lines) read.
    pub rows: u64,
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Rows left out on purpose (duplicate events, non-track calls, skipped unknown accounts).
    pub skipped: u64,
    /// Human notes about skips, e.g. the first unknown account ids.
    pub notes: Vec<String>,
    /// The accounts (external ids) whose rows the import added or changed, so an app holding
    /// the analysed book reads only those again; `None` when the import may have changed
    /// anything (events, usage rollups, the catalog, FX rates). Not in the JSON report.
    #[serde(skip)]
    pub accounts: Option<Vec<String>>,
    /// The same by workspace id while the import runs; `None` for kinds that do not track.
    #[serde(skip)]
    pub(crate) touched: Option<std::collections::BTreeSet<i64>>,
}

impl ImportReport {
    pub(crate) fn new(kind: &str, file: &std::path::Path) -> ImportReport {
        ImportReport { kind: kind.to_string(), file: file.display().to_string(), ..Default::default() }
    }

    pub fn changed(&self) -> bool {
        self.inserted > 0 || self.updated > 0
    }

    /// A report for a kind whose rows each belong to one account, which it tracks.
    pub(crate) fn by_account(kind: &str, file: &std::path::Path) -> ImportReport {
        ImportReport { touched: Some(Default::default()), ..ImportReport::new(kind, file) }
    }

    /// After a row was upserted: `account` changed if the row is new or was rewritten, and so
    /// did `previous`, the account the row belonged to before (a contact or ticket moved).
    pub(crate) fn touch(&mut self, account: i64, previous: Option<i64>, affected: u64) {
        if let Some(t) = self.touched.as_mut()
            && (previous.is_none() || affected > 0)
        {
            t.insert(account);
            t.extend(previous);
        }
    }

    /// Turns the tracked ids into external ids, in the import's transaction.
    pub(crate) async fn resolve_accounts(&mut self, conn: &mut sqlx::SqliteConnection) -> Result<(), sqlx::Error> {
        if let Some(ids) = self.touched.take() {
            let ids = serde_json::to_string(&ids).expect("ids serialise");
            let names: Vec<String> = sqlx::query_scalar("SELECT external_id FROM accounts WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY external_id")
                .bind(ids)
                .fetch_all(&mut *conn)
                .await?;
            self.accounts = Some(names);
        }
        Ok(())
    }
}
