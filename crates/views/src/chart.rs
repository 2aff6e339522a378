//! Any chart of any target, by kind: what `waypoint chart` writes to a file and what the app
//! shows. Which targets a kind can draw is checked here, before any work is done.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::chart_data as data;
use crate::{Config, Error};

/// The chart kinds, named as on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    ModuleStack,
    ModuleMix,
    Health,
    Users,
    Mrr,
    Retention,
    Segments,
    Nps,
    Milestones,
    Backtest,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::ModuleStack => "module-stack",
            Kind::ModuleMix => "module-mix",
            Kind::Health => "health",
            Kind::Users => "users",
            Kind::Mrr => "mrr",
            Kind::Retention => "retention",
            Kind::Segments => "segments",
            Kind::Backtest => "backtest",
            Kind::Nps => "nps",
            Kind::Milestones => "milestones",
        }
    }
}

/// The app's colour theme, which every chart it shows follows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl From<Theme> for charts::Theme {
    fn from(t: Theme) -> charts::Theme {
        match t {
            Theme::Light => charts::Theme::Light,
            Theme::Dark => charts::Theme::Dark,
        }
    }
}

/// What a chart is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Book,
    Account(String),
    /// A value tier, a needs segment or `rule:<expression>`.
    Segment(String),
}

impl Target {
    /// From the two optional selectors of a request; both at once is refused.
    pub fn of(account: Option<String>, segment: Option<String>) -> Result<Target, Error> {
        match (account, segment) {
            (Some(_), Some(_)) => Err(Error::refused("error-views-chart-both")),
            (Some(a), None) => Ok(Target::Account(a)),
            (None, Some(s)) => Ok(Target::Segment(s)),
            (None, None) => Ok(Target::Book),
        }
    }

    pub(crate) fn account(&self) -> Result<&str, Error> {
        match self {
            Target::Account(a) => Ok(a),
            _ => Err(Error::refused("error-views-chart-one-account")),
        }
    }
}

/// One chart request: the kind, its target and period, and the kind's own options.
#[derive(Debug, Clone)]
pub struct Request {
    pub kind: Kind,
    pub target: Target,
    /// First day; each kind has its own default.
    pub from: Option<String>,
    /// The 100% module mix instead of volumes (module-stack).
    pub mix: bool,
    /// Grouping: cohort, needs or value (retention); needs or value (module-mix).
    pub by: Option<String>,
    /// The language of the chart's titles, labels and numbers.
    pub lang: i18n::Lang,
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
    Backtest(charts::BacktestChart),
}

/// Runs one generic chart function on whichever kind is drawn (the chart trait is generic over
/// the drawing backend, so it cannot be a trait object).
macro_rules! each {
    ($drawn:expr, $c:ident => $body:expr) => {
        match $drawn {
            Drawn::ModuleStack($c) => $body,
            Drawn::ModuleMix($c) => $body,
            Drawn::Health($c) => $body,
            Drawn::Users($c) => $body,
            Drawn::Mrr($c) => $body,
            Drawn::Retention($c) => $body,
            Drawn::Segments($c) => $body,
            Drawn::Nps($c) => $body,
            Drawn::Milestones($c) => $body,
            Drawn::Backtest($c) => $body,
        }
    };
}

impl Drawn {
    /// The SVG the app shows.
    pub fn svg(&self, theme: charts::Theme, lang: i18n::Lang) -> Result<String, Error> {
        Ok(each!(self, c => charts::to_svg(c, &charts::Canvas::svg(theme, lang)))?)
    }

    /// The 2x PNG decks use.
    pub fn png(&self, theme: charts::Theme, lang: i18n::Lang) -> Result<Vec<u8>, Error> {
        Ok(each!(self, c => charts::to_png(c, &charts::Canvas::png(theme, lang)))?)
    }
}

