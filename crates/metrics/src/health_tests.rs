use chrono::{Days, NaiveDate};


use super::*;
use crate::book::{Milestone, NpsResponse, Ticket};
use crate::usage::{account_usage, tests::sample};

fn with_records() -> (Book, usize) {
    let (mut b, a) = sample();
    let ago = |n| b.as_of - Days::new(n);
    for (score, days) in [(10, 10), (9, 30), (3, 60), (7, 100), (0, 200)] {
        b.nps.push(NpsResponse { account: a, day: ago(days), score, comment: None });
    }
    let ticket = |opened, priority: &str, resolved: Option<NaiveDate>| Ticket {
        account: a,
        opened,
        priority: priority.into(),
        first_response_hours: None,
        resolution_hours: None,
        resolved,
        csat: None,
    };
    b.tickets = vec![
        ticket(ago(3), "urgent", None),
        ticket(ago(10), "normal", Some(ago(9))),
        ticket(ago(40), "high", Some(ago(39))),
    ];
    let milestone = |due, completed| Milestone { account: a, id: "m".into(), title: "m".into(), owner_side: "vendor".into(), due, completed };
    b.milestones = vec![
        milestone(ago(30), Some(ago(35))),
        milestone(ago(5), Some(b.as_of + Days::new(2))),
        milestone(b.as_of + Days::new(10), None),
    ].into();
    (b, a)
}

#[test]
fn score_by_hand() {
    let (b, a) = with_records();
    let h = score(&b, a, &account_usage(&b, a), &Scorecard::default());
    let get = |k: &str| h.components.iter().find(|c| c.key == k).unwrap().clone();
    // MoM -12.5% maps to (-0.125 + 0.5) / 0.6 = 0.625.
    assert!((get("usage_trend").normalized.unwrap() - 0.625).abs() < 1e-12);
    assert!((get("stickiness").normalized.unwrap() - 0.25 / 0.3).abs() < 1e-12);
    assert_eq!(get("depth").normalized, Some(1.0));
    // NPS over 180 days: 10, 9, 3, 7 -> (2 - 1) / 4 = +25 -> 0.625. The 0 from 200 days ago is out.
    assert_eq!(get("nps").value, Some(25.0));
    // Two tickets this month plus the urgent one still open -> load 3 -> 1 - 3/8.
    assert_eq!((get("support").value, get("support").normalized), (Some(3.0), Some(0.625)));
    // Two milestones due; the second was done only after the as-of day.
    assert_eq!(get("milestones").value, Some(0.5));
    // 20*.625 + 15/3 + 15*1 + 15*.8333 + 15/3 + 10*.625 + 5*.625 + 5*.5 = 61.875
    let total: f64 = h.components.iter().map(|c| c.points).sum();
    assert!((total - 61.875).abs() < 1e-9, "{total}");
    assert_eq!((h.score, h.band), (Some(62), Band::Yellow));
}

#[test]
fn missing_data_spreads_its_weight() {
    let (mut b, a) = with_records();
    b.nps.clear();
    b.contacts.clear();
    b.milestones.clear();
    let h = score(&b, a, &account_usage(&b, a), &Scorecard::default());
    // Available weight 70: (12.5 + 5 + 15 + 12.5 + 3.125) / 70 * 100 = 68.75.
    let nps = h.components.iter().find(|c| c.key == "nps").unwrap();
    assert_eq!((nps.normalized, nps.points, nps.max_points), (None, 0.0, 0.0));
    let max: f64 = h.components.iter().map(|c| c.max_points).sum();
    assert!((max - 100.0).abs() < 1e-9);
    assert_eq!(h.score, Some(69));
}

#[test]
fn an_account_without_usage_on_record_has_no_score_but_its_reason() {
    let (mut b, a) = with_records();
    let w = &mut b.usage[a];
    w.weeks.iter_mut().flatten().for_each(|m| *m = Default::default());
    (w.users, w.last_active, w.first_value) = (vec![], None, None);
    let h = score(&b, a, &account_usage(&b, a), &Scorecard::default());
    assert_eq!((h.score, h.band), (None, Band::NoData));
    assert_eq!(h.reason.as_ref().map(|r| &*r.key), Some("health-no-data-reason"));
    // The usage factors are left out, not zero; the others still say what they saw.
    for c in &h.components {
        let usage = ["usage_trend", "breadth", "depth", "stickiness", "core_users"].contains(&c.key.as_ref());
        assert_eq!(c.normalized.is_none(), usage || c.key == "nps" && c.value.is_none(), "{}", c.key);
    }
    assert_eq!(h.components.iter().find(|c| c.key == "nps").unwrap().value, Some(25.0));
    // One event, even long ago, is evidence: the account is scored (and silent, so low).
    b.usage[a].last_active = Some(b.as_of - chrono::Days::new(400));
    let h = score(&b, a, &account_usage(&b, a), &Scorecard::default());
    assert!(h.score.is_some() && h.band != Band::NoData);
}

#[test]
fn scorecard_json_and_bands() {
    let card = Scorecard::from_json(r#"{"weights": {"nps": 0}, "green_at": 60}"#).unwrap();
    assert_eq!((card.weights.nps, card.weights.usage_trend, card.green_at), (0.0, 20.0, 60));
    assert_eq!((card.band(60), card.band(59), card.band(39)), (Band::Green, Band::Yellow, Band::Red));
    for bad in [r#"{"weights": {"nps": -1}}"#, r#"{"weight": {}}"#, r#"{"yellow_at": 80, "green_at": 70}"#] {
        let e = Scorecard::from_json(bad).unwrap_err();
        assert_eq!(e.code(), "invalid_scorecard", "{bad}");
    }
    assert_eq!(nps([9, 10, 6, 8]), Some(25.0));
    assert_eq!(nps([]), None);
}

/// Each component's name, what it measures and its detail are catalogue messages in every
/// language, and the detail carries the measured figures in the reader's formats.
#[test]
fn components_speak_every_language() {
    use i18n::Lang;
    let (b, a) = with_records();
    let h = score(&b, a, &account_usage(&b, a), &Scorecard::default());
    for c in &h.components {
        for lang in Lang::ALL {
            for key in [c.label.key.clone(), format!("{}.hint", c.label.key).into(), c.detail.key.clone()] {
                assert!(i18n::catalog::has(lang, &key), "{lang} lacks {key}");
            }
        }
    }
    let support = h.components.iter().find(|c| c.key == "support").unwrap();
    assert_eq!(support.label.render(Lang::En), "Support load");
    assert_eq!(support.detail.render(Lang::En), "2 tickets this month, 1 high/urgent still open");
    assert_eq!(support.detail.render(Lang::ZhCn), "本月 2 个工单，1 个高/紧急工单仍未解决");
    let trend = h.components.iter().find(|c| c.key == "usage_trend").unwrap();
    assert!(trend.detail.render(Lang::Fr).starts_with("−13\u{a0}% d’événements d’un mois sur l’autre"), "{}", trend.detail.render(Lang::Fr));
}
