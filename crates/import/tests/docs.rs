//! docs/IMPORT.md is tested: every example block tagged `file=NAME` is imported, in order,
//! into one workspace, and the error examples are exactly what the importer prints.

mod common;

use common::*;
use import::ImportKind;

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/IMPORT.md")).expect("docs/IMPORT.md")
}

/// (file name, contents) of every fenced block whose info string has `file=NAME`.
fn examples(doc: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in doc.lines() {
        match (&mut current, line.strip_prefix("```")) {
            (None, Some(info)) => {
                if let Some(name) = info.split_whitespace().find_map(|w| w.strip_prefix("file=")) {
                    current = Some((name.to_string(), String::new()));
                }
            }
            (Some(_), Some("")) => out.push(current.take().unwrap()),
            (Some((_, body)), _) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

#[tokio::test]
async fn the_examples_in_the_docs_import_and_the_error_examples_are_real() {
    let doc = doc();
    let w = workspace().await;
    let files = examples(&doc);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["catalog.csv", "accounts.csv", "subscriptions.csv", "contacts.csv", "tickets.csv", "nps.csv", "milestones.csv", "events.jsonl", "events.csv"]
    );
    for (name, body) in &files {
        let kind = ImportKind::parse(name.split('.').next().unwrap()).unwrap();
        let r = w.load(kind, name, body).await;
        assert_eq!(r.inserted + r.skipped, r.rows, "{name}: {r:?}");
        assert!(r.inserted > 0, "{name}: {r:?}");
        // And again: nothing changes.
        let again = w.import(kind, &w.dir.path().join(name)).await.unwrap();
        assert!(!again.changed(), "{name}: {again:?}");
    }
    // What the text around the examples promises.
    assert_eq!(w.rows("SELECT attributes FROM accounts WHERE external_id = 'acme'").await, [[r#"{"tier":"gold"}"#]]);
    assert_eq!(w.rows("SELECT mrr_minor FROM subscriptions ORDER BY id").await, [["125050"], ["200000"], ["9990"]]);
    assert_eq!(
        w.rows("SELECT u.day, u.events, u.active_users FROM usage_days u JOIN accounts a ON a.id = u.account_id WHERE a.external_id = 'acme'").await.iter().map(|r| r[1].parse::<i64>().unwrap()).sum::<i64>(),
        3
    );
    assert_eq!(w.rows("SELECT DISTINCT day FROM usage_days WHERE account_id = (SELECT id FROM accounts WHERE external_id = 'acme')").await, [["2026-09-14"]]);
    assert_eq!(w.rows("SELECT c.external_id FROM users u JOIN contacts c ON c.id = u.contact_id WHERE u.external_id = 'ada@acme.test'").await, [["c-1"]]);
    assert_eq!(w.scalar("SELECT count(*) FROM usage_days WHERE module_id = (SELECT id FROM modules WHERE key = 'data_collection')").await, 1);

    // The three error examples.
    let nps = &files.iter().find(|(n, _)| n == "nps.csv").unwrap().1;
    let bad = [
        (ImportKind::Subscriptions, "subscriptions.csv", "account_id,subscription_id,plan,mrr,currency,start_date,end_date\nacme,sub-8,Growth,1250.00,USD,2026-01-01,\nacme,sub-9,Growth,\"1,250.00\",USD,2026-01-01,\n".to_string()),
        (ImportKind::Nps, "nps.csv", format!("{nps}n-9,acme,c-3,2026-09-12T00:00:00Z,7,\n")),
        (ImportKind::Events, "events.jsonl", r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"x1","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}
{"type":"track","event":"report_viewed","userId":"u1","messageId":"x2","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"hooli"}}
"#.to_string()),
    ];
    let prefix = format!("{}/", w.dir.path().display());
    for (kind, name, body) in bad {
        let p = w.file(name, &body);
        let shown = w.import(kind, &p).await.unwrap_err().to_string().replace(&prefix, "");
        println!("{shown}");
        assert!(doc.contains(&format!("\n{shown}\n")), "docs/IMPORT.md should show: {shown}");
    }
}
