//! `waypoint bench analytics`: the analytics benchmark reported in docs/BENCHMARKS.md.
//! Loads the demo portfolio at a given scale into an encrypted workspace (or reuses one),
//! then times a full recompute (revenue, usage, health, alerts for every account), one
//! account's full profile, and the same metrics computed by a pandas script over the same
//! tables exported to CSV.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;

use crate::commands::print_json;
use crate::CliError;

#[derive(Serialize, Default)]
pub struct Timing {
    pub median_ms: f64,
    pub min_ms: f64,
    pub max_ms: f64,
    pub runs: usize,
}

impl Timing {
    fn of(mut ms: Vec<f64>) -> Timing {
        ms.sort_by(f64::total_cmp);
        Timing { median_ms: ms[ms.len() / 2], min_ms: ms[0], max_ms: ms[ms.len() - 1], runs: ms.len() }
    }
}

#[derive(Serialize)]
struct Report {
    accounts: usize,
    months: u32,
    modules: usize,
    as_of: String,
    /// Book as of the day + 28 days earlier, read from the encrypted workspace.
    load: Timing,
    /// Usage, health, alerts, lifecycle and revenue over the loaded books.
    compute: Timing,
    /// Everything: load, compute, needs and value segments.
    full_recompute: Timing,
    profile: Timing,
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

pub struct Options {
    pub accounts: usize,
    pub months: u32,
    pub modules: usize,
    pub dir: PathBuf,
    pub runs: usize,
    pub json: bool,
}

pub async fn run(o: Options) -> Result<(), CliError> {
    let cfg = demo::DemoConfig { accounts: o.accounts, months: o.months, modules: o.modules, ..Default::default() };
    let ws = prepare(&cfg, &o.dir).await?;
    let as_of = cfg.end_day;
    let settings = metrics::Settings::default();
    let (mut load, mut compute, mut full) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..o.runs {
        let t = Instant::now();
        let (book, before) = metrics::Book::load_with_trend(&ws, as_of, metrics::Scope::All).await?;
        load.push(ms(t));
        let c = Instant::now();
        let analysis = metrics::analyze_book(&book, Some(&before), &settings);
        compute.push(ms(c));
        std::hint::black_box(&analysis);
        full.push(ms(t));
    }
    let ids: Vec<String> = {
        let book = metrics::Book::load(&ws, as_of, metrics::Scope::All).await?;
        book.accounts.iter().step_by((book.accounts.len() / 50).max(1)).map(|a| a.external_id.clone()).collect()
    };
    let mut profile = Vec::new();
    for id in &ids {
        let t = Instant::now();
        std::hint::black_box(metrics::profile(&ws, id, as_of, &settings).await?);
        profile.push(ms(t));
    }
    ws.close().await;
    let report = Report {
        accounts: o.accounts,
        months: o.months,
        modules: o.modules,
        as_of: as_of.to_string(),
        load: Timing::of(load),
        compute: Timing::of(compute),
        full_recompute: Timing::of(full),
        profile: Timing::of(profile),
    };
    if o.json {
        print_json(&report);
    } else {
        println!("{} accounts x {} months x {} modules, as of {}", report.accounts, report.months, report.modules, report.as_of);
        for (name, t) in [("load", &report.load), ("compute", &report.compute), ("full recompute", &report.full_recompute), ("one profile", &report.profile)] {
            println!("  {name:<16} median {:>8.1} ms  (min {:.1}, max {:.1}, {} runs)", t.median_ms, t.min_ms, t.max_ms, t.runs);
        }
    }
    Ok(())
}

/// Opens `dir/bench.waypoint` when an earlier run left it, else generates the demo there.
async fn prepare(cfg: &demo::DemoConfig, dir: &Path) -> Result<store::Workspace, CliError> {
    let path = dir.join("bench.waypoint");
    let key = store::KeyChoice::passphrase("bench");
    if path.exists() {
        return Ok(store::Workspace::open(&path, &key).await?);
    }
    std::fs::create_dir_all(dir).map_err(|e| CliError::Io { context: dir.display().to_string(), source: e })?;
    eprintln!("generating the demo ({} accounts) in {}", cfg.accounts, dir.display());
    let files = demo::generate(cfg, &dir.join("files"))?;
    let ws = store::Workspace::create(&path, key).await?;
    crate::commands::load_demo(&ws, &files).await?;
    Ok(ws)
}
