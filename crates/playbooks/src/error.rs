use i18n::{Arg, Text};

/// What can go wrong with playbooks and tasks. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A playbook definition that cannot run, naming the playbook and the problem.
    #[error("playbook '{key}': {}", message.render(i18n::Lang::En))]
    Invalid { key: String, message: Text },
    #[error("invalid settings: {}", .0.render(i18n::Lang::En))]
    Settings(Text),
    #[error("unknown account \"{0}\"")]
    UnknownAccount(String),
    #[error("unknown task {0}")]
    UnknownTask(i64),
    #[error("unknown milestone \"{0}\"")]
    UnknownMilestone(String),
    #[error("unknown CSM \"{0}\"")]
    UnknownOwner(String),
    /// A task history file that does not read, naming its line and field.
    #[error("{file}, line {line}, {field}: {}", reason.render(i18n::Lang::En))]
    History { file: String, line: u64, field: String, reason: Text },
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
            Error::History { .. } => "invalid_file",
            Error::Segments(e) => e.code(),
            Error::Store(e) => e.code(),
            Error::Db(_) => "db",
        }
    }

    /// The message in the reader's language (`error-playbooks-…`, locales/*/errors.ftl).
    pub fn text(&self) -> Text {
        let s = |v: &str| Arg::Str(v.to_string());
        match self {
            Error::Invalid { key, message } => {
                Text::new("error-playbooks-invalid").arg("key", s(key)).arg("message", Arg::Text(Box::new(message.clone())))
            }
            Error::Settings(d) => Text::new("error-playbooks-settings").arg("detail", Arg::Text(Box::new(d.clone()))),
            Error::UnknownAccount(id) => store::Error::unknown_account_text(id),
            Error::UnknownTask(id) => Text::new("error-playbooks-unknown-task").arg("task", s(&id.to_string())),
            Error::UnknownMilestone(m) => Text::new("error-playbooks-unknown-milestone").arg("milestone", s(m)),
            Error::UnknownOwner(o) => Text::new("error-playbooks-unknown-owner").arg("owner", s(o)),
            Error::History { file, line, field, reason } => Text::new("error-playbooks-history")
                .arg("file", s(file))
                .arg("line", Arg::Int(*line as i64))
                .arg("field", s(field))
                .arg("reason", Arg::Text(Box::new(reason.clone()))),
            Error::Segments(e) => e.text(),
            Error::Store(e) => e.text(),
            Error::Db(e) => store::Error::db_text(e),
        }
    }
}
