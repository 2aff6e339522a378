/// Every command of `src/commands.rs`; tests/ipc.rs checks this list, `COMMANDS` in lib.rs
/// and capabilities/default.json agree.
const COMMANDS: &[&str] = &[
    "session_info",
    "create_workspace",
    "unlock",
    "lock",
    "workspace_status",
    "load_demo",
    "home",
    "accounts",
    "account",
    "complete_milestone",
    "reopen_milestone",
    "complete_task",
    "log_touchpoint",
    "deck_quarters",
    "deck_folder",
    "qbr_preview",
    "portfolio_preview",
    "save_qbr",
    "save_portfolio",
    "qbr_batch",
    "qbr_batch_cancel",
    "task_inbox",
    "playbooks",
    "playbook_options",
    "validate_playbook",
    "save_playbook",
    "set_playbook_enabled",
    "run_playbooks",
    "segments",
    "segment_members",
    "rule_fields",
    "rule_count",
    "settings",
    "save_scorecard",
    "save_thresholds",
    "save_brand",
    "backup_workspace",
    "rekey_workspace",
    "restore_workspace",
    "brief_options",
    "brief_evidence",
    "save_brief",
    "import_kinds",
    "import_preview",
    "import_run",
    "import_cancel",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build script failed: {error:#}");
    }
}
