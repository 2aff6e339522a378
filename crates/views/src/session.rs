//! An open workspace with the analysis every screen reads, computed once and kept until the data
//! changes. A full analysis of a large book takes a few hundred milliseconds while a view switch
//! must take under a hundred, so screens read this snapshot instead of recomputing. Every write
//! to data the analysis reads says so: [`Session::changed_accounts`] when it touched known
//! accounts (a milestone ticked, a tickets file), [`Session::changed`] when it may have touched
//! anything (the demo, a currency setting, an events import that moves the book's day).
//!
//! After a change of some accounts the snapshot is refreshed, not recomputed: those accounts
//! are read again and spliced into the kept books ([`metrics::Book::splice`]), only they are
//! assessed again, the portfolio's revenue is summed again, and their needs segment is the
//! nearest of the fitted ones. After settings change, the book is read and analysed again
//! (the kept books hold only revenue: [`metrics::Book::keep_revenue_only`]; the analysis is
//! what the screens read, and keeping every usage, ticket and NPS row of two books for a rare
//! settings change cost a 20,000-account book some 300 MB for as long as the app is open).
//! Either way the result is what a full recompute gives (tested),
//! except the needs segments, which are re-fitted only when
//! [`segments::saved_fit::REFIT_SHARE`] of the book has changed since their fit, or on demand
//! ([`Session::refit_segments`]): k-means over the whole
//! book moves every boundary a little, and a CSM's segments should not reshuffle because one
//! account's tickets were imported. The fit is kept in the workspace
//! ([`segments::saved_fit`]), so the next unlock assigns each account to it instead of fitting
//! again, unless more than that share of the accounts now sit in another segment than the fit
//! gave them (or are new). Tasks, touchpoints and playbooks are not in the snapshot:
//! views read them fresh.

use std::collections::{BTreeSet, VecDeque};
use std::sync::Arc;

use chrono::NaiveDate;
use metrics::{Analysis, Book, Scope};
use segments::needs::NeedsModel;
use tokio::sync::Mutex;

use crate::{Config, Error};

/// How a snapshot was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The whole book read from the store and analysed.
    Read,
    /// Analysed again with new settings (the book read again), or its segments re-fitted.
    Reanalysed,
    /// These many accounts read again and spliced into the previous snapshot's books.
    Refreshed { accounts: usize },
}

/// Numbers the snapshots of this process, so that a screen can tell whether what it shows is
/// of the current one.
static SNAPSHOT_IDS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// The book as of one day, analysed, with what the screens derive from it.
#[derive(Clone)]
pub struct Snapshot {
    /// Different for every snapshot this process makes (settings, data or workspace changed).
    pub id: u32,
    pub as_of: NaiveDate,
    /// The book's revenue rows ([`metrics::Book::keep_revenue_only`]): what the screens sum
    /// again, and what a refresh splices the accounts it read again into.
    pub book: Book,
    /// The same [`metrics::book::TREND_DAYS`] earlier, for the "before" of every trend.
    pub before: Book,
    /// The book's revenue on that day.
    pub before_revenue: metrics::revenue::RevenueSummary,
    pub analysis: Analysis,
    /// Each account's needs segment and value tier, in `analysis.accounts` order.
    pub needs: Vec<String>,
    pub value: Vec<String>,
    /// The fitted needs segments (`None` for an empty book), which changed accounts join.
    pub needs_model: Option<NeedsModel>,
    /// Accounts assigned to the fitted segments since the fit, not fitted with them.
    pub assigned_since_fit: usize,
    /// The needs segments were fitted for this snapshot (so they are kept in the workspace).
    pub needs_fitted: bool,
    /// The day of the book they were fitted on.
    pub needs_fitted_on: Option<NaiveDate>,
    pub origin: Origin,
    /// The whole book's NRR and GRR by month end for the home's chart (`months`, points),
    /// computed on the home's first call: the book's revenue history is read for each month
    /// end, 0.1-0.2 s at 20,000 accounts, and the snapshot does not change under it.
    pub(crate) home_trend: std::sync::OnceLock<(u32, Vec<metrics::revenue::RetentionPoint>)>,
}

