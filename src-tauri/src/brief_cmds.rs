//! The value brief screen's commands, each one call into `views::brief_view`: the form's
//! choices, the comparable-customer evidence for a prospect, and saving the brief. All run on
//! the async runtime (the evidence reads and analyses the book; saving draws on a blocking
//! thread inside `views`), never on the window's thread.

use tauri::State;

use crate::{AppError, AppState};
use views::brief_view::{self, BriefEvidence, BriefOptions, Prospect};
use views::decks::SavedDeck;
use i18n::Lang;

/// Industries, regions, size bands and modules the prospect form offers.
#[tauri::command]
pub async fn brief_options(state: State<'_, AppState>) -> Result<BriefOptions, AppError> {
    Ok(brief_view::brief_options(&*state.session().await?).await?)
}

/// How many customers are comparable to `prospect` and the headline numbers the brief would
/// show (nothing, and a message, when fewer than 5 are).
#[tauri::command]
pub async fn brief_evidence(state: State<'_, AppState>, prospect: Prospect, lang: Lang) -> Result<BriefEvidence, AppError> {
    Ok(brief_view::brief_evidence(&*state.session().await?, &prospect, lang).await?)
}

/// Writes the brief for `prospect` to `path` (.pptx or .pdf; `~` is the home folder).
#[tauri::command]
pub async fn save_brief(state: State<'_, AppState>, prospect: Prospect, path: String, lang: Lang) -> Result<SavedDeck, AppError> {
    Ok(brief_view::save_brief(&*state.session().await?, &prospect, &path, lang).await?)
}
