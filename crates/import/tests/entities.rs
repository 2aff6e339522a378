//! Each CSV importer stores exactly what its file says; re-imports change nothing; changed
//! rows are counted as updates.

mod common;

use common::*;
use import::ImportKind;
use serde_json::json;

#[tokio::test]
async fn catalog_stores_modules_features_and_value_events() {
    let w = workspace().await;
    let r = w.load(ImportKind::Catalog, "catalog.csv", CATALOG).await;
    assert_eq!((r.kind.as_str(), r.rows, r.inserted, r.updated, r.unchanged), ("catalog", 4, 4, 0, 0));
    assert_eq!(
        w.rows("SELECT key, name FROM modules ORDER BY key").await,
        [["analysis", "Analysis"], ["data_collection", "Data collection"], ["monitoring", "Monitoring"], ["visualisation", "Visualisation"]]
    );
    assert_eq!(
        w.rows(
            "SELECT e.name, m.key, coalesce(f.key, '-'), e.is_value_event FROM event_types e
               JOIN modules m ON m.id = e.module_id LEFT JOIN features f ON f.id = e.feature_id ORDER BY e.name"
        )
        .await,
        [
            ["alert_created", "monitoring", "alerts", "1"],
            ["funnel_saved", "analysis", "funnels", "1"],
            ["report_viewed", "visualisation", "reports", "0"],
            ["source_connected", "data_collection", "-", "0"],
        ]
    );
    // Features belong to their event's module.
    assert_eq!(w.scalar("SELECT count(*) FROM features f JOIN modules m ON m.id = f.module_id AND m.key = 'analysis'").await, 1);
}

#[tokio::test]
async fn accounts_store_values_owners_and_extra_columns() {
    let w = workspace().await;
    let r = w.load(ImportKind::Accounts, "accounts.csv", ACCOUNTS).await;
    assert_eq!((r.rows, r.inserted, r.updated, r.unchanged, r.skipped), (4, 4, 0, 0, 0));
    assert_eq!(
        w.rows(
            "SELECT a.external_id, a.name, coalesce(a.industry, 'NULL'), coalesce(a.region, 'NULL'),
                    coalesce(a.employees, 'NULL'), coalesce(o.name, 'NULL'), coalesce(a.lifecycle_stage, 'NULL'),
                    coalesce(a.created_at, 'NULL')
               FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id ORDER BY a.external_id"
        )
        .await,
        [
            ["42", "Numeric Inc", "Retail", "EMEA", "7", "NULL", "value", "2024-12-31"],
            ["acme", "Acme Corp", "Manufacturing", "EMEA", "1200", "Dana Scully", "adoption", "2025-01-15"],
            // A timestamp in a date column is taken as its UTC day.
            ["globex", "Globex", "Energy", "NA", "NULL", "Fox Mulder", "onboarding", "2025-03-01"],
            ["initech", "Initech", "NULL", "APAC", "50", "Dana Scully", "NULL", "NULL"],
        ]
    );
    // Owners are created once per distinct name.
    assert_eq!(w.rows("SELECT name FROM owners ORDER BY name").await, [["Dana Scully"], ["Fox Mulder"]]);
    let a: Vec<Vec<String>> = w.rows("SELECT external_id, attributes FROM accounts ORDER BY external_id").await;
    let got: Vec<(String, serde_json::Value)> = a.into_iter().map(|r| (r[0].clone(), attrs(&r[1]))).collect();
    assert_eq!(
        got,
        [
            ("42".to_string(), json!({})),
            ("acme".to_string(), json!({"tier": "gold"})),
            ("globex".to_string(), json!({"health_note": "watch"})),
            ("initech".to_string(), json!({"tier": "silver"})),
        ]
    );
}

