//! Support tickets and NPS survey responses.

use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use rand::Rng;
use rand::seq::IndexedRandom;

use crate::texts::{self, Text};
use crate::{DemoError, Locale};
use crate::accounts::{Account, Window};
use crate::case_studies::{Case, CaseDates};
use crate::people::Role;
use crate::rng::{self, Stream};

struct Ticket {
    opened: NaiveDateTime,
    priority: &'static str,
}

/// Monthly ticket rate: bigger and struggling customers write more, new customers ask during
/// onboarding, a declining account complains. (Whether the account will churn plays no part:
/// churn follows these signals, crate::risk. A support crisis adds its own tickets, day by day:
/// [`CRISIS_TICKETS_PER_DAY`].)
fn monthly_rate(a: &Account, day: NaiveDate) -> f64 {
    let mut rate = (0.25 + 0.02 * a.seats0.min(100) as f64) * (1.7 - a.health);
    let age = (day - a.relationship_start(day)).num_days();
    if age < 60 {
        rate *= 1.8;
    }
    if a.episodes.declining(day) {
        rate *= 1.8;
    }
    rate
}

/// Tickets a day during a support crisis, on top of the usual ones: about five a fortnight.
const CRISIS_TICKETS_PER_DAY: f64 = 0.35;

fn tickets_for<R: Rng>(a: &Account, r: &mut R, window: Window, dates: &CaseDates) -> Vec<Ticket> {
    let mut out = Vec::new();
    let mut month = rng::month_start(window.start);
    while month <= window.end {
        let next = month
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(window.end);
        let n = rng::poisson(r, monthly_rate(a, month));
        let span = (next - month).num_days();
        for _ in 0..n {
            let day = month + rng::days(r, 0, span - 1);
            if day < window.start || day > window.end || !a.subscribed(day) {
                continue;
            }
            let x: f64 = r.random();
            let urgent = if a.episodes.in_crisis(day) {
                0.45
            } else if a.health < 0.4 {
                0.12
            } else {
                0.05
            };
            let priority = if x < urgent {
                "urgent"
            } else if x < urgent + 0.17 {
                "high"
            } else if x < 0.68 {
                "normal"
            } else {
                "low"
            };
            out.push(Ticket {
                opened: rng::at(day, rng::work_second(r, a.region)),
                priority,
            });
        }
        month = next;
    }
    if let Some(from) = a.episodes.crisis_from {
        let mut day = from.max(window.start);
        while a.episodes.in_crisis(day) && day <= window.end {
            if a.subscribed(day) && r.random_bool(CRISIS_TICKETS_PER_DAY) {
                let priority = if r.random_bool(0.45) { "urgent" } else { "high" };
                out.push(Ticket { opened: rng::at(day, rng::work_second(r, a.region)), priority });
            }
            day += Duration::days(1);
        }
    }
    if a.case == Some(Case::TimelyIntervention) {
        // The new champion's how-to questions during onboarding.
        for k in [1, 3, 6] {
            let day = dates.new_champion_day + Duration::days(k);
            if day <= window.end {
                let t = rng::at(day, rng::work_second(r, a.region));
                out.push(Ticket {
                    opened: t,
                    priority: "normal",
                });
            }
        }
    }
    out.sort_by_key(|t| t.opened);
    out
}

fn hours(h: f64) -> Duration {
    Duration::seconds((h * 3600.0) as i64 + 60)
}

