//! Rekey, backup and restore from the settings screen, over the store's maintenance functions.
//!
//! Rekey and restore need the file to themselves, so they close the session's connections
//! (shared by every clone of its workspace). Everything that can be checked first is checked
//! before that, so a typo never costs the open session; and whatever happens after, the
//! workspace is reopened with whichever key now opens it, so the user is asked for a key again
//! only when none at hand does.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use store::{KeyChoice, Workspace};

use super::{invalid, KeyStorage};
use crate::{Error, Session};

/// What a rekey or a restore leaves. The session it ran on is closed either way: the shell
/// must put `workspace` in its place (a new session, with [`super::load_config`]), or lock
/// the app when it is `None`.
#[derive(Debug)]
pub struct Reopened {
    /// The workspace open again: re-keyed or restored, or as it was when the operation failed
    /// without changing it. `None` when no key at hand opens it: the app must ask for one.
    pub workspace: Option<Workspace>,
    /// Why the operation failed, if it did.
    pub error: Option<Error>,
}

/// A backup written.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BackupDone {
    pub path: String,
    pub size_bytes: u64,
}

/// `<name>-backup-<day>.waypoint` beside the workspace, with `-2`, `-3`… when taken (a backup
/// never overwrites a file).
pub fn default_backup_path(workspace: &Path, day: NaiveDate) -> PathBuf {
    let stem = workspace.file_stem().map_or_else(|| "workspace".into(), |s| s.to_string_lossy().into_owned());
    let dir = workspace.parent().unwrap_or(Path::new("."));
    (1..)
        .map(|n| {
            let suffix = if n == 1 { String::new() } else { format!("-{n}") };
            dir.join(format!("{stem}-backup-{day}{suffix}.waypoint"))
        })
        .find(|p| !p.exists())
        .expect("some name is free")
}

fn non_empty(field: &str, v: Option<&str>) -> Result<String, Error> {
    match v {
        Some(p) if !p.is_empty() => Ok(p.to_string()),
        _ => Err(invalid(field, i18n::Text::new("error-settings-empty"))),
    }
}

/// Checks a passphrase against the open workspace on a connection of its own, leaving the
/// session's connections alone.
async fn check_current(path: &Path, passphrase: &str) -> Result<(), Error> {
    match Workspace::open(path, &KeyChoice::passphrase(passphrase)).await {
        Ok(ws) => {
            ws.close().await;
            Ok(())
        }
        Err(store::Error::WrongKey(_)) => Err(invalid("current", i18n::Text::new("error-settings-not-passphrase"))),
        Err(e) => Err(e.into()),
    }
}

/// The first of `choices` that opens the workspace at `path`.
async fn reopen(path: &Path, choices: &[KeyChoice]) -> Option<Workspace> {
    for choice in choices {
        if let Ok(ws) = Workspace::open(path, choice).await {
            return Some(ws);
        }
    }
    None
}

/// Re-encrypts the workspace under a new key: a fresh random key in the OS keyring
/// (`to: Keyring`, also how a keyring key is rotated), or `passphrase`. A workspace kept by
/// passphrase asks for it (`current`) first: whoever sits at an unlocked machine should not be
/// able to change it, and it reopens the file if the rekey fails half-way.
/// `Err` means nothing was done and the session is still open.
pub async fn rekey(session: &Session, to: KeyStorage, passphrase: Option<&str>, current: Option<&str>) -> Result<Reopened, Error> {
    let ws = session.workspace().clone();
    let path = ws.path().to_path_buf();
    let mut fallback = Vec::new();
    if ws.uses_keyring() {
        fallback.push(KeyChoice::Keyring);
    } else {
        let current = non_empty("current", current)?;
        check_current(&path, &current).await?;
        fallback.push(KeyChoice::passphrase(current));
    }
    let choice = match to {
        KeyStorage::Keyring => KeyChoice::Keyring,
        KeyStorage::Passphrase => KeyChoice::passphrase(non_empty("passphrase", passphrase)?),
    };
    match ws.rekey(choice.clone()).await {
        Ok(ws) => Ok(Reopened { workspace: Some(ws), error: None }),
        Err(e) => {
            // The store leaves the file under the new key or the old one: try the new first.
            let mut choices = vec![choice];
            choices.extend(fallback);
            Ok(Reopened { workspace: reopen(&path, &choices).await, error: Some(e.into()) })
        }
    }
}

