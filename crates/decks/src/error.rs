/// What can go wrong making a deck. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{file}: {field}: {why}")]
    Brand { file: String, field: String, why: String },
    #[error("{file}: {field}: {why}")]
    Profile { file: String, field: String, why: String },
    #[error("writing the deck failed: {0}")]
    Write(String),
    #[error("'{0}' is not a quarter: write it like 2026-Q3")]
    Quarter(String),
    #[error("unknown account \"{0}\"")]
    UnknownAccount(String),
    #[error(transparent)]
    Metrics(#[from] metrics::Error),
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error(transparent)]
    Chart(#[from] charts::Error),
    #[error(transparent)]
    Segments(#[from] segments::Error),
    #[error(transparent)]
    Playbooks(#[from] playbooks::Error),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Brand { .. } => "invalid_brand",
            Error::Write(_) => "deck_write",
            Error::Profile { .. } => "invalid_profile",
            Error::Quarter(_) => "invalid_quarter",
            Error::UnknownAccount(_) => "unknown_account",
            Error::Metrics(e) => e.code(),
            Error::Store(e) => e.code(),
            Error::Chart(e) => e.code(),
            Error::Segments(e) => e.code(),
            Error::Playbooks(e) => e.code(),
        }
    }
}
