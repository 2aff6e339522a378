//! Reading a warehouse's Parquet export of daily usage rollups, cell by cell, with the place
//! of every cell (row group, row, column) for errors.
//!
//! Warehouses write the same logical column with different physical types: BigQuery's DATE
//! and INT64, Snowflake's NUMBER(38,0) (a decimal), DuckDB's DATE or a TIMESTAMP, ids as text
//! or as numbers. Each column accepts the types a warehouse plausibly writes for it and
//! converts them here, once, so the import sees one shape; anything else is refused naming the
//! column and the type found.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Date64Type, Float64Type, Int64Type};
use arrow_array::{Array, ArrayRef, RecordBatch, StringArray};
use arrow_schema::{DataType, TimeUnit};
use i18n::{Arg, Text};
use parquet::arrow::arrow_reader::{ArrowReaderMetadata, ArrowReaderOptions, ParquetRecordBatchReaderBuilder};
use parquet::arrow::ProjectionMask;

use crate::columns::header_key;
use crate::error::why;
use crate::{Error, ImportKind, ImportOptions};

/// Rows decoded at once: large enough that per-batch costs vanish, small enough for memory.
const BATCH_ROWS: usize = 64 * 1024;

/// The canonical columns, in the order [`Cells`] holds them.
const NAMES: [&str; 6] = ["account_id", "day", "module", "user_id", "events", "value_events"];

/// One Parquet file opened for reading, its columns matched to the canonical ones.
pub(super) struct ParquetFile {
    pub path: PathBuf,
    file: File,
    meta: ArrowReaderMetadata,
    mask: ProjectionMask,
    /// The file's own name of each canonical column (what errors name).
    pub names: [String; 6],
    /// The first row (from 0) of each row group.
    starts: Vec<u64>,
    pub rows: u64,
    pub bytes: u64,
}

/// A batch of decoded columns and where its first row is.
pub(super) struct Cells {
    pub group: usize,
    /// Row of the batch's first row within the file, from 0.
    pub first_row: u64,
    pub len: usize,
    account: StringArray,
    day: Days,
    module: StringArray,
    user: StringArray,
    events: Counts,
    value_events: Counts,
}

/// One row, checked.
pub(super) struct RollupRow<'a> {
    pub account: &'a str,
    /// Days since 1970-01-01.
    pub day: i32,
    pub module: &'a str,
    pub user: &'a str,
    pub events: i64,
    pub value_events: i64,
}

impl ParquetFile {
    pub(super) fn open(path: &Path, opts: &ImportOptions) -> Result<ParquetFile, Error> {
        let file = File::open(path).map_err(|e| Error::Io { file: path.into(), source: e })?;
        let unreadable = |e: parquet::errors::ParquetError| Error::File {
            file: path.into(),
            reason: Text::new("error-import-parquet-unreadable").arg("detail", Arg::Str(e.to_string())),
        };
        let meta = ArrowReaderMetadata::load(&file, ArrowReaderOptions::new()).map_err(unreadable)?;
        let fields: Vec<String> = meta.schema().fields().iter().map(|f| f.name().clone()).collect();
        let mut names: [String; 6] = Default::default();
        let mut roots = Vec::new();
        for (i, canonical) in NAMES.iter().enumerate() {
            let found = find_column(&fields, canonical, opts).ok_or_else(|| missing_column(path, canonical, &fields))?;
            names[i] = fields[found].clone();
            roots.push(found);
        }
        let mask = ProjectionMask::roots(meta.parquet_schema(), roots);
        let mut starts = Vec::new();
        let mut rows = 0u64;
        for g in meta.metadata().row_groups() {
            starts.push(rows);
            rows += g.num_rows().max(0) as u64;
        }
        let bytes = file.metadata().map_err(|e| Error::Io { file: path.into(), source: e })?.len();
        let out = ParquetFile { path: path.to_path_buf(), file, meta, mask, names, starts, rows, bytes };
        for (i, name) in out.names.iter().enumerate() {
            let data_type = out.meta.schema().field_with_name(name).map(|f| f.data_type().clone()).map_err(|e| Error::File {
                file: path.into(),
                reason: Text::new("error-import-parquet-unreadable").arg("detail", Arg::Str(e.to_string())),
            })?;
            if !accepts(i, &data_type) {
                return Err(Error::File {
                    file: path.into(),
                    reason: Text::new("error-import-parquet-column-type")
                        .arg("column", Arg::Str(name.clone()))
                        .arg("type", Arg::Str(data_type.to_string()))
                        .arg("expected", Arg::Text(Box::new(why(EXPECTED[i])))),
                });
            }
        }
        Ok(out)
    }

