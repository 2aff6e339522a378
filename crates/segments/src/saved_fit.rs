//! The needs segments' last fit, kept in the workspace. Opening a workspace then assigns each
//! account to the kept segments (microseconds) instead of fitting k-means again (0.1 s at
//! 2,000 accounts, 0.3 s at 20,000), and a CSM's segments stay put from one day to the next
//! instead of every boundary moving a little with each day's data. Whoever keeps the fit
//! decides when the book has moved enough to fit again, from [`Reuse::moved`]: the accounts
//! that are not in the segment the fit put them in (new active ones included; an account
//! that went quiet has moved to "No recent activity").

use std::collections::HashMap;

use chrono::NaiveDate;
use metrics::AccountView;
use sqlx::Row;

use crate::Error;
use crate::needs::{NeedsConfig, NeedsModel, features};
use crate::segmentation::NeedsFit;

/// The share of the book's accounts that may sit in another segment than the fit gave them
/// (new active accounts included) before the segments are fitted again on the whole book.
pub const REFIT_SHARE: f64 = 0.10;

/// Whether a fit with `moved` of `accounts` no longer where it put them still stands.
pub fn still_stands(moved: usize, accounts: usize) -> bool {
    moved as f64 <= REFIT_SHARE * accounts as f64
}

/// A kept fit: the settings it was made with, the model, and where it put each account.
pub struct SavedFit {
    pub config: NeedsConfig,
    pub model: NeedsModel,
    pub fitted_on: NaiveDate,
    /// Account external id -> index in `model.clusters`; accounts without activity are absent.
    labels: HashMap<String, usize>,
}

/// A kept fit applied to today's book.
pub struct Reuse {
    /// Each account's segment, in the book's order.
    pub labels: Vec<String>,
    /// Accounts whose segment is not the one the fit gave them (an active account the fit did
    /// not see had none).
    pub moved: usize,
}

impl SavedFit {
    /// The fit's segments for `views`, or `None` when it cannot serve them: other settings,
    /// or other modules to cluster on.
    pub fn reuse(&self, views: &[AccountView], cfg: &NeedsConfig) -> Option<Reuse> {
        // A fit made before any account had activity has no segment to join.
        if self.model.clusters.is_empty() || self.config != *cfg || self.model.features != features(views) {
            return None;
        }
        let nearest = self.model.nearest(cfg);
        let mut moved = 0;
        let labels = views
            .iter()
            .map(|v| {
                let now = self.model.name_of(nearest(v));
                // By name: two segments of one name (depth alike) are one to the reader.
                let then = self.model.name_of(self.labels.get(v.account_id.as_str()).copied());
                moved += usize::from(now != then);
                now.to_string()
            })
            .collect();
        Some(Reuse { labels, moved })
    }
}

/// The needs segments of `analysis` as the app shows them: the kept fit's while it serves
/// these settings and still stands ([`REFIT_SHARE`]), else fitted on this book. A fit made
/// here is not kept: reading the book does not write to it, and k-means is seeded, so the
/// app fits the same book the same way (and keeps that fit) when it opens. Every command and
/// deck that names needs segments reads them here, so the CLI, decks and screens agree.
pub async fn needs_of(ws: &store::Workspace, analysis: &metrics::Analysis, cfg: &NeedsConfig) -> Result<NeedsFit, Error> {
    if let Some(saved) = load(ws).await? {
        if let Some(r) = saved.reuse(&analysis.accounts, cfg).filter(|r| still_stands(r.moved, analysis.accounts.len())) {
            return Ok(NeedsFit { labels: r.labels, model: saved.model, fitted_on: saved.fitted_on, kept: true, moved: r.moved });
        }
    }
    NeedsFit::fit(analysis, cfg)
}

/// The kept fit, if any (and if it still reads: one written by another version that does not
/// is ignored, and the next fit replaces it).
pub async fn load(ws: &store::Workspace) -> Result<Option<SavedFit>, Error> {
    let row = sqlx::query("SELECT config, model, labels, fitted_on FROM needs_fit WHERE id = 1").fetch_optional(ws.pool()).await?;
    let Some(row) = row else { return Ok(None) };
    let parsed = (|| {
        let config = serde_json::from_str(row.get::<&str, _>(0)).ok()?;
        let model: NeedsModel = serde_json::from_str(row.get::<&str, _>(1)).ok()?;
        let labels: HashMap<String, usize> = serde_json::from_str(row.get::<&str, _>(2)).ok()?;
        let fitted_on = row.get::<&str, _>(3).parse().ok()?;
        labels.values().all(|&c| c < model.clusters.len()).then_some(SavedFit { config, model, fitted_on, labels })
    })();
    if parsed.is_none() {
        tracing::warn!("the kept needs segments do not read; they will be fitted again");
    }
    Ok(parsed)
}

/// A fit ready to be kept: what [`FitRecord::write`] stores, made apart from the write so that
/// the write can wait (behind an import's transaction) without holding the analysis.
pub struct FitRecord {
    config: String,
    model: String,
    labels: String,
    day: String,
}

impl FitRecord {
    /// The record of `model`, fitted with `cfg` on `views` (in the order of its labels) as of
    /// `day`; `None` for a fit without segments (no account active yet), which is not kept.
    pub fn of(cfg: &NeedsConfig, model: &NeedsModel, views: &[AccountView], day: NaiveDate) -> Option<FitRecord> {
        if model.clusters.is_empty() {
            return None;
        }
        let index: HashMap<&str, usize> = model.clusters.iter().enumerate().map(|(i, c)| (c.name.as_str(), i)).collect();
        let labels: HashMap<&str, usize> = views
            .iter()
            .zip(&model.labels)
            .filter_map(|(v, l)| Some((v.account_id.as_str(), *index.get(l.as_str())?)))
            .collect();
        // Numbers and text, which JSON always writes.
        Some(FitRecord {
            config: serde_json::to_string(cfg).ok()?,
            model: serde_json::to_string(model).ok()?,
            labels: serde_json::to_string(&labels).ok()?,
            day: day.to_string(),
        })
    }

    /// Keeps it, replacing the kept fit.
    pub async fn write(&self, ws: &store::Workspace) -> Result<(), Error> {
        sqlx::query("INSERT OR REPLACE INTO needs_fit (id, config, model, labels, fitted_on) VALUES (1, ?, ?, ?, ?)")
            .bind(&self.config)
            .bind(&self.model)
            .bind(&self.labels)
            .bind(&self.day)
            .execute(ws.pool())
            .await?;
        Ok(())
    }
}
