//! `waypoint retention`: fit the sBG model to survivor counts (no workspace needed), or the
//! workspace's own retention curves and fits by start cohort or segment.

use std::path::Path;

use i18n::{Formats, Lang, tr};
use retention::{Grouping, Sbg};
use serde::Serialize;

use crate::analytics::{as_of, config};
use crate::args::AsOf;
use crate::commands::print_json;
use crate::out::{Align, Table, day};
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

pub fn fit(lang: Lang, counts: &str, horizon: Option<u32>, discount: f64, value: Option<f64>, json: bool) -> Result<(), CliError> {
    let counts: Vec<u64> = counts
        .split(',')
        .map(str::trim)
        .enumerate()
        .map(|(i, c)| c.parse().map_err(|_| CliError::Invalid(
            i18n::Text::new("cli-usage-counts").arg("item", i18n::Arg::Int(i as i64 + 1)).arg("got", i18n::Arg::Str(c.to_string())),
        )))
        .collect::<Result<_, _>>()?;
    if !(0.0..10.0).contains(&discount) {
        return Err(CliError::Invalid(i18n::Text::new("cli-usage-discount").arg("got", i18n::Arg::Str(discount.to_string()))));
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
    print_fit(lang, &out, &counts, discount);
    Ok(())
}

fn print_fit(lang: Lang, out: &FitOut, counts: &[u64], discount: f64) {
    let f = Formats::of(lang);
    let fit = &out.fit;
    println!(
        "{}",
        tr!(
            lang,
            "cli-fit-params",
            alpha = f.fixed(fit.alpha, 4),
            beta = f.fixed(fit.beta, 4),
            loglik = f.fixed(fit.log_likelihood, 2),
            customers = fit.customers as i64,
            churned = fit.churned as i64,
            periods = fit.periods as i64
        )
    );
    match out.expected_lifetime {
        Some(l) => println!("{}", tr!(lang, "cli-fit-lifetime", periods = f.fixed(l, 2))),
        None => println!("{}", i18n::text(lang, "cli-fit-lifetime-unbounded")),
    }
    println!("{}", tr!(lang, "cli-fit-discounted", rate = f.percent(discount, 1), periods = f.fixed(out.discounted_lifetime, 3)));
    if let Some(ltv) = out.ltv {
        println!("{}", tr!(lang, "cli-fit-ltv", ltv = f.fixed(ltv, 2)));
    }
    let right = Align::Right;
    let mut t = Table::new("  ", &[right, right, right, right]);
    t.row(["period", "actual", "projected", "retention"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
    for (i, p) in out.projected.iter().enumerate() {
        let actual = counts.get(i).map_or(String::new(), |c| f.int(*c as i64));
        let rate = if i == 0 { String::new() } else { f.percent(out.retention_rates[i - 1], 1) };
        t.row([f.int(i as i64), actual, f.fixed(*p, 1), rate]);
    }
    println!();
    t.print();
}

/// The book as of the day and, for a segment grouping, each account's segment.
async fn load(ws: &store::Workspace, at: &AsOf, by: &str, cfg: &crate::analytics::Config) -> Result<(metrics::Book, Vec<String>), CliError> {
    let day = as_of(ws, at).await?;
    Ok(views::chart_data::retention_book(ws, day, by, cfg).await?)
}

pub async fn curves(lang: Lang, path: &Path, at: AsOf, by: &str, discount: f64, json: bool) -> Result<(), CliError> {
    if !matches!(by, "cohort" | "needs" | "value") {
        return Err(CliError::Invalid(i18n::Text::new("cli-usage-retention-by").arg("got", i18n::Arg::Str(by.to_string()))));
    }
    let (book, labels) = open::with_workspace(path, async |ws| load(ws, &at, by, &config(ws, at.settings.as_ref()).await?).await).await?;
    let grouping = if by == "cohort" { Grouping::Cohort } else { Grouping::Labels(&labels) };
    let opts = retention::Options { discount_rate: discount, ..Default::default() };
    let report = retention::report(&book, by, grouping, opts);
    if json {
        print_json(&report);
        return Ok(());
    }
    let f = Formats::of(lang);
    let by_name = crate::out::term(lang, "cli-segments-by", by);
    println!("{}\n", tr!(lang, "cli-retention-title", day = day(lang, &report.as_of.to_string()), by = by_name, rate = f.percent(discount, 1)));
    let right = Align::Right;
    let mut t = Table::new("  ", &[Align::Left, right, right, right, right, right, right, right, right]);
    t.row(["group", "accounts", "churned-count", "12m", "24m", "alpha", "beta", "del-years", "ltv"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
    // The book's own row is named by the retention crate in English (its JSON value).
    let all = i18n::text(lang, "cli-retention-all");
    for (i, g) in std::iter::once(&report.all).chain(&report.groups).enumerate() {
        let pct = |x: Option<f64>| x.map_or("-".into(), |v| f.percent(v, 0));
        let num = |x: Option<f64>, p: u8| x.map_or("-".into(), |v| f.fixed(v, p));
        // At the constant-churn limit α and β are only large numbers with a fixed ratio.
        let param = |x: Option<f64>| match &g.sbg {
            Some(fit) if fit.is_constant_churn() => i18n::text(lang, "cli-retention-constant"),
            _ => num(x, 2),
        };
        t.row([
            if i == 0 { all.clone() } else { g.group.clone() },
            f.int(g.accounts as i64),
            f.int(g.churned as i64),
            pct(g.retained_12m),
            pct(g.retained_24m),
            param(g.sbg.as_ref().map(|f| f.alpha)),
            param(g.sbg.as_ref().map(|f| f.beta)),
            num(g.discounted_lifetime_years, 2),
            num(g.ltv, 0),
        ]);
    }
    t.print();
    let notes: Vec<_> = report.groups.iter().filter_map(|g| g.sbg_note.as_ref().map(|n| (&g.group, n))).collect();
    if !notes.is_empty() {
        println!();
        for (g, n) in notes {
            println!("  {}", tr!(lang, "cli-retention-note", group = g.as_str(), note = n.render(lang)));
        }
    }
    Ok(())
}
