//! `waypoint playbooks effect`: for each playbook, the accounts whose task was done against
//! comparable ones that met the trigger without it, in words a CS lead can act on.

use std::path::{Path, PathBuf};

use backtest::effect::PlaybookEffect;
use i18n::{Formats, Lang, tr};

use crate::commands::print_json;
use crate::out::{Align, Table, day, pct};
use crate::{CliError, open};

pub async fn run(lang: Lang, path: &Path, settings: Option<&PathBuf>, json: bool) -> Result<(), CliError> {
    let report = open::with_workspace(path, async |ws| {
        let cfg = crate::analytics::config(ws, settings).await?;
        Ok(backtest::effects(ws, &cfg.metrics, &cfg.segments, &backtest::effect::EffectOptions::default()).await?)
    })
    .await?;
    if json {
        print_json(&report);
        return Ok(());
    }
    println!(
        "{}",
        tr!(
            lang,
            "cli-effect-title",
            from = day(lang, &report.from),
            to = day(lang, &report.to),
            horizon = i64::from(report.horizon_days),
            window = i64::from(report.due_window_days)
        )
    );
    let mut t = Table::new("  ", &[Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Left, Align::Left]);
    t.row(["playbook", "treated", "control", "churn-treated", "churn-control", "churn-difference", "health-difference"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
    for p in &report.playbooks {
        t.row([
            name(lang, p),
            Formats::of(lang).int(p.matched_treated as i64),
            Formats::of(lang).int(p.matched_control as i64),
            pct(lang, p.churn_treated),
            pct(lang, p.churn_control),
            difference(lang, p.churn_difference, p.churn_low, p.churn_high, true),
            difference(lang, p.health_difference, p.health_low, p.health_high, false),
        ]);
    }
    t.print();
    println!();
    for p in &report.playbooks {
        println!("  {}: {}", name(lang, p), p.verdict.render(lang));
    }
    Ok(())
}

fn name(lang: Lang, p: &PlaybookEffect) -> String {
    p.label.as_ref().map_or_else(|| p.name.clone(), |l| l.render(lang))
}

/// A difference with its interval: churn in points of percentage, health in score points.
fn difference(lang: Lang, value: Option<f64>, low: Option<f64>, high: Option<f64>, churn: bool) -> String {
    let f = Formats::of(lang);
    let show = |x: f64| {
        let x = if churn { 100.0 * x } else { x };
        if x > 0.0 { format!("+{}", f.fixed(x, 1)) } else { f.fixed(x, 1) }
    };
    match (value, low, high) {
        (Some(v), Some(l), Some(h)) => tr!(lang, "cli-effect-difference", value = show(v), low = show(l), high = show(h)),
        (Some(v), _, _) => show(v),
        _ => "-".into(),
    }
}
