use serde::Serialize;

/// What a failed command sends to the webview: `{ code, message }`.
///
/// `code` is stable and machine-readable (the UI switches on it); `message` is for people.
/// Codes come from the crates' `Error::code()`; `locked` is the shell's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error, ts_rs::TS)]
#[error("{message}")]
pub struct AppError {
    pub code: String,
    pub message: String,
}

impl AppError {
    /// A command that needs the workspace ran before it was unlocked.
    pub fn locked() -> AppError {
        AppError { code: "locked".into(), message: "The workspace is locked: unlock it first.".into() }
    }
}

impl From<store::Error> for AppError {
    fn from(error: store::Error) -> Self {
        AppError { code: error.code().to_owned(), message: error.to_string() }
    }
}

impl From<views::Error> for AppError {
    fn from(error: views::Error) -> Self {
        AppError { code: error.code().to_owned(), message: error.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_keep_their_code_and_message() {
        let error = store::Error::NotAWorkspace("/tmp/notes.txt".into());
        let app: AppError = error.into();
        assert_eq!(app.code, "not_a_workspace");
        assert_eq!(app.message, "/tmp/notes.txt is not a Waypoint workspace");
    }

    #[test]
    fn view_errors_keep_the_code_of_the_crate_that_failed() {
        let app: AppError = views::Error::UnknownAccount("ACC-9".into()).into();
        assert_eq!((app.code.as_str(), app.message.as_str()), ("unknown_account", "unknown account \"ACC-9\""));
        let app: AppError = views::Error::Store(store::Error::EmptyPassphrase).into();
        assert_eq!(app.code, store::Error::EmptyPassphrase.code());
    }

    #[test]
    fn serializes_as_code_and_message_only() {
        let app = AppError { code: "io".into(), message: "disk on fire".into() };
        let json = serde_json::to_value(&app).expect("serializable");
        assert_eq!(json, serde_json::json!({ "code": "io", "message": "disk on fire" }));
    }
}
