//! Every class of bad input stops the import with an error naming file, line and field, and
//! nothing from that file is stored, even when the bad row comes after many good ones.

mod common;

use common::*;
use import::ImportKind;

/// `n` good rows from `good(i)` then `bad`: the bad row is on line `n + 2`.
fn after_good(header: &str, n: usize, good: impl Fn(usize) -> String, bad: &str) -> String {
    let mut s = format!("{header}\n");
    for i in 0..n {
        s.push_str(&good(i));
        s.push('\n');
    }
    s.push_str(bad);
    s.push('\n');
    s
}

/// A workspace with something in every table (events included).
async fn loaded() -> Ws {
    let w = workspace().await;
    w.full().await;
    w.load(
        ImportKind::Events,
        "seed.jsonl",
        r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"s1","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}"#,
    )
    .await;
    w
}

/// Imports `contents` and expects a row error at `line`/`field` whose reason contains
/// `reason`, with the workspace unchanged.
async fn refused(w: &Ws, kind: ImportKind, name: &str, contents: impl AsRef<[u8]>, line: u64, field: &str, reason: &str) {
    let before = w.dump().await;
    let p = w.file(name, contents);
    let got = assert_row_error(w.import(kind, &p).await, &p, line, field);
    assert!(got.contains(reason), "{name}: reason {got:?} should mention {reason:?}");
    assert!(w.dump().await == before, "{name}: the failed import stored something");
}

const CONTACT_H: &str = "contact_id,account_id,name,email,role";
const SUB_H: &str = "account_id,subscription_id,plan,mrr,currency,start_date,end_date";
const TICKET_H: &str = "ticket_id,account_id,opened_at,first_response_at,resolved_at,priority,csat";
const NPS_H: &str = "response_id,account_id,contact_id,responded_at,score,comment";
const MS_H: &str = "milestone_id,account_id,title,owner_side,due_date,completed_at";
const ACC_H: &str = "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at";

fn contact(i: usize) -> String {
    format!("x-{i},acme,Person {i},p{i}@acme.test,user")
}
fn sub(i: usize) -> String {
    format!("acme,s-{i},Plan,{i}.50,USD,2026-01-01,")
}
fn ticket(i: usize) -> String {
    format!("tk-{i},acme,2026-09-01T09:00:00Z,,,normal,3")
}
fn nps(i: usize) -> String {
    format!("r-{i},acme,c-1,2026-09-01T09:00:00Z,{},ok", i % 11)
}
fn milestone(i: usize) -> String {
    format!("ms-{i},acme,Step {i},vendor,2026-10-01,")
}
fn acc(i: usize) -> String {
    format!("a-{i},Account {i},,,{i},Dana Scully,adoption,2026-01-01")
}

#[tokio::test]
async fn unknown_account_in_child_files() {
    let w = loaded().await;
    let why = "unknown account \"nope\"";
    refused(&w, ImportKind::Contacts, "c.csv", after_good(CONTACT_H, 30, contact, "x-bad,nope,N,,user"), 32, "account_id", why).await;
    refused(&w, ImportKind::Subscriptions, "s.csv", after_good(SUB_H, 30, sub, "nope,s-bad,P,1,USD,2026-01-01,"), 32, "account_id", why).await;
    refused(&w, ImportKind::Tickets, "t.csv", after_good(TICKET_H, 30, ticket, "tk-bad,nope,2026-09-01T09:00:00Z,,,low,"), 32, "account_id", why).await;
    refused(&w, ImportKind::Nps, "n.csv", after_good(NPS_H, 30, nps, "r-bad,nope,,2026-09-01,5,"), 32, "account_id", why).await;
    refused(&w, ImportKind::Milestones, "m.csv", after_good(MS_H, 30, milestone, "ms-bad,nope,T,vendor,2026-10-01,"), 32, "account_id", why).await;
    // Case matters: ids are exact.
    refused(&w, ImportKind::Contacts, "c2.csv", after_good(CONTACT_H, 2, contact, "x-bad,ACME,N,,user"), 4, "account_id", "unknown account").await;
}

