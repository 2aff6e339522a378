//! `waypoint bench analytics`: the analytics benchmark reported in docs/BENCHMARKS.md.
//! Loads the demo portfolio at a given scale into an encrypted workspace (or reuses one),
//! then times a full recompute (revenue, usage, health, alerts for every account), one
//! account's full profile, and (with --pandas) the same metrics computed by a pandas script
//! over the same tables exported to CSV, checked to give the same revenue numbers.

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
    pub fn of(mut ms: Vec<f64>) -> Timing {
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
    /// Needs clustering (k by silhouette), value tiers and the crosstab.
    segments: Timing,
    /// Everything: load, compute, needs and value segments.
    full_recompute: Timing,
    profile: Timing,
    /// The app's snapshot, from the store: what unlocking or a change of anything costs.
    app_full: Timing,
    /// The app's snapshot after a milestone of one account was ticked or reopened: that
    /// account read again and spliced in, re-assessed, revenue summed again.
    app_one_account: Timing,
    /// The app's snapshot after new health weights: the kept books analysed again, nothing
    /// read, the needs segments kept.
    app_settings: Timing,
    /// Resident memory while a session holds its snapshot (largest over the runs), in MB. The
    /// CLI's SQLite page caches are larger than the app's (docs/APP.md, Memory).
    app_rss_mb: f64,
    /// Run under the app's memory limits (`--app-memory`).
    app_memory: bool,
    /// Peak resident memory of the whole benchmark process, in MB (making the workspace, on a
    /// first run, included).
    peak_rss_mb: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pandas: Option<Pandas>,
}

#[derive(Serialize)]
struct Pandas {
    version: String,
    /// Reading the exported CSVs.
    read_ms: f64,
    compute_ms: f64,
    total_ms: f64,
    /// pandas total / Waypoint full recompute (which also clusters the needs segments).
    speedup_full: f64,
    /// pandas total / Waypoint load + metrics compute: the work both do, end to end.
    speedup_same_work: f64,
    /// pandas compute / Waypoint metrics compute, both from memory.
    speedup_compute: f64,
    /// MRR, NRR, GRR, logo churn and every monthly MRR bridge agree within a cent / 1e-9.
    results_agree: bool,
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
    /// Python with pandas, to run scripts/bench_pandas.py over the exported tables.
    pub pandas: Option<PathBuf>,
    /// Under the app's memory limits (`views::memory::tune_for_app`), set before anything opens.
    pub app_memory: bool,
    /// How a new workspace's usage is imported.
    pub usage: demo::Usage,
}