#[tokio::test]
async fn subscriptions_store_cents_periods_and_licensed_modules() {
    let w = workspace().await;
    w.load(ImportKind::Accounts, "accounts.csv", ACCOUNTS).await;
    let r = w.load(ImportKind::Subscriptions, "subscriptions.csv", SUBSCRIPTIONS).await;
    assert_eq!((r.rows, r.inserted, r.updated, r.unchanged), (3, 3, 0, 0));
    assert_eq!(
        w.rows(
            "SELECT a.external_id, s.external_id, s.plan, s.mrr_minor, s.currency, s.start_day, coalesce(s.end_day, 'NULL'), s.attributes
               FROM subscriptions s JOIN accounts a ON a.id = s.account_id ORDER BY s.external_id, s.start_day"
        )
        .await,
        [
            ["acme", "sub-1", "Growth", "125050", "USD", "2025-01-15", "2025-07-15", r#"{"po_number":"PO-1"}"#],
            ["acme", "sub-1", "Scale", "200000", "USD", "2025-07-15", "NULL", r#"{"po_number":"PO-2"}"#],
            ["globex", "sub-2", "Starter", "9990", "EUR", "2025-03-01", "NULL", "{}"],
        ]
    );
    // `modules` is a known optional column, not a custom attribute; keys are normalised.
    assert_eq!(
        w.rows(
            "SELECT s.external_id, s.start_day, group_concat(m.key, ';') FROM
               (SELECT sm.subscription_id, m.key FROM subscription_modules sm JOIN modules m ON m.id = sm.module_id ORDER BY m.key) m
               JOIN subscriptions s ON s.id = m.subscription_id GROUP BY s.id ORDER BY s.external_id, s.start_day"
        )
        .await,
        [["sub-1", "2025-01-15", "analysis;visualisation"], ["sub-1", "2025-07-15", "analysis;monitoring;visualisation"]]
    );
    assert_eq!(w.scalar("SELECT count(*) FROM modules").await, 3);
}

#[tokio::test]
async fn contacts_tickets_nps_and_milestones_store_what_the_files_say() {
    let w = workspace().await;
    w.full().await;
    assert_eq!(
        w.rows(
            "SELECT c.external_id, a.external_id, c.name, coalesce(c.email, 'NULL'), c.role, c.attributes
               FROM contacts c JOIN accounts a ON a.id = c.account_id ORDER BY c.external_id"
        )
        .await,
        [
            ["c-1", "acme", "Ada Lovelace", "ada@acme.test", "executive_sponsor", r#"{"title":"CTO"}"#],
            ["c-2", "acme", "Bob Byte", "bob@acme.test", "champion", "{}"],
            ["c-3", "globex", "Carla Core", "NULL", "admin", "{}"],
        ]
    );
    // Timestamps are normalised to UTC; priorities to their lowercase word.
    assert_eq!(
        w.rows(
            "SELECT t.external_id, a.external_id, t.opened_at, coalesce(t.first_response_at, 'NULL'),
                    coalesce(t.resolved_at, 'NULL'), t.priority, coalesce(t.csat, 'NULL'), t.attributes
               FROM tickets t JOIN accounts a ON a.id = t.account_id ORDER BY t.external_id"
        )
        .await,
        [
            ["t-1", "acme", "2026-09-01T09:00:00Z", "2026-09-01T09:30:00Z", "2026-09-02T08:00:00Z", "high", "4", r#"{"channel":"email"}"#],
            ["t-2", "globex", "2026-09-04T01:30:00Z", "NULL", "NULL", "urgent", "NULL", "{}"],
        ]
    );
    assert_eq!(
        w.rows(
            "SELECT n.external_id, a.external_id, coalesce(c.external_id, 'NULL'), n.responded_at, n.score,
                    coalesce(n.comment, 'NULL'), n.attributes
               FROM nps_responses n JOIN accounts a ON a.id = n.account_id LEFT JOIN contacts c ON c.id = n.contact_id
              ORDER BY n.external_id"
        )
        .await,
        [
            ["n-1", "acme", "c-1", "2026-09-10T12:00:00Z", "9", "Great, really \"great\"\nsecond line", r#"{"survey":"q3"}"#],
            ["n-2", "globex", "NULL", "2026-09-11T00:00:00Z", "3", "NULL", "{}"],
        ]
    );
    // One success plan per account with milestones, grouping them.
    assert_eq!(w.rows("SELECT a.external_id FROM success_plans p JOIN accounts a ON a.id = p.account_id ORDER BY 1").await, [["acme"], ["globex"]]);
    assert_eq!(
        w.rows(
            "SELECT m.external_id, a.external_id, pa.external_id, m.title, m.owner_side, m.due_day,
                    coalesce(m.completed_at, 'NULL'), m.attributes
               FROM milestones m JOIN accounts a ON a.id = m.account_id
               JOIN success_plans p ON p.id = m.plan_id JOIN accounts pa ON pa.id = p.account_id
              ORDER BY m.external_id"
        )
        .await,
        [
            ["m-1", "acme", "acme", "Connect data sources", "customer", "2026-10-01", "NULL", r#"{"phase":"onboarding"}"#],
            ["m-2", "acme", "acme", "First QBR", "vendor", "2026-11-15", "2026-11-10T16:00:00Z", "{}"],
            ["m-3", "globex", "globex", "Kickoff", "vendor", "2026-09-20", "NULL", "{}"],
        ]
    );
    // Every import that changed something is logged once.
    assert_eq!(
        w.rows("SELECT kind, file_name, rows, inserted, updated, length(content_hash) FROM imports ORDER BY id").await,
        [
            ["catalog", "catalog.csv", "4", "4", "0", "32"],
            ["accounts", "accounts.csv", "4", "4", "0", "32"],
            ["contacts", "contacts.csv", "3", "3", "0", "32"],
            ["subscriptions", "subscriptions.csv", "3", "3", "0", "32"],
            ["tickets", "tickets.csv", "2", "2", "0", "32"],
            ["nps", "nps.csv", "2", "2", "0", "32"],
            ["milestones", "milestones.csv", "3", "3", "0", "32"],
        ]
    );
}

#[tokio::test]
async fn reimporting_every_kind_changes_nothing() {
    let w = workspace().await;
    w.full().await;
    let files = [
        (ImportKind::Catalog, "catalog.csv", 4),
        (ImportKind::Accounts, "accounts.csv", 4),
        (ImportKind::Contacts, "contacts.csv", 3),
        (ImportKind::Subscriptions, "subscriptions.csv", 3),
        (ImportKind::Tickets, "tickets.csv", 2),
        (ImportKind::Nps, "nps.csv", 2),
        (ImportKind::Milestones, "milestones.csv", 3),
    ];
    let before = w.dump().await;
    assert_eq!(before["imports"].len(), 7);
    for (kind, name, rows) in files {
        let r = w.import(kind, &w.dir.path().join(name)).await.unwrap();
        assert_eq!((r.rows, r.inserted, r.updated, r.unchanged, r.skipped), (rows, 0, 0, rows, 0), "{name}: {r:?}");
        assert!(!r.changed());
        assert_eq!(w.dump().await, before, "re-importing {name} changed the workspace");
    }
}

#[tokio::test]
async fn changed_rows_are_counted_as_updates_and_stored() {
    let w = workspace().await;
    w.full().await;
    // Accounts: acme renamed and re-owned, globex's custom attribute changed, the rest as before.
    let accounts = ACCOUNTS.replace("acme,Acme Corp,Manufacturing,EMEA,1200,Dana Scully", "acme,ACME Corporation,Manufacturing,EMEA,1300,Walter Skinner")
        .replace(",,watch", ",,fine");
    let r = w.load(ImportKind::Accounts, "accounts2.csv", &accounts).await;
    assert_eq!((r.rows, r.inserted, r.updated, r.unchanged), (4, 0, 2, 2));
    assert_eq!(
        w.rows("SELECT a.name, a.employees, o.name FROM accounts a JOIN owners o ON o.id = a.owner_id WHERE external_id = 'acme'").await,
        [["ACME Corporation", "1300", "Walter Skinner"]]
    );
    assert_eq!(w.scalar("SELECT count(*) FROM accounts WHERE attributes = '{\"health_note\":\"fine\"}'").await, 1);

    // Subscriptions: a price change on the open period, and a licensed module dropped.
    let subs = SUBSCRIPTIONS.replace("Scale,2000,USD,2025-07-15,,analysis;visualisation; Monitoring ", "Scale,2100.05,USD,2025-07-15,,analysis;visualisation");
    let r = w.load(ImportKind::Subscriptions, "subs2.csv", &subs).await;
    assert_eq!((r.rows, r.inserted, r.updated, r.unchanged), (3, 0, 1, 2));
    assert_eq!(w.scalar("SELECT mrr_minor FROM subscriptions WHERE start_day = '2025-07-15'").await, 210_005);
    assert_eq!(
        w.scalar("SELECT count(*) FROM subscription_modules sm JOIN subscriptions s ON s.id = sm.subscription_id WHERE s.start_day = '2025-07-15'").await,
        2
    );
    // Only the modules change: still an update.
    let subs3 = subs.replace("2025-07-15,analysis;visualisation,PO-1", "2025-07-15,analysis,PO-1");
    let r = w.load(ImportKind::Subscriptions, "subs3.csv", &subs3).await;
    assert_eq!((r.inserted, r.updated, r.unchanged), (0, 1, 2), "{r:?}");

    // A ticket resolved since the last export, and a new one.
    let tickets = format!("{}t-3,acme,2026-09-05T10:00:00Z,,,low,,\n", TICKETS.replace("2026-09-03T23:30:00-02:00,,,Urgent,,", "2026-09-03T23:30:00-02:00,2026-09-04T02:00:00Z,2026-09-04T05:00:00Z,Urgent,5,"));
    let r = w.load(ImportKind::Tickets, "tickets2.csv", &tickets).await;
    assert_eq!((r.rows, r.inserted, r.updated, r.unchanged), (3, 1, 1, 1));
    assert_eq!(
        w.rows("SELECT resolved_at, csat FROM tickets WHERE external_id = 't-2'").await,
        [["2026-09-04T05:00:00Z", "5"]]
    );

    // A milestone completed; a contact's role changed; an NPS comment edited.
    let ms = MILESTONES.replace("m-3,globex,Kickoff,Vendor,2026-09-20,,", "m-3,globex,Kickoff,Vendor,2026-09-20,2026-09-19T08:00:00Z,");
    let r = w.load(ImportKind::Milestones, "ms2.csv", &ms).await;
    assert_eq!((r.inserted, r.updated, r.unchanged), (0, 1, 2));
    assert_eq!(w.rows("SELECT completed_at FROM milestones WHERE external_id = 'm-3'").await, [["2026-09-19T08:00:00Z"]]);
    // An older export, made before that completion, leaves it done: an empty cell is "not done
    // in this file", never a reopening.
    let r = w.load(ImportKind::Milestones, "ms-old.csv", MILESTONES).await;
    assert_eq!((r.inserted, r.updated, r.unchanged), (0, 0, 3));
    assert_eq!(w.rows("SELECT completed_at FROM milestones WHERE external_id = 'm-3'").await, [["2026-09-19T08:00:00Z"]]);
    let contacts = CONTACTS.replace("bob@acme.test,champion", "bob@acme.test,admin");
    let r = w.load(ImportKind::Contacts, "contacts2.csv", &contacts).await;
    assert_eq!((r.inserted, r.updated, r.unchanged), (0, 1, 2));
    let nps = NPS.replace("second line", "second line, edited");
    let r = w.load(ImportKind::Nps, "nps2.csv", &nps).await;
    assert_eq!((r.inserted, r.updated, r.unchanged), (0, 1, 1));
    assert_eq!(w.rows("SELECT comment FROM nps_responses WHERE external_id = 'n-1'").await, [["Great, really \"great\"\nsecond line, edited"]]);

    // Catalog: an event moves module and becomes a value event.
    let cat = CATALOG.replace("report_viewed,visualisation,reports,false", "report_viewed,analysis,reports,true");
    let r = w.load(ImportKind::Catalog, "catalog2.csv", &cat).await;
    assert_eq!((r.inserted, r.updated, r.unchanged), (0, 1, 3));
    assert_eq!(
        w.rows("SELECT m.key, e.is_value_event FROM event_types e JOIN modules m ON m.id = e.module_id WHERE e.name = 'report_viewed'").await,
        [["analysis", "1"]]
    );
    // Each changing import is logged once more.
    assert_eq!(w.scalar("SELECT count(*) FROM imports").await, 7 + 8);
}

#[tokio::test]
async fn header_columns_may_come_in_any_order() {
    let w = workspace().await;
    let accounts = "\
created_at,lifecycle_stage,owner,employees,region,industry,name,account_id
2025-01-15,adoption,Dana Scully,1200,EMEA,Manufacturing,Acme Corp,acme
";
    w.load(ImportKind::Accounts, "accounts.csv", accounts).await;
    assert_eq!(
        w.rows("SELECT external_id, name, industry, region, employees, lifecycle_stage, created_at, attributes FROM accounts").await,
        [["acme", "Acme Corp", "Manufacturing", "EMEA", "1200", "adoption", "2025-01-15", "{}"]]
    );
}
