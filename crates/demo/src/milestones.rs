//! Success-plan milestones: 30/60/90-day onboarding plan from each start, then
//! quarterly business reviews and renewal preparation, with joint ownership.

use std::path::Path;

use chrono::{Duration, Months, NaiveDate};
use rand::Rng;

use crate::{DemoError, Locale, texts};
use crate::accounts::{Account, Trajectory, Window};
use crate::case_studies::{Case, CaseDates};
use crate::rng::{self, Stream};

struct Milestone {
    title: &'static str,
    side: &'static str,
    due: NaiveDate,
    /// Completion forced by a case study.
    done: Option<Option<NaiveDate>>,
}

fn plan(a: &Account, window: Window, dates: &CaseDates) -> Vec<Milestone> {
    let m = |title, side, due| Milestone {
        title,
        side,
        due,
        done: None,
    };
    let horizon = window.end + Duration::days(90);
    let mut out = Vec::new();
    let mut starts = vec![a.start];
    starts.extend(a.reactivation);
    for s in starts {
        out.push(m(
            "Kick-off and admin setup",
            "vendor",
            s + Duration::days(30),
        ));
        out.push(m(
            "First dashboards live",
            "customer",
            s + Duration::days(60),
        ));
        out.push(m(
            "First value event and business review",
            "customer",
            s + Duration::days(90),
        ));
        if a.trajectory == Trajectory::Expanding {
            out.push(m(
                "Roll out to a second team",
                "customer",
                s + Duration::days(200),
            ));
        }
        let mut k = 1;
        while let Some(anniv) = s.checked_add_months(Months::new(12 * k)) {
            if anniv > horizon {
                break;
            }
            out.push(m(
                "Renewal review and success plan update",
                "vendor",
                anniv - Duration::days(45),
            ));
            k += 1;
        }
    }
    // Quarterly business reviews, only over the data window.
    let mut q = a.start + Duration::days(180);
    while q <= horizon {
        if q >= window.start - Duration::days(90) {
            out.push(m("Quarterly business review", "vendor", q));
        }
        q = q
            .checked_add_months(Months::new(3))
            .unwrap_or(horizon + Duration::days(1));
    }
    match a.case {
        Some(Case::TimelyIntervention) => {
            let d = dates.new_champion_day;
            out.push(Milestone {
                title: "Onboard the new analyst (remote session)",
                side: "vendor",
                due: d + Duration::days(2),
                done: Some(Some(d)),
            });
            out.push(Milestone {
                title: "New analyst rebuilds team dashboards",
                side: "customer",
                due: d + Duration::days(14),
                done: Some(Some(d + Duration::days(9))),
            });
        }
        Some(Case::ModuleStacking) => {
            let t = dates.training;
            out.push(Milestone {
                title: "Training on data collection and analysis",
                side: "vendor",
                due: t,
                done: Some(Some(t)),
            });
            out.push(Milestone {
                title: "First pipeline and saved funnel",
                side: "customer",
                due: t + Duration::days(45),
                done: Some(Some(t + Duration::days(30))),
            });
        }
        None => {}
    }
    // Nothing is planned after a customer left (until it came back).
    out.retain(|ms| match (a.churn, a.reactivation) {
        (Some(c), None) => ms.due < c,
        (Some(c), Some(back)) => ms.due < c || ms.due >= back,
        _ => true,
    });
    out.retain(|ms| ms.due <= horizon);
    out.sort_by_key(|ms| ms.due);
    out
}

/// Writes milestones.csv; `completed_at` is an RFC 3339 timestamp in the
/// account's working hours, empty when not done.
pub fn write(
    path: &Path,
    seed: u64,
    window: Window,
    accounts: &[Account],
    locale: Locale,
) -> Result<u64, DemoError> {
    let dates = CaseDates::for_end(window.end);
    let mut w = csv::Writer::from_path(path)?;
    w.write_record([
        "milestone_id",
        "account_id",
        "title",
        "owner_side",
        "due_date",
        "completed_at",
    ])?;
    let mut rows = 0u64;
    for a in accounts {
        let mut r = rng::rng_for(seed, a.idx, Stream::Milestones);
        for ms in plan(a, window, &dates) {
            let done = match ms.done {
                Some(forced) => forced,
                None => {
                    // Healthy customers deliver, mostly on time; vendor steps slip less.
                    let p = 0.5 + 0.45 * a.health + if ms.side == "vendor" { 0.1 } else { 0.0 };
                    let slip =
                        (rng::normal(&mut r) * 9.0 + 2.0 + 12.0 * (1.0 - a.health)).round() as i64;
                    let when = ms.due + Duration::days(slip);
                    let early = ms.due > window.end && r.random_bool(0.15);
                    (r.random_bool(p.min(0.97)) || early).then_some(when)
                }
            };
            let done = done.filter(|&d| d <= window.end);
            rows += 1;
            w.write_record([
                &format!("MS-{rows:05}"),
                &a.id,
                texts::milestone(locale, ms.title),
                ms.side,
                &ms.due.format("%Y-%m-%d").to_string(),
                &done
                    .map(|d| rng::rfc3339(rng::at(d, rng::work_second(&mut r, a.region))))
                    .unwrap_or_default(),
            ])?;
        }
    }
    w.flush()?;
    Ok(rows)
}
