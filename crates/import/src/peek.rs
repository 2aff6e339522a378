//! The first rows of a file as text, for the app to show before anything is imported. Read
//! leniently (any number of cells, invalid UTF-8 replaced, bounded reads) so that a file the
//! import will refuse can still be looked at, with the true line numbers the import's errors
//! name.

use std::io::{BufRead, Read};
use std::path::Path;

use crate::source::Lines;
use crate::{Error, EventFormat};

/// The start of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peek {
    pub format: EventFormat,
    /// The header cells exactly as written (a byte-order mark aside); for JSONL, the fields
    /// an event import reads.
    pub headers: Vec<String>,
    pub rows: Vec<PeekRow>,
    /// More rows follow the ones returned.
    pub more: bool,
}

/// One data row and the line of the file it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeekRow {
    pub line: u64,
    pub cells: Vec<String>,
}

/// The JSONL fields shown, one column each.
const JSONL_FIELDS: [&str; 7] = ["messageId", "timestamp", "type", "event", "userId", "context.groupId", "properties.module"];

/// CSV read for a preview at most: enough for thousands of rows, and a bound on what an
/// unterminated quote can make the reader hold.
const PEEK_BYTES: u64 = 8 << 20;

pub use crate::usage_rollups::parquet::{is_parquet, peek as peek_parquet};

/// CSV or JSONL: by the extension, else JSONL when the file starts with `{`.
pub fn guess_format(path: &Path) -> Result<EventFormat, Error> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("csv") => return Ok(EventFormat::Csv),
        Some("jsonl" | "ndjson" | "json") => return Ok(EventFormat::Jsonl),
        _ => {}
    }
    let mut head = Vec::new();
    open(path)?.take(4096).read_to_end(&mut head).map_err(|e| io(path, e))?;
    let text = head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&head);
    let first = text.iter().find(|b| !b.is_ascii_whitespace());
    Ok(if first == Some(&b'{') { EventFormat::Jsonl } else { EventFormat::Csv })
}

/// The header and the first `rows` data rows of `path` read as `format`.
pub fn peek(path: &Path, format: EventFormat, rows: usize) -> Result<Peek, Error> {
    match format {
        EventFormat::Csv => peek_csv(path, rows),
        EventFormat::Jsonl => peek_jsonl(path, rows),
    }
}

fn open(path: &Path) -> Result<std::io::BufReader<std::fs::File>, Error> {
    std::fs::File::open(path).map(std::io::BufReader::new).map_err(|e| io(path, e))
}

fn io(path: &Path, e: std::io::Error) -> Error {
    Error::Io { file: path.into(), source: e }
}

fn peek_csv(path: &Path, n: usize) -> Result<Peek, Error> {
    let input = Lines::new(open(path)?.take(PEEK_BYTES));
    let mut rdr = csv::ReaderBuilder::new().flexible(true).has_headers(false).from_reader(input);
    let mut rec = csv::ByteRecord::new();
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut more = false;
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => match e.into_kind() {
                csv::ErrorKind::Io(e) => return Err(io(path, e)),
                // Lenient reading has no other errors; stop at the first one regardless.
                _ => break,
            },
        }
        let text = |c: &[u8]| String::from_utf8_lossy(c).into_owned();
        match &headers {
            None => {
                let mut h: Vec<String> = rec.iter().map(text).collect();
                if let Some(first) = h.first_mut() {
                    *first = first.trim_start_matches('\u{feff}').to_string();
                }
                headers = Some(h);
            }
            Some(_) if rows.len() == n => {
                more = true;
                break;
            }
            Some(_) => {
                let line = rec.position().map_or(0, |p| rdr.get_mut().line_at(p.byte()));
                rows.push(PeekRow { line, cells: rec.iter().map(|c| text(c).trim().to_string()).collect() });
            }
        }
    }
    match headers {
        Some(h) if !(h.len() == 1 && h[0].is_empty()) => Ok(Peek { format: EventFormat::Csv, headers: h, rows, more }),
        _ => Err(Error::File { file: path.into(), reason: crate::error::why("error-import-empty-no-header") }),
    }
}

