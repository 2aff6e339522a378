//! The portfolio home: how the book is doing and what needs the CSM today.

use chrono::{Days, Months, NaiveDate};
use metrics::alerts::Alert;
use metrics::health::Band;
use serde::Serialize;

use crate::{Error, Session, Theme};

/// A number now and [`metrics::book::TREND_DAYS`] days before, so the UI can show the change.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Trend {
    pub now: Option<f64>,
    pub before: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BandCount {
    pub band: Band,
    pub accounts: u32,
    pub arr: f64,
}

/// A paying account renewing within [`RENEWAL_DAYS`].
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Renewal {
    pub account_id: String,
    pub name: String,
    pub owner: Option<String>,
    pub renewal: String,
    pub days_left: i64,
    pub arr: f64,
    /// `None` when there is not enough data to score (band `no_data`).
    pub health: Option<u8>,
    pub band: Band,
    pub at_risk: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Home {
    pub as_of: String,
    /// The day trends compare with.
    pub before: String,
    pub currency: Option<String>,
    /// How amounts in other currencies were converted to `currency` (reporting currency and
    /// rate basis), for the screen to state next to them; absent in a one-currency book.
    pub conversion: Option<metrics::fx::Conversion>,
    pub paying_accounts: u32,
    pub arr: Trend,
    pub nrr: Trend,
    pub grr: Trend,
    pub logo_churn: Trend,
    /// ARR of at-risk accounts (red health or a high-severity alert; docs/METRICS.md).
    pub at_risk_arr: f64,
    pub at_risk_accounts: u32,
    /// Paying accounts by health band, green first.
    pub health: Vec<BandCount>,
    /// The most pressing alerts, high severity and newest first, at most [`ALERTS_SHOWN`].
    pub alerts: Vec<Alert>,
    pub alerts_total: u32,
    /// Renewals in the next [`RENEWAL_DAYS`] days, soonest first.
    pub renewals: Vec<Renewal>,
    /// Open tasks, overdue first, at most [`TASKS_SHOWN`].
    pub tasks: Vec<playbooks::Task>,
    pub tasks_total: u32,
    /// MRR movements and NRR/GRR of the last 12 months, as SVG.
    pub mrr_chart: String,
}

pub const RENEWAL_DAYS: i64 = 90;
pub const ALERTS_SHOWN: usize = 12;
pub const TASKS_SHOWN: usize = 10;

pub async fn home(session: &Session, theme: Theme, lang: i18n::Lang) -> Result<Home, Error> {
    let started = std::time::Instant::now();
    let s = session.snapshot().await?;
    let snapshot = started.elapsed();
    let now = &s.analysis.revenue;
    let before = &s.before_revenue;
    let trend = |a: Option<f64>, b: Option<f64>| Trend { now: a, before: b };
    let paying: Vec<&metrics::AccountView> = s.analysis.accounts.iter().filter(|v| v.arr > 0.0).collect();

    // Accounts without a score yet get their own bar, only when there are some.
    let health = [Band::Green, Band::Yellow, Band::Red, Band::NoData]
        .into_iter()
        .map(|band| {
            let of: Vec<_> = paying.iter().filter(|v| v.health.band == band).collect();
            BandCount { band, accounts: of.len() as u32, arr: of.iter().map(|v| v.arr).sum() }
        })
        .filter(|b| b.band != Band::NoData || b.accounts > 0)
        .collect();
    let at_risk: Vec<_> = paying.iter().filter(|v| v.at_risk()).collect();

    // Only the shown alerts and tasks are copied or read: a 20,000-account book has about as
    // many alerts and thousands of open tasks.
    // Most severe, newest, by account name; ties by account id, then each account's own order.
    let mut alerts: Vec<(usize, &Alert)> = s.analysis.accounts.iter().flat_map(|a| &a.alerts).enumerate().collect();
    let alerts_total = alerts.len() as u32;
    let by_urgency = |(i, a): &(usize, &Alert), (j, b): &(usize, &Alert)| {
        a.severity.cmp(&b.severity).then(b.since.cmp(&a.since)).then(a.account_name.cmp(&b.account_name)).then(a.account_id.cmp(&b.account_id)).then(i.cmp(j))
    };
    if alerts.len() > ALERTS_SHOWN {
        alerts.select_nth_unstable_by(ALERTS_SHOWN, by_urgency);
        alerts.truncate(ALERTS_SHOWN);
    }
    alerts.sort_unstable_by(by_urgency);
    let alerts: Vec<Alert> = alerts.into_iter().map(|(_, a)| a.clone()).collect();

    let open = playbooks::Filter { limit: Some(TASKS_SHOWN as u32), ..Default::default() };
    let tasks = playbooks::tasks::list(session.workspace(), &open, s.as_of).await?;
    let tasks_total = playbooks::tasks::count(session.workspace(), &open).await?;

    let from = s.as_of.checked_sub_months(Months::new(11)).unwrap_or(s.as_of);
    let chart = crate::chart_data::mrr_of_all(lang, &s, &i18n::text(lang, "chart-all-accounts"), from);
    let mrr_chart = charts::to_svg(&chart, &charts::Canvas::svg(theme.into(), lang))?;
    // The wait for the snapshot apart: on the first screen it is the unlock's analysis.
    tracing::debug!(?snapshot, total = ?started.elapsed(), "home");
    Ok(Home {
        as_of: s.as_of.to_string(),
        before: s.before.as_of.to_string(),
        currency: now.currency.clone(),
        conversion: now.conversion.clone(),
        paying_accounts: paying.len() as u32,
        arr: trend(Some(now.arr), Some(before.arr)),
        nrr: trend(now.nrr, before.nrr),
        grr: trend(now.grr, before.grr),
        logo_churn: trend(now.logo_churn, before.logo_churn),
        at_risk_arr: at_risk.iter().map(|v| v.arr).sum(),
        at_risk_accounts: at_risk.len() as u32,
        health,
        alerts,
        alerts_total,
        renewals: renewals(&paying, s.as_of),
        tasks,
        tasks_total,
        mrr_chart,
    })
}

fn renewals(paying: &[&metrics::AccountView], as_of: NaiveDate) -> Vec<Renewal> {
    let until = as_of + Days::new(RENEWAL_DAYS as u64);
    let mut out: Vec<Renewal> = paying
        .iter()
        .filter_map(|v| {
            let day = NaiveDate::parse_from_str(v.renewal.as_deref()?, "%Y-%m-%d").ok()?;
            (day >= as_of && day <= until).then(|| Renewal {
                account_id: v.account_id.clone(),
                name: v.name.clone(),
                owner: v.owner.clone(),
                renewal: day.to_string(),
                days_left: (day - as_of).num_days(),
                arr: v.arr,
                health: v.health.score,
                band: v.health.band,
                at_risk: v.at_risk(),
            })
        })
        .collect();
    out.sort_by(|a, b| a.renewal.cmp(&b.renewal).then(b.arr.total_cmp(&a.arr)));
    out
}
