//! Waypoint's desktop shell: a thin Tauri layer over the `views` and `store` crates.
//!
//! Each command maps to one library call; all logic lives in the crates under `crates/`.

/// The `#[tauri::command]` functions the webview may call (see capabilities/default.json).
pub mod commands;
/// The QBR screen's commands (previews, saving, the book batch) and the batch's cancel state.
pub mod deck_cmds;
/// The playbooks screen's commands: the task inbox, playbook list, editor checks, run.
pub mod playbook_cmds;
/// The segments screen's commands: needs and value side by side, members, rule builder.
pub mod segment_cmds;
/// The settings screen's commands: scorecard, thresholds, brand, backup, rekey, restore.
pub mod settings_cmds;
/// The value brief builder's commands: options, evidence, save.
pub mod brief_cmds;
/// The import screen's commands: kinds, preview, run with progress, cancel.
pub mod import_cmds;
/// The one error shape that crosses the bridge: a stable `code` and a human `message`.
pub mod error;
/// The app's state: which workspace file and, once unlocked, its session.
pub mod state;
/// Types returned to the webview; their TypeScript twins are generated into ui/src/lib/bindings.
pub mod view;

pub use error::AppError;
pub use state::AppState;
pub use view::{SessionInfo, WorkspaceView};

use tauri::{Builder, Manager, Runtime};

/// The plugin calls the window may make besides our commands.
pub const PLUGIN_PERMISSIONS: &[&str] = &["dialog:allow-open", "dialog:allow-save", "opener:allow-reveal-item-in-dir"];

include!("command_names.rs");

/// Registers state and commands on a builder; shared by `run` and the tests (mock runtime).
pub fn setup<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .manage(state)
        .manage(import_cmds::ImportState::default())
        .manage(deck_cmds::DeckJobs::default())
        // Native file pickers (paths always come from the user's own choice) and "show in
        // folder" for saved decks; capabilities/default.json grants only those calls.
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(tauri::generate_handler![
            commands::session_info,
            commands::create_workspace,
            commands::unlock,
            commands::lock,
            commands::workspace_status,
            commands::load_demo,
            commands::home,
            commands::accounts,
            commands::account,
            commands::complete_milestone,
            commands::reopen_milestone,
            commands::complete_task,
            commands::log_touchpoint,
            deck_cmds::deck_quarters,
            deck_cmds::deck_folder,
            deck_cmds::qbr_preview,
            deck_cmds::portfolio_preview,
            deck_cmds::save_qbr,
            deck_cmds::save_portfolio,
            deck_cmds::qbr_batch,
            deck_cmds::qbr_batch_cancel,
            playbook_cmds::task_inbox,
            playbook_cmds::playbooks,
            playbook_cmds::playbook_options,
            playbook_cmds::validate_playbook,
            playbook_cmds::save_playbook,
            playbook_cmds::set_playbook_enabled,
            playbook_cmds::run_playbooks,
            segment_cmds::segments,
            segment_cmds::segment_members,
            segment_cmds::rule_fields,
            segment_cmds::rule_count,
            segment_cmds::refit_segments,
            settings_cmds::settings,
            settings_cmds::save_scorecard,
            settings_cmds::save_thresholds,
            settings_cmds::save_brand,
            settings_cmds::backup_workspace,
            settings_cmds::rekey_workspace,
            settings_cmds::restore_workspace,
            settings_cmds::health_backtest,
            settings_cmds::health_tuning,
            settings_cmds::apply_health_tuning,
            playbook_cmds::playbook_effects,
            brief_cmds::brief_options,
            brief_cmds::brief_evidence,
            brief_cmds::save_brief,
            import_cmds::import_kinds,
            import_cmds::import_preview,
            import_cmds::import_run,
            import_cmds::import_cancel,
        ])
        .setup(|app| {
            // Unlock while the webview loads (environment passphrase or OS keyring); the UI asks
            // `session_info` and shows the unlock screen if this did not succeed.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                handle.state::<AppState>().started().await;
            });
            Ok(())
        })
}

/// Runs the desktop app on `workspace`, else the one named by `WAYPOINT_WORKSPACE`, else the
/// default one.
pub fn run(workspace: Option<std::path::PathBuf>) -> Result<(), tauri::Error> {
    if let Err(error) = views::memory::tune_for_app() {
        tracing::warn!("memory limits not set: {error}");
    }
    let state = workspace.map_or_else(AppState::from_env, AppState::new);
    setup(tauri::Builder::default(), state).run(tauri::generate_context!("../tauri.conf.json"))
}
