//! Commands callable from the webview. Each is a few lines: get state, call the library, map.
//! `COMMANDS` (command_names.rs), the invoke handler in lib.rs and capabilities/default.json name
//! the same commands; tests/ipc.rs checks it.

use tauri::ipc::Channel;
use tauri::State;

use crate::{AppError, AppState, SessionInfo, WorkspaceView};
use views::account::{Account360, NewTouchpoint};
use views::accounts::AccountList;
use views::demo_book::DemoStep;
use views::home::Home;
use i18n::Lang;
use views::Theme;

/// Which workspace the app works on, whether it exists and is unlocked.
#[tauri::command]
pub async fn session_info(state: State<'_, AppState>) -> Result<SessionInfo, AppError> {
    state.started().await;
    Ok(SessionInfo::new(state.path()?, state.is_open().await, state.startup_error().await))
}

/// A passphrase typed in the window, else the OS keyring.
fn key_choice(passphrase: Option<String>) -> store::KeyChoice {
    passphrase.map_or(store::KeyChoice::Keyring, store::KeyChoice::passphrase)
}

/// Creates the workspace: keyed by a passphrase, or by a random key kept in the OS keyring
/// when `passphrase` is absent.
#[tauri::command]
pub async fn create_workspace(state: State<'_, AppState>, passphrase: Option<String>) -> Result<SessionInfo, AppError> {
    let ws = store::Workspace::create(state.path()?, key_choice(passphrase)).await?;
    let info = SessionInfo::new(ws.path(), true, None);
    state.set(ws).await;
    Ok(info)
}

/// Unlocks the workspace with a passphrase, or from the OS keyring when it is absent. Returns
/// the session's state, not the row counts (`workspace_status`): counting every daily usage
/// row of a 20,000-account book takes two seconds, and the first screen needs none of them.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passphrase: Option<String>) -> Result<SessionInfo, AppError> {
    let ws = store::Workspace::open(state.path()?, &key_choice(passphrase)).await?;
    let info = SessionInfo::new(ws.path(), true, None);
    state.set(ws).await;
    Ok(info)
}

/// Closes the workspace and forgets its key until the next unlock.
#[tauri::command]
pub async fn lock(state: State<'_, AppState>) -> Result<(), AppError> {
    state.lock().await;
    Ok(())
}

/// Name, path and row counts of the open workspace.
#[tauri::command]
pub async fn workspace_status(state: State<'_, AppState>) -> Result<WorkspaceView, AppError> {
    Ok(WorkspaceView::of(state.session().await?.workspace()).await?)
}

/// Fills an empty workspace with the demo book, reporting each step on `progress`.
#[tauri::command]
pub async fn load_demo(
    state: State<'_, AppState>,
    accounts: u32,
    locale: Option<Lang>,
    progress: Channel<DemoStep>,
) -> Result<u32, AppError> {
    let session = state.session().await?;
    // The demo book of the app's language (names, text and currencies), English by default.
    Ok(views::demo_book::load_demo_in(&session, accounts as usize, locale.unwrap_or_default(), |step| {
        // A closed window no longer listens; the import goes on regardless.
        let _ = progress.send(step);
    })
    .await?)
}

#[tauri::command]
pub async fn home(state: State<'_, AppState>, theme: Theme, lang: Lang) -> Result<Home, AppError> {
    Ok(views::home::home(&*state.session().await?, theme, lang).await?)
}

/// `null` when `known` is the version of the current list (the screen keeps the one it has).
#[tauri::command]
pub async fn accounts(state: State<'_, AppState>, known: Option<u32>) -> Result<Option<AccountList>, AppError> {
    Ok(views::accounts::accounts_if_changed(&*state.session().await?, known).await?)
}

#[tauri::command]
pub async fn account(state: State<'_, AppState>, id: String, theme: Theme, lang: Lang) -> Result<Account360, AppError> {
    Ok(views::account::account(&*state.session().await?, &id, theme, lang).await?)
}

#[tauri::command]
pub async fn complete_milestone(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    Ok(views::account::complete_milestone(&*state.session().await?, &id).await?)
}

#[tauri::command]
pub async fn reopen_milestone(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    Ok(views::account::reopen_milestone(&*state.session().await?, &id).await?)
}

#[tauri::command]
pub async fn complete_task(state: State<'_, AppState>, id: i64) -> Result<(), AppError> {
    Ok(views::account::complete_task(&*state.session().await?, id).await?)
}

#[tauri::command]
pub async fn log_touchpoint(state: State<'_, AppState>, touchpoint: NewTouchpoint) -> Result<i64, AppError> {
    Ok(views::account::log_touchpoint(&*state.session().await?, touchpoint).await?)
}
