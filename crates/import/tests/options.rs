//! The app's import options: mapped headers read like canonical ones (and errors name the
//! file's own header at its true line), absent optional columns read as empty, a dry run
//! counts without storing, progress reaches the end, and a cancel stores nothing.

mod common;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use common::*;
use import::{Error, ImportKind, ImportOptions, ImportProgress};

fn rename(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs.iter().map(|(h, c)| (h.to_string(), c.to_string())).collect()
}

/// CONTACTS with the headers of a CRM export, the columns in another order.
const CONTACTS_CRM: &str = "\
Email,Contact ID,Account,Full Name,Role,title
ada@acme.test,c-1,acme,Ada Lovelace,executive_sponsor,CTO
bob@acme.test,c-2,acme,Bob Byte,champion,
,c-3,globex,Carla Core,admin,
";

fn crm_mapping() -> HashMap<String, String> {
    rename(&[("Email", "email"), ("Contact ID", "contact_id"), ("Account", "account_id"), ("Full Name", "name"), ("Role", "role")])
}

#[tokio::test]
async fn mapped_headers_import_exactly_what_canonical_ones_do() {
    let canonical = workspace().await;
    canonical.base().await;
    let mapped = workspace().await;
    mapped.load(ImportKind::Catalog, "catalog.csv", CATALOG).await;
    mapped.load(ImportKind::Accounts, "accounts.csv", ACCOUNTS).await;
    let p = mapped.file("crm.csv", CONTACTS_CRM);
    let opts = ImportOptions { rename: crm_mapping(), ..Default::default() };
    let report = import::import_file_with(&mapped.ws, ImportKind::Contacts, &p, &opts).await.unwrap();
    assert_eq!((report.rows, report.inserted), (3, 3));
    let mut want = canonical.dump().await;
    let mut got = mapped.dump().await;
    // The import log names each file and hashes its bytes: the files differ on purpose.
    want.remove("imports");
    got.remove("imports");
    assert_eq!(got, want);
}

#[tokio::test]
async fn errors_in_a_mapped_file_name_its_own_header_and_line() {
    let w = workspace().await;
    w.base().await;
    let before = w.dump().await;
    // Row 1 spans lines 2-3 (a quoted line break in `title`), so the bad role is on line 4.
    let p = w.file("crm.csv", "Email,Contact ID,Account,Full Name,Role,title\n,x-1,acme,A,user,\"two\nlines\"\n,x-2,acme,B,boss,\n");
    let opts = ImportOptions { rename: crm_mapping(), ..Default::default() };
    let reason = assert_row_error(import::import_file_with(&w.ws, ImportKind::Contacts, &p, &opts).await, &p, 4, "Role");
    assert!(reason.contains("boss"), "{reason}");
    assert_eq!(w.dump().await, before);
}

#[tokio::test]
async fn csv_events_take_mapped_headers_and_may_lack_the_module() {
    let w = workspace().await;
    w.base().await;
    let p = w.file("ev.csv", "Time,Account,User,Event Name,Message ID\n2026-09-14T12:00:00Z,globex,c-3,funnel_saved,e-1\nyesterday,globex,c-3,x,e-2\n");
    let mut opts = ImportOptions {
        rename: rename(&[("Time", "timestamp"), ("Account", "account_id"), ("User", "user_id"), ("Event Name", "event"), ("Message ID", "message_id")]),
        ..Default::default()
    };
    let missing = import::import_file_with(&w.ws, ImportKind::Events, &p, &opts).await;
    assert!(assert_header_error(missing, &p).contains("missing column module"));
    opts.absent = vec!["module".into()];
    let reason = assert_row_error(import::import_file_with(&w.ws, ImportKind::Events, &p, &opts).await, &p, 3, "Time");
    assert!(reason.contains("\"yesterday\""), "{reason}");
    let p = w.file("ev2.csv", "Time,Account,User,Event Name,Message ID\n2026-09-14T12:00:00Z,globex,c-3,funnel_saved,e-1\n");
    let report = import::import_file_with(&w.ws, ImportKind::Events, &p, &opts).await.unwrap();
    assert_eq!((report.rows, report.inserted), (1, 1));
    // The catalog gives funnel_saved its module, as for a canonical file with an empty cell.
    let got = w.rows("SELECT m.key, u.value_events FROM usage_days u JOIN modules m ON m.id = u.module_id").await;
    assert_eq!(got, [["analysis", "1"]]);
}

#[tokio::test]
async fn mapping_mistakes_are_header_errors() {
    let w = workspace().await;
    w.base().await;
    let p = w.file("crm.csv", CONTACTS_CRM);
    let import = |rename: HashMap<String, String>| {
        let opts = ImportOptions { rename, ..Default::default() };
        let (ws, p) = (&w.ws, p.clone());
        async move { import::import_file_with(ws, ImportKind::Contacts, &p, &opts).await }
    };
    let mut twice = crm_mapping();
    twice.insert("title".into(), "name".into());
    let shown = assert_header_error(import(twice).await, &p);
    assert!(shown.ends_with("column `name` is given by both `Full Name` and `title`"), "{shown}");
    let mut gone = crm_mapping();
    gone.insert("Phone".into(), "email".into());
    let shown = assert_header_error(import(gone).await, &p);
    assert!(shown.ends_with("column `Phone` (chosen for `email`) is not in the file"), "{shown}");
}