/// A snapshot, the data generation it is of, and whether it was computed with this session's
/// settings (a session made by [`Session::with_config`] starts from its parent's).
struct Cached {
    generation: u64,
    snapshot: Arc<Snapshot>,
    current: bool,
    /// Its needs segments were fitted with this session's needs settings.
    same_needs: bool,
}

/// The data changes since some generation, shared by every session over one workspace.
#[derive(Default)]
struct ChangeLog {
    generation: u64,
    /// The latest changes with their generations; `None` = anything may have changed.
    recent: VecDeque<(u64, Option<Vec<String>>)>,
}

impl ChangeLog {
    /// Enough for any refresh: a snapshot older than this many changes is recomputed.
    const KEEP: usize = 256;

    fn record(&mut self, accounts: Option<Vec<String>>) {
        self.generation += 1;
        self.recent.push_back((self.generation, accounts));
        if self.recent.len() > Self::KEEP {
            self.recent.pop_front();
        }
    }

    /// The accounts changed after generation `since`, or `None` when anything may have.
    fn since(&self, since: u64) -> Option<BTreeSet<String>> {
        if since == self.generation {
            return Some(BTreeSet::new());
        }
        if self.recent.front().is_none_or(|(g, _)| *g > since + 1) {
            return None;
        }
        let mut out = BTreeSet::new();
        for (_, accounts) in self.recent.iter().filter(|(g, _)| *g > since) {
            out.extend(accounts.as_ref()?.iter().cloned());
        }
        Some(out)
    }
}

/// The workspace the app has open, its settings and the cached snapshot.
pub struct Session {
    ws: store::Workspace,
    config: Config,
    /// Shared by every session made with [`Session::with_config`], so a write still finishing
    /// on a session that settings have since replaced (an import running while thresholds are
    /// saved) still reaches the new session's snapshot.
    log: Arc<std::sync::Mutex<ChangeLog>>,
    snapshot: Mutex<Option<Cached>>,
    /// Set by [`Session::refit_segments`]: the next snapshot fits the needs segments again.
    refit: std::sync::atomic::AtomicBool,
    /// A new needs fit being written to the workspace, in the background: the write may wait
    /// behind an import's transaction, and no screen should wait with it.
    /// Shared like `log`, so that closing waits for the writes of sessions it replaced.
    keeping: Arc<std::sync::Mutex<Option<tokio::task::JoinHandle<()>>>>,
}

impl Session {
    pub fn new(ws: store::Workspace, config: Config) -> Session {
        Session { ws, config, log: Arc::default(), snapshot: Mutex::new(None), refit: Default::default(), keeping: Default::default() }
    }