#[tokio::test]
async fn bad_dates_money_and_periods() {
    let w = loaded().await;
    let s = |bad: &str| after_good(SUB_H, 10, sub, bad);
    refused(&w, ImportKind::Subscriptions, "d1.csv", s("acme,s-x,P,1,USD,2026-13-01,"), 12, "start_date", "expected a date YYYY-MM-DD").await;
    refused(&w, ImportKind::Subscriptions, "d2.csv", s("acme,s-x,P,1,USD,2026-01-01,01/02/2026"), 12, "end_date", "\"01/02/2026\"").await;
    refused(&w, ImportKind::Subscriptions, "m1.csv", s("acme,s-x,P,\"1,250.00\",USD,2026-01-01,"), 12, "mrr", "expected an amount like 1250.00").await;
    refused(&w, ImportKind::Subscriptions, "m2.csv", s("acme,s-x,P,12.345,USD,2026-01-01,"), 12, "mrr", "at most 2 decimals").await;
    refused(&w, ImportKind::Subscriptions, "m3.csv", s("acme,s-x,P,-5,USD,2026-01-01,"), 12, "mrr", "must not be negative").await;
    refused(&w, ImportKind::Subscriptions, "m4.csv", s("acme,s-x,P,,USD,2026-01-01,"), 12, "mrr", "is empty but required").await;
    refused(&w, ImportKind::Subscriptions, "cur.csv", s("acme,s-x,P,5,usd,2026-01-01,"), 12, "currency", "ISO 4217").await;
    refused(&w, ImportKind::Subscriptions, "e1.csv", s("acme,s-x,P,5,USD,2026-01-01,2026-01-01"), 12, "end_date", "is not after start_date").await;
    refused(&w, ImportKind::Subscriptions, "e2.csv", s("acme,s-x,P,5,USD,2026-01-01,2025-12-31"), 12, "end_date", "is not after start_date").await;
    // Two periods of one subscription that overlap: the second names the first's line.
    let overlap = format!("{SUB_H}\nacme,s-o,P,5,USD,2026-01-01,2026-03-01\nacme,s-z,P,5,USD,2026-01-01,\nacme,s-o,Q,6,USD,2026-02-01,\n");
    refused(&w, ImportKind::Subscriptions, "o1.csv", overlap, 4, "start_date", "overlaps the one on line 2").await;
    // An open-ended period overlaps everything after it.
    let open = format!("{SUB_H}\nacme,s-o,P,5,USD,2026-01-01,\nacme,s-o,Q,6,USD,2027-01-01,2027-02-01\n");
    refused(&w, ImportKind::Subscriptions, "o2.csv", open, 3, "start_date", "overlaps").await;
    // A period overlapping one already in the workspace (sub-1 runs from 2025-07-15, open).
    let existing = format!("{SUB_H}\nglobex,s-new,P,5,USD,2026-01-01,\nacme,sub-1,Scale,2000,USD,2025-09-01,\n");
    refused(&w, ImportKind::Subscriptions, "o3.csv", existing, 3, "start_date", "overlaps a period already in the workspace").await;
    // One subscription id under two accounts.
    let two = format!("{SUB_H}\nacme,s-t,P,5,USD,2026-01-01,2026-02-01\nglobex,s-t,P,5,USD,2026-02-01,\n");
    refused(&w, ImportKind::Subscriptions, "two.csv", two, 3, "account_id", "belongs to another account").await;

    refused(&w, ImportKind::Milestones, "md.csv", after_good(MS_H, 5, milestone, "ms-x,acme,T,vendor,14/09/2026,"), 7, "due_date", "expected a date").await;
    refused(&w, ImportKind::Tickets, "td.csv", after_good(TICKET_H, 5, ticket, "tk-x,acme,yesterday,,,low,"), 7, "opened_at", "ISO-8601").await;
    refused(&w, ImportKind::Tickets, "tr.csv", after_good(TICKET_H, 5, ticket, "tk-x,acme,2026-09-02T00:00:00Z,2026-09-01T00:00:00Z,,low,"), 7, "first_response_at", "is before opened_at").await;
    refused(&w, ImportKind::Accounts, "ad.csv", after_good(ACC_H, 5, acc, "a-x,X,,,,,,2026-02-30"), 7, "created_at", "expected a date").await;
    refused(&w, ImportKind::Accounts, "ae.csv", after_good(ACC_H, 5, acc, "a-x,X,,,many,,,"), 7, "employees", "expected a number").await;
}

