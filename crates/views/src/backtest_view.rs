//! "Does the score work?": the health score's backtest over the book's history (the default
//! window: the 24 latest month ends whose 90-day horizon the data covers) with its chart, for
//! the Settings screen where the scorecard is edited. It runs on request: replaying two years
//! of month ends takes seconds on a large book, too long for opening a screen.

use serde::Serialize;

use crate::{Error, Session, Theme};

pub use backtest::Tuning;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct HealthBacktest {
    pub report: backtest::Backtest,
    /// ROC, churn per band and lead time, drawn in the app's theme and language.
    pub chart: String,
}

pub async fn health_backtest(session: &Session, theme: Theme, lang: i18n::Lang) -> Result<HealthBacktest, Error> {
    let cfg = session.config();
    let report = backtest::backtest(session.workspace(), &cfg.metrics, &cfg.segments, &backtest::Options::default()).await?;
    let chart = charts::to_svg(&backtest::chart(&report, lang), &charts::Canvas::svg(theme.into(), lang))?;
    Ok(HealthBacktest { report, chart })
}

/// "Can the weights do better?": the weights fitted to the older evaluation days beside the
/// current ones, both judged on the newer days. Nothing is saved.
pub async fn health_tuning(session: &Session) -> Result<backtest::Tuning, Error> {
    let cfg = session.config();
    Ok(backtest::tune(session.workspace(), &cfg.metrics, &cfg.segments, &backtest::TuneOptions::default()).await?)
}

/// Tunes again (the same history gives the same weights) and saves the result as the
/// workspace's scorecard, with the record of the backtest behind it; refused when the tuned
/// weights did not beat the current ones on the held-out days. Returns the settings to compute
/// with from now on (swap them in with [`Session::with_config`]).
pub async fn apply_tuning(ws: &store::Workspace, tuning: &backtest::Tuning) -> Result<crate::Config, Error> {
    let current = crate::settings_view::load_config(ws).await?;
    let card = tuning.apply(&current.metrics.scorecard, chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string())?;
    crate::settings_view::store_json(ws, "scorecard", &card).await?;
    crate::settings_view::load_config(ws).await
}

/// [`apply_tuning`] for the open session, from a fresh tuning.
pub async fn apply_health_tuning(session: &Session) -> Result<crate::Config, Error> {
    let tuning = health_tuning(session).await?;
    apply_tuning(session.workspace(), &tuning).await
}

pub use backtest::effect::Effects;

/// "Which playbooks work?": every playbook's done-vs-not-done comparison over the book's
/// history, for the Playbooks screen's effect column. On request: it replays every month end.
pub async fn playbook_effects(session: &Session) -> Result<Effects, Error> {
    let cfg = session.config();
    Ok(backtest::effects(session.workspace(), &cfg.metrics, &cfg.segments, &backtest::effect::EffectOptions::default()).await?)
}
