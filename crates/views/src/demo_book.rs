//! Filling an empty workspace with the demo book from the app, step by step, so the window can
//! show progress: generating the files, then one import per file (each all or nothing).

use serde::Serialize;

use crate::{Error, Session};

/// One step of loading the demo, as the progress bar shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct DemoStep {
    /// 1-based; `step == of` is the last.
    pub step: u32,
    pub of: u32,
    pub label: String,
}

/// Files the demo imports (catalog, accounts, subscriptions, contacts, tickets, NPS,
/// milestones, events).
const DEMO_FILES: u32 = 8;

/// Generates a demo book of `accounts` accounts ending today-ish and imports it. Refuses a
/// workspace that already holds accounts: the demo is for trying Waypoint, never mixed in.
pub async fn load_demo(session: &Session, accounts: usize, progress: impl Fn(DemoStep)) -> Result<u32, Error> {
    let ws = session.workspace();
    if ws.status().await?.accounts > 0 {
        return Err(Error::Invalid("this workspace already holds accounts; the demo loads into an empty one".into()));
    }
    let dir = tempfile::tempdir().map_err(|e| Error::Invalid(format!("temporary folder for the demo files: {e}")))?;
    let cfg = demo::DemoConfig { accounts, ..Default::default() };
    let of = 1 + DEMO_FILES;
    progress(DemoStep { step: 1, of, label: format!("Generating {accounts} demo accounts") });
    // Writing a large demo's files is seconds of CPU and disk: off the async workers.
    let out = dir.path().to_path_buf();
    let files = tokio::task::spawn_blocking(move || demo::generate(&cfg, &out))
        .await
        .map_err(|e| Error::Invalid(format!("demo: {e}")))?
        .map_err(|e| Error::Invalid(format!("demo: {e}")))?;
    let steps = import::demo_files::steps(&files);
    debug_assert_eq!(steps.len() as u32, DEMO_FILES);
    let mut imported = Ok(());
    for (i, (kind, file)) in steps.into_iter().enumerate() {
        progress(DemoStep { step: i as u32 + 2, of, label: format!("Importing {}", kind.as_str()) });
        imported = import::import_file(ws, kind, file, &import::EventOptions::default()).await.map(|_| ());
        if imported.is_err() {
            break;
        }
    }
    // Files imported before a failure are stored (each import is its own transaction), so the
    // screens must see them either way.
    session.changed().await;
    imported?;
    Ok(ws.status().await?.accounts as u32)
}
