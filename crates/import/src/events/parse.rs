//! The reading half of an event import: runs on its own thread, turns lines into compact
//! `Event`s (interned account, user and module numbers, UTC day, message-id hash) and hands
//! them over in batches, so parsing overlaps with the database work on the other core.

use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc::SyncSender;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use super::{EventOptions, UnknownAccounts};
use crate::options::{ImportOptions, Watch};
use crate::source::{csv_error, Hashing, Lines};
use crate::error::why;
use i18n::{Arg, Text};
use crate::{Error, ImportKind};

/// Longest line accepted; a longer one is an error, which keeps memory bounded.
pub(crate) const MAX_LINE: usize = 1 << 20;
/// The columns of CSV events, in the order `read_csv` indexes them (and the columns table
/// lists them).
const CSV_COLUMNS: [&str; 6] = ["timestamp", "account_id", "user_id", "event", "module", "message_id"];
/// Events per batch: large, so that a time-ordered stream's batches share few days (a day
/// seen in an earlier batch needs duplicate look-ups); 256k events are 8 MB.
const BATCH: usize = 1 << 18;

/// The two event file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventFormat {
    /// Segment-spec track calls, one JSON object per line.
    Jsonl,
    /// `timestamp,account_id,user_id,event,module,message_id`.
    Csv,
}

impl EventFormat {
    /// `.csv` files are CSV; anything else is read as JSONL.
    pub fn of(path: &Path) -> EventFormat {
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) { EventFormat::Csv } else { EventFormat::Jsonl }
    }
}

/// One usage event, reduced to what the rollups need.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Event {
    pub day: i32,
    pub hash: i64,
    pub account: u32,
    pub user: u32,
    pub module: u32,
    /// Event type id + 1 when this is a value event, else 0.
    pub value_type: u32,
}

/// A batch of events plus the accounts and users first seen in it.
#[derive(Default)]
pub(crate) struct Batch {
    pub events: Vec<Event>,
    pub new_accounts: Vec<String>,
    pub new_users: Vec<(u32, String)>,
    pub new_modules: Vec<String>,
}

/// What the reader knows about the workspace when it starts (Fx-hashed: three look-ups
/// per event, where SipHash was a tenth of the reader's time).
pub(crate) struct Lookup {
    pub accounts: FxHashMap<String, u32>,
    pub modules: FxHashMap<String, u32>,
    /// event name -> (module key, value event type id + 1 or 0)
    pub catalog: FxHashMap<String, (String, u32)>,
}

/// Totals the reader reports at the end.
#[derive(Default, Debug)]
pub(crate) struct ReadSummary {
    pub lines: u64,
    pub non_track: u64,
    pub unknown_skipped: u64,
    pub unknown_first: Vec<String>,
    pub unassigned: u64,
    pub unassigned_first: Vec<String>,
    pub content_hash: String,
}

#[derive(Deserialize)]
struct SegmentEvent<'a> {
    #[serde(rename = "type", borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    event: Option<Cow<'a, str>>,
    #[serde(rename = "userId", borrow, default, deserialize_with = "id_string")]
    user_id: Option<Cow<'a, str>>,
    #[serde(rename = "anonymousId", borrow, default, deserialize_with = "id_string")]
    anonymous_id: Option<Cow<'a, str>>,
    #[serde(rename = "messageId", borrow)]
    message_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    timestamp: Option<Cow<'a, str>>,
    #[serde(borrow)]
    context: Option<Context<'a>>,
    #[serde(borrow)]
    properties: Option<Properties<'a>>,
}

#[derive(Deserialize)]
struct Context<'a> {
    #[serde(rename = "groupId", borrow, default, deserialize_with = "id_string")]
    group_id: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct Properties<'a> {
    #[serde(borrow, default, deserialize_with = "id_string")]
    account_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    module: Option<Cow<'a, str>>,
}

/// Ids arrive as strings or numbers depending on the sending library; both are ids. A
/// visitor rather than an untagged enum: untagged enums buffer every value first, which
/// costs more than the rest of the line's parsing.
fn id_string<'de: 'a, 'a, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Cow<'a, str>>, D::Error> {
    struct IdVisitor;
    impl<'de> serde::de::Visitor<'de> for IdVisitor {
        type Value = Option<Cow<'de, str>>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string or number id")
        }
        fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Borrowed(v)))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v.to_string())))
        }
        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v)))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v.to_string())))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v.to_string())))
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v.to_string())))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: serde::Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_any(IdVisitor)
        }
    }
    d.deserialize_option(IdVisitor)
}

