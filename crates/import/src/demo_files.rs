//! Loading the generated demo portfolio: its files in the order imports depend on each other
//! (catalog and accounts before what refers to them), for `waypoint demo` and the tests.

use std::path::Path;

use crate::{EventOptions, ImportKind, ImportReport, import_file};

/// The demo's files with their kinds, in import order; the FX rates (books in several
/// currencies only) come last, after [`set_reporting_currency`].
pub fn steps(files: &demo::DemoFiles) -> Vec<(ImportKind, &Path)> {
    let mut steps = vec![
        (ImportKind::Catalog, files.catalog.as_path()),
        (ImportKind::Accounts, files.accounts.as_path()),
        (ImportKind::Subscriptions, files.subscriptions.as_path()),
        (ImportKind::Contacts, files.contacts.as_path()),
        (ImportKind::Tickets, files.tickets.as_path()),
        (ImportKind::Nps, files.nps.as_path()),
        (ImportKind::Milestones, files.milestones.as_path()),
        (
            match files.usage {
                demo::Usage::Events => ImportKind::Events,
                demo::Usage::Rollups => ImportKind::UsageRollups,
            },
            files.events.as_path(),
        ),
    ];
    if let Some(fx) = &files.fx {
        steps.push((ImportKind::Fx, fx.as_path()));
    }
    steps
}

/// Stores the reporting currency a mixed-currency demo book is stated in (its FX file is
/// against it), unless the workspace already reports in it. An all-USD book leaves the
/// setting alone: one currency needs none.
pub async fn set_reporting_currency(ws: &store::Workspace, files: &demo::DemoFiles) -> Result<(), crate::Error> {
    let Some(code) = files.reporting_currency else { return Ok(()) };
    let currency = domain::Currency::parse(code).map_err(|e| crate::Error::File {
        file: files.fx.clone().unwrap_or_default(),
        reason: i18n::Text::new("error-import-reporting-currency").arg("code", i18n::Arg::Str(code.to_string())).arg("reason", i18n::Arg::Text(Box::new(e.text()))),
    })?;
    if ws.reporting_currency().await?.as_ref() != Some(&currency) {
        ws.set_reporting_currency(&currency).await?;
    }
    Ok(())
}

/// Imports every demo file into `ws` (setting the reporting currency first when it needs one).
pub async fn load(ws: &store::Workspace, files: &demo::DemoFiles) -> Result<Vec<ImportReport>, crate::Error> {
    set_reporting_currency(ws, files).await?;
    let mut reports = Vec::new();
    for (kind, file) in steps(files) {
        reports.push(import_file(ws, kind, file, &EventOptions::default()).await?);
    }
    Ok(reports)
}
