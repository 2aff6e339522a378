//! Contacts, tickets, NPS responses and milestones: rows that belong to an account.
//! An unknown account id is an error naming the line, never a silent drop.

use std::collections::HashMap;
use std::path::Path;

use domain::{ContactRole, Day, OwnerSide, Priority, Timestamp};
use i18n::{Arg, Text};
use sqlx::{Sqlite, SqliteConnection, Transaction};

use crate::source::{in_range, CsvFile, Row};
use crate::{Error, ImportKind, ImportOptions, ImportReport};

/// Refuses a key that appears twice in one file: the second row would silently win.
#[derive(Default)]
pub(crate) struct Seen(HashMap<String, u64>);

impl Seen {
    pub(crate) fn check(&mut self, row: &Row<'_>, field: &str, key: &str) -> Result<(), Error> {
        if let Some(first) = self.0.insert(key.to_string(), row.line) {
            return Err(row.err(field, Text::new("error-import-duplicate").arg("value", Arg::Str(key.to_string())).arg("line", Arg::Int(first as i64))));
        }
        Ok(())
    }
}

pub(crate) fn tally(report: &mut ImportReport, existed: bool, affected: u64) {
    match (existed, affected) {
        (false, _) => report.inserted += 1,
        (true, 0) => report.unchanged += 1,
        (true, _) => report.updated += 1,
    }
}

/// Logs the import when it changed something (a repeat import changes nothing, not even
/// the log) and commits (or rolls back: a dry run, a cancel).
pub(crate) async fn finish(
    mut tx: Transaction<'static, Sqlite>,
    csv: CsvFile,
    mut report: ImportReport,
    opts: &ImportOptions,
) -> Result<ImportReport, Error> {
    let path = csv.path.clone();
    let sha = csv.finish();
    report.resolve_accounts(&mut tx).await?;
    log_import(&mut tx, &report, &sha).await?;
    opts.commit(tx, &path).await?;
    Ok(report)
}

