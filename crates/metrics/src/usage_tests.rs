use chrono::{Days, NaiveDate};

use super::*;
use crate::book::{Activity, Book, Contact, Subscription, UserActivity};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn act(events: i64, value_events: i64) -> Activity {
    Activity { events, value_events }
}

/// Monitoring: 50 events this week (5 value), 100 in each of the 3 weeks before, 80 a week
/// in weeks 4-7; Analysis: 20 a week in weeks 4-7 only. Three modules licensed.
pub(crate) fn sample() -> (Book, usize) {
    let as_of = d("2026-09-15");
    let mut b = Book::empty(as_of);
    let (mon, ana, _viz) = (b.add_module("monitoring"), b.add_module("analysis"), b.add_module("visualization"));
    let a = b.add_account("ACC-1");
    let w = &mut b.usage[a].weeks;
    w[0][mon] = act(50, 5);
    for wk in 1..4 {
        w[wk][mon] = act(100, 0);
    }
    for wk in 4..8 {
        w[wk][mon] = act(80, 0);
        w[wk][ana] = act(20, 0);
    }
    b.subscriptions.push(Subscription {
        account: a,
        external_id: "s".into(),
        mrr_cents: 100_00,
        currency: None,
        start: d("2026-01-01"),
        end: None,
        modules: vec![0, 1, 2],
    });
    for (id, role) in [(1, "champion"), (2, "admin"), (3, "executive_sponsor"), (4, "user")] {
        b.contacts.push(Contact { id, account: a, external_id: format!("c{id}"), name: format!("C{id}"), role: role.into() });
    }
    let ago = |n| as_of - Days::new(n);
    b.usage[a].users = vec![
        UserActivity { contact: Some(1), days_28: 10, value_days_28: 3, last_day: ago(2) },
        UserActivity { contact: None, days_28: 4, value_days_28: 0, last_day: ago(5) },
        UserActivity { contact: Some(2), days_28: 0, value_days_28: 0, last_day: ago(40) },
    ];
    b.usage[a].last_active = Some(ago(1));
    b.usage[a].first_value = Some(d("2026-01-21"));
    (b, a)
}

#[test]
fn usage_numbers_by_hand() {
    let (b, a) = sample();
    let u = account_usage(&b, a);
    assert_eq!((u.events_week, u.events_prev_week, u.wow_change), (50, 100, Some(-0.5)));
    // Month: 50 + 3 x 100 = 350; the month before: 4 x (80 + 20) = 400.
    assert_eq!((u.events_month, u.events_prev_month, u.mom_change), (350, 400, Some(-0.125)));
    assert_eq!((u.modules_used, u.modules_basis, u.breadth_basis.as_str()), (1, 3, "licensed"));
    assert_eq!(u.breadth, Some(1.0 / 3.0));
    // Two users active in the month with 10 + 4 active days: DAU = 14 / 28 = 0.5, MAU = 2.
    assert_eq!((u.monthly_active_users, u.average_daily_users, u.stickiness), (2, 0.5, Some(0.25)));
    assert_eq!((u.value_users, u.depth, u.value_events_month), (1, Some(0.5), 5));
    assert_eq!(u.core_users.len(), 3, "the plain user is not a core user");
    let champion = &u.core_users[0];
    assert_eq!((champion.days_since_active, champion.active), (Some(2), true));
    assert_eq!((u.core_users[1].days_since_active, u.core_users[1].active), (Some(40), false));
    assert_eq!(u.core_users[2].last_active, None);
    assert_eq!(u.core_active_share, Some(1.0 / 3.0));
    assert_eq!((u.time_to_value_days, u.days_since_active), (Some(20), Some(1)));
    // Quarter: monitoring 350 + 320 = 670 of 750 events.
    let mon = &u.modules[0];
    assert_eq!(&*mon.module, "monitoring");
    assert!((mon.share_quarter - 670.0 / 750.0).abs() < 1e-12);
    assert_eq!(mon.weekly_events[12], 50, "last entry is the current week");
    assert_eq!(mon.weekly_events[0], 0);
    assert_eq!(u.modules[1].events_prev_month, 80);
}

#[test]
fn no_history_means_no_ratios() {
    let mut b = Book::empty(d("2026-01-10"));
    b.add_module("monitoring");
    let a = b.add_account("X");
    let u = account_usage(&b, a);
    assert_eq!((u.wow_change, u.mom_change, u.stickiness, u.depth), (None, None, None, None));
    assert_eq!((u.breadth, u.breadth_basis.as_str()), (Some(0.0), "available"));
    assert_eq!((u.time_to_value_days, u.core_active_share), (None, None));
}
