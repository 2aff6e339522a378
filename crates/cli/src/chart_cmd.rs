//! `waypoint chart`: draws a chart to an SVG or PNG file.

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use metrics::Scope;

use crate::analytics::{as_of, config};
use crate::args::{AsOf, ChartKind, ChartTheme};
use crate::{CliError, open};

pub struct Options {
    pub kind: ChartKind,
    pub account: String,
    pub from: Option<String>,
    pub at: AsOf,
    pub mix: bool,
    pub theme: ChartTheme,
    pub out: PathBuf,
}

fn day(flag: &str, s: &str) -> Result<NaiveDate, CliError> {
    Ok(domain::Day::parse(s).map_err(|e| CliError::Usage(format!("{flag}: {e}")))?.0)
}

pub async fn run(path: &Path, o: Options) -> Result<(), CliError> {
    let png = match o.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("svg") => false,
        Some("png") => true,
        _ => return Err(CliError::Usage(format!("--out {}: give a .svg or .png file", o.out.display()))),
    };
    let cfg = config(o.at.settings.as_ref())?;
    let chart = open::with_workspace(path, async |ws| {
        let to = as_of(ws, &o.at).await?;
        // A year of weeks by default: 52 weeks ending on the day.
        let from = match &o.from {
            Some(s) => day("--from", s)?,
            None => to - Days::new(7 * 52 - 1),
        };
        if from > to {
            return Err(CliError::Usage(format!("--from {from} is after the end day {to}")));
        }
        let analysis = metrics::analyze(ws, to, Scope::Account(&o.account), &cfg.metrics).await?;
        let view = analysis.accounts.first().ok_or_else(|| CliError::Usage(format!("unknown account \"{}\"", o.account)))?;
        let usage = ws.usage(&o.account, Some(&from.to_string()), Some(&to.to_string())).await?;
        let catalogue = ws.modules().await?;
        let ChartKind::ModuleStack = o.kind;
        Ok(charts::data::module_stack(&view.name, &usage, &catalogue, &view.alerts, from, to, o.mix))
    })
    .await?;
    let theme = match o.theme {
        ChartTheme::Light => charts::Theme::Light,
        ChartTheme::Dark => charts::Theme::Dark,
    };
    let bytes = if png {
        charts::to_png(&chart, &charts::Canvas::png(theme))?
    } else {
        charts::to_svg(&chart, &charts::Canvas::svg(theme))?.into_bytes()
    };
    std::fs::write(&o.out, bytes).map_err(|e| CliError::Io { context: o.out.display().to_string(), source: e })?;
    println!("Wrote {}", o.out.display());
    Ok(())
}
