use std::path::PathBuf;

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

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io { path: path.into(), source }
    }
}
