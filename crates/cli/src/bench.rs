//! `waypoint bench import`: the end-to-end import benchmark reported in docs/BENCHMARKS.md.
//! Generates Segment JSONL (and the same events as CSV), imports into a fresh encrypted
//! workspace, and times sqlite3's own `.import` of the CSV into a plain table as the floor
//! a hand-rolled script would reach. With `--parts`, the stream comes as several files
//! imported one after the other, as daily exports do (and as 100M events must, to fit a disk).

use std::io::{BufWriter, Write};
use std::path::Path;
use std::time::Instant;

use rand::{Rng, SeedableRng};
use serde::Serialize;

use crate::commands::print_json;
use crate::CliError;

#[derive(Serialize)]
struct BenchReport {
    events: u64,
    accounts: u32,
    /// Files the events came in, imported one after the other.
    parts: u32,
    jsonl_bytes: u64,
    import_seconds: f64,
    events_per_second: f64,
    /// Each file's import, in order: whether the rate holds as the workspace grows.
    part_seconds: Vec<f64>,
    peak_rss_mb: f64,
    distinct_events_stored: u64,
    usage_days: u64,
    workspace_bytes: u64,
    baseline_sqlite3_seconds: Option<f64>,
    baseline_events_per_second: Option<f64>,
}

const MODULES: [&str; 6] = ["data_collection", "monitoring", "visualization", "analysis", "alerting", "reporting"];
const EVENTS: [&str; 6] = ["source_synced", "check_run", "dashboard_viewed", "funnel_saved", "alert_acknowledged", "report_scheduled"];

fn io(context: &str) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |e| CliError::Io { context: context.to_string(), source: e }
}

pub async fn import(events: u64, accounts: u32, baseline: bool, keep: Option<std::path::PathBuf>, parts: u32, json: bool) -> Result<(), CliError> {
    let tmp = tempfile::tempdir().map_err(io("temp dir"))?;
    let dir = match &keep {
        Some(d) => {
            std::fs::create_dir_all(d).map_err(io("--keep dir"))?;
            d.as_path()
        }
        None => tmp.path(),
    };
    let accounts_csv = dir.join("accounts.csv");
    write_accounts(accounts, &accounts_csv).map_err(io("writing bench files"))?;
    let ws_path = dir.join("bench.waypoint");
    store::Workspace::delete_files(&ws_path);
    let ws = store::Workspace::create(&ws_path, store::KeyChoice::passphrase("bench")).await?;
    let opts = import::EventOptions::default();
    import::import_file(&ws, import::ImportKind::Accounts, &accounts_csv, &opts).await?;
    let db = dir.join("baseline.db");
    let _ = std::fs::remove_file(&db);

    let mut stream = EventStream::new(events, accounts);
    let (mut jsonl_bytes, mut part_seconds, mut base_secs) = (0, Vec::new(), 0.0);
    for p in 0..u64::from(parts) {
        let range = p * events / u64::from(parts)..(p + 1) * events / u64::from(parts);
        let (jsonl, csv) = if parts == 1 {
            (dir.join("events.jsonl"), dir.join("events.csv"))
        } else {
            (dir.join(format!("events-{:03}.jsonl", p + 1)), dir.join(format!("events-{:03}.csv", p + 1)))
        };
        eprintln!("generating events {}..{} of {events} for {accounts} accounts in {}", range.start, range.end, dir.display());
        stream.write(range, &jsonl, baseline.then_some(csv.as_path())).map_err(io("writing bench files"))?;
        jsonl_bytes += std::fs::metadata(&jsonl).map_err(io("events.jsonl"))?.len();
        eprintln!("importing into an encrypted workspace");
        let t = Instant::now();
        import::import_file(&ws, import::ImportKind::Events, &jsonl, &opts).await?;
        part_seconds.push(t.elapsed().as_secs_f64());
        if baseline {
            eprintln!("baseline: sqlite3 .import of the same events as CSV");
            base_secs += sqlite3_import(&db, &csv)?;
        }
        // Several parts: each file goes once imported, so disk holds one at a time.
        if parts > 1 && keep.is_none() {
            let _ = std::fs::remove_file(&jsonl);
            let _ = std::fs::remove_file(&csv);
        }
    }
    let secs: f64 = part_seconds.iter().sum();
    let peak = peak_rss_mb();
    let status = ws.status().await?;
    ws.close().await;
    let workspace_bytes = std::fs::metadata(&ws_path).map_err(io("bench workspace"))?.len();
    let (base_secs, base_rate) = if baseline { (Some(base_secs), Some(events as f64 / base_secs)) } else { (None, None) };

    let report = BenchReport {
        events,
        accounts,
        parts,
        jsonl_bytes,
        import_seconds: secs,
        events_per_second: events as f64 / secs,
        part_seconds,
        peak_rss_mb: peak,
        distinct_events_stored: status.events,
        usage_days: status.usage_days,
        workspace_bytes,
        baseline_sqlite3_seconds: base_secs,
        baseline_events_per_second: base_rate,
    };
    if json {
        print_json(&report);
    } else {
        println!("events            {}", report.events);
        println!("import            {:.2} s, {:.0} events/s", report.import_seconds, report.events_per_second);
        if parts > 1 {
            let n = u64::from(parts);
            let rates: Vec<String> = (0..n)
                .zip(&report.part_seconds)
                .map(|(p, s)| format!("{:.0}", ((p + 1) * events / n - p * events / n) as f64 / s))
                .collect();
            println!("per file          {} events/s", rates.join(", "));
        }
        println!("peak RSS          {:.0} MB", report.peak_rss_mb);
        println!("workspace         {:.0} MB", report.workspace_bytes as f64 / 1e6);
        if let (Some(s), Some(r)) = (base_secs, base_rate) {
            println!("sqlite3 .import   {s:.2} s, {r:.0} events/s (plain table, no rollups, unencrypted)");
        }
    }
    Ok(())
}

