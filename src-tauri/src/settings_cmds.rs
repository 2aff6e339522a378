//! The settings screen's commands, a few lines each over `views::settings_view`.
//!
//! Saved settings take effect by replacing the open session with one computing with them
//! (`AppState::reconfigure`). Rekey and restore close the session's connections whatever
//! happens; `settle` puts the reopened workspace in its place, or locks the app when no key
//! at hand opened it, so the UI then finds `open: false` in `session_info` and asks for one.

use tauri::State;

use crate::{AppError, AppState, WorkspaceView};
use views::settings_view::{self as sv, BackupDone, BrandInput, KeyStorage, Reopened, ScorecardInput, SettingsView, ThresholdInput};

/// Workspace file and key storage, scorecard, alert thresholds and brand.
#[tauri::command]
pub async fn settings(state: State<'_, AppState>) -> Result<SettingsView, AppError> {
    Ok(sv::settings(&*state.session().await?).await?)
}

#[tauri::command]
pub async fn save_scorecard(state: State<'_, AppState>, scorecard: ScorecardInput) -> Result<SettingsView, AppError> {
    let config = sv::save_scorecard(&*state.session().await?, &scorecard).await?;
    let session = state.reconfigure(config).await?;
    Ok(sv::settings(&session).await?)
}

#[tauri::command]
pub async fn save_thresholds(state: State<'_, AppState>, thresholds: Vec<ThresholdInput>) -> Result<SettingsView, AppError> {
    let config = sv::save_thresholds(&*state.session().await?, &thresholds).await?;
    let session = state.reconfigure(config).await?;
    Ok(sv::settings(&session).await?)
}

/// Decks read the brand when they are made, so the session needs no change.
#[tauri::command]
pub async fn save_brand(state: State<'_, AppState>, brand: BrandInput) -> Result<SettingsView, AppError> {
    let session = state.session().await?;
    sv::save_brand(&session, &brand).await?;
    Ok(sv::settings(&session).await?)
}

/// An encrypted copy of the workspace at `path` (never over an existing file).
#[tauri::command]
pub async fn backup_workspace(state: State<'_, AppState>, path: String) -> Result<BackupDone, AppError> {
    Ok(sv::backup(&*state.session().await?, &path).await?)
}

/// Re-keys to the OS keyring or to `passphrase`; `current` is the passphrase in use, when the
/// workspace has one.
#[tauri::command]
pub async fn rekey_workspace(
    state: State<'_, AppState>,
    to: KeyStorage,
    passphrase: Option<String>,
    current: Option<String>,
) -> Result<SettingsView, AppError> {
    let session = state.session().await?;
    let reopened = sv::rekey(&session, to, passphrase.as_deref(), current.as_deref()).await?;
    drop(session);
    settle(&state, reopened).await?;
    Ok(sv::settings(&*state.session().await?).await?)
}

/// Replaces the workspace with the backup at `from` (`passphrase`: the backup's, for a
/// workspace kept by passphrase). The UI reloads every screen afterwards.
#[tauri::command]
pub async fn restore_workspace(state: State<'_, AppState>, from: String, passphrase: Option<String>) -> Result<WorkspaceView, AppError> {
    let session = state.session().await?;
    let reopened = sv::restore(&session, &from, passphrase.as_deref()).await?;
    drop(session);
    settle(&state, reopened).await?;
    let session = state.session().await?;
    Ok(WorkspaceView::of(session.workspace()).await?)
}

async fn settle(state: &AppState, reopened: Reopened) -> Result<(), AppError> {
    match reopened.workspace {
        Some(ws) => state.set(ws).await,
        None => state.lock().await,
    }
    reopened.error.map_or(Ok(()), |e| Err(e.into()))
}

/// The health score replayed over the book's history against the churn that followed, with
/// its chart ("Does the score work?"); seconds on a large book, so the screen asks for it.
#[tauri::command]
pub async fn health_backtest(state: State<'_, AppState>, theme: views::Theme, lang: i18n::Lang) -> Result<views::backtest_view::HealthBacktest, AppError> {
    Ok(views::backtest_view::health_backtest(&*state.session().await?, theme, lang).await?)
}

/// The factor weights fitted to the older half of the history, beside the current ones, both
/// judged on the newer days. Nothing is saved.
#[tauri::command]
pub async fn health_tuning(state: State<'_, AppState>) -> Result<views::backtest_view::Tuning, AppError> {
    Ok(views::backtest_view::health_tuning(&*state.session().await?).await?)
}

/// Saves the tuned weights (tuned again: the same history gives the same weights), refused when
/// they did not beat the current ones; every screen then scores with them.
#[tauri::command]
pub async fn apply_health_tuning(state: State<'_, AppState>) -> Result<SettingsView, AppError> {
    let config = views::backtest_view::apply_health_tuning(&*state.session().await?).await?;
    let session = state.reconfigure(config).await?;
    Ok(sv::settings(&session).await?)
}