#[tokio::test]
async fn absent_columns_read_as_empty_but_needed_ones_cannot_be_absent() {
    let w = workspace().await;
    let p = w.file("a.csv", "account_id,name\nacme,Acme\n");
    let absent: Vec<String> = ["industry", "region", "employees", "owner", "lifecycle_stage", "created_at"].map(String::from).into();
    let opts = ImportOptions { absent: absent.clone(), ..Default::default() };
    let report = import::import_file_with(&w.ws, ImportKind::Accounts, &p, &opts).await.unwrap();
    assert_eq!(report.inserted, 1);
    assert_eq!(w.rows("SELECT external_id, name, industry, employees FROM accounts").await, [["acme", "Acme", "NULL", "NULL"]]);
    // Without the statement, the CLI's rule holds: every column in the header.
    assert_header_error(w.import(ImportKind::Accounts, &p).await, &p);
    let opts = ImportOptions { absent: vec!["name".into()], ..Default::default() };
    let shown = assert_header_error(import::import_file_with(&w.ws, ImportKind::Accounts, &p, &opts).await, &p);
    assert!(shown.ends_with("column `name` needs a value on every row, so the file must have it"), "{shown}");
}

#[tokio::test]
async fn a_dry_run_counts_what_would_change_and_stores_nothing() {
    let w = workspace().await;
    w.base().await;
    let before = w.dump().await;
    let p = w.file("tickets.csv", TICKETS);
    let dry = ImportOptions { dry_run: true, ..Default::default() };
    let report = import::import_file_with(&w.ws, ImportKind::Tickets, &p, &dry).await.unwrap();
    assert_eq!((report.rows, report.inserted, report.updated, report.unchanged), (2, 2, 0, 0));
    assert_eq!(w.dump().await, before);
    assert_eq!(w.import(ImportKind::Tickets, &p).await.unwrap(), report);
}

/// `n` accounts: a file of about 40 bytes a row.
fn many_accounts(n: usize) -> String {
    let mut s = String::from("account_id,name,industry,region,employees,owner,lifecycle_stage,created_at\n");
    for i in 0..n {
        s.push_str(&format!("a-{i:06},Account {i},,,{i},,,\n"));
    }
    s
}

/// Options whose progress hook records every report and sets the cancel flag once the
/// import has read `cancel_at` of the file (never, above 1).
fn watched(cancel_at: f64) -> (ImportOptions, Arc<Mutex<Vec<ImportProgress>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let cancel = Arc::new(AtomicBool::new(false));
    let (sink, flag) = (seen.clone(), cancel.clone());
    let progress = move |p: ImportProgress| {
        if p.bytes_read as f64 >= cancel_at * p.bytes_total as f64 {
            flag.store(true, Ordering::Relaxed);
        }
        sink.lock().unwrap().push(p);
    };
    (ImportOptions { progress: Some(Arc::new(progress)), cancel: Some(cancel), ..Default::default() }, seen)
}

#[tokio::test]
async fn progress_goes_up_to_the_file_size_in_modest_steps() {
    let w = workspace().await;
    let p = w.file("accounts.csv", many_accounts(20_000));
    let size = std::fs::metadata(&p).unwrap().len();
    let (opts, seen) = watched(2.0);
    import::import_file_with(&w.ws, ImportKind::Accounts, &p, &opts).await.unwrap();
    let seen = seen.lock().unwrap().clone();
    assert!(seen.windows(2).all(|w| w[0].bytes_read <= w[1].bytes_read && w[0].rows <= w[1].rows), "{seen:?}");
    assert_eq!(*seen.last().unwrap(), ImportProgress { bytes_read: size, bytes_total: size, rows: 20_000 });
    // About one report per 64 KiB (the file is under 6.4 MB, so 1% is less than that).
    assert!(seen.len() as u64 <= size / 65_536 + 2, "{} reports for {size} bytes", seen.len());
}

#[tokio::test]
async fn a_cancelled_csv_import_stores_none_of_the_rows_it_already_wrote() {
    let w = workspace().await;
    w.base().await;
    let before = w.dump().await;
    let p = w.file("accounts.csv", many_accounts(5_000));
    let (opts, seen) = watched(0.5);
    match import::import_file_with(&w.ws, ImportKind::Accounts, &p, &opts).await {
        Err(e @ Error::Cancelled { .. }) => {
            assert_eq!(e.code(), "cancelled");
            assert_eq!(e.to_string(), format!("{}: import cancelled; nothing was imported", p.display()));
        }
        other => panic!("expected a cancel, got {other:?}"),
    }
    // Rows up to half the file were inserted in the transaction before the cancel.
    assert!(seen.lock().unwrap().last().unwrap().rows >= 2_000);
    assert_eq!(w.dump().await, before);
}

#[tokio::test]
async fn a_cancelled_event_import_stores_nothing() {
    let w = workspace().await;
    w.base().await;
    let before = w.dump().await;
    let mut s = String::new();
    for i in 0..300_000 {
        s.push_str(&format!(
            "{{\"event\":\"report_viewed\",\"userId\":\"u{}\",\"messageId\":\"m{i}\",\"timestamp\":\"2026-09-{:02}T10:00:00Z\",\"context\":{{\"groupId\":\"acme\"}}}}\n",
            i % 50,
            1 + i / 20_000
        ));
    }
    let p = w.file("events.jsonl", s);
    // Past the first 256k-event batch, which the writer may already have rolled up.
    let (opts, seen) = watched(0.95);
    let got = import::import_file_with(&w.ws, ImportKind::Events, &p, &opts).await;
    assert!(matches!(got, Err(Error::Cancelled { .. })), "{got:?}");
    assert!(seen.lock().unwrap().last().unwrap().rows > 262_144);
    assert_eq!(w.dump().await, before);
    // Nothing was recorded as imported: the same file imports in full afterwards.
    let report = w.import(ImportKind::Events, &p).await.unwrap();
    assert_eq!((report.rows, report.inserted), (300_000, 300_000));
}
