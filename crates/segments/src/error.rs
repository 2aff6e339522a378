/// What can go wrong segmenting. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A rule expression that does not parse, with the 1-based column of the problem.
    #[error("{message} at column {column} in `{expr}`")]
    Rule { expr: String, column: usize, message: String },
    #[error("unknown field '{field}' in `{expr}`{hint}")]
    UnknownField { expr: String, field: String, hint: String },
    #[error("'{field}' is {kind}, so `{op}` {literal} cannot compare it (in `{expr}`)")]
    TypeMismatch { expr: String, field: String, kind: &'static str, op: String, literal: String },
    #[error("clustering failed: {0}")]
    Clustering(String),
    #[error("no segment named '{name}'; needs segments: {needs}; value tiers: {value}; or give rule:\"<expression>\"")]
    UnknownSegment { name: String, needs: String, value: String },
    #[error("invalid segment settings: {0}")]
    Settings(String),
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Rule { .. } => "invalid_rule",
            Error::UnknownField { .. } => "unknown_field",
            Error::TypeMismatch { .. } => "type_mismatch",
            Error::Clustering(_) => "clustering",
            Error::UnknownSegment { .. } => "unknown_segment",
            Error::Settings(_) => "invalid_settings",
            Error::Store(e) => e.code(),
            Error::Db(_) => "db",
        }
    }
}
