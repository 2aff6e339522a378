//! The QBR screen's commands: quarters, previews, saving one deck, and the book batch with
//! progress on a channel and a cancel command. Each is a few lines over `views::decks`. Deck
//! work runs on the async runtime and blocking threads, never on the window's thread; only
//! `deck_folder` and `qbr_batch_cancel`, which return at once, are plain (main-thread) commands.

use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::{AppError, AppState};
use i18n::Lang;
use views::Theme;
use views::decks::{BatchProgress, BatchSummary, DeckFormat, DeckPreview, QuarterOption, SavedDeck};
use views::jobs::Jobs;

/// The running book batch, so `qbr_batch_cancel` can reach it. Managed: `.manage(DeckJobs::default())`.
pub struct DeckJobs(Jobs);

impl Default for DeckJobs {
    fn default() -> DeckJobs {
        DeckJobs(Jobs::new("a book of decks"))
    }
}

/// Quarters with data for the picker, the latest complete first.
#[tauri::command]
pub async fn deck_quarters(state: State<'_, AppState>, lang: Lang) -> Result<Vec<QuarterOption>, AppError> {
    Ok(views::decks::quarters(&*state.session().await?, lang).await?)
}

/// Where decks are saved unless the user says otherwise: Documents/Waypoint (home when the
/// system names no documents folder).
#[tauri::command]
pub fn deck_folder<R: Runtime>(app: AppHandle<R>) -> Result<String, AppError> {
    let paths = app.path();
    let base = paths.document_dir().or_else(|_| paths.home_dir()).map_err(|e| AppError::detail("no_folder", "error-app-no-folder", e))?;
    Ok(base.join("Waypoint").display().to_string())
}

#[tauri::command]
pub async fn qbr_preview(state: State<'_, AppState>, account: String, quarter: String, theme: Theme, lang: Lang) -> Result<DeckPreview, AppError> {
    Ok(views::decks::qbr_preview(&*state.session().await?, &account, &quarter, theme, lang).await?)
}

#[tauri::command]
pub async fn portfolio_preview(state: State<'_, AppState>, quarter: String, theme: Theme, lang: Lang) -> Result<DeckPreview, AppError> {
    Ok(views::decks::portfolio_preview(&*state.session().await?, &quarter, theme, lang).await?)
}

/// Writes the QBR to `path` (.pptx or .pdf).
#[tauri::command]
pub async fn save_qbr(state: State<'_, AppState>, account: String, quarter: String, path: String, lang: Lang) -> Result<SavedDeck, AppError> {
    Ok(views::decks::save_qbr(&*state.session().await?, &account, &quarter, &path, lang).await?)
}

/// Writes the portfolio summary to `path` (.pptx or .pdf).
#[tauri::command]
pub async fn save_portfolio(state: State<'_, AppState>, quarter: String, path: String, lang: Lang) -> Result<SavedDeck, AppError> {
    Ok(views::decks::save_portfolio(&*state.session().await?, &quarter, &path, lang).await?)
}

/// Every paying account's QBR into `dir`, reporting each deck on `progress`.
#[tauri::command]
pub async fn qbr_batch(
    state: State<'_, AppState>,
    jobs: State<'_, DeckJobs>,
    quarter: String,
    dir: String,
    formats: Vec<DeckFormat>,
    lang: Lang,
    progress: Channel<BatchProgress>,
) -> Result<BatchSummary, AppError> {
    let session = state.session().await?;
    let job = jobs.0.start()?;
    // A closed window no longer listens; the decks are written regardless.
    Ok(views::decks::qbr_batch(&session, &quarter, &dir, &formats, lang, |p| drop(progress.send(p)), job.cancel()).await?)
}

/// Stops the running batch before its next deck; false when none runs.
#[tauri::command]
pub fn qbr_batch_cancel(jobs: State<'_, DeckJobs>) -> bool {
    jobs.0.cancel()
}
