use chrono::NaiveDate;

use super::*;
use crate::alerts::{AccountSignals, AlertConfig};
use crate::book::{Milestone, Subscription};
use crate::health::{Band, HealthScore};
use crate::usage::{account_usage, tests::sample};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn renewal_is_the_next_anniversary_or_a_set_end() {
    let (mut b, a) = sample();
    assert_eq!(renewal_date(&b, a), Some(d("2027-01-01")), "started 2026-01-01, annual terms");
    b.subscriptions[0].start = d("2024-02-29");
    assert_eq!(renewal_date(&b, a), Some(d("2027-02-28")));
    b.subscriptions.push(Subscription {
        account: a,
        external_id: "t".into(),
        mrr_cents: 1,
        currency: None,
        start: d("2026-06-01"),
        end: Some(d("2026-12-01")),
        modules: vec![],
    });
    assert_eq!(renewal_date(&b, a), Some(d("2026-12-01")));
    b.subscriptions.clear();
    assert_eq!(renewal_date(&b, a), None);
}

fn stage(b: &Book, a: usize, band: Band, mrr: i64, start: &str, renewal: Option<&str>) -> Lifecycle {
    let usage = account_usage(b, a);
    let health = HealthScore { account_id: "ACC-1".into(), day: b.as_of.to_string(), score: Some(50), band, reason: None, components: vec![] };
    let s = AccountSignals {
        usage: &usage,
        health: &health,
        health_before: None,
        mrr_cents: mrr,
        customer_start: Some(d(start)),
        renewal: renewal.map(d),
    };
    lifecycle(b, a, &s, &[], &AlertConfig::default())
}

#[test]
fn stages_in_order_of_precedence() {
    let (mut b, a) = sample();
    let l = stage(&b, a, Band::Yellow, 100, "2026-01-01", Some("2027-01-01"));
    assert_eq!((l.stage.as_str(), l.reason.render(i18n::Lang::En).as_str()), ("adoption", "1 of 3 modules used"));
    assert_eq!(l.reason.render(i18n::Lang::ZhCn), "使用了 3 个模块中的 1 个");
    assert_eq!(stage(&b, a, Band::Yellow, 100, "2026-01-01", Some("2026-12-14")).stage, "renewal", "90 days out");
    assert_eq!(stage(&b, a, Band::Yellow, 100, "2026-07-18", None).stage, "onboarding", "59 days in");
    assert_eq!(stage(&b, a, Band::Yellow, 100, "2026-07-17", None).stage, "adoption", "60 days in");
    assert_eq!(stage(&b, a, Band::Red, 100, "2026-07-18", None).stage, "at_risk");
    assert_eq!(stage(&b, a, Band::Red, 0, "2026-01-01", None).stage, "churned");
    // Value: two of three modules used this month, value events reached.
    b.usage[a].weeks[0][1].events = 5;
    assert_eq!(stage(&b, a, Band::Green, 100, "2026-01-01", None).stage, "value");
    b.accounts[a].stage_override = Some("renewal".into());
    let l = stage(&b, a, Band::Red, 0, "2026-01-01", None);
    assert_eq!((l.stage.as_str(), l.source.as_str()), ("renewal", "manual"));
}

#[test]
fn success_plan_status_and_who_owes_the_next_step() {
    let (mut b, a) = sample();
    let m = |title: &str, side: &str, due: &str, done: Option<&str>| Milestone {
        id: title.into(),
        account: a,
        title: title.into(),
        owner_side: crate::lifecycle::side(side),
        due: d(due),
        completed: done.map(d),
    };
    b.milestones = vec![
        m("Kickoff", "customer", "2026-01-25", Some("2026-01-20")),
        m("Connect sources", "vendor", "2026-02-25", None),
        m("First dashboard", "customer", "2026-03-30", Some("2026-10-01")),
        m("Exec review", "customer", "2026-10-01", None),
    ].into();
    let p = success_plan(&b, a, Some(d("2026-01-01")));
    let status: Vec<(&str, Option<i64>, &str)> =
        p.milestones.iter().map(|x| (&*x.status, x.days_late, &*x.phase)).collect();
    assert_eq!(
        status,
        [("done", Some(-5), "30"), ("overdue", Some(202), "60"), ("overdue", Some(169), "90"), ("open", None, "later")]
    );
    assert_eq!((p.done, p.overdue, p.open, p.overdue_customer, p.overdue_vendor), (1, 2, 1, 1, 1));
    assert_eq!(&*p.next_step.unwrap().title, "Connect sources");
    assert_eq!(p.next_owed_by.as_deref(), Some("vendor"));
}
