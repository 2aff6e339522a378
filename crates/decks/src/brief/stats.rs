//! Comparable customers and what they achieved, aggregated so no single customer shows.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use metrics::{AccountView, Book, Scope, Settings};
use retention::{GroupRetention, Grouping};

use super::Prospect;
use crate::Error;

/// Fewer comparable customers than this and the brief widens the comparison (a median of
/// three is an anecdote), and never shows a figure drawn from fewer.
pub const MIN_EVIDENCE: usize = 5;
/// At most this many comparables: the closest ones.
const MAX_COMPARABLES: usize = 40;

/// Why an account counts as comparable: the criteria it matches.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matches {
    pub industry: usize,
    pub size: usize,
    pub region: usize,
    pub modules: usize,
    pub deal: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Adoption {
    pub module: String,
    /// Comparables that used the module at all.
    pub adopted: usize,
    /// Of `customers` (those with a known start).
    pub customers: usize,
    /// Median days from the customer start to the first use.
    pub median_days: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanStep {
    /// `30`, `60` or `90`.
    pub phase: String,
    pub title: String,
    /// Comparables that had this milestone, and of those, how many completed it.
    pub had: usize,
    pub done: usize,
}

#[derive(Debug, Clone)]
pub struct Evidence {
    pub as_of: NaiveDate,
    pub currency: Option<String>,
    pub comparables: usize,
    pub active: usize,
    pub former: usize,
    pub matches: Matches,
    /// The comparison had to widen beyond close matches.
    pub widened: bool,
    pub adoption: Vec<Adoption>,
    /// The first day of usage data: customers who started earlier have no first use or
    /// first value on record, so they do not count for adoption and time to value.
    pub history_start: Option<NaiveDate>,
    pub time_to_value: Vec<i64>,
    pub breadth: Vec<f64>,
    pub stickiness: Vec<f64>,
    pub depth: Vec<f64>,
    pub health: Vec<f64>,
    pub retention: GroupRetention,
    pub all: GroupRetention,
    pub plan: Vec<PlanStep>,
}

fn same(a: Option<&str>, b: Option<&str>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.trim().eq_ignore_ascii_case(b.trim()))
}

fn within_2x(a: f64, b: f64) -> bool {
    a > 0.0 && b > 0.0 && a / b <= 2.0 && b / a <= 2.0
}

/// The modules of interest as catalogue keys (keys or names accepted).
fn interest(prospect: &Prospect, catalogue: &[store::ModuleInfo]) -> Vec<String> {
    prospect
        .modules
        .iter()
        .filter_map(|m| catalogue.iter().find(|c| c.key.eq_ignore_ascii_case(m.trim()) || c.name.eq_ignore_ascii_case(m.trim())).map(|c| c.key.clone()))
        .collect()
}

/// Score of how alike an account is to the prospect, with the criteria it matched.
fn similarity(p: &Prospect, v: &AccountView, licensed: &[String], wanted: &[String], last_arr: f64) -> (u32, [bool; 5]) {
    let industry = same(p.industry.as_deref(), v.industry.as_deref());
    let size = matches!((p.employees, v.employees), (Some(a), Some(b)) if within_2x(a as f64, b as f64));
    let region = same(p.region.as_deref(), v.region.as_deref());
    let modules = !wanted.is_empty() && wanted.iter().all(|w| licensed.contains(w));
    let deal = p.expected_mrr.is_some_and(|m| within_2x(12.0 * m, last_arr));
    let score = 3 * u32::from(industry) + 2 * u32::from(size) + u32::from(region) + 2 * u32::from(modules) + u32::from(deal);
    (score, [industry, size, region, modules, deal])
}

pub fn median(xs: &[f64]) -> Option<f64> {
    metrics::profile::median(xs.to_vec())
}

/// What the evidence is computed from, read once: a form that changes often (the app's
/// prospect form) reads it from what is already loaded instead of the workspace each time.
pub struct Sources<'a> {
    pub as_of: NaiveDate,
    pub book: &'a Book,
    /// The book analysed as of `as_of`.
    pub analysis: &'a metrics::Analysis,
    pub catalogue: &'a [store::ModuleInfo],
    /// Each account's first day with each module, up to `as_of`.
    pub firsts: &'a [store::FirstUse],
}

/// Reads the book and aggregates what the comparable customers achieved.
pub async fn gather(ws: &store::Workspace, p: &Prospect, as_of: NaiveDate, settings: &Settings) -> Result<Evidence, Error> {
    let analysis = metrics::analyze(ws, as_of, Scope::All, settings).await?;
    let book = Book::load(ws, as_of, Scope::All).await?;
    let catalogue = ws.modules().await?;
    let firsts = ws.first_uses(&as_of.to_string()).await?;
    Ok(evidence(p, &Sources { as_of, book: &book, analysis: &analysis, catalogue: &catalogue, firsts: &firsts }))
}

