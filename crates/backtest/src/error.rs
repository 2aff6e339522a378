use i18n::{Arg, Text};

/// What can go wrong backtesting. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Options that cannot give a backtest (no evaluation day fits the history).
    #[error("{}", .0.render(i18n::Lang::En))]
    Input(Text),
    #[error(transparent)]
    Metrics(#[from] metrics::Error),
    #[error(transparent)]
    Segments(#[from] segments::Error),
    #[error(transparent)]
    Store(#[from] store::Error),
    /// Reading the playbooks or their tasks, or compiling a playbook's rule (playbook effects).
    #[error(transparent)]
    Playbooks(#[from] playbooks::Error),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Input(_) => "invalid_backtest",
            Error::Metrics(e) => e.code(),
            Error::Segments(e) => e.code(),
            Error::Store(e) => e.code(),
            Error::Playbooks(e) => e.code(),
        }
    }

    /// The message in the reader's language.
    pub fn text(&self) -> Text {
        match self {
            Error::Input(t) => Text::new("error-backtest-input").arg("reason", Arg::Text(Box::new(t.clone()))),
            Error::Metrics(e) => e.text(),
            Error::Segments(e) => e.text(),
            Error::Store(e) => e.text(),
            Error::Playbooks(e) => e.text(),
        }
    }
}
