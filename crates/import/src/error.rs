use std::path::PathBuf;

use i18n::{Arg, Lang, Text};

/// Why an import stopped. Whatever the variant, nothing from the file was stored.
///
/// Reasons are catalogue sentences ([`Text`]) so the app and the CLI state them in the reader's
/// language; `Display` gives the English one, for logs.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}:{line}: field `{field}`: {}", file.display(), reason.render(Lang::En))]
    Row { file: PathBuf, line: u64, field: String, reason: Text },
    /// A cell of a columnar file (Parquet): row groups numbered from 0 as Parquet tools show
    /// them, rows from 1 within the file.
    #[error("{}: row group {group}, row {row}: column `{column}`: {}", file.display(), reason.render(Lang::En))]
    Cell { file: PathBuf, group: usize, row: u64, column: String, reason: Text },
    #[error("{}:1: header: {}", file.display(), reason.render(Lang::En))]
    Header { file: PathBuf, reason: Text },
    #[error("{}: {}", file.display(), reason.render(Lang::En))]
    File { file: PathBuf, reason: Text },
    #[error("{}: {source}", file.display())]
    Io { file: PathBuf, source: std::io::Error },
    /// Stopped on request; the transaction was rolled back.
    #[error("{}: import cancelled; nothing was imported", file.display())]
    Cancelled { file: PathBuf },
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
}

impl Error {
    /// Stable machine code for the UI and scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Row { .. } => "bad_row",
            Error::Cell { .. } => "bad_row",
            Error::Header { .. } => "bad_header",
            Error::File { .. } => "bad_file",
            Error::Io { .. } => "io",
            Error::Cancelled { .. } => "cancelled",
            Error::Store(e) => e.code(),
            Error::Db(_) => "db",
        }
    }

    /// The message in the reader's language, always naming the file (and line and field).
    pub fn text(&self) -> Text {
        let file = |f: &PathBuf| Arg::Str(f.display().to_string());
        let reason = |r: &Text| Arg::Text(Box::new(r.clone()));
        match self {
            Error::Row { file: f, line, field, reason: r } => Text::new("error-import-row")
                .arg("file", file(f))
                .arg("line", Arg::Int(*line as i64))
                .arg("field", Arg::Str(field.clone()))
                .arg("reason", reason(r)),
            Error::Cell { file: f, group, row, column, reason: r } => Text::new("error-import-cell")
                .arg("file", file(f))
                .arg("group", Arg::Int(*group as i64))
                .arg("row", Arg::Int(*row as i64))
                .arg("column", Arg::Str(column.clone()))
                .arg("reason", reason(r)),
            Error::Header { file: f, reason: r } => Text::new("error-import-header").arg("file", file(f)).arg("reason", reason(r)),
            Error::File { file: f, reason: r } => Text::new("error-import-file").arg("file", file(f)).arg("reason", reason(r)),
            Error::Io { file: f, source } => {
                Text::new("error-import-io").arg("file", file(f)).arg("detail", Arg::Str(source.to_string()))
            }
            Error::Cancelled { file: f } => Text::new("error-import-cancelled").arg("file", file(f)),
            Error::Store(e) => e.text(),
            Error::Db(e) => store::Error::db_text(e),
        }
    }

    pub(crate) fn row(file: &std::path::Path, line: u64, field: &str, reason: impl Into<Text>) -> Error {
        Error::Row { file: file.to_path_buf(), line, field: field.to_string(), reason: reason.into() }
    }
}

/// A reason without arguments (`error-import-…` in locales/*/errors.ftl).
pub(crate) fn why(key: &'static str) -> Text {
    Text::new(key)
}
