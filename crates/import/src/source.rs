//! Reading canonical CSV files: exact header names in any order, extra columns kept,
//! every error tied to its line, and the file's SHA-256 taken on the way through.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::options::{ImportOptions, Watch};
use crate::{Error, ImportKind};
use domain::ParseError;
use i18n::{Arg, Text};

use crate::error::why;

/// Passes bytes through while hashing them (XXH3-128: a fingerprint to recognise a file,
/// not a security check, and ten times cheaper than SHA-256 on a multi-GB event stream),
/// so the import log records what was read.
pub(crate) struct Hashing<R> {
    inner: R,
    hasher: xxhash_rust::xxh3::Xxh3,
}

impl<R: Read> Hashing<R> {
    pub(crate) fn new(inner: R) -> Self {
        Hashing { inner, hasher: xxhash_rust::xxh3::Xxh3::new() }
    }
    pub(crate) fn hex(self) -> String {
        format!("{:032x}", self.hasher.digest128())
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// Tracks line breaks under a CSV reader so that rows get their true first line. The csv
/// crate reports the line where it started looking for a record: one line early after a
/// CRLF (it stops between `\r` and `\n`, BurntSushi/rust-csv#395) and before any blank
/// lines it skips. Memory is bounded by the reader's look-ahead plus one record.
pub(crate) struct Lines<R> {
    inner: R,
    /// Bytes passed through so far.
    offset: u64,
    /// Offsets of the CR and LF bytes not yet behind the current record (true = LF).
    marks: std::collections::VecDeque<(u64, bool)>,
    /// Line feeds before the first of `marks`.
    lf_before: u64,
}

impl<R: Read> Lines<R> {
    pub(crate) fn new(inner: R) -> Self {
        Lines { inner, offset: 0, marks: Default::default(), lf_before: 0 }
    }

    pub(crate) fn into_inner(self) -> R {
        self.inner
    }

    /// The 1-based line of the first byte of the record the csv reader started reading at
    /// `byte` (skipping the line breaks it passes over first). Calls must not go backwards.
    pub(crate) fn line_at(&mut self, byte: u64) -> u64 {
        while let Some(&(o, lf)) = self.marks.front() {
            if o >= byte {
                break;
            }
            self.lf_before += u64::from(lf);
            self.marks.pop_front();
        }
        // The run of consecutive line breaks starting at `byte` is skipped by the parser.
        let run = self.marks.iter().zip(byte..).take_while(|(m, at)| m.0 == *at);
        self.lf_before + 1 + run.filter(|(m, _)| m.1).count() as u64
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for i in memchr::memchr2_iter(b'\r', b'\n', &buf[..n]) {
            self.marks.push_back((self.offset + i as u64, buf[i] == b'\n'));
        }
        self.offset += n as u64;
        Ok(n)
    }
}

pub(crate) fn open(path: &Path) -> Result<Hashing<std::io::BufReader<std::fs::File>>, Error> {
    let f = std::fs::File::open(path).map_err(|e| Error::Io { file: path.to_path_buf(), source: e })?;
    Ok(Hashing::new(std::io::BufReader::with_capacity(1 << 16, f)))
}

/// A CSV file whose header has been checked against what the kind requires.
pub(crate) struct CsvFile {
    pub(crate) path: PathBuf,
    reader: csv::Reader<Lines<Hashing<std::io::BufReader<std::fs::File>>>>,
    index: HashMap<String, usize>,
    extras: Vec<(String, usize)>,
    /// Canonical column -> the file's own header where they differ (mapped headers), so
    /// that errors name the column as the user sees it in the file.
    labels: HashMap<String, String>,
    record: csv::StringRecord,
    watch: Watch,
    rows: u64,
}

impl CsvFile {
    /// A file of `kind`, with the header rules of its columns and the caller's mapping.
    pub(crate) fn open_kind(path: &Path, kind: ImportKind, opts: &ImportOptions) -> Result<CsvFile, Error> {
        if let Some(c) = kind.columns().iter().find(|c| c.needs_value && opts.absent.iter().any(|a| a == c.name)) {
            let reason = Text::new("error-import-needs-column").arg("column", Arg::Str(c.name.to_string()));
            return Err(Error::Header { file: path.into(), reason });
        }
        let (required, optional) = kind.header_rule();
        CsvFile::open(path, &required, &optional, opts)
    }

    /// `required` must all be present (exactly named, after `opts.rename`, unless listed in
    /// `opts.absent`); `optional` may be; anything else is an extra column, kept as a custom
    /// attribute.
    pub(crate) fn open(path: &Path, required: &[&str], optional: &[&str], opts: &ImportOptions) -> Result<CsvFile, Error> {
        let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(Lines::new(open(path)?));
        let header = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => return Err(csv_error(path, e, reader.get_mut())),
        };
        if header.is_empty() || (header.len() == 1 && header[0].is_empty()) {
            return Err(Error::File { file: path.into(), reason: why("error-import-empty-no-header") });
        }
        let names: Vec<&str> = header.iter().map(|n| n.trim_start_matches('\u{feff}')).collect();
        let header_error = |reason: Text| Error::Header { file: path.into(), reason };
        let mut index = HashMap::new();
        let mut labels = HashMap::new();
        let mut extras = Vec::new();
        for (i, raw) in names.iter().copied().enumerate() {
            if raw.is_empty() {
                return Err(header_error(Text::new("error-import-unnamed-column").arg("column", Arg::Int(i as i64 + 1))));
            }
            let name = opts.rename.get(raw).map_or(raw, String::as_str);
            if let Some(j) = index.insert(name.to_string(), i) {
                let reason = if names[j] == raw {
                    Text::new("error-import-column-twice").arg("column", Arg::Str(name.to_string()))
                } else {
                    Text::new("error-import-column-both")
                        .arg("column", Arg::Str(name.to_string()))
                        .arg("first", Arg::Str(names[j].to_string()))
                        .arg("second", Arg::Str(raw.to_string()))
                };
                return Err(header_error(reason));
            }
            if name != raw {
                labels.insert(name.to_string(), raw.to_string());
            }
            if !required.contains(&name) && !optional.contains(&name) {
                extras.push((name.to_string(), i));
            }
        }
        let mut gone: Vec<(&String, &String)> = opts.rename.iter().filter(|(h, _)| !names.contains(&h.as_str())).collect();
        gone.sort();
        if let Some((h, c)) = gone.first() {
            return Err(header_error(
                Text::new("error-import-mapped-column-gone").arg("header", Arg::Str(h.to_string())).arg("column", Arg::Str(c.to_string())),
            ));
        }
        let absent = |r: &&str| opts.absent.iter().any(|a| a == r);
        let missing: Vec<&str> = required.iter().copied().filter(|r| !index.contains_key(*r) && !absent(r)).collect();
        if !missing.is_empty() {
            return Err(header_error(
                Text::new("error-import-missing-columns")
                    .arg("missing", Arg::Str(missing.join(", ")))
                    .arg("found", Arg::Str(names.join(",")))
                    .arg("expected", Arg::Str(required.join(","))),
            ));
        }
        let watch = Watch::new(path, opts);
        Ok(CsvFile { path: path.into(), reader, index, extras, labels, record: csv::StringRecord::new(), watch, rows: 0 })
    }

    /// The name errors give a canonical column: the file's own header for it.
    pub(crate) fn label<'a>(&'a self, field: &'a str) -> &'a str {
        self.labels.get(field).map_or(field, String::as_str)
    }

    /// The next data row, or None at the end of the file.
    pub(crate) fn next(&mut self) -> Result<Option<Row<'_>>, Error> {
        match self.reader.read_record(&mut self.record) {
            Ok(false) => {
                self.watch.done(self.rows);
                Ok(None)
            }
            Ok(true) => {
                self.rows += 1;
                let byte = self.record.position().map_or(0, |p| p.byte());
                self.watch.at(byte, self.rows)?;
                let line = self.reader.get_mut().line_at(byte);
                let (index, extras, labels) = (&self.index, self.extras.as_slice(), &self.labels);
                Ok(Some(Row { file: &self.path, line, rec: &self.record, index, extras, labels }))
            }
            Err(e) => Err(csv_error(&self.path, e, self.reader.get_mut())),
        }
    }

