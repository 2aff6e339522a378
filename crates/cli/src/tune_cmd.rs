//! `waypoint health tune`: the factor weights fitted to the book's history, beside the current
//! ones, both judged on newer days the fit never saw; saved only with `--apply`.

use std::path::Path;

use backtest::tune::HeldOut;
use i18n::{Formats, Lang, tr};

use crate::args::History;
use crate::commands::print_json;
use crate::out::{Align, Table, day};
use crate::{CliError, open};

/// Where `--apply` saved the weights.
enum Saved {
    File(String),
    Workspace,
}

pub async fn run(lang: Lang, path: &Path, h: &History, holdout: f64, apply: bool, json: bool) -> Result<(), CliError> {
    if !(holdout > 0.0 && holdout < 1.0) {
        return Err(crate::flag("--holdout", i18n::Text::new("cli-usage-holdout")));
    }
    let options = backtest::TuneOptions { backtest: crate::backtest_cmd::options(h, None)?, holdout };
    let (tuning, saved) = open::with_workspace(path, async |ws| {
        let cfg = crate::analytics::config(ws, h.settings.as_ref()).await?;
        let tuning = backtest::tune(ws, &cfg.metrics, &cfg.segments, &options).await?;
        // Weights that did no better are not saved; the refusal follows the report.
        if !apply || !tuning.better {
            return Ok((tuning, None));
        }
        let saved = match &h.settings {
            Some(file) => {
                save_into_file(file, &tuning, &cfg.metrics.scorecard)?;
                Saved::File(file.display().to_string())
            }
            None => {
                views::backtest_view::apply_tuning(ws, &tuning).await?;
                Saved::Workspace
            }
        };
        Ok((tuning, Some(saved)))
    })
    .await?;
    if json {
        print_json(&tuning);
    } else {
        print(lang, &tuning, apply);
    }
    match saved {
        Some(Saved::File(file)) => eprintln!("{}", tr!(lang, "cli-tune-saved-file", file = file)),
        Some(Saved::Workspace) => eprintln!("{}", i18n::text(lang, "cli-tune-saved-workspace")),
        None if apply => return Err(backtest::Error::Input(i18n::Text::new("tune-refused")).into()),
        None => {}
    }
    Ok(())
}

/// Replaces the settings file's `scorecard` with the tuned one, keeping every other section.
fn save_into_file(file: &Path, tuning: &backtest::Tuning, current: &metrics::health::Scorecard) -> Result<(), CliError> {
    let card = tuning.apply(current, chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string())?;
    let text = std::fs::read_to_string(file).map_err(|e| CliError::Io { context: file.display().to_string(), source: e })?;
    let mut doc: serde_json::Value = serde_json::from_str(&text).map_err(|e| crate::file_error(file, e))?;
    let object = doc.as_object_mut().ok_or_else(|| crate::file_error(file, "the settings are not a JSON object"))?;
    object.insert("scorecard".into(), serde_json::to_value(&card).expect("a scorecard serialises"));
    let out = serde_json::to_string_pretty(&doc).expect("JSON serialises") + "\n";
    std::fs::write(file, out).map_err(|e| CliError::Io { context: file.display().to_string(), source: e })
}

fn auc(lang: Lang, h: &HeldOut) -> String {
    crate::backtest_cmd::auc(lang, h.auc, h.auc_low, h.auc_high)
}

fn print(lang: Lang, t: &backtest::Tuning, applied: bool) {
    let f = Formats::of(lang);
    let side = |s: &backtest::tune::Split| {
        tr!(
            lang,
            "cli-tune-split",
            days = s.days as i64,
            from = day(lang, &s.from),
            to = day(lang, &s.to),
            evaluations = s.evaluations as i64,
            churned = s.churned_accounts as i64
        )
    };
    println!("{}", tr!(lang, "cli-tune-title", horizon = i64::from(t.horizon_days)));
    println!("  {}", tr!(lang, "cli-tune-fit", split = side(&t.fit)));
    println!("  {}", tr!(lang, "cli-tune-test", split = side(&t.test)));
    for w in &t.warnings {
        println!("  ! {}", w.render(lang));
    }
    let mut table = Table::new("    ", &[Align::Left, Align::Right, Align::Right]);
    table.row(["factor", "current", "tuned"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
    for w in &t.weights {
        table.row([w.label.render(lang), f.fixed(w.current, 1), f.fixed(w.tuned, 1)]);
    }
    table.print();
    println!("  {}", tr!(lang, "cli-tune-auc", current = auc(lang, &t.current), tuned = auc(lang, &t.tuned)));
    let verdict = match (t.better, applied) {
        (true, true) => "cli-tune-better-applied",
        (true, false) => "cli-tune-better",
        (false, _) => "cli-tune-keep",
    };
    println!("  {}", i18n::text(lang, verdict));
}
