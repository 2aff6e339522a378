//! The import screen's calls on small hand-made files whose expected answers are written out
//! below: the preview and its suggested mapping, a bad row reported by line and field with
//! nothing stored, a repeat import changing nothing, a mapped file importing what the
//! canonical one does, a dry run, and a cancel that leaves the workspace as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use store::{KeyChoice, Workspace};
use views::import_flow::{self, ColumnMatch, ImportOutcome, ImportProgress, ImportRequest, UnknownAccountsChoice};
use views::{Config, Session};

const ACCOUNTS: &str = "\
account_id,name,industry,region,employees,owner,lifecycle_stage,created_at
acme,Acme Corp,Manufacturing,,1200,Dana Scully,adoption,2025-01-15
globex,Globex,Energy,,,Fox Mulder,onboarding,2025-03-01
";

/// The same accounts as a CRM exports them: other names, another order, no region column
/// (ACCOUNTS has no regions either).
const ACCOUNTS_CRM: &str = "\
Company Name,Account ID,Industry,Headcount,CSM,Stage,Created
Acme Corp,acme,Manufacturing,1200,Dana Scully,adoption,2025-01-15
Globex,globex,Energy,,Fox Mulder,onboarding,2025-03-01
";

struct Fixture {
    dir: tempfile::TempDir,
    session: Session,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("import")).await.unwrap();
    Fixture { dir, session: Session::new(ws, Config::default()) }
}

impl Fixture {
    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, contents).unwrap();
        p
    }

    async fn try_run(&self, path: &Path, kind: &str, mapping: Vec<ColumnMatch>, dry_run: bool) -> Result<ImportOutcome, views::Error> {
        let request = ImportRequest {
            path: path.display().to_string(),
            kind: kind.into(),
            mapping,
            unknown_accounts: UnknownAccountsChoice::Error,
            dry_run,
        };
        import_flow::run(&self.session, &request, |_| {}, Arc::new(AtomicBool::new(false))).await
    }

    async fn run(&self, path: &Path, kind: &str, mapping: Vec<ColumnMatch>, dry_run: bool) -> ImportOutcome {
        self.try_run(path, kind, mapping, dry_run).await.unwrap()
    }

    /// Row count of every table.
    async fn counts(&self) -> BTreeMap<String, i64> {
        let pool = self.session.workspace().pool();
        let tables: Vec<String> =
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'")
                .fetch_all(pool)
                .await
                .unwrap();
        let mut out = BTreeMap::new();
        for t in tables {
            let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT count(*) FROM \"{t}\""))).fetch_one(pool).await.unwrap();
            out.insert(t, n);
        }
        out
    }

    async fn accounts(&self) -> Vec<(String, String, Option<String>, Option<String>, Option<i64>, Option<String>, Option<String>)> {
        sqlx::query_as(
            "SELECT a.external_id, a.name, a.industry, a.region, a.employees, o.name, a.created_at
               FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id ORDER BY a.external_id",
        )
        .fetch_all(self.session.workspace().pool())
        .await
        .unwrap()
    }
}

fn matched(pairs: &[(&str, Option<&str>)]) -> Vec<ColumnMatch> {
    pairs.iter().map(|(c, h)| ColumnMatch { column: c.to_string(), header: h.map(String::from) }).collect()
}

#[tokio::test]
async fn the_preview_shows_the_first_rows_and_suggests_a_mapping() {
    let f = fixture().await;
    let mut csv = String::from("Contact ID,Account,Full Name,E-mail,Role,Title\n");
    for i in 1..=25 {
        csv.push_str(&format!("c-{i},acme,Person {i},p{i}@acme.test,user,\n"));
    }
    let p = f.file("export.csv", &csv);
    let got = import_flow::preview(&p, None).unwrap();
    assert_eq!((got.kind.as_deref(), got.detected.as_deref(), got.format.as_str()), (Some("contacts"), Some("contacts"), "csv"));
    assert_eq!(got.headers, ["Contact ID", "Account", "Full Name", "E-mail", "Role", "Title"]);
    assert_eq!(got.rows.len(), 20);
    assert!(got.more_rows);
    assert_eq!((got.rows[0].line, got.rows[19].line), (2, 21));
    assert_eq!(got.rows[19].cells, ["c-20", "acme", "Person 20", "p20@acme.test", "user", ""]);
    let want = [
        ("contact_id", Some("Contact ID")),
        ("account_id", Some("Account")),
        ("name", Some("Full Name")),
        ("email", Some("E-mail")),
        ("role", Some("Role")),
    ];
    assert_eq!(got.mapping, matched(&want));
    assert!(got.missing.is_empty() && got.needs_mapping && got.mappable);
    assert_eq!(got.columns.iter().filter(|c| c.required).map(|c| c.name.as_str()).collect::<Vec<_>>(), ["contact_id", "account_id", "name", "role"]);

    // Asked as accounts, `Account` still gives account_id but nothing gives an account's
    // name (`Full Name` is a person's), so the import could not run yet.
    let got = import_flow::preview(&p, Some("accounts")).unwrap();
    assert_eq!((got.kind.as_deref(), got.detected.as_deref()), (Some("accounts"), Some("contacts")));
    assert_eq!(got.missing, ["name"]);
    assert_eq!(got.mapping[0], matched(&[("account_id", Some("Account"))])[0]);

    // A canonical file needs no mapping.
    let p = f.file("accounts.csv", ACCOUNTS);
    let got = import_flow::preview(&p, None).unwrap();
    assert_eq!((got.kind.as_deref(), got.rows.len(), got.more_rows, got.needs_mapping), (Some("accounts"), 2, false, false));

    // Long cells are cut to 200 characters and an ellipsis.
    let p = f.file("nps.csv", format!("response_id,comment\nn-1,{}\n", "é".repeat(300)));
    let got = import_flow::preview(&p, Some("nps")).unwrap();
    assert_eq!(got.rows[0].cells[1], format!("{}…", "é".repeat(200)));
    assert!(import_flow::preview(f.dir.path(), None).is_err(), "a folder is not a file");
}

