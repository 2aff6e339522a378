//! Shared helpers for the import integration tests: a fresh encrypted workspace per test,
//! small inline fixtures, a full dump of every table, and error-shape assertions.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use import::{Error, EventOptions, ImportKind, ImportReport};
use sqlx::Row;

/// A workspace in its own temporary directory; fixture files are written next to it.
pub struct Ws {
    pub dir: tempfile::TempDir,
    pub ws: store::Workspace,
}

pub async fn workspace() -> Ws {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = store::Workspace::create(&dir.path().join("test.waypoint"), store::KeyChoice::passphrase("pw"))
        .await
        .expect("create workspace");
    Ws { dir, ws }
}

impl Ws {
    /// Writes a fixture file into the workspace's directory.
    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, contents).expect("write fixture");
        p
    }

    pub async fn import(&self, kind: ImportKind, path: &Path) -> Result<ImportReport, Error> {
        import::import_file(&self.ws, kind, path, &EventOptions::default()).await
    }

    pub async fn import_with(&self, kind: ImportKind, path: &Path, opts: &EventOptions) -> Result<ImportReport, Error> {
        import::import_file(&self.ws, kind, path, opts).await
    }

    /// Writes `contents` to `name` and imports it; panics on error.
    pub async fn load(&self, kind: ImportKind, name: &str, contents: &str) -> ImportReport {
        let p = self.file(name, contents);
        self.import(kind, &p).await.unwrap_or_else(|e| panic!("importing {name}: {e}"))
    }

    /// Catalog, accounts and contacts: the base most tests build on.
    pub async fn base(&self) {
        self.load(ImportKind::Catalog, "catalog.csv", CATALOG).await;
        self.load(ImportKind::Accounts, "accounts.csv", ACCOUNTS).await;
        self.load(ImportKind::Contacts, "contacts.csv", CONTACTS).await;
    }

    /// Base plus every other CSV kind: a workspace with something in every table.
    pub async fn full(&self) {
        self.base().await;
        self.load(ImportKind::Subscriptions, "subscriptions.csv", SUBSCRIPTIONS).await;
        self.load(ImportKind::Tickets, "tickets.csv", TICKETS).await;
        self.load(ImportKind::Nps, "nps.csv", NPS).await;
        self.load(ImportKind::Milestones, "milestones.csv", MILESTONES).await;
    }

    pub async fn scalar(&self, sql: &str) -> i64 {
        sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.to_string()))
            .fetch_one(self.ws.pool())
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// Every row of the query as text cells (NULL as `NULL`, text unquoted).
    pub async fn rows(&self, sql: &str) -> Vec<Vec<String>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
            .fetch_all(self.ws.pool())
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        rows.iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| {
                        if let Ok(v) = r.try_get::<Option<i64>, _>(i) {
                            return v.map(|v| v.to_string()).unwrap_or_else(|| "NULL".into());
                        }
                        r.try_get::<Option<String>, _>(i)
                            .unwrap_or_else(|e| panic!("{sql}: column {i}: {e}"))
                            .unwrap_or_else(|| "NULL".into())
                    })
                    .collect()
            })
            .collect()
    }

    /// The text of every row of every table (migrations bookkeeping aside), sorted.
    pub async fn dump(&self) -> BTreeMap<String, Vec<String>> {
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND name NOT LIKE '_sqlx%' ORDER BY name",
        )
        .fetch_all(self.ws.pool())
        .await
        .expect("tables");
        let mut out = BTreeMap::new();
        for t in tables {
            let cols: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT name FROM pragma_table_info('{t}') ORDER BY cid"
            )))
            .fetch_all(self.ws.pool())
            .await
            .expect("columns");
            let expr = cols.iter().map(|c| format!("quote(\"{c}\")")).collect::<Vec<_>>().join(" || '|' || ");
            let mut rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT {expr} FROM \"{t}\"")))
                .fetch_all(self.ws.pool())
                .await
                .expect("dump");
            rows.sort();
            out.insert(t, rows);
        }
        out
    }

    /// Row count of every table.
    pub async fn counts(&self) -> BTreeMap<String, usize> {
        self.dump().await.into_iter().map(|(t, r)| (t, r.len())).collect()
    }
}

