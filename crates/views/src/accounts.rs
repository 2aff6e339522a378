//! The accounts table: one row per account with what a CSM sorts and filters the book by.

use std::collections::{BTreeMap, BTreeSet};

use metrics::health::Band;
use serde::Serialize;

use crate::{Error, Session};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct AccountRow {
    pub account_id: String,
    pub name: String,
    pub owner: Option<String>,
    pub industry: Option<String>,
    pub region: Option<String>,
    /// `None` when there is not enough data to score (band `no_data`).
    pub health: Option<u8>,
    pub band: Band,
    /// Points since [`metrics::book::TREND_DAYS`] days ago; absent for a new account.
    pub health_change: Option<i32>,
    pub arr: f64,
    pub stage: String,
    /// Modules used of those licensed (or available), 0 to 1.
    pub breadth: Option<f64>,
    /// Events this month against last month, e.g. -0.42.
    pub usage_change: Option<f64>,
    pub monthly_active_users: i64,
    pub renewal: Option<String>,
    pub alerts: u32,
    pub at_risk: bool,
    pub needs_segment: Option<String>,
    pub value_tier: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct AccountList {
    pub as_of: String,
    pub currency: Option<String>,
    /// How amounts in other currencies were converted to `currency` (reporting currency and
    /// rate basis), for the screen to state next to them; absent in a one-currency book.
    pub conversion: Option<metrics::fx::Conversion>,
    pub rows: Vec<AccountRow>,
    /// Every needs segment and value tier the rows name, in the reader's language (one entry
    /// per segment rather than per row: a 20,000-account book has a dozen segments).
    pub segment_labels: BTreeMap<String, i18n::Text>,
    /// The analysis this list is of. Handed back as `known`, it spares building and sending
    /// every row again when nothing changed: at 20,000 accounts that is most of a visit's time.
    pub version: u32,
}

/// Every account of the book, by name.
pub async fn accounts(session: &Session) -> Result<AccountList, Error> {
    Ok(list(&*session.snapshot().await?))
}

/// [`accounts`], or `None` when `known` is the version of the current list: a screen kept
/// open between visits asks this way.
pub async fn accounts_if_changed(session: &Session, known: Option<u32>) -> Result<Option<AccountList>, Error> {
    let s = session.snapshot().await?;
    Ok((known != Some(s.id)).then(|| list(&s)))
}

fn list(s: &crate::Snapshot) -> AccountList {
    let started = std::time::Instant::now();
    let mut rows: Vec<AccountRow> = s
        .analysis
        .accounts
        .iter()
        .enumerate()
        .map(|(i, v)| AccountRow {
            account_id: v.account_id.clone(),
            name: v.name.clone(),
            owner: v.owner.clone(),
            industry: v.industry.clone(),
            region: v.region.clone(),
            health: v.health.score,
            band: v.health.band,
            health_change: v.health_before.zip(v.health.score).map(|(b, s)| i32::from(s) - i32::from(b)),
            arr: v.arr,
            stage: v.lifecycle.stage.clone(),
            breadth: v.usage.breadth,
            usage_change: v.usage.mom_change,
            monthly_active_users: v.usage.monthly_active_users,
            renewal: v.renewal.clone(),
            alerts: v.alerts.len() as u32,
            at_risk: v.at_risk(),
            needs_segment: s.needs.get(i).cloned(),
            value_tier: s.value.get(i).cloned(),
        })
        .collect();
    // Each name lowered once, not twice per comparison (20,000 rows: 600,000 strings).
    rows.sort_by_cached_key(|r| (r.name.to_lowercase(), r.account_id.clone()));
    let names: BTreeSet<&String> = s.needs.iter().chain(&s.value).collect();
    let segment_labels = names.into_iter().map(|n| (n.clone(), segments::label(n))).collect();
    tracing::debug!(elapsed = ?started.elapsed(), rows = rows.len(), "accounts");
    AccountList {
        as_of: s.as_of.to_string(),
        currency: s.analysis.revenue.currency.clone(),
        conversion: s.analysis.revenue.conversion.clone(),
        rows,
        segment_labels,
        version: s.id,
    }
}
