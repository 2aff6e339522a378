//! The import screen: look at a file before importing it, map its headers onto the canonical
//! columns when they differ, check it (a dry run), then import it with progress and a cancel.
//! Thin over the `import` crate, whose one transaction per file is what makes "nothing
//! half-imported" true: a bad row, a cancel and a dry run all end in a rollback.
//!
//! A file the import refuses is an answer, not a failure of the call: [`run`] returns it as an
//! [`ImportProblem`] with file, line and field apart, so the screen can point at the row.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use i18n::{Arg, Text};
use import::{EventFormat, EventOptions, ImportKind, ImportOptions, UnknownAccounts};
use serde::{Deserialize, Serialize};

use crate::{Error, Session};
pub use crate::jobs::{Job, Jobs};

/// Data rows a preview shows.
pub const PREVIEW_ROWS: usize = 20;
/// Longest cell a preview shows, in characters; a longer one is cut and ends in `…`.
pub const PREVIEW_CELL: usize = 200;

/// One canonical column of a kind of file.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ImportColumn {
    pub name: String,
    /// Every row needs a value in it, so the file must have it. Other columns may be left
    /// unmapped: they are then read as empty.
    pub required: bool,
    /// What it holds, in a few words (`import-column-<kind>-<name>` in the catalogue).
    pub meaning: i18n::Text,
}

/// A kind of file the app imports.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ImportKindInfo {
    /// `accounts`, `events`...: what `preview` and `run` take.
    pub id: String,
    /// `import-kind-<id>` in the catalogue.
    pub label: i18n::Text,
    /// Formats it takes and what to import before it (`import-kind-<id>.hint`).
    pub hint: i18n::Text,
    /// In the documented order (for events: the CSV columns).
    pub columns: Vec<ImportColumn>,
}

/// Which header of the file holds a canonical column; None: the file has no such column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ColumnMatch {
    pub column: String,
    pub header: Option<String>,
}

/// A data row of a preview and the line of the file it starts on (the line errors name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct PreviewRow {
    pub line: u64,
    pub cells: Vec<String>,
}

/// What a file holds, before anything is imported.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ImportPreview {
    pub path: String,
    pub file_name: String,
    pub size_bytes: u64,
    /// `csv`, `jsonl` or `parquet`, as the import will read it.
    pub format: String,
    /// The kind asked for, else the detected one; None when neither is known.
    pub kind: Option<String>,
    /// What the file looks like from its headers (or name), whatever was asked.
    pub detected: Option<String>,
    /// The header cells as written; for JSONL, the fields an event import reads.
    pub headers: Vec<String>,
    /// The first data rows, as text.
    pub rows: Vec<PreviewRow>,
    /// The file has more rows than these.
    pub more_rows: bool,
    /// The canonical columns of `kind` (empty when no kind is known).
    pub columns: Vec<ImportColumn>,
    /// For each of `columns`, the header suggested for it.
    pub mapping: Vec<ColumnMatch>,
    /// Required columns no header was found for: the import cannot run until they are mapped.
    pub missing: Vec<String>,
    /// Some header differs from its column's name, or a column is not in the file: the
    /// mapping should be shown for the user to confirm.
    pub needs_mapping: bool,
    /// False for JSONL, which has no header to map.
    pub mappable: bool,
}

/// What to do with events whose account is not in the workspace.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum UnknownAccountsChoice {
    /// Refuse the file, naming the line: ids that do not match are usually a mapping mistake.
    #[default]
    Error,
    Skip,
    /// Create a bare account named by its id.
    Create,
}

/// An import to run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportRequest {
    pub path: String,
    pub kind: String,
    /// Columns to read from another header, or (None) to read as empty. Columns not listed
    /// are read from the header of their own name.
    pub mapping: Vec<ColumnMatch>,
    /// Events only.
    pub unknown_accounts: UnknownAccountsChoice,
    /// Check the whole file against the workspace and count what would change, then roll back.
    pub dry_run: bool,
}

/// How far an import has read its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ImportProgress {
    pub bytes_read: u64,
    pub bytes_total: u64,
    /// Rows (or event lines) read so far.
    pub rows: u64,
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ImportCounts {
    pub rows: u64,
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Left out on purpose (repeated events, non-track calls...): `notes` say why.
    pub skipped: u64,
    pub notes: Vec<String>,
}

