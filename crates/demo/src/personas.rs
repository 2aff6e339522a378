//! What each demo customer bought the product for. Real books mix a few distinct jobs (run
//! operations, get insights, feed a data platform, use everything, just look at dashboards),
//! and needs segmentation exists to find them; a demo where everyone uses the product the
//! same way would leave it nothing to find. The need is planted here and never written to
//! the files: the segments must rediscover it from usage alone.

use rand::Rng;

use crate::catalog;
use crate::rng::{self, Stream};

/// Catalog positions beyond the ones catalog.rs names.
const ALERTING: usize = 4;
const REPORTING: usize = 5;
const INTEGRATIONS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Keeps systems running: monitoring and alerting.
    Operations,
    /// Answers business questions: analysis and reporting on dashboards.
    Insights,
    /// Moves data: collection and integrations.
    DataPlatform,
    /// Uses the whole platform evenly.
    Broad,
    /// Only looks at dashboards.
    Dashboards,
}

impl Need {
    pub fn as_str(self) -> &'static str {
        match self {
            Need::Operations => "operations",
            Need::Insights => "insights",
            Need::DataPlatform => "data_platform",
            Need::Broad => "broad",
            Need::Dashboards => "dashboards",
        }
    }

    /// Drawn from its own stream so the other streams' draws stay as they were.
    pub fn draw(seed: u64, idx: usize) -> Need {
        let mut r = rng::rng_for(seed, idx, Stream::Needs);
        match r.random::<f64>() {
            x if x < 0.30 => Need::Operations,
            x if x < 0.55 => Need::Insights,
            x if x < 0.72 => Need::DataPlatform,
            x if x < 0.85 => Need::Broad,
            _ => Need::Dashboards,
        }
    }

    /// Modules the customer licenses and adopts for this need (within the catalog size).
    pub fn key_modules(self, n_modules: usize) -> Vec<usize> {
        let keys: &[usize] = match self {
            Need::Operations => &[catalog::MONITORING, ALERTING],
            Need::Insights => &[catalog::ANALYSIS, REPORTING, catalog::VISUALIZATION],
            Need::DataPlatform => &[catalog::DATA_COLLECTION, INTEGRATIONS],
            Need::Broad => &[catalog::DATA_COLLECTION, catalog::MONITORING, catalog::VISUALIZATION, catalog::ANALYSIS, ALERTING],
            Need::Dashboards => &[catalog::VISUALIZATION],
        };
        keys.iter().copied().filter(|&m| m < n_modules).collect()
    }

    /// How much of the account's activity a module gets, relative to the base weight.
    pub fn weight_factor(self, module: usize) -> f64 {
        match (self, module) {
            (Need::Operations, catalog::MONITORING) => 3.0,
            (Need::Operations, ALERTING) => 2.5,
            (Need::Operations, catalog::VISUALIZATION) => 0.5,
            (Need::Insights, catalog::ANALYSIS) => 3.0,
            (Need::Insights, REPORTING) => 2.0,
            (Need::Insights, catalog::MONITORING) => 0.3,
            (Need::DataPlatform, catalog::DATA_COLLECTION) => 3.5,
            (Need::DataPlatform, INTEGRATIONS) => 2.5,
            (Need::DataPlatform, catalog::MONITORING | catalog::VISUALIZATION) => 0.4,
            (Need::Dashboards, catalog::VISUALIZATION) => 3.0,
            (Need::Dashboards, _) => 0.15,
            _ => 1.0,
        }
    }

    /// Broad users adopt nearly everything they license; the rest as health allows.
    pub fn adopts_everything(self) -> bool {
        self == Need::Broad
    }
}
