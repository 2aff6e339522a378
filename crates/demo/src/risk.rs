//! Why demo customers leave: risk episodes first, churn from them.
//!
//! Each account may go through episodes the health score can see: a **usage decline**, the
//! **loss of its champions** (they change jobs and nobody replaces them for months) and a
//! **support crisis** (a burst of urgent tickets that stay open; one no CSM takes on lasts
//! months and starts a usage decline, crate::csm). Their odds grow as the latent
//! health falls, but they are drawn without knowing whether the account will churn. Then, at
//! each renewal in the window, the account churns with a probability that rises with the
//! episodes of the months before (a logistic model, [`ChurnDrivers`]) plus a base rate for the
//! churn no signal announces (a budget cut, an acquisition). So the demo's churn arises from
//! the signals the score reads, with noise, and its backtest shows a realistic AUC and misses
//! rather than a perfect score. Tests plant other drivers (two factors only) to check that
//! tuning finds them.

use chrono::{Duration, Months, NaiveDate};
use rand::Rng;

use crate::accounts::Window;
use crate::rng;

/// The weights (log-odds) of churn at a renewal.
#[derive(Debug, Clone, PartialEq)]
pub struct ChurnDrivers {
    /// Log-odds of churn at a renewal with no episode and average health: the churn no
    /// signal announces.
    pub base: f64,
    /// A usage decline under way on the day the customer decides (`decided_days`).
    pub decline: f64,
    /// Champions gone, and not yet replaced, on that day.
    pub champion_lost: f64,
    /// A support crisis that started in the 90 days before that day (or up to 10 after).
    pub support_crisis: f64,
    /// Per unit of latent health below 0.5 (low NPS and shallow use go with it).
    pub low_health: f64,
    /// The share of a support crisis's weight left when the CSM took it on in time
    /// (the ticket-spike playbook, crate::csm): what makes that playbook work.
    pub crisis_handled: f64,
    /// Share of crises the CSMs take on in time.
    pub crisis_handled_odds: f64,
    /// Chance of each episode over the window: `odds × (1 − health)` (champion loss:
    /// `odds` alone, people change jobs at healthy customers too).
    pub decline_odds: f64,
    pub champion_odds: f64,
    pub crisis_odds: f64,
    /// Days before the renewal the customer decides: a decline or missing champions count
    /// when under way that day, a support crisis when it started in the 90 days before it
    /// (or within 10 days after). Signals that start later do not count.
    pub decided_days: i64,
}

impl Default for ChurnDrivers {
    fn default() -> Self {
        ChurnDrivers {
            base: -3.6,
            decline: 3.4,
            champion_lost: 2.2,
            support_crisis: 3.2,
            low_health: 1.5,
            crisis_handled: 0.1,
            crisis_handled_odds: 0.6,
            decline_odds: 1.0,
            champion_odds: 0.3,
            crisis_odds: 1.5,
            decided_days: 30,
        }
    }
}

/// The episodes of one account (each at most once in the window).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Episodes {
    /// Usage declines from this day until `decline_until`, then recovers.
    pub decline_from: Option<NaiveDate>,
    pub decline_until: Option<NaiveDate>,
    /// The champions leave on this day; a new one arrives on `champion_back`.
    pub champion_lost: Option<NaiveDate>,
    pub champion_back: Option<NaiveDate>,
    pub crisis_from: Option<NaiveDate>,
    /// The CSM took the crisis on in time.
    pub crisis_handled: bool,
}

impl Episodes {
    /// Whether a support crisis is under way on `day`.
    pub fn in_crisis(&self, day: NaiveDate) -> bool {
        let days = if self.crisis_handled { HANDLED_CRISIS_DAYS } else { CRISIS_DAYS };
        self.crisis_from.is_some_and(|f| f <= day && (day - f).num_days() < days)
    }

    /// Whether usage is declining on `day`.
    pub fn declining(&self, day: NaiveDate) -> bool {
        self.decline_from.is_some_and(|f| f <= day) && self.decline_until.is_none_or(|u| day < u)
    }

    /// Whether the champions are gone and not yet replaced on `day`.
    pub fn champion_missing(&self, day: NaiveDate) -> bool {
        self.champion_lost.is_some_and(|l| l <= day) && self.champion_back.is_none_or(|b| day < b)
    }
}

/// Days a support crisis lasts when nobody takes it on, and when a CSM does.
pub const CRISIS_DAYS: i64 = 120;
pub const HANDLED_CRISIS_DAYS: i64 = 20;

/// Whether `day` falls between `from_days` and `to_days` days before `renewal`.
fn within(day: Option<NaiveDate>, renewal: NaiveDate, from_days: i64, to_days: i64) -> bool {
    day.is_some_and(|d| d <= renewal - Duration::days(to_days) && d > renewal - Duration::days(from_days))
}

fn some_day<R: Rng>(r: &mut R, p: f64, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
    let span = (to - from).num_days();
    (span > 0 && r.random_bool(p.clamp(0.0, 1.0))).then(|| from + rng::days(r, 0, span))
}

