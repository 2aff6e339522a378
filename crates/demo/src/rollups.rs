//! The demo's usage as a warehouse would export it: one Parquet row per account, UTC day,
//! module and user with that user's events and value events (docs/IMPORT.md, "Usage
//! rollups"). Counted here from the same simulated events `usage.rs` writes as JSONL, so a
//! book loaded from either analyses the same (crates/cli/tests/usage_rollups.rs), and a
//! 20,000-account book can be made without writing tens of millions of JSON lines.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use arrow_array::builder::{Date32Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::DemoError;

/// Rows per row group, about what warehouses write (DuckDB's default is 122,880).
const GROUP_ROWS: usize = 128 * 1024;

pub(crate) struct RollupSink {
    writer: ArrowWriter<File>,
    schema: Arc<Schema>,
    account: StringBuilder,
    day: Date32Builder,
    module: StringBuilder,
    user: StringBuilder,
    events: Int64Builder,
    value_events: Int64Builder,
    rows: usize,
    /// (module id, user id) -> (events, value events) of the day being counted.
    day_counts: BTreeMap<(&'static str, String), (i64, i64)>,
}

impl RollupSink {
    pub(crate) fn create(path: &Path) -> Result<RollupSink, DemoError> {
        let schema = Arc::new(Schema::new(vec![
            Field::new("account_id", DataType::Utf8, false),
            Field::new("day", DataType::Date32, false),
            Field::new("module", DataType::Utf8, false),
            Field::new("user_id", DataType::Utf8, false),
            Field::new("events", DataType::Int64, false),
            Field::new("value_events", DataType::Int64, false),
        ]));
        let props = WriterProperties::builder().set_compression(Compression::SNAPPY).set_max_row_group_row_count(Some(GROUP_ROWS)).build();
        let writer = ArrowWriter::try_new(File::create(path)?, schema.clone(), Some(props)).map_err(parquet_error)?;
        Ok(RollupSink {
            writer,
            schema,
            account: StringBuilder::new(),
            day: Date32Builder::new(),
            module: StringBuilder::new(),
            user: StringBuilder::new(),
            events: Int64Builder::new(),
            value_events: Int64Builder::new(),
            rows: 0,
            day_counts: BTreeMap::new(),
        })
    }

    /// Counts one event of the day being simulated.
    pub(crate) fn count(&mut self, module: &'static str, user: &str, value: bool) {
        let c = self.day_counts.entry((module, user.to_string())).or_insert((0, 0));
        c.0 += 1;
        c.1 += i64::from(value);
    }

    /// Writes the counted day of `account` as rows.
    pub(crate) fn end_day(&mut self, account: &str, day: NaiveDate) -> Result<(), DemoError> {
        let days = (day - NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch")).num_days() as i32;
        for ((module, user), (n, v)) in std::mem::take(&mut self.day_counts) {
            self.account.append_value(account);
            self.day.append_value(days);
            self.module.append_value(module);
            self.user.append_value(user);
            self.events.append_value(n);
            self.value_events.append_value(v);
            self.rows += 1;
        }
        if self.rows >= 16 * 1024 {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), DemoError> {
        if self.rows == 0 {
            return Ok(());
        }
        let columns: Vec<ArrayRef> = vec![
            Arc::new(self.account.finish()),
            Arc::new(self.day.finish()),
            Arc::new(self.module.finish()),
            Arc::new(self.user.finish()),
            Arc::new(self.events.finish()),
            Arc::new(self.value_events.finish()),
        ];
        let batch = RecordBatch::try_new(self.schema.clone(), columns).map_err(|e| DemoError::Parquet(e.to_string()))?;
        self.writer.write(&batch).map_err(parquet_error)?;
        self.rows = 0;
        Ok(())
    }

    pub(crate) fn finish(mut self) -> Result<(), DemoError> {
        self.flush()?;
        self.writer.close().map_err(parquet_error)?;
        Ok(())
    }
}

fn parquet_error(e: parquet::errors::ParquetError) -> DemoError {
    DemoError::Parquet(e.to_string())
}