fn peek_jsonl(path: &Path, n: usize) -> Result<Peek, Error> {
    let max = crate::events::MAX_LINE as u64;
    let mut input = open(path)?;
    let mut buf = Vec::new();
    let (mut rows, mut more, mut line) = (Vec::new(), false, 0u64);
    loop {
        buf.clear();
        let got = (&mut input).take(max + 2).read_until(b'\n', &mut buf).map_err(|e| io(path, e))?;
        if got == 0 {
            break;
        }
        line += 1;
        let raw = if line == 1 { buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&buf) } else { &buf };
        let raw = raw.trim_ascii();
        if raw.is_empty() {
            continue;
        }
        if rows.len() == n {
            more = true;
            break;
        }
        if !buf.ends_with(b"\n") && got as u64 == max + 2 {
            rows.push(PeekRow { line, cells: note("(line longer than 1 MiB)") });
            break;
        }
        rows.push(PeekRow { line, cells: jsonl_cells(raw) });
    }
    if line == 0 {
        return Err(Error::File { file: path.into(), reason: crate::error::why("error-import-empty") });
    }
    let headers = JSONL_FIELDS.iter().map(|f| f.to_string()).collect();
    Ok(Peek { format: EventFormat::Jsonl, headers, rows, more })
}

fn note(text: &str) -> Vec<String> {
    let mut cells = vec![String::new(); JSONL_FIELDS.len()];
    cells[0] = text.to_string();
    cells
}

/// The fields an import reads, as it reads them: the user is `userId` else `anonymousId`,
/// the account `context.groupId` else `properties.account_id`.
fn jsonl_cells(raw: &[u8]) -> Vec<String> {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(raw) else { return note("(not JSON)") };
    if !v.is_object() {
        return note("(not a JSON object)");
    }
    let text = |p: &str| match v.pointer(p) {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    };
    let either = |a: &str, b: &str| text(a).or_else(|| text(b)).unwrap_or_default();
    vec![
        text("/messageId").unwrap_or_default(),
        text("/timestamp").unwrap_or_default(),
        text("/type").unwrap_or_default(),
        text("/event").unwrap_or_default(),
        either("/userId", "/anonymousId"),
        either("/context/groupId", "/properties/account_id"),
        text("/properties/module").unwrap_or_default(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_keep_their_true_lines_and_bad_rows_still_show() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.csv");
        // Line 2 spans 2-3 (quoted line break), line 4 is blank, line 5 has too few cells and
        // a Latin-1 byte.
        std::fs::write(&p, b"\xEF\xBB\xBFid,Note\r\n1,\"two\r\nlines\"\r\n\r\n2\xE9\r\n3, x \r\n").unwrap();
        let got = peek(&p, EventFormat::Csv, 2).unwrap();
        assert_eq!(got.headers, ["id", "Note"]);
        let rows: Vec<(u64, Vec<&str>)> = got.rows.iter().map(|r| (r.line, r.cells.iter().map(String::as_str).collect())).collect();
        assert_eq!(rows, [(2, vec!["1", "two\r\nlines"]), (5, vec!["2\u{fffd}"])]);
        assert!(got.more);
        assert!(!peek(&p, EventFormat::Csv, 3).unwrap().more);
    }

    #[test]
    fn jsonl_rows_show_the_fields_an_import_reads() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("e.log");
        let lines = [
            r#"{"type":"track","event":"a","anonymousId":7,"messageId":"m1","timestamp":"2026-09-14T10:00:00Z","properties":{"account_id":"acme","module":"x"}}"#,
            "",
            "[1]",
            "{oops",
        ];
        std::fs::write(&p, lines.join("\n")).unwrap();
        assert_eq!(guess_format(&p).unwrap(), EventFormat::Jsonl);
        let got = peek(&p, EventFormat::Jsonl, 20).unwrap();
        let rows: Vec<(u64, &str, &str)> = got.rows.iter().map(|r| (r.line, r.cells[0].as_str(), r.cells[5].as_str())).collect();
        assert_eq!(rows, [(1, "m1", "acme"), (3, "(not a JSON object)", ""), (4, "(not JSON)", "")]);
        assert_eq!(got.rows[0].cells[4], "7");
        assert!(!got.more);
    }
}
