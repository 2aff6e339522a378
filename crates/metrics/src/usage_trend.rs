//! Active users week by week: the same definitions as [`crate::usage`] (monthly active users
//! over 28 days, stickiness = distinct user-days / 28 / monthly active users, core users
//! active within 14 days), evaluated at the end of every week of a period, so a trend chart
//! and the account's current numbers never disagree.

use std::collections::{HashMap, HashSet};

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::book::MONTH_DAYS;
use crate::usage::CORE_ACTIVE_DAYS;

/// Users active on one day, with whether each is a core user.
#[derive(Debug, Clone, PartialEq)]
pub struct ActiveDay {
    pub day: NaiveDate,
    pub user: i64,
    pub core: bool,
}

/// The user metrics as of the last day of one week.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct UserWeek {
    pub week_end: String,
    /// Distinct users active in the 7 days ending on `week_end`.
    pub weekly_active: u32,
    /// Distinct users active in the 28 days ending on `week_end`.
    pub monthly_active: u32,
    /// Distinct user-days in those 28 days / 28.
    pub average_daily: f64,
    /// `average_daily / monthly_active`; absent without monthly active users.
    pub stickiness: Option<f64>,
    /// Core users with an event in the 14 days ending on `week_end`.
    pub core_active: u32,
}

/// The metrics at each of `week_ends`. `days` may hold a user twice on one day (it is
/// counted once) and days outside the windows (ignored).
pub fn weekly(days: &[ActiveDay], week_ends: &[NaiveDate]) -> Vec<UserWeek> {
    let mut by_day: HashMap<NaiveDate, HashSet<(i64, bool)>> = HashMap::new();
    for d in days {
        by_day.entry(d.day).or_default().insert((d.user, d.core));
    }
    let window = |end: NaiveDate, len: u64| -> Vec<&HashSet<(i64, bool)>> {
        (0..len).filter_map(|back| end.checked_sub_days(Days::new(back))).filter_map(|day| by_day.get(&day)).collect()
    };
    week_ends
        .iter()
        .map(|&end| {
            let distinct = |len: u64, core_only: bool| -> u32 {
                let mut seen = HashSet::new();
                for set in window(end, len) {
                    seen.extend(set.iter().filter(|(_, core)| *core || !core_only).map(|(u, _)| *u));
                }
                seen.len() as u32
            };
            let month = distinct(MONTH_DAYS, false);
            let user_days: usize = window(end, MONTH_DAYS).iter().map(|s| s.len()).sum();
            let average_daily = user_days as f64 / MONTH_DAYS as f64;
            UserWeek {
                week_end: end.to_string(),
                weekly_active: distinct(7, false),
                monthly_active: month,
                average_daily,
                stickiness: (month > 0).then(|| average_daily / month as f64),
                core_active: distinct(CORE_ACTIVE_DAYS as u64, true),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn counts_by_hand() {
        // User 1 (core) every day of October; user 2 on Oct 1 and Oct 30 (twice that day);
        // user 3 (core) only on Oct 10.
        let mut days: Vec<ActiveDay> = (1..=31).map(|i| ActiveDay { day: d(&format!("2026-10-{i:02}")), user: 1, core: true }).collect();
        for day in ["2026-10-01", "2026-10-30", "2026-10-30"] {
            days.push(ActiveDay { day: d(day), user: 2, core: false });
        }
        days.push(ActiveDay { day: d("2026-10-10"), user: 3, core: true });
        let w = weekly(&days, &[d("2026-10-31"), d("2026-10-07")]);
        // Week ending Oct 31 (Oct 25-31): users 1, 2. 28 days Oct 4-31: users 1, 2, 3, with
        // 28 + 1 + 1 = 30 user-days. 14 days Oct 18-31: core user 1 only.
        assert_eq!((w[0].weekly_active, w[0].monthly_active, w[0].core_active), (2, 3, 1));
        assert!((w[0].average_daily - 30.0 / 28.0).abs() < 1e-12);
        assert!((w[0].stickiness.unwrap() - 30.0 / 28.0 / 3.0).abs() < 1e-12);
        // Week ending Oct 7: 28 days Sep 10 - Oct 7 hold user 1 on 7 days and user 2 once.
        assert_eq!((w[1].weekly_active, w[1].monthly_active, w[1].core_active), (2, 2, 1));
        assert!((w[1].average_daily - 8.0 / 28.0).abs() < 1e-12);
        // No activity: no stickiness, not zero.
        let empty = weekly(&[], &[d("2026-10-31")]);
        assert_eq!((empty[0].monthly_active, empty[0].stickiness), (0, None));
    }
}
