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
    invoke_with(window, cmd, serde_json::json!({}))
}

fn invoke_with(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("url"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize::<Value>().expect("json body"))
}

#[test]
fn the_environment_passphrase_unlocks_at_startup_and_status_counts_rows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("Acme Book.waypoint");
    create_workspace_with_accounts(&path, PASSPHRASE, &["Acme GmbH", "Globex <script>", "Initech"]);
    let (_app, window) = app_for(path.clone());

    let info = invoke(&window, "session_info").expect("session_info");
    assert_eq!((info["exists"].as_bool(), info["open"].as_bool()), (Some(true), Some(true)), "{info}");
    assert_eq!(info["startup_error"], Value::Null);

    let view = invoke(&window, "workspace_status").expect("workspace_status succeeds");
    assert_eq!(view["name"], "Acme Book");
    assert_eq!(view["path"], path.canonicalize().expect("absolute").display().to_string());
    let expected = store::Status { accounts: 3, owners: 1, ..store::Status::default() };
    assert_eq!(view["status"], serde_json::to_value(expected).expect("status json"));

    // Customer text crosses the bridge as data, unchanged.
    let list = invoke(&window, "accounts").expect("accounts");
    let names: Vec<&str> = list["rows"].as_array().expect("rows").iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Acme GmbH", "Globex <script>", "Initech"]);
    // A screen that has this list asks again with its version: nothing comes back until the
    // data changes; an older version gets the list.
    let version = list["version"].as_u64().expect("version");
    assert_eq!(invoke_with(&window, "accounts", serde_json::json!({ "known": version })), Ok(Value::Null));
    let again = invoke_with(&window, "accounts", serde_json::json!({ "known": version - 1 })).expect("accounts");
    assert_eq!(again["rows"], list["rows"]);
}

#[test]
fn a_wrong_passphrase_leaves_the_app_locked_until_unlock_and_lock_closes_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("other.waypoint");
    create_workspace_with_accounts(&path, "the right one", &["Acme GmbH"]);
    let (_app, window) = app_for(path);

    let info = invoke(&window, "session_info").expect("session_info");
    assert_eq!(info["open"], false);
    assert_eq!(info["startup_error"]["code"], "wrong_key", "{info}");
    let error = invoke(&window, "workspace_status").expect_err("locked");
    assert_eq!(
        error,
        serde_json::json!({
            "code": "locked",
            "message": "The workspace is locked: unlock it first.",
            "text": {"key": "error-app-locked", "args": {}},
        })
    );

    let error = invoke_with(&window, "unlock", serde_json::json!({"passphrase": "still wrong"})).expect_err("wrong key");
    assert_eq!(error["code"], "wrong_key");
    let keys: Vec<&String> = error.as_object().map(|o| o.keys().collect()).unwrap_or_default();
    assert_eq!(keys, ["code", "message", "text"], "only the code, the English message and its catalogue text cross the bridge");

    let opened = invoke_with(&window, "unlock", serde_json::json!({"passphrase": "the right one"})).expect("unlocked");
    assert_eq!((opened["open"].as_bool(), opened["exists"].as_bool(), &opened["startup_error"]), (Some(true), Some(true), &Value::Null));
    assert_eq!(opened, invoke(&window, "session_info").expect("info"), "unlock replies with the session's state");
    assert!(opened.get("status").is_none(), "unlock counts no rows (a large book's take seconds)");
    assert_eq!(invoke(&window, "workspace_status").expect("status")["status"]["accounts"], 1);

    invoke(&window, "lock").expect("lock");
    assert_eq!(invoke(&window, "workspace_status").expect_err("locked again")["code"], "locked");
}

#[test]
fn a_file_that_is_no_workspace_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "just some notes, not a database\n").expect("write file");
    let (_app, window) = app_for(path.clone());

    let info = invoke(&window, "session_info").expect("session_info");
    assert_eq!(info["startup_error"]["code"], "not_a_workspace", "{info}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "just some notes, not a database\n");
}

#[test]
fn first_run_creates_a_passphrase_workspace_that_a_new_app_unlocks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("first.waypoint");
    {
        let (_app, window) = app_for(path.clone());
        let info = invoke(&window, "session_info").expect("session_info");
        assert_eq!((info["exists"].as_bool(), info["open"].as_bool()), (Some(false), Some(false)));
        assert_eq!(info["name"], "first");

        let empty = invoke_with(&window, "create_workspace", serde_json::json!({"passphrase": ""})).expect_err("empty passphrase");
        assert_eq!(empty["code"], "empty_passphrase");
        let created = invoke_with(&window, "create_workspace", serde_json::json!({"passphrase": PASSPHRASE})).expect("created");
        assert_eq!((created["name"].as_str(), created["open"].as_bool()), (Some("first"), Some(true)));
        let view = invoke(&window, "workspace_status").expect("status");
        let counts = view["status"].as_object().expect("status object");
        assert_eq!(counts.len(), 11);
        assert!(counts.values().all(|count| count == 0), "{counts:?}");
        assert!(path.exists());
        invoke(&window, "lock").expect("lock");
    }
    // Reopened, the app unlocks it with the same passphrase (from the environment here).
    let (_app, window) = app_for(path);
    assert_eq!(invoke(&window, "session_info").expect("info")["open"], true);
}

#[test]
fn core_commands_outside_the_capability_are_denied() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_app, window) = app_for(dir.path().join("none.waypoint"));

    let error = invoke(&window, "plugin:app|version").expect_err("not granted");

    assert!(error.as_str().is_some_and(|m| m.contains("not allowed")), "{error}");
}

/// The capability grants exactly our commands and the few plugin calls we use, build.rs made a
/// permission for each of them (and for nothing else), and the invoke handler knows every one.
#[test]
fn capability_permissions_and_handler_cover_the_same_commands() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cap: Value = serde_json::from_str(&std::fs::read_to_string(root.join("capabilities/default.json")).unwrap()).unwrap();
    let granted: Vec<String> = cap["permissions"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
    let mut expected: Vec<String> = waypoint_app_lib::COMMANDS.iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
    expected.extend(waypoint_app_lib::PLUGIN_PERMISSIONS.iter().map(|p| p.to_string()));
    assert_eq!(granted, expected);

    let mut generated: Vec<String> = std::fs::read_dir(root.join("permissions/autogenerated"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().trim_end_matches(".toml").to_string())
        .collect();
    generated.sort();
    let mut listed: Vec<String> = waypoint_app_lib::COMMANDS.iter().map(|c| c.to_string()).collect();
    listed.sort();
    assert_eq!(generated, listed);

    // No workspace is open, so no command can change anything; each one either answers or
    // refuses its arguments or the locked state, but none may be unknown to the handler.
    let dir = tempfile::tempdir().unwrap();
    let (_app, window) = app_for(dir.path().join("none.waypoint"));
    for command in waypoint_app_lib::COMMANDS {
        if let Err(error) = invoke(&window, command) {
            let text = error.to_string();
            assert!(!text.contains("not found") && !text.contains("not allowed"), "{command}: {text}");
        }
    }
    let unknown = invoke(&window, "no_such_command").expect_err("refused").to_string();
    assert!(unknown.contains("not allowed") || unknown.contains("not found"), "{unknown}");
}