    pub(super) fn groups(&self) -> usize {
        self.starts.len()
    }

    /// The row group holding row `row` (from 0) of the file.
    pub(super) fn group_of(&self, row: u64) -> usize {
        self.starts.partition_point(|s| *s <= row).saturating_sub(1)
    }

    /// The batches of row group `group`, in order.
    pub(super) fn batches(&self, group: usize) -> Result<impl Iterator<Item = Result<Cells, Error>> + '_, Error> {
        let file = self.file.try_clone().map_err(|e| Error::Io { file: self.path.clone(), source: e })?;
        let reader = ParquetRecordBatchReaderBuilder::new_with_metadata(file, self.meta.clone())
            .with_row_groups(vec![group])
            .with_projection(self.mask.clone())
            .with_batch_size(BATCH_ROWS)
            .build()
            .map_err(|e| self.broken(group, e.to_string()))?;
        let mut first_row = self.starts[group];
        Ok(reader.map(move |batch| {
            let batch = batch.map_err(|e| self.broken(group, e.to_string()))?;
            let cells = self.cells(group, first_row, &batch)?;
            first_row += batch.num_rows() as u64;
            Ok(cells)
        }))
    }

    fn broken(&self, group: usize, detail: String) -> Error {
        Error::File {
            file: self.path.clone(),
            reason: Text::new("error-import-parquet-group").arg("group", Arg::Int(group as i64)).arg("detail", Arg::Str(detail)),
        }
    }

    fn cells(&self, group: usize, first_row: u64, batch: &RecordBatch) -> Result<Cells, Error> {
        let column = |i: usize| -> ArrayRef {
            // Present: the projection holds exactly the matched columns.
            batch.column_by_name(&self.names[i]).cloned().unwrap_or_else(|| arrow_array::new_null_array(&DataType::Utf8, batch.num_rows()))
        };
        let text = |i: usize| -> Result<StringArray, Error> {
            let cast = arrow_cast::cast(&column(i), &DataType::Utf8).map_err(|e| self.broken(group, e.to_string()))?;
            Ok(cast.as_string::<i32>().clone())
        };
        Ok(Cells {
            group,
            first_row,
            len: batch.num_rows(),
            account: text(0)?,
            day: Days::of(column(1)).map_err(|e| self.broken(group, e))?,
            module: text(2)?,
            user: text(3)?,
            events: Counts::of(column(4)).map_err(|e| self.broken(group, e))?,
            value_events: Counts::of(column(5)).map_err(|e| self.broken(group, e))?,
        })
    }
}

impl Cells {
    /// Row `i` of the batch, or the first problem in it as (canonical column index, reason).
    pub(super) fn row(&self, i: usize) -> Result<RollupRow<'_>, (usize, Text)> {
        fn text(i: usize, c: usize, a: &StringArray) -> Result<&str, (usize, Text)> {
            match a.is_valid(i).then(|| a.value(i).trim()) {
                Some(s) if !s.is_empty() => Ok(s),
                _ => Err((c, why("error-import-missing"))),
            }
        }
        let account = text(i, 0, &self.account)?;
        let day = self.day.get(i).map_err(|r| (1, r))?;
        let module = text(i, 2, &self.module)?;
        let user = text(i, 3, &self.user)?;
        let events = self.events.get(i).map_err(|r| (4, r))?;
        if events < 1 {
            return Err((4, Text::new("error-import-rollup-events").arg("got", Arg::Int(events))));
        }
        let value_events = self.value_events.get(i).map_err(|r| (5, r))?;
        if value_events < 0 {
            return Err((5, why("error-import-negative")));
        }
        if value_events > events {
            return Err((5, Text::new("error-import-rollup-value-events").arg("value", Arg::Int(value_events)).arg("events", Arg::Int(events))));
        }
        Ok(RollupRow { account, day, module, user, events, value_events })
    }
}

