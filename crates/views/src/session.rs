//! An open workspace with the analysis every screen reads, computed once and kept until the data
//! changes. A full analysis of a large book takes a few hundred milliseconds while a view switch
//! must take under a hundred, so screens read this snapshot instead of recomputing; every write
//! to data the analysis reads (imports, the demo, milestones) goes through [`Session::changed`],
//! which drops it. Tasks, touchpoints and playbooks are not in it: views read them fresh.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;
use metrics::{Analysis, Book, Scope};
use tokio::sync::Mutex;

use crate::{Config, Error};

/// The book as of one day, analysed, with what the screens derive from it.
pub struct Snapshot {
    pub as_of: NaiveDate,
    pub book: Book,
    /// The day [`metrics::book::TREND_DAYS`] earlier: the "before" of every trend.
    pub before_as_of: NaiveDate,
    /// The book's revenue on that day. The earlier book itself is dropped once analysed (its
    /// trends are in `analysis`), so the app does not keep two books in memory.
    pub before_revenue: metrics::revenue::RevenueSummary,
    pub analysis: Analysis,
    /// Each account's needs segment and value tier, in `analysis.accounts` order.
    pub needs: Vec<String>,
    pub value: Vec<String>,
}

/// The workspace the app has open, its settings and the cached snapshot.
pub struct Session {
    ws: store::Workspace,
    config: Config,
    /// Counts data changes. Shared by every session made with [`Session::with_config`], so a
    /// write still finishing on a session that settings have since replaced (an import running
    /// while thresholds are saved) still makes the new session recompute.
    data: Arc<AtomicU64>,
    /// The snapshot and the data generation it was computed from.
    snapshot: Mutex<Option<(u64, Arc<Snapshot>)>>,
}

impl Session {
    pub fn new(ws: store::Workspace, config: Config) -> Session {
        Session { ws, config, data: Arc::default(), snapshot: Mutex::new(None) }
    }

    pub fn workspace(&self) -> &store::Workspace {
        &self.ws
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// A new session over the same open workspace that computes with `config`: its snapshot
    /// starts empty, so every screen recomputes (how saved settings take effect, since a
    /// session's settings never change under a screen that is reading them). The workspace's
    /// connections are shared: drop the session this replaces, never `close` it.
    pub fn with_config(&self, config: Config) -> Session {
        Session { data: Arc::clone(&self.data), ..Session::new(self.ws.clone(), config) }
    }

    /// The current snapshot, computed on first use after a change.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>, Error> {
        let mut slot = self.snapshot.lock().await;
        let generation = self.data.load(Ordering::SeqCst);
        if let Some((of, s)) = slot.as_ref() {
            if *of == generation {
                return Ok(Arc::clone(s));
            }
        }
        let s = Arc::new(compute(&self.ws, &self.config).await?);
        // Data that changed while this was computing makes the next call compute again.
        *slot = Some((generation, Arc::clone(&s)));
        crate::memory::release_free_memory();
        Ok(s)
    }

    /// Forgets the snapshot after the data changed (an import, a completed milestone...), in
    /// this session and in every one made from it with other settings.
    pub async fn changed(&self) {
        self.data.fetch_add(1, Ordering::SeqCst);
        *self.snapshot.lock().await = None;
    }

    /// Closes the workspace, letting its connections finish.
    pub async fn close(self) {
        self.ws.close().await;
    }
}

/// The day the book is read as of: the last day with data, else today (an empty workspace).
pub async fn as_of(ws: &store::Workspace) -> Result<NaiveDate, Error> {
    Ok(metrics::engine::latest_data_day(ws).await?.unwrap_or_else(|| chrono::Utc::now().date_naive()))
}

async fn compute(ws: &store::Workspace, config: &Config) -> Result<Snapshot, Error> {
    let as_of = as_of(ws).await?;
    let (book, before) = Book::load_with_trend(ws, as_of, Scope::All).await?;
    let analysis = metrics::analyze_book(&book, Some(&before), &config.metrics);
    let needs = if analysis.accounts.is_empty() {
        vec![]
    } else {
        segments::segmentation::needs_labels(&analysis, &config.segments.needs)?.0
    };
    let value = segments::segmentation::value_labels(&analysis, &config.segments.value)?;
    let before_revenue = metrics::revenue::summary(&before, &|_| true);
    Ok(Snapshot { as_of, book, before_as_of: before.as_of, before_revenue, analysis, needs, value })
}
