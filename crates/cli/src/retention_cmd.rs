//! `waypoint retention`: fit the sBG model to survivor counts (no workspace needed), or the
//! workspace's own retention curves and fits by start cohort or segment.

use std::path::Path;

use retention::{Grouping, Sbg};
use serde::Serialize;

use crate::analytics::{as_of, config};
use crate::args::AsOf;
use crate::commands::print_json;
use crate::{CliError, open};

#[derive(Serialize)]
struct FitOut {
    #[serde(flatten)]
    fit: retention::SbgFit,
    /// Expected survivors at the start of periods 0..=horizon (first = the cohort size).
    projected: Vec<f64>,
    survival: Vec<f64>,
    retention_rates: Vec<f64>,
    /// Mean periods paid for; null when infinite (alpha <= 1).
    expected_lifetime: Option<f64>,
    discount_rate: f64,
    discounted_lifetime: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    ltv: Option<f64>,
}

pub fn fit(counts: &str, horizon: Option<u32>, discount: f64, value: Option<f64>, json: bool) -> Result<(), CliError> {
    let counts: Vec<u64> = counts
        .split(',')
        .map(str::trim)
        .enumerate()
        .map(|(i, c)| c.parse().map_err(|_| CliError::Usage(format!("--counts: item {} ('{c}') is not a whole number", i + 1))))
        .collect::<Result<_, _>>()?;
    if !(0.0..10.0).contains(&discount) {
        return Err(CliError::Usage(format!("--discount {discount}: give a rate per period such as 0.1")));
    }
    let fit = retention::fit_counts(&counts)?;
    let m: Sbg = fit.model();
    let horizon = horizon.unwrap_or((counts.len() as u32 - 1).max(12));
    let out = FitOut {
        projected: m.projected(counts[0] as f64, horizon),
        survival: m.survival(horizon),
        retention_rates: m.retention_rates(horizon),
        expected_lifetime: m.expected_lifetime(),
        discount_rate: discount,
        discounted_lifetime: m.discounted_lifetime(discount, 0),
        ltv: value.map(|v| m.discounted_ltv(v, discount, 0)),
        fit,
    };
    if json {
        print_json(&out);
        return Ok(());
    }
    println!("alpha {:.4}  beta {:.4}  log-likelihood {:.2}  ({} customers, {} churned over {} periods)", out.fit.alpha, out.fit.beta, out.fit.log_likelihood, out.fit.customers, out.fit.churned, out.fit.periods);
    match out.expected_lifetime {
        Some(l) => println!("expected lifetime {l:.2} periods"),
        None => println!("expected lifetime unbounded (alpha <= 1): use the discounted figure"),
    }
    println!("discounted lifetime at {:.1}% per period: {:.3} periods", discount * 100.0, out.discounted_lifetime);
    if let Some(ltv) = out.ltv {
        println!("lifetime value: {ltv:.2}");
    }
    println!("\n  {:>6} {:>10} {:>12} {:>10}", "period", "actual", "projected", "retention");
    for (t, p) in out.projected.iter().enumerate() {
        let actual = counts.get(t).map_or("".into(), |c| c.to_string());
        let rate = if t == 0 { String::new() } else { format!("{:.1}%", out.retention_rates[t - 1] * 100.0) };
        println!("  {t:>6} {actual:>10} {p:>12.1} {rate:>10}");
    }
    Ok(())
}

/// The book as of the day and, for a segment grouping, each account's segment.
async fn load(ws: &store::Workspace, at: &AsOf, by: &str, cfg: &crate::analytics::Config) -> Result<(metrics::Book, Vec<String>), CliError> {
    let day = as_of(ws, at).await?;
    Ok(views::chart_data::retention_book(ws, day, by, cfg).await?)
}

pub async fn curves(path: &Path, at: AsOf, by: &str, discount: f64, json: bool) -> Result<(), CliError> {
    let cfg = config(at.settings.as_ref())?;
    if !matches!(by, "cohort" | "needs" | "value") {
        return Err(CliError::Usage(format!("--by {by}: use cohort, needs or value")));
    }
    let (book, labels) = open::with_workspace(path, async |ws| load(ws, &at, by, &cfg).await).await?;
    let grouping = if by == "cohort" { Grouping::Cohort } else { Grouping::Labels(&labels) };
    let opts = retention::Options { discount_rate: discount, ..Default::default() };
    let report = retention::report(&book, by, grouping, opts);
    if json {
        print_json(&report);
        return Ok(());
    }
    println!("Retention as of {} by {by} (LTV discounted at {:.0}% a year)\n", report.as_of, discount * 100.0);
    println!("  {:<38} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>12}", "group", "accounts", "churned", "12 m", "24 m", "alpha", "beta", "DEL yr", "LTV");
    for g in std::iter::once(&report.all).chain(&report.groups) {
        let pct = |x: Option<f64>| x.map_or("-".into(), |v| format!("{:.0}%", v * 100.0));
        let num = |x: Option<f64>, p: usize| x.map_or("-".into(), |v| format!("{v:.p$}"));
        // At the constant-churn limit α and β are only large numbers with a fixed ratio.
        let param = |x: Option<f64>| match &g.sbg {
            Some(f) if f.is_constant_churn() => "const".to_string(),
            _ => num(x, 2),
        };
        println!(
            "  {:<38} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>12}",
            g.group,
            g.accounts,
            g.churned,
            pct(g.retained_12m),
            pct(g.retained_24m),
            param(g.sbg.as_ref().map(|f| f.alpha)),
            param(g.sbg.as_ref().map(|f| f.beta)),
            num(g.discounted_lifetime_years, 2),
            num(g.ltv, 0),
        );
    }
    let notes: Vec<_> = report.groups.iter().filter_map(|g| g.sbg_note.as_ref().map(|n| (&g.group, n))).collect();
    if !notes.is_empty() {
        println!();
        for (g, n) in notes {
            println!("  {g}: {n}");
        }
    }
    Ok(())
}
