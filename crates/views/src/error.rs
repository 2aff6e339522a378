/// What can go wrong building a view. `code()` is stable: the app's error shape carries it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error(transparent)]
    Metrics(#[from] metrics::Error),
    #[error(transparent)]
    Segments(#[from] segments::Error),
    #[error(transparent)]
    Retention(#[from] retention::Error),
    #[error(transparent)]
    Playbooks(#[from] playbooks::Error),
    #[error(transparent)]
    Charts(#[from] charts::Error),
    #[error(transparent)]
    Import(#[from] import::Error),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("unknown account \"{0}\"")]
    UnknownAccount(String),
    /// A request that cannot be answered as asked (a period, a target, a setting).
    #[error("{0}")]
    Invalid(String),
    /// A job of this kind is already running.
    #[error("{0}")]
    Busy(String),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Store(e) => e.code(),
            Error::Metrics(e) => e.code(),
            Error::Segments(e) => e.code(),
            Error::Retention(e) => e.code(),
            Error::Playbooks(e) => e.code(),
            Error::Charts(e) => e.code(),
            Error::Import(e) => e.code(),
            Error::Db(_) => "db",
            Error::UnknownAccount(_) => "unknown_account",
            Error::Invalid(_) => "invalid_request",
            Error::Busy(_) => "busy",
        }
    }
}