pub(crate) async fn log_import(conn: &mut SqliteConnection, report: &ImportReport, sha: &str) -> Result<(), Error> {
    if report.changed() {
        let name = Path::new(&report.file).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        sqlx::query(
            "INSERT INTO imports(kind, file_name, content_hash, rows, inserted, updated, imported_at)
             VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
        )
        .bind(&report.kind)
        .bind(name)
        .bind(sha)
        .bind(report.rows as i64)
        .bind(report.inserted as i64)
        .bind(report.updated as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The workspace's accounts by external id.
pub(crate) async fn account_ids(conn: &mut SqliteConnection) -> Result<HashMap<String, i64>, Error> {
    let rows: Vec<(String, i64)> = sqlx::query_as("SELECT external_id, id FROM accounts").fetch_all(&mut *conn).await?;
    Ok(rows.into_iter().collect())
}

pub(crate) fn account(row: &Row<'_>, accounts: &HashMap<String, i64>) -> Result<i64, Error> {
    let id = row.req("account_id")?;
    accounts
        .get(id)
        .copied()
        .ok_or_else(|| row.err("account_id", Text::new("error-import-unknown-account").arg("account", Arg::Str(id.to_string()))))
}

fn later(row: &Row<'_>, field: &str, t: Option<Timestamp>, opened: Timestamp) -> Result<Option<String>, Error> {
    match t {
        Some(t) if t < opened => Err(row.err(
            field,
            Text::new("error-import-before-opened").arg("value", Arg::Str(t.to_string())).arg("opened", Arg::Str(opened.to_string())),
        )),
        other => Ok(other.map(|t| t.to_string())),
    }
}

pub(crate) async fn import_contacts(ws: &store::Workspace, path: &Path, opts: &ImportOptions) -> Result<ImportReport, Error> {
    let (mut csv, mut report, mut tx, accounts) = begin_child(ws, path, ImportKind::Contacts, opts).await?;
    let mut seen = Seen::default();
    while let Some(row) = csv.next()? {
        report.rows += 1;
        let id = row.req("contact_id")?;
        seen.check(&row, "contact_id", id)?;
        let account = account(&row, &accounts)?;
        let name = row.req("name")?;
        let email = row.opt("email");
        if let Some(e) = email.filter(|e| !e.contains('@')) {
            return Err(row.err("email", Text::new("error-import-email").arg("got", Arg::Str(e.to_string()))));
        }
        let role = row.req_with("role", ContactRole::parse)?.as_str();
        let query = sqlx::query(
            "INSERT INTO contacts(external_id, account_id, name, email, role, attributes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(external_id) DO UPDATE SET account_id = ?2, name = ?3, email = ?4, role = ?5, attributes = ?6
             WHERE (account_id, name, email, role, attributes) IS NOT (?2, ?3, ?4, ?5, ?6)",
        )
        .bind(id)
        .bind(account)
        .bind(name)
        .bind(email)
        .bind(role)
        .bind(row.extras_json());
        let (previous, affected) = upsert(&mut tx, &mut report, "SELECT account_id FROM contacts WHERE external_id = ?", id, query).await?;
        report.touch(account, previous, affected);
    }
    // Product users seen in events before their contact row existed get linked now.
    link_users_to_contacts(&mut tx).await?;
    finish(tx, csv, report, opts).await
}

/// Links product users (event user ids) to contacts whose id or email they are, so that
/// core-user activity (sponsor, admins, champions) can be measured whichever came first.
pub(crate) async fn link_users_to_contacts(conn: &mut SqliteConnection) -> Result<(), Error> {
    sqlx::query(
        "UPDATE users SET contact_id = (SELECT c.id FROM contacts c WHERE c.account_id = users.account_id
                AND (c.external_id = users.external_id OR lower(c.email) = lower(users.external_id)))
         WHERE contact_id IS NULL",
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn import_tickets(ws: &store::Workspace, path: &Path, opts: &ImportOptions) -> Result<ImportReport, Error> {
    let (mut csv, mut report, mut tx, accounts) = begin_child(ws, path, ImportKind::Tickets, opts).await?;
    let mut seen = Seen::default();
    while let Some(row) = csv.next()? {
        report.rows += 1;
        let id = row.req("ticket_id")?;
        seen.check(&row, "ticket_id", id)?;
        let account = account(&row, &accounts)?;
        let opened = row.req_with("opened_at", Timestamp::parse)?;
        let first = later(&row, "first_response_at", row.opt_with("first_response_at", Timestamp::parse)?, opened)?;
        let resolved = later(&row, "resolved_at", row.opt_with("resolved_at", Timestamp::parse)?, opened)?;
        let priority = row.req_with("priority", Priority::parse)?.as_str();
        let csat = row.opt_with("csat", in_range(1, 5))?;
        let query = sqlx::query(
            "INSERT INTO tickets(external_id, account_id, opened_at, first_response_at, resolved_at, priority, csat, attributes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT(external_id) DO UPDATE SET account_id = ?2, opened_at = ?3, first_response_at = ?4,
                 resolved_at = ?5, priority = ?6, csat = ?7, attributes = ?8
             WHERE (account_id, opened_at, first_response_at, resolved_at, priority, csat, attributes)
                   IS NOT (?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .bind(id)
        .bind(account)
        .bind(opened.to_string())
        .bind(first)
        .bind(resolved)
        .bind(priority)
        .bind(csat)
        .bind(row.extras_json());
        let (previous, affected) = upsert(&mut tx, &mut report, "SELECT account_id FROM tickets WHERE external_id = ?", id, query).await?;
        report.touch(account, previous, affected);
    }
    finish(tx, csv, report, opts).await
}

pub(crate) async fn import_nps(ws: &store::Workspace, path: &Path, opts: &ImportOptions) -> Result<ImportReport, Error> {
    let (mut csv, mut report, mut tx, accounts) = begin_child(ws, path, ImportKind::Nps, opts).await?;
    let contacts: HashMap<String, (i64, i64)> =
        sqlx::query_as::<_, (String, i64, i64)>("SELECT external_id, id, account_id FROM contacts")
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .map(|(e, id, a)| (e, (id, a)))
            .collect();
    let mut seen = Seen::default();
    while let Some(row) = csv.next()? {
        report.rows += 1;
        let id = row.req("response_id")?;
        seen.check(&row, "response_id", id)?;
        let account = account(&row, &accounts)?;
        let contact = match row.opt("contact_id") {
            None => None,
            Some(c) => match contacts.get(c) {
                Some((cid, a)) if *a == account => Some(*cid),
                Some(_) => return Err(row.err("contact_id", Text::new("error-import-contact-other-account").arg("contact", Arg::Str(c.to_string())))),
                None => return Err(row.err("contact_id", Text::new("error-import-unknown-contact").arg("contact", Arg::Str(c.to_string())))),
            },
        };
        let at = row.req_with("responded_at", Timestamp::parse)?.to_string();
        let score = row.req_with("score", in_range(0, 10))?;
        // Comments keep their inner whitespace and line breaks; only the ends are trimmed.
        let comment = row.opt("comment");
        let query = sqlx::query(
            "INSERT INTO nps_responses(external_id, account_id, contact_id, responded_at, score, comment, attributes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(external_id) DO UPDATE SET account_id = ?2, contact_id = ?3, responded_at = ?4, score = ?5,
                 comment = ?6, attributes = ?7
             WHERE (account_id, contact_id, responded_at, score, comment, attributes) IS NOT (?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .bind(id)
        .bind(account)
        .bind(contact)
        .bind(at)
        .bind(score)
        .bind(comment)
        .bind(row.extras_json());
        let (previous, affected) = upsert(&mut tx, &mut report, "SELECT account_id FROM nps_responses WHERE external_id = ?", id, query).await?;
        report.touch(account, previous, affected);
    }
    finish(tx, csv, report, opts).await
}

pub(crate) async fn import_milestones(ws: &store::Workspace, path: &Path, opts: &ImportOptions) -> Result<ImportReport, Error> {
    let (mut csv, mut report, mut tx, accounts) = begin_child(ws, path, ImportKind::Milestones, opts).await?;
    let mut seen = Seen::default();
    while let Some(row) = csv.next()? {
        report.rows += 1;
        let id = row.req("milestone_id")?;
        seen.check(&row, "milestone_id", id)?;
        let account = account(&row, &accounts)?;
        let title = row.req("title")?;
        let side = row.req_with("owner_side", OwnerSide::parse)?.as_str();
        let due = row.req_with("due_date", Day::parse_lenient)?.to_string();
        // An empty cell means "not done in the file": it never reopens a milestone completed
        // since (in the app, or by an earlier file); a date in the file always applies.
        let done = row.opt_with("completed_at", Timestamp::parse)?.map(|t| t.to_string());
        // Every account with milestones has one success plan that groups them.
        sqlx::query(
            "INSERT OR IGNORE INTO success_plans(account_id, created_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
        )
        .bind(account)
        .execute(&mut *tx)
        .await?;
        let query = sqlx::query(
            "INSERT INTO milestones(external_id, plan_id, account_id, title, owner_side, due_day, completed_at, attributes)
             VALUES (?1, (SELECT id FROM success_plans WHERE account_id = ?2), ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(external_id) DO UPDATE SET plan_id = (SELECT id FROM success_plans WHERE account_id = ?2),
                 account_id = ?2, title = ?3, owner_side = ?4, due_day = ?5, completed_at = COALESCE(?6, completed_at), attributes = ?7
             WHERE (account_id, title, owner_side, due_day, completed_at, attributes) IS NOT (?2, ?3, ?4, ?5, COALESCE(?6, completed_at), ?7)",
        )
        .bind(id)
        .bind(account)
        .bind(title)
        .bind(side)
        .bind(due)
        .bind(done)
        .bind(row.extras_json());
        let (previous, affected) = upsert(&mut tx, &mut report, "SELECT account_id FROM milestones WHERE external_id = ?", id, query).await?;
        report.touch(account, previous, affected);
    }
    finish(tx, csv, report, opts).await
}

/// The start every child-record import shares: the checked CSV, an empty report, the
/// write transaction, and the workspace's accounts by external id.
pub(crate) async fn begin_child(
    ws: &store::Workspace,
    path: &Path,
    kind: ImportKind,
    opts: &ImportOptions,
) -> Result<(CsvFile, ImportReport, Transaction<'static, Sqlite>, HashMap<String, i64>), Error> {
    let csv = CsvFile::open_kind(path, kind, opts)?;
    let mut tx = ws.write().await?;
    let accounts = account_ids(&mut tx).await?;
    Ok((csv, ImportReport::by_account(kind.as_str(), path), tx, accounts))
}

/// Runs an upsert of the row keyed `id` and counts it as inserted, updated or unchanged: the
/// upserts only write when a value differs. `key_sql` reads a column of the row as it is
/// before (its account, for rows that belong to one), returned with the rows written.
pub(crate) async fn upsert(
    conn: &mut SqliteConnection,
    report: &mut ImportReport,
    key_sql: &'static str,
    id: &str,
    query: sqlx::query::Query<'_, Sqlite, sqlx::sqlite::SqliteArguments>,
) -> Result<(Option<i64>, u64), Error> {
    let previous: Option<i64> = sqlx::query_scalar(key_sql).bind(id).fetch_optional(&mut *conn).await?;
    let affected = query.execute(&mut *conn).await?.rows_affected();
    tally(report, previous.is_some(), affected);
    Ok((previous, affected))
}
