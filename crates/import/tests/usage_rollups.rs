//! Usage rollups from a warehouse, as Parquet: what is stored (each user's day, the daily and
//! week rollups derived from it), re-imports and corrected re-exports, random interleavings
//! checked against a model kept here, the types warehouses write, and hostile files refused
//! with their row group, row and column while the store stays as it was.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::types::Int32Type;
use arrow_array::{
    ArrayRef, Date32Array, Decimal128Array, DictionaryArray, Float64Array, Int32Array, Int64Array, LargeStringArray, RecordBatch,
    StringArray, TimestampMicrosecondArray, UInt64Array,
};
use common::*;
use i18n::Lang;
use import::{Error, EventOptions, ImportKind, ImportOptions, UnknownAccounts};
use parquet::arrow::ArrowWriter;
use parquet::file::properties::WriterProperties;

/// (account, day, module, user, events, value events)
type Row = (&'static str, &'static str, &'static str, &'static str, i64, i64);
/// (account, day, module, user) -> (events, value events), with external names.
type Model = BTreeMap<(String, String, String, String), (i64, i64)>;

fn epoch(day: &str) -> i32 {
    let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    (d - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days() as i32
}

/// Writes `columns` as a Parquet file with row groups of `group_rows` rows.
fn write_parquet(path: &Path, columns: Vec<(&str, ArrayRef)>, group_rows: usize) {
    let batch = RecordBatch::try_from_iter(columns.into_iter().map(|(n, a)| (n.to_string(), a))).unwrap();
    let props = WriterProperties::builder().set_max_row_group_row_count(Some(group_rows)).build();
    let mut w = ArrowWriter::try_new(std::fs::File::create(path).unwrap(), batch.schema(), Some(props)).unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
}

fn standard(rows: &[(String, String, String, String, i64, i64)]) -> Vec<(&'static str, ArrayRef)> {
    vec![
        ("account_id", Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.0.as_str()))) as ArrayRef),
        ("day", Arc::new(Date32Array::from_iter_values(rows.iter().map(|r| epoch(&r.1))))),
        ("module", Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.2.as_str())))),
        ("user_id", Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.3.as_str())))),
        ("events", Arc::new(Int64Array::from_iter_values(rows.iter().map(|r| r.4)))),
        ("value_events", Arc::new(Int64Array::from_iter_values(rows.iter().map(|r| r.5)))),
    ]
}

fn owned(rows: &[Row]) -> Vec<(String, String, String, String, i64, i64)> {
    rows.iter().map(|r| (r.0.into(), r.1.into(), r.2.into(), r.3.into(), r.4, r.5)).collect()
}

fn rollup_file(w: &Ws, name: &str, rows: &[Row]) -> PathBuf {
    let p = w.dir.path().join(name);
    write_parquet(&p, standard(&owned(rows)), 3);
    p
}

/// What the store holds per user and day, by external names.
async fn stored(w: &Ws) -> Model {
    w.rows(
        "SELECT a.external_id, ua.day, m.key, u.external_id, ua.events, ua.value_events FROM user_activity ua
           JOIN accounts a ON a.id = ua.account_id JOIN modules m ON m.id = ua.module_id JOIN users u ON u.id = ua.user_id",
    )
    .await
    .into_iter()
    .map(|r| ((r[0].clone(), r[1].clone(), r[2].clone(), r[3].clone()), (r[4].parse().unwrap(), r[5].parse().unwrap())))
    .collect()
}

/// The daily module rollup a model implies: (account, day, module) -> (events, active users, value events).
fn daily_of(model: &Model) -> BTreeMap<(String, String, String), (i64, i64, i64)> {
    let mut out = BTreeMap::new();
    for ((a, d, m, _), (e, v)) in model {
        let c = out.entry((a.clone(), d.clone(), m.clone())).or_insert((0, 0, 0));
        c.0 += e;
        c.1 += 1;
        c.2 += v;
    }
    out
}

