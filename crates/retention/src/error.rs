/// What can go wrong modelling retention. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that cannot describe a cohort (e.g. rising survivor counts).
    #[error("invalid input: {0}")]
    Input(String),
    /// Valid input that does not identify the model (no churn, one period only...).
    #[error("not enough history to fit: {0}")]
    Insufficient(String),
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
}
