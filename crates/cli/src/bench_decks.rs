//! `waypoint bench decks`: the deck benchmark of docs/BENCHMARKS.md. One QBR (read, drawn and
//! written as PPTX, and as PDF) for a median account, every paying account's QBR as PPTX and
//! PDF, and, with --python, python-pptx building the same deck from the same content and
//! images (what a CS-ops analyst would script), for comparison.

use std::path::{Path, PathBuf};
use std::time::Instant;

use decks::model::{Content, Deck};
use decks::quarter::Quarter;
use decks::Brand;
use serde::Serialize;
use serde_json::{Value, json};

use crate::bench_analytics::Timing;
use crate::commands::print_json;
use crate::deck_cmd::{Format, write_all};
use crate::CliError;

#[derive(Serialize)]
struct Report {
    accounts: usize,
    quarter: String,
    account: String,
    slides: usize,
    pptx: Timing,
    pdf: Timing,
    /// Writing the PPTX of a deck already built: what python-pptx's time compares with.
    pptx_write: Timing,
    all_decks: usize,
    all_seconds: f64,
    /// The same deck's PDF written with the account's name in Latin letters and in Chinese.
    scripts: Vec<ScriptPdf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    python_pptx: Option<Value>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CliError + '_ {
    move |e| CliError::Io { context: path.display().to_string(), source: e }
}

/// The deck's content as JSON plus its images as files, for the python-pptx script.
fn export(deck: &Deck, dir: &Path) -> Result<PathBuf, CliError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut image = 0;
    let mut slides = Vec::new();
    for s in &deck.slides {
        let mut blocks = Vec::new();
        for b in &s.blocks {
            let f = b.frame;
            let frame = json!({"x": f.x, "y": f.y, "w": f.w, "h": f.h});
            blocks.push(match &b.content {
                Content::Text(paras) => json!({"type": "text", "frame": frame, "paras": paras.iter().map(|p| json!({"text": p.plain_text(), "size": p.size, "bullet": p.bullet})).collect::<Vec<_>>()}),
                Content::Picture(p) => {
                    image += 1;
                    let path = dir.join(format!("image{image}.png"));
                    std::fs::write(&path, &p.png).map_err(io(&path))?;
                    json!({"type": "picture", "frame": frame, "path": path})
                }
                Content::Table(t) => json!({"type": "table", "frame": frame, "header": t.header, "rows": t.rows, "widths": t.widths, "size": t.size}),
                Content::Fill(c) => json!({"type": "fill", "frame": frame, "rgb": [c.0, c.1, c.2]}),
            });
        }
        slides.push(json!({"title_slide": s.kind == decks::model::SlideKind::Title, "title": s.title, "subtitle": s.subtitle, "notes": s.notes, "blocks": blocks}));
    }
    let path = dir.join("deck.json");
    std::fs::write(&path, json!({"slides": slides}).to_string()).map_err(io(&path))?;
    Ok(path)
}

#[derive(Serialize)]
struct ScriptPdf {
    name: String,
    /// Writing the PDF of the deck already built (layout, shaping, font subsetting).
    write: Timing,
    bytes: usize,
}

/// `deck` with every occurrence of `from` (the account's name) replaced by `to`, in the
/// slides' text and the charts' SVG: the deck a `to`-named account gets.
fn renamed(deck: &Deck, from: &str, to: &str) -> Deck {
    let mut d = deck.clone();
    let swap = |s: &mut String| *s = s.replace(from, to);
    swap(&mut d.title);
    for slide in &mut d.slides {
        swap(&mut slide.title);
        slide.subtitle.iter_mut().for_each(swap);
        slide.notes.iter_mut().for_each(swap);
        for b in &mut slide.blocks {
            match &mut b.content {
                Content::Text(paras) => paras.iter_mut().flat_map(|p| p.runs.iter_mut()).for_each(|r| swap(&mut r.text)),
                Content::Table(t) => t.header.iter_mut().chain(t.rows.iter_mut().flatten()).for_each(swap),
                Content::Picture(p) => {
                    swap(&mut p.alt);
                    p.svg.iter_mut().for_each(swap);
                }
                Content::Fill(_) => {}
            }
        }
    }
    d
}

