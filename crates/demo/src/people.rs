//! The people at each customer: core users (executive sponsor, admins,
//! champions) and regular users whose number follows the licensed seats.

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;
use rand::Rng;

use crate::accounts::{Account, Window};
use crate::case_studies::{self, CaseDates};
use crate::rng::{self, Stream};
use crate::{DemoError, names};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    ExecutiveSponsor,
    Admin,
    Champion,
    User,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::ExecutiveSponsor => "executive_sponsor",
            Role::Admin => "admin",
            Role::Champion => "champion",
            Role::User => "user",
        }
    }
}

/// One contact; the contact id is the `userId` of their events.
#[derive(Debug, Clone)]
pub struct User {
    pub contact_id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// First day they can be active.
    pub join: NaiveDate,
    /// First day they are gone (exclusive end).
    pub leave: Option<NaiveDate>,
    /// Probability of being active on a normal weekday at full adoption.
    pub propensity: f64,
    /// Mean events per active day.
    pub intensity: f64,
    /// How often they complete core actions relative to the baseline.
    pub depth: f64,
    /// Index into the account's adoption list of the module they prefer.
    pub favourite: usize,
    /// The new champion of the timely-intervention case, whose activity the story scripts.
    pub new_champion: bool,
}

impl User {
    pub fn present(&self, d: NaiveDate) -> bool {
        self.join <= d && self.leave.is_none_or(|l| d < l)
    }
}

pub fn new_user<R: Rng>(r: &mut R, role: Role, join: NaiveDate, health: f64) -> User {
    let hf = 0.55 + 0.7 * health;
    let (propensity, intensity, depth) = match role {
        Role::ExecutiveSponsor => (r.random_range(0.05..0.14), 2.0, 0.6),
        Role::Admin => (r.random_range(0.45..0.75), 4.0, 1.5),
        Role::Champion => (r.random_range(0.55..0.85), 5.0, 2.5),
        Role::User => (
            rng::lognormal(r, 0.2, 0.6).clamp(0.02, 0.6),
            rng::lognormal(r, 2.5, 0.4).clamp(1.0, 8.0),
            rng::lognormal(r, 0.8, 0.5).clamp(0.2, 3.0),
        ),
    };
    User {
        contact_id: String::new(),
        name: names::person(r),
        email: String::new(),
        role,
        join,
        leave: None,
        propensity: (propensity * hf).min(0.95),
        intensity,
        depth,
        favourite: r.random_range(0..16),
        new_champion: false,
    }
}

/// Creates the account's contacts from its seat history.
pub fn plan_users(a: &mut Account, seed: u64, window: Window, seq: &mut usize, dates: &CaseDates) {
    let mut r = rng::rng_for(seed, a.idx, Stream::People);
    let h = a.health;
    let util = r.random_range(0.75..0.95);
    let s = a.start;
    let mut users = vec![new_user(&mut r, Role::ExecutiveSponsor, s, h)];
    for _ in 0..r.random_range(1..=2) {
        let j = s + rng::days(&mut r, 0, 5);
        users.push(new_user(&mut r, Role::Admin, j, h));
    }
    for _ in 0..r.random_range(1..=3) {
        let j = s + rng::days(&mut r, 2, 20);
        users.push(new_user(&mut r, Role::Champion, j, h));
    }
    let core = users.len();
    let regular0 = ((a.seats0 as f64 * util).round() as usize)
        .saturating_sub(core)
        .max(1);
    for _ in 0..regular0 {
        let j = s + rng::days(&mut r, 5, 80);
        users.push(new_user(&mut r, Role::User, j, h));
    }
    // Seat changes bring or follow user changes.
    for pair in a.periods.windows(2) {
        let (prev, next) = (&pair[0], &pair[1]);
        if prev.sub_id != next.sub_id {
            // Churn then reactivation: part of the team did not come back.
            let churn = prev.end.unwrap_or(next.start);
            for u in users
                .iter_mut()
                .filter(|u| u.role == Role::User && u.leave.is_none())
            {
                if r.random_bool(0.4) {
                    u.leave = Some(churn);
                }
            }
            continue;
        }
        let delta = next.seats as i64 - prev.seats as i64;
        let n = ((delta.unsigned_abs() as f64) * util).round() as usize;
        if delta > 0 {
            for _ in 0..n {
                let j = next.start + rng::days(&mut r, -25, 40);
                users.push(new_user(&mut r, Role::User, j, h));
            }
        } else {
            let cutoff = next.start - chrono::Duration::days(60);
            let mut leaving = 0;
            for u in users.iter_mut() {
                if leaving == n {
                    break;
                }
                if u.role == Role::User && u.leave.is_none() && u.join < cutoff {
                    u.leave = Some(next.start - rng::days(&mut r, 10, 55));
                    leaving += 1;
                }
            }
        }
    }
    // Natural turnover, with replacements; champions change jobs too.
    if a.case.is_none() {
        let existing = users.len();
        for i in 0..existing {
            let role = users[i].role;
            let mean_years = match role {
                Role::User => 6.0,
                Role::Champion => 9.0,
                _ => continue,
            };
            let gone = users[i].join
                + chrono::Duration::days((rng::exponential(&mut r, mean_years) * 365.0) as i64 + 1);
            if users[i].leave.is_some() || gone > window.end {
                continue;
            }
            users[i].leave = Some(gone);
            let back = gone + rng::days(&mut r, 3, 40);
            if back <= window.end && a.churn.is_none_or(|c| back < c) {
                users.push(new_user(&mut r, role, back, h));
            }
        }
    }
    // Champions lost (crate::risk): every champion there leaves within two weeks, and the
    // next one comes months later, if before the window ends.
    if let Some(lost) = a.episodes.champion_lost {
        let mut gone = 0;
        for u in users.iter_mut().filter(|u| u.role == Role::Champion && u.present(lost)) {
            u.leave = Some(lost + rng::days(&mut r, 0, 14));
            gone += 1;
        }
        // Those who would have joined after the loss do not come either.
        users.retain(|u| !(u.role == Role::Champion && u.join > lost));
        if let Some(back) = a.episodes.champion_back.filter(|b| gone > 0 && *b <= window.end && a.churn.is_none_or(|c| *b < c)) {
            users.push(new_user(&mut r, Role::Champion, back, h));
        }
    }
    case_studies::shape_users(a, &mut users, dates, &mut r);

    users.sort_by_key(|u| u.join);
    let mut emails = HashSet::new();
    for u in users.iter_mut() {
        *seq += 1;
        u.contact_id = format!("CON-{:06}", *seq);
        u.email = unique_email(&names::ascii_slug(&u.name, "."), &a.domain, &mut emails);
    }
    a.users = users;
}

/// `local@domain`, numbered (`local2@…`) when the account already has that address.
pub fn unique_email(local: &str, domain: &str, taken: &mut HashSet<String>) -> String {
    let mut email = format!("{local}@{domain}");
    let mut n = 2;
    while !taken.insert(email.clone()) {
        email = format!("{local}{n}@{domain}");
        n += 1;
    }
    email
}

/// Writes contacts.csv.
pub fn write(path: &Path, accounts: &[Account]) -> Result<u64, DemoError> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record(["contact_id", "account_id", "name", "email", "role"])?;
    let mut rows = 0;
    for a in accounts {
        for u in &a.users {
            w.write_record([
                u.contact_id.as_str(),
                &a.id,
                &u.name,
                &u.email,
                u.role.as_str(),
            ])?;
            rows += 1;
        }
    }
    w.flush()?;
    Ok(rows)
}