/// Why a file was not imported. Nothing from it was stored.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ImportProblem {
    /// `bad_row`, `bad_header`, `bad_file`, `io` or `cancelled`.
    pub code: String,
    /// The user's file, as given.
    pub file: String,
    /// The line of the file where the bad row starts (1 for the header); None when the
    /// problem is the whole file.
    pub line: Option<u64>,
    /// The column as the file's header names it, or `(row)`, `(json)`, `(line)` for the
    /// shape of a row; None for header and file problems.
    pub field: Option<String>,
    /// Why, in English (for logs and tests).
    pub reason: String,
    /// Why, in the reader's language.
    pub reason_text: Text,
    /// All of it in one line: `FILE:LINE: field `FIELD`: reason`, in English.
    pub message: String,
    /// All of it in one line, in the reader's language.
    pub text: Text,
}

/// The answer to [`run`]: counts, or the problem that stopped it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ImportOutcome {
    pub kind: String,
    pub file: String,
    pub dry_run: bool,
    pub counts: Option<ImportCounts>,
    pub problem: Option<ImportProblem>,
}

/// Every kind, in the order they depend on each other.
pub fn kinds() -> Vec<ImportKindInfo> {
    ImportKind::ALL
        .into_iter()
        .map(|k| {
            let label = format!("import-kind-{}", k.as_str());
            ImportKindInfo {
                id: k.as_str().into(),
                hint: i18n::Text::new(format!("{label}.hint")),
                label: i18n::Text::new(label),
                columns: columns(k),
            }
        })
        .collect()
}

fn columns(kind: ImportKind) -> Vec<ImportColumn> {
    kind.columns()
        .iter()
        .map(|c| ImportColumn {
            name: c.name.into(),
            required: c.needs_value,
            meaning: i18n::Text::new(format!("import-column-{}-{}", kind.as_str(), c.name.replace('_', "-"))),
        })
        .collect()
}

fn parse_kind(id: &str) -> Result<ImportKind, Error> {
    ImportKind::parse(id).ok_or_else(|| {
        let all: Vec<&str> = ImportKind::ALL.iter().map(|k| k.as_str()).collect();
        Error::Refused(Text::new("error-views-import-kind").arg("kind", Arg::Str(id.to_string())).arg("kinds", Arg::Str(all.join(", "))))
    })
}

/// The start of the file at `path` as `kind` (else as the kind it looks like), with the
/// mapping its headers suggest.
pub fn preview(path: &Path, kind: Option<&str>) -> Result<ImportPreview, Error> {
    let kind = kind.map(parse_kind).transpose()?;
    let meta = std::fs::metadata(path).map_err(|e| import::Error::Io { file: path.into(), source: e })?;
    if meta.is_dir() {
        return Err(Error::Refused(Text::new("error-views-import-folder").arg("path", Arg::Str(path.display().to_string()))));
    }
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (format, headers, rows, more, detected) = if import::peek::is_parquet(path) {
        // A warehouse export: usage rollups whatever its name; its columns map like headers.
        let (headers, rows, more) = import::peek::peek_parquet(path, PREVIEW_ROWS)?;
        ("parquet", headers, rows, more, Some(ImportKind::UsageRollups))
    } else {
        let guessed = import::peek::guess_format(path)?;
        // The import reads events by extension and every other kind as CSV.
        let format = match kind {
            Some(ImportKind::Events) => EventFormat::of(path),
            Some(_) => EventFormat::Csv,
            None => guessed,
        };
        let peek = import::peek::peek(path, format, PREVIEW_ROWS)?;
        let detected = if format == guessed {
            import::columns::detect_kind(&file_name, format, &peek.headers)
        } else {
            import::columns::detect_kind(&file_name, guessed, &import::peek::peek(path, guessed, 0)?.headers)
        };
        (if format == EventFormat::Csv { "csv" } else { "jsonl" }, peek.headers, peek.rows, peek.more, detected)
    };
    let chosen = kind.or(detected);
    let mappable = format != "jsonl";
    let mut out = ImportPreview {
        path: path.display().to_string(),
        file_name,
        size_bytes: meta.len(),
        format: format.into(),
        kind: chosen.map(|k| k.as_str().into()),
        detected: detected.map(|k| k.as_str().into()),
        rows: rows.into_iter().map(|r| PreviewRow { line: r.line, cells: r.cells.into_iter().map(cut).collect() }).collect(),
        headers,
        more_rows: more,
        columns: chosen.map(columns).unwrap_or_default(),
        mapping: Vec::new(),
        missing: Vec::new(),
        needs_mapping: false,
        mappable,
    };
    if let (Some(k), true) = (chosen, mappable) {
        let suggested = import::columns::suggest_mapping(k, &out.headers);
        for (c, (name, header)) in k.columns().iter().zip(suggested) {
            let differs = header.as_deref().map_or(c.in_header || c.needs_value, |h| h != name);
            out.needs_mapping |= differs;
            if c.needs_value && header.is_none() {
                out.missing.push(name.into());
            }
            out.mapping.push(ColumnMatch { column: name.into(), header });
        }
    }
    Ok(out)
}