/// sqlite3's own `.import` of `csv` into table `events` of `db` (created by the first
/// import, appended to by the next): seconds taken.
fn sqlite3_import(db: &Path, csv: &Path) -> Result<f64, CliError> {
    // `--skip 1` drops the header of files after the first (the table exists then).
    let skip = if std::fs::metadata(db).is_ok_and(|m| m.len() > 0) { "--skip 1 " } else { "" };
    let t = Instant::now();
    let mut child = std::process::Command::new("sqlite3")
        .arg(db)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(io("running sqlite3 (apt-get install sqlite3)"))?;
    let script = format!(".mode csv\n.import {skip}{} events\n", csv.display());
    child.stdin.take().expect("piped").write_all(script.as_bytes()).map_err(io("sqlite3 stdin"))?;
    let status = child.wait().map_err(io("sqlite3"))?;
    if !status.success() {
        return Err(CliError::Usage("sqlite3 .import failed".into()));
    }
    Ok(t.elapsed().as_secs_f64())
}

fn write_accounts(accounts: u32, path: &Path) -> std::io::Result<()> {
    let mut acc = BufWriter::new(std::fs::File::create(path)?);
    writeln!(acc, "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at")?;
    for a in 0..accounts {
        writeln!(acc, "ACC-{a:05},Bench Account {a},Software,EMEA,{},CSM {},adoption,2026-01-01", 50 + a % 900, a % 8)?;
    }
    acc.flush()
}

/// One user session: account, user, its two modules, events left.
type Session = (u32, u32, [usize; 2], u32);

/// Events spread over 90 days in time order, each account with its own user base and module
/// mix, grouped in interleaved user sessions like a real product's stream. Written in
/// consecutive ranges (one file each), the same stream whatever the number of files.
struct EventStream {
    n: u64,
    accounts: u32,
    rng: rand_chacha::ChaCha8Rng,
    /// 64 sessions run at once and interleave, as in a real stream.
    sessions: Vec<Session>,
}

impl EventStream {
    const DAYS: u64 = 90;

    fn new(n: u64, accounts: u32) -> EventStream {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        let sessions = (0..64).map(|_| Self::session(&mut rng, accounts)).collect();
        EventStream { n, accounts, rng, sessions }
    }

    /// Users work in sessions of a few dozen events in one or two modules.
    fn session(rng: &mut rand_chacha::ChaCha8Rng, accounts: u32) -> Session {
        let a: u32 = rng.random_range(0..accounts);
        let u: u32 = rng.random_range(0..5 + a % 40);
        let first = (a as usize + rng.random_range(0..3)) % MODULES.len();
        let second = (first + 1 + a as usize % 3) % MODULES.len();
        (a, u, [first, second], rng.random_range(8..48u32))
    }

    /// Events `range` of the stream as Segment JSONL, and as CSV too when `csv` is given.
    fn write(&mut self, range: std::ops::Range<u64>, jsonl: &Path, csv: Option<&Path>) -> std::io::Result<()> {
        let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(jsonl)?);
        let mut out_csv = match csv {
            Some(csv) => {
                let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(csv)?);
                writeln!(w, "timestamp,account_id,user_id,event,module,message_id")?;
                Some(w)
            }
            None => None,
        };
        let start = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).expect("valid").and_hms_opt(0, 0, 0).expect("valid");
        for i in range {
            let secs = i * Self::DAYS * 86_400 / self.n.max(1);
            let ts = (start + chrono::Duration::seconds(secs as i64)).format("%Y-%m-%dT%H:%M:%S.000Z");
            let slot = self.rng.random_range(0..self.sessions.len());
            let (a, u, mods, left) = self.sessions[slot];
            let m = mods[self.rng.random_range(0..2)];
            if left <= 1 {
                self.sessions[slot] = Self::session(&mut self.rng, self.accounts);
            } else {
                self.sessions[slot].3 = left - 1;
            }
            let id: u128 = self.rng.random();
            writeln!(
                out,
                r#"{{"type":"track","event":"{}","userId":"U-{a:05}-{u:03}","messageId":"{id:032x}","timestamp":"{ts}","context":{{"groupId":"ACC-{a:05}","library":{{"name":"analytics.js","version":"2.11.1"}}}},"properties":{{"module":"{}"}}}}"#,
                EVENTS[m], MODULES[m]
            )?;
            if let Some(w) = out_csv.as_mut() {
                writeln!(w, "{ts},ACC-{a:05},U-{a:05}-{u:03},{},{},{id:032x}", EVENTS[m], MODULES[m])?;
            }
        }
        // On disk before the import is timed, so the kernel is not still writing the
        // generator's gigabytes back while the import runs.
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        if let Some(w) = out_csv {
            w.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        }
        Ok(())
    }
}

/// Peak resident set size of this process (VmHWM), in MB; 0 where /proc is absent.
pub(crate) fn peak_rss_mb() -> f64 {
    proc_status_mb("VmHWM:")
}

/// Resident set size of this process now (VmRSS), in MB; 0 where /proc is absent.
pub(crate) fn rss_mb() -> f64 {
    proc_status_mb("VmRSS:")
}

fn proc_status_mb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(field)).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}
