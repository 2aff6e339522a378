//! The playbooks and tasks screen's commands: the task inbox, the playbook list, the editor's
//! choices and checks, saving, switching on and off, and running now. Each is one call into
//! `views::playbooks_view`; completing a task is `complete_task` in commands.rs.

use tauri::State;

use crate::{AppError, AppState};
use views::playbooks_view::{FieldError, InboxFilter, Playbook, PlaybookOptions, PlaybookView, RunReport, TaskInbox};

/// Open tasks grouped Overdue / Today / This week / Later / No due date, filtered.
#[tauri::command]
pub async fn task_inbox(state: State<'_, AppState>, filter: InboxFilter) -> Result<TaskInbox, AppError> {
    Ok(views::playbooks_view::inbox(&*state.session().await?, &filter).await?)
}

/// Every playbook, built-ins first, with its trigger in words and its open tasks.
#[tauri::command]
pub async fn playbooks(state: State<'_, AppState>) -> Result<Vec<PlaybookView>, AppError> {
    Ok(views::playbooks_view::playbooks(&*state.session().await?).await?)
}

/// Alert kinds, stages, segments and rule fields the editor offers.
#[tauri::command]
pub async fn playbook_options(state: State<'_, AppState>) -> Result<PlaybookOptions, AppError> {
    Ok(views::playbooks_view::options(&*state.session().await?).await?)
}

/// A playbook's problems field by field; empty when it can be saved.
#[tauri::command]
pub async fn validate_playbook(state: State<'_, AppState>, playbook: Playbook) -> Result<Vec<FieldError>, AppError> {
    Ok(views::playbooks_view::validate_playbook(&*state.session().await?, &playbook).await?)
}

/// Adds or replaces a user playbook; `invalid_playbook` when it is wrong or a built-in's key.
#[tauri::command]
pub async fn save_playbook(state: State<'_, AppState>, playbook: Playbook) -> Result<(), AppError> {
    Ok(views::playbooks_view::save_playbook(&*state.session().await?, playbook).await?)
}

#[tauri::command]
pub async fn set_playbook_enabled(state: State<'_, AppState>, key: String, enabled: bool) -> Result<(), AppError> {
    Ok(views::playbooks_view::set_playbook_enabled(&*state.session().await?, &key, enabled).await?)
}

/// Runs the enabled playbooks as of the book's day: new tasks once, overdue ones escalated.
#[tauri::command]
pub async fn run_playbooks(state: State<'_, AppState>) -> Result<RunReport, AppError> {
    Ok(views::playbooks_view::run_playbooks(&*state.session().await?).await?)
}

/// Which playbooks work: each playbook's done-vs-not-done comparison over the book's history
/// (seconds: every month end is replayed), for the Playbooks screen.
#[tauri::command]
pub async fn playbook_effects(state: State<'_, AppState>) -> Result<views::backtest_view::Effects, AppError> {
    Ok(views::backtest_view::playbook_effects(&*state.session().await?).await?)
}