/// What the comparable customers achieved, from sources already read.
pub fn evidence(p: &Prospect, src: &Sources) -> Evidence {
    let Sources { as_of, book, analysis, catalogue, firsts } = *src;
    let wanted = interest(p, &catalogue);
    // Everything each account ever licensed, and its last ARR (churned ones too).
    let n = book.accounts.len();
    let mut licensed: Vec<Vec<String>> = vec![Vec::new(); n];
    let mut last_arr = vec![0.0; n];
    for s in &book.subscriptions {
        for &m in &s.modules {
            let key = book.modules[m].key.to_string();
            if !licensed[s.account].contains(&key) {
                licensed[s.account].push(key);
            }
        }
        // At its last month's rate: tiers compare ARR in the reporting currency.
        let last_day = s.end.and_then(|e| e.pred_opt()).unwrap_or(book.as_of).min(book.as_of);
        last_arr[s.account] = 12.0 * book.reporting_cents(s, last_day) as f64 / 100.0;
    }
    let index: BTreeMap<&str, usize> = book.accounts.iter().enumerate().map(|(i, a)| (a.external_id.as_str(), i)).collect();
    // Customers ever: those with a subscription.
    let mut scored: Vec<(u32, [bool; 5], usize)> = analysis
        .accounts
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let b = *index.get(v.account_id.as_str())?;
            (!book.subscriptions_of(b).is_empty()).then(|| {
                let (score, m) = similarity(p, v, &licensed[b], &wanted, last_arr[b]);
                (score, m, i)
            })
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
    let close: Vec<_> = scored.iter().filter(|s| s.0 >= 3).take(MAX_COMPARABLES).cloned().collect();
    let widened = close.len() < MIN_EVIDENCE;
    let chosen: Vec<_> = if widened { scored.iter().take(MAX_COMPARABLES.min(scored.len()).max(MIN_EVIDENCE.min(scored.len()))).cloned().collect() } else { close };
    let views: Vec<&AccountView> = chosen.iter().map(|c| &analysis.accounts[c.2]).collect();
    let mut matches = Matches::default();
    for (_, m, _) in &chosen {
        matches.industry += usize::from(m[0]);
        matches.size += usize::from(m[1]);
        matches.region += usize::from(m[2]);
        matches.modules += usize::from(m[3]);
        matches.deal += usize::from(m[4]);
    }
    let start = |v: &AccountView| v.customer_since.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let history_start = firsts.iter().filter_map(|f| NaiveDate::parse_from_str(&f.day, "%Y-%m-%d").ok()).min();
    let observed = |v: &AccountView| start(v).filter(|s| history_start.is_some_and(|h| *s >= h));
    let adoption = wanted
        .iter()
        .map(|key| {
            let mut days = Vec::new();
            let mut customers = 0;
            for v in &views {
                let Some(s) = observed(v) else { continue };
                customers += 1;
                if let Some(f) = firsts.iter().find(|f| f.account == v.account_id && &f.module == key)
                    && let Ok(day) = NaiveDate::parse_from_str(&f.day, "%Y-%m-%d")
                {
                    // Use during a trial counts as day 0.
                    days.push((day - s).num_days().max(0) as f64);
                }
            }
            let name = catalogue.iter().find(|c| &c.key == key).map_or(key.clone(), |c| c.name.clone());
            Adoption { module: name, adopted: days.len(), customers, median_days: if days.len() >= MIN_EVIDENCE { median(&days) } else { None } }
        })
        .collect();
    let active: Vec<&&AccountView> = views.iter().filter(|v| v.arr > 0.0).collect();
    let collect = |f: &dyn Fn(&AccountView) -> Option<f64>| -> Vec<f64> { active.iter().filter_map(|v| f(v)).collect() };
    // Retention: the comparables against the whole book.
    let mut labels = vec![String::from("others"); n];
    for v in &views {
        if let Some(&b) = index.get(v.account_id.as_str()) {
            labels[b] = "comparable".into();
        }
    }
    let report = retention::report(&book, "comparable", Grouping::Labels(&labels), retention::Options::default());
    let retention = report.groups.iter().find(|g| g.group == "comparable").cloned().unwrap_or_else(|| report.all.clone());
    // The plan: milestones the comparables had by phase, most common first.
    let mut steps: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for v in &views {
        for m in &v.success_plan.milestones {
            if matches!(&*m.phase, "30" | "60" | "90") {
                let e = steps.entry((m.phase.to_string(), m.title.to_string())).or_default();
                e.0 += 1;
                e.1 += usize::from(m.status == "done");
            }
        }
    }
    let mut plan: Vec<PlanStep> = steps.into_iter().filter(|(_, (had, _))| *had >= MIN_EVIDENCE).map(|((phase, title), (had, done))| PlanStep { phase, title, had, done }).collect();
    plan.sort_by(|a, b| a.phase.cmp(&b.phase).then(b.had.cmp(&a.had)).then(a.title.cmp(&b.title)));
    Evidence {
        as_of,
        currency: book.currency.clone(),
        comparables: views.len(),
        active: active.len(),
        former: views.len() - active.len(),
        matches,
        widened,
        adoption,
        history_start,
        time_to_value: views.iter().filter(|v| observed(v).is_some()).filter_map(|v| v.usage.time_to_value_days).collect(),
        breadth: collect(&|v| v.usage.breadth),
        stickiness: collect(&|v| v.usage.stickiness),
        depth: collect(&|v| v.usage.depth),
        health: collect(&|v| v.health.score.map(f64::from)),
        retention,
        all: report.all,
        plan,
    }
}