    pub fn workspace(&self) -> &store::Workspace {
        &self.ws
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// A new session over the same open workspace that computes with `config`, starting from
    /// this one's snapshot (its needs segments kept when the needs settings are the same; the
    /// book read and analysed again with `config` on first use), so saved settings take effect
    /// without a session's settings ever changing under a screen that is reading them. The workspace's connections are shared: drop the session this replaces,
    /// never `close` it.
    pub fn with_config(&self, config: Config) -> Session {
        // A snapshot being computed right now is not waited for: the new session then reads.
        let base = self.snapshot.try_lock().ok().and_then(|slot| {
            slot.as_ref().map(|c| Cached {
                generation: c.generation,
                snapshot: Arc::clone(&c.snapshot),
                current: false,
                same_needs: c.same_needs && self.config.segments.needs == config.segments.needs,
            })
        });
        Session {
            log: Arc::clone(&self.log),
            keeping: Arc::clone(&self.keeping),
            snapshot: Mutex::new(base),
            ..Session::new(self.ws.clone(), config)
        }
    }

    /// The current snapshot: computed on first use, refreshed after changes.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>, Error> {
        let mut slot = self.snapshot.lock().await;
        let refit = self.refit.swap(false, std::sync::atomic::Ordering::SeqCst);
        let (generation, changed) = {
            let log = self.log.lock().expect("change log");
            (log.generation, slot.as_ref().and_then(|c| log.since(c.generation)))
        };
        if let Some(c) = slot.as_ref()
            && c.generation == generation
            && c.current
            && !refit
        {
            return Ok(Arc::clone(&c.snapshot));
        }
        let started = std::time::Instant::now();
        let previous = slot.take();
        let refreshed = match (previous, changed) {
            (Some(c), Some(accounts)) => {
                refresh(&self.ws, &self.config, c.snapshot, accounts, Kind { same_settings: c.current, same_needs: c.same_needs, refit }).await?
            }
            _ => None,
        };
        let s = Arc::new(match refreshed {
            Some(s) => s,
            None => compute(&self.ws, &self.config, refit).await?,
        });
        if s.needs_fitted {
            self.keep_fit(&s);
        }
        tracing::debug!(elapsed = ?started.elapsed(), origin = ?s.origin, fitted = s.needs_fitted, "snapshot");
        // Data that changed while this was computing makes the next call refresh again.
        *slot = Some(Cached { generation, snapshot: Arc::clone(&s), current: true, same_needs: true });
        if matches!(s.origin, Origin::Read | Origin::Reanalysed) {
            crate::memory::release_free_memory();
        }
        Ok(s)
    }

    /// Writes the snapshot's new needs fit to the workspace in the background, for the next
    /// unlock ([`segments::saved_fit`]).
    fn keep_fit(&self, s: &Snapshot) {
        let Some(model) = &s.needs_model else { return };
        let Some(record) = segments::saved_fit::FitRecord::of(&self.config.segments.needs, model, &s.analysis.accounts, s.as_of) else {
            return;
        };
        let ws = self.ws.clone();
        let mut slot = self.keeping.lock().expect("keeping");
        // After the write before it, so that an older fit never lands last.
        let previous = slot.take();
        *slot = Some(tokio::spawn(async move {
            if let Some(previous) = previous {
                let _ = previous.await;
            }
            if let Err(e) = record.write(&ws).await {
                // Only the next unlock's time depends on it: it fits again.
                tracing::warn!(code = e.code(), "the needs segments could not be kept: {e}");
            }
        }));
    }

    /// Waits for the background work of this session's snapshots (the needs fit being kept).
    pub async fn settle(&self) {
        let task = self.keeping.lock().expect("keeping").take();
        if let Some(task) = task {
            let _ = task.await;
        }
    }

    /// Starts computing the snapshot in the background, so that the first screen, which
    /// always needs it, finds it ready or under way: its compute overlaps the window switching
    /// screens and asking. A failure is left for that screen's own call to report.
    pub fn prepare(self: &Arc<Session>) {
        let session = Arc::clone(self);
        tokio::spawn(async move {
            if let Err(e) = session.snapshot().await {
                tracing::debug!(code = e.code(), "snapshot prepared in the background failed: {e}");
            }
        });
    }

    /// After a write that may have changed anything the analysis reads: the next snapshot is
    /// computed from the store, in this session and in every one made from it.
    pub async fn changed(&self) {
        self.log.lock().expect("change log").record(None);
    }

    /// After a write that changed only these accounts (external ids): the next snapshot reads
    /// them again and keeps the rest.
    pub async fn changed_accounts(&self, accounts: Vec<String>) {
        self.log.lock().expect("change log").record(Some(accounts));
    }

