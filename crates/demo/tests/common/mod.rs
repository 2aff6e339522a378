//! Readers for the written files, independent of the generator's internals.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

pub fn config(accounts: usize, seed: u64) -> demo::DemoConfig {
    demo::DemoConfig {
        accounts,
        seed,
        ..demo::DemoConfig::default()
    }
}

/// Generates into a fresh temporary directory.
pub fn generate(cfg: &demo::DemoConfig) -> (tempfile::TempDir, demo::DemoFiles) {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = demo::generate(cfg, dir.path()).expect("generate");
    (dir, files)
}

/// Header and rows of a CSV file, each row as a header -> value map.
pub fn read_csv(path: &Path) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut r = csv::Reader::from_path(path).expect("open csv");
    let headers: Vec<String> = r
        .headers()
        .expect("headers")
        .iter()
        .map(String::from)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.expect("record");
            assert_eq!(rec.len(), headers.len(), "ragged row in {}", path.display());
            headers
                .iter()
                .cloned()
                .zip(rec.iter().map(String::from))
                .collect()
        })
        .collect();
    (headers, rows)
}

/// One parsed track call.
pub struct Event {
    pub event: String,
    pub user: String,
    pub message_id: String,
    pub account: Option<String>,
    /// The account came from `properties.account_id`, not `context.groupId`.
    pub account_in_properties: bool,
    pub module: Option<String>,
    pub utc: DateTime<Utc>,
    pub raw_timestamp: String,
}

impl Event {
    pub fn day(&self) -> NaiveDate {
        self.utc.date_naive()
    }
}

/// Streams events.jsonl.
pub fn for_each_event(path: &Path, mut f: impl FnMut(Event)) {
    use std::io::BufRead;
    let file = std::io::BufReader::new(std::fs::File::open(path).expect("events"));
    for line in file.lines() {
        let line = line.expect("line");
        let v: serde_json::Value = serde_json::from_str(&line).expect("json line");
        assert_eq!(v["type"], "track", "{line}");
        let s = |x: &serde_json::Value| x.as_str().map(String::from);
        let raw = s(&v["timestamp"]).expect("timestamp");
        let utc = DateTime::parse_from_rfc3339(&raw)
            .expect("rfc3339")
            .with_timezone(&Utc);
        f(Event {
            event: s(&v["event"]).expect("event"),
            user: s(&v["userId"]).expect("userId"),
            message_id: s(&v["messageId"]).expect("messageId"),
            account: s(&v["context"]["groupId"]).or_else(|| s(&v["properties"]["account_id"])),
            account_in_properties: v["context"]["groupId"].is_null(),
            module: s(&v["properties"]["module"]),
            utc,
            raw_timestamp: raw,
        });
    }
}

/// event name -> module, from catalog.csv.
pub fn catalog(path: &Path) -> HashMap<String, String> {
    read_csv(path)
        .1
        .into_iter()
        .map(|r| (r["event"].clone(), r["module"].clone()))
        .collect()
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?}: {e}"))
}