/// Draws the account's episodes: from two months after it starts (or the window's start) to a
/// month before the window ends.
pub fn episodes<R: Rng>(r: &mut R, d: &ChurnDrivers, health: f64, start: NaiveDate, window: Window) -> Episodes {
    let from = (start + Duration::days(60)).max(window.start - Duration::days(200));
    let to = window.end - Duration::days(30);
    let mut decline_from = some_day(r, d.decline_odds * (1.0 - health), from, to);
    let champion_lost = some_day(r, d.champion_odds, from, to);
    let crisis_from = some_day(r, d.crisis_odds * (1.0 - health), from, to);
    let crisis_handled = r.random_bool(d.crisis_handled_odds.clamp(0.0, 1.0));
    let mut decline_until = decline_from.map(|f| f + rng::days(r, 120, 300));
    // A crisis nobody takes on drives the users away: usage declines a few weeks in.
    if let (Some(c), false, None) = (crisis_from, crisis_handled, decline_from) {
        decline_from = Some(c + Duration::days(21));
        decline_until = Some(c + rng::days(r, 150, 240));
    }
    Episodes {
        decline_from,
        decline_until,
        champion_lost,
        champion_back: champion_lost.map(|l| l + rng::days(r, 120, 360)),
        crisis_from,
        crisis_handled,
    }
}

/// The renewal at which the account churns, if it does in the window.
pub fn churn<R: Rng>(r: &mut R, d: &ChurnDrivers, e: &Episodes, health: f64, start: NaiveDate, window: Window) -> Option<NaiveDate> {
    let mut k = 1;
    while let Some(renewal) = start.checked_add_months(Months::new(12 * k)) {
        if renewal > window.end {
            return None;
        }
        if renewal > window.start {
            let decided = renewal - Duration::days(d.decided_days);
            let z = d.base
                + d.decline * f64::from(u8::from(e.declining(decided)))
                + d.champion_lost * f64::from(u8::from(e.champion_missing(decided)))
                + d.support_crisis * f64::from(u8::from(within(e.crisis_from, renewal, d.decided_days + 90, d.decided_days - 10))) * if e.crisis_handled { d.crisis_handled } else { 1.0 }
                + d.low_health * (0.5 - health);
            if r.random_bool(1.0 / (1.0 + (-z).exp())) {
                return Some(renewal);
            }
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;

    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn episodes_before_a_renewal_raise_its_churn_odds() {
        let window = Window { start: day("2024-11-01"), end: day("2026-10-31") };
        let d = ChurnDrivers::default();
        let start = day("2023-06-15");
        let renewal = day("2025-06-15");
        let troubled = Episodes {
            decline_from: Some(day("2025-03-01")),
            decline_until: Some(day("2025-09-01")),
            champion_lost: Some(day("2025-02-01")),
            champion_back: None,
            crisis_from: Some(day("2025-04-01")),
            crisis_handled: false,
        };
        let rate = |e: &Episodes| {
            let mut r = rand_chacha::ChaCha8Rng::seed_from_u64(1);
            (0..4000).filter(|_| churn(&mut r, &d, e, 0.5, start, window) == Some(renewal)).count() as f64 / 4000.0
        };
        let (calm, rough) = (rate(&Episodes::default()), rate(&troubled));
        // Renewal 2025-06-15 is the first in the window: calm odds σ(−3.6) ≈ 2.7%, all three
        // episodes σ(5.2) ≈ 99.5%.
        assert!((calm - 0.027).abs() < 0.01, "{calm}");
        assert!(rough > 0.99, "{rough}");
        // The same crisis taken on in time weighs a tenth as much.
        let handled = rate(&Episodes { decline_from: None, champion_lost: None, crisis_handled: true, ..troubled.clone() });
        let ignored = rate(&Episodes { decline_from: None, champion_lost: None, ..troubled.clone() });
        // σ(−3.6 + 0.32) ≈ 3.6% against σ(−3.6 + 3.2) ≈ 40%.
        assert!((handled - 0.036).abs() < 0.012, "{handled}");
        assert!((ignored - 0.40).abs() < 0.03, "{ignored}");
        // An episode long before the renewal no longer counts.
        // A decline over before the renewal no longer counts.
        assert!(troubled.declining(day("2025-05-15")));
        assert!(!Episodes { decline_until: Some(day("2025-05-01")), ..troubled.clone() }.declining(day("2025-05-15")));
        assert!(!within(Some(day("2025-01-01")), renewal, 120, 20));
        assert!(within(Some(day("2025-04-01")), renewal, 120, 20));
    }

    #[test]
    fn only_what_is_under_way_on_the_decision_day_counts() {
        let window = Window { start: day("2024-11-01"), end: day("2026-10-31") };
        let (start, renewal) = (day("2023-06-15"), day("2025-06-15"));
        // Champions gone 45 days before the renewal, for good; nothing else.
        let lost = Episodes { champion_lost: Some(renewal - Duration::days(45)), ..Default::default() };
        let rate = |decided_days: i64| {
            let d = ChurnDrivers { base: -6.0, champion_lost: 12.0, decided_days, ..ChurnDrivers::default() };
            let mut r = rand_chacha::ChaCha8Rng::seed_from_u64(2);
            (0..2000).filter(|_| churn(&mut r, &d, &lost, 0.5, start, window) == Some(renewal)).count() as f64 / 2000.0
        };
        // Decided 30 days before: the loss counts, σ(6) ≈ 99.8%. Decided 60 days before, the
        // champions were still there: σ(−6) ≈ 0.25%.
        assert!(rate(30) > 0.99, "{}", rate(30));
        assert!(rate(60) < 0.01, "{}", rate(60));
    }
}