/// The first day: the given one, else the kind's default; never after the end day.
pub fn from_day(given: Option<&str>, to: NaiveDate, default: NaiveDate) -> Result<NaiveDate, Error> {
    let from = match given {
        Some(s) => domain::Day::parse(s).map_err(|e| Error::Refused(i18n::Text::new("error-views-field").arg("field", i18n::Arg::Str("--from".into())).arg("reason", i18n::Arg::Text(Box::new(e.text())))))?.0,
        None => default,
    };
    if from > to {
        return Err(Error::Refused(i18n::Text::new("error-views-chart-from-after").arg("from", i18n::Arg::Str(from.to_string())).arg("to", i18n::Arg::Str(to.to_string()))));
    }
    Ok(from)
}

/// Which targets each kind can draw.
fn check(kind: Kind, t: &Target) -> Result<(), Error> {
    let fail = |key: &'static str| Err(Error::Refused(i18n::Text::new(key).arg("kind", i18n::Arg::Str(kind.name().to_string()))));
    match (kind, t) {
        (Kind::Health | Kind::Users | Kind::Milestones, Target::Account(_)) => Ok(()),
        (Kind::Health | Kind::Users | Kind::Milestones, _) => fail("error-views-chart-needs-account"),
        (Kind::ModuleMix, Target::Account(_)) => fail("error-views-chart-mix-account"),
        (Kind::Retention | Kind::Segments | Kind::Backtest, Target::Book) => Ok(()),
        (Kind::Retention | Kind::Segments | Kind::Backtest, _) => fail("error-views-chart-whole-book"),
        _ => Ok(()),
    }
}

/// Kinds that show a state as of the end day, not a period: a --from would be ignored, so
/// it is refused instead.
fn check_from(kind: Kind, from: Option<&str>) -> Result<(), Error> {
    let what = match kind {
        Kind::ModuleMix => "error-views-chart-shows-mix",
        Kind::Milestones => "error-views-chart-shows-plan",
        Kind::Retention => "error-views-chart-shows-lives",
        Kind::Segments => "error-views-chart-shows-book",
        Kind::Backtest => "error-views-chart-shows-backtest",
        _ => return Ok(()),
    };
    match from {
        Some(_) => Err(Error::Refused(
            i18n::Text::new("error-views-chart-no-from").arg("kind", i18n::Arg::Str(kind.name().to_string())).arg("what", i18n::Arg::Term(what.to_string())),
        )),
        None => Ok(()),
    }
}

impl Request {
    /// Whether this kind can draw this target and period; needs no workspace, so a shell can
    /// refuse a wrong request before asking for a key.
    pub fn validate(&self) -> Result<(), Error> {
        check(self.kind, &self.target)?;
        check_from(self.kind, self.from.as_deref())
    }
}

/// Checks the request, then builds its chart as of `to`.
pub async fn build(ws: &store::Workspace, r: &Request, cfg: &Config, to: NaiveDate) -> Result<Drawn, Error> {
    r.validate()?;
    let (t, from, lang) = (&r.target, r.from.as_deref(), r.lang);
    Ok(match r.kind {
        Kind::ModuleStack => Drawn::ModuleStack(data::module_stack(ws, cfg, t, from, to, r.mix, lang).await?),
        Kind::ModuleMix => Drawn::ModuleMix(data::module_mix(ws, cfg, t, r.by.as_deref().unwrap_or("needs"), to, lang).await?),
        Kind::Health => Drawn::Health(data::health(ws, cfg, t, from, to, lang).await?),
        Kind::Users => Drawn::Users(data::users(ws, cfg, t, from, to, lang).await?),
        Kind::Mrr => Drawn::Mrr(data::mrr(ws, cfg, t, from, to, lang).await?),
        Kind::Retention => Drawn::Retention(data::retention(ws, cfg, to, r.by.as_deref().unwrap_or("cohort"), lang).await?),
        Kind::Segments => Drawn::Segments(data::segment_map(ws, cfg, to, lang).await?),
        Kind::Nps => Drawn::Nps(data::nps(ws, cfg, t, from, to, lang).await?),
        Kind::Milestones => Drawn::Milestones(data::milestones(ws, cfg, t, to, lang).await?),
        Kind::Backtest => Drawn::Backtest(data::backtest(ws, cfg, lang).await?),
    })
}