/// The store agrees with `model`: user days, daily rollup, week rollups, day totals.
async fn assert_store_is(w: &Ws, model: &Model, step: &str) {
    assert_eq!(&stored(w).await, model, "{step}: user days");
    let daily: BTreeMap<(String, String, String), (i64, i64, i64)> = w
        .rows(
            "SELECT a.external_id, d.day, m.key, d.events, d.active_users, d.value_events FROM usage_days d
               JOIN accounts a ON a.id = d.account_id JOIN modules m ON m.id = d.module_id",
        )
        .await
        .into_iter()
        .map(|r| ((r[0].clone(), r[1].clone(), r[2].clone()), (r[3].parse().unwrap(), r[4].parse().unwrap(), r[5].parse().unwrap())))
        .collect();
    assert_eq!(daily, daily_of(model), "{step}: usage_days");
    // Each account's first value day: its earliest user day with a value event.
    let mut firsts: BTreeMap<String, String> = BTreeMap::new();
    for ((a, d, _, _), &(_, v)) in model {
        if v > 0 && firsts.get(a).is_none_or(|f| d < f) {
            firsts.insert(a.clone(), d.clone());
        }
    }
    let kept: BTreeMap<String, String> = w
        .rows("SELECT a.external_id, f.day FROM first_value_days f JOIN accounts a ON a.id = f.account_id")
        .await
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    assert_eq!(kept, firsts, "{step}: first_value_days");
    let check = w.ws.check_rollups().await.unwrap();
    assert!(check.agrees(), "{step}: {check:?}");
    let mut per_day: BTreeMap<i64, i64> = BTreeMap::new();
    for ((_, d, _, _), (e, _)) in model {
        *per_day.entry(i64::from(epoch(d))).or_default() += e;
    }
    let days: BTreeMap<i64, i64> =
        w.rows("SELECT day, events FROM event_days").await.into_iter().map(|r| (r[0].parse().unwrap(), r[1].parse().unwrap())).collect();
    assert_eq!(days, per_day, "{step}: event_days");
}

fn model_of(rows: &[(String, String, String, String, i64, i64)]) -> Model {
    rows.iter().map(|r| ((r.0.clone(), r.1.clone(), r.2.clone(), r.3.clone()), (r.4, r.5))).collect()
}

const FIRST: &[Row] = &[
    ("acme", "2026-03-02", "visualisation", "c-1", 5, 1),
    ("acme", "2026-03-02", "analysis", "c-1", 2, 2),
    ("acme", "2026-03-02", "analysis", "u-9", 1, 0),
    ("acme", "2026-03-04", "analysis", "c-2", 3, 1),
    ("acme", "2026-03-09", "visualisation", "c-2", 4, 0),
    ("globex", "2026-03-03", "data_collection", "c-3", 7, 0),
    ("globex", "2026-03-10", "data_collection", "c-3", 1, 1),
];

#[tokio::test]
async fn rollups_store_each_users_day_and_a_reimport_changes_nothing() {
    let w = workspace().await;
    w.base().await;
    let p = rollup_file(&w, "usage.parquet", FIRST);
    let r = w.import(ImportKind::UsageRollups, &p).await.unwrap();
    assert_eq!((r.kind.as_str(), r.rows, r.inserted, r.updated, r.unchanged, r.skipped), ("usage-rollups", 7, 7, 0, 0, 0), "{r:?}");
    assert_store_is(&w, &model_of(&owned(FIRST)), "first import").await;
    // Users are created per account and linked to their contact like event users.
    assert_eq!(
        w.rows("SELECT a.external_id, u.external_id, coalesce(c.external_id, 'NULL') FROM users u JOIN accounts a ON a.id = u.account_id LEFT JOIN contacts c ON c.id = u.contact_id ORDER BY 1, 2").await,
        [["acme", "c-1", "c-1"], ["acme", "c-2", "c-2"], ["acme", "u-9", "NULL"], ["globex", "c-3", "c-3"]]
    );
    let before = w.dump().await;
    let again = w.import(ImportKind::UsageRollups, &p).await.unwrap();
    assert_eq!((again.inserted, again.updated, again.unchanged), (0, 0, 7), "{again:?}");
    assert_eq!(w.dump().await, before, "a re-import changes nothing, not even the import log");
}

