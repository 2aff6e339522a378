//! The import screen's commands, each a call into `views::import_flow`. Register with
//! `.manage(ImportState::default())` and the four commands below.

use tauri::ipc::Channel;
use tauri::State;

use crate::{AppError, AppState};
use views::import_flow::{self, ImportKindInfo, ImportOutcome, ImportPreview, ImportProgress, ImportRequest, Jobs};

/// The running import, so that `import_cancel` can stop it (one import at a time).
#[derive(Debug)]
pub struct ImportState {
    jobs: Jobs,
}

impl Default for ImportState {
    fn default() -> ImportState {
        ImportState { jobs: Jobs::new("an import") }
    }
}

/// The kinds of file, with their columns, in import order.
#[tauri::command]
pub fn import_kinds() -> Vec<ImportKindInfo> {
    import_flow::kinds()
}

/// The first rows of `path` read as `kind` (else as the kind it looks like) and the header
/// mapping suggested for it. Needs an unlocked workspace like every other screen.
#[tauri::command]
pub async fn import_preview(state: State<'_, AppState>, path: String, kind: Option<String>) -> Result<ImportPreview, AppError> {
    state.session().await?;
    // A few file reads: off the async workers all the same (a slow network drive).
    let read = tauri::async_runtime::spawn_blocking(move || import_flow::preview(path.as_ref(), kind.as_deref()));
    Ok(read.await.map_err(|e| AppError::detail("internal", "error-app-preview-stopped", e))??)
}

/// Imports (or with `request.dry_run`, checks) a file, streaming progress on `progress`. A
/// refused or cancelled file is an `ImportOutcome` with a `problem`, not an error.
#[tauri::command]
pub async fn import_run(
    state: State<'_, AppState>,
    imports: State<'_, ImportState>,
    request: ImportRequest,
    progress: Channel<ImportProgress>,
) -> Result<ImportOutcome, AppError> {
    let session = state.session().await?;
    let job = imports.jobs.start()?;
    // A closed window no longer listens; the import goes on (or is cancelled) regardless.
    let report = move |p: ImportProgress| drop(progress.send(p));
    Ok(import_flow::run(&session, &request, report, job.cancel_flag()).await?)
}

/// Asks the running import to stop and roll back; false when none is running.
#[tauri::command]
pub fn import_cancel(imports: State<'_, ImportState>) -> bool {
    imports.jobs.cancel()
}
