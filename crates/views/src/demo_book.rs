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
    /// What is happening (`demo-step-*` in the catalogue).
    pub label: i18n::Text,
}

/// Files the demo imports (catalog, accounts, subscriptions, contacts, tickets, NPS,
/// milestones, events), plus FX rates for the books in several currencies.
const DEMO_FILES: u32 = 8;

/// Generates the English demo book of `accounts` accounts and imports it (see
/// [`load_demo_in`]).
pub async fn load_demo(session: &Session, accounts: usize, progress: impl Fn(DemoStep)) -> Result<u32, Error> {
    load_demo_in(session, accounts, demo::Locale::En, progress).await
}

/// Generates a demo book of `accounts` accounts with the names, text and currencies of
/// `locale` and imports it; a mixed-currency book also sets the workspace's reporting
/// currency and imports its FX rates. Refuses a workspace that already holds accounts: the
/// demo is for trying Waypoint, never mixed in.
pub async fn load_demo_in(session: &Session, accounts: usize, locale: demo::Locale, progress: impl Fn(DemoStep)) -> Result<u32, Error> {
    let ws = session.workspace();
    if ws.status().await?.accounts > 0 {
        return Err(Error::refused("error-views-demo-not-empty"));
    }
    let dir = tempfile::tempdir().map_err(|e| Error::refused_with("error-views-demo-temp", "detail", e))?;
    let cfg = demo::DemoConfig { accounts, locale, ..Default::default() };
    let of = 1 + DEMO_FILES + u32::from(demo::reporting_currency(locale).is_some());
    progress(DemoStep { step: 1, of, label: i18n::Text::new("demo-step-generating").arg("count", i18n::Arg::Int(accounts as i64)) });
    // Writing a large demo's files is seconds of CPU and disk: off the async workers.
    let out = dir.path().to_path_buf();
    let files = tokio::task::spawn_blocking(move || demo::generate(&cfg, &out))
        .await
        .map_err(|e| Error::refused_with("error-views-demo", "detail", e))?
        .map_err(|e| Error::refused_with("error-views-demo", "detail", e))?;
    let steps = import::demo_files::steps(&files);
    debug_assert_eq!(steps.len() as u32 + 1, of);
    let mut imported = import::demo_files::set_reporting_currency(ws, &files).await;
    for (i, (kind, file)) in steps.into_iter().enumerate() {
        if imported.is_err() {
            break;
        }
        progress(DemoStep { step: i as u32 + 2, of, label: i18n::Text::new("demo-step-importing").arg("kind", i18n::Arg::Term(format!("import-kind-{}", kind.as_str()))) });
        imported = import::import_file(ws, kind, file, &import::EventOptions::default()).await.map(|_| ());
    }
    // The CSMs' playbook work over the history, for the Playbooks screen's effect column.
    let imported: Result<(), Error> = match imported {
        Ok(()) => playbooks::history::load(ws, &files.tasks).await.map(|_| ()).map_err(Error::from),
        Err(e) => Err(e.into()),
    };
    // Files imported before a failure are stored (each import is its own transaction), so the
    // screens must see them either way.
    session.changed().await;
    imported?;
    Ok(ws.status().await?.accounts as u32)
}