#[tokio::test]
async fn a_corrected_re_export_replaces_its_accounts_days_and_nothing_else() {
    let w = workspace().await;
    w.base().await;
    w.import(ImportKind::UsageRollups, &rollup_file(&w, "first.parquet", FIRST)).await.unwrap();
    // acme from 2026-03-02 to 2026-03-04 again: two counts corrected (its value events of
    // 2026-03-02 were not value events after all, so its first value day moves to 03-04),
    // u-9's day gone, a new day.
    let second: &[Row] = &[
        ("acme", "2026-03-02", "visualisation", "c-1", 6, 0),
        ("acme", "2026-03-02", "analysis", "c-1", 2, 0),
        ("acme", "2026-03-03", "analysis", "c-2", 1, 0),
        ("acme", "2026-03-04", "analysis", "c-2", 3, 1),
    ];
    let r = w.import(ImportKind::UsageRollups, &rollup_file(&w, "second.parquet", second)).await.unwrap();
    assert_eq!((r.rows, r.inserted, r.updated, r.unchanged), (4, 1, 2, 1), "{r:?}");
    assert!(r.notes.iter().any(|n| n.starts_with("1 user-days removed") && n.contains("2026-03-02 to 2026-03-04")), "{:?}", r.notes);
    let mut model = model_of(&owned(FIRST));
    model.retain(|(a, d, _, _), _| !(a == "acme" && d.as_str() <= "2026-03-04"));
    model.extend(model_of(&owned(second)));
    // acme's 2026-03-09 and all of globex stay as they were.
    assert_store_is(&w, &model, "re-export").await;
    assert_eq!(w.rows("SELECT f.day FROM first_value_days f JOIN accounts a ON a.id = f.account_id WHERE a.external_id = 'acme'").await, [["2026-03-04"]]);
    // globex's only value event was not one either: it has no first value day left.
    let third: &[Row] = &[("globex", "2026-03-03", "data_collection", "c-3", 7, 0), ("globex", "2026-03-10", "data_collection", "c-3", 1, 0)];
    w.import(ImportKind::UsageRollups, &rollup_file(&w, "third.parquet", third)).await.unwrap();
    model.extend(model_of(&owned(third)));
    assert_store_is(&w, &model, "globex re-exported").await;
    assert_eq!(w.rows("SELECT a.external_id FROM first_value_days f JOIN accounts a ON a.id = f.account_id").await, [["acme"]]);
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[tokio::test]
async fn random_exports_re_imports_and_event_imports_keep_every_rollup_equal_to_a_model() {
    let w = workspace().await;
    w.base().await;
    let accounts = ["acme", "globex", "42"];
    let modules = ["visualisation", "analysis", "data_collection", "monitoring"];
    let day0 = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut g = Gen(0x9e37_79b9_7f4a_7c15);
    let mut model = Model::new();
    let mut exports: Vec<(PathBuf, Vec<(String, String, String, String, i64, i64)>)> = Vec::new();
    for step in 0..14 {
        let (path, rows) = if step > 2 && g.below(4) == 0 {
            // Re-import an earlier export: it states its days again.
            exports[g.below(exports.len() as u64) as usize].clone()
        } else {
            let from = g.below(60);
            let len = 1 + g.below(20);
            let mut rows = Vec::new();
            let mut seen = std::collections::BTreeSet::new();
            let chosen: Vec<&str> = accounts.iter().copied().filter(|_| g.below(3) > 0).collect();
            for a in chosen {
                for d in from..from + len {
                    for _ in 0..g.below(4) {
                        let key = (a.to_string(), (day0 + chrono::Days::new(d)).to_string(), modules[g.below(4) as usize].to_string(), format!("u{}", g.below(5)));
                        if seen.insert(key.clone()) {
                            let events = 1 + g.below(9) as i64;
                            rows.push((key.0, key.1, key.2, key.3, events, g.below(events as u64 + 1) as i64));
                        }
                    }
                }
            }
            let p = w.dir.path().join(format!("export{step}.parquet"));
            if rows.is_empty() {
                continue;
            }
            write_parquet(&p, standard(&rows), 1 + g.below(40) as usize);
            exports.push((p.clone(), rows.clone()));
            (p, rows)
        };
        // The model: the export is the truth for its accounts from its first to its last day.
        let (lo, hi) = (rows.iter().map(|r| r.1.clone()).min().unwrap(), rows.iter().map(|r| r.1.clone()).max().unwrap());
        let named: std::collections::BTreeSet<&String> = rows.iter().map(|r| &r.0).collect();
        model.retain(|(a, d, _, _), _| !(named.contains(a) && *d >= lo && *d <= hi));
        model.extend(model_of(&rows));
        w.import(ImportKind::UsageRollups, &path).await.unwrap_or_else(|e| panic!("step {step}: {e}"));
        assert_store_is(&w, &model, &format!("step {step}")).await;

        // Raw events of initech (never in an export) in between: they add, and leave the
        // exported accounts' rollups alone.
        if step % 4 == 1 {
            let day = (day0 + chrono::Days::new(g.below(60))).to_string();
            let line = |n: u64| format!(r#"{{"type":"track","event":"funnel_saved","userId":"e{n}","messageId":"m-{step}-{n}","timestamp":"{day}T10:00:00Z","context":{{"groupId":"initech"}}}}"#);
            let p = w.file(&format!("events{step}.jsonl"), (0..3).map(line).collect::<Vec<_>>().join("\n"));
            w.import(ImportKind::Events, &p).await.unwrap();
            for n in 0..3 {
                model.insert(("initech".into(), day.clone(), "analysis".into(), format!("e{n}")), (1, 1));
            }
            assert_store_is(&w, &model, &format!("events after step {step}")).await;
        }
    }
    assert!(model.len() > 100, "{} user days", model.len());
}

/// The error must be a cell error at exactly this place, in every language.
#[track_caller]
fn assert_cell_error(r: Result<import::ImportReport, Error>, path: &Path, group: usize, row: u64, column: &str) -> String {
    let e = r.expect_err("an error");
    let shown = e.to_string();
    match &e {
        Error::Cell { file, group: g, row: r, column: c, reason } => {
            assert_eq!((file.as_path(), *g, *r, c.as_str()), (path, group, row, column), "{shown}");
            assert_eq!(shown, format!("{}: row group {group}, row {row}: column `{column}`: {}", path.display(), reason.render(Lang::En)));
            assert_eq!(e.text().render(Lang::En), shown);
            assert!(e.text().render(Lang::Fr).contains(&format!("groupe de lignes {group}, ligne {row}")), "{}", e.text().render(Lang::Fr));
            assert!(e.text().render(Lang::ZhCn).contains(&format!("第 {group} 个行组，第 {row} 行")), "{}", e.text().render(Lang::ZhCn));
            assert_eq!(e.code(), "bad_row");
            reason.render(Lang::En)
        }
        other => panic!("expected a cell error, got {other:?} ({shown})"),
    }
}

#[tokio::test]
async fn hostile_files_are_refused_naming_the_place_and_leave_the_store_as_it_was() {
    let w = workspace().await;
    w.base().await;
    w.import(ImportKind::UsageRollups, &rollup_file(&w, "good.parquet", FIRST)).await.unwrap();
    let before = w.dump().await;
    let good = owned(FIRST);
    // Each case: the standard columns with one cell or column spoilt (row groups of 3 rows).
    let spoilt = |f: &dyn Fn(&mut Vec<(&'static str, ArrayRef)>)| {
        let mut cols = standard(&good);
        f(&mut cols);
        cols
    };
    let write = |name: &str, cols: Vec<(&str, ArrayRef)>| {
        let p = w.dir.path().join(name);
        write_parquet(&p, cols, 3);
        p
    };
    let strings = |v: Vec<Option<&str>>| Arc::new(StringArray::from(v)) as ArrayRef;
    let ints = |v: Vec<Option<i64>>| Arc::new(Int64Array::from(v)) as ArrayRef;

    // A null account in the second row group (row 5 of the file).
    let p = write("null_key.parquet", spoilt(&|c| c[0].1 = strings(vec![Some("acme"), Some("acme"), Some("acme"), Some("acme"), None, Some("globex"), Some("globex")])));
    assert_eq!(assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 1, 5, "account_id"), "is missing");
    // An empty user id is missing too.
    let p = write("empty_user.parquet", spoilt(&|c| c[3].1 = strings(vec![Some("c-1"), Some(" "), Some("u"), Some("u"), Some("u"), Some("u"), Some("u")])));
    assert_eq!(assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 0, 2, "user_id"), "is missing");
    // Negative and zero counts, value events above events.
    let p = write("negative.parquet", spoilt(&|c| c[5].1 = ints(vec![Some(0), Some(0), Some(0), Some(0), Some(0), Some(0), Some(-2)])));
    assert_eq!(assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 2, 7, "value_events"), "must not be negative");
    let p = write("zero.parquet", spoilt(&|c| c[4].1 = ints(vec![Some(5), Some(2), Some(1), Some(0), Some(4), Some(7), Some(1)])));
    let reason = assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 1, 4, "events");
    assert!(reason.starts_with("0 events"), "{reason}");
    let p = write("above.parquet", spoilt(&|c| c[5].1 = ints(vec![Some(0), Some(3), Some(0), Some(0), Some(0), Some(0), Some(0)])));
    assert_eq!(assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 0, 2, "value_events"), "3 value events is more than the row's 2 events");
    // An account the workspace does not have.
    let p = write("unknown.parquet", spoilt(&|c| c[0].1 = strings(vec![Some("acme"), Some("acme"), Some("umbrella"), Some("acme"), Some("acme"), Some("globex"), Some("globex")])));
    let reason = assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 0, 3, "account_id");
    assert!(reason.starts_with("unknown account \"umbrella\""), "{reason}");
    // Days: before 1970, and text that is no day.
    let p = write("old.parquet", spoilt(&|c| c[1].1 = Arc::new(Date32Array::from(vec![19000, 19000, 19000, 19000, 19000, -3, 19000]))));
    assert_eq!(assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 1, 6, "day"), "\"1969-12-29\" is before 1970-01-01");
    let p = write("text_day.parquet", spoilt(&|c| c[1].1 = strings(vec![Some("2026-02-27"), Some("2026-02-30"), None, None, None, None, None])));
    assert_eq!(assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 0, 2, "day"), "\"2026-02-30\" is not a day like 2026-03-31");
    // Counts that are not whole, or do not fit.
    let p = write("fraction.parquet", spoilt(&|c| c[4].1 = Arc::new(Float64Array::from(vec![5.0, 2.0, 1.0, 3.0, 2.5, 7.0, 1.0]))));
    assert_eq!(assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 1, 5, "events"), "2.5 is not a whole number");
    let p = write("huge.parquet", spoilt(&|c| c[4].1 = Arc::new(UInt64Array::from(vec![5, 2, 1, 3, 4, 7, u64::MAX]))));
    assert_eq!(assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 2, 7, "events"), "is too large for a count");
    // The same user's day in a module twice.
    let mut twice = good.clone();
    twice.push(good[3].clone());
    let p = write("twice.parquet", standard(&twice));
    let reason = assert_cell_error(w.import(ImportKind::UsageRollups, &p).await, &p, 2, 8, "(row)");
    assert_eq!(reason, format!("repeats row 4 of {} (same account, day, module and user): each row must be one user's day in one module", p.display()));

    // Whole-file problems.
    let p = write("text_counts.parquet", spoilt(&|c| c[4].1 = strings(vec![Some("1"); 7])));
    let shown = assert_file_error(w.import(ImportKind::UsageRollups, &p).await, &p);
    assert!(shown.ends_with("column `events` holds Utf8; it must hold whole numbers (INT64, or NUMBER(38,0) from Snowflake)"), "{shown}");
    let p = write("no_user.parquet", spoilt(&|c| {
        c.remove(3);
    }));
    let shown = assert_file_error(w.import(ImportKind::UsageRollups, &p).await, &p);
    assert!(shown.contains("has no column `user_id`: rollups need one row per user and day"), "{shown}");
    assert!(shown.ends_with("its columns are: account_id, day, module, events, value_events"), "{shown}");
    let whole = std::fs::read(w.dir.path().join("good.parquet")).unwrap();
    let p = w.file("truncated.parquet", &whole[..whole.len() / 2]);
    let shown = assert_file_error(w.import(ImportKind::UsageRollups, &p).await, &p);
    assert!(shown.contains("not a readable Parquet file"), "{shown}");
    let p = w.file("csv.parquet", "account_id,day\nacme,2026-03-01\n");
    assert!(assert_file_error(w.import(ImportKind::UsageRollups, &p).await, &p).contains("not a readable Parquet file"));
    let empty = w.dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert!(assert_file_error(w.import(ImportKind::UsageRollups, &empty).await, &empty).ends_with("holds no .parquet file"));

    assert_eq!(w.dump().await, before, "no refused file changed anything");
}

