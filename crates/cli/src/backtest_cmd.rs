//! `waypoint health backtest`: the score replayed over history against the churn that
//! followed, as a report a CS lead can read (or JSON for scripts).

use std::path::Path;

use backtest::report::{Backtest, Figures};
use i18n::{Formats, Lang, tr};

use crate::args::{BacktestBy, Every, History};
use crate::commands::print_json;
use crate::out::{Align, Table, day, pct, term};
use crate::{CliError, open};

fn day_flag(flag: &str, s: Option<&str>) -> Result<Option<chrono::NaiveDate>, CliError> {
    s.map(|s| domain::Day::parse(s).map(|d| d.0).map_err(|e| crate::flag(flag, e.text()))).transpose()
}

/// The backtest options the history flags give.
pub fn options(h: &History, by: Option<BacktestBy>) -> Result<backtest::Options, CliError> {
    if !(h.contraction > 0.0 && h.contraction < 1.0) {
        return Err(CliError::Invalid(i18n::Text::new("cli-usage-contraction").arg("got", i18n::Arg::Str(h.contraction.to_string()))));
    }
    Ok(backtest::Options {
        horizon: h.horizon,
        from: day_flag("--from", h.from.as_deref())?,
        to: day_flag("--to", h.to.as_deref())?,
        every_months: if h.every == Every::Quarter { 3 } else { 1 },
        contraction: h.contraction,
        by: by.map(|b| match b {
            BacktestBy::Needs => backtest::GroupBy::Needs,
            BacktestBy::Value => backtest::GroupBy::Value,
            BacktestBy::Owner => backtest::GroupBy::Owner,
        }),
        ..Default::default()
    })
}

pub async fn run(lang: Lang, path: &Path, h: &History, by: Option<BacktestBy>, json: bool) -> Result<(), CliError> {
    let options = options(h, by)?;
    let report = open::with_workspace(path, async |ws| {
        let cfg = crate::analytics::config(ws, h.settings.as_ref()).await?;
        Ok(backtest::backtest(ws, &cfg.metrics, &cfg.segments, &options).await?)
    })
    .await?;
    if json {
        print_json(&report);
    } else {
        print(lang, &report);
    }
    Ok(())
}

/// An AUC with its interval when it has one.
pub(crate) fn auc(lang: Lang, value: Option<f64>, low: Option<f64>, high: Option<f64>) -> String {
    let f = Formats::of(lang);
    match (value, low, high) {
        (Some(v), Some(l), Some(h)) => tr!(lang, "cli-backtest-auc-value", auc = f.fixed(v, 2), low = f.fixed(l, 2), high = f.fixed(h, 2)),
        (Some(v), _, _) => f.fixed(v, 2),
        _ => "-".into(),
    }
}

fn summary(lang: Lang, x: &Figures) {
    let f = Formats::of(lang);
    println!("  {}", tr!(lang, "cli-backtest-counts", evaluations = x.evaluations as i64, accounts = x.accounts as i64, churned = x.churned_accounts as i64, contracted = x.contracted as i64));
    println!("  {}", tr!(lang, "cli-backtest-auc", value = auc(lang, x.auc, x.auc_low, x.auc_high)));
    println!("  {}", tr!(lang, "cli-backtest-auc-any", value = auc(lang, x.auc_any, x.auc_any_low, x.auc_any_high)));
    let mut t = Table::new("    ", &[Align::Left, Align::Right, Align::Right, Align::Right]);
    t.row(["band", "evaluations", "churned-count", "churn-rate"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
    for b in &x.bands {
        t.row([term(lang, "cli-band", b.band.as_str()), f.int(b.accounts as i64), f.int(b.churned as i64), pct(lang, b.rate)]);
    }
    t.print();
    let lift = x.lift_red_vs_green.map_or_else(|| "-".into(), |l| f.fixed(l, 1));
    println!("  {}", tr!(lang, "cli-backtest-lift", lift = lift, precision = pct(lang, x.red_precision), recall = pct(lang, x.red_recall)));
}

fn print(lang: Lang, r: &Backtest) {
    let f = Formats::of(lang);
    println!(
        "{}",
        tr!(lang, "cli-backtest-title", from = day(lang, &r.from), to = day(lang, &r.to), days = r.evaluation_days.len() as i64, horizon = i64::from(r.horizon_days))
    );
    for w in &r.warnings {
        println!("  ! {}", w.render(lang));
    }
    summary(lang, &r.figures);
    if r.no_data > 0 {
        println!("  {}", tr!(lang, "cli-backtest-no-data", count = r.no_data as i64));
    }
    let lead = r.median_lead_days.map_or_else(|| "-".into(), |d| f.number(d, 0));
    println!("  {}", tr!(lang, "cli-backtest-lead", days = lead, count = r.lead_days.len() as i64, never = r.churned_never_red as i64));
    println!("\n{}", i18n::text(lang, "cli-backtest-calibration"));
    let mut t = Table::new("    ", &[Align::Right, Align::Right, Align::Right, Align::Right]);
    t.row(["decile", "evaluations", "mean-score", "churn-rate"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
    for d in &r.calibration {
        t.row([f.int(i64::from(d.decile)), f.int(d.evaluations as i64), f.number(d.mean_score, 0), pct(lang, Some(d.churn_rate))]);
    }
    t.print();
    println!("\n{}", tr!(lang, "cli-backtest-misses", count = r.misses.len() as i64));
    for m in &r.misses {
        let drivers: Vec<String> = m.drivers.iter().map(|d| tr!(lang, "cli-backtest-driver", factor = d.label.render(lang), points = f.number(d.points_lost, 0))).collect();
        println!(
            "  {}",
            tr!(lang, "cli-backtest-miss", account = m.name.as_str(), id = m.account_id.as_str(), score = i64::from(m.score), day = day(lang, &m.day), churn = day(lang, &m.churn_day))
        );
        if !drivers.is_empty() {
            println!("      {}", f.list(&drivers));
        }
    }
    for g in &r.groups {
        let name = if g.group.is_empty() { i18n::text(lang, "cli-group-none") } else { segments::label(&g.group).render(lang) };
        println!("\n{name}");
        if !g.figures.enough {
            println!("  ! {}", tr!(lang, "cli-backtest-group-few", count = g.figures.churned_accounts as i64));
        }
        summary(lang, &g.figures);
    }
}
