//! Which segment each account belongs to, for retention by segment.
//!
//! Today's segmentation cannot be used as is: a churned account has no usage and no ARR
//! today, so it would land in "No recent activity" or "No ARR", every churn would sit in that
//! one bucket and every real segment would look churn-free. A churned account is therefore
//! placed where it stood on its last day as a customer: its value tier by the ARR it paid
//! then, its needs segment by the cluster nearest to its usage mix over its last 13 weeks.

use metrics::{Book, Scope, Settings};
use segments::SegmentSettings;
use segments::needs::INACTIVE;
use segments::value::NO_ARR;

use crate::Error;
use crate::history::tenures;

/// Segmentations retention can group by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    Needs,
    Value,
}

/// One label per account of `book` (in book order). `before` is the book 28 days earlier,
/// for the usage trend the analysis needs.
pub async fn segment_labels(
    ws: &store::Workspace,
    book: &Book,
    before: &Book,
    kind: SegmentKind,
    metrics: &Settings,
    settings: &SegmentSettings,
) -> Result<Vec<String>, Error> {
    let analysis = metrics::analyze_book(book, Some(before), metrics);
    let (mut labels, model) = match kind {
        SegmentKind::Needs => {
            let fit = segments::saved_fit::needs_of(ws, &analysis, &settings.needs).await?;
            (fit.labels, Some(fit.model))
        }
        SegmentKind::Value => (segments::segmentation::value_labels(&analysis, &settings.value)?, None),
    };
    for t in tenures(book) {
        let Some(end) = t.churned else { continue };
        let Some(last_day) = end.pred_opt() else { continue };
        labels[t.account] = match &model {
            None => {
                let mrr = metrics::revenue::account_mrr_on(book, t.account, last_day);
                if mrr > 0 { settings.value.tier_of(12.0 * mrr as f64 / 100.0).to_string() } else { NO_ARR.to_string() }
            }
            Some(model) => {
                let id = &book.accounts[t.account].external_id;
                let (then, then_before) = Book::load_with_trend(ws, last_day, Scope::Account(id)).await?;
                let view = metrics::analyze_book(&then, Some(&then_before), metrics).accounts.into_iter().next();
                view.and_then(|v| model.assign(&v, &settings.needs).map(str::to_string)).unwrap_or_else(|| INACTIVE.to_string())
            }
        };
    }
    Ok(labels)
}