/// Writes an encrypted copy (same key) to `path`, while the app keeps working.
pub async fn backup(session: &Session, path: &str) -> Result<BackupDone, Error> {
    let dest = Path::new(path.trim());
    if dest.as_os_str().is_empty() {
        return Err(invalid("backup_path", i18n::Text::new("error-settings-backup-path")));
    }
    if dest.is_dir() {
        return Err(invalid("backup_path", i18n::Text::new("error-settings-backup-folder").arg("path", i18n::Arg::Str(dest.display().to_string()))));
    }
    let ws = session.workspace();
    let written = ws.backup(dest).await?;
    let size_bytes = std::fs::metadata(&written).map_or(0, |m| m.len());
    Ok(BackupDone { path: written.display().to_string(), size_bytes })
}

/// Checks that `passphrase` opens the backup, on a scratch copy so the backup itself is never
/// written to (opening a workspace switches it to WAL and migrates it).
async fn check_backup(from: &Path, workspace: &Path, passphrase: &str) -> Result<(), Error> {
    let dir = workspace.parent().unwrap_or(Path::new("."));
    let scratch = tempfile::Builder::new().prefix(".waypoint-restore-check").tempdir_in(dir).map_err(|e| invalid("restore_path", i18n::Text::new("error-detail").arg("detail", i18n::Arg::Str(e.to_string()))))?;
    let copy = scratch.path().join("check.waypoint");
    std::fs::copy(from, &copy).map_err(|e| invalid("restore_path", i18n::Text::new("error-io").arg("path", i18n::Arg::Str(from.display().to_string())).arg("detail", i18n::Arg::Str(e.to_string()))))?;
    match Workspace::open(&copy, &KeyChoice::passphrase(passphrase)).await {
        Ok(ws) => {
            ws.close().await;
            Ok(())
        }
        Err(store::Error::WrongKey(_)) => Err(invalid("passphrase", i18n::Text::new("error-settings-backup-passphrase"))),
        Err(store::Error::NotAWorkspace(_)) => Err(invalid("restore_path", store::Error::NotAWorkspace(from.to_path_buf()).text())),
        Err(e) => Err(e.into()),
    }
}

/// Replaces the open workspace with the backup at `from`. A keyring workspace restores backups
/// made with its current key; a passphrase workspace takes the backup's `passphrase`, which is
/// the workspace's passphrase afterwards. `Err` means nothing was done and the session is still
/// open; otherwise the session is closed and [`Reopened`] says what to put in its place.
pub async fn restore(session: &Session, from: &str, passphrase: Option<&str>) -> Result<Reopened, Error> {
    let ws = session.workspace().clone();
    let path = ws.path().to_path_buf();
    let from = Path::new(from.trim());
    if from.as_os_str().is_empty() {
        return Err(invalid("restore_path", i18n::Text::new("error-settings-restore-path")));
    }
    let from = from.canonicalize().map_err(|e| invalid("restore_path", i18n::Text::new("error-io").arg("path", i18n::Arg::Str(from.display().to_string())).arg("detail", i18n::Arg::Str(e.to_string()))))?;
    if !from.is_file() {
        return Err(invalid("restore_path", i18n::Text::new("error-settings-not-a-file").arg("path", i18n::Arg::Str(from.display().to_string()))));
    }
    if from == path {
        return Err(invalid("restore_path", i18n::Text::new("error-settings-restore-self")));
    }
    let choice = if ws.uses_keyring() {
        KeyChoice::Keyring
    } else {
        let p = non_empty("passphrase", passphrase)?;
        check_backup(&from, &path, &p).await?;
        KeyChoice::passphrase(p)
    };
    ws.close().await;
    match Workspace::restore(&path, &from, &choice).await {
        Ok(ws) => Ok(Reopened { workspace: Some(ws), error: None }),
        Err(e) => Ok(Reopened { workspace: reopen(&path, &[choice]).await, error: Some(e.into()) }),
    }
}