fn cut(cell: String) -> String {
    match cell.char_indices().nth(PREVIEW_CELL) {
        Some((at, _)) => format!("{}…", &cell[..at]),
        None => cell,
    }
}

/// The importer's header options from the user's mapping: headers to rename onto their
/// column, and columns stated absent.
fn plan(kind: ImportKind, mapping: &[ColumnMatch]) -> Result<(HashMap<String, String>, Vec<String>), Error> {
    let mut rename = HashMap::new();
    let mut absent = Vec::new();
    let mut chosen: HashMap<&str, &str> = HashMap::new();
    for m in mapping {
        let Some(c) = kind.columns().iter().find(|c| c.name == m.column) else {
            return Err(Error::Refused(
                Text::new("error-views-import-not-a-column").arg("column", Arg::Str(m.column.clone())).arg("kind", Arg::Str(kind.as_str().into())),
            ));
        };
        match &m.header {
            Some(h) => {
                if let Some(other) = chosen.insert(h, c.name) {
                    return Err(Error::Refused(
                        Text::new("error-views-import-header-twice")
                            .arg("header", Arg::Str(h.clone()))
                            .arg("first", Arg::Str(other.to_string()))
                            .arg("second", Arg::Str(c.name.to_string())),
                    ));
                }
                if h != c.name {
                    rename.insert(h.clone(), c.name.to_string());
                }
            }
            None if c.needs_value => {
                return Err(Error::Refused(Text::new("error-views-import-choose-column").arg("column", Arg::Str(c.name.to_string()))));
            }
            None => absent.push(c.name.to_string()),
        }
    }
    Ok((rename, absent))
}

/// Imports (or with `dry_run`, checks) one file. Progress is reported from the thread that
/// reads the file; setting `cancel` stops the import and rolls it back.
pub async fn run(
    session: &Session,
    request: &ImportRequest,
    progress: impl Fn(ImportProgress) + Send + Sync + 'static,
    cancel: Arc<AtomicBool>,
) -> Result<ImportOutcome, Error> {
    let kind = parse_kind(&request.kind)?;
    let (rename, absent) = plan(kind, &request.mapping)?;
    let unknown_accounts = match request.unknown_accounts {
        UnknownAccountsChoice::Error => UnknownAccounts::Error,
        UnknownAccountsChoice::Skip => UnknownAccounts::Skip,
        UnknownAccountsChoice::Create => UnknownAccounts::Create,
    };
    let opts = ImportOptions {
        events: EventOptions { unknown_accounts, ..Default::default() },
        rename,
        absent,
        progress: Some(Arc::new(move |p: import::ImportProgress| {
            progress(ImportProgress { bytes_read: p.bytes_read, bytes_total: p.bytes_total, rows: p.rows })
        })),
        cancel: Some(cancel),
        dry_run: request.dry_run,
    };
    let path = Path::new(&request.path);
    let mut outcome =
        ImportOutcome { kind: kind.as_str().into(), file: request.path.clone(), dry_run: request.dry_run, counts: None, problem: None };
    match import::import_file_with(session.workspace(), kind, path, &opts).await {
        Ok(r) => {
            if !request.dry_run && r.changed() {
                match r.accounts.clone() {
                    Some(accounts) => session.changed_accounts(accounts).await,
                    None => session.changed().await,
                }
            }
            let counts = ImportCounts { rows: r.rows, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, skipped: r.skipped, notes: r.notes };
            outcome.counts = Some(counts);
        }
        Err(e) => outcome.problem = Some(problem(e)?),
    }
    Ok(outcome)
}

/// The problem a refused file is, or the error when the fault is not the file's.
fn problem(e: import::Error) -> Result<ImportProblem, Error> {
    use import::Error as E;
    let message = e.to_string();
    let text = e.text();
    let code = e.code().to_string();
    let (file, line, field, reason) = match e {
        E::Row { file, line, field, reason } => (file, Some(line), Some(field), reason),
        // The row of a columnar file (its group is in the message).
        E::Cell { file, row, column, reason, .. } => (file, Some(row), Some(column), reason),
        E::Header { file, reason } => (file, Some(1), None, reason),
        E::File { file, reason } => (file, None, None, reason),
        E::Io { file, source } => (file, None, None, Text::new("error-import-os").arg("detail", Arg::Str(source.to_string()))),
        E::Cancelled { file } => (file, None, None, Text::new("error-import-cancelled-reason")),
        other => return Err(other.into()),
    };
    let problem = ImportProblem {
        code,
        file: file.display().to_string(),
        line,
        field,
        reason: reason.render(i18n::Lang::En),
        reason_text: reason,
        message,
        text,
    };
    Ok(problem)
}
