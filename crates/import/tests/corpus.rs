//! The nasty-case corpus: byte-order marks, CRLF, quoting, embedded newlines, non-Latin
//! text, huge lines, empty and header-only files, blank lines.

mod common;

use common::*;
use import::ImportKind;

const BOM: &str = "\u{feff}";

#[tokio::test]
async fn utf8_bom_on_the_header_is_ignored() {
    let w = workspace().await;
    let r = w.load(ImportKind::Accounts, "bom.csv", &format!("{BOM}{ACCOUNTS}")).await;
    assert_eq!(r.inserted, 4);
    // The first column was recognised as account_id, not "\u{feff}account_id".
    assert_eq!(w.scalar("SELECT count(*) FROM accounts WHERE external_id = 'acme' AND attributes NOT LIKE '%account_id%'").await, 1);
    w.load(ImportKind::Catalog, "bom_cat.csv", &format!("{BOM}{CATALOG}")).await;
    w.load(ImportKind::Contacts, "bom_contacts.csv", &format!("{BOM}{CONTACTS}")).await;

    let csv = format!("{BOM}timestamp,account_id,user_id,event,module,message_id\n2026-09-14T10:00:00Z,acme,u1,report_viewed,,b1\n");
    assert_eq!(w.load(ImportKind::Events, "bom_events.csv", &csv).await.inserted, 1);
    let jsonl = format!(
        "{BOM}{}\n",
        r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"b2","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}"#
    );
    assert_eq!(w.load(ImportKind::Events, "bom_events.jsonl", &jsonl).await.inserted, 1);
}

#[tokio::test]
async fn crlf_line_endings_are_read_like_lf() {
    let lf = workspace().await;
    lf.full().await;
    let crlf = workspace().await;
    for (kind, name, text) in [
        (ImportKind::Catalog, "catalog.csv", CATALOG),
        (ImportKind::Accounts, "accounts.csv", ACCOUNTS),
        (ImportKind::Contacts, "contacts.csv", CONTACTS),
        (ImportKind::Subscriptions, "subscriptions.csv", SUBSCRIPTIONS),
        (ImportKind::Tickets, "tickets.csv", TICKETS),
        (ImportKind::Milestones, "milestones.csv", MILESTONES),
    ] {
        crlf.load(kind, name, &text.replace('\n', "\r\n")).await;
    }
    // The NPS comment's own line break becomes CRLF too, and is kept as it is in the file.
    crlf.load(ImportKind::Nps, "nps.csv", &NPS.replace('\n', "\r\n")).await;
    assert_eq!(
        crlf.rows("SELECT comment FROM nps_responses WHERE external_id = 'n-1'").await,
        [["Great, really \"great\"\r\nsecond line"]]
    );
    // Everything else is identical to the LF import (no stray \r in any value).
    let strip = |mut d: std::collections::BTreeMap<String, Vec<String>>| {
        d.remove("imports"); // hashes differ
        d.remove("success_plans"); // created_at is the import time
        d.remove("nps_responses");
        d
    };
    assert_eq!(strip(crlf.dump().await), strip(lf.dump().await));
    assert_eq!(crlf.scalar("SELECT count(*) FROM accounts WHERE attributes LIKE '%\r%' OR name LIKE '%\r%'").await, 0);

    // Events: JSONL and CSV with CRLF.
    let jsonl = "{\"type\":\"track\",\"event\":\"report_viewed\",\"userId\":\"u1\",\"messageId\":\"r1\",\"timestamp\":\"2026-09-14T10:00:00Z\",\"context\":{\"groupId\":\"acme\"}}\r\n\
                 {\"type\":\"track\",\"event\":\"report_viewed\",\"userId\":\"u2\",\"messageId\":\"r2\",\"timestamp\":\"2026-09-14T10:00:00Z\",\"context\":{\"groupId\":\"acme\"}}\r\n";
    assert_eq!(crlf.load(ImportKind::Events, "e.jsonl", jsonl).await.inserted, 2);
    let csv = "timestamp,account_id,user_id,event,module,message_id\r\n2026-09-14T10:00:00Z,acme,u3,report_viewed,,r3\r\n";
    assert_eq!(crlf.load(ImportKind::Events, "e.csv", csv).await.inserted, 1);
    assert_eq!(crlf.rows("SELECT external_id FROM users ORDER BY 1").await, [["u1"], ["u2"], ["u3"]]);

    // Line numbers still count physical lines.
    let p = crlf.file("bad.csv", "contact_id,account_id,name,email,role\r\nx1,acme,A,,user\r\nx2,acme,B,,nobody\r\n");
    assert_row_error(crlf.import(ImportKind::Contacts, &p).await, &p, 3, "role");
}

