//! The encrypted local workspace: one SQLCipher file per book of accounts.
//!
//! Everything Waypoint knows lives here. The file never holds plaintext and its key
//! never touches disk: it comes from the OS keyring or from a passphrase.

/// Errors, each with a stable machine code for the UI and the CLI.
mod error;
/// Where keys come from (OS keyring, passphrase) and how they reach SQLCipher.
pub mod keys;
/// Opening, creating and verifying a workspace file.
mod workspace;
/// Connections finish closing before the process exits (SQLCipher frees its state then).
mod lifecycle;
/// Row counts per kind, for `waypoint status` and the first screen.
mod status;
/// Rekey, backup and restore.
mod maintenance;
/// Daily usage rollups read back per account.
mod usage;
/// Week rollups of usage and user activity: kept by imports, checked against the daily rows.
pub mod rollups;
/// App settings kept in the workspace as JSON documents by key.
mod settings;

pub use error::Error;
pub use lifecycle::{limit_memory, memory_used, open_connections};
pub use keys::KeyChoice;
pub use settings::REPORTING_CURRENCY;
pub use status::Status;
pub use rollups::RollupCheck;
pub use usage::{FirstUse, ModuleInfo, UsageDay, UserDay};
pub use workspace::{default_workspace_path, Workspace};

/// Re-exported so that callers name one SQLite stack.
pub use sqlx;

pub type Result<T, E = Error> = std::result::Result<T, E>;
