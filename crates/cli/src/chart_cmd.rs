//! `waypoint chart`: draws a chart to an SVG or PNG file. Each kind is built from the engine
//! in `chart_data` and drawn by the charts crate; this file only picks the target and writes.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::analytics::{Config, as_of, config};
use crate::args::{AsOf, ChartKind, ChartTheme};
use crate::chart_data as data;
use crate::{CliError, open};

pub struct Options {
    pub kind: ChartKind,
    pub account: Option<String>,
    pub segment: Option<String>,
    pub from: Option<String>,
    pub at: AsOf,
    pub mix: bool,
    pub by: Option<String>,
    pub theme: ChartTheme,
    pub out: PathBuf,
}

/// What a chart is about.
pub enum Target {
    Book,
    Account(String),
    /// A value tier, a needs segment or `rule:<expression>`.
    Segment(String),
}

/// A drawable chart of any kind.
pub enum Drawn {
    ModuleStack(charts::ModuleStack),
    ModuleMix(charts::ModuleMix),
    Health(charts::HealthChart),
    Users(charts::UsersChart),
    Mrr(charts::MrrChart),
    Retention(charts::RetentionChart),
    Segments(charts::SegmentMap),
    Nps(charts::NpsChart),
    Milestones(charts::MilestoneChart),
}

impl Drawn {
    fn render(&self, png: bool, theme: charts::Theme) -> Result<Vec<u8>, CliError> {
        fn go<C: charts::Chart>(c: &C, png: bool, theme: charts::Theme) -> Result<Vec<u8>, CliError> {
            Ok(if png { charts::to_png(c, &charts::Canvas::png(theme))? } else { charts::to_svg(c, &charts::Canvas::svg(theme))?.into_bytes() })
        }
        match self {
            Drawn::ModuleStack(c) => go(c, png, theme),
            Drawn::ModuleMix(c) => go(c, png, theme),
            Drawn::Health(c) => go(c, png, theme),
            Drawn::Users(c) => go(c, png, theme),
            Drawn::Mrr(c) => go(c, png, theme),
            Drawn::Retention(c) => go(c, png, theme),
            Drawn::Segments(c) => go(c, png, theme),
            Drawn::Nps(c) => go(c, png, theme),
            Drawn::Milestones(c) => go(c, png, theme),
        }
    }
}

/// The first day: `--from`, else the kind's default; never after the end day.
pub fn from_day(given: Option<&str>, to: NaiveDate, default: NaiveDate) -> Result<NaiveDate, CliError> {
    let from = match given {
        Some(s) => domain::Day::parse(s).map_err(|e| CliError::Usage(format!("--from: {e}")))?.0,
        None => default,
    };
    if from > to {
        return Err(CliError::Usage(format!("--from {from} is after the end day {to}")));
    }
    Ok(from)
}

fn target(o: &Options) -> Result<Target, CliError> {
    match (&o.account, &o.segment) {
        (Some(_), Some(_)) => Err(CliError::Usage("give --account or --segment, not both".into())),
        (Some(a), None) => Ok(Target::Account(a.clone())),
        (None, Some(s)) => Ok(Target::Segment(s.clone())),
        (None, None) => Ok(Target::Book),
    }
}

/// Which targets each kind can draw, said before any work is done.
fn check(kind: ChartKind, t: &Target) -> Result<(), CliError> {
    let name = kind_name(kind);
    let fail = |what: &str| Err(CliError::Usage(format!("{name} {what}")));
    match (kind, t) {
        (ChartKind::Health | ChartKind::Users | ChartKind::Milestones, Target::Account(_)) => Ok(()),
        (ChartKind::Health | ChartKind::Users | ChartKind::Milestones, _) => fail("needs --account ID"),
        (ChartKind::ModuleMix, Target::Account(_)) => fail("compares accounts: give --segment S, or nothing for one bar per segment"),
        (ChartKind::Retention | ChartKind::Segments, Target::Book) => Ok(()),
        (ChartKind::Retention | ChartKind::Segments, _) => fail("covers the whole book: leave out --account and --segment"),
        _ => Ok(()),
    }
}

/// Kinds that show a state as of the end day, not a period: a --from would be ignored, so
/// it is refused instead.
fn check_from(kind: ChartKind, from: Option<&str>) -> Result<(), CliError> {
    let what = match kind {
        ChartKind::ModuleMix => "the module mix of the 13 weeks to the end day",
        ChartKind::Milestones => "the whole success plan as of the end day",
        ChartKind::Retention => "every account's life up to the end day",
        ChartKind::Segments => "the book as of the end day",
        _ => return Ok(()),
    };
    match from {
        Some(_) => Err(CliError::Usage(format!("{} shows {what}: --from is not used (set the end day with --to)", kind_name(kind)))),
        None => Ok(()),
    }
}

pub fn kind_name(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::ModuleStack => "module-stack",
        ChartKind::ModuleMix => "module-mix",
        ChartKind::Health => "health",
        ChartKind::Users => "users",
        ChartKind::Mrr => "mrr",
        ChartKind::Retention => "retention",
        ChartKind::Segments => "segments",
        ChartKind::Nps => "nps",
        ChartKind::Milestones => "milestones",
    }
}

/// Builds the chart of `kind` for `target` as of `to`.
pub async fn build(ws: &store::Workspace, o: &Options, cfg: &Config, t: &Target, to: NaiveDate) -> Result<Drawn, CliError> {
    let from = o.from.as_deref();
    Ok(match o.kind {
        ChartKind::ModuleStack => Drawn::ModuleStack(data::module_stack(ws, cfg, t, from, to, o.mix).await?),
        ChartKind::ModuleMix => Drawn::ModuleMix(data::module_mix(ws, cfg, t, o.by.as_deref().unwrap_or("needs"), to).await?),
        ChartKind::Health => Drawn::Health(data::health(ws, cfg, t, from, to).await?),
        ChartKind::Users => Drawn::Users(data::users(ws, cfg, t, from, to).await?),
        ChartKind::Mrr => Drawn::Mrr(data::mrr(ws, cfg, t, from, to).await?),
        ChartKind::Retention => Drawn::Retention(data::retention(ws, cfg, &o.at, o.by.as_deref().unwrap_or("cohort")).await?),
        ChartKind::Segments => Drawn::Segments(data::segment_map(ws, cfg, to).await?),
        ChartKind::Nps => Drawn::Nps(data::nps(ws, cfg, t, from, to).await?),
        ChartKind::Milestones => Drawn::Milestones(data::milestones(ws, cfg, t, to).await?),
    })
}

pub async fn run(path: &Path, o: Options) -> Result<(), CliError> {
    let png = match o.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("svg") => false,
        Some("png") => true,
        _ => return Err(CliError::Usage(format!("--out {}: give a .svg or .png file", o.out.display()))),
    };
    let t = target(&o)?;
    check(o.kind, &t)?;
    check_from(o.kind, o.from.as_deref())?;
    let cfg = config(o.at.settings.as_ref())?;
    let theme = match o.theme {
        ChartTheme::Light => charts::Theme::Light,
        ChartTheme::Dark => charts::Theme::Dark,
    };
    let chart = open::with_workspace(path, async |ws| {
        let to = as_of(ws, &o.at).await?;
        build(ws, &o, &cfg, &t, to).await
    })
    .await?;
    let bytes = chart.render(png, theme)?;
    std::fs::write(&o.out, bytes).map_err(|e| CliError::Io { context: o.out.display().to_string(), source: e })?;
    println!("Wrote {}", o.out.display());
    Ok(())
}
