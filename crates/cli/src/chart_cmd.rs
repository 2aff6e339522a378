//! `waypoint chart`: draws a chart to an SVG or PNG file.

use std::path::{Path, PathBuf};

use chrono::{Days, Months, NaiveDate};
use metrics::Scope;

use crate::analytics::{as_of, config};
use crate::args::{AsOf, ChartKind, ChartTheme};
use crate::{CliError, open};

pub struct Options {
    pub kind: ChartKind,
    pub account: Option<String>,
    pub from: Option<String>,
    pub at: AsOf,
    pub mix: bool,
    pub by: String,
    pub theme: ChartTheme,
    pub out: PathBuf,
}

fn from_day(given: Option<&str>, to: NaiveDate, default: NaiveDate) -> Result<NaiveDate, CliError> {
    let from = match given {
        Some(s) => domain::Day::parse(s).map_err(|e| CliError::Usage(format!("--from: {e}")))?.0,
        None => default,
    };
    if from > to {
        return Err(CliError::Usage(format!("--from {from} is after the end day {to}")));
    }
    Ok(from)
}

fn render<C: charts::Chart>(chart: &C, png: bool, theme: charts::Theme) -> Result<Vec<u8>, CliError> {
    Ok(if png { charts::to_png(chart, &charts::Canvas::png(theme))? } else { charts::to_svg(chart, &charts::Canvas::svg(theme))?.into_bytes() })
}

pub async fn run(path: &Path, o: Options) -> Result<(), CliError> {
    let png = match o.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("svg") => false,
        Some("png") => true,
        _ => return Err(CliError::Usage(format!("--out {}: give a .svg or .png file", o.out.display()))),
    };
    let cfg = config(o.at.settings.as_ref())?;
    let theme = match o.theme {
        ChartTheme::Light => charts::Theme::Light,
        ChartTheme::Dark => charts::Theme::Dark,
    };
    let bytes = match o.kind {
        ChartKind::ModuleStack => {
            let account = o.account.as_deref().ok_or_else(|| CliError::Usage("module-stack needs --account ID".into()))?;
            let chart = open::with_workspace(path, async |ws| {
                let to = as_of(ws, &o.at).await?;
                // A year of weeks by default: 52 weeks ending on the day.
                let from = from_day(o.from.as_deref(), to, to - Days::new(7 * 52 - 1))?;
                let analysis = metrics::analyze(ws, to, Scope::Account(account), &cfg.metrics).await?;
                let view = analysis.accounts.first().ok_or_else(|| CliError::Usage(format!("unknown account \"{account}\"")))?;
                let usage = ws.usage(account, Some(&from.to_string()), Some(&to.to_string())).await?;
                let catalogue = ws.modules().await?;
                Ok(charts::data::module_stack(&view.name, &usage, &catalogue, &view.alerts, from, to, o.mix))
            })
            .await?;
            render(&chart, png, theme)?
        }
        ChartKind::Health => {
            let account = o.account.as_deref().ok_or_else(|| CliError::Usage("health needs --account ID".into()))?;
            let chart = open::with_workspace(path, async |ws| {
                let to = as_of(ws, &o.at).await?;
                let from = from_day(o.from.as_deref(), to, to - Days::new(364))?;
                let analysis = metrics::analyze(ws, to, Scope::Account(account), &cfg.metrics).await?;
                let view = analysis.accounts.into_iter().next().ok_or_else(|| CliError::Usage(format!("unknown account \"{account}\"")))?;
                let history = metrics::snapshots::history(ws, account)
                    .await?
                    .into_iter()
                    .filter_map(|p| NaiveDate::parse_from_str(&p.day, "%Y-%m-%d").ok().map(|d| (d, p.score)))
                    .filter(|(d, _)| *d >= from && *d <= to)
                    .collect();
                let card = &cfg.metrics.scorecard;
                Ok(charts::HealthChart { title: view.name, history, current: Some(view.health), green_at: card.green_at, yellow_at: card.yellow_at })
            })
            .await?;
            render(&chart, png, theme)?
        }
        ChartKind::Retention => {
            if !matches!(o.by.as_str(), "cohort" | "needs" | "value") {
                return Err(CliError::Usage(format!("--by {}: use cohort, needs or value", o.by)));
            }
            let (book, labels) = open::with_workspace(path, async |ws| crate::retention_cmd::load(ws, &o.at, &o.by, &cfg).await).await?;
            let grouping = if o.by == "cohort" { retention::Grouping::Cohort } else { retention::Grouping::Labels(&labels) };
            let report = retention::report(&book, &o.by, grouping, retention::Options::default());
            let what = match o.by.as_str() {
                "cohort" => "start year",
                "needs" => "needs segment",
                _ => "value tier",
            };
            let subtitle = format!("Accounts still customers, by {what}, as of {}; 95% bands, sBG projection dashed", report.as_of);
            render(&charts::RetentionChart { title: "Retention".into(), subtitle, groups: report.groups }, png, theme)?
        }
        ChartKind::Segments => {
            let analysis = open::with_workspace(path, async |ws| {
                let to = as_of(ws, &o.at).await?;
                Ok(metrics::analyze(ws, to, Scope::All, &cfg.metrics).await?)
            })
            .await?;
            let (labels, model) = segments::segmentation::needs_labels(&analysis, &cfg.segments.needs)?;
            let mut names: Vec<String> = model.clusters.iter().map(|c| c.name.clone()).collect();
            names.push(segments::needs::INACTIVE.to_string());
            let points = analysis
                .accounts
                .iter()
                .zip(&labels)
                .map(|(v, l)| charts::MapPoint {
                    arr: v.arr,
                    breadth: v.usage.breadth.unwrap_or(f64::NAN),
                    segment: names.iter().position(|n| n == l).unwrap_or(names.len()),
                })
                .collect();
            let subtitle = format!("Paying accounts by ARR and breadth, by needs segment, as of {}", analysis.as_of);
            let map = charts::SegmentMap { title: "Needs and value".into(), subtitle, currency: analysis.revenue.currency.clone(), segments: names, points };
            render(&map, png, theme)?
        }
        ChartKind::Mrr => {
            let (book, to) = open::with_workspace(path, async |ws| {
                let to = as_of(ws, &o.at).await?;
                Ok((metrics::Book::load(ws, to, Scope::All).await?, to))
            })
            .await?;
            let from = from_day(o.from.as_deref(), to, to.checked_sub_months(Months::new(11)).unwrap_or(to))?;
            let first_month = from.format("%Y-%m").to_string();
            let summary = metrics::revenue::summary(&book, &|_| true);
            let months = summary.mrr_movements.into_iter().filter(|m| m.month >= first_month).collect();
            render(&charts::MrrChart { title: "MRR movements".into(), currency: summary.currency, months }, png, theme)?
        }
    };
    std::fs::write(&o.out, bytes).map_err(|e| CliError::Io { context: o.out.display().to_string(), source: e })?;
    println!("Wrote {}", o.out.display());
    Ok(())
}
