//! Reading canonical CSV files: exact header names in any order, extra columns kept,
//! every error tied to its line, and the file's SHA-256 taken on the way through.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::Error;
use domain::ParseError;

/// Passes bytes through while hashing them, so the import log records what was read.
pub(crate) struct Hashing<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> Hashing<R> {
    pub(crate) fn new(inner: R) -> Self {
        Hashing { inner, hasher: Sha256::new() }
    }
    pub(crate) fn hex(self) -> String {
        hex::encode(self.hasher.finalize())
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
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
    reader: csv::Reader<Hashing<std::io::BufReader<std::fs::File>>>,
    index: HashMap<String, usize>,
    extras: Vec<(String, usize)>,
    record: csv::StringRecord,
}

impl CsvFile {
    /// `required` must all be present (exactly named); `optional` may be; anything else is
    /// an extra column, kept as a custom attribute.
    pub(crate) fn open(path: &Path, required: &[&str], optional: &[&str]) -> Result<CsvFile, Error> {
        let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(open(path)?);
        let header = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => return Err(csv_error(path, e)),
        };
        if header.is_empty() || (header.len() == 1 && header[0].is_empty()) {
            return Err(Error::File { file: path.into(), reason: "the file is empty (no header line)".into() });
        }
        let mut index = HashMap::new();
        let mut extras = Vec::new();
        for (i, name) in header.iter().enumerate() {
            let name = name.trim_start_matches('\u{feff}');
            if name.is_empty() {
                return Err(Error::Header { file: path.into(), reason: format!("column {} has no name", i + 1) });
            }
            if index.insert(name.to_string(), i).is_some() {
                return Err(Error::Header { file: path.into(), reason: format!("column `{name}` appears twice") });
            }
            if !required.contains(&name) && !optional.contains(&name) {
                extras.push((name.to_string(), i));
            }
        }
        let missing: Vec<&str> = required.iter().copied().filter(|r| !index.contains_key(*r)).collect();
        if !missing.is_empty() {
            let found: Vec<&str> = header.iter().collect();
            return Err(Error::Header {
                file: path.into(),
                reason: format!(
                    "missing column(s) {} (found: {}; expected: {})",
                    missing.join(", "),
                    found.join(","),
                    required.join(",")
                ),
            });
        }
        Ok(CsvFile { path: path.into(), reader, index, extras, record: csv::StringRecord::new() })
    }

    /// The next data row, or None at the end of the file.
    pub(crate) fn next(&mut self) -> Result<Option<Row<'_>>, Error> {
        match self.reader.read_record(&mut self.record) {
            Ok(false) => Ok(None),
            Ok(true) => {
                let line = self.record.position().map(|p| p.line()).unwrap_or(0);
                Ok(Some(Row { file: &self.path, line, rec: &self.record, index: &self.index, extras: &self.extras }))
            }
            Err(e) => Err(csv_error(&self.path, e)),
        }
    }

    pub(crate) fn finish(self) -> String {
        let mut inner = self.reader.into_inner();
        // Hash whatever the CSV reader did not need to look at (nothing, normally).
        let _ = std::io::copy(&mut inner, &mut std::io::sink());
        inner.hex()
    }
}

fn csv_error(path: &Path, e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(1);
    let reason = match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            format!("invalid UTF-8 in field {} (save the file as UTF-8)", err.field() + 1)
        }
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("expected {expected_len} fields like the header, found {len}")
        }
        csv::ErrorKind::Io(io) => return Error::Io { file: path.into(), source: std::io::Error::new(io.kind(), io.to_string()) },
        _ => e.to_string(),
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
}

impl<'r> Row<'r> {
    pub(crate) fn err(&self, field: &str, reason: impl std::fmt::Display) -> Error {
        Error::row(self.file, self.line, field, reason)
    }

    /// A column's trimmed value; None when the column is absent or the cell empty.
    pub(crate) fn opt(&self, field: &str) -> Option<&'r str> {
        let v = self.index.get(field).and_then(|i| self.rec.get(*i))?.trim();
        (!v.is_empty()).then_some(v)
    }

    pub(crate) fn req(&self, field: &str) -> Result<&'r str, Error> {
        self.opt(field).ok_or_else(|| self.err(field, "is empty but required"))
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
