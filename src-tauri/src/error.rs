use i18n::{Arg, Lang, Text};
use serde::Serialize;

/// What a failed command sends to the webview: `{ code, message, text }`.
///
/// `code` is stable and machine-readable (the UI switches on it); `text` is the message for
/// people, a catalogue sentence the UI renders in its language (`renderText`); `message` is
/// the same sentence in English, for logs and tests.
/// Codes come from the crates' `Error::code()`; `locked` is the shell's own.
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error, ts_rs::TS)]
#[error("{message}")]
pub struct AppError {
    pub code: String,
    pub message: String,
    pub text: Text,
}

impl AppError {
    /// An error stated by `text`, with its English rendering as the message.
    pub fn new(code: impl Into<String>, text: Text) -> AppError {
        AppError { code: code.into(), message: text.render(Lang::En), text }
    }

    /// A failure the shell reports with a detail it only has in English (the OS's words).
    pub fn detail(code: impl Into<String>, key: &'static str, detail: impl std::fmt::Display) -> AppError {
        AppError::new(code, Text::new(key).arg("detail", Arg::Str(detail.to_string())))
    }

    /// A command that needs the workspace ran before it was unlocked.
    pub fn locked() -> AppError {
        AppError::new("locked", Text::new("error-app-locked"))
    }
}

impl From<store::Error> for AppError {
    fn from(error: store::Error) -> Self {
        AppError { code: error.code().to_owned(), message: error.to_string(), text: error.text() }
    }
}

impl From<views::Error> for AppError {
    fn from(error: views::Error) -> Self {
        AppError { code: error.code().to_owned(), message: error.to_string(), text: error.text() }
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
        assert_eq!(app.text.render(Lang::Fr), "/tmp/notes.txt n’est pas un espace de travail Waypoint");
    }

    #[test]
    fn view_errors_keep_the_code_of_the_crate_that_failed() {
        let app: AppError = views::Error::UnknownAccount("ACC-9".into()).into();
        assert_eq!((app.code.as_str(), app.message.as_str()), ("unknown_account", "unknown account \"ACC-9\""));
        assert_eq!(app.text.render(Lang::ZhCn), "未知客户“ACC-9”");
        let app: AppError = views::Error::Store(store::Error::EmptyPassphrase).into();
        assert_eq!(app.code, store::Error::EmptyPassphrase.code());
        assert_eq!(app.text.render(Lang::Fr), "une phrase secrète vide n’est pas autorisée");
    }

    #[test]
    fn serializes_code_message_and_text() {
        let app = AppError::locked();
        let json = serde_json::to_value(&app).expect("serializable");
        assert_eq!(
            json,
            serde_json::json!({
                "code": "locked",
                "message": "The workspace is locked: unlock it first.",
                "text": { "key": "error-app-locked", "args": {} }
            })
        );
        let app: AppError = views::Error::UnknownAccount("ACC-9".into()).into();
        let json = serde_json::to_value(&app).expect("serializable");
        assert_eq!(json["text"], serde_json::json!({ "key": "error-unknown-account", "args": { "account": { "type": "str", "value": "ACC-9" } } }));
    }

    #[test]
    fn the_shell_s_own_errors_read_in_every_language() {
        for app in [AppError::locked(), AppError::detail("internal", "error-app-preview-stopped", "task cancelled")] {
            for lang in Lang::ALL {
                assert!(i18n::catalog::has(lang, &app.text.key), "{lang:?} lacks {}", app.text.key);
            }
            assert_eq!(app.message, app.text.render(Lang::En));
        }
    }
}
