use std::path::PathBuf;

/// Why an import stopped. Whatever the variant, nothing from the file was stored.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}:{line}: field `{field}`: {reason}", file.display())]
    Row { file: PathBuf, line: u64, field: String, reason: String },
    #[error("{}:1: header: {reason}", file.display())]
    Header { file: PathBuf, reason: String },
    #[error("{}: {reason}", file.display())]
    File { file: PathBuf, reason: String },
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
            Error::Header { .. } => "bad_header",
            Error::File { .. } => "bad_file",
            Error::Io { .. } => "io",
            Error::Cancelled { .. } => "cancelled",
            Error::Store(e) => e.code(),
            Error::Db(_) => "db",
        }
    }

    pub(crate) fn row(file: &std::path::Path, line: u64, field: &str, reason: impl std::fmt::Display) -> Error {
        Error::Row { file: file.to_path_buf(), line, field: field.to_string(), reason: reason.to_string() }
    }
}
