//! `waypoint bench import`: the end-to-end import benchmark reported in docs/BENCHMARKS.md.
//! Generates Segment JSONL (and the same events as CSV), imports into a fresh encrypted
//! workspace, and times sqlite3's own `.import` of the CSV into a plain table as the floor
//! a hand-rolled script would reach.

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
    jsonl_bytes: u64,
    import_seconds: f64,
    events_per_second: f64,
    peak_rss_mb: f64,
    distinct_events_stored: u64,
    usage_days: u64,
    baseline_sqlite3_seconds: Option<f64>,
    baseline_events_per_second: Option<f64>,
}

const MODULES: [&str; 6] = ["data_collection", "monitoring", "visualization", "analysis", "alerting", "reporting"];
const EVENTS: [&str; 6] = ["source_synced", "check_run", "dashboard_viewed", "funnel_saved", "alert_acknowledged", "report_scheduled"];

fn io(context: &str) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |e| CliError::Io { context: context.to_string(), source: e }
}

pub async fn import(events: u64, accounts: u32, baseline: bool, keep: Option<std::path::PathBuf>, json: bool) -> Result<(), CliError> {
    let tmp = tempfile::tempdir().map_err(io("temp dir"))?;
    let dir = match &keep {
        Some(d) => {
            std::fs::create_dir_all(d).map_err(io("--keep dir"))?;
            d.as_path()
        }
        None => tmp.path(),
    };
    let jsonl = dir.join("events.jsonl");
    let csv = dir.join("events.csv");
    let accounts_csv = dir.join("accounts.csv");
    eprintln!("generating {events} events for {accounts} accounts in {}", dir.display());
    generate(events, accounts, &jsonl, &csv, &accounts_csv, baseline).map_err(io("writing bench files"))?;
    let jsonl_bytes = std::fs::metadata(&jsonl).map_err(io("events.jsonl"))?.len();

    let ws_path = dir.join("bench.waypoint");
    store::Workspace::delete_files(&ws_path);
    let ws = store::Workspace::create(&ws_path, store::KeyChoice::passphrase("bench")).await?;
    let opts = import::EventOptions::default();
    import::import_file(&ws, import::ImportKind::Accounts, &accounts_csv, &opts).await?;
    eprintln!("importing into an encrypted workspace");
    let t = Instant::now();
    import::import_file(&ws, import::ImportKind::Events, &jsonl, &opts).await?;
    let secs = t.elapsed().as_secs_f64();
    let peak = peak_rss_mb();
    let status = ws.status().await?;
    ws.close().await;

    let (base_secs, base_rate) = if baseline {
        eprintln!("baseline: sqlite3 .import of the same events as CSV");
        let db = dir.join("baseline.db");
        let _ = std::fs::remove_file(&db);
        let t = Instant::now();
        let mut child = std::process::Command::new("sqlite3")
            .arg(&db)
            .stdin(std::process::Stdio::piped())
            .spawn()
            .map_err(io("running sqlite3 (apt-get install sqlite3)"))?;
        let script = format!(".mode csv\n.import {} events\n", csv.display());
        child.stdin.take().expect("piped").write_all(script.as_bytes()).map_err(io("sqlite3 stdin"))?;
        let status = child.wait().map_err(io("sqlite3"))?;
        if !status.success() {
            return Err(CliError::Usage("sqlite3 .import failed".into()));
        }
        let s = t.elapsed().as_secs_f64();
        (Some(s), Some(events as f64 / s))
    } else {
        (None, None)
    };

    let report = BenchReport {
        events,
        accounts,
        jsonl_bytes,
        import_seconds: secs,
        events_per_second: events as f64 / secs,
        peak_rss_mb: peak,
        distinct_events_stored: status.events,
        usage_days: status.usage_days,
        baseline_sqlite3_seconds: base_secs,
        baseline_events_per_second: base_rate,
    };
    if json {
        print_json(&report);
    } else {
        println!("events            {}", report.events);
        println!("import            {:.2} s, {:.0} events/s", report.import_seconds, report.events_per_second);
        println!("peak RSS          {:.0} MB", report.peak_rss_mb);
        if let (Some(s), Some(r)) = (base_secs, base_rate) {
            println!("sqlite3 .import   {s:.2} s, {r:.0} events/s (plain table, no rollups, unencrypted)");
        }
    }
    Ok(())
}

/// Events spread over 90 days in time order, each account with its own user base and module
/// mix, grouped in interleaved user sessions like a real product's stream.
fn generate(n: u64, accounts: u32, jsonl: &Path, csv: &Path, accounts_csv: &Path, with_csv: bool) -> std::io::Result<()> {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    let mut acc = BufWriter::new(std::fs::File::create(accounts_csv)?);
    writeln!(acc, "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at")?;
    for a in 0..accounts {
        writeln!(acc, "ACC-{a:05},Bench Account {a},Software,EMEA,{},CSM {},adoption,2026-01-01", 50 + a % 900, a % 8)?;
    }
    acc.flush()?;
    let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(jsonl)?);
    let mut out_csv = if with_csv {
        let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(csv)?);
        writeln!(w, "timestamp,account_id,user_id,event,module,message_id")?;
        Some(w)
    } else {
        None
    };
    let days = 90u64;
    let start = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).expect("valid").and_hms_opt(0, 0, 0).expect("valid");
    // Users work in sessions of a few dozen events in one or two modules; 64 sessions run at
    // once and interleave, as in a real stream.
    let new_session = |rng: &mut rand_chacha::ChaCha8Rng| {
        let a: u32 = rng.random_range(0..accounts);
        let u: u32 = rng.random_range(0..5 + a % 40);
        let first = (a as usize + rng.random_range(0..3)) % MODULES.len();
        let second = (first + 1 + a as usize % 3) % MODULES.len();
        (a, u, [first, second], rng.random_range(8..48u32))
    };
    let mut sessions: Vec<_> = (0..64).map(|_| new_session(&mut rng)).collect();
    for i in 0..n {
        let secs = i * days * 86_400 / n.max(1);
        let ts = (start + chrono::Duration::seconds(secs as i64)).format("%Y-%m-%dT%H:%M:%S.000Z");
        let slot = rng.random_range(0..sessions.len());
        let (a, u, mods, left) = sessions[slot];
        let m = mods[rng.random_range(0..2)];
        if left <= 1 {
            sessions[slot] = new_session(&mut rng);
        } else {
            sessions[slot].3 = left - 1;
        }
        let id: u128 = rng.random();
        writeln!(
            out,
            r#"{{"type":"track","event":"{}","userId":"U-{a:05}-{u:03}","messageId":"{id:032x}","timestamp":"{ts}","context":{{"groupId":"ACC-{a:05}","library":{{"name":"analytics.js","version":"2.11.1"}}}},"properties":{{"module":"{}"}}}}"#,
            EVENTS[m], MODULES[m]
        )?;
        if let Some(w) = out_csv.as_mut() {
            writeln!(w, "{ts},ACC-{a:05},U-{a:05}-{u:03},{},{},{id:032x}", EVENTS[m], MODULES[m])?;
        }
    }
    out.flush()?;
    if let Some(mut w) = out_csv {
        w.flush()?;
    }
    Ok(())
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
