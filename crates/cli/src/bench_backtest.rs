//! `waypoint bench backtest`: the health backtest over 24 monthly evaluation days on the demo
//! at scale (2,000 accounts by default), timed, and (with --python) the same computation by
//! pandas + scikit-learn (scripts/bench_backtest.py) over the same exported tables, with its
//! figures checked against Waypoint's.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;

use crate::bench_analytics::{Timing, prepare};
use crate::commands::print_json;
use crate::CliError;

pub struct Options {
    pub accounts: usize,
    pub months: u32,
    pub modules: usize,
    pub dir: PathBuf,
    pub runs: usize,
    pub json: bool,
    /// Python with pandas and scikit-learn, to run scripts/bench_backtest.py.
    pub python: Option<PathBuf>,
}

#[derive(Serialize)]
struct Python {
    pandas: String,
    sklearn: String,
    read_ms: f64,
    compute_ms: f64,
    total_ms: f64,
    /// pandas + scikit-learn total / Waypoint's median backtest.
    speedup: f64,
    /// Evaluations, churns, per-band counts and the AUC itself are the same.
    results_agree: bool,
    auc: f64,
    auc_low: f64,
    auc_high: f64,
}

#[derive(Serialize)]
struct Report {
    accounts: usize,
    months: u32,
    evaluation_days: usize,
    evaluations: usize,
    churned_accounts: usize,
    auc: Option<f64>,
    auc_low: Option<f64>,
    auc_high: Option<f64>,
    /// The whole backtest: 24 as-of books loaded and scored, outcomes, two bootstraps of
    /// 1,000 resamples, calibration, lead times, misses.
    backtest: Timing,
    python: Option<Python>,
}

pub async fn run(o: Options) -> Result<(), CliError> {
    let cfg = demo::DemoConfig { accounts: o.accounts, months: o.months, modules: o.modules, ..Default::default() };
    let ws = prepare(&cfg, &o.dir).await?;
    let (settings, segments) = (metrics::Settings::default(), segments::SegmentSettings::default());
    let mut times = vec![];
    let mut last = None;
    for _ in 0..o.runs.max(1) {
        let t = Instant::now();
        let r = backtest::backtest(&ws, &settings, &segments, &backtest::Options::default()).await?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        last = Some(r);
    }
    let r = last.expect("at least one run");
    let backtest = Timing::of(times);
    let python = match &o.python {
        Some(py) => {
            let export = o.dir.join("export");
            crate::bench_export::export_backtest(&ws, &export).await?;
            Some(run_python(py, &export, &r, backtest.median_ms)?)
        }
        None => None,
    };
    ws.close().await;
    let report = Report {
        accounts: o.accounts,
        months: o.months,
        evaluation_days: r.evaluation_days.len(),
        evaluations: r.figures.evaluations,
        churned_accounts: r.figures.churned_accounts,
        auc: r.figures.auc,
        auc_low: r.figures.auc_low,
        auc_high: r.figures.auc_high,
        backtest,
        python,
    };
    if o.json {
        print_json(&report);
        return Ok(());
    }
    println!(
        "{} accounts, {} evaluation days ({} to {}): {} evaluations, {} churned accounts, AUC {:.3} ({:.3} to {:.3})",
        report.accounts,
        report.evaluation_days,
        r.from,
        r.to,
        report.evaluations,
        report.churned_accounts,
        report.auc.unwrap_or(f64::NAN),
        report.auc_low.unwrap_or(f64::NAN),
        report.auc_high.unwrap_or(f64::NAN)
    );
    let t = &report.backtest;
    println!("  backtest  median {:>8.1} ms  (min {:.1}, max {:.1}, {} runs)", t.median_ms, t.min_ms, t.max_ms, t.runs);
    if let Some(p) = &report.python {
        println!(
            "  pandas {} + scikit-learn {}: read {:.0} ms + compute {:.0} ms = {:.0} ms; Waypoint faster: {:.1}x; results agree: {} (their AUC {:.3}, interval {:.3} to {:.3})",
            p.pandas, p.sklearn, p.read_ms, p.compute_ms, p.total_ms, p.speedup, p.results_agree, p.auc, p.auc_low, p.auc_high
        );
    }
    Ok(())
}

/// Runs scripts/bench_backtest.py on Waypoint's own evaluation days and compares.
fn run_python(python: &Path, export: &Path, r: &backtest::Backtest, ours_ms: f64) -> Result<Python, CliError> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/bench_backtest.py");
    let out = std::process::Command::new(python)
        .arg(&script)
        .arg("--dir")
        .arg(export)
        .args(["--days", &r.evaluation_days.join(","), "--horizon", &r.horizon_days.to_string(), "--runs", "3", "--resamples", "1000", "--seed", "1"])
        .output()
        .map_err(|e| CliError::Io { context: python.display().to_string(), source: e })?;
    if !out.status.success() {
        return Err(CliError::Usage(format!("{} failed: {}", script.display(), String::from_utf8_lossy(&out.stderr))));
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| CliError::Usage(format!("bench_backtest.py output: {e}")))?;
    let f = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    let n = |k: &str| v[k].as_u64().map(|x| x as usize);
    let x = &r.figures;
    let bands_agree = x.bands.iter().all(|b| {
        let theirs = &v["bands"][b.band.as_str()];
        theirs["evaluations"].as_u64() == Some(b.accounts as u64) && theirs["churned"].as_u64() == Some(b.churned as u64)
    });
    let results_agree = n("evaluations") == Some(x.evaluations)
        && n("churned") == Some(x.churned)
        && n("churned_accounts") == Some(x.churned_accounts)
        && n("no_data") == Some(r.no_data)
        && x.auc.is_some_and(|a| (a - f("auc")).abs() < 1e-9)
        && bands_agree;
    let total = f("read_ms") + f("compute_ms");
    Ok(Python {
        pandas: v["pandas"].as_str().unwrap_or("?").to_string(),
        sklearn: v["sklearn"].as_str().unwrap_or("?").to_string(),
        read_ms: f("read_ms"),
        compute_ms: f("compute_ms"),
        total_ms: total,
        speedup: total / ours_ms,
        results_agree,
        auc: f("auc"),
        auc_low: f("auc_low"),
        auc_high: f("auc_high"),
    })
}