/// The PDF of `deck` written `runs` times.
fn pdf_timing(name: &str, deck: &Deck, runs: usize) -> Result<ScriptPdf, CliError> {
    let mut times = Vec::new();
    let mut bytes = 0;
    for _ in 0..runs {
        let t = Instant::now();
        bytes = std::hint::black_box(Format::Pdf.write(deck)?).len();
        times.push(ms(t));
    }
    Ok(ScriptPdf { name: name.to_string(), write: Timing::of(times), bytes })
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

pub async fn run(accounts: usize, dir: &Path, runs: usize, python: Option<PathBuf>, json: bool) -> Result<(), CliError> {
    let cfg = demo::DemoConfig { accounts, months: 24, ..Default::default() };
    let ws = crate::bench_analytics::prepare(&cfg, dir).await?;
    let quarter = Quarter::of(cfg.end_day).previous();
    let settings = metrics::Settings::default();
    let brand = Brand::default();
    let analysis = metrics::analyze(&ws, quarter.end(), metrics::Scope::All, &settings).await?;
    let mut paying: Vec<&metrics::AccountView> = analysis.accounts.iter().filter(|v| v.mrr > 0.0).collect();
    paying.sort_by(|a, b| a.arr.total_cmp(&b.arr));
    let median = paying.get(paying.len() / 2).ok_or_else(|| CliError::Usage("no paying accounts".into()))?;
    let (account, account_name) = (median.account_id.clone(), median.name.clone());
    let runs = runs.max(1);
    let mut deck = None;
    let (mut pptx, mut pdf) = (Vec::new(), Vec::new());
    for (format, times) in [(Format::Pptx, &mut pptx), (Format::Pdf, &mut pdf)] {
        for _ in 0..runs {
            let t = Instant::now();
            let d = decks::qbr::build(&ws, &account, quarter, &settings, &brand, i18n::Lang::En).await?;
            std::hint::black_box(format.write(&d)?);
            times.push(ms(t));
            deck = Some(d);
        }
    }
    let deck = deck.expect("at least one run");
    let mut write = Vec::new();
    for _ in 0..runs.max(5) {
        let t = Instant::now();
        std::hint::black_box(Format::Pptx.write(&deck)?);
        write.push(ms(t));
    }
    let cjk = renamed(&deck, &account_name, "星河数据科技有限公司");
    // Fonts load (system scan, CJK faces mapped) before either is timed.
    Format::Pdf.write(&cjk)?;
    let scripts = vec![pdf_timing(&account_name, &deck, runs.max(5))?, pdf_timing("星河数据科技有限公司", &cjk, runs.max(5))?];
    let out = dir.join("qbr");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).map_err(io(&out))?;
    let t = Instant::now();
    let all_decks = write_all(&ws, quarter, &settings, &brand, &[Format::Pptx, Format::Pdf], &out, i18n::Lang::En).await?;
    let all_seconds = t.elapsed().as_secs_f64();
    ws.close().await;
    let python_pptx = match python {
        Some(py) => {
            let data = export(&deck, &dir.join("python"))?;
            let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/bench_python_pptx.py");
            let o = std::process::Command::new(&py).arg(&script).arg("--data").arg(&data).args(["--runs", &runs.to_string()]).output().map_err(io(&py))?;
            if !o.status.success() {
                return Err(CliError::Usage(format!("{} failed: {}", script.display(), String::from_utf8_lossy(&o.stderr))));
            }
            Some(serde_json::from_slice(&o.stdout).map_err(|e| CliError::Usage(format!("python-pptx output: {e}")))?)
        }
        None => None,
    };
    let report = Report { accounts, quarter: quarter.to_string(), account, slides: deck.slides.len(), pptx: Timing::of(pptx), pdf: Timing::of(pdf), pptx_write: Timing::of(write), all_decks, all_seconds, scripts, python_pptx };
    if json {
        print_json(&report);
        return Ok(());
    }
    println!("QBR {} for {} ({} slides), {} accounts in the book", report.quarter, report.account, report.slides, report.accounts);
    for (name, t) in [("one deck, PPTX", &report.pptx), ("one deck, PDF", &report.pdf)] {
        println!("  {name:<17} median {:>7.1} ms  (min {:.1}, max {:.1}, {} runs; read + draw + write)", t.median_ms, t.min_ms, t.max_ms, t.runs);
    }
    let w = &report.pptx_write;
    println!("  PPTX write only   median {:>7.1} ms  (min {:.1}, max {:.1}, {} runs; slides already built)", w.median_ms, w.min_ms, w.max_ms, w.runs);
    println!("  all {} paying accounts, PPTX + PDF: {:.1} s", report.all_decks, report.all_seconds);
    for p in &report.scripts {
        println!("  PDF write only, named {:<12} median {:>7.1} ms  (min {:.1}, max {:.1}, {} runs), {} bytes", p.name, p.write.median_ms, p.write.min_ms, p.write.max_ms, p.write.runs, p.bytes);
    }
    if let Some(p) = &report.python_pptx {
        let py = p["median_ms"].as_f64().unwrap_or(f64::NAN);
        println!(
            "  python-pptx {}: {:.1} ms to write the same slides from ready content and images: {:.1}x Waypoint's write, {:.1}x its whole deck",
            p["python_pptx"].as_str().unwrap_or("?"),
            py,
            py / w.median_ms,
            py / report.pptx.median_ms
        );
    }
    Ok(())
}
