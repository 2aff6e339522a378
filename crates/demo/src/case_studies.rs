//! The two fixed accounts that reproduce the case studies of the domain guide.
//!
//! Their traits are pinned so that the story is the same for every seed; only
//! the day-to-day noise (which users are active, event mix) follows the seed.

use std::collections::HashSet;

use chrono::{Datelike, Duration, NaiveDate};
use rand::Rng;

use crate::accounts::{Account, Adoption, Plan, Trajectory};
use crate::catalog;
use crate::people::{self, Role, User};
use crate::revenue::Change;

/// Account whose activity collapses in September and recovers after a new
/// champion is onboarded.
pub const CASE_TIMELY_INTERVENTION: &str = "ACC-0007";
pub const CASE_TIMELY_INTERVENTION_NAME: &str = "Helios Freight";
/// Account that uses 2 of its licensed modules until a training session.
pub const CASE_MODULE_STACKING: &str = "ACC-0012";
pub const CASE_MODULE_STACKING_NAME: &str = "Brightwave Media";

/// The departing analyst and the new champion of the timely-intervention case.
pub const DEPARTING_ANALYST: &str = "Marta Kowalczyk";
pub const NEW_CHAMPION: &str = "Elif Demir";

const TIMELY_IDX: usize = 6;
const STACKING_IDX: usize = 11;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    TimelyIntervention,
    ModuleStacking,
}

/// Key dates of the case studies for a given last day of data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseDates {
    /// September 1 of the last complete September in the data.
    pub september: NaiveDate,
    /// Last day the departing analyst (main champion) is active.
    pub analyst_last_day: NaiveDate,
    /// First and last day (inclusive) on which nobody at the account is active.
    pub silent_from: NaiveDate,
    pub silent_to: NaiveDate,
    /// Day the new champion is onboarded; recovery starts here.
    pub new_champion_day: NaiveDate,
    /// Training on the unused modules of the module-stacking case.
    pub training: NaiveDate,
}

impl CaseDates {
    pub fn for_end(end: NaiveDate) -> Self {
        let sept_end = |y| NaiveDate::from_ymd_opt(y, 9, 30).expect("valid date");
        let year = if end >= sept_end(end.year()) {
            end.year()
        } else {
            end.year() - 1
        };
        let september = NaiveDate::from_ymd_opt(year, 9, 1).expect("valid date");
        Self {
            september,
            analyst_last_day: september + Duration::days(2),
            silent_from: september + Duration::days(8),
            silent_to: september + Duration::days(14),
            new_champion_day: september + Duration::days(15),
            training: end - Duration::days(138),
        }
    }
}

pub fn reserved_names() -> HashSet<String> {
    [CASE_TIMELY_INTERVENTION_NAME, CASE_MODULE_STACKING_NAME]
        .into_iter()
        .map(String::from)
        .collect()
}

pub fn case_for(idx: usize) -> Option<Case> {
    match idx {
        TIMELY_IDX => Some(Case::TimelyIntervention),
        STACKING_IDX => Some(Case::ModuleStacking),
        _ => None,
    }
}

/// Pins the account's traits.
pub fn shape_account(a: &mut Account, c: Case, d: &CaseDates, n_modules: usize) {
    a.case = Some(c);
    a.churn = None;
    a.reactivation = None;
    a.episodes = Default::default();
    a.licensed0 = (0..n_modules.min(5)).collect();
    let latest_start = match c {
        Case::TimelyIntervention => {
            a.name = CASE_TIMELY_INTERVENTION_NAME.into();
            a.industry = "Logistics";
            a.region = "NA";
            a.domain = "heliosfreight.com".into();
            a.employees = 860;
            a.tier = "mid_market";
            a.plan = Plan::Growth;
            a.seats0 = 30;
            a.health = 0.82;
            a.trajectory = Trajectory::Stable;
            d.september - Duration::days(420)
        }
        Case::ModuleStacking => {
            a.name = CASE_MODULE_STACKING_NAME.into();
            a.industry = "Media";
            a.region = "NA";
            a.domain = "brightwavemedia.com".into();
            a.employees = 1400;
            a.tier = "mid_market";
            a.plan = Plan::Growth;
            a.seats0 = 34;
            a.health = 0.7;
            a.trajectory = Trajectory::Stable;
            d.training - Duration::days(320)
        }
    };
    if a.start > latest_start {
        a.start = latest_start;
        a.created_at = latest_start - Duration::days(35);
    }
}

/// Contract changes that belong to the story.
pub fn contract_changes(a: &Account, d: &CaseDates) -> Vec<(NaiveDate, Change)> {
    match a.case {
        // Adoption of the new modules leads to more seats a few months later.
        Some(Case::ModuleStacking) => vec![(d.training + Duration::days(75), Change::AddSeats)],
        _ => Vec::new(),
    }
}

/// Module adoption of the case accounts.
pub fn adoption(a: &Account, c: Case, d: &CaseDates) -> Vec<Adoption> {
    let s = a.start;
    let m = |module, from, weight| Adoption {
        module,
        from,
        until: None,
        weight,
    };
    match c {
        Case::TimelyIntervention => vec![
            m(catalog::DATA_COLLECTION, s + Duration::days(10), 0.7),
            m(catalog::MONITORING, s, 1.4),
            m(catalog::VISUALIZATION, s, 1.8),
            m(catalog::ANALYSIS, s + Duration::days(30), 1.2),
        ],
        Case::ModuleStacking => vec![
            m(catalog::MONITORING, s, 1.6),
            m(catalog::VISUALIZATION, s, 1.8),
            m(
                catalog::DATA_COLLECTION,
                d.training + Duration::days(1),
                1.0,
            ),
            m(catalog::ANALYSIS, d.training + Duration::days(2), 1.3),
        ],
    }
}

/// The departing analyst and the new champion.
pub fn shape_users<R: Rng>(a: &Account, users: &mut Vec<User>, d: &CaseDates, r: &mut R) {
    if a.case != Some(Case::TimelyIntervention) {
        return;
    }
    if let Some(analyst) = users.iter_mut().find(|u| u.role == Role::Champion) {
        analyst.name = DEPARTING_ANALYST.into();
        analyst.leave = Some(d.analyst_last_day + Duration::days(1));
        analyst.propensity = 0.92;
        analyst.intensity = 7.0;
        analyst.depth = 3.0;
    }
    let mut fresh = people::new_user(r, Role::Champion, d.new_champion_day, a.health);
    fresh.name = NEW_CHAMPION.into();
    fresh.new_champion = true;
    fresh.propensity = 0.95;
    fresh.intensity = 8.0;
    fresh.depth = 2.5;
    users.push(fresh);
}

/// Activity multiplier of a case account's user on a day (1 = unaffected).
pub fn activity(a: &Account, u: &User, d: &CaseDates, day: NaiveDate) -> f64 {
    match a.case {
        Some(Case::TimelyIntervention) => {
            if u.new_champion {
                return 1.0;
            }
            let n = (day - d.september).num_days();
            match n {
                ..0 => 1.0,
                0..=2 => 0.85,
                // The team relied on the analyst's dashboards and drifts away.
                3..=7 => 0.4 - 0.07 * (n - 3) as f64,
                8..=14 => 0.0,
                // The new champion brings the team back within days.
                15..=22 => 0.25 + 0.75 * (n - 15) as f64 / 8.0,
                _ => 1.0,
            }
        }
        Some(Case::ModuleStacking) if day >= d.training => {
            1.0 + 0.4 * ((day - d.training).num_days() as f64 / 90.0).min(1.0)
        }
        _ => 1.0,
    }
}