#[tokio::test]
async fn quotes_commas_and_newlines_inside_fields_are_preserved() {
    let w = workspace().await;
    w.base().await;
    let comment = "He said \"it's fine, mostly\",\nthen:\n\n  - export, CSV\n  - \"quoted\" too";
    let quoted = format!("\"{}\"", comment.replace('"', "\"\""));
    let nps = format!(
        "response_id,account_id,contact_id,responded_at,score,comment,\"note, with comma\"\n\
         q-1,acme,c-1,2026-09-10T12:00:00Z,8,{quoted},\"a \"\"b\"\"\nc\"\n\
         q-2,acme,c-2,2026-09-10T13:00:00Z,10,plain,\n"
    );
    let r = w.load(ImportKind::Nps, "nps.csv", &nps).await;
    assert_eq!((r.rows, r.inserted), (2, 2));
    assert_eq!(w.rows("SELECT comment FROM nps_responses WHERE external_id = 'q-1'").await, [[comment]]);
    let a = attrs(&w.rows("SELECT attributes FROM nps_responses WHERE external_id = 'q-1'").await[0][0]);
    assert_eq!(a, serde_json::json!({"note, with comma": "a \"b\"\nc"}));
    // Re-import: unchanged, byte for byte.
    let r = w.import(ImportKind::Nps, &w.dir.path().join("nps.csv")).await.unwrap();
    assert_eq!((r.inserted, r.updated, r.unchanged), (0, 0, 2));

    // A bad row after a multi-line field is reported at its physical line (q-1 spans lines 2 to 7).
    let bad = format!("{}q-3,acme,c-1,2026-09-10T14:00:00Z,12,,\n", nps);
    let lines = bad.lines().count() as u64;
    assert_eq!(lines, 9);
    let p = w.file("bad.csv", &bad);
    assert_row_error(w.import(ImportKind::Nps, &p).await, &p, 9, "score");
}