#[tokio::test]
async fn mapping_mistakes_are_refused_before_anything_is_read() {
    let f = fixture().await;
    let p = f.file("crm.csv", ACCOUNTS_CRM);
    let refused = |e: Result<ImportOutcome, views::Error>| match e {
        Err(e) => (e.code(), e.to_string()),
        Ok(o) => panic!("expected a refusal, got {o:?}"),
    };
    let twice = matched(&[("account_id", Some("Account ID")), ("name", Some("Account ID"))]);
    assert_eq!(
        refused(f.try_run(&p, "accounts", twice, false).await),
        ("invalid_request", "the file's column `Account ID` is chosen for both `account_id` and `name`".into())
    );
    let unmapped = matched(&[("name", None)]);
    assert_eq!(
        refused(f.try_run(&p, "accounts", unmapped, false).await),
        ("invalid_request", "choose the file's column for `name`: every row needs one".into())
    );
    let foreign = matched(&[("score", Some("Stage"))]);
    assert_eq!(refused(f.try_run(&p, "accounts", foreign, false).await).1, "`score` is not a column of accounts files");
    assert_eq!(refused(f.try_run(&p, "deals", vec![], false).await).0, "invalid_request");
    // Without a mapping the CRM file is a header problem, reported like a bad row.
    let got = f.run(&p, "accounts", vec![], false).await.problem.unwrap();
    assert_eq!((got.code.as_str(), got.line, got.field), ("bad_header", Some(1), None));
    assert!(got.reason.starts_with("missing column(s) account_id, name, industry, region"), "{}", got.reason);
}

#[tokio::test]
async fn a_bad_row_is_reported_by_line_and_field_and_nothing_is_imported() {
    let f = fixture().await;
    f.run(&f.file("accounts.csv", ACCOUNTS), "accounts", vec![], false).await;
    let before = f.counts().await;
    // Rows on lines 2, 3-4 (a quoted line break) and 5; line 5's role is not a role.
    let p = f.file("contacts.csv", "contact_id,account_id,name,email,role\nc-1,acme,Ada,,admin\nc-2,acme,\"Bob\nByte\",,user\nc-3,globex,Cy,,boss\n");
    let got = f.run(&p, "contacts", vec![], false).await;
    assert_eq!(got.counts, None);
    let problem = got.problem.expect("a problem");
    assert_eq!((problem.code.as_str(), problem.line, problem.field.as_deref()), ("bad_row", Some(5), Some("role")));
    assert_eq!(problem.file, p.display().to_string());
    assert!(problem.reason.contains("boss"), "{}", problem.reason);
    assert_eq!(problem.message, format!("{}:5: field `role`: {}", p.display(), problem.reason));
    assert_eq!(f.counts().await, before);
}

#[tokio::test]
async fn reimporting_a_good_file_changes_nothing() {
    let f = fixture().await;
    let p = f.file("accounts.csv", ACCOUNTS);
    let first = f.run(&p, "accounts", vec![], false).await.counts.unwrap();
    assert_eq!((first.rows, first.inserted, first.updated, first.unchanged), (2, 2, 0, 0));
    let before = f.counts().await;
    let rows = f.accounts().await;
    let again = f.run(&p, "accounts", vec![], false).await.counts.unwrap();
    assert_eq!((again.rows, again.inserted, again.updated, again.unchanged, again.skipped), (2, 0, 0, 2, 0));
    assert_eq!(f.counts().await, before);
    assert_eq!(f.accounts().await, rows);
}

