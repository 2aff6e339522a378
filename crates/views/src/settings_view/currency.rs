//! The reporting currency: what the portfolio's revenue is added up in when subscriptions use
//! several currencies (docs/METRICS.md). It is not part of [`crate::Config`]: the metrics read
//! it from the workspace with the book, like the FX rates it goes with.

use serde::Serialize;

use crate::{Error, Session};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ReportingCurrencyView {
    /// The stored choice; `None` = not chosen, and revenue reports in the currency the
    /// subscriptions share (a book in several currencies then asks for one).
    pub stored: Option<String>,
}

pub(crate) async fn view(ws: &store::Workspace) -> Result<ReportingCurrencyView, Error> {
    Ok(ReportingCurrencyView { stored: ws.reporting_currency().await?.map(|c| c.to_string()) })
}

/// Stores a new reporting currency (an ISO 4217 code such as `EUR`) and drops the session's
/// snapshot: every converted amount changes with it. Rates imported against the former one
/// no longer apply, so a book in several currencies needs an FX file against the new one.
pub async fn save_reporting_currency(session: &Session, code: &str) -> Result<ReportingCurrencyView, Error> {
    let currency = domain::Currency::parse(code).map_err(|e| super::invalid("reporting_currency", e))?;
    let ws = session.workspace();
    ws.set_reporting_currency(&currency).await?;
    session.changed().await;
    view(ws).await
}