    /// Fits the needs segments again on the whole book at the next snapshot.
    pub fn refit_segments(&self) {
        self.refit.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// Closes the workspace, letting its connections and the fit being kept finish.
    pub async fn close(self) {
        self.settle().await;
        self.ws.close().await;
    }
}

/// The day the book is read as of: the last day with data, else today (an empty workspace).
pub async fn as_of(ws: &store::Workspace) -> Result<NaiveDate, Error> {
    Ok(metrics::engine::latest_data_day(ws).await?.unwrap_or_else(|| chrono::Utc::now().date_naive()))
}

/// The whole book read and analysed; its needs segments are the kept fit's unless `refit`.
async fn compute(ws: &store::Workspace, config: &Config, refit: bool) -> Result<Snapshot, Error> {
    let as_of = as_of(ws).await?;
    let ((book, before), saved) = tokio::try_join!(
        async { Ok::<_, Error>(Book::load_with_trend(ws, as_of, Scope::All).await?) },
        async { Ok(segments::saved_fit::load(ws).await?) }
    )?;
    let analysis = metrics::analyze_book(&book, Some(&before), &config.metrics);
    let prior = saved.filter(|_| !refit).map_or(Prior::None, Prior::Saved);
    assemble(book, before, analysis, config, prior, Origin::Read)
}

/// The needs segments a snapshot starts from.
enum Prior<'a> {
    /// None: fit them.
    None,
    /// The previous snapshot's, for the accounts `kept`.
    Kept(Fitted, &'a metrics::splice::Kept),
    /// The workspace's kept fit.
    Saved(segments::saved_fit::SavedFit),
}

/// The needs segments of a snapshot, for the accounts a refresh keeps.
struct Fitted {
    needs: Vec<String>,
    model: Option<NeedsModel>,
    assigned_since_fit: usize,
    fitted_on: Option<NaiveDate>,
}

/// What a refresh starts from besides the changed accounts.
struct Kind {
    /// The previous snapshot was computed with this session's settings.
    same_settings: bool,
    /// Its needs segments were fitted with this session's needs settings, so they stay (the
    /// features they are fitted on, module mix and depth, depend on no other setting).
    same_needs: bool,
    /// The needs segments are to be fitted again.
    refit: bool,
}

/// `previous` brought up to date after `accounts` changed (none: only the settings did, or
/// the segments are to be fitted again), or `None` when only a full recompute is right (the
/// book's day moved, the modules or the currency changed).
async fn refresh(ws: &store::Workspace, config: &Config, previous: Arc<Snapshot>, accounts: BTreeSet<String>, kind: Kind) -> Result<Option<Snapshot>, Error> {
    // A refresh saves reading the accounts that did not change; with more than a quarter of a
    // large book changed there is little left to save, so read it all.
    let most = accounts.len() > 64 && accounts.len() * 4 > previous.book.accounts.len();
    if most || as_of(ws).await? != previous.as_of {
        return Ok(None);
    }
    if !kind.same_settings {
        return Ok(Some(reread(ws, config, previous, &accounts, kind.same_needs && !kind.refit).await?));
    }
    // Screens hold a snapshot only while they read it, so this is usually its last holder:
    // the books move into the new snapshot instead of being copied (and freed) row by row.
    let Snapshot { as_of, mut book, mut before, analysis, needs, needs_model, assigned_since_fit, needs_fitted_on, .. } =
        Arc::try_unwrap(previous).unwrap_or_else(|shared| Snapshot::clone(&shared));
    let fitted = Fitted { needs, model: needs_model, assigned_since_fit, fitted_on: needs_fitted_on };
    let origin = if accounts.is_empty() { Origin::Reanalysed } else { Origin::Refreshed { accounts: accounts.len() } };
    let mut kept = None;
    if !accounts.is_empty() {
        let ids: Vec<String> = accounts.into_iter().collect();
        let (part, part_before) = Book::load_with_trend(ws, as_of, Scope::Accounts(&ids)).await?;
        let Some(k) = book.splice_with_trend(&mut before, part, part_before) else { return Ok(None) };
        kept = Some(k);
    }
    // A refit fits on the analysis, which the same settings leave as it is: nothing is read.
    let (analysis, kept) = match kept {
        Some(kept) => (metrics::reanalyze(analysis, &book, &before, &kept, &config.metrics), kept),
        None => (analysis, (0..book.accounts.len()).map(Some).collect()),
    };
    let prior = if kind.refit { Prior::None } else { Prior::Kept(fitted, &kept) };
    Ok(Some(assemble(book, before, analysis, config, prior, origin)?))
}

/// `previous` analysed with new settings: the book read again (the kept books hold only
/// revenue), its needs segments kept for the accounts that did not change when they were
/// fitted with the same needs settings.
async fn reread(ws: &store::Workspace, config: &Config, previous: Arc<Snapshot>, changed: &BTreeSet<String>, same_needs: bool) -> Result<Snapshot, Error> {
    let (book, before) = Book::load_with_trend(ws, previous.as_of, Scope::All).await?;
    let analysis = metrics::analyze_book(&book, Some(&before), &config.metrics);
    let kept: metrics::splice::Kept = {
        let index: std::collections::HashMap<&str, usize> =
            previous.analysis.accounts.iter().enumerate().map(|(i, v)| (v.account_id.as_str(), i)).collect();
        book.accounts.iter().map(|a| if changed.contains(&a.external_id) { None } else { index.get(a.external_id.as_str()).copied() }).collect()
    };
    let prior = if same_needs {
        let p = &previous;
        Prior::Kept(Fitted { needs: p.needs.clone(), model: p.needs_model.clone(), assigned_since_fit: p.assigned_since_fit, fitted_on: p.needs_fitted_on }, &kept)
    } else {
        Prior::None
    };
    drop(previous);
    assemble(book, before, analysis, config, prior, Origin::Reanalysed)
}

/// The snapshot of an analysed book: its segments (the fitted ones for the accounts `kept`,
/// the nearest fitted one for the others; or the kept fit's; or fitted again) and the earlier
/// book's revenue.
fn assemble(mut book: Book, mut before: Book, analysis: Analysis, config: &Config, prior: Prior, origin: Origin) -> Result<Snapshot, Error> {
    let value = segments::segmentation::value_labels(&analysis, &config.segments.value)?;
    let n = analysis.accounts.len();
    let few = |moved: usize| segments::saved_fit::still_stands(moved, n);
    let assigned = match prior {
        Prior::None => None,
        Prior::Kept(mut p, kept) => {
            let moved = p.assigned_since_fit + kept.iter().filter(|k| k.is_none()).count();
            p.model.filter(|_| few(moved)).map(|model| {
                let needs = {
                    let nearest = model.nearest(&config.segments.needs);
                    kept.iter()
                        .enumerate()
                        .map(|(i, k)| match k {
                            Some(j) => std::mem::take(&mut p.needs[*j]),
                            None => model.name_of(nearest(&analysis.accounts[i])).to_string(),
                        })
                        .collect()
                };
                (needs, model, moved, p.fitted_on)
            })
        }
        Prior::Saved(saved) => saved
            .reuse(&analysis.accounts, &config.segments.needs)
            .filter(|r| few(r.moved))
            .map(|r| (r.labels, saved.model, r.moved, Some(saved.fitted_on))),
    };
    let needs_fitted = n > 0 && assigned.is_none();
    let (needs, needs_model, assigned_since_fit, needs_fitted_on) = match assigned {
        Some((needs, model, moved, on)) => (needs, Some(model), moved, on),
        None if n == 0 => (vec![], None, 0, None),
        None => {
            let (labels, model) = segments::segmentation::needs_labels(&analysis, &config.segments.needs)?;
            (labels, Some(model), 0, Some(book.as_of))
        }
    };
    let before_revenue = metrics::revenue::summary(&before, &|_| true);
    book.keep_revenue_only();
    before.keep_revenue_only();
    Ok(Snapshot {
        id: SNAPSHOT_IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        as_of: book.as_of,
        book,
        before,
        before_revenue,
        analysis,
        needs,
        value,
        needs_model,
        assigned_since_fit,
        needs_fitted,
        needs_fitted_on,
        origin,
        home_trend: Default::default(),
    })
}
