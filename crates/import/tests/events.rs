//! Event import semantics: field mapping, dedupe, module resolution, UTC bucketing,
//! rollups (checked against an independent computation from the fixture) and the
//! unknown-account policies.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use import::{EventOptions, ImportKind, UnknownAccounts};

/// Ten lines: 8 distinct track events, one repeated message id, one identify call.
const EVENTS: &str = r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"m1","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"report_viewed","userId":"u2","messageId":"m2","timestamp":"2026-09-14T11:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"report_viewed","userId":"u1","messageId":"m3","timestamp":"2026-09-15T01:30:00+02:00","context":{"groupId":"acme"}}
{"type":"track","event":"funnel_saved","userId":"u1","messageId":"m4","timestamp":"2026-09-14T12:00:00Z","properties":{"account_id":"acme"}}
{"type":"track","event":"funnel_saved","anonymousId":"anon-9","messageId":"m5","timestamp":"2026-09-15T08:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"custom_thing","userId":"u2","messageId":"m6","timestamp":"2026-09-15T09:00:00Z","context":{"groupId":"acme"},"properties":{"module":"Data Collection"}}
{"type":"track","event":"mystery","userId":7,"messageId":"m7","timestamp":"2026-09-15T09:00:00Z","context":{"groupId":42}}
{"type":"identify","userId":"u1","messageId":"m8","timestamp":"2026-09-15T09:00:00Z","traits":{"email":"u1@acme.test"}}
{"type":"track","event":"report_viewed","userId":"u1","messageId":"m1","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"event":"report_viewed","userId":"u3","messageId":"m9","timestamp":"2026-09-14T23:59:59.999Z","context":{"groupId":"globex"},"properties":{"account_id":"acme"}}
"#;

const USAGE_SQL: &str = "SELECT a.external_id, u.day, m.key, u.events, u.active_users, u.value_events
       FROM usage_days u JOIN accounts a ON a.id = u.account_id JOIN modules m ON m.id = u.module_id
      ORDER BY a.external_id, u.day, m.key";

type Usage = BTreeMap<(String, String, String), (i64, BTreeSet<String>, i64)>;

/// The rollup computed straight from the JSON, independently of the importer: track calls
/// only, first occurrence of each message id, account groupId-else-properties, user
/// userId-else-anonymousId, module from properties else `catalog`, day = UTC date.
fn expected_usage(jsonl: &str, catalog: &[(&str, &str, bool)]) -> Vec<Vec<String>> {
    let mut seen = BTreeSet::new();
    let mut usage = Usage::new();
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if v.get("type").and_then(|t| t.as_str()).is_some_and(|t| t != "track") {
            continue;
        }
        let id = |x: &serde_json::Value| match x {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        let ts = chrono::DateTime::parse_from_rfc3339(v["timestamp"].as_str().unwrap()).unwrap().with_timezone(&chrono::Utc);
        let day = ts.date_naive().to_string();
        if !seen.insert((day.clone(), v["messageId"].as_str().unwrap().to_string())) {
            continue;
        }
        let account = id(&v["context"]["groupId"]).or_else(|| id(&v["properties"]["account_id"])).unwrap();
        let user = id(&v["userId"]).or_else(|| id(&v["anonymousId"])).unwrap();
        let event = v["event"].as_str().unwrap();
        let cat = catalog.iter().find(|c| c.0 == event);
        let module = match v["properties"]["module"].as_str() {
            Some(m) => m.to_lowercase().replace(' ', "_"),
            None => cat.map(|c| c.1.to_string()).unwrap_or_else(|| "unassigned".into()),
        };
        let value = cat.is_some_and(|c| c.2) as i64;
        let e = usage.entry((account, day, module)).or_default();
        e.0 += 1;
        e.1.insert(user);
        e.2 += value;
    }
    usage
        .into_iter()
        .map(|((a, d, m), (n, users, v))| vec![a, d, m, n.to_string(), users.len().to_string(), v.to_string()])
        .collect()
}

const CATALOG_TABLE: &[(&str, &str, bool)] = &[
    ("report_viewed", "visualisation", false),
    ("funnel_saved", "analysis", true),
    ("source_connected", "data_collection", false),
    ("alert_created", "monitoring", true),
];

#[tokio::test]
async fn jsonl_events_roll_up_per_account_module_and_utc_day() {
    let w = workspace().await;
    w.base().await;
    let r = w.load(ImportKind::Events, "events.jsonl", EVENTS).await;
    assert_eq!((r.kind.as_str(), r.rows, r.inserted, r.updated, r.unchanged, r.skipped), ("events", 10, 8, 0, 0, 2), "{r:?}");
    assert!(r.notes.iter().any(|n| n.contains("1 repeated message ids")), "{:?}", r.notes);
    assert!(r.notes.iter().any(|n| n.contains("1 non-track calls")), "{:?}", r.notes);
    assert!(r.notes.iter().any(|n| n.contains("1 events had no module") && n.contains("mystery")), "{:?}", r.notes);

    let got = w.rows(USAGE_SQL).await;
    assert_eq!(got, expected_usage(EVENTS, CATALOG_TABLE));
    // The same, by hand: 01:30+02:00 on the 15th is the 14th in UTC; groupId beats
    // properties.account_id; numeric ids are ids; the unknown event goes to `unassigned`.
    assert_eq!(
        got,
        [
            ["42", "2026-09-15", "unassigned", "1", "1", "0"],
            ["acme", "2026-09-14", "analysis", "1", "1", "1"],
            ["acme", "2026-09-14", "visualisation", "3", "2", "0"],
            ["acme", "2026-09-15", "analysis", "1", "1", "1"],
            ["acme", "2026-09-15", "data_collection", "1", "1", "0"],
            ["globex", "2026-09-14", "visualisation", "1", "1", "0"],
        ]
    );
    assert_eq!(
        w.rows("SELECT a.external_id, u.external_id FROM users u JOIN accounts a ON a.id = u.account_id ORDER BY 1, 2").await,
        [["42", "7"], ["acme", "anon-9"], ["acme", "u1"], ["acme", "u2"], ["globex", "u3"]]
    );
    assert_eq!(
        w.rows(
            "SELECT a.external_id, v.day, e.name, v.events FROM value_event_days v JOIN accounts a ON a.id = v.account_id
               JOIN event_types e ON e.id = v.event_type_id ORDER BY 1, 2"
        )
        .await,
        [["acme", "2026-09-14", "funnel_saved", "1"], ["acme", "2026-09-15", "funnel_saved", "1"]]
    );
    // Per-user activity sums to the rollup.
    assert_eq!(w.scalar("SELECT sum(events) FROM user_activity").await, 8);
    assert_eq!(w.scalar("SELECT count(*) FROM event_ids").await, 8);
    assert_eq!(w.scalar("SELECT count(*) FROM modules WHERE key = 'unassigned'").await, 1);
    // Events never create event types: the catalog is the user's.
    assert_eq!(w.scalar("SELECT count(*) FROM event_types").await, 4);
}

#[tokio::test]
async fn events_are_deduplicated_within_and_across_files() {
    let w = workspace().await;
    w.base().await;
    w.load(ImportKind::Events, "events.jsonl", EVENTS).await;
    let before = w.dump().await;

    // The same file again: nothing new, nothing logged.
    let r = w.import(ImportKind::Events, &w.dir.path().join("events.jsonl")).await.unwrap();
    assert_eq!((r.rows, r.inserted, r.updated, r.unchanged, r.skipped), (10, 0, 0, 8, 2), "{r:?}");
    assert!(r.notes.iter().any(|n| n.contains("8 events were already imported")), "{:?}", r.notes);
    assert_eq!(w.dump().await, before);
    assert_eq!(w.scalar("SELECT count(*) FROM imports WHERE kind = 'events'").await, 1);

    // Another file that overlaps the first (m1, m9) and adds two events; one of them sent
    // twice.
    let more = r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"m1","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"event":"report_viewed","userId":"u3","messageId":"m9","timestamp":"2026-09-14T23:59:59.999Z","context":{"groupId":"globex"}}
{"type":"track","event":"report_viewed","userId":"u4","messageId":"m10","timestamp":"2026-09-14T18:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"report_viewed","userId":"u4","messageId":"m10","timestamp":"2026-09-14T18:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"alert_created","userId":"u4","messageId":"m11","timestamp":"2026-09-16T00:00:00Z","context":{"groupId":"acme"}}
"#;
    let r = w.load(ImportKind::Events, "more.jsonl", more).await;
    assert_eq!((r.rows, r.inserted, r.unchanged, r.skipped), (5, 2, 2, 1), "{r:?}");
    let all = format!("{EVENTS}{more}");
    assert_eq!(w.rows(USAGE_SQL).await, expected_usage(&all, CATALOG_TABLE));
    // acme's 14th in visualisation now has u1, u2 and u4.
    assert_eq!(
        w.rows("SELECT events, active_users FROM usage_days u JOIN modules m ON m.id = u.module_id WHERE m.key = 'visualisation' AND day = '2026-09-14' AND account_id = (SELECT id FROM accounts WHERE external_id = 'acme')").await,
        [["4", "3"]]
    );
    assert_eq!(w.scalar("SELECT count(*) FROM imports WHERE kind = 'events'").await, 2);
}

#[tokio::test]
async fn csv_events_map_columns_and_dedupe_like_jsonl() {
    let w = workspace().await;
    w.base().await;
    let csv = "\
timestamp,account_id,user_id,event,module,message_id
2026-09-14T10:00:00Z,acme,u1,report_viewed,,e1
2026-09-15T01:30:00+02:00,acme,u2,report_viewed,,e2
2026-09-14T12:00:00Z,acme,u1,custom,Monitoring,e3
2026-09-14T12:00:00Z,acme,u1,custom,Monitoring,e3
2026-09-14T13:00:00Z,globex,c-3,funnel_saved,,e4
2026-09-14T14:00:00Z,acme,u9,unknown_event,,e5
";
    let r = w.load(ImportKind::Events, "events.csv", csv).await;
    assert_eq!((r.rows, r.inserted, r.unchanged, r.skipped), (6, 5, 0, 1), "{r:?}");
    assert_eq!(
        w.rows(USAGE_SQL).await,
        [
            ["acme", "2026-09-14", "monitoring", "1", "1", "0"],
            ["acme", "2026-09-14", "unassigned", "1", "1", "0"],
            ["acme", "2026-09-14", "visualisation", "2", "2", "0"],
            ["globex", "2026-09-14", "analysis", "1", "1", "1"],
        ]
    );
    let before = w.dump().await;
    let r = w.import(ImportKind::Events, &w.dir.path().join("events.csv")).await.unwrap();
    assert_eq!((r.inserted, r.updated, r.unchanged, r.skipped), (0, 0, 5, 1));
    assert_eq!(w.dump().await, before);
    // The CSV and JSONL formats share the dedupe set: e1 sent again as JSONL is a repeat.
    let again = r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"e1","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}"#;
    let r = w.load(ImportKind::Events, "again.jsonl", again).await;
    assert_eq!((r.rows, r.inserted, r.unchanged), (1, 0, 1));
}

#[tokio::test]
async fn module_resolution_order_is_properties_catalog_module_map_unassigned() {
    let w = workspace().await;
    w.base().await;
    let map = w.file("map.csv", "event,module\nreport_viewed,analysis\nmystery,Monitoring\n");
    let events = w.file(
        "events.jsonl",
        r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"a","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"},"properties":{"module":"data_collection"}}
{"type":"track","event":"report_viewed","userId":"u1","messageId":"b","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"mystery","userId":"u1","messageId":"c","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"nobody_knows","userId":"u1","messageId":"d","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
"#,
    );
    let opts = EventOptions { module_map: Some(map), ..Default::default() };
    let r = w.import_with(ImportKind::Events, &events, &opts).await.unwrap();
    assert_eq!((r.inserted, r.skipped), (4, 0));
    // One unassigned event, named in the note.
    assert_eq!(r.notes.iter().filter(|n| n.contains("`unassigned`")).count(), 1, "{:?}", r.notes);
    assert!(r.notes.iter().any(|n| n.starts_with("1 events had no module") && n.contains("nobody_knows") && !n.contains("mystery")), "{:?}", r.notes);
    assert_eq!(
        w.rows("SELECT m.key, u.events FROM usage_days u JOIN modules m ON m.id = u.module_id ORDER BY m.key").await,
        [
            ["data_collection", "1"], // properties.module
            ["monitoring", "1"],      // module map
            ["unassigned", "1"],      // nothing knew it
            ["visualisation", "1"],   // the catalog wins over the module map
        ]
    );
}

#[tokio::test]
async fn users_are_linked_to_contacts_by_contact_id_or_email() {
    // Contacts first, then events.
    let w = workspace().await;
    w.base().await;
    let events = r#"{"type":"track","event":"report_viewed","userId":"c-2","messageId":"1","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"report_viewed","userId":"ADA@acme.test","messageId":"2","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"report_viewed","userId":"stranger","messageId":"3","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"report_viewed","userId":"c-1","messageId":"4","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"globex"}}
"#;
    w.load(ImportKind::Events, "events.jsonl", events).await;
    let links = "SELECT a.external_id, u.external_id, coalesce(c.external_id, 'NULL') FROM users u
                   JOIN accounts a ON a.id = u.account_id LEFT JOIN contacts c ON c.id = u.contact_id ORDER BY 1, 2";
    let expected = [
        ["acme", "ADA@acme.test", "c-1"],
        ["acme", "c-2", "c-2"],
        ["acme", "stranger", "NULL"],
        // c-1 is acme's contact: a user of globex is not linked to it.
        ["globex", "c-1", "NULL"],
    ];
    assert_eq!(w.rows(links).await, expected);

    // Events first, then contacts: the contacts import links them.
    let w = workspace().await;
    w.load(ImportKind::Catalog, "catalog.csv", CATALOG).await;
    w.load(ImportKind::Accounts, "accounts.csv", ACCOUNTS).await;
    w.load(ImportKind::Events, "events.jsonl", events).await;
    assert_eq!(w.scalar("SELECT count(*) FROM users WHERE contact_id IS NOT NULL").await, 0);
    w.load(ImportKind::Contacts, "contacts.csv", CONTACTS).await;
    assert_eq!(w.rows(links).await, expected);
}

#[tokio::test]
async fn unknown_accounts_error_skip_or_create() {
    let events = r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"1","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"report_viewed","userId":"u1","messageId":"2","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"hooli"}}
{"type":"track","event":"report_viewed","userId":"u2","messageId":"3","timestamp":"2026-09-14T11:00:00Z","context":{"groupId":"hooli"}}
{"type":"track","event":"funnel_saved","userId":"u3","messageId":"4","timestamp":"2026-09-14T12:00:00Z","properties":{"account_id":"piedpiper"}}
"#;
    // Error (the default): names the line and the field the account came from.
    let w = workspace().await;
    w.base().await;
    let before = w.dump().await;
    let p = w.file("events.jsonl", events);
    let reason = assert_row_error(w.import(ImportKind::Events, &p).await, &p, 2, "context.groupId");
    assert!(reason.contains("unknown account \"hooli\""), "{reason}");
    assert_eq!(w.dump().await, before);
    let p4 = w.file("events4.jsonl", events.lines().nth(3).unwrap());
    assert_row_error(w.import(ImportKind::Events, &p4).await, &p4, 1, "properties.account_id");

    // Skip: counted, named in the notes, nothing stored for them.
    let skip = EventOptions { unknown_accounts: UnknownAccounts::Skip, ..Default::default() };
    let r = w.import_with(ImportKind::Events, &p, &skip).await.unwrap();
    assert_eq!((r.rows, r.inserted, r.skipped), (4, 1, 3), "{r:?}");
    assert!(r.notes.iter().any(|n| n == "3 events of unknown accounts skipped, e.g. hooli, piedpiper"), "{:?}", r.notes);
    assert_eq!(w.scalar("SELECT count(*) FROM accounts").await, 4);
    assert_eq!(w.scalar("SELECT count(*) FROM users").await, 1);
    assert_eq!(w.scalar("SELECT count(*) FROM event_ids").await, 1);

    // Create: bare accounts named by their id, with their events.
    let w = workspace().await;
    w.base().await;
    let p = w.file("events.jsonl", events);
    let create = EventOptions { unknown_accounts: UnknownAccounts::Create, ..Default::default() };
    let r = w.import_with(ImportKind::Events, &p, &create).await.unwrap();
    assert_eq!((r.rows, r.inserted, r.skipped), (4, 4, 0));
    assert_eq!(
        w.rows("SELECT external_id, name, coalesce(owner_id, 'NULL'), attributes FROM accounts WHERE external_id IN ('hooli', 'piedpiper') ORDER BY 1").await,
        [["hooli", "hooli", "NULL", "{}"], ["piedpiper", "piedpiper", "NULL", "{}"]]
    );
    assert_eq!(
        w.rows(USAGE_SQL).await.into_iter().filter(|r| r[0] != "acme").collect::<Vec<_>>(),
        [["hooli", "2026-09-14", "visualisation", "2", "2", "0"], ["piedpiper", "2026-09-14", "analysis", "1", "1", "1"]]
    );
}

#[tokio::test]
async fn validate_counts_events_without_a_workspace() {
    let n = import::events::validate(std::io::Cursor::new(EVENTS.as_bytes().to_vec()), import::EventFormat::Jsonl, std::path::Path::new("x.jsonl"))
        .unwrap();
    // Track calls (the repeated one included: dedupe happens on import), identify left out.
    assert_eq!(n, 9);
    let e = import::events::validate(std::io::Cursor::new(b"{\"type\":\"track\"}\n".to_vec()), import::EventFormat::Jsonl, std::path::Path::new("x.jsonl"))
        .unwrap_err();
    assert_eq!(e.to_string(), "x.jsonl:1: field `messageId`: is missing (needed to deduplicate)");
}
