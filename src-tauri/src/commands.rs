//! Commands callable from the webview. Each is a few lines: get state, call the library, map.

use tauri::State;

use crate::{AppError, AppState, WorkspaceView};

/// Name, path and row counts of the open workspace.
#[tauri::command]
pub async fn workspace_status(state: State<'_, AppState>) -> Result<WorkspaceView, AppError> {
    let workspace = state.workspace().await?;
    let status = workspace.status().await?;
    Ok(WorkspaceView::new(workspace.path(), status))
}
