//! What the app adds to an import: headers mapped onto canonical columns, columns the user
//! says the file lacks, a progress hook, a cancel flag and a dry run. Cancelling and a dry
//! run both end in a rollback of the import's one transaction, so neither leaves anything.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::{Error, EventOptions};

/// How far an import has read its file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportProgress {
    /// Bytes of the file read so far (`bytes_total` once reading is done).
    pub bytes_read: u64,
    pub bytes_total: u64,
    /// Data rows (or event lines) read so far.
    pub rows: u64,
}

/// Called with the progress from whichever thread reads the file (events are read on a
/// thread of their own), about once per percent of the file and at least 64 KiB apart.
pub type ProgressFn = Arc<dyn Fn(ImportProgress) + Send + Sync>;

/// Everything an import can be asked beyond "this file, this kind".
#[derive(Clone, Default)]
pub struct ImportOptions {
    pub events: EventOptions,
    /// The file's header -> the canonical column it holds, for files whose headers differ.
    /// Errors name the file's own header, since that is what the user sees in the file.
    pub rename: HashMap<String, String>,
    /// Canonical columns the file does not have, read as empty cells. Only columns whose
    /// cells may be empty can be absent; the CLI never sets this (a missing column there is
    /// more likely a typo than a choice).
    pub absent: Vec<String>,
    pub progress: Option<ProgressFn>,
    /// Set (from any thread) to stop the import; it then rolls back and returns
    /// [`Error::Cancelled`].
    pub cancel: Option<Arc<AtomicBool>>,
    /// Check everything, count what would change, then roll back.
    pub dry_run: bool,
}

impl std::fmt::Debug for ImportOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImportOptions")
            .field("events", &self.events)
            .field("rename", &self.rename)
            .field("absent", &self.absent)
            .field("progress", &self.progress.is_some())
            .field("cancel", &self.cancel)
            .field("dry_run", &self.dry_run)
            .finish()
    }
}

impl ImportOptions {
    pub(crate) fn check_cancel(&self, file: &Path) -> Result<(), Error> {
        check(&self.cancel, file)
    }

    /// Commits the import's transaction, or rolls it back for a dry run or when cancelled
    /// at the last moment.
    pub(crate) async fn commit(&self, tx: sqlx::Transaction<'static, sqlx::Sqlite>, file: &Path) -> Result<(), Error> {
        if let Err(e) = self.check_cancel(file) {
            tx.rollback().await?;
            return Err(e);
        }
        if self.dry_run { tx.rollback().await? } else { tx.commit().await? }
        Ok(())
    }
}

fn check(cancel: &Option<Arc<AtomicBool>>, file: &Path) -> Result<(), Error> {
    match cancel {
        Some(c) if c.load(Ordering::Relaxed) => Err(Error::Cancelled { file: file.to_path_buf() }),
        _ => Ok(()),
    }
}

/// Smallest step between two progress reports.
const MIN_STEP: u64 = 64 * 1024;

/// Progress and cancel as the reading loop sees them: checked on every row (one relaxed
/// load), reported only when the position moved a step.
#[derive(Clone)]
pub(crate) struct Watch {
    file: PathBuf,
    progress: Option<ProgressFn>,
    cancel: Option<Arc<AtomicBool>>,
    total: u64,
    step: u64,
    next_at: u64,
}

impl Watch {
    pub(crate) fn new(file: &Path, opts: &ImportOptions) -> Watch {
        let total = if opts.progress.is_some() { std::fs::metadata(file).map(|m| m.len()).unwrap_or(0) } else { 0 };
        Watch {
            file: file.to_path_buf(),
            progress: opts.progress.clone(),
            cancel: opts.cancel.clone(),
            total,
            step: (total / 100).max(MIN_STEP),
            next_at: 0,
        }
    }

    /// At byte `bytes` of the file with `rows` rows read: stops if cancelled, reports if due.
    pub(crate) fn at(&mut self, bytes: u64, rows: u64) -> Result<(), Error> {
        check(&self.cancel, &self.file)?;
        if bytes >= self.next_at {
            self.next_at = bytes.saturating_add(self.step);
            self.report(bytes, rows);
        }
        Ok(())
    }

    /// The whole file has been read.
    pub(crate) fn done(&mut self, rows: u64) {
        self.report(self.total, rows);
    }

    fn report(&self, bytes: u64, rows: u64) {
        if let Some(p) = &self.progress {
            // A file that grew while being read never shows more than 100%.
            let bytes_read = if self.total > 0 { bytes.min(self.total) } else { bytes };
            p(ImportProgress { bytes_read, bytes_total: self.total, rows });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn reports_once_per_step_and_stops_when_cancelled() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f.csv");
        std::fs::write(&file, vec![b'x'; 1_000_000]).unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        let cancel = Arc::new(AtomicBool::new(false));
        let opts = ImportOptions {
            progress: Some(Arc::new(move |p| sink.lock().unwrap().push(p.bytes_read))),
            cancel: Some(cancel.clone()),
            ..Default::default()
        };
        let mut w = Watch::new(&file, &opts);
        // One row every 100 bytes: 10,000 rows; a step is 64 KiB (1% is only 10,000 bytes).
        for i in 0..10_000u64 {
            w.at(i * 100, i).unwrap();
        }
        w.done(10_000);
        let seen = seen.lock().unwrap().clone();
        // 0, 65,600, 131,200 ... 984,000 (the first row past each step), then the end.
        assert_eq!(seen.len(), 17, "{seen:?}");
        assert_eq!((seen[0], seen[1], *seen.last().unwrap()), (0, 65_600, 1_000_000));
        cancel.store(true, Ordering::Relaxed);
        assert!(matches!(w.at(1, 1), Err(Error::Cancelled { .. })));
    }
}
