//! `waypoint chart`: draws a chart to an SVG or PNG file. Each kind is built by the views
//! crate (the same charts the app shows); this file only maps the arguments and writes.

use std::path::{Path, PathBuf};

use views::{Kind, Request, Target};

use crate::analytics::{as_of, config};
use crate::args::{AsOf, ChartKind, ChartTheme};
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
    /// The global `--lang`: the chart's words and numbers.
    pub lang: i18n::Lang,
}

fn kind(kind: ChartKind) -> Kind {
    match kind {
        ChartKind::ModuleStack => Kind::ModuleStack,
        ChartKind::ModuleMix => Kind::ModuleMix,
        ChartKind::Health => Kind::Health,
        ChartKind::Users => Kind::Users,
        ChartKind::Mrr => Kind::Mrr,
        ChartKind::Retention => Kind::Retention,
        ChartKind::Segments => Kind::Segments,
        ChartKind::Nps => Kind::Nps,
        ChartKind::Milestones => Kind::Milestones,
        ChartKind::Backtest => Kind::Backtest,
    }
}

pub async fn run(path: &Path, o: Options) -> Result<(), CliError> {
    let png = match o.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("svg") => false,
        Some("png") => true,
        _ => return Err(CliError::Invalid(i18n::Text::new("cli-usage-chart-out").arg("path", i18n::Arg::Str(o.out.display().to_string())))),
    };
    let request = Request { kind: kind(o.kind), target: Target::of(o.account, o.segment)?, from: o.from, mix: o.mix, by: o.by, lang: o.lang };
    // A wrong combination is refused before the workspace is opened (and a key asked for).
    request.validate()?;
    let theme = match o.theme {
        ChartTheme::Light => charts::Theme::Light,
        ChartTheme::Dark => charts::Theme::Dark,
    };
    let chart = open::with_workspace(path, async |ws| {
        let cfg = config(ws, o.at.settings.as_ref()).await?;
        let to = as_of(ws, &o.at).await?;
        Ok(views::chart::build(ws, &request, &cfg, to).await?)
    })
    .await?;
    let bytes = if png { chart.png(theme, o.lang)? } else { chart.svg(theme, o.lang)?.into_bytes() };
    std::fs::write(&o.out, bytes).map_err(|e| CliError::Io { context: o.out.display().to_string(), source: e })?;
    println!("{}", i18n::tr!(o.lang, "chart-cli-wrote", path = o.out.display().to_string()));
    Ok(())
}
