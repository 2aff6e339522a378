use serde::Serialize;

/// What a failed command sends to the webview: `{ code, message }`.
///
/// `code` is stable and machine-readable (the UI switches on it); `message` is for people.
/// Codes come from `store::Error::code()`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error, ts_rs::TS)]
#[error("{message}")]
pub struct AppError {
    pub code: String,
    pub message: String,
}

impl From<store::Error> for AppError {
    fn from(error: store::Error) -> Self {
        AppError {
            code: error.code().to_owned(),
            message: error.to_string(),
        }
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
    fn serializes_as_code_and_message_only() {
        let app = AppError {
            code: "io".into(),
            message: "disk on fire".into(),
        };
        let json = serde_json::to_value(&app).expect("serializable");
        assert_eq!(
            json,
            serde_json::json!({ "code": "io", "message": "disk on fire" })
        );
    }
}
