//! Loading the generated demo portfolio: its files in the order imports depend on each other
//! (catalog and accounts before what refers to them), for `waypoint demo` and the tests.

use std::path::Path;

use crate::{EventOptions, ImportKind, ImportReport, import_file};

/// The demo's files with their kinds, in import order.
pub fn steps(files: &demo::DemoFiles) -> [(ImportKind, &Path); 8] {
    [
        (ImportKind::Catalog, files.catalog.as_path()),
        (ImportKind::Accounts, files.accounts.as_path()),
        (ImportKind::Subscriptions, files.subscriptions.as_path()),
        (ImportKind::Contacts, files.contacts.as_path()),
        (ImportKind::Tickets, files.tickets.as_path()),
        (ImportKind::Nps, files.nps.as_path()),
        (ImportKind::Milestones, files.milestones.as_path()),
        (ImportKind::Events, files.events.as_path()),
    ]
}

/// Imports every demo file into `ws`.
pub async fn load(ws: &store::Workspace, files: &demo::DemoFiles) -> Result<Vec<ImportReport>, crate::Error> {
    let mut reports = Vec::new();
    for (kind, file) in steps(files) {
        reports.push(import_file(ws, kind, file, &EventOptions::default()).await?);
    }
    Ok(reports)
}