#[tokio::test]
async fn the_types_warehouses_write_are_read_alike() {
    let w = workspace().await;
    w.base().await;
    // BigQuery/DuckDB-like: timestamps in UTC, 32-bit counts, dictionary-encoded ids.
    let micros = |day: &str, hour: i64| (i64::from(epoch(day)) * 86_400 + hour * 3600) * 1_000_000;
    let p = w.dir.path().join("typed.parquet");
    write_parquet(
        &p,
        vec![
            ("Account ID", Arc::new(DictionaryArray::<Int32Type>::from_iter(["acme", "acme", "globex"])) as ArrayRef),
            ("day", Arc::new(TimestampMicrosecondArray::from(vec![micros("2026-03-02", 23), micros("2026-03-03", 0), micros("2026-03-03", 12)]).with_timezone("UTC"))),
            ("module", Arc::new(LargeStringArray::from(vec!["Analysis", "visualisation", "Data Collection"]))),
            ("userId", Arc::new(StringArray::from(vec!["c-1", "c-1", "c-3"]))),
            ("events", Arc::new(Int32Array::from(vec![3, 1, 2]))),
            ("value_events", Arc::new(Decimal128Array::from(vec![1i128, 0, 2]).with_precision_and_scale(38, 0).unwrap())),
        ],
        2,
    );
    let r = w.import(ImportKind::UsageRollups, &p).await.unwrap();
    assert_eq!(r.inserted, 3);
    // Snowflake-like: NUMBER(38,0) counts, whole floats, a numeric account id, columns named by a mapping.
    let p2 = w.dir.path().join("snowflake.parquet");
    write_parquet(
        &p2,
        vec![
            ("ORG", Arc::new(Int64Array::from(vec![42])) as ArrayRef),
            ("DAY", Arc::new(StringArray::from(vec!["2026-03-05"]))),
            ("MODULE", Arc::new(StringArray::from(vec!["monitoring"]))),
            ("USER_ID", Arc::new(StringArray::from(vec!["n-1"]))),
            ("EVENTS", Arc::new(Decimal128Array::from(vec![4i128]).with_precision_and_scale(38, 0).unwrap())),
            ("VALUE_EVENTS", Arc::new(Float64Array::from(vec![1.0]))),
        ],
        10,
    );
    let opts = ImportOptions { rename: [("ORG".to_string(), "account_id".to_string())].into(), ..Default::default() };
    import::import_file_with(&w.ws, ImportKind::UsageRollups, &p2, &opts).await.unwrap();
    let want: Model = [
        (("acme", "2026-03-02", "analysis", "c-1"), (3, 1)),
        (("acme", "2026-03-03", "visualisation", "c-1"), (1, 0)),
        (("globex", "2026-03-03", "data_collection", "c-3"), (2, 2)),
        (("42", "2026-03-05", "monitoring", "n-1"), (4, 1)),
    ]
    .into_iter()
    .map(|((a, d, m, u), c)| ((a.into(), d.into(), m.into(), u.into()), c))
    .collect();
    assert_store_is(&w, &want, "typed").await;
}