/// What each column may hold, said to the user when it holds something else.
const EXPECTED: [&str; 6] = [
    "error-import-parquet-expect-id",
    "error-import-parquet-expect-day",
    "error-import-parquet-expect-text",
    "error-import-parquet-expect-id",
    "error-import-parquet-expect-count",
    "error-import-parquet-expect-count",
];

fn is_text(t: &DataType) -> bool {
    match t {
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => true,
        DataType::Dictionary(_, v) => is_text(v),
        _ => false,
    }
}

fn is_whole(t: &DataType) -> bool {
    t.is_integer() || matches!(t, DataType::Decimal128(_, 0) | DataType::Decimal256(_, 0))
}

fn accepts(column: usize, t: &DataType) -> bool {
    match column {
        0 | 3 => is_text(t) || is_whole(t),
        1 => is_text(t) || matches!(t, DataType::Date32 | DataType::Date64 | DataType::Timestamp(_, _)),
        2 => is_text(t),
        _ => is_whole(t) || t.is_floating(),
    }
}

/// The file's column for `canonical`: the user's mapping first, then the exact name, then the
/// same words spelt another way (`Account ID`, `accountId`).
fn find_column(fields: &[String], canonical: &str, opts: &ImportOptions) -> Option<usize> {
    if let Some((from, _)) = opts.rename.iter().find(|(_, to)| to.as_str() == canonical) {
        return fields.iter().position(|f| f == from);
    }
    fields.iter().position(|f| f == canonical).or_else(|| fields.iter().position(|f| header_key(f) == header_key(canonical)))
}

fn missing_column(path: &Path, canonical: &str, fields: &[String]) -> Error {
    let key = if canonical == "user_id" { "error-import-parquet-no-user" } else { "error-import-parquet-no-column" };
    let meaning = ImportKind::UsageRollups.columns().iter().find(|c| c.name == canonical).map(|c| c.meaning).unwrap_or_default();
    Error::File {
        file: path.into(),
        reason: Text::new(key)
            .arg("column", Arg::Str(canonical.to_string()))
            .arg("meaning", Arg::Str(meaning.to_string()))
            .arg("columns", Arg::Str(fields.join(", "))),
    }
}

/// A day column in any of the shapes warehouses write.
enum Days {
    Date32(Arc<dyn Array>),
    Date64(Arc<dyn Array>),
    /// Instants as integers, and how many make a day: the day is the UTC day.
    Instant(Arc<dyn Array>, i64),
    Text(StringArray),
}

impl Days {
    fn of(a: ArrayRef) -> Result<Days, String> {
        Ok(match a.data_type().clone() {
            DataType::Date32 => Days::Date32(a),
            DataType::Date64 => Days::Date64(a),
            DataType::Timestamp(unit, _) => {
                let per_day = 86_400
                    * match unit {
                        TimeUnit::Second => 1,
                        TimeUnit::Millisecond => 1_000,
                        TimeUnit::Microsecond => 1_000_000,
                        TimeUnit::Nanosecond => 1_000_000_000,
                    };
                Days::Instant(arrow_cast::cast(&a, &DataType::Int64).map_err(|e| e.to_string())?, per_day)
            }
            _ => Days::Text(arrow_cast::cast(&a, &DataType::Utf8).map_err(|e| e.to_string())?.as_string::<i32>().clone()),
        })
    }

