use i18n::{Arg, Text};

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

    /// The message in the reader's language (`error-decks-…`, locales/*/errors.ftl).
    pub fn text(&self) -> Text {
        let s = |v: &str| Arg::Str(v.to_string());
        let field = |key: &'static str, file: &str, field: &str, why: &str| {
            Text::new(key).arg("file", s(file)).arg("field", s(field)).arg("why", s(why))
        };
        match self {
            Error::Brand { file, field: f, why } => field("error-decks-brand", file, f, why),
            Error::Profile { file, field: f, why } => field("error-decks-profile", file, f, why),
            Error::Write(d) => Text::new("error-decks-write").arg("detail", s(d)),
            Error::Quarter(q) => Text::new("error-decks-quarter").arg("quarter", s(q)),
            Error::UnknownAccount(id) => store::Error::unknown_account_text(id),
            Error::Metrics(e) => e.text(),
            Error::Store(e) => e.text(),
            Error::Chart(e) => e.text(),
            Error::Segments(e) => e.text(),
            Error::Playbooks(e) => e.text(),
        }
    }
}