/// Writes tickets.csv. Returns the number of tickets and each account's ticket days (in
/// order), which the CSMs watch for bursts (crate::csm).
pub fn write_tickets(
    path: &Path,
    seed: u64,
    window: Window,
    accounts: &[Account],
) -> Result<(u64, Vec<Vec<NaiveDate>>), DemoError> {
    let mut days: Vec<Vec<NaiveDate>> = vec![Vec::new(); accounts.len()];
    let dates = CaseDates::for_end(window.end);
    let horizon = rng::at(window.end, 86_399);
    let mut w = csv::Writer::from_path(path)?;
    w.write_record([
        "ticket_id",
        "account_id",
        "opened_at",
        "first_response_at",
        "resolved_at",
        "priority",
        "csat",
    ])?;
    let mut rows = 0u64;
    for a in accounts {
        let mut r = rng::rng_for(seed, a.idx, Stream::Tickets);
        let tickets = tickets_for(a, &mut r, window, &dates);
        if let Some(slot) = days.get_mut(a.idx) {
            slot.extend(tickets.iter().map(|t| t.opened.date()));
        }
        for t in tickets {
            let (resp_h, res_h) = match t.priority {
                "urgent" => (0.4, 8.0),
                "high" => (2.0, 24.0),
                "normal" => (6.0, 60.0),
                _ => (14.0, 120.0),
            };
            let first = t.opened + hours(rng::exponential(&mut r, resp_h));
            // In a crisis the queue backs up: weeks instead of hours.
            let res_h = if a.episodes.in_crisis(t.opened.date()) { res_h * 60.0 } else { res_h };
            let resolve_h = rng::exponential(&mut r, res_h);
            let resolved = first + hours(resolve_h);
            // A few stay open for a long time regardless.
            let stuck = r.random_bool(0.02);
            let first_s = if first <= horizon {
                rng::rfc3339(first)
            } else {
                String::new()
            };
            let (resolved_s, csat) = if resolved <= horizon && !stuck {
                let slow = resolve_h > res_h * 2.0;
                let mean = 2.6 + 2.4 * a.health - if slow { 0.8 } else { 0.0 };
                let score = (mean + 0.9 * rng::normal(&mut r)).round().clamp(1.0, 5.0) as u8;
                let csat = if r.random_bool(0.55) {
                    score.to_string()
                } else {
                    String::new()
                };
                (rng::rfc3339(resolved), csat)
            } else {
                (String::new(), String::new())
            };
            rows += 1;
            w.write_record([
                &format!("TCK-{rows:06}"),
                &a.id,
                &rng::rfc3339(t.opened),
                &first_s,
                &resolved_s,
                t.priority,
                &csat,
            ])?;
        }
    }
    w.flush()?;
    Ok((rows, days))
}

/// Writes nps.csv: quarterly surveys to a sample of each account's contacts. Returns the
/// number of responses and the detractors' (account index, day), which the CSMs follow up
/// (crate::csm).
pub fn write_nps(
    path: &Path,
    seed: u64,
    window: Window,
    accounts: &[Account],
    locale: Locale,
) -> Result<(u64, Vec<(usize, NaiveDate)>), DemoError> {
    let mut detractors = Vec::new();
    let mut surveys = Vec::new();
    for y in window.start.year()..=window.end.year() {
        for m in [1, 4, 7, 10] {
            if let Some(d) = NaiveDate::from_ymd_opt(y, m, 12)
                && d >= window.start
                && d <= window.end
            {
                surveys.push(d);
            }
        }
    }
    let mut w = csv::Writer::from_path(path)?;
    w.write_record([
        "response_id",
        "account_id",
        "contact_id",
        "responded_at",
        "score",
        "comment",
    ])?;
    let mut rows = 0u64;
    for a in accounts {
        let mut r = rng::rng_for(seed, a.idx, Stream::Nps);
        for &s in &surveys {
            if !a.subscribed(s) {
                continue;
            }
            let mut h = a.health;
            // Detractors follow the troubles the score also sees.
            let since = |d: Option<NaiveDate>, days: i64| d.is_some_and(|d| d <= s && (s - d).num_days() < days);
            let crisis_felt = if a.episodes.crisis_handled { 45 } else { 150 };
            if a.episodes.declining(s) || since(a.episodes.crisis_from, crisis_felt) || a.episodes.champion_missing(s) {
                h *= 0.6;
            }
            if (s - a.relationship_start(s)).num_days() < 60 {
                h = (h + 0.1).min(1.0); // honeymoon
            }
            for u in a.users.iter().filter(|u| u.present(s)) {
                let p = match u.role {
                    Role::User => 0.18,
                    _ => 0.45,
                };
                if !r.random_bool(p) {
                    continue;
                }
                let day = s + rng::days(&mut r, 0, 13);
                if day > window.end {
                    continue;
                }
                let score = (3.8 + 6.6 * h + 1.5 * rng::normal(&mut r))
                    .round()
                    .clamp(0.0, 10.0) as u8;
                let pool: &[Text] = match score {
                    9..=10 => &texts::PROMOTER,
                    7..=8 => &texts::PASSIVE,
                    _ => &texts::DETRACTOR,
                };
                let comment = if r.random_bool(0.4) {
                    ""
                } else {
                    pool.choose(&mut r).map_or("", |t| texts::pick(locale, t))
                };
                rows += 1;
                if score <= 6 {
                    detractors.push((a.idx, day));
                }
                w.write_record([
                    &format!("NPS-{rows:06}"),
                    &a.id,
                    &u.contact_id,
                    &rng::rfc3339(rng::at(day, rng::work_second(&mut r, a.region))),
                    &score.to_string(),
                    comment,
                ])?;
            }
        }
    }
    w.flush()?;
    Ok((rows, detractors))
}