/// The fields of one event, borrowed from its line.
struct Fields<'a> {
    timestamp: Option<Cow<'a, str>>,
    account: Option<(Cow<'a, str>, &'a str)>,
    user: Option<Cow<'a, str>>,
    event: Option<Cow<'a, str>>,
    module: Option<Cow<'a, str>>,
    message_id: Option<Cow<'a, str>>,
}

pub(crate) struct Reader {
    path: PathBuf,
    opts: EventOptions,
    /// CSV headers renamed onto the canonical columns, and columns stated absent.
    rename: FxHashMap<String, String>,
    absent: Vec<String>,
    watch: Watch,
    lookup: Lookup,
    /// Per account index: user id -> interned user number.
    users: Vec<FxHashMap<Box<str>, u32>>,
    next_user: u32,
    batch: Batch,
    summary: ReadSummary,
}

impl Reader {
    pub(crate) fn new(path: &Path, opts: &ImportOptions, lookup: Lookup) -> Reader {
        Reader {
            path: path.to_path_buf(),
            opts: opts.events.clone(),
            rename: opts.rename.iter().map(|(h, c)| (h.clone(), c.clone())).collect(),
            absent: opts.absent.clone(),
            watch: Watch::new(path, opts),
            lookup,
            users: Vec::new(),
            next_user: 0,
            batch: Batch::default(),
            summary: ReadSummary::default(),
        }
    }

    /// Reads the whole file, sending batches; stops at the first bad line.
    pub(crate) fn run(self, tx: SyncSender<Batch>) -> Result<ReadSummary, Error> {
        let file = std::fs::File::open(&self.path).map_err(|e| Error::Io { file: self.path.clone(), source: e })?;
        let csv = EventFormat::of(&self.path) == EventFormat::Csv;
        self.run_on(file, csv, tx)
    }

    pub(crate) fn run_on<R: Read>(mut self, input: R, csv: bool, tx: SyncSender<Batch>) -> Result<ReadSummary, Error> {
        let mut input = Hashing::new(input);
        if csv {
            self.read_csv(&mut input, &tx)?;
        } else {
            self.read_jsonl(&mut input, &tx)?;
        }
        let _ = std::io::copy(&mut input, &mut std::io::sink());
        self.watch.done(self.summary.lines);
        self.flush(&tx)?;
        self.summary.content_hash = input.hex();
        Ok(self.summary)
    }

    fn read_jsonl<R: Read>(&mut self, input: &mut R, tx: &SyncSender<Batch>) -> Result<(), Error> {
        let mut buf: Vec<u8> = Vec::with_capacity(1 << 22);
        // Offset in the file of buf[0], for progress.
        let mut base = 0u64;
        let mut start = 0usize;
        let mut line_no = 0u64;
        let mut eof = false;
        loop {
            // Take every complete line in the buffer.
            while let Some(nl) = memchr::memchr(b'\n', &buf[start..]) {
                line_no += 1;
                // A long line that arrived whole in one read is as refused as one that did not.
                if nl - usize::from(nl > 0 && buf[start + nl - 1] == b'\r') > MAX_LINE {
                    return Err(Error::row(&self.path, line_no, "(line)", why("error-import-line-too-long")));
                }
                self.watch.at(base + start as u64, self.summary.lines)?;
                let line = &buf[start..start + nl];
                self.jsonl_line(line, line_no)?;
                start += nl + 1;
                if self.batch.events.len() >= BATCH {
                    self.flush(tx)?;
                }
            }
            if eof {
                if line_no == 0 && buf.is_empty() {
                    return Err(Error::File { file: self.path.clone(), reason: why("error-import-empty") });
                }
                if start < buf.len() {
                    line_no += 1;
                    if buf.len() - start > MAX_LINE {
                        return Err(Error::row(&self.path, line_no, "(line)", why("error-import-line-too-long")));
                    }
                    let rest = buf[start..].to_vec();
                    self.jsonl_line(&rest, line_no)?;
                }
                return Ok(());
            }
            if buf.len() - start > MAX_LINE {
                return Err(Error::row(&self.path, line_no + 1, "(line)", why("error-import-line-too-long")));
            }
            buf.drain(..start);
            base += start as u64;
            start = 0;
            let old = buf.len();
            buf.resize(old + (1 << 22), 0);
            let n = input.read(&mut buf[old..]).map_err(|e| Error::Io { file: self.path.clone(), source: e })?;
            buf.truncate(old + n);
            eof = n == 0;
        }
    }