pub async fn run(o: Options) -> Result<(), CliError> {
    if o.app_memory {
        views::memory::tune_for_app()?;
    }
    let cfg = demo::DemoConfig { accounts: o.accounts, months: o.months, modules: o.modules, usage: o.usage, ..Default::default() };
    let ws = prepare(&cfg, &o.dir).await?;
    let as_of = cfg.end_day;
    let settings = metrics::Settings::default();
    let seg_settings = segments::SegmentSettings::default();
    let (mut load, mut compute, mut seg, mut full) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut summary = None;
    for _ in 0..o.runs {
        let t = Instant::now();
        let (book, before) = metrics::Book::load_with_trend(&ws, as_of, metrics::Scope::All).await?;
        load.push(ms(t));
        let c = Instant::now();
        let analysis = metrics::analyze_book(&book, Some(&before), &settings);
        compute.push(ms(c));
        let c = Instant::now();
        // Needs segments come with the value tiers and the needs x value crosstab.
        let segmentation = segments::segment(&analysis, &segments::By::Needs, &seg_settings, None)?;
        seg.push(ms(c));
        std::hint::black_box(&segmentation);
        full.push(ms(t));
        summary = Some(analysis.revenue);
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
    let (app_full, app_one_account, app_settings, app_rss_mb) = app_snapshots(&ws, o.runs).await?;
    let pandas = match &o.pandas {
        Some(python) => {
            let export = o.dir.join("export");
            crate::bench_export::export(&ws, &export).await?;
            let summary = summary.as_ref().expect("at least one run");
            let ours = Medians { full: median(&full), same_work: median(&load) + median(&compute), compute: median(&compute) };
            Some(run_pandas(python, &export, &as_of.to_string(), summary, ours)?)
        }
        None => None,
    };
    ws.close().await;
    let report = Report {
        accounts: o.accounts,
        months: o.months,
        modules: o.modules,
        as_of: as_of.to_string(),
        load: Timing::of(load),
        compute: Timing::of(compute),
        segments: Timing::of(seg),
        full_recompute: Timing::of(full),
        profile: Timing::of(profile),
        app_full,
        app_one_account,
        app_settings,
        app_rss_mb,
        app_memory: o.app_memory,
        peak_rss_mb: crate::bench::peak_rss_mb(),
        pandas,
    };
    if o.json {
        print_json(&report);
    } else {
        println!("{} accounts x {} months x {} modules, as of {}", report.accounts, report.months, report.modules, report.as_of);
        for (name, t) in [("load", &report.load), ("compute", &report.compute), ("segments", &report.segments), ("full recompute", &report.full_recompute), ("one profile", &report.profile),
            ("app: from store", &report.app_full),
            ("app: 1 account", &report.app_one_account),
            ("app: settings", &report.app_settings),
        ] {
            println!("  {name:<16} median {:>8.1} ms  (min {:.1}, max {:.1}, {} runs)", t.median_ms, t.min_ms, t.max_ms, t.runs);
        }
        let limits = if report.app_memory { "under the app's memory limits" } else { "with the CLI's SQLite caches" };
        println!("  memory           {:.0} MB with the app's snapshot held, {:.0} MB peak ({limits})", report.app_rss_mb, report.peak_rss_mb);
        if let Some(p) = &report.pandas {
            println!(
                "  pandas {}: read {:.0} ms + compute {:.0} ms = {:.0} ms; Waypoint faster: {:.1}x full recompute, {:.1}x same work end to end, {:.1}x compute; results agree: {}",
                p.version, p.read_ms, p.compute_ms, p.total_ms, p.speedup_full, p.speedup_same_work, p.speedup_compute, p.results_agree
            );
        }
    }
    Ok(())
}

/// The app's three ways to a snapshot (`views::Session`), `runs` times each. Milestones are
/// ticked and reopened in pairs, so the workspace ends as it started.
async fn app_snapshots(ws: &store::Workspace, runs: usize) -> Result<(Timing, Timing, Timing, f64), CliError> {
    let (mut full, mut one, mut settings, mut rss) = (Vec::new(), Vec::new(), Vec::new(), 0.0f64);
    let mut open: Vec<String> = Vec::new();
    for run in 0..runs {
        let session = views::Session::new(ws.clone(), views::Config::default());
        let t = Instant::now();
        let held = session.snapshot().await?;
        full.push(ms(t));
        rss = rss.max(crate::bench::rss_mb());
        if open.is_empty() {
            open = held.analysis.accounts.iter().flat_map(|v| &v.success_plan.milestones).filter(|m| m.completed.is_none()).map(|m| m.id.to_string()).collect();
        }
        drop(held);
        let milestone = &open[(run * 997) % open.len()];
        views::account::complete_milestone(&session, milestone).await?;
        let t = Instant::now();
        session.snapshot().await?;
        one.push(ms(t));
        views::account::reopen_milestone(&session, milestone).await?;
        let t = Instant::now();
        session.snapshot().await?;
        one.push(ms(t));
        let mut config = views::Config::default();
        config.metrics.scorecard.weights.usage_trend += 1.0 + run as f64;
        let reconfigured = session.with_config(config);
        let t = Instant::now();
        reconfigured.snapshot().await?;
        settings.push(ms(t));
    }
    Ok((Timing::of(full), Timing::of(one), Timing::of(settings), rss))
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Runs scripts/bench_pandas.py and checks its revenue numbers against Waypoint's.
struct Medians {
    full: f64,
    same_work: f64,
    compute: f64,
}

fn run_pandas(python: &Path, export: &Path, as_of: &str, ours: &metrics::revenue::RevenueSummary, ms: Medians) -> Result<Pandas, CliError> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/bench_pandas.py");
    let out = std::process::Command::new(python)
        .arg(&script)
        .arg("--dir")
        .arg(export)
        .args(["--as-of", as_of, "--runs", "3"])
        .output()
        .map_err(|e| CliError::Io { context: python.display().to_string(), source: e })?;
    if !out.status.success() {
        return Err(CliError::Usage(format!("{} failed: {}", script.display(), String::from_utf8_lossy(&out.stderr))));
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| CliError::Usage(format!("pandas output: {e}")))?;
    let f = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    let r = &v["result"];
    let close = |a: Option<f64>, b: &serde_json::Value| match (a, b.as_f64()) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    };
    let money = |a: f64, b: &serde_json::Value| b.as_f64().is_some_and(|b| (a - b).abs() < 0.005);
    let moves = r["mrr_movements"].as_array().cloned().unwrap_or_default();
    let movements_agree = moves.len() == ours.mrr_movements.len()
        && ours.mrr_movements.iter().zip(&moves).all(|(m, p)| {
            p["month"] == m.month.as_str()
                && money(m.start, &p["start"])
                && money(m.new, &p["new"])
                && money(m.expansion, &p["expansion"])
                && money(m.contraction, &p["contraction"])
                && money(m.churned, &p["churned"])
                && money(m.reactivated, &p["reactivated"])
                && money(m.end, &p["end"])
        });
    let results_agree = money(ours.mrr, &r["mrr"])
        && r["accounts_active"].as_u64() == Some(ours.accounts_active as u64)
        && close(ours.nrr, &r["nrr"])
        && close(ours.grr, &r["grr"])
        && close(ours.logo_churn, &r["logo_churn"])
        && movements_agree;
    Ok(Pandas {
        version: v["pandas"].as_str().unwrap_or("?").to_string(),
        read_ms: f("read_ms"),
        compute_ms: f("compute_ms"),
        total_ms: f("total_ms"),
        speedup_full: f("total_ms") / ms.full,
        speedup_same_work: f("total_ms") / ms.same_work,
        speedup_compute: f("compute_ms") / ms.compute,
        results_agree,
    })
}

/// Opens `dir/bench.waypoint` when an earlier run left it, else generates the demo there.
pub(crate) async fn prepare(cfg: &demo::DemoConfig, dir: &Path) -> Result<store::Workspace, CliError> {
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
    // The workspace is what later runs reuse; the generated files (20 GB of events at 20,000
    // accounts) are not needed again.
    std::fs::remove_dir_all(dir.join("files")).map_err(|e| CliError::Io { context: dir.display().to_string(), source: e })?;
    Ok(ws)
}
