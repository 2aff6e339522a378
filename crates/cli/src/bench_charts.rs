//! `waypoint bench charts`: the chart benchmark reported in docs/BENCHMARKS.md. Draws one
//! account-year of module stacking (52 weeks x 8 modules) as SVG and as a 1600 x 900 PNG,
//! and, with --matplotlib, the same chart drawn by matplotlib from the same data.

use std::path::{Path, PathBuf};
use std::time::Instant;

use charts::{Canvas, Marker, ModuleSeries, ModuleStack, Theme};
use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::CliError;
use crate::bench_analytics::Timing;
use crate::commands::print_json;

#[derive(Serialize)]
struct Report {
    weeks: usize,
    modules: usize,
    svg: Timing,
    png: Timing,
    #[serde(skip_serializing_if = "Option::is_none")]
    matplotlib: Option<serde_json::Value>,
}

/// A year of weekly events per module with a trend, a seasonal swing and an adoption date
/// per module: the shape real accounts have.
fn year() -> ModuleStack {
    let first = NaiveDate::from_ymd_opt(2025, 11, 8).expect("valid day");
    let names = ["Data collection", "Monitoring", "Visualization", "Analysis", "Alerting", "Reporting", "Integrations", "Governance"];
    let modules = names
        .iter()
        .enumerate()
        .map(|(i, name)| ModuleSeries {
            name: name.to_string(),
            catalogue_index: i,
            values: (0..52)
                .map(|w| {
                    let adopted = w >= i * 4;
                    let base = 400.0 / (i as f64 + 1.0);
                    if adopted { base * (1.0 + 0.2 * ((w as f64 + i as f64) * 0.5).sin()) * (1.0 + w as f64 / 104.0) } else { 0.0 }
                })
                .collect(),
        })
        .collect();
    ModuleStack {
        title: "Benchmark Account Ltd".into(),
        weeks: (0..52).map(|i| first + Days::new(7 * i)).collect(),
        modules,
        mix: false,
        markers: vec![Marker { week: 40, label: "Usage -55%".into() }],
    }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

pub fn run(runs: usize, dir: &Path, matplotlib: Option<PathBuf>, json: bool) -> Result<(), CliError> {
    let chart = year();
    let runs = runs.max(1);
    let (svg_canvas, png_canvas) = (Canvas::svg(Theme::Light, i18n::Lang::En), Canvas::png(Theme::Light, i18n::Lang::En));
    charts::to_svg(&chart, &svg_canvas)?; // warm-up: font registration
    let mut svg = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(charts::to_svg(&chart, &svg_canvas)?);
        svg.push(ms(t));
    }
    let mut png = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(charts::to_png(&chart, &png_canvas)?);
        png.push(ms(t));
    }
    let matplotlib = match matplotlib {
        Some(python) => {
            std::fs::create_dir_all(dir).map_err(|e| CliError::Io { context: dir.display().to_string(), source: e })?;
            let data = dir.join("module_stack.json");
            let payload = serde_json::json!({
                "title": chart.title,
                "weeks": chart.weeks.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
                "modules": chart.modules.iter().map(|m| serde_json::json!({"name": m.name, "values": m.values})).collect::<Vec<_>>(),
            });
            std::fs::write(&data, payload.to_string()).map_err(|e| CliError::Io { context: data.display().to_string(), source: e })?;
            let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/bench_matplotlib.py");
            let out = std::process::Command::new(&python)
                .arg(&script)
                .arg("--data")
                .arg(&data)
                .args(["--runs", &runs.min(20).to_string()])
                .output()
                .map_err(|e| CliError::Io { context: python.display().to_string(), source: e })?;
            if !out.status.success() {
                return Err(CliError::Usage(format!("{} failed: {}", script.display(), String::from_utf8_lossy(&out.stderr))));
            }
            Some(serde_json::from_slice(&out.stdout).map_err(|e| CliError::Usage(format!("matplotlib output: {e}")))?)
        }
        None => None,
    };
    let report = Report { weeks: chart.weeks.len(), modules: chart.modules.len(), svg: Timing::of(svg), png: Timing::of(png), matplotlib };
    if json {
        print_json(&report);
        return Ok(());
    }
    println!("module stack, {} weeks x {} modules", report.weeks, report.modules);
    for (name, t) in [("SVG 800x450", &report.svg), ("PNG 1600x900", &report.png)] {
        println!("  {name:<14} median {:>7.2} ms  (min {:.2}, max {:.2}, {} runs)", t.median_ms, t.min_ms, t.max_ms, t.runs);
    }
    if let Some(m) = &report.matplotlib {
        let f = |k: &str| m[k].as_f64().unwrap_or(f64::NAN);
        println!(
            "  matplotlib {}: SVG {:.1} ms, PNG {:.1} ms; Waypoint {:.0}x faster on SVG, {:.0}x on PNG",
            m["matplotlib"].as_str().unwrap_or("?"),
            f("svg_ms"),
            f("png_ms"),
            f("svg_ms") / report.svg.median_ms,
            f("png_ms") / report.png.median_ms
        );
    }
    Ok(())
}
