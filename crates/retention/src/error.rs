use i18n::{Arg, Text};

/// What can go wrong modelling retention. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that cannot describe a cohort (e.g. rising survivor counts).
    #[error("invalid input: {}", .0.render(i18n::Lang::En))]
    Input(Text),
    /// Valid input that does not identify the model (no churn, one period only...).
    #[error("not enough history to fit: {}", .0.render(i18n::Lang::En))]
    Insufficient(Text),
    #[error("optimiser failed: {0}")]
    Optimiser(String),
    #[error(transparent)]
    Metrics(#[from] metrics::Error),
    #[error(transparent)]
    Segments(#[from] segments::Error),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Input(_) => "invalid_input",
            Error::Insufficient(_) => "insufficient_history",
            Error::Optimiser(_) => "optimiser",
            Error::Metrics(e) => e.code(),
            Error::Segments(e) => e.code(),
        }
    }

    /// The message in the reader's language (`error-retention-…`, locales/*/errors.ftl).
    pub fn text(&self) -> Text {
        let s = |v: &str| Arg::Str(v.to_string());
        match self {
            Error::Input(r) => Text::new("error-retention-input").arg("reason", Arg::Text(Box::new(r.clone()))),
            Error::Insufficient(r) => Text::new("error-retention-insufficient").arg("reason", Arg::Text(Box::new(r.clone()))),
            Error::Optimiser(d) => Text::new("error-retention-optimiser").arg("detail", s(d)),
            Error::Metrics(e) => e.text(),
            Error::Segments(e) => e.text(),
        }
    }
}
