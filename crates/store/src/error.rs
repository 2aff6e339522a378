use std::path::PathBuf;

use i18n::{Arg, Text};

/// Everything that can go wrong with a workspace. `code()` is stable and is what the UI
/// switches on; the message is for people.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("wrong key or passphrase for {}", .0.display())]
    WrongKey(PathBuf),
    #[error("{} is not a Waypoint workspace", .0.display())]
    NotAWorkspace(PathBuf),
    #[error("{} does not exist; create it with `waypoint init`", .0.display())]
    NotFound(PathBuf),
    #[error("{} already exists; refusing to overwrite it", .0.display())]
    AlreadyExists(PathBuf),
    #[error(
        "no key for {}: no OS keyring is available here ({detail}); set WAYPOINT_PASSPHRASE \
         (or enter a passphrase when asked), or start a Secret Service / keychain",
        path.display()
    )]
    NoKeySource { path: PathBuf, detail: String },
    #[error(
        "the OS keyring has no key for {}; if it was created with a passphrase, set \
         WAYPOINT_PASSPHRASE (or enter it when asked)",
        .0.display()
    )]
    NoKeyInKeyring(PathBuf),
    #[error("OS keyring error: {0}")]
    Keyring(String),
    #[error("this build's SQLite has no SQLCipher: refusing to write an unencrypted workspace")]
    NoEncryption,
    #[error("an empty passphrase is not allowed")]
    EmptyPassphrase,
    #[error("no data directory for the default workspace; pass --workspace FILE")]
    NoDataDir,
    #[error("unknown account {0:?}")]
    UnknownAccount(String),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("schema migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored value is not valid: {0}")]
    Corrupt(String),
}

impl Error {
    /// Stable machine code crossing to the UI and scripts; never parse messages.
    pub fn code(&self) -> &'static str {
        match self {
            Error::WrongKey(_) => "wrong_key",
            Error::NotAWorkspace(_) => "not_a_workspace",
            Error::NotFound(_) => "workspace_not_found",
            Error::AlreadyExists(_) => "workspace_exists",
            Error::NoKeySource { .. } => "no_key_source",
            Error::NoKeyInKeyring(_) => "no_key_in_keyring",
            Error::Keyring(_) => "keyring",
            Error::NoEncryption => "no_encryption",
            Error::EmptyPassphrase => "empty_passphrase",
            Error::NoDataDir => "no_data_dir",
            Error::UnknownAccount(_) => "unknown_account",
            Error::Io { .. } => "io",
            Error::Db(_) => "db",
            Error::Migrate(_) => "migrate",
            Error::Corrupt(_) => "corrupt_value",
        }
    }

    /// The message in the reader's language (`error-store-…`, locales/*/errors.ftl).
    pub fn text(&self) -> Text {
        let path = |p: &PathBuf| Arg::Str(p.display().to_string());
        let detail = |d: String| Arg::Str(d);
        match self {
            Error::WrongKey(p) => Text::new("error-store-wrong-key").arg("path", path(p)),
            Error::NotAWorkspace(p) => Text::new("error-store-not-a-workspace").arg("path", path(p)),
            Error::NotFound(p) => Text::new("error-store-not-found").arg("path", path(p)),
            Error::AlreadyExists(p) => Text::new("error-store-already-exists").arg("path", path(p)),
            Error::NoKeySource { path: p, detail: d } => {
                Text::new("error-store-no-key-source").arg("path", path(p)).arg("detail", detail(d.clone()))
            }
            Error::NoKeyInKeyring(p) => Text::new("error-store-no-key-in-keyring").arg("path", path(p)),
            Error::Keyring(d) => Text::new("error-store-keyring").arg("detail", detail(d.clone())),
            Error::NoEncryption => Text::new("error-store-no-encryption"),
            Error::EmptyPassphrase => Text::new("error-store-empty-passphrase"),
            Error::NoDataDir => Text::new("error-store-no-data-dir"),
            Error::UnknownAccount(id) => Error::unknown_account_text(id),
            Error::Io { path: p, source } => Text::new("error-io").arg("path", path(p)).arg("detail", detail(source.to_string())),
            Error::Db(e) => Error::db_text(e),
            Error::Migrate(e) => Text::new("error-store-migrate").arg("detail", detail(e.to_string())),
            Error::Corrupt(d) => Text::new("error-store-corrupt").arg("detail", detail(d.clone())),
        }
    }

    /// "unknown account \"ACC-9\"", shared by every crate that looks an account up.
    pub fn unknown_account_text(id: &str) -> Text {
        Text::new("error-unknown-account").arg("account", Arg::Str(id.to_string()))
    }

    /// A database failure, for every crate that reports one: SQLite's own words stay English.
    pub fn db_text(e: &sqlx::Error) -> Text {
        Text::new("error-db").arg("detail", Arg::Str(e.to_string()))
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io { path: path.into(), source }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use i18n::Lang;

    #[test]
    fn every_error_has_a_message_in_every_language_and_english_is_the_display() {
        let p = || PathBuf::from("/tmp/book.waypoint");
        let all = [
            Error::WrongKey(p()),
            Error::NotAWorkspace(p()),
            Error::NotFound(p()),
            Error::AlreadyExists(p()),
            Error::NoKeySource { path: p(), detail: "no D-Bus".into() },
            Error::NoKeyInKeyring(p()),
            Error::Keyring("locked".into()),
            Error::NoEncryption,
            Error::EmptyPassphrase,
            Error::NoDataDir,
            Error::UnknownAccount("ACC-9".into()),
            Error::io(p(), std::io::Error::other("disk full")),
            Error::Db(sqlx::Error::RowNotFound),
            Error::Migrate(sqlx::migrate::MigrateError::VersionMissing(3)),
            Error::Corrupt("setting x".into()),
        ];
        for e in all {
            let text = e.text();
            assert_eq!(text.render(Lang::En), e.to_string(), "{}", e.code());
            for lang in Lang::ALL {
                assert!(i18n::catalog::has(lang, &text.key), "{lang:?} lacks {}", text.key);
                assert!(!text.render(lang).contains("error-"), "{lang:?}: {}", text.render(lang));
            }
        }
        let e = Error::NotAWorkspace(p());
        assert_eq!(e.text().render(Lang::Fr), "/tmp/book.waypoint n’est pas un espace de travail Waypoint");
        assert_eq!(e.text().render(Lang::ZhCn), "/tmp/book.waypoint 不是 Waypoint 工作区");
        let e = Error::NotFound(p());
        assert_eq!(e.text().render(Lang::Fr), "/tmp/book.waypoint n’existe pas\u{202f}; créez-le avec `waypoint init`");
    }
}
