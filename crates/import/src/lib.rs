//! Importers for Waypoint's canonical files (docs/IMPORT.md).
//!
//! Every import runs in one transaction: a bad row anywhere names file, line and field and
//! nothing from that file is stored. Rows are keyed by the customer's own ids, so importing
//! the same file twice changes nothing.

/// Import errors with file, line and field.
mod error;
/// CSV reading: exact headers, extra columns, line numbers, file hashing.
mod source;
/// Accounts and the CSMs who own them.
mod accounts;
/// Subscription periods and the modules they license.
mod subscriptions;
/// Contacts, tickets, NPS responses and success-plan milestones.
mod records;
/// The product catalog: modules, features, event names and value events.
mod catalog;
/// Exchange rates to the reporting currency.
mod fx;
/// Usage events (Segment JSONL or CSV), deduplicated and rolled up per day.
pub mod events;
/// Daily usage rollups from a warehouse, as Parquet.
mod usage_rollups;
/// What an import did.
mod report;
/// The demo portfolio's files in import order.
pub mod demo_files;
/// The canonical columns of each kind, and which of a file's headers likely hold them.
pub mod columns;
/// Header mapping, progress, cancel and dry runs: what the app asks of an import.
mod options;
/// The first rows of a file, for a preview.
pub mod peek;

use std::path::Path;

pub use columns::Column;
pub use error::Error;
pub use events::{EventFormat, EventOptions, UnknownAccounts};
pub use options::{ImportOptions, ImportProgress, ProgressFn};
pub use report::ImportReport;

/// The kinds of file Waypoint imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Catalog,
    Accounts,
    Subscriptions,
    Contacts,
    Tickets,
    Nps,
    Milestones,
    Events,
    UsageRollups,
    Fx,
}

impl ImportKind {
    pub const ALL: [ImportKind; 10] = [
        ImportKind::Catalog,
        ImportKind::Accounts,
        ImportKind::Subscriptions,
        ImportKind::Contacts,
        ImportKind::Tickets,
        ImportKind::Nps,
        ImportKind::Milestones,
        ImportKind::Events,
        ImportKind::UsageRollups,
        ImportKind::Fx,
    ];

    pub fn parse(s: &str) -> Option<ImportKind> {
        ImportKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ImportKind::Catalog => "catalog",
            ImportKind::Accounts => "accounts",
            ImportKind::Subscriptions => "subscriptions",
            ImportKind::Contacts => "contacts",
            ImportKind::Tickets => "tickets",
            ImportKind::Nps => "nps",
            ImportKind::Milestones => "milestones",
            ImportKind::Events => "events",
            ImportKind::UsageRollups => "usage-rollups",
            ImportKind::Fx => "fx",
        }
    }
}

/// Imports one file of the given kind into the workspace, all or nothing.
pub async fn import_file(
    ws: &store::Workspace,
    kind: ImportKind,
    path: &Path,
    events: &EventOptions,
) -> Result<ImportReport, Error> {
    import_file_with(ws, kind, path, &ImportOptions { events: events.clone(), ..Default::default() }).await
}

/// [`import_file`] with the app's options: mapped headers, progress, cancel, dry run. Errors
/// still name `path` and its true line numbers: the file is read as it is, never rewritten.
pub async fn import_file_with(
    ws: &store::Workspace,
    kind: ImportKind,
    path: &Path,
    opts: &ImportOptions,
) -> Result<ImportReport, Error> {
    match kind {
        ImportKind::Catalog => catalog::import(ws, path, opts).await,
        ImportKind::Accounts => accounts::import(ws, path, opts).await,
        ImportKind::Subscriptions => subscriptions::import(ws, path, opts).await,
        ImportKind::Contacts => records::import_contacts(ws, path, opts).await,
        ImportKind::Tickets => records::import_tickets(ws, path, opts).await,
        ImportKind::Nps => records::import_nps(ws, path, opts).await,
        ImportKind::Milestones => records::import_milestones(ws, path, opts).await,
        ImportKind::Events => events::import(ws, path, opts).await,
        ImportKind::UsageRollups => usage_rollups::import(ws, path, opts).await,
        ImportKind::Fx => fx::import(ws, path, opts).await,
    }
}
