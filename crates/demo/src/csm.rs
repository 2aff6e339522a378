//! What the CSMs did: the playbook tasks of the book's history, written to tasks.csv, so a
//! new demo workspace already has the record `waypoint playbooks effect` reads.
//!
//! Two playbooks, two stories:
//! - **ticket-spike** (a burst of tickets: 3 or more in two weeks, twice the usual pace): the
//!   CSM takes most bursts on within days. When the burst is a support crisis
//!   ([`crate::risk`]), taking it on shortens it and it weighs far less on the renewal: the
//!   playbook works. An ordinary burst passes either way.
//! - **detractor-follow-up** (an NPS response of 0-6): most detractors get their call within
//!   days, but the call changes nothing about churn: the playbook does not.
//!
//! A task not done in time is done late (months after) or, near the end of the window, still
//! open. Whether a task is done is drawn for each case alone, never from the outcome.

use std::path::Path;

use chrono::{Duration, NaiveDate};
use rand::Rng;

use crate::accounts::{Account, Window};
use crate::rng::{self, Stream};
use crate::DemoError;

/// Share of detractor follow-ups and ordinary ticket bursts taken on in time (crises: the
/// plan's `crisis_handled`).
const DONE_IN_TIME: f64 = 0.6;

/// What the CSMs react to, besides the planned crises.
pub struct Signals<'a> {
    /// (account index, day) of NPS responses of 0-6.
    pub detractors: &'a [(usize, NaiveDate)],
    /// Each account's ticket days, in order.
    pub ticket_days: &'a [Vec<NaiveDate>],
}

/// The days a CSM notices a burst of tickets: 3 or more in the last 14 days and at least twice
/// the pace of the 12 weeks before; a new burst only after 60 quiet days.
fn bursts(days: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut out: Vec<NaiveDate> = vec![];
    for &d in days {
        let recent = days.iter().filter(|t| **t <= d && (d - **t).num_days() < 14).count();
        let before = days.iter().filter(|t| (d - **t).num_days() >= 14 && (d - **t).num_days() < 98).count();
        let burst = recent >= 3 && recent as f64 >= 2.0 * before as f64 / 6.0;
        if burst && out.last().is_none_or(|l| (d - *l).num_days() > 60) {
            out.push(d);
        }
    }
    out
}

struct Row<'a> {
    account: &'a str,
    playbook: &'static str,
    created: NaiveDate,
    due: NaiveDate,
    completed: Option<NaiveDate>,
}

/// A task created `created`, due `due_days` later; done `done` days after creation, when that
/// falls inside the window.
fn row<'a>(a: &'a Account, playbook: &'static str, created: NaiveDate, due_days: i64, done: i64, window: Window) -> Row<'a> {
    let completed = Some(created + Duration::days(done)).filter(|d| *d <= window.end);
    Row { account: &a.id, playbook, created, due: created + Duration::days(due_days), completed }
}

/// Writes tasks.csv.
pub fn write(path: &Path, seed: u64, window: Window, accounts: &[Account], signals: &Signals) -> Result<u64, DemoError> {
    let mut rows: Vec<Row> = Vec::new();
    for a in accounts {
        let mut r = rng::rng_for(seed, a.idx, Stream::Csm);
        if let Some(crisis) = a.episodes.crisis_from {
            let created = crisis + rng::days(&mut r, 3, 8);
            let done = if a.episodes.crisis_handled { r.random_range(2..15) } else { r.random_range(75..120) };
            if created <= window.end {
                rows.push(row(a, "ticket-spike", created, 3, done, window));
            }
        }
        // Ordinary bursts (a crisis's own burst is the crisis task above).
        let crisis = |d: NaiveDate| a.episodes.crisis_from.is_some_and(|f| d >= f - Duration::days(14) && d <= f + Duration::days(crate::risk::CRISIS_DAYS));
        for day in bursts(signals.ticket_days.get(a.idx).map_or(&[][..], |v| v.as_slice())).into_iter().filter(|d| !crisis(*d)) {
            let created = day + rng::days(&mut r, 1, 3);
            let done = if r.random_bool(DONE_IN_TIME) { r.random_range(2..15) } else { r.random_range(75..120) };
            if created <= window.end && a.subscribed(created) {
                rows.push(row(a, "ticket-spike", created, 3, done, window));
            }
        }
        for &(_, day) in signals.detractors.iter().filter(|(i, _)| *i == a.idx) {
            let created = day + rng::days(&mut r, 1, 3);
            let done = if r.random_bool(DONE_IN_TIME) { r.random_range(1..6) } else { r.random_range(40..90) };
            if created <= window.end && a.subscribed(created) {
                rows.push(row(a, "detractor-follow-up", created, 2, done, window));
            }
        }
    }
    rows.sort_by(|x, y| x.created.cmp(&y.created).then(x.account.cmp(y.account)).then(x.playbook.cmp(y.playbook)));
    let mut w = csv::Writer::from_path(path)?;
    w.write_record(["account_id", "playbook", "step", "created_at", "due_day", "completed_at"])?;
    for t in &rows {
        let completed = t.completed.map(|d| d.to_string()).unwrap_or_default();
        w.write_record([t.account, t.playbook, "1", &t.created.to_string(), &t.due.to_string(), &completed])?;
    }
    w.flush()?;
    Ok(rows.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_three_tickets_in_two_weeks_at_twice_the_usual_pace() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        // Quiet, then three in a week: one burst, on the third ticket.
        assert_eq!(bursts(&[d("2025-01-05"), d("2025-03-01"), d("2025-03-04"), d("2025-03-07")]), vec![d("2025-03-07")]);
        // A busy account's usual pace is no burst: 3 a fortnight for months.
        let busy: Vec<NaiveDate> = (0..40).map(|i| d("2025-01-01") + Duration::days(i * 5)).collect();
        assert!(bursts(&busy).iter().all(|b| *b < d("2025-02-01")), "{:?}", bursts(&busy));
        // Two bursts 30 days apart are one; 90 days apart, two.
        let two = [d("2025-03-01"), d("2025-03-02"), d("2025-03-03"), d("2025-06-10"), d("2025-06-11"), d("2025-06-12")];
        assert_eq!(bursts(&two), vec![d("2025-03-03"), d("2025-06-12")]);
    }
}
