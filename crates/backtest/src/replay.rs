//! The replay: the score on each evaluation day from the data that existed that day, and what
//! followed. The report ([`crate::report`]) and tuning ([`crate::tune`]) both read it.
//!
//! For each evaluation day (month ends by default) the book is loaded as of that day (the
//! loader sees nothing dated later) and scored by the same `metrics` code that scores today;
//! every account paying on that day is one evaluation. Its outcome over the horizon is read
//! from the latest book ([`crate::outcome`]).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Days, NaiveDate};
use i18n::{Arg, Text};
use metrics::health::{Band, HealthScore};
use metrics::{Book, Scope};

use crate::outcome::{Outcome, outcome};
use crate::report::{GroupBy, Options};
use crate::Error;

pub(crate) struct Evaluation {
    pub day: NaiveDate,
    /// The account's index in the latest book.
    pub account: usize,
    pub score: u8,
    pub band: Band,
    pub outcome: Outcome,
    pub churn_day: Option<NaiveDate>,
    pub group: Option<String>,
    /// Each factor's value mapped to [0, 1], in [`metrics::health::FACTORS`] order; `None`
    /// where the factor had no data that day.
    pub factors: [Option<f64>; 8],
}

pub(crate) struct Replay {
    pub latest: Book,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: Vec<NaiveDate>,
    pub evals: Vec<Evaluation>,
    /// Paying accounts without a score on an evaluation day, summed over the days.
    pub no_data: usize,
    /// The full score of each evaluation that was green and churned (kept only when asked):
    /// the drivers of the misses.
    pub green_scores: HashMap<(usize, NaiveDate), HealthScore>,
}

/// Month ends from `from` to `to`, every `every` months.
pub(crate) fn month_ends(from: NaiveDate, to: NaiveDate, every: u32) -> Vec<NaiveDate> {
    let mut out = vec![];
    let mut d = metrics::dates::month_end(from);
    while d <= to {
        out.push(d);
        let next = d.checked_add_months(chrono::Months::new(every.max(1))).map(metrics::dates::month_end);
        match next {
            Some(n) => d = n,
            None => break,
        }
    }
    out
}

/// The first month end a score can be replayed on: two months after the first subscription
/// and one after the first day of usage (a score needs a month before).
pub(crate) async fn earliest_day(ws: &store::Workspace, latest: &Book) -> Result<NaiveDate, Error> {
    let first = latest.subscriptions.iter().map(|s| s.start).min().ok_or_else(|| Error::Input(Text::new("backtest-no-subscriptions")))?;
    let after = |d: NaiveDate, months: u32| metrics::dates::month_end(d.checked_add_months(chrono::Months::new(months)).unwrap_or(d));
    // A score needs a month of usage before it: no earlier day could score anyone.
    let usage = metrics::engine::first_data_day(ws).await?.ok_or_else(|| Error::Input(Text::new("backtest-no-data")))?;
    Ok(after(first, 2).max(after(usage, 1)))
}

/// The default window: the 24 month ends whose horizon the history covers, starting no
/// earlier than `earliest` ([`earliest_day`]).
pub(crate) fn window(earliest: NaiveDate, data_end: NaiveDate, o: &Options) -> Result<(NaiveDate, NaiveDate), Error> {
    let last_usable = data_end - Days::new(u64::from(o.horizon));
    let to = o.to.unwrap_or_else(|| {
        let end = metrics::dates::month_end(last_usable);
        if end > last_usable { metrics::dates::month_end(metrics::dates::months_before(end, 1)) } else { end }
    });
    let from = o.from.unwrap_or_else(|| earliest.max(metrics::dates::months_before(to, 23 * o.every_months.max(1))));
    if to > last_usable {
        return Err(Error::Input(
            Text::new("backtest-to-too-late").arg("to", Arg::Day(to.to_string())).arg("horizon", Arg::Int(i64::from(o.horizon))).arg("end", Arg::Day(data_end.to_string())),
        ));
    }
    if from > to {
        return Err(Error::Input(Text::new("backtest-no-days").arg("from", Arg::Day(from.to_string())).arg("to", Arg::Day(to.to_string()))));
    }
    Ok((from, to))
}

/// What turns a day's scores into evaluations: the latest book (outcomes) and the options.
struct Judge {
    latest: Book,
    /// Account index in `latest` by external id.
    index: HashMap<String, usize>,
    settings: metrics::Settings,
    segments: segments::SegmentSettings,
    by: Option<GroupBy>,
    horizon: u32,
    contraction: f64,
    keep_misses: bool,
}

/// One evaluation day's evaluations, and what was set aside.
#[derive(Default)]
struct Judged {
    evals: Vec<Evaluation>,
    no_data: usize,
    green_scores: Vec<((usize, NaiveDate), HealthScore)>,
}

