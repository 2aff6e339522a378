//! The full recompute: every account's usage, health, alerts, lifecycle and success plan,
//! plus the book's revenue, as of one day. This is what the app, the decks and
//! `waypoint health|alerts|metrics` read.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::alerts::{AccountSignals, Alert, AlertConfig, account_alerts};
use crate::book::{Book, Scope};
use crate::health::{HealthScore, Scorecard, score};
use crate::lifecycle::{Lifecycle, SuccessPlan, lifecycle, renewal_date, success_plan};
use crate::revenue::{RevenueSummary, major, mrr_on, summary};
use crate::usage::{AccountUsage, account_usage, customer_start};
use crate::splice::Kept;
use crate::Error;

/// "Falling health" compares with the score this many days earlier.
pub use crate::book::TREND_DAYS as HEALTH_TREND_DAYS;

/// Everything configurable about the metrics; missing fields keep their defaults.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub scorecard: Scorecard,
    pub alerts: AlertConfig,
}

impl Settings {
    pub fn from_json(text: &str) -> Result<Settings, Error> {
        let s: Settings = serde_json::from_str(text).map_err(|e| Error::Scorecard(Error::detail(e)))?;
        s.scorecard.validate()?;
        Ok(s)
    }
}

/// One account, fully assessed.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct AccountView {
    pub account_id: String,
    pub name: String,
    pub owner: Option<String>,
    pub industry: Option<String>,
    pub region: Option<String>,
    pub employees: Option<i64>,
    /// Custom columns from the accounts import, for rule segments and the UI.
    #[ts(type = "Record<string, unknown>")]
    pub attributes: std::sync::Arc<serde_json::Map<String, serde_json::Value>>,
    pub mrr: f64,
    pub arr: f64,
    pub customer_since: Option<String>,
    pub renewal: Option<String>,
    pub usage: AccountUsage,
    pub health: HealthScore,
    /// Health score 28 days earlier.
    pub health_before: Option<u8>,
    pub alerts: Vec<Alert>,
    pub lifecycle: Lifecycle,
    pub success_plan: SuccessPlan,
}