#[tokio::test]
async fn a_mapped_file_imports_the_same_rows_as_the_canonical_one() {
    let canonical = fixture().await;
    canonical.run(&canonical.file("accounts.csv", ACCOUNTS), "accounts", vec![], false).await;
    let mapped = fixture().await;
    let p = mapped.file("crm.csv", ACCOUNTS_CRM);
    let preview = import_flow::preview(&p, Some("accounts")).unwrap();
    let want = [
        ("account_id", Some("Account ID")),
        ("name", Some("Company Name")),
        ("industry", Some("Industry")),
        ("region", None),
        ("employees", Some("Headcount")),
        ("owner", Some("CSM")),
        ("lifecycle_stage", Some("Stage")),
        ("created_at", Some("Created")),
    ];
    assert_eq!(preview.mapping, matched(&want));
    let got = mapped.run(&p, "accounts", preview.mapping, false).await;
    assert_eq!(got.problem, None);
    assert_eq!(got.counts.unwrap().inserted, 2);
    assert_eq!(mapped.accounts().await, canonical.accounts().await);
    assert_eq!(mapped.counts().await, canonical.counts().await);
}

#[tokio::test]
async fn a_dry_run_counts_without_storing_and_an_import_refreshes_the_screens() {
    let f = fixture().await;
    assert_eq!(views::accounts::accounts(&f.session).await.unwrap().rows.len(), 0);
    let before = f.counts().await;
    let p = f.file("accounts.csv", ACCOUNTS);
    let dry = f.run(&p, "accounts", vec![], true).await;
    assert!(dry.dry_run);
    assert_eq!(dry.counts.unwrap().inserted, 2);
    assert_eq!(f.counts().await, before);
    f.run(&p, "accounts", vec![], false).await;
    // The cached snapshot was dropped: the accounts screen sees the import.
    assert_eq!(views::accounts::accounts(&f.session).await.unwrap().rows.len(), 2);
}

#[tokio::test]
async fn a_cancel_mid_import_of_a_large_events_file_leaves_the_workspace_as_it_was() {
    let f = fixture().await;
    f.run(&f.file("accounts.csv", ACCOUNTS), "accounts", vec![], false).await;
    let before = f.counts().await;
    let mut s = String::new();
    for i in 0..200_000 {
        let day = 1 + i / 10_000;
        s.push_str(&format!(
            "{{\"event\":\"report_viewed\",\"userId\":\"u{}\",\"messageId\":\"m{i}\",\"timestamp\":\"2026-09-{day:02}T10:00:00Z\",\"context\":{{\"groupId\":\"acme\"}}}}\n",
            i % 40
        ));
    }
    let p = f.file("events.jsonl", s);
    let jobs = import_flow::Jobs::new("an import");
    let job = jobs.start().unwrap();
    assert!(jobs.start().is_err(), "one import at a time");
    let seen = Arc::new(Mutex::new(Vec::<ImportProgress>::new()));
    let sink = seen.clone();
    // The cancel comes from the progress hook at half the file, as a click would mid-import.
    let cancel = job.cancel_flag();
    let hook = {
        let cancel = cancel.clone();
        move |p: ImportProgress| {
            if p.bytes_read * 2 >= p.bytes_total {
                cancel.store(true, Ordering::Relaxed);
            }
            sink.lock().unwrap().push(p);
        }
    };
    let request = ImportRequest {
        path: p.display().to_string(),
        kind: "events".into(),
        mapping: vec![],
        unknown_accounts: UnknownAccountsChoice::Error,
        dry_run: false,
    };
    let got = import_flow::run(&f.session, &request, hook, cancel).await.unwrap();
    let problem = got.problem.expect("cancelled");
    assert_eq!((problem.code.as_str(), problem.line, problem.field), ("cancelled", None, None));
    assert_eq!(got.counts, None);
    let seen = seen.lock().unwrap().clone();
    let last = seen.last().unwrap();
    assert!(last.bytes_read * 2 >= last.bytes_total && last.bytes_read < last.bytes_total, "{last:?}");
    assert_eq!(f.counts().await, before);
    drop(job);
    assert!(!jobs.cancel(), "nothing runs once the job is dropped");
    let next = jobs.start().unwrap();
    assert!(jobs.cancel() && next.cancel_flag().load(Ordering::Relaxed));
}