    fn jsonl_line(&mut self, raw: &[u8], line: u64) -> Result<(), Error> {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let raw = if line == 1 { raw.strip_prefix("\u{feff}".as_bytes()).unwrap_or(raw) } else { raw };
        if raw.iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        self.summary.lines += 1;
        // sonic-rs: serde-compatible and SIMD-accelerated; parsing is the reader's main cost
        // (15% faster end to end than serde_json here). Its error text carries a snippet of
        // the line after the first line: keep errors to one line.
        let ev: SegmentEvent<'_> = sonic_rs::from_slice(raw).map_err(|e| {
            let msg = e.to_string();
            let first = msg.lines().next().unwrap_or("invalid JSON").trim_end().to_string();
            Error::row(&self.path, line, "(json)", Text::new("error-import-not-json").arg("detail", Arg::Str(first)))
        })?;
        if ev.kind.as_deref().is_some_and(|k| k != "track") {
            self.summary.non_track += 1;
            return Ok(());
        }
        let (props_account, module) = match ev.properties {
            Some(p) => (p.account_id, p.module),
            None => (None, None),
        };
        let account = match ev.context.and_then(|c| c.group_id) {
            Some(g) => Some((g, "context.groupId")),
            None => props_account.map(|a| (a, "properties.account_id")),
        };
        let fields = Fields {
            timestamp: ev.timestamp,
            account,
            user: ev.user_id.or(ev.anonymous_id),
            event: ev.event,
            module,
            message_id: ev.message_id,
        };
        self.accept(fields, line, ["timestamp", "context.groupId", "userId", "event", "messageId", "module"])
    }

    fn read_csv<R: Read>(&mut self, input: &mut R, tx: &SyncSender<Batch>) -> Result<(), Error> {
        const COLS: [&str; 6] = CSV_COLUMNS;
        let mut rdr = csv::ReaderBuilder::new().flexible(false).from_reader(Lines::new(input));
        let header = match rdr.headers() {
            Ok(h) => h.clone(),
            Err(e) => return Err(csv_error(&self.path, e, rdr.get_mut())),
        };
        if header.is_empty() || (header.len() == 1 && header[0].is_empty()) {
            return Err(Error::File { file: self.path.clone(), reason: why("error-import-empty-no-header") });
        }
        let mut idx = [usize::MAX; 6];
        // What errors call each column: the file's own header (a mapped one may differ).
        let mut names: [String; 6] = COLS.map(String::from);
        for (i, raw) in header.iter().enumerate() {
            let raw = raw.trim_start_matches('\u{feff}');
            let name = self.rename.get(raw).map_or(raw, String::as_str);
            if let Some(c) = COLS.iter().position(|c| *c == name) {
                if idx[c] != usize::MAX {
                    let reason = if names[c] == raw {
                        Text::new("error-import-column-twice").arg("column", Arg::Str(name.to_string()))
                    } else {
                        Text::new("error-import-column-both")
                            .arg("column", Arg::Str(name.to_string()))
                            .arg("first", Arg::Str(names[c].clone()))
                            .arg("second", Arg::Str(raw.to_string()))
                    };
                    return Err(Error::Header { file: self.path.clone(), reason });
                }
                idx[c] = i;
                names[c] = raw.to_string();
            }
        }
        let header_names: Vec<&str> = header.iter().map(|h| h.trim_start_matches('\u{feff}')).collect();
        let mut gone: Vec<&String> = self.rename.keys().filter(|h| !header_names.contains(&h.as_str())).collect();
        gone.sort();
        if let Some(h) = gone.first() {
            let reason = Text::new("error-import-mapped-column-gone")
                .arg("header", Arg::Str(h.to_string()))
                .arg("column", Arg::Str(self.rename[*h].clone()));
            return Err(Error::Header { file: self.path.clone(), reason });
        }
        // Only a column whose cells may be empty can be left out.
        let spec = ImportKind::Events.columns();
        let absent = |c: &str| self.absent.iter().any(|a| a == c) && spec.iter().any(|s| s.name == c && !s.needs_value);
        if let Some(missing) = COLS.iter().zip(idx).find(|(c, i)| *i == usize::MAX && !absent(c)) {
            return Err(Error::Header {
                file: self.path.clone(),
                reason: Text::new("error-import-missing-column")
                    .arg("column", Arg::Str(missing.0.to_string()))
                    .arg("expected", Arg::Str(COLS.join(","))),
            });
        }
        let mut rec = csv::StringRecord::new();
        loop {
            match rdr.read_record(&mut rec) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return Err(csv_error(&self.path, e, rdr.get_mut())),
            }
            let byte = rec.position().map_or(0, |p| p.byte());
            self.watch.at(byte, self.summary.lines)?;
            let line = rdr.get_mut().line_at(byte);
            self.summary.lines += 1;
            let get = |c: usize| rec.get(idx[c]).map(str::trim).filter(|v| !v.is_empty()).map(Cow::Borrowed);
            let fields = Fields {
                timestamp: get(0),
                account: get(1).map(|a| (a, names[1].as_str())),
                user: get(2),
                event: get(3),
                module: get(4),
                message_id: get(5),
            };
            let n = &names;
            self.accept(fields, line, [&n[0], &n[1], &n[2], &n[3], &n[5], &n[4]])?;
            if self.batch.events.len() >= BATCH {
                self.flush(tx)?;
            }
        }
        Ok(())
    }

    /// Validates and interns one event. `names` are the field names of this format, for errors
    /// (the account's comes with its value: JSONL has two places for it).
    fn accept(&mut self, f: Fields<'_>, line: u64, names: [&str; 6]) -> Result<(), Error> {
        let [n_ts, n_acc, n_user, n_event, n_msg, n_module] = names;
        let err = |field: &str, reason: Text| Error::row(&self.path, line, field, reason);
        let message_id = f.message_id.ok_or_else(|| err(n_msg, why("error-import-missing-message-id")))?;
        let ts = f.timestamp.ok_or_else(|| err(n_ts, why("error-import-missing")))?;
        let day = utc_day(&ts).ok_or_else(|| match domain::Timestamp::parse(&ts) {
            Ok(_) => err(n_ts, Text::new("error-import-before-1970").arg("got", Arg::Str(ts.to_string()))),
            Err(_) => err(n_ts, Text::new("error-import-timestamp").arg("got", Arg::Str(ts.to_string()))),
        })?;
        let event = f.event.ok_or_else(|| err(n_event, why("error-import-missing")))?;
        let user = f.user.ok_or_else(|| err(n_user, why("error-import-missing-user")))?;
        let (account_id, acc_field) = f.account.ok_or_else(|| err(n_acc, why("error-import-missing-account")))?;
        let _ = acc_field;
        let account = match self.lookup.accounts.get(account_id.as_ref()) {
            Some(a) => *a,
            None => match self.opts.unknown_accounts {
                UnknownAccounts::Error => {
                    return Err(err(acc_field, Text::new("error-import-unknown-event-account").arg("account", Arg::Str(account_id.to_string()))));
                }
                UnknownAccounts::Skip => {
                    self.summary.unknown_skipped += 1;
                    if self.summary.unknown_first.len() < 5 && !self.summary.unknown_first.iter().any(|a| a == account_id.as_ref()) {
                        self.summary.unknown_first.push(account_id.to_string());
                    }
                    return Ok(());
                }
                UnknownAccounts::Create => {
                    let ix = self.lookup.accounts.len() as u32;
                    self.lookup.accounts.insert(account_id.to_string(), ix);
                    self.batch.new_accounts.push(account_id.to_string());
                    ix
                }
            },
        };
        let (module_key, value_type) = match (f.module, self.lookup.catalog.get(event.as_ref())) {
            // Fast path: a module key already known as written needs no normalising.
            (Some(m), cat) if self.lookup.modules.contains_key(m.as_ref()) => (m.into_owned(), cat.map(|c| c.1).unwrap_or(0)),
            (Some(m), cat) => (
                crate::catalog::module_key(&m).map_err(|e| err(n_module, e.text()))?,
                cat.map(|c| c.1).unwrap_or(0),
            ),
            (None, Some((m, v))) => (m.clone(), *v),
            (None, None) => {
                self.summary.unassigned += 1;
                if self.summary.unassigned_first.len() < 5 && !self.summary.unassigned_first.iter().any(|e| e == event.as_ref()) {
                    self.summary.unassigned_first.push(event.to_string());
                }
                (crate::catalog::UNASSIGNED_MODULE.to_string(), 0)
            }
        };
        let module = match self.lookup.modules.get(&module_key) {
            Some(m) => *m,
            None => {
                let ix = self.lookup.modules.len() as u32;
                self.lookup.modules.insert(module_key.clone(), ix);
                self.batch.new_modules.push(module_key);
                ix
            }
        };
        let user = self.user(account, &user);
        let hash = xxhash_rust::xxh3::xxh3_64(message_id.as_bytes()) as i64;
        self.batch.events.push(Event { day, hash, account, user, module, value_type });
        Ok(())
    }

    fn user(&mut self, account: u32, id: &str) -> u32 {
        let a = account as usize;
        if self.users.len() <= a {
            self.users.resize_with(a + 1, FxHashMap::default);
        }
        if let Some(u) = self.users[a].get(id) {
            return *u;
        }
        let ix = self.next_user;
        self.next_user += 1;
        self.users[a].insert(Box::from(id), ix);
        self.batch.new_users.push((account, id.to_string()));
        ix
    }

    fn flush(&mut self, tx: &SyncSender<Batch>) -> Result<(), Error> {
        let batch = std::mem::replace(&mut self.batch, Batch { events: Vec::with_capacity(BATCH), ..Batch::default() });
        // A closed channel means the writer stopped on an error of its own; it reports it.
        tx.send(batch).map_err(|_| Error::File { file: self.path.clone(), reason: why("error-import-stopped") })
    }
}

