//! Waypoint's desktop shell: a thin Tauri layer over the `store` crate.
//!
//! Each command maps to one library call; all logic lives in the crates under `crates/`.

/// The `#[tauri::command]` functions the webview may call (see capabilities/default.json).
pub mod commands;
/// The one error shape that crosses the bridge: a stable `code` and a human `message`.
pub mod error;
/// The app's state: where the workspace is and, once opened, the workspace itself.
pub mod state;
/// Types returned to the webview; their TypeScript twins are generated into ui/src/lib/bindings.
pub mod view;

pub use error::AppError;
pub use state::AppState;
pub use view::WorkspaceView;

use tauri::{Builder, Manager, Runtime};

/// Registers state and commands on a builder; shared by `run` and the tests (mock runtime).
pub fn setup<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![commands::workspace_status])
        .setup(|app| {
            // Unlock the workspace while the webview loads; the first command awaits the same cell.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                let state = handle.state::<AppState>();
                if let Err(error) = state.workspace().await {
                    tracing::warn!(code = %error.code, "workspace not opened at startup: {error}");
                }
            });
            Ok(())
        })
}

/// Runs the desktop app with the workspace named by `WAYPOINT_WORKSPACE` (or the default one).
pub fn run() -> Result<(), tauri::Error> {
    let state = AppState::from_env();
    setup(tauri::Builder::default(), state).run(tauri::generate_context!("../tauri.conf.json"))
}
