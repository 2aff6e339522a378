//! Workspace retention over a hand-built book whose lives are known.
#![allow(clippy::inconsistent_digit_grouping)] // cents written as 12_000_00 = 12,000.00

use chrono::NaiveDate;
use metrics::book::{Book, Subscription};
use retention::history::{Tenure, tenures};
use retention::{Grouping, Lifetime, Options, report};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn sub(b: &mut Book, a: usize, start: &str, end: Option<&str>, mrr: i64) {
    let n = b.subscriptions.len();
    b.subscriptions.push(Subscription {
        account: a,
        external_id: format!("S{n}"),
        mrr_cents: mrr * 100,
        currency: None,
        start: d(start),
        end: end.map(d),
        modules: vec![],
    });
}

/// As of 2026-06-30:
/// - A: 2023-01-01, renewed twice, churned 2026-01-01 (3 years)
/// - B: 2023-01-01, churned at first renewal 2024-01-01
/// - C: 2024-03-01, still active at 1,000 MRR (2 completed years)
/// - D: 2025-09-01, active at 500 MRR (0 completed years)
/// - E: 2024-01-01, churned 2025-01-01, won back 2026-01-01, active at 2,000: one life
/// - F: no subscription, not in the curves
fn book() -> Book {
    let mut b = Book::empty(d("2026-06-30"));
    for id in ["A", "B", "C", "D", "E", "F"] {
        b.add_account(id);
    }
    sub(&mut b, 0, "2023-01-01", Some("2024-01-01"), 800);
    sub(&mut b, 0, "2024-01-01", Some("2026-01-01"), 900);
    sub(&mut b, 1, "2023-01-01", Some("2024-01-01"), 300);
    sub(&mut b, 2, "2024-03-01", None, 1_000);
    sub(&mut b, 3, "2025-09-01", Some("2026-09-01"), 500);
    sub(&mut b, 4, "2024-01-01", Some("2025-01-01"), 1_500);
    sub(&mut b, 4, "2026-01-01", None, 2_000);
    b
}

#[test]
fn lives_come_from_first_start_to_final_churn() {
    let t = tenures(&book());
    let by: Vec<(usize, Option<NaiveDate>, i64, Lifetime)> =
        t.iter().map(|t: &Tenure| (t.account, t.churned, t.arr_cents, t.lifetime())).collect();
    assert_eq!(
        by,
        vec![
            (0, Some(d("2026-01-01")), 0, Lifetime::Churned(3)),
            (1, Some(d("2024-01-01")), 0, Lifetime::Churned(1)),
            (2, None, 12_000_00, Lifetime::Active(2)),
            (3, None, 6_000_00, Lifetime::Active(0)),
            (4, None, 24_000_00, Lifetime::Active(2)),
        ]
    );
    assert_eq!(t[1].days, 365);
    assert_eq!(t[3].days, (d("2026-06-30") - d("2025-09-01")).num_days());
}

#[test]
fn cohort_curves_by_hand() {
    let r = report(&book(), "cohort", Grouping::Cohort, Options::default());
    assert_eq!(r.all.accounts, 5);
    assert_eq!(r.all.churned, 2);
    let names: Vec<&str> = r.groups.iter().map(|g| g.group.as_str()).collect();
    assert_eq!(names, ["2023", "2024", "2025"]);
    // 2023: B churns at 12 months (1 of 2), A at 36 (1 of 1) -> 0.5 then 0.
    let c23 = &r.groups[0];
    assert_eq!(c23.curve.survival_at(11.0), 1.0);
    assert_eq!(c23.curve.survival_at(12.5), 0.5);
    assert_eq!(c23.curve.survival_at(40.0), 0.0);
    assert_eq!(c23.retained_12m, Some(0.5));
    // 2024: nobody churned.
    assert_eq!(r.groups[1].curve.survival_at(100.0), 1.0);
    // Overall KM over durations D 9.9 (censored), B 12.0, C 28.0 and E 29.9 (censored),
    // A 36.0: D leaves the risk set first, so B is 1 of 4 -> 0.75; A is 1 of 1 -> 0.
    assert_eq!(r.all.curve.survival_at(9.0), 1.0);
    assert!((r.all.curve.survival_at(20.0) - 0.75).abs() < 1e-12);
    assert_eq!(r.all.curve.survival_at(36.5), 0.0);
    // Mean ARR of the active accounts: (12,000 + 6,000 + 24,000) / 3.
    assert!((r.all.mean_arr - 14_000.0).abs() < 1e-9);
}

#[test]
fn groups_by_labels_and_explains_missing_fits() {
    let labels: Vec<String> = ["x", "x", "y", "y", "y", "y"].iter().map(|s| s.to_string()).collect();
    let r = report(&book(), "needs", Grouping::Labels(&labels), Options::default());
    let y = r.groups.iter().find(|g| g.group == "y").unwrap();
    assert_eq!((y.accounts, y.churned), (3, 0));
    assert!(y.sbg.is_none());
    assert!(y.sbg_note.as_ref().unwrap().render(i18n::Lang::En).contains("no churn"), "{:?}", y.sbg_note);
    assert_eq!(y.ltv, None);
}

#[test]
fn a_fit_on_enough_history_gives_ltv() {
    // 40 accounts a year from 2019 to 2025, churn at renewal: 30% in year 1, 15% later.
    let mut b = Book::empty(d("2026-06-30"));
    let mut n = 0;
    for year in 2019..=2025 {
        for i in 0..40 {
            let a = b.add_account(&format!("A{n}"));
            n += 1;
            let start = NaiveDate::from_ymd_opt(year, 3, 1).unwrap();
            // Year in which this account leaves (0 = never, within the data).
            let leaves = if i < 12 { 1 } else if i < 17 { 2 } else if i < 21 { 3 } else { 0 };
            let end = (leaves > 0)
                .then(|| NaiveDate::from_ymd_opt(year + leaves, 3, 1).unwrap())
                .filter(|e| *e <= d("2026-06-30"));
            b.subscriptions.push(Subscription {
                account: a,
                external_id: format!("S{a}"),
                mrr_cents: 1_000_00,
                currency: None,
                start,
                end,
                modules: vec![],
            });
        }
    }
    let r = report(&b, "cohort", Grouping::Cohort, Options::default());
    let fit = r.all.sbg.as_ref().expect("fits");
    // Rising retention: year-1 churn 30%, later ~14-19%, so θ is heterogeneous.
    let rates = fit.model().retention_rates(3);
    assert!(rates[0] < rates[1] && rates[1] < rates[2], "{rates:?}");
    assert!((1.0 - rates[0] - 0.30).abs() < 0.03, "{rates:?}");
    let del = r.all.discounted_lifetime_years.unwrap();
    assert!((r.all.ltv.unwrap() - del * 12_000.0).abs() < 1e-6);
    assert_eq!(r.all.projected_survival.len(), 6);
}