    pub(crate) fn finish(self) -> String {
        let mut inner = self.reader.into_inner().into_inner();
        // Hash whatever the CSV reader did not need to look at (nothing, normally).
        let _ = std::io::copy(&mut inner, &mut std::io::sink());
        inner.hex()
    }
}

pub(crate) fn csv_error<R: Read>(path: &Path, e: csv::Error, lines: &mut Lines<R>) -> Error {
    let line = e.position().map(|p| lines.line_at(p.byte())).unwrap_or(1);
    let reason = match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => Text::new("error-import-invalid-utf8").arg("field", Arg::Int(err.field() as i64 + 1)),
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => Text::new("error-import-field-count")
            .arg("expected", Arg::Int(*expected_len as i64))
            .arg("found", Arg::Int(*len as i64)),
        csv::ErrorKind::Io(io) => return Error::Io { file: path.into(), source: std::io::Error::new(io.kind(), io.to_string()) },
        _ => Text::new("error-import-csv").arg("detail", Arg::Str(e.to_string())),
    };
    Error::Row { file: path.into(), line, field: "(row)".into(), reason }
}

/// One data row, with typed accessors that name the field on error.
pub(crate) struct Row<'r> {
    pub(crate) file: &'r Path,
    pub(crate) line: u64,
    rec: &'r csv::StringRecord,
    index: &'r HashMap<String, usize>,
    extras: &'r [(String, usize)],
    labels: &'r HashMap<String, String>,
}