impl AccountView {
    /// **At risk**: a paying account whose health is red or that carries a high-severity
    /// alert (docs/METRICS.md). At-risk ARR is the ARR of these accounts.
    pub fn at_risk(&self) -> bool {
        self.arr > 0.0 && (self.health.band == crate::health::Band::Red || self.alerts.iter().any(|a| a.severity == crate::alerts::Severity::High))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Analysis {
    pub as_of: String,
    pub revenue: RevenueSummary,
    pub accounts: Vec<AccountView>,
}

impl Analysis {
    /// All alerts, most severe first, then by account.
    pub fn alerts(&self) -> Vec<&Alert> {
        let mut all: Vec<&Alert> = self.accounts.iter().flat_map(|a| &a.alerts).collect();
        all.sort_by(|a, b| a.severity.cmp(&b.severity).then_with(|| a.account_id.cmp(&b.account_id)));
        all
    }
}

/// Loads the book as of `as_of` and 28 days earlier and assesses every account in scope.
pub async fn analyze(ws: &store::Workspace, as_of: NaiveDate, scope: Scope<'_>, settings: &Settings) -> Result<Analysis, Error> {
    let (book, before) = Book::load_with_trend(ws, as_of, scope).await?;
    Ok(analyze_book(&book, Some(&before), settings))
}

/// Health scores only (one book, no trend): for snapshots of past days.
pub fn health_scores(book: &Book, card: &Scorecard) -> Vec<HealthScore> {
    per_account(book.accounts.len(), |a| score(book, a, &account_usage(book, a), card))
}

/// A book smaller than this is assessed on the calling thread: handing a few accounts to
/// rayon's threads costs more than it saves (an account's profile reads books of one account).
const PARALLEL_FROM: usize = 256;

/// `f` of every account, in order; on every core for a large book.
fn per_account<T: Send>(n: usize, f: impl Fn(usize) -> T + Sync + Send) -> Vec<T> {
    if n < PARALLEL_FROM { (0..n).map(f).collect() } else { (0..n).into_par_iter().map(f).collect() }
}

/// The pure part of [`analyze`]: `before` is the same book 28 days earlier (same accounts
/// in the same order), for the health trend. Accounts are assessed on every core: each reads
/// only its own rows of the book, and the results keep the book's order.
pub fn analyze_book(book: &Book, before: Option<&Book>, settings: &Settings) -> Analysis {
    let card = &settings.scorecard;
    let before_scores: HashMap<String, u8> = before
        .map(|b| health_scores(b, card).into_iter().filter_map(|h| Some((h.account_id, h.score?))).collect())
        .unwrap_or_default();
    let mrr = mrr_on(book, book.as_of);
    let accounts = per_account(book.accounts.len(), |a| {
        assess(book, a, before_scores.get(&book.accounts[a].external_id).copied(), mrr[a], settings)
    });
    Analysis { as_of: book.as_of.to_string(), revenue: summary(book, &|_| true), accounts }
}

/// [`analyze_book`] after [`Book::splice`]: the accounts the splice kept keep their assessment
/// from `previous` (the analysis of the book before the splice, same settings); the others are
/// assessed again and the book's revenue is summed again. Equal to `analyze_book` of the
/// spliced books, for the cost of the accounts that changed.
pub fn reanalyze(mut previous: Analysis, book: &Book, before: &Book, kept: &Kept, settings: &Settings) -> Analysis {
    debug_assert_eq!(kept.len(), book.accounts.len());
    let mut old: Vec<Option<AccountView>> = std::mem::take(&mut previous.accounts).into_iter().map(Some).collect();
    let mrr = mrr_on(book, book.as_of);
    let before_index: HashMap<&str, usize> =
        before.accounts.iter().enumerate().map(|(i, a)| (a.external_id.as_str(), i)).collect();
    let accounts = kept
        .iter()
        .enumerate()
        .map(|(a, k)| match k.and_then(|i| old.get_mut(i).and_then(Option::take)) {
            Some(view) => view,
            None => {
                let health_before = before_index.get(book.accounts[a].external_id.as_str()).and_then(|&b| {
                    score(before, b, &account_usage(before, b), &settings.scorecard).score
                });
                assess(book, a, health_before, mrr[a], settings)
            }
        })
        .collect();
    Analysis { as_of: book.as_of.to_string(), revenue: summary(book, &|_| true), accounts }
}

/// One account of the book, fully assessed; `mrr_cents` is its MRR on the as-of day.
fn assess(book: &Book, a: usize, health_before: Option<u8>, mrr_cents: i64, settings: &Settings) -> AccountView {
    let record = &book.accounts[a];
    let usage = account_usage(book, a);
    let health = score(book, a, &usage, &settings.scorecard);
    let start = customer_start(book, a);
    let renewal = renewal_date(book, a);
    let signals = AccountSignals { usage: &usage, health: &health, health_before, mrr_cents, customer_start: start, renewal };
    let alerts = account_alerts(book, a, &signals, &settings.alerts);
    let lifecycle = lifecycle(book, a, &signals, &alerts, &settings.alerts);
    AccountView {
        account_id: record.external_id.clone(),
        name: record.name.clone(),
        owner: record.owner.clone(),
        industry: record.industry.clone(),
        region: record.region.clone(),
        employees: record.employees,
        attributes: record.attributes.clone(),
        mrr: major(mrr_cents),
        arr: major(12 * mrr_cents),
        customer_since: start.map(|s| s.to_string()),
        renewal: renewal.map(|r| r.to_string()),
        success_plan: success_plan(book, a, start),
        usage,
        health,
        health_before,
        alerts,
        lifecycle,
    }
}

/// The last day with imported usage: the natural "now" of a workspace whose data stops
/// before today (a demo, or an export from last week).
pub async fn latest_data_day(ws: &store::Workspace) -> Result<Option<NaiveDate>, Error> {
    event_day(ws, "SELECT MAX(day) FROM event_days").await
}

/// The first day with imported usage: before it, no account can have a score.
pub async fn first_data_day(ws: &store::Workspace) -> Result<Option<NaiveDate>, Error> {
    event_day(ws, "SELECT MIN(day) FROM event_days").await
}

async fn event_day(ws: &store::Workspace, sql: &'static str) -> Result<Option<NaiveDate>, Error> {
    let day: Option<i64> = sqlx::query_scalar(sql).fetch_one(ws.pool()).await?;
    Ok(day.and_then(|d| NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_days(Days::new(u64::try_from(d).ok()?))))
}
