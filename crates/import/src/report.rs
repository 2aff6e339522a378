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
}

impl ImportReport {
    pub(crate) fn new(kind: &str, file: &std::path::Path) -> ImportReport {
        ImportReport { kind: kind.to_string(), file: file.display().to_string(), ..Default::default() }
    }

    pub fn changed(&self) -> bool {
        self.inserted > 0 || self.updated > 0
    }
}
