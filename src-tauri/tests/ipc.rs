//! The commands through Tauri's real IPC path (mock runtime, no display), with the app's own
//! config and capabilities, against real encrypted workspaces in a temp dir.

use std::path::{Path, PathBuf};
use std::sync::Once;

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};
use waypoint_app_lib::{AppState, setup};

const PASSPHRASE: &str = "correct horse battery staple";

/// Every test opens workspaces with this passphrase, as the app does with WAYPOINT_PASSPHRASE.
fn use_test_passphrase() {
    static ONCE: Once = Once::new();
    // SAFETY: set once, before any test of this binary reads the environment (all go through here).
    ONCE.call_once(|| unsafe { std::env::set_var(store::keys::PASSPHRASE_ENV, PASSPHRASE) });
}

fn create_workspace(path: &Path, passphrase: &str) {
    create_workspace_with_accounts(path, passphrase, &[]);
}

/// A new workspace holding one owner and the given accounts (a fixture small enough to count).
fn create_workspace_with_accounts(path: &Path, passphrase: &str, accounts: &[&str]) {
    tauri::async_runtime::block_on(async {
        let workspace = store::Workspace::create(path, store::KeyChoice::passphrase(passphrase))
            .await
            .expect("create workspace");
        if !accounts.is_empty() {
            store::sqlx::query("INSERT INTO owners (id, name) VALUES (1, 'Dana Owner')")
                .execute(workspace.pool())
                .await
                .expect("insert owner");
        }
        for (i, name) in accounts.iter().enumerate() {
            store::sqlx::query(
                "INSERT INTO accounts (external_id, name, owner_id) VALUES (?, ?, 1)",
            )
            .bind(format!("acc-{i}"))
            .bind(*name)
            .execute(workspace.pool())
            .await
            .expect("insert account");
        }
        workspace.close().await;
    });
}

fn app_for(path: PathBuf) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    use_test_passphrase();
    let app = setup(mock_builder(), AppState::new(path))
        .build(tauri::generate_context!("../tauri.conf.json", test = true))
        .expect("build app");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("main window");
    (app, window)
}

fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("url"),
        body: InvokeBody::default(),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize::<Value>().expect("json body"))
}

#[test]
fn workspace_status_reports_name_path_and_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("Acme Book.waypoint");
    create_workspace_with_accounts(
        &path,
        PASSPHRASE,
        &["Acme GmbH", "Globex <script>", "Initech"],
    );
    let (_app, window) = app_for(path.clone());

    let view = invoke(&window, "workspace_status").expect("workspace_status succeeds");

    assert_eq!(view["name"], "Acme Book");
    assert_eq!(
        view["path"],
        path.canonicalize().expect("absolute").display().to_string()
    );
    let expected = store::Status {
        accounts: 3,
        owners: 1,
        ..store::Status::default()
    };
    assert_eq!(
        view["status"],
        serde_json::to_value(expected).expect("status json")
    );
}

#[test]
fn a_new_workspace_reports_zero_of_every_kind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("empty.waypoint");
    create_workspace(&path, PASSPHRASE);
    let (_app, window) = app_for(path);

    let view = invoke(&window, "workspace_status").expect("workspace_status succeeds");

    let counts = view["status"].as_object().expect("status object");
    assert_eq!(counts.len(), 11);
    assert!(counts.values().all(|count| count == 0), "{counts:?}");
}

#[test]
fn wrong_passphrase_is_reported_as_wrong_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("other.waypoint");
    create_workspace(&path, "a different passphrase");
    let (_app, window) = app_for(path);

    let error = invoke(&window, "workspace_status").expect_err("wrong key must fail");

    assert_eq!(error["code"], "wrong_key", "{error}");
    assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert_eq!(
        error.as_object().map(|o| o.len()),
        Some(2),
        "only code and message cross the bridge"
    );
}

#[test]
fn a_file_that_is_no_workspace_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "just some notes, not a database\n").expect("write file");
    let (_app, window) = app_for(path.clone());

    let error = invoke(&window, "workspace_status").expect_err("must fail");

    assert_eq!(error["code"], "not_a_workspace", "{error}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "just some notes, not a database\n"
    );
}

#[test]
fn a_missing_workspace_is_reported_with_its_code_and_retried_later() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("later.waypoint");
    let (_app, window) = app_for(path.clone());

    let error = invoke(&window, "workspace_status").expect_err("missing workspace");
    assert_eq!(error["code"], "workspace_not_found", "{error}");

    // Once it exists, the same running app opens it: a failed open is not cached.
    create_workspace(&path, PASSPHRASE);
    let view = invoke(&window, "workspace_status").expect("opened on retry");
    assert_eq!(view["name"], "later");
}

#[test]
fn core_commands_outside_the_capability_are_denied() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_app, window) = app_for(dir.path().join("none.waypoint"));

    let error = invoke(&window, "plugin:app|version").expect_err("not granted");

    assert!(
        error.as_str().is_some_and(|m| m.contains("not allowed")),
        "{error}"
    );
}