/// Asserts a row error at exactly `line` and `field`, with a Display of the form
/// `FILE:LINE: field `F`: reason`. Returns the reason.
#[track_caller]
pub fn assert_row_error(r: Result<ImportReport, Error>, path: &Path, line: u64, field: &str) -> String {
    let e = match r {
        Ok(rep) => panic!("expected an error at {}:{line} field {field}, got {rep:?}", path.display()),
        Err(e) => e,
    };
    let shown = e.to_string();
    match &e {
        Error::Row { file, line: l, field: f, reason } => {
            assert_eq!((file.as_path(), *l, f.as_str()), (path, line, field), "{shown}");
            let reason = reason.render(i18n::Lang::En);
            assert_eq!(shown, format!("{}:{line}: field `{field}`: {reason}", path.display()));
            assert_eq!(e.text().render(i18n::Lang::En), shown, "the catalogue's English is the Display's");
            assert_eq!(e.code(), "bad_row");
            reason
        }
        other => panic!("expected Error::Row at line {line} field {field}, got {other:?} ({shown})"),
    }
}

#[track_caller]
pub fn assert_header_error(r: Result<ImportReport, Error>, path: &Path) -> String {
    match r {
        Err(e @ Error::Header { .. }) => {
            let shown = e.to_string();
            assert!(shown.starts_with(&format!("{}:1: header: ", path.display())), "{shown}");
            assert_eq!(e.code(), "bad_header");
            shown
        }
        other => panic!("expected Error::Header, got {other:?}"),
    }
}

#[track_caller]
pub fn assert_file_error(r: Result<ImportReport, Error>, path: &Path) -> String {
    match r {
        Err(e @ Error::File { .. }) => {
            let shown = e.to_string();
            assert!(shown.starts_with(&format!("{}: ", path.display())), "{shown}");
            assert_eq!(e.code(), "bad_file");
            shown
        }
        other => panic!("expected Error::File, got {other:?}"),
    }
}

pub fn attrs(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("attributes {s:?} are not JSON: {e}"))
}

pub const CATALOG: &str = "\
event,module,feature,value_event
report_viewed,visualisation,reports,false
funnel_saved,analysis,funnels,true
source_connected,data_collection,,no
alert_created,Monitoring,alerts,yes
";

pub const ACCOUNTS: &str = "\
account_id,name,industry,region,employees,owner,lifecycle_stage,created_at,tier,health_note
acme,Acme Corp,Manufacturing,EMEA,1200,Dana Scully,adoption,2025-01-15,gold,
globex,Globex,Energy,NA,,Fox Mulder,onboarding,2025-03-01T10:00:00Z,,watch
initech,Initech,,APAC,50,Dana Scully,,,silver,
42,Numeric Inc,Retail,EMEA,7,,value,2024-12-31,,
";

pub const CONTACTS: &str = "\
contact_id,account_id,name,email,role,title
c-1,acme,Ada Lovelace,ada@acme.test,executive_sponsor,CTO
c-2,acme,Bob Byte,bob@acme.test,champion,
c-3,globex,Carla Core,,admin,
";

pub const SUBSCRIPTIONS: &str = "\
account_id,subscription_id,plan,mrr,currency,start_date,end_date,modules,po_number
acme,sub-1,Growth,1250.50,USD,2025-01-15,2025-07-15,analysis;visualisation,PO-1
acme,sub-1,Scale,2000,USD,2025-07-15,,analysis;visualisation; Monitoring ,PO-2
globex,sub-2,Starter,99.9,EUR,2025-03-01,,,
";

pub const TICKETS: &str = "\
ticket_id,account_id,opened_at,first_response_at,resolved_at,priority,csat,channel
t-1,acme,2026-09-01T09:00:00Z,2026-09-01T09:30:00+00:00,2026-09-02T10:00:00+02:00,high,4,email
t-2,globex,2026-09-03T23:30:00-02:00,,,Urgent,,
";

pub const NPS: &str = "\
response_id,account_id,contact_id,responded_at,score,comment,survey
n-1,acme,c-1,2026-09-10T12:00:00Z,9,\"Great, really \"\"great\"\"
second line\",q3
n-2,globex,,2026-09-11,3,,
";

pub const MILESTONES: &str = "\
milestone_id,account_id,title,owner_side,due_date,completed_at,phase
m-1,acme,Connect data sources,customer,2026-10-01,,onboarding
m-2,acme,First QBR,vendor,2026-11-15T00:00:00Z,2026-11-10T16:00:00Z,
m-3,globex,Kickoff,Vendor,2026-09-20,,
";