#[tokio::test]
async fn duplicate_ids_within_a_file() {
    let w = loaded().await;
    let twice = "already appears on line 3";
    refused(&w, ImportKind::Accounts, "a.csv", after_good(ACC_H, 5, acc, "a-1,Again,,,,,,"), 7, "account_id", twice).await;
    refused(&w, ImportKind::Contacts, "c.csv", after_good(CONTACT_H, 5, contact, "x-1,acme,Again,,user"), 7, "contact_id", twice).await;
    refused(&w, ImportKind::Tickets, "t.csv", after_good(TICKET_H, 5, ticket, &ticket(1)), 7, "ticket_id", twice).await;
    refused(&w, ImportKind::Nps, "n.csv", after_good(NPS_H, 5, nps, &nps(1)), 7, "response_id", twice).await;
    refused(&w, ImportKind::Milestones, "m.csv", after_good(MS_H, 5, milestone, &milestone(1)), 7, "milestone_id", twice).await;
    let cat = "event,module\na,analysis\nb,analysis\na,monitoring\n";
    refused(&w, ImportKind::Catalog, "cat.csv", cat, 4, "event", "already appears on line 2").await;
    // The same subscription period twice is an overlap.
    refused(&w, ImportKind::Subscriptions, "s.csv", after_good(SUB_H, 5, sub, &sub(1)), 7, "start_date", "overlaps the one on line 3").await;
}

#[tokio::test]
async fn bad_enums_and_ranges() {
    let w = loaded().await;
    refused(&w, ImportKind::Contacts, "role.csv", after_good(CONTACT_H, 5, contact, "x-x,acme,N,,boss"), 7, "role", "expected one of executive_sponsor admin champion user, got \"boss\"").await;
    refused(&w, ImportKind::Contacts, "mail.csv", after_good(CONTACT_H, 5, contact, "x-x,acme,N,not-an-email,user"), 7, "email", "is not an email address").await;
    refused(&w, ImportKind::Tickets, "prio.csv", after_good(TICKET_H, 5, ticket, "tk-x,acme,2026-09-01T00:00:00Z,,,p1,"), 7, "priority", "expected one of low normal high urgent").await;
    refused(&w, ImportKind::Milestones, "side.csv", after_good(MS_H, 5, milestone, "ms-x,acme,T,both,2026-10-01,"), 7, "owner_side", "expected one of customer vendor").await;
    refused(&w, ImportKind::Accounts, "stage.csv", after_good(ACC_H, 5, acc, "a-x,X,,,,,at risk,"), 7, "lifecycle_stage", "at_risk").await;
    refused(&w, ImportKind::Nps, "s11.csv", after_good(NPS_H, 5, nps, "r-x,acme,,2026-09-01,11,"), 7, "score", "expected a number from 0 to 10, got \"11\"").await;
    refused(&w, ImportKind::Nps, "sneg.csv", after_good(NPS_H, 5, nps, "r-x,acme,,2026-09-01,-1,"), 7, "score", "from 0 to 10").await;
    refused(&w, ImportKind::Nps, "sdec.csv", after_good(NPS_H, 5, nps, "r-x,acme,,2026-09-01,8.5,"), 7, "score", "from 0 to 10").await;
    refused(&w, ImportKind::Tickets, "csat6.csv", after_good(TICKET_H, 5, ticket, "tk-x,acme,2026-09-01T00:00:00Z,,,low,6"), 7, "csat", "expected a number from 1 to 5, got \"6\"").await;
    refused(&w, ImportKind::Tickets, "csat0.csv", after_good(TICKET_H, 5, ticket, "tk-x,acme,2026-09-01T00:00:00Z,,,low,0"), 7, "csat", "from 1 to 5").await;
    // c-3 is globex's contact.
    refused(&w, ImportKind::Nps, "other.csv", after_good(NPS_H, 5, nps, "r-x,acme,c-3,2026-09-01,7,"), 7, "contact_id", "contact \"c-3\" belongs to another account").await;
    refused(&w, ImportKind::Nps, "unk.csv", after_good(NPS_H, 5, nps, "r-x,acme,c-404,2026-09-01,7,"), 7, "contact_id", "unknown contact").await;
    refused(&w, ImportKind::Catalog, "val.csv", "event,module,value_event\na,analysis,maybe\n", 2, "value_event", "true false").await;
    refused(&w, ImportKind::Catalog, "mod.csv", "event,module\na,ana/lysis\n", 2, "module", "module key").await;
}

