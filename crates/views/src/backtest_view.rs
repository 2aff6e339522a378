//! "Does the score work?": the health score's backtest over the book's history (the default
//! window: the 24 latest month ends whose 90-day horizon the data covers) with its chart, for
//! the Settings screen where the scorecard is edited. It runs on request: replaying two years
//! of month ends takes seconds on a large book, too long for opening a screen.

use serde::Serialize;

use crate::{Error, Session, Theme};

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
