//! Finding the workspace and its key: `WAYPOINT_PASSPHRASE` wins, then the OS keyring, then
//! (only at an interactive terminal) a passphrase prompt.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use i18n::Lang;

use store::{Error, KeyChoice, Workspace};

use crate::CliError;

/// The run's language for prompts. Set once at start rather than passed down, because every
/// command (charts and decks included) opens the workspace through here and any may prompt.
static LANG: OnceLock<Lang> = OnceLock::new();

pub fn speak(lang: Lang) {
    let _ = LANG.set(lang);
}

fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

pub fn workspace_path(arg: Option<PathBuf>) -> Result<PathBuf, CliError> {
    match arg {
        Some(p) => Ok(p),
        None => Ok(store::default_workspace_path()?),
    }
}

pub async fn open(path: &Path) -> Result<Workspace, CliError> {
    match Workspace::open_default(path).await {
        Err(Error::NoKeyInKeyring(_) | Error::NoKeySource { .. }) if interactive() => {
            let p = prompt(&i18n::text(lang(), "cli-prompt-passphrase"))?;
            Ok(Workspace::open(path, &KeyChoice::passphrase(p)).await?)
        }
        other => Ok(other?),
    }
}

/// Opens the workspace, runs `f`, and closes the workspace whatever `f` returned, so a
/// failed command still checkpoints and releases the file.
pub async fn with_workspace<T>(path: &Path, f: impl AsyncFnOnce(&Workspace) -> Result<T, CliError>) -> Result<T, CliError> {
    let ws = open(path).await?;
    let result = f(&ws).await;
    ws.close().await;
    result
}

/// The key choice for a new workspace: the environment's passphrase, a prompted one, or
/// the keyring (falling back to a prompt when no keyring answers).
pub async fn create(path: &Path, want_passphrase: bool) -> Result<Workspace, CliError> {
    let choice = match KeyChoice::from_env() {
        KeyChoice::Passphrase(p) => KeyChoice::Passphrase(p),
        KeyChoice::Keyring if want_passphrase => KeyChoice::passphrase(new_passphrase()?),
        KeyChoice::Keyring => KeyChoice::Keyring,
    };
    match Workspace::create(path, choice).await {
        Err(Error::NoKeySource { .. }) if interactive() => {
            eprintln!("{}", i18n::text(lang(), "cli-no-keyring"));
            Ok(Workspace::create(path, KeyChoice::passphrase(new_passphrase()?)).await?)
        }
        other => Ok(other?),
    }
}

/// A passphrase for a new workspace: `WAYPOINT_PASSPHRASE`, else asked twice.
pub fn new_passphrase() -> Result<String, CliError> {
    passphrase_from(store::keys::PASSPHRASE_ENV, "cli-prompt-new-passphrase")
}

/// The passphrase to re-encrypt with. `WAYPOINT_PASSPHRASE` is the *current* one (it opens
/// the workspace), so the new one comes from `WAYPOINT_NEW_PASSPHRASE` or a prompt.
pub fn rekey_passphrase() -> Result<String, CliError> {
    passphrase_from(NEW_PASSPHRASE_ENV, "cli-prompt-rekey-passphrase")
}

pub const NEW_PASSPHRASE_ENV: &str = "WAYPOINT_NEW_PASSPHRASE";

/// `label` is the catalogue id of the first prompt.
fn passphrase_from(var: &str, label: &str) -> Result<String, CliError> {
    if let Ok(p) = std::env::var(var)
        && !p.is_empty()
    {
        return Ok(p);
    }
    if !interactive() {
        return Err(CliError::Usage(i18n::tr!(lang(), "cli-passphrase-needed", var = var)));
    }
    let a = prompt(&i18n::text(lang(), label))?;
    let b = prompt(&i18n::text(lang(), "cli-prompt-repeat"))?;
    if a != b {
        return Err(CliError::Usage(i18n::text(lang(), "cli-passphrases-differ")));
    }
    Ok(a)
}

fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn prompt(label: &str) -> Result<String, CliError> {
    // The prompt ends with a space so typing starts apart from it (Fluent trims message ends).
    rpassword::prompt_password(format!("{label} ")).map_err(|e| CliError::Io { context: i18n::text(lang(), "cli-reading-passphrase"), source: e })
}