/// Days since 1970-01-01 of the instant's UTC date. The common `...Z` form is read
/// directly; anything with an offset goes through the full parser.
pub(crate) fn utc_day(ts: &str) -> Option<i32> {
    let b = ts.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    // `YYYY-MM-DDTHH:MM:SS[.fff]Z`, checked in full; anything else takes the full parser.
    let fast = b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[b.len() - 1] == b'Z'
        && (b.len() == 20 || (b[19] == b'.' && b.len() > 21 && b[20..b.len() - 1].iter().all(u8::is_ascii_digit)));
    let day = if fast {
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if hh > 23 || mm > 59 || ss > 60 {
            return None;
        }
        epoch_days(chrono::NaiveDate::from_ymd_opt(y as i32, m, d)?)
    } else {
        epoch_days(domain::Timestamp::parse(ts).ok()?.day().0)
    };
    // Usage before 1970 is not a product event; refusing it keeps day numbers non-negative.
    (day >= 0).then_some(day)
}

pub(crate) fn epoch_days(d: chrono::NaiveDate) -> i32 {
    d.signed_duration_since(chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch")).num_days() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_columns_are_the_documented_ones() {
        let spec: Vec<&str> = ImportKind::Events.columns().iter().map(|c| c.name).collect();
        assert_eq!(spec, CSV_COLUMNS);
    }

    #[test]
    fn utc_day_matches_the_full_parser() {
        for ts in ["2026-09-14T23:59:59Z", "2026-09-14T23:59:59.999Z", "2026-09-15T01:30:00+02:00", "2026-09-14T22:30:00-03:00"] {
            let full = epoch_days(domain::Timestamp::parse(ts).unwrap().day().0);
            assert_eq!(utc_day(ts), Some(full), "{ts}");
        }
        assert_eq!(utc_day("2026-09-14T01:00:00Z"), Some(20710));
        assert_eq!(utc_day("2026-02-30T01:00:00Z"), None);
        assert_eq!(utc_day("2026-09-14T10:00:99Z"), None);
        assert_eq!(utc_day("2026-09-14T10:00xxxxZ"), None);
        assert_eq!(utc_day("1969-12-31T23:00:00Z"), None);
        assert_eq!(utc_day("0000-01-01T00:00:00+00:00"), None);
        assert_eq!(utc_day("not a time"), None);
    }
}