#[tokio::test]
async fn a_warehouse_parquet_export_is_previewed_and_imported_as_usage_rollups() {
    let f = fixture().await;
    let cfg = demo::DemoConfig { accounts: 12, months: 2, usage: demo::Usage::Rollups, ..Default::default() };
    let files = demo::generate(&cfg, &f.dir.path().join("demo")).unwrap();
    for (kind, path) in import::demo_files::steps(&files) {
        if kind != import::ImportKind::UsageRollups {
            import::import_file(f.session.workspace(), kind, path, &import::EventOptions::default()).await.unwrap();
        }
    }
    // Recognised by its bytes, whatever it is called.
    let p = f.dir.path().join("export.bin");
    std::fs::copy(&files.events, &p).unwrap();
    let got = import_flow::preview(&p, None).unwrap();
    assert_eq!((got.kind.as_deref(), got.detected.as_deref(), got.format.as_str()), (Some("usage-rollups"), Some("usage-rollups"), "parquet"));
    assert_eq!(got.headers, ["account_id", "day", "module", "user_id", "events", "value_events"]);
    assert_eq!((got.rows.len(), got.more_rows, got.rows[0].line, got.rows[19].line), (20, true, 1, 20));
    // The first account's first day, as the demo writes it: a date, a module key, counts.
    let first = &got.rows[0].cells;
    assert_eq!(first[0], "ACC-0001");
    assert!(chrono::NaiveDate::parse_from_str(&first[1], "%Y-%m-%d").is_ok(), "{first:?}");
    assert!(first[4].parse::<u64>().unwrap() >= 1, "{first:?}");
    assert!(got.mappable && !got.needs_mapping && got.missing.is_empty(), "{got:?}");
    let mapping = got.mapping.clone();

    let dry = f.run(&p, "usage-rollups", mapping.clone(), true).await;
    let counts = dry.counts.unwrap();
    assert!(counts.rows > 1000 && counts.inserted == counts.rows, "{counts:?}");
    assert_eq!(f.session.workspace().status().await.unwrap().users, 0, "a dry run stores nothing");
    let done = f.run(&p, "usage-rollups", mapping.clone(), false).await.counts.unwrap();
    assert_eq!(done.inserted, counts.rows);
    let again = f.run(&p, "usage-rollups", mapping, false).await.counts.unwrap();
    assert_eq!((again.inserted, again.updated, again.unchanged), (0, 0, counts.rows));
}

async fn snapshot(f: &Fixture) -> Arc<views::Snapshot> {
    f.session.snapshot().await.unwrap()
}

/// What a full recompute gives on the fixture's workspace now.
async fn full(f: &Fixture) -> Arc<views::Snapshot> {
    Session::new(f.session.workspace().clone(), Config::default()).snapshot().await.unwrap()
}

#[tokio::test]
async fn an_import_of_account_rows_refreshes_just_those_accounts() {
    let f = fixture().await;
    assert_eq!(snapshot(&f).await.origin, views::Origin::Read);
    f.run(&f.file("accounts.csv", ACCOUNTS), "accounts", vec![], false).await;
    let s = snapshot(&f).await;
    assert_eq!(s.origin, views::Origin::Refreshed { accounts: 2 });
    assert_eq!(s.analysis, full(&f).await.analysis);

    // A contact of acme; then the same contact moved to globex: both accounts changed.
    f.run(&f.file("contacts.csv", "contact_id,account_id,name,email,role\nc-1,acme,Ada,,admin\n"), "contacts", vec![], false).await;
    assert_eq!(snapshot(&f).await.origin, views::Origin::Refreshed { accounts: 1 });
    f.run(&f.file("contacts2.csv", "contact_id,account_id,name,email,role\nc-1,globex,Ada,,admin\n"), "contacts", vec![], false).await;
    assert_eq!(snapshot(&f).await.origin, views::Origin::Refreshed { accounts: 2 });

    // Revenue: the first subscription gives the book its currency, which every account's
    // amounts are in: read again in full. Then globex starts paying: only globex is read, and
    // the portfolio is summed again.
    let first = "account_id,subscription_id,plan,mrr,currency,start_date,end_date\nacme,s-0,pro,100.00,USD,2025-02-01,\n";
    f.run(&f.file("subs0.csv", first), "subscriptions", vec![], false).await;
    assert_eq!(snapshot(&f).await.origin, views::Origin::Read);
    let subs = "account_id,subscription_id,plan,mrr,currency,start_date,end_date\nglobex,s-1,pro,1250.00,USD,2025-03-01,\n";
    f.run(&f.file("subs.csv", subs), "subscriptions", vec![], false).await;
    let s = snapshot(&f).await;
    assert_eq!(s.origin, views::Origin::Refreshed { accounts: 1 });
    let expected = full(&f).await;
    assert_eq!(s.analysis, expected.analysis);
    assert_eq!(s.analysis.revenue.mrr, 1350.0);
    assert_eq!(format!("{:?}", s.book), format!("{:?}", expected.book));

    // The same file again changes nothing: the snapshot is kept as it is.
    f.run(&f.file("subs.csv", subs), "subscriptions", vec![], false).await;
    assert!(Arc::ptr_eq(&s, &snapshot(&f).await));
}
