//! Subscriptions: annual terms with expansions, contractions, price uplifts,
//! churn and reactivation, written as periods to subscriptions.csv.

use std::path::Path;

use chrono::{Months, NaiveDate};
use rand::Rng;

use crate::{DemoError, fx};
use crate::accounts::{Account, Plan, Trajectory, Window};
use crate::case_studies::{self, CaseDates};
use crate::catalog::{self, ModuleDef};
use crate::rng::{self, Stream};

/// One row of subscriptions.csv: a price that held from `start` (inclusive)
/// to `end` (exclusive, `None` = still active).
#[derive(Debug, Clone)]
pub struct Period {
    pub sub_id: String,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub plan: Plan,
    pub seats: u32,
    pub modules: Vec<usize>,
    pub mrr_cents: i64,
    price_factor: f64,
}

/// A contract change on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Renewal with more seats, maybe an extra module.
    Expand,
    /// Seats added mid-term.
    AddSeats,
    /// Renewal with fewer seats, maybe a module dropped.
    Contract,
    /// Renewal at a higher list price.
    Uplift,
}

/// List price in cents per month.
fn list_price(plan: Plan, seats: u32, modules: usize) -> f64 {
    let (base, seat, module) = match plan {
        Plan::Starter => (9_900.0, 2_900.0, 0.0),
        Plan::Growth => (25_000.0, 4_500.0, 12_000.0),
        Plan::Enterprise => (90_000.0, 6_200.0, 26_000.0),
    };
    let volume = if seats > 50 { 0.9 } else { 1.0 };
    base + seat * seats as f64 * volume + module * modules as f64
}

fn priced(mut p: Period) -> Period {
    let cents = list_price(p.plan, p.seats, p.modules.len()) * p.price_factor;
    // Sales rounds contract prices to whole dollars.
    p.mrr_cents = (cents / 100.0).round() as i64 * 100;
    p
}

/// Builds the account's subscription periods.
pub fn plan_periods(
    a: &mut Account,
    seed: u64,
    window: Window,
    n_modules: usize,
    dates: &CaseDates,
) {
    let mut r = rng::rng_for(seed, a.idx, Stream::Revenue);
    let first = Period {
        sub_id: format!("SUB-{:04}", a.idx + 1),
        start: a.start,
        end: None,
        plan: a.plan,
        seats: a.seats0,
        modules: a.licensed0.clone(),
        mrr_cents: 0,
        price_factor: r.random_range(0.85..1.0), // negotiated discount
    };
    let mut periods = relationship(a, &mut r, first, a.churn, window, n_modules, dates);
    if let Some(back) = a.reactivation {
        let last = periods.last().cloned().expect("at least one period");
        let mut modules = last.modules.clone();
        modules.truncate(modules.len().clamp(2, 3));
        let again = Period {
            sub_id: format!("SUB-{:04}-2", a.idx + 1),
            start: back,
            end: None,
            plan: if last.plan == Plan::Enterprise {
                Plan::Growth
            } else {
                last.plan
            },
            seats: ((last.seats as f64) * 0.6).round().max(3.0) as u32,
            modules,
            mrr_cents: 0,
            price_factor: 0.95,
        };
        periods.extend(relationship(
            a, &mut r, again, None, window, n_modules, dates,
        ));
    }
    a.periods = periods;
}

fn relationship<R: Rng>(
    a: &Account,
    r: &mut R,
    first: Period,
    end: Option<NaiveDate>,
    window: Window,
    n_modules: usize,
    dates: &CaseDates,
) -> Vec<Period> {
    let limit = end.unwrap_or(window.end + chrono::Duration::days(1));
    let mut changes: Vec<(NaiveDate, Change)> = Vec::new();
    let mut k = 1;
    while let Some(anniv) = first.start.checked_add_months(Months::new(12 * k)) {
        if anniv >= limit {
            break;
        }
        let x: f64 = r.random();
        let change = match a.trajectory {
            Trajectory::Expanding if x < 0.6 => Some(Change::Expand),
            Trajectory::Expanding if x < 0.7 => Some(Change::Uplift),
            Trajectory::Stable if x < 0.15 => Some(Change::Expand),
            Trajectory::Stable if x < 0.23 => Some(Change::Contract),
            Trajectory::Stable if x < 0.48 => Some(Change::Uplift),
            Trajectory::Contracting if x < 0.5 => Some(Change::Contract),
            Trajectory::Contracting if x < 0.55 => Some(Change::Expand),
            _ => None,
        };
        if let Some(c) = change {
            changes.push((anniv, c));
        }
        if a.trajectory == Trajectory::Expanding && r.random_bool(0.35) {
            let prev = first.start.checked_add_months(Months::new(12 * (k - 1)));
            if let Some(mid) = prev.map(|p| p + rng::days(r, 90, 270)) {
                changes.push((mid, Change::AddSeats));
            }
        }
        k += 1;
    }
    changes.extend(case_studies::contract_changes(a, dates));
    changes.sort_by_key(|c| c.0);
    changes.dedup_by_key(|c| c.0);

    let mut out = Vec::new();
    let mut cur = priced(first);
    for (day, change) in changes {
        if day <= cur.start || day >= limit || day > window.end {
            continue;
        }
        if a.case.is_some() && change == Change::Contract {
            continue;
        }
        let mut next = cur.clone();
        next.start = day;
        next.end = None;
        match change {
            Change::Expand => {
                next.seats = (next.seats as f64 * r.random_range(1.1..1.5)).ceil() as u32;
                if r.random_bool(0.35)
                    && let Some(m) = (0..n_modules).find(|m| !next.modules.contains(m))
                {
                    next.modules.push(m);
                    next.modules.sort();
                }
            }
            Change::AddSeats => {
                next.seats = (next.seats as f64 * r.random_range(1.05..1.3)).ceil() as u32;
            }
            Change::Contract => {
                next.seats = ((next.seats as f64 * r.random_range(0.6..0.9)) as u32).max(3);
                if next.modules.len() > 2 && r.random_bool(0.3) {
                    let core = [catalog::MONITORING, catalog::VISUALIZATION];
                    if let Some(i) = next.modules.iter().rposition(|m| !core.contains(m)) {
                        next.modules.remove(i);
                    }
                }
            }
            Change::Uplift => next.price_factor *= r.random_range(1.03..1.08),
        }
        let next = priced(next);
        if next.mrr_cents == cur.mrr_cents && next.modules == cur.modules {
            continue;
        }
        cur.end = Some(day);
        out.push(cur);
        cur = next;
    }
    cur.end = end;
    out.push(cur);
    out
}

/// Writes subscriptions.csv (with `modules` as an extra column).
pub fn write(path: &Path, accounts: &[Account], modules: &[ModuleDef]) -> Result<u64, DemoError> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record([
        "account_id",
        "subscription_id",
        "plan",
        "mrr",
        "currency",
        "start_date",
        "end_date",
        "modules",
    ])?;
    let mut rows = 0;
    for a in accounts {
        for p in &a.periods {
            let cents = fx::local_cents(p.mrr_cents, a.currency);
            let mrr = format!("{}.{:02}", cents / 100, cents % 100);
            let start = p.start.format("%Y-%m-%d").to_string();
            let end = p
                .end
                .map(|e| e.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            let mods: Vec<&str> = p.modules.iter().map(|&m| modules[m].id).collect();
            w.write_record([
                a.id.as_str(),
                &p.sub_id,
                p.plan.as_str(),
                &mrr,
                a.currency,
                &start,
                &end,
                &mods.join(";"),
            ])?;
            rows += 1;
        }
    }
    w.flush()?;
    Ok(rows)
}
