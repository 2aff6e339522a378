/// What can go wrong with playbooks and tasks. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A playbook definition that cannot run, naming the playbook and the problem.
    #[error("playbook '{key}': {message}")]
    Invalid { key: String, message: String },
    #[error("invalid settings: {0}")]
    Settings(String),
    #[error("unknown account \"{0}\"")]
    UnknownAccount(String),
    #[error("unknown task {0}")]
    UnknownTask(i64),
    #[error("unknown milestone \"{0}\"")]
    UnknownMilestone(String),
    #[error("unknown CSM \"{0}\"")]
    UnknownOwner(String),
    #[error(transparent)]
    Segments(#[from] segments::Error),
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid_playbook",
            Error::Settings(_) => "invalid_settings",
            Error::UnknownAccount(_) => "unknown_account",
            Error::UnknownTask(_) => "unknown_task",
            Error::UnknownMilestone(_) => "unknown_milestone",
            Error::UnknownOwner(_) => "unknown_owner",
            Error::Segments(e) => e.code(),
            Error::Store(e) => e.code(),
            Error::Db(_) => "db",
        }
    }
}
