//! Account planning: latent traits, lifecycle dates and accounts.csv.

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;
use rand::Rng;
use rand::seq::IndexedRandom;

use crate::catalog::{self, ModuleDef};
use crate::personas::Need;
use crate::rng::{self, Stream};
use crate::{DemoConfig, DemoError, case_studies, names, people, revenue};

/// The days covered by the data (both inclusive).
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trajectory {
    Expanding,
    Stable,
    Contracting,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    Starter,
    Growth,
    Enterprise,
}

impl Plan {
    pub fn as_str(self) -> &'static str {
        match self {
            Plan::Starter => "starter",
            Plan::Growth => "growth",
            Plan::Enterprise => "enterprise",
        }
    }
}

/// When a licensed module starts (and maybe stops) being used.
#[derive(Debug, Clone)]
pub struct Adoption {
    pub module: usize,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    /// Share of the account's activity at full adoption.
    pub weight: f64,
}

/// One customer with everything the writers need.
#[derive(Debug, Clone)]
pub struct Account {
    pub idx: usize,
    pub id: String,
    pub name: String,
    pub industry: &'static str,
    /// Region code (NA, EMEA, APAC, LATAM): it sets the working hours of the activity.
    pub region: &'static str,
    /// Region written to accounts.csv when it is not the code (the demo's locales).
    pub region_label: Option<&'static str>,
    /// Currency of the subscriptions (their prices are planned in USD and converted).
    pub currency: &'static str,
    pub employees: u32,
    pub owner: &'static str,
    pub tier: &'static str,
    pub domain: String,
    pub created_at: NaiveDate,
    /// First subscription day.
    pub start: NaiveDate,
    /// Last subscription end (exclusive) when the account churned in the window.
    pub churn: Option<NaiveDate>,
    /// Start of a new subscription after the churn, if the customer came back.
    pub reactivation: Option<NaiveDate>,
    /// Usage declines, champions lost, support crises ([`crate::risk`]).
    pub episodes: crate::risk::Episodes,
    pub health: f64,
    pub trajectory: Trajectory,
    pub plan: Plan,
    pub seats0: u32,
    pub licensed0: Vec<usize>,
    pub periods: Vec<revenue::Period>,
    pub adoption: Vec<Adoption>,
    pub users: Vec<people::User>,
    pub case: Option<case_studies::Case>,
    /// What the customer uses the product for (case studies keep their scripted usage).
    pub need: Option<Need>,
}

impl Account {
    /// Whether a subscription covers `d`.
    pub fn subscribed(&self, d: NaiveDate) -> bool {
        self.periods
            .iter()
            .any(|p| p.start <= d && p.end.is_none_or(|e| d < e))
    }

    /// Start of the latest subscription relationship on or before `d`.
    pub fn relationship_start(&self, d: NaiveDate) -> NaiveDate {
        match self.reactivation {
            Some(r) if r <= d => r,
            _ => self.start,
        }
    }
}

/// Plans the whole portfolio: traits, revenue, people and adoption.
pub fn plan(cfg: &DemoConfig, window: Window, modules: &[ModuleDef]) -> Vec<Account> {
    let mut g = rng::rng_global(cfg.seed, Stream::Plan);
    // Start dates first, so that ids follow signing order (ACC-0001 is the oldest).
    let mut starts: Vec<NaiveDate> = (0..cfg.accounts)
        .map(|_| {
            if g.random_bool(0.66) {
                window.start - rng::days(&mut g, 20, 1100)
            } else {
                let span = (window.end - window.start).num_days().max(21) - 20;
                // Slightly more new logos recently: the vendor is growing.
                let x = g.random::<f64>().powf(0.8);
                window.start + chrono::Duration::days((x * span as f64) as i64)
            }
        })
        .collect();
    starts.sort();

    let dates = case_studies::CaseDates::for_end(window.end);
    let mut used_names: HashSet<String> = case_studies::reserved_names();
    let mut specials = names::SPECIAL_COMPANIES.iter();
    let mut contact_seq = 0usize;
    let mut out = Vec::with_capacity(cfg.accounts);
    for (idx, &start) in starts.iter().enumerate() {
        let mut r = rng::rng_for(cfg.seed, idx, Stream::Plan);
        let case = case_studies::case_for(idx);
        let mut a = draw(&mut r, idx, start, window, cfg.modules, &mut used_names, &cfg.churn);
        if let Some(c) = case {
            case_studies::shape_account(&mut a, c, &dates, cfg.modules);
        } else if idx % 37 == 20
            && let Some(&(name, industry, region)) = specials.next()
        {
            a.name = name.to_string();
            a.industry = industry;
            a.region = region;
            a.domain = names::domain_for(name, region, idx);
        }
        if a.case.is_none() {
            let need = Need::draw(cfg.seed, idx);
            for m in need.key_modules(cfg.modules) {
                if !a.licensed0.contains(&m) {
                    a.licensed0.push(m);
                }
            }
            a.licensed0.sort();
            a.need = Some(need);
        }
        revenue::plan_periods(&mut a, cfg.seed, window, modules.len(), &dates);
        plan_adoption(&mut a, &mut r, window, &dates);
        people::plan_users(&mut a, cfg.seed, window, &mut contact_seq, &dates);
        out.push(a);
    }
    out
}