#[tokio::test]
async fn bad_headers_field_counts_encoding_and_empty_files() {
    let w = loaded().await;
    let before = w.dump().await;
    for (kind, name, contents, says) in [
        (ImportKind::Contacts, "missing.csv", "contact_id,account_id,name,role\nx,acme,N,user\n", "missing column(s) email"),
        (ImportKind::Accounts, "typo.csv", "account_id,Name,industry,region,employees,owner,lifecycle_stage,created_at\n", "missing column(s) name"),
        (ImportKind::Contacts, "dup.csv", "contact_id,account_id,name,email,role,name\nx,acme,N,,user,N\n", "column `name` appears twice"),
        (ImportKind::Catalog, "blank.csv", "event,,module\n", "column 2 has no name"),
    ] {
        let p = w.file(name, contents);
        let shown = assert_header_error(w.import(kind, &p).await, &p);
        assert!(shown.contains(says), "{shown}");
    }
    // Events CSV has its own header check.
    let p = w.file("ev.csv", "timestamp,account_id,user_id,event,message_id\n");
    let shown = assert_header_error(w.import(ImportKind::Events, &p).await, &p);
    assert!(shown.contains("missing column module"), "{shown}");

    // A row with more or fewer fields than the header.
    let more = after_good(CONTACT_H, 8, contact, "x-x,acme,N,,user,extra");
    refused(&w, ImportKind::Contacts, "more.csv", more, 10, "(row)", "expected 5 fields like the header, found 6").await;
    let fewer = after_good(TICKET_H, 3, ticket, "tk-x,acme,2026-09-01T00:00:00Z");
    refused(&w, ImportKind::Tickets, "fewer.csv", fewer, 5, "(row)", "found 3").await;
    refused(&w, ImportKind::Events, "fields.csv", "timestamp,account_id,user_id,event,module,message_id\n2026-09-14T10:00:00Z,acme,u1,e,,m1\n2026-09-14T10:00:00Z,acme,u1\n", 3, "(row)", "").await;

    // Invalid UTF-8 (Latin-1 é) in a data row.
    let mut latin1 = after_good(CONTACT_H, 4, contact, "").into_bytes();
    latin1.truncate(latin1.len() - 1);
    latin1.extend_from_slice(b"x-x,acme,Ren\xe9,,user\n");
    refused(&w, ImportKind::Contacts, "latin1.csv", latin1, 6, "(row)", "invalid UTF-8 in field 3").await;
    refused(&w, ImportKind::Accounts, "latin1h.csv", b"account_id,n\xe4me\n".to_vec(), 1, "(row)", "invalid UTF-8").await;

    // Empty files (every CSV kind, and both event formats).
    for (kind, name) in [
        (ImportKind::Catalog, "e1.csv"),
        (ImportKind::Accounts, "e2.csv"),
        (ImportKind::Subscriptions, "e3.csv"),
        (ImportKind::Contacts, "e4.csv"),
        (ImportKind::Tickets, "e5.csv"),
        (ImportKind::Nps, "e6.csv"),
        (ImportKind::Milestones, "e7.csv"),
        (ImportKind::Events, "e8.csv"),
        (ImportKind::Events, "e9.jsonl"),
    ] {
        let p = w.file(name, "");
        let shown = assert_file_error(w.import(kind, &p).await, &p);
        assert!(shown.ends_with("the file is empty (no header line)") || shown.ends_with("the file is empty"), "{shown}");
    }
    assert!(w.dump().await == before);
}

const GOOD: &str = r#"{"type":"track","event":"report_viewed","userId":"u1","messageId":"g","timestamp":"2026-09-14T10:00:00Z","context":{"groupId":"acme"}}"#;

/// Ten good JSONL lines (fresh message ids) then `bad` on line 11.
fn jsonl(bad: &str) -> String {
    let mut s = String::new();
    for i in 0..10 {
        s.push_str(&GOOD.replace("\"g\"", &format!("\"g{i}\"")));
        s.push('\n');
    }
    s.push_str(bad);
    s.push('\n');
    s
}