impl Judge {
    /// Scores one day's book (read as of that day: nothing dated later) and judges every
    /// account paying that day against what followed.
    fn judge(&self, book: &Book, out: &mut Judged) -> Result<(), Error> {
        let day = book.as_of;
        // Health and MRR are all a plain replay needs; segments need the full analysis.
        let groups: Option<Vec<String>> = match self.by {
            None => None,
            Some(GroupBy::Owner) => Some(book.accounts.iter().map(|a| a.owner.clone().unwrap_or_default()).collect()),
            Some(by) => {
                let analysis = metrics::analyze_book(book, None, &self.settings);
                Some(match by {
                    GroupBy::Value => segments::segmentation::value_labels(&analysis, &self.segments.value)?,
                    _ => segments::segmentation::needs_labels(&analysis, &self.segments.needs)?.0,
                })
            }
        };
        let mrr = metrics::revenue::mrr_on(book, day);
        let scores = metrics::engine::health_scores(book, &self.settings.scorecard);
        for (i, health) in scores.into_iter().enumerate() {
            let Some(&account) = self.index.get(book.accounts[i].external_id.as_str()) else { continue };
            if mrr[i] <= 0 {
                continue;
            }
            // No score yet (no usage on record): nothing to test, counted apart.
            let Some(score) = health.score else {
                out.no_data += 1;
                continue;
            };
            let (result, churn_day) = outcome(&self.latest, account, day, self.horizon, self.contraction);
            let mut factors = [None; 8];
            for (slot, key) in factors.iter_mut().zip(metrics::health::FACTORS) {
                *slot = health.components.iter().find(|c| c.key == key).and_then(|c| c.normalized);
            }
            let band = health.band;
            if self.keep_misses && result == Outcome::Churned && band == Band::Green {
                out.green_scores.push(((account, day), health));
            }
            out.evals.push(Evaluation { day, account, score, band, outcome: result, churn_day, group: groups.as_ref().map(|g| g[i].clone()), factors });
        }
        Ok(())
    }
}

/// At most this many days are read in one pass: their books come from one read of the rows
/// their windows cover (`Book::load_days`), so consecutive month ends share the quarter of
/// usage they overlap on (twelve month ends read fifteen months of usage, against
/// thirty-six read one day at a time), and the pass holds their weekly cells (about 45 MB at
/// 2,000 accounts and 8 modules). The books are assembled and scored one at a time.
const DAYS_PER_READ: usize = 12;
/// Reads run at once: the reads are CPU-bound (page decryption, row decoding), so one per
/// core of the machines we target.
const READS_AT_ONCE: usize = 2;

async fn judge_run(ws: store::Workspace, days: Vec<NaiveDate>, judge: Arc<Judge>) -> Result<Judged, Error> {
    let mut out = Judged::default();
    for book in Book::load_days(&ws, &days, Scope::All).await? {
        judge.judge(&book?, &mut out)?;
    }
    Ok(out)
}

/// Judges every day, in runs of up to [`DAYS_PER_READ`], [`READS_AT_ONCE`] runs at a time; the
/// evaluations come out in day order.
async fn judge_days(ws: &store::Workspace, days: &[NaiveDate], judge: &Arc<Judge>) -> Result<Judged, Error> {
    // As few reads as the cap allows, and at least one per core.
    let per_read = days.len().div_ceil(READS_AT_ONCE).clamp(1, DAYS_PER_READ);
    let runs: Vec<Vec<NaiveDate>> = days.chunks(per_read).map(<[NaiveDate]>::to_vec).collect();
    let mut out: Vec<Option<Judged>> = (0..runs.len()).map(|_| None).collect();
    let mut running = tokio::task::JoinSet::new();
    let mut next = 0;
    while next < runs.len() || !running.is_empty() {
        while next < runs.len() && running.len() < READS_AT_ONCE {
            let (ws, run, judge) = (ws.clone(), runs[next].clone(), judge.clone());
            let i = next;
            running.spawn(async move { (i, judge_run(ws, run, judge).await) });
            next += 1;
        }
        if let Some(done) = running.join_next().await {
            let (i, judged) = done.map_err(|e| Error::Input(Text::new("backtest-task-failed").arg("detail", Arg::Str(e.to_string()))))?;
            out[i] = Some(judged?);
        }
    }
    let mut all = Judged::default();
    for run in out.into_iter().flatten() {
        all.evals.extend(run.evals);
        all.no_data += run.no_data;
        all.green_scores.extend(run.green_scores);
    }
    Ok(all)
}

/// Replays the score over the evaluation days of `o`; `keep_misses` keeps the full score of
/// green evaluations that churned.
pub(crate) async fn replay(
    ws: &store::Workspace,
    settings: &metrics::Settings,
    segments: &segments::SegmentSettings,
    o: &Options,
    keep_misses: bool,
) -> Result<Replay, Error> {
    let data_end = metrics::engine::latest_data_day(ws).await?.ok_or_else(|| Error::Input(Text::new("backtest-no-data")))?;
    let latest = Book::load(ws, data_end, Scope::All).await?;
    let (from, to) = window(earliest_day(ws, &latest).await?, data_end, o)?;
    let index = latest.accounts.iter().enumerate().map(|(i, a)| (a.external_id.clone(), i)).collect();
    let days = month_ends(from, to, o.every_months);
    let judge = Arc::new(Judge {
        latest,
        index,
        settings: settings.clone(),
        segments: segments.clone(),
        by: o.by,
        horizon: o.horizon,
        contraction: o.contraction,
        keep_misses,
    });
    let Judged { evals, no_data, green_scores } = judge_days(ws, &days, &judge).await?;
    let latest = Arc::into_inner(judge).expect("every run has finished").latest;
    Ok(Replay { latest, from, to, days, evals, no_data, green_scores: green_scores.into_iter().collect() })
}

/// Each evaluation as a scored case (its risk and whether it is a positive), its account
/// numbered densely from 0: the bootstrap resamples accounts by that number.
pub(crate) fn cases(evals: &[&Evaluation], risk: impl Fn(&Evaluation) -> f64, positive: impl Fn(&Evaluation) -> bool) -> Vec<crate::stats::Case> {
    let mut dense: HashMap<usize, usize> = HashMap::new();
    evals
        .iter()
        .map(|e| {
            let next = dense.len();
            let cluster = *dense.entry(e.account).or_insert(next);
            crate::stats::Case { risk: risk(e), positive: positive(e), cluster }
        })
        .collect()
}