fn draw<R: Rng>(
    r: &mut R,
    idx: usize,
    start: NaiveDate,
    window: Window,
    n_modules: usize,
    used: &mut HashSet<String>,
    drivers: &crate::risk::ChurnDrivers,
) -> Account {
    let industry = *names::INDUSTRIES.choose(r).unwrap_or(&"Software");
    let region = *[
        "NA", "NA", "NA", "NA", "EMEA", "EMEA", "EMEA", "APAC", "APAC", "LATAM",
    ]
    .choose(r)
    .unwrap_or(&"NA");
    let mut name = names::company(r, industry, region);
    for _ in 0..50 {
        if used.insert(name.clone()) {
            break;
        }
        name = names::company(r, industry, region);
    }
    let employees = rng::lognormal(r, 320.0, 1.25).clamp(12.0, 80_000.0) as u32;
    let tier = match employees {
        0..200 => "smb",
        200..2000 => "mid_market",
        _ => "enterprise",
    };
    let plan = match (tier, r.random::<f64>()) {
        ("smb", x) if x < 0.75 => Plan::Starter,
        ("smb", _) => Plan::Growth,
        ("mid_market", x) if x < 0.15 => Plan::Starter,
        ("mid_market", x) if x < 0.8 => Plan::Growth,
        ("mid_market", _) => Plan::Enterprise,
        (_, x) if x < 0.3 => Plan::Growth,
        _ => Plan::Enterprise,
    };
    let seat_cap = if plan == Plan::Starter { 25.0 } else { 150.0 };
    let seats0 =
        ((employees as f64).powf(0.5) * r.random_range(0.35..0.8)).clamp(3.0, seat_cap) as u32;
    // Health: most customers are fine, a long tail struggles.
    let health = {
        let a: f64 = r.random::<f64>();
        let b: f64 = r.random::<f64>();
        (0.15 + 0.85 * (a.max(b) * 0.7 + a.min(b) * 0.3)).clamp(0.05, 0.98)
    };
    let trajectory = match (health, r.random::<f64>()) {
        (h, x) if h > 0.6 && x < 0.55 => Trajectory::Expanding,
        (h, x) if h < 0.45 && x < 0.5 => Trajectory::Contracting,
        (_, x) if x < 0.15 => Trajectory::Expanding,
        (_, x) if x > 0.92 => Trajectory::Contracting,
        _ => Trajectory::Stable,
    };
    // Every plan includes monitoring and visualization; bigger plans license more.
    let want = match plan {
        Plan::Starter => r.random_range(2..=3),
        Plan::Growth => r.random_range(3..=5),
        Plan::Enterprise => r.random_range(5..=n_modules.max(5)),
    }
    .min(n_modules);
    let mut licensed0 = vec![catalog::MONITORING, catalog::VISUALIZATION];
    let mut others: Vec<usize> = (0..n_modules).filter(|m| !licensed0.contains(m)).collect();
    while licensed0.len() < want && !others.is_empty() {
        let i = r.random_range(0..others.len());
        licensed0.push(others.swap_remove(i));
    }
    licensed0.sort();
    let id = format!("ACC-{:04}", idx + 1);
    let domain = names::domain_for(&name, region, idx);
    let created_at = start - rng::days(r, 7, 90);
    let owner = names::CSMS[(idx * 7 + r.random_range(0..3)) % names::CSMS.len()];

    // Episodes first, then churn at a renewal from them (crate::risk); a few churners come back.
    let mut episodes = crate::risk::episodes(r, drivers, health, start, window);
    let churn = crate::risk::churn(r, drivers, &episodes, health, start, window);
    // Nothing happens to a customer after it left.
    if let Some(c) = churn {
        for day in [&mut episodes.decline_from, &mut episodes.champion_lost, &mut episodes.crisis_from] {
            *day = day.filter(|d| *d < c);
        }
        // A decline that led to the churn runs until the end.
        if episodes.decline_from.is_some() {
            episodes.decline_until = None;
        }
    }
    let reactivation = churn.and_then(|c| {
        let back = c + rng::days(r, 60, 150);
        (back + chrono::Duration::days(30) <= window.end && r.random_bool(0.18)).then_some(back)
    });
    // Today's at-risk accounts: a decline in the last months that has not led anywhere yet.
    if episodes.decline_from.is_none() && churn.is_none() && health < 0.33 && r.random_bool(0.8) {
        episodes.decline_from = Some(window.end - rng::days(r, 40, 120));
        episodes.decline_until = None;
    }
    Account {
        idx,
        id,
        name,
        industry,
        region,
        region_label: None,
        currency: "USD",
        employees,
        owner,
        tier,
        domain,
        created_at,
        start,
        churn,
        reactivation,
        episodes,
        health,
        trajectory,
        plan,
        seats0,
        licensed0,
        periods: Vec::new(),
        adoption: Vec::new(),
        users: Vec::new(),
        case: None,
        need: None,
    }
}