#[tokio::test]
async fn bad_jsonl_lines() {
    let w = loaded().await;
    let ev = ImportKind::Events;
    let drop = |key: &str| {
        let v: serde_json::Value = serde_json::from_str(GOOD).unwrap();
        let mut v = v.as_object().unwrap().clone();
        v.remove(key);
        v.insert("messageId".into(), "bad".into());
        if key == "messageId" {
            v.remove("messageId");
        }
        serde_json::Value::Object(v).to_string()
    };
    refused(&w, ev, "json.jsonl", jsonl("{\"type\":\"track\","), 11, "(json)", "not a JSON object").await;
    refused(&w, ev, "arr.jsonl", jsonl("[1,2,3]"), 11, "(json)", "not a JSON object").await;
    refused(&w, ev, "msg.jsonl", jsonl(&drop("messageId")), 11, "messageId", "is missing (needed to deduplicate)").await;
    refused(&w, ev, "ts.jsonl", jsonl(&drop("timestamp")), 11, "timestamp", "is missing").await;
    refused(&w, ev, "event.jsonl", jsonl(&drop("event")), 11, "event", "is missing").await;
    refused(&w, ev, "user.jsonl", jsonl(&drop("userId")), 11, "userId", "is missing (and no anonymousId)").await;
    refused(&w, ev, "acct.jsonl", jsonl(&drop("context")), 11, "context.groupId", "no account for this event").await;
    let bad_ts = GOOD.replace("2026-09-14T10:00:00Z", "14/09/2026 10:00");
    refused(&w, ev, "badts.jsonl", jsonl(&bad_ts), 11, "timestamp", "expected an ISO-8601 timestamp with offset, got \"14/09/2026 10:00\"").await;
    let feb30 = GOOD.replace("2026-09-14T10:00:00Z", "2026-02-30T10:00:00Z");
    refused(&w, ev, "feb30.jsonl", jsonl(&feb30), 11, "timestamp", "2026-02-30").await;
    let obj_user = GOOD.replace("\"userId\":\"u1\"", "\"userId\":{\"id\":1}");
    refused(&w, ev, "objuser.jsonl", jsonl(&obj_user), 11, "(json)", "").await;
    let bad_module = GOOD.replace("}}", "},\"properties\":{\"module\":\"a/b\"}}");
    refused(&w, ev, "module.jsonl", jsonl(&bad_module), 11, "module", "module key").await;
    // Invalid UTF-8 inside a JSON string.
    let mut latin1 = jsonl("").into_bytes();
    latin1.truncate(latin1.len() - 1);
    latin1.extend_from_slice(GOOD.replace("u1", "Ren\u{e9}").replace('\u{e9}', "\u{1}").as_bytes());
    let at = latin1.iter().rposition(|b| *b == 1).unwrap();
    latin1[at] = 0xe9;
    latin1.push(b'\n');
    refused(&w, ev, "latin1.jsonl", latin1, 11, "(json)", "").await;

    // Events CSV: the same checks with its own column names.
    let h = "timestamp,account_id,user_id,event,module,message_id";
    let good = |i: usize| format!("2026-09-14T10:00:00Z,acme,u1,report_viewed,,c{i}");
    refused(&w, ev, "ts.csv", after_good(h, 4, good, "yesterday,acme,u1,report_viewed,,x"), 6, "timestamp", "ISO-8601").await;
    refused(&w, ev, "user.csv", after_good(h, 4, good, "2026-09-14T10:00:00Z,acme,,report_viewed,,x"), 6, "user_id", "is missing").await;
    refused(&w, ev, "msg.csv", after_good(h, 4, good, "2026-09-14T10:00:00Z,acme,u1,report_viewed,,"), 6, "message_id", "is missing").await;
    refused(&w, ev, "acct.csv", after_good(h, 4, good, "2026-09-14T10:00:00Z,nope,u1,report_viewed,,x"), 6, "account_id", "unknown account \"nope\"").await;
}

#[tokio::test]
async fn jsonl_lines_longer_than_one_mib_are_refused() {
    let w = loaded().await;
    const MIB: usize = 1 << 20;
    // A valid event padded to exactly 1 MiB is fine; one byte more is not.
    let padded = |len: usize| {
        let head = GOOD.replace("\"g\"", "\"big\"").replace("}}", "},\"properties\":{\"pad\":\"");
        let tail = "\"}}";
        format!("{head}{}{tail}", "x".repeat(len - head.len() - tail.len()))
    };
    let exact = padded(MIB);
    assert_eq!(exact.len(), MIB);
    let p = w.file("exact.jsonl", format!("{GOOD}\n{exact}\n"));
    let r = w.import(ImportKind::Events, &p).await.unwrap();
    assert_eq!((r.rows, r.inserted), (2, 2));

    let w = loaded().await;
    // Complete long line, in the middle of the file and at its end without a newline.
    refused(&w, ImportKind::Events, "long.jsonl", format!("{GOOD}\n{}\n{GOOD}\n", padded(MIB + 1)), 2, "(line)", "longer than 1 MiB").await;
    refused(&w, ImportKind::Events, "tail.jsonl", format!("{GOOD}\n{}", padded(3 * MIB)), 2, "(line)", "longer than 1 MiB").await;
    // A file with no newline at all, far longer than the read buffer.
    refused(&w, ImportKind::Events, "nonl.jsonl", "x".repeat(9 * MIB), 1, "(line)", "longer than 1 MiB").await;
}
