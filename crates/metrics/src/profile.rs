//! One account's full profile: everything a CSM opens the account for, in one call.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::book::{Book, Scope};
use crate::dates::{month_end, month_label, months_before};
use crate::engine::{AccountView, Settings, analyze_book};
use crate::health::nps;
use crate::revenue::{major, mrr_on};
use crate::snapshots::{HealthPoint, history};
use crate::Error;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MonthValue {
    pub month: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct NpsComment {
    pub day: String,
    pub score: i64,
    pub comment: Option<String>,
}

/// NPS over the last 12 months and the latest responses.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct NpsSummary {
    pub nps: Option<f64>,
    pub responses: u32,
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
    pub latest: Vec<NpsComment>,
}

/// Support over the last 90 days.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SupportSummary {
    pub tickets_90d: u32,
    pub open: u32,
    pub urgent_or_high: u32,
    pub median_first_response_hours: Option<f64>,
    pub median_resolution_hours: Option<f64>,
    pub csat: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct AccountProfile {
    #[serde(flatten)]
    pub view: AccountView,
    /// The currency of the profile's amounts: the account's own when its subscriptions share
    /// one, else the reporting currency.
    pub currency: Option<String>,
    pub mrr_history: Vec<MonthValue>,
    pub nps: NpsSummary,
    pub support: SupportSummary,
    pub health_history: Vec<HealthPoint>,
}

/// Median of a list (mean of the middle two for an even count).
pub fn median(mut xs: Vec<f64>) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    Some(if n % 2 == 1 { xs[n / 2] } else { (xs[n / 2 - 1] + xs[n / 2]) / 2.0 })
}

pub async fn profile(ws: &store::Workspace, account: &str, as_of: NaiveDate, settings: &Settings) -> Result<AccountProfile, Error> {
    let (book, mut before) = Book::load_with_trend(ws, as_of, Scope::Account(account)).await?;
    let book = book.in_own_currency();
    before.currency = book.currency.clone();
    let view = analyze_book(&book, Some(&before), settings).accounts.remove(0);
    Ok(AccountProfile {
        view,
        currency: book.currency.clone(),
        mrr_history: mrr_history(&book, 0, 24),
        nps: nps_summary(&book, 0),
        support: support_summary(&book, 0),
        health_history: history(ws, account).await?,
    })
}

/// MRR at each of the last `months` month ends (the current month at the as-of day).
pub fn mrr_history(book: &Book, account: usize, months: u32) -> Vec<MonthValue> {
    (0..months)
        .rev()
        .map(|k| {
            let month = months_before(book.as_of, k);
            let day = month_end(month).min(book.as_of);
            MonthValue { month: month_label(month), value: major(mrr_on(book, day)[account]) }
        })
        .collect()
}

pub fn nps_summary(book: &Book, account: usize) -> NpsSummary {
    let year_ago = months_before(book.as_of, 12);
    let rs: Vec<_> = book.nps_of(account).iter().filter(|r| r.day > year_ago).collect();
    let mut latest: Vec<NpsComment> =
        rs.iter().map(|r| NpsComment { day: r.day.to_string(), score: r.score, comment: r.comment.clone() }).collect();
    latest.reverse();
    latest.truncate(5);
    NpsSummary {
        nps: nps(rs.iter().map(|r| r.score)),
        responses: rs.len() as u32,
        promoters: rs.iter().filter(|r| r.score >= 9).count() as u32,
        passives: rs.iter().filter(|r| (7..=8).contains(&r.score)).count() as u32,
        detractors: rs.iter().filter(|r| r.score <= 6).count() as u32,
        latest,
    }
}

pub fn support_summary(book: &Book, account: usize) -> SupportSummary {
    let since = book.as_of - Days::new(89);
    let ts: Vec<_> = book.tickets_of(account).iter().filter(|t| t.opened >= since).collect();
    let csat: Vec<f64> = ts.iter().filter_map(|t| t.csat).map(|c| c as f64).collect();
    SupportSummary {
        tickets_90d: ts.len() as u32,
        open: ts.iter().filter(|t| t.resolved.is_none()).count() as u32,
        urgent_or_high: ts.iter().filter(|t| matches!(t.priority.as_str(), "high" | "urgent")).count() as u32,
        median_first_response_hours: median(ts.iter().filter_map(|t| t.first_response_hours).collect()),
        median_resolution_hours: median(ts.iter().filter_map(|t| t.resolution_hours).collect()),
        csat: (!csat.is_empty()).then(|| csat.iter().sum::<f64>() / csat.len() as f64),
    }
}
