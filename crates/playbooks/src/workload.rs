//! CSM workload and capacity.
//!
//! Capacity uses coverage ratios: how many accounts of a value tier one CSM can carry (a
//! strategic account needs far more time than a starter one). An account of tier t costs
//! 1 / ratio(t) of a CSM, so any segment, needs or value, needs Σ 1 / ratio over its
//! paying accounts. Accounts with no ARR cost nothing: they are in renewal or win-back hands.

use std::collections::BTreeMap;

use metrics::Analysis;
use serde::{Deserialize, Serialize};

use crate::tasks::Task;

/// Accounts per CSM by value tier name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CoverageRatios(pub BTreeMap<String, f64>);

impl Default for CoverageRatios {
    /// Common B2B SaaS coverage models: named high-touch for the largest accounts, pooled
    /// tech-touch for the smallest (see docs/METRICS.md).
    fn default() -> Self {
        CoverageRatios(
            [("Strategic", 8.0), ("Enterprise", 20.0), ("Growth", 50.0), ("Starter", 150.0)]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }
}

impl CoverageRatios {
    /// Every ratio must be positive and name one of the value tiers: a misspelt tier would
    /// otherwise silently count as needing no CSM at all.
    pub fn validate(&self, tiers: &[String]) -> Result<(), crate::Error> {
        for (tier, ratio) in &self.0 {
            if !tiers.contains(tier) {
                return Err(crate::Error::Settings(
                    i18n::Text::new("playbooks-capacity-tier").arg("tier", i18n::Arg::Str(tier.clone())).arg("tiers", i18n::Arg::List(tiers.to_vec())),
                ));
            }
            if !(ratio.is_finite() && *ratio > 0.0) {
                return Err(crate::Error::Settings(
                    i18n::Text::new("playbooks-capacity-ratio").arg("tier", i18n::Arg::Str(tier.clone())).arg("ratio", i18n::Arg::Number { value: f64::from(*ratio), decimals: 2 }),
                ));
            }
        }
        Ok(())
    }

    /// Share of one CSM an account of this tier takes; 0 for tiers without a ratio.
    pub fn load_of(&self, tier: &str) -> f64 {
        self.0.get(tier).filter(|r| **r > 0.0).map_or(0.0, |r| 1.0 / r)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CsmLoad {
    pub owner: String,
    pub accounts: usize,
    pub arr: f64,
    pub open_tasks: usize,
    pub overdue_tasks: usize,
    /// Overdue tasks where the customer owes the step.
    pub overdue_customer: usize,
    pub escalated: usize,
    /// Σ 1 / ratio of the book: 1.0 = a full book at the configured ratios.
    pub capacity_used: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SegmentCapacity {
    pub segment: String,
    pub accounts: usize,
    pub arr: f64,
    pub csms_needed: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Workload {
    pub as_of: String,
    pub csms: Vec<CsmLoad>,
    pub csms_now: usize,
    pub csms_needed: f64,
    pub by_value: Vec<SegmentCapacity>,
    pub by_needs: Vec<SegmentCapacity>,
    /// Accounts per CSM by value tier.
    pub ratios: BTreeMap<String, f64>,
}

const UNOWNED: &str = "(unassigned)";

fn csm<'a>(csms: &'a mut BTreeMap<String, CsmLoad>, owner: &str) -> &'a mut CsmLoad {
    csms.entry(owner.to_string()).or_insert_with(|| CsmLoad {
        owner: owner.to_string(),
        accounts: 0,
        arr: 0.0,
        open_tasks: 0,
        overdue_tasks: 0,
        overdue_customer: 0,
        escalated: 0,
        capacity_used: 0.0,
    })
}

/// Workload per CSM (open tasks as listed in `tasks`) and capacity per segment, from the
/// value tier and needs segment of every account (in `analysis.accounts` order).
pub fn workload(analysis: &Analysis, tasks: &[Task], value: &[String], needs: &[String], ratios: &CoverageRatios) -> Workload {
    let mut csms: BTreeMap<String, CsmLoad> = BTreeMap::new();
    let mut by_value: BTreeMap<&str, SegmentCapacity> = BTreeMap::new();
    let mut by_needs: BTreeMap<&str, SegmentCapacity> = BTreeMap::new();
    for (i, v) in analysis.accounts.iter().enumerate() {
        let load = if v.arr > 0.0 { ratios.load_of(&value[i]) } else { 0.0 };
        if v.arr > 0.0 {
            let c = csm(&mut csms, v.owner.as_deref().unwrap_or(UNOWNED));
            c.accounts += 1;
            c.arr += v.arr;
            c.capacity_used += load;
        }
        for (map, label) in [(&mut by_value, value[i].as_str()), (&mut by_needs, needs[i].as_str())] {
            let s = map.entry(label).or_insert_with(|| SegmentCapacity { segment: label.to_string(), accounts: 0, arr: 0.0, csms_needed: 0.0 });
            s.accounts += 1;
            s.arr += v.arr;
            s.csms_needed += load;
        }
    }
    for t in tasks.iter().filter(|t| t.completed_at.is_none()) {
        let c = csm(&mut csms, t.owner.as_deref().unwrap_or(UNOWNED));
        c.open_tasks += 1;
        c.overdue_tasks += t.overdue as usize;
        c.overdue_customer += (t.overdue && t.owner_side == "customer") as usize;
        c.escalated += t.escalated_at.is_some() as usize;
    }
    let csms: Vec<CsmLoad> = csms.into_values().collect();
    let csms_needed = by_value.values().map(|s| s.csms_needed).sum();
    Workload {
        as_of: analysis.as_of.clone(),
        csms_now: csms.iter().filter(|c| c.owner != UNOWNED).count(),
        csms,
        csms_needed,
        by_value: by_value.into_values().collect(),
        by_needs: by_needs.into_values().collect(),
        ratios: ratios.0.clone(),
    }
}