impl<'r> Row<'r> {
    /// An error at this row in `field`, named as the file's header names it.
    pub(crate) fn err(&self, field: &str, reason: impl Into<Text>) -> Error {
        Error::row(self.file, self.line, self.labels.get(field).map_or(field, String::as_str), reason)
    }

    /// A column's trimmed value; None when the column is absent or the cell empty.
    pub(crate) fn opt(&self, field: &str) -> Option<&'r str> {
        let v = self.index.get(field).and_then(|i| self.rec.get(*i))?.trim();
        (!v.is_empty()).then_some(v)
    }

    pub(crate) fn req(&self, field: &str) -> Result<&'r str, Error> {
        self.opt(field).ok_or_else(|| self.err(field, why("error-import-required")))
    }

    pub(crate) fn req_with<T>(&self, field: &str, f: impl Fn(&str) -> Result<T, ParseError>) -> Result<T, Error> {
        f(self.req(field)?).map_err(|e| self.err(field, e))
    }

    pub(crate) fn opt_with<T>(&self, field: &str, f: impl Fn(&str) -> Result<T, ParseError>) -> Result<Option<T>, Error> {
        self.opt(field).map(|v| f(v).map_err(|e| self.err(field, e))).transpose()
    }

    /// Extra columns as a JSON object (text values; empty cells left out).
    pub(crate) fn extras_json(&self) -> String {
        let mut m = serde_json::Map::new();
        for (name, i) in self.extras {
            if let Some(v) = self.rec.get(*i).map(str::trim).filter(|v| !v.is_empty()) {
                m.insert(name.clone(), serde_json::Value::String(v.to_string()));
            }
        }
        serde_json::Value::Object(m).to_string()
    }
}

pub(crate) fn integer(s: &str) -> Result<i64, ParseError> {
    s.parse().map_err(|_| ParseError::Integer(s.to_string()))
}

pub(crate) fn in_range(min: i64, max: i64) -> impl Fn(&str) -> Result<i64, ParseError> {
    move |s| match integer(s) {
        Ok(v) if (min..=max).contains(&v) => Ok(v),
        _ => Err(ParseError::Range { min, max, got: s.to_string() }),
    }
}