#[tokio::test]
async fn a_folder_is_one_import_and_unknown_accounts_can_be_skipped_or_created() {
    let w = workspace().await;
    w.base().await;
    let dir = w.dir.path().join("export");
    std::fs::create_dir(&dir).unwrap();
    write_parquet(&dir.join("part-000.parquet"), standard(&owned(&FIRST[..4])), 100);
    write_parquet(&dir.join("part-001.parquet"), standard(&owned(&FIRST[4..])), 100);
    std::fs::write(dir.join("_SUCCESS"), "").unwrap();
    let r = w.import(ImportKind::UsageRollups, &dir).await.unwrap();
    assert_eq!((r.rows, r.inserted), (7, 7));
    assert_store_is(&w, &model_of(&owned(FIRST)), "folder").await;

    // A row repeated across parts names both files; nothing of the folder is stored.
    let before = w.dump().await;
    write_parquet(&dir.join("part-002.parquet"), standard(&owned(&[("globex", "2026-03-20", "analysis", "c-3", 1, 0), FIRST[1]])), 100);
    let bad = dir.join("part-002.parquet");
    let reason = assert_cell_error(w.import(ImportKind::UsageRollups, &dir).await, &bad, 0, 2, "(row)");
    assert!(reason.starts_with(&format!("repeats row 2 of {}", dir.join("part-000.parquet").display())), "{reason}");
    assert_eq!(w.dump().await, before);
    std::fs::remove_file(&bad).unwrap();

    let strangers: &[Row] = &[("acme", "2026-04-01", "analysis", "c-1", 1, 0), ("umbrella", "2026-04-01", "analysis", "x", 2, 0)];
    let p = rollup_file(&w, "strangers.parquet", strangers);
    let skip = EventOptions { unknown_accounts: UnknownAccounts::Skip, ..Default::default() };
    let r = w.import_with(ImportKind::UsageRollups, &p, &skip).await.unwrap();
    assert_eq!((r.rows, r.inserted, r.skipped), (2, 1, 1), "{r:?}");
    assert!(r.notes.iter().any(|n| n.contains("umbrella")), "{:?}", r.notes);
    let create = EventOptions { unknown_accounts: UnknownAccounts::Create, ..Default::default() };
    let r = w.import_with(ImportKind::UsageRollups, &p, &create).await.unwrap();
    assert_eq!((r.inserted, r.unchanged), (1, 1), "{r:?}");
    assert_eq!(w.scalar("SELECT count(*) FROM accounts WHERE external_id = 'umbrella'").await, 1);
}