    fn get(&self, i: usize) -> Result<i32, Text> {
        let days = match self {
            Days::Date32(a) if a.is_valid(i) => i64::from(a.as_primitive::<Date32Type>().value(i)),
            Days::Date64(a) if a.is_valid(i) => a.as_primitive::<Date64Type>().value(i).div_euclid(86_400_000),
            Days::Instant(a, per_day) if a.is_valid(i) => a.as_primitive::<Int64Type>().value(i).div_euclid(*per_day),
            Days::Text(a) if a.is_valid(i) && !a.value(i).trim().is_empty() => {
                let s = a.value(i).trim();
                let date = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map_err(|_| Text::new("error-import-parquet-not-a-day").arg("got", Arg::Str(s.to_string())))?;
                i64::from(crate::events::epoch_days(date))
            }
            _ => return Err(why("error-import-missing")),
        };
        if days < 0 {
            let shown = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).and_then(|d| d.checked_add_signed(chrono::Duration::days(days)));
            let got = shown.map(|d| d.to_string()).unwrap_or_else(|| days.to_string());
            return Err(Text::new("error-import-before-1970").arg("got", Arg::Str(got)));
        }
        i32::try_from(days).map_err(|_| Text::new("error-import-parquet-not-a-day").arg("got", Arg::Int(days)))
    }
}

/// A count column: whole numbers of any width, or floats that hold whole numbers.
struct Counts {
    original: ArrayRef,
    /// As i64 (a value too large for it is null here and valid in `original`), or as f64.
    cast: ArrayRef,
}

impl Counts {
    fn of(a: ArrayRef) -> Result<Counts, String> {
        let to = if a.data_type().is_floating() { DataType::Float64 } else { DataType::Int64 };
        let cast = arrow_cast::cast(&a, &to).map_err(|e| e.to_string())?;
        Ok(Counts { original: a, cast })
    }

    fn get(&self, i: usize) -> Result<i64, Text> {
        if self.original.is_null(i) {
            return Err(why("error-import-missing"));
        }
        if self.cast.is_null(i) {
            return Err(why("error-import-parquet-too-large"));
        }
        match self.cast.data_type() {
            DataType::Float64 => {
                let f = self.cast.as_primitive::<Float64Type>().value(i);
                if f.fract() != 0.0 || !f.is_finite() || f.abs() >= 9.0e15 {
                    return Err(Text::new("error-import-parquet-not-whole").arg("got", Arg::Str(f.to_string())));
                }
                Ok(f as i64)
            }
            _ => Ok(self.cast.as_primitive::<Int64Type>().value(i)),
        }
    }
}

/// Parquet files start (and end) with these bytes.
const MAGIC: &[u8; 4] = b"PAR1";

/// The file is Parquet: by its first bytes, whatever its name.
pub fn is_parquet(path: &Path) -> bool {
    let mut head = [0u8; 4];
    File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head)).is_ok() && &head == MAGIC
}

/// Every column's name and the first `rows` rows as text (row numbers from 1), and whether more
/// follow: what the app shows before anything is imported.
pub fn peek(path: &Path, rows: usize) -> Result<(Vec<String>, Vec<crate::peek::PeekRow>, bool), Error> {
    let file = File::open(path).map_err(|e| Error::Io { file: path.into(), source: e })?;
    let unreadable = |detail: String| Error::File {
        file: path.into(),
        reason: Text::new("error-import-parquet-unreadable").arg("detail", Arg::Str(detail)),
    };
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| unreadable(e.to_string()))?;
    let headers: Vec<String> = builder.schema().fields().iter().map(|f| f.name().clone()).collect();
    let total = builder.metadata().file_metadata().num_rows().max(0) as u64;
    let mut out = Vec::new();
    let reader = builder.with_batch_size(rows.max(1)).with_limit(rows).build().map_err(|e| unreadable(e.to_string()))?;
    for batch in reader {
        let batch = batch.map_err(|e| unreadable(e.to_string()))?;
        let options = arrow_cast::display::FormatOptions::default().with_null("");
        let formatters = batch
            .columns()
            .iter()
            .map(|c| arrow_cast::display::ArrayFormatter::try_new(c.as_ref(), &options))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| unreadable(e.to_string()))?;
        for i in 0..batch.num_rows() {
            let line = out.len() as u64 + 1;
            out.push(crate::peek::PeekRow { line, cells: formatters.iter().map(|f| f.value(i).to_string()).collect() });
        }
    }
    let more = total > out.len() as u64;
    Ok((headers, out, more))
}