#[tokio::test]
async fn emoji_cjk_and_rtl_text_are_preserved() {
    let w = workspace().await;
    w.load(ImportKind::Catalog, "catalog.csv", CATALOG).await;
    let accounts = "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at,\u{30e1}\u{30e2}\n\
                    \u{682a}\u{5f0f}\u{4f1a}\u{793e}-1,\u{682a}\u{5f0f}\u{4f1a}\u{793e}\u{30c6}\u{30b9}\u{30c8} \u{1f680},,\u{0627}\u{0644}\u{0634}\u{0631}\u{0642},,\u{0645}\u{0631}\u{064a}\u{0645} \u{1f469}\u{200d}\u{1f4bb},,,\u{202b}\u{05e9}\u{05dc}\u{05d5}\u{05dd}\u{202c}\n";
    w.load(ImportKind::Accounts, "accounts.csv", accounts).await;
    assert_eq!(
        w.rows("SELECT a.external_id, a.name, a.region, o.name FROM accounts a JOIN owners o ON o.id = a.owner_id").await,
        [["株式会社-1", "株式会社テスト 🚀", "الشرق", "مريم 👩‍💻"]]
    );
    let a = attrs(&w.rows("SELECT attributes FROM accounts").await[0][0]);
    assert_eq!(a, serde_json::json!({"メモ": "\u{202b}שלום\u{202c}"}));

    let contacts = "contact_id,account_id,name,email,role\n\u{1f464}1,株式会社-1,דוד כהן,דוד@例え.jp,admin\n";
    w.load(ImportKind::Contacts, "contacts.csv", contacts).await;
    let nps = "response_id,account_id,contact_id,responded_at,score,comment\nr1,株式会社-1,👤1,2026-09-10,9,\"שלום 👋 世界, «ok»\"\n";
    w.load(ImportKind::Nps, "nps.csv", nps).await;
    assert_eq!(
        w.rows("SELECT c.name, c.email, n.comment FROM nps_responses n JOIN contacts c ON c.id = n.contact_id").await,
        [["דוד כהן", "דוד@例え.jp", "שלום 👋 世界, «ok»"]]
    );
    // Events with non-ASCII ids (escaped and raw in JSON) link the user to its contact by email.
    let events = r#"{"type":"track","event":"report_viewed","userId":"\u05d3\u05d5\u05d3@\u4f8b\u3048.jp","messageId":"🆔1","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"株式会社-1"}}
{"type":"track","event":"report_viewed","userId":"🦀","messageId":"🆔2","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"\u682a\u5f0f\u4f1a\u793e-1"}}
"#;
    let r = w.load(ImportKind::Events, "events.jsonl", events).await;
    assert_eq!(r.inserted, 2);
    assert_eq!(
        w.rows("SELECT u.external_id, coalesce(c.name, 'NULL') FROM users u LEFT JOIN contacts c ON c.id = u.contact_id ORDER BY u.id").await,
        [["דוד@例え.jp", "דוד כהן"], ["🦀", "NULL"]]
    );
    assert_eq!(w.rows("SELECT events, active_users FROM usage_days").await, [["2", "2"]]);
}

#[tokio::test]
async fn huge_lines_below_the_limits_are_stored_exactly() {
    let w = workspace().await;
    w.base().await;
    // CSV has no line limit: a 3 MB comment round-trips.
    let long: String = "0123456789 ñ 🚀 ".repeat(200_000);
    assert!(long.len() > 3_000_000);
    let nps = format!("response_id,account_id,contact_id,responded_at,score,comment\nbig,acme,,2026-09-10,5,\"{long}\"\nsmall,acme,,2026-09-10,6,x\n");
    let r = w.load(ImportKind::Nps, "nps.csv", &nps).await;
    assert_eq!(r.inserted, 2);
    // Comments are trimmed at the ends only.
    assert_eq!(w.rows("SELECT comment FROM nps_responses WHERE external_id = 'big'").await, [[long.trim_end()]]);

    // JSONL: a CRLF line of exactly 1 MiB before its CR is accepted.
    let head = r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"h","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"},"properties":{"pad":""#;
    let tail = "\"}}";
    let line = format!("{head}{}{tail}", "y".repeat((1 << 20) - head.len() - tail.len()));
    assert_eq!(line.len(), 1 << 20);
    let r = w.load(ImportKind::Events, "big.jsonl", &format!("{line}\r\n")).await;
    assert_eq!(r.inserted, 1);
}

#[tokio::test]
async fn header_only_files_import_zero_rows() {
    let w = workspace().await;
    w.base().await;
    let before = w.dump().await;
    for (kind, name, header) in [
        (ImportKind::Catalog, "cat.csv", "event,module,feature,value_event\n"),
        (ImportKind::Accounts, "acc.csv", "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at"),
        (ImportKind::Subscriptions, "sub.csv", "account_id,subscription_id,plan,mrr,currency,start_date,end_date,modules\r\n"),
        (ImportKind::Contacts, "con.csv", "contact_id,account_id,name,email,role\n"),
        (ImportKind::Tickets, "tic.csv", "ticket_id,account_id,opened_at,first_response_at,resolved_at,priority,csat\n"),
        (ImportKind::Nps, "nps.csv", "response_id,account_id,contact_id,responded_at,score,comment\n"),
        (ImportKind::Milestones, "mil.csv", "milestone_id,account_id,title,owner_side,due_date,completed_at\n"),
        (ImportKind::Events, "ev.csv", "timestamp,account_id,user_id,event,module,message_id\n"),
        (ImportKind::Events, "blank.jsonl", "\n  \n\t\r\n"),
    ] {
        let r = w.load(kind, name, header).await;
        assert_eq!((r.rows, r.inserted, r.updated, r.unchanged, r.skipped), (0, 0, 0, 0, 0), "{name}");
        assert!(r.notes.is_empty(), "{name}: {:?}", r.notes);
    }
    // Nothing changed, so nothing was logged.
    assert!(w.dump().await == before);
}

#[tokio::test]
async fn blank_lines_in_jsonl_are_skipped_but_counted_for_line_numbers() {
    let w = workspace().await;
    w.base().await;
    let ev = |id: &str| format!(r#"{{"type":"track","event":"report_viewed","userId":"u1","messageId":"{id}","timestamp":"2026-09-14T10:00:00Z","context":{{"groupId":"acme"}}}}"#);
    let text = format!("\n{}\n\n   \n{}\r\n\t\n{}", ev("1"), ev("2"), ev("3"));
    let r = w.load(ImportKind::Events, "blank.jsonl", &text).await;
    assert_eq!((r.rows, r.inserted), (3, 3));
    assert_eq!(w.scalar("SELECT events FROM usage_days").await, 3);
    let p = w.file("bad.jsonl", format!("\n\n{}\n\n{{oops\n", ev("4")));
    assert_row_error(w.import(ImportKind::Events, &p).await, &p, 5, "(json)");
}

#[tokio::test]
async fn cells_are_trimmed_and_quoted_headers_accepted() {
    let w = workspace().await;
    let accounts = "\"account_id\",\"name\",industry,region,employees,owner,lifecycle_stage,created_at,\" spaced \"\n  acme  , Acme Corp ,, ,  12 , Dana Scully , Adoption , 2025-01-15 , v \n";
    w.load(ImportKind::Accounts, "acc.csv", accounts).await;
    assert_eq!(
        w.rows("SELECT a.external_id, a.name, coalesce(a.region, 'NULL'), a.employees, o.name, a.lifecycle_stage, a.created_at, a.attributes FROM accounts a JOIN owners o ON o.id = a.owner_id").await,
        [["acme", "Acme Corp", "NULL", "12", "Dana Scully", "adoption", "2025-01-15", r#"{" spaced ":"v"}"#]]
    );
}

#[tokio::test]
async fn csv_line_numbers_count_blank_lines_crlf_and_multiline_fields() {
    let w = workspace().await;
    w.base().await;
    let h = "contact_id,account_id,name,email,role";
    for (name, text, line, field, says) in [
        ("lf_blank.csv", format!("{h}\nx1,acme,A,,user\n\n\nx2,acme,B,,nobody\n"), 5, "role", "nobody"),
        ("crlf.csv", format!("{h}\r\nx1,acme,A,,user\r\nx2,acme,B,,nobody\r\n"), 3, "role", "nobody"),
        ("crlf_blank.csv", format!("{h}\r\n\r\nx1,acme,A,,user\r\n\r\n\r\nx2,acme,B,,nobody\r\n"), 6, "role", "nobody"),
        ("crlf_dup.csv", format!("{h}\r\nx1,acme,A,,user\r\n\r\nx1,acme,B,,user\r\n"), 4, "contact_id", "already appears on line 2"),
        ("crlf_count.csv", format!("{h}\r\nx1,acme,A,,user\r\nx2,acme\r\n"), 3, "(row)", "found 2"),
        ("crlf_multi.csv", format!("{h}\r\nx1,acme,\"A\r\nB\r\nC\",,user\r\nx2,acme,B,,nobody\r\n"), 5, "role", "nobody"),
        ("cr_only_blank.csv", format!("{h}\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\nx2,acme,B,,nobody"), 12, "role", "nobody"),
    ] {
        let p = w.file(name, &text);
        let why = assert_row_error(w.import(ImportKind::Contacts, &p).await, &p, line, field);
        assert!(why.contains(says), "{name}: {why}");
    }
    let p = w.file("ev.csv", "timestamp,account_id,user_id,event,module,message_id\r\n\r\n2026-09-14T10:00:00Z,acme,u1,e,,1\r\nnope,acme,u1,e,,2\r\n");
    assert_row_error(w.import(ImportKind::Events, &p).await, &p, 4, "timestamp");
    // Blank lines between rows are not rows.
    let r = w.load(ImportKind::Contacts, "ok.csv", &format!("{h}\r\n\r\nx1,acme,A,,user\n\nx2,acme,B,,user\r\n\r\n")).await;
    assert_eq!((r.rows, r.inserted), (2, 2));
}
