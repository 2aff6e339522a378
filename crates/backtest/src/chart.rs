//! The backtest as the chart draws it (ROC, churn per band, lead times), with its words in
//! the reader's language; the app, `waypoint chart backtest` and the portfolio deck share it.

use chrono::NaiveDate;
use i18n::{Formats, Lang, tr};

use crate::Backtest;

/// The chart of a backtest already run.
pub fn chart(r: &Backtest, lang: Lang) -> charts::BacktestChart {
    let f = Formats::of(lang);
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").map(|d| f.date(d)).unwrap_or_else(|_| s.to_string());
    let subtitle = tr!(
        lang,
        "chart-backtest-subtitle",
        days = r.evaluation_days.len() as i64,
        from = day(&r.from),
        to = day(&r.to),
        horizon = i64::from(r.horizon_days),
        evaluations = r.figures.evaluations as i64,
        churned = r.figures.churned_accounts as i64
    );
    let bands = r
        .figures
        .bands
        .iter()
        .map(|b| charts::BandBar { label: i18n::text(lang, &format!("chart-health-band-{}", b.band.as_str())), evaluations: b.accounts, churned: b.churned })
        .collect();
    charts::BacktestChart {
        title: tr!(lang, "chart-backtest-title"),
        subtitle,
        roc: r.roc.clone(),
        auc: r.figures.auc,
        bands,
        lead_days: r.lead_days.clone(),
        never_red: r.churned_never_red,
        horizon_days: r.horizon_days,
    }
}
