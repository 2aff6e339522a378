//! Usage events: Segment-spec JSONL track calls or CSV, deduplicated by message id and
//! rolled up on import into per-user and per-module daily activity.
//!
//! Deduplication key: (UTC day, 64-bit xxh3 of messageId). A replayed event keeps its
//! timestamp and message id, so it lands on the same key; keying by day first keeps the
//! index inserts of a time-ordered stream local. Two different message ids colliding on
//! the same day has a probability of about n²/2⁶⁵ for n events that day (1e-9 at 100k).

mod parse;
mod recent;
pub(crate) mod rollup;
mod weeks;

use std::path::Path;

use rustc_hash::FxHashMap;

pub use parse::EventFormat;
pub(crate) use parse::{epoch_days, MAX_LINE};
use parse::{Lookup, Reader};

use crate::catalog::module_key;
use crate::records::log_import;
use crate::source::CsvFile;
use crate::{Error, ImportOptions, ImportReport};

/// What to do with events whose account is not in the workspace.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum UnknownAccounts {
    /// Stop with an error naming the line (default: ids that do not match are usually a
    /// mapping mistake, not new customers).
    #[default]
    Error,
    /// Leave those events out, count them and report the first ids.
    Skip,
    /// Create a bare account named by its id.
    Create,
}

#[derive(Debug, Clone, Default)]
pub struct EventOptions {
    pub unknown_accounts: UnknownAccounts,
    /// A CSV `event,module` file mapping event names to modules for events that carry none.
    pub module_map: Option<std::path::PathBuf>,
}

pub(crate) async fn import(ws: &store::Workspace, path: &Path, all: &ImportOptions) -> Result<ImportReport, Error> {
    let opts = &all.events;
    let mut tx = ws.write().await?;
    let mut ids = rollup::Ids::load(&mut tx).await?;
    let mut lookup = Lookup {
        accounts: ids.account_index(),
        modules: ids.module_index(),
        catalog: catalog(&mut tx).await?,
    };
    if let Some(map) = &opts.module_map {
        // The map only covers events the catalog does not know: the catalog wins.
        for (event, module) in read_module_map(map)? {
            lookup.catalog.entry(event).or_insert((module, 0));
        }
    }

    let (sender, receiver) = std::sync::mpsc::sync_channel(2);
    let reader = Reader::new(path, all, lookup);
    let reading = std::thread::Builder::new()
        .name("event-reader".into())
        .spawn(move || reader.run(sender))
        .map_err(|e| Error::Io { file: path.into(), source: e })?;

    let mut roll = rollup::Rollup::start(&mut tx).await?;
    let mut written: Result<(), Error> = Ok(());
    // The channel closes when the reader stops (done or failed).
    let mut receiver = Some(receiver);
    while let Some(batch) = receiver.as_ref().and_then(|r| r.recv().ok()) {
        let added = match all.check_cancel(path) {
            Ok(()) => roll.add(&mut tx, &mut ids, batch).await,
            Err(cancelled) => Err(cancelled),
        };
        if let Err(e) = added {
            written = Err(e);
            receiver = None; // unblocks and stops the reader
        }
    }
    let read = reading.join().map_err(|_| Error::File { file: path.into(), reason: crate::error::why("error-import-reader-panicked") })?;
    written?;
    let summary = read?;
    roll.finish(&mut tx, &ids).await?;

    let mut report = ImportReport::new("events", path);
    report.rows = summary.lines;
    report.inserted = roll.inserted;
    report.unchanged = roll.already_imported;
    report.skipped = roll.repeated_in_file + summary.non_track + summary.unknown_skipped;
    if roll.already_imported > 0 {
        report.notes.push(format!("{} events were already imported", roll.already_imported));
    }
    if roll.repeated_in_file > 0 {
        report.notes.push(format!("{} repeated message ids in this file counted once", roll.repeated_in_file));
    }
    if summary.non_track > 0 {
        report.notes.push(format!("{} non-track calls (identify, page, group...) left out", summary.non_track));
    }
    if summary.unknown_skipped > 0 {
        report.notes.push(format!(
            "{} events of unknown accounts skipped, e.g. {}",
            summary.unknown_skipped,
            summary.unknown_first.join(", ")
        ));
    }
    if summary.unassigned > 0 {
        report.notes.push(format!(
            "{} events had no module and no catalog entry; counted under `unassigned`, e.g. {} (add them to the catalog or a --module-map)",
            summary.unassigned,
            summary.unassigned_first.join(", ")
        ));
    }
    log_import(&mut tx, &report, &summary.content_hash).await?;
    all.commit(tx, path).await?;
    if !all.dry_run {
        ws.checkpoint_after_bulk_write().await;
    }
    Ok(report)
}

/// event name -> (module key, value event type id + 1, or 0).
async fn catalog(conn: &mut sqlx::SqliteConnection) -> Result<FxHashMap<String, (String, u32)>, Error> {
    let rows: Vec<(String, String, i64, bool)> = sqlx::query_as(
        "SELECT e.name, m.key, e.id, e.is_value_event FROM event_types e JOIN modules m ON m.id = e.module_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|(e, m, id, v)| (e, (m, if v { id as u32 + 1 } else { 0 }))).collect())
}

fn read_module_map(path: &Path) -> Result<Vec<(String, String)>, Error> {
    let mut csv = CsvFile::open(path, &["event", "module"], &["feature", "value_event"], &ImportOptions::default())?;
    let mut out = Vec::new();
    while let Some(row) = csv.next()? {
        out.push((row.req("event")?.to_string(), row.req_with("module", module_key)?));
    }
    Ok(out)
}

/// Checks an event stream without a workspace (every account accepted): returns the number
/// of events it holds or the first bad line. Used to validate files before an import, and
/// by the fuzz targets.
pub fn validate<R: std::io::Read + Send + 'static>(input: R, format: EventFormat, name: &Path) -> Result<u64, Error> {
    let lookup = Lookup { accounts: FxHashMap::default(), modules: FxHashMap::default(), catalog: FxHashMap::default() };
    let events = EventOptions { unknown_accounts: UnknownAccounts::Create, ..Default::default() };
    let (sender, receiver) = std::sync::mpsc::sync_channel(4);
    let reader = Reader::new(name, &ImportOptions { events, ..Default::default() }, lookup);
    let reading = std::thread::spawn(move || reader.run_on(input, format == EventFormat::Csv, sender));
    let mut events = 0u64;
    while let Ok(batch) = receiver.recv() {
        events += batch.events.len() as u64;
    }
    reading.join().map_err(|_| Error::File { file: name.into(), reason: crate::error::why("error-import-reader-panicked") })??;
    Ok(events)
}