/// Which licensed modules get used, from when, and how much.
fn plan_adoption<R: Rng>(
    a: &mut Account,
    r: &mut R,
    window: Window,
    dates: &case_studies::CaseDates,
) {
    if let Some(c) = a.case {
        a.adoption = case_studies::adoption(a, c, dates);
        return;
    }
    // Every module ever licensed, with the first day it was licensed and the
    // day it was dropped (if ever).
    let mut licensed: Vec<(usize, NaiveDate, Option<NaiveDate>)> = Vec::new();
    for p in &a.periods {
        for &m in &p.modules {
            if !licensed.iter().any(|&(x, _, _)| x == m) {
                licensed.push((m, p.start, None));
            }
        }
        for l in licensed.iter_mut() {
            if l.2.is_none() && !p.modules.contains(&l.0) {
                l.2 = Some(p.start);
            }
        }
    }
    let need = a.need.unwrap_or(Need::Broad);
    let keys = need.key_modules(usize::MAX);
    let p_adopt = if need.adopts_everything() { 0.9 } else { 0.15 + 0.6 * a.health };
    let mut out = Vec::new();
    for (m, since, dropped) in licensed {
        // What the customer bought the product for is used from the start.
        let key = keys.contains(&m);
        let core = key || m == catalog::MONITORING || m == catalog::VISUALIZATION;
        if !core && !r.random_bool(p_adopt) {
            continue;
        }
        if !key && m == catalog::MONITORING && r.random_bool(0.12) {
            continue; // some customers only live in dashboards
        }
        let lag = if core {
            rng::days(r, 0, 10)
        } else {
            rng::days(r, 15, 240)
        };
        let from = since + lag;
        if from > window.end || dropped.is_some_and(|d| d <= from) {
            continue;
        }
        let base = if need.adopts_everything() { 1.2 } else if core { 1.6 } else { 0.8 };
        let weight = rng::lognormal(r, base, 0.5) * need.weight_factor(m);
        out.push(Adoption {
            module: m,
            from,
            until: dropped,
            weight,
        });
    }
    if out.is_empty() {
        out.push(Adoption {
            module: catalog::VISUALIZATION,
            from: a.start,
            until: None,
            weight: 1.0,
        });
    }
    a.adoption = out;
}


/// Writes accounts.csv (with `tier` and `website` as extra columns).
pub fn write(path: &Path, accounts: &[Account]) -> Result<u64, DemoError> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record([
        "account_id",
        "name",
        "industry",
        "region",
        "employees",
        "owner",
        "lifecycle_stage",
        "created_at",
        "tier",
        "website",
    ])?;
    for a in accounts {
        let employees = a.employees.to_string();
        let created = a.created_at.format("%Y-%m-%d").to_string();
        let website = format!("https://www.{}", a.domain);
        w.write_record([
            a.id.as_str(),
            &a.name,
            a.industry,
            a.region_label.unwrap_or(a.region),
            &employees,
            a.owner,
            // Left empty: Waypoint derives the stage from the data (docs/METRICS.md).
            "",
            &created,
            a.tier,
            &website,
        ])?;
    }
    w.flush()?;
    Ok(accounts.len() as u64)
}
