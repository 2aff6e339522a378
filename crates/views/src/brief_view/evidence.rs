//! The evidence in the screen's terms: counts and aggregates of the comparable customers,
//! with every figure drawn from fewer than [`MIN_EVIDENCE`] customers left out, as the brief
//! leaves it out, and nothing at all when fewer customers than that are comparable.

use decks::brief::stats::{self, Evidence, MIN_EVIDENCE};
use i18n::{Arg, Lang, Text};
use retention::GroupRetention;
use serde::Serialize;

use super::{MIN, Prospect, count};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum BriefCriterion {
    Industry,
    Size,
    Modules,
    Region,
    Deal,
}

/// One matching criterion the profile gave: its weight and how many comparables meet it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefMatch {
    pub criterion: BriefCriterion,
    /// "in Logistics", "of a similar size (400 to 1,600 employees)"...
    pub label: Text,
    pub points: u32,
    pub customers: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefAdoption {
    pub module: String,
    /// Comparables that used it, of `customers` (those started after usage data begins).
    pub adopted: u32,
    pub customers: u32,
    /// Median days from contract start to first use; `None` when fewer than 5 used it.
    pub median_days: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefTimeToValue {
    /// Comparables with a first value event on record.
    pub customers: u32,
    pub median_days: Option<f64>,
    /// Share reaching value within 90 days, 0..1.
    pub within_90_days: Option<f64>,
}

/// Where current comparable customers are today: medians over at least 5 of them.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefOutcomes {
    pub customers: u32,
    pub breadth: Option<f64>,
    pub stickiness: Option<f64>,
    pub depth: Option<f64>,
    pub health: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefRetention {
    /// Share still customers after 12 and 24 months (Kaplan–Meier), when at least 5
    /// comparables have been followed that long.
    pub retained_12m: Option<f64>,
    pub retained_24m: Option<f64>,
    /// The same over all customers, for comparison.
    pub all_12m: Option<f64>,
    pub all_24m: Option<f64>,
    /// Expected discounted lifetime in years (sBG, 10% a year).
    pub lifetime_years: Option<f64>,
    /// Twelve times the expected MRR.
    pub annual_value: Option<f64>,
    /// `annual_value` over the discounted lifetime.
    pub lifetime_value: Option<f64>,
    /// Why there is no lifetime, when there is none.
    pub note: Option<i18n::Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefPlanStep {
    /// "30", "60" or "90".
    pub phase: String,
    pub title: String,
    pub had: u32,
    pub done: u32,
}

/// The evidence a brief for the prospect would rest on. When `enough` is false every figure
/// is empty and `message` says why: the brief is not worth showing.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefEvidence {
    pub as_of: String,
    pub currency: Option<String>,
    pub min_evidence: u32,
    pub comparables: u32,
    pub enough: bool,
    pub message: Option<Text>,
    pub active: u32,
    pub former: u32,
    /// Fewer than 5 close matches: the comparison took the most similar customers instead.
    pub widened: bool,
    pub matched: Vec<BriefMatch>,
    /// Modules the profile names that the catalogue does not know: left out of the matching.
    pub unknown_modules: Vec<String>,
    pub adoption: Vec<BriefAdoption>,
    pub time_to_value: Option<BriefTimeToValue>,
    pub outcomes: Option<BriefOutcomes>,
    pub retention: Option<BriefRetention>,
    pub plan: Vec<BriefPlanStep>,
    /// The titles of the brief's slides, in order, in the brief's language.
    pub slides: Vec<String>,
}


/// The brief's slide titles, as `decks::brief` writes them (a test holds the two together):
/// the screen lists them without drawing the deck's charts on every keystroke.
pub fn slide_titles(prospect_name: &str, lang: Lang) -> Vec<String> {
    let name = if prospect_name.trim().is_empty() { i18n::text(lang, "brief-prospect-unnamed") } else { prospect_name.to_string() };
    let mut titles = vec![i18n::tr!(lang, "deck-brief-title", prospect = name)];
    titles.extend(["evidence", "adoption", "outcomes", "retention", "plan", "method"].map(|k| i18n::text(lang, &format!("deck-brief-{k}-title"))));
    titles
}

fn median_of(xs: &[f64]) -> Option<f64> {
    (xs.len() >= MIN_EVIDENCE).then(|| stats::median(xs)).flatten()
}

/// How many of the group were followed at least `months`: Kaplan–Meier at 12 months from two
/// customers followed that long would be a figure from two customers.
fn followed(r: &GroupRetention, months: f64) -> usize {
    let gone: usize = r.curve.steps.iter().filter(|s| s.time < months).map(|s| s.events + s.censored).sum();
    r.curve.subjects.saturating_sub(gone)
}

fn retained(r: &GroupRetention, months: f64, value: Option<f64>) -> Option<f64> {
    value.filter(|_| followed(r, months) >= MIN_EVIDENCE)
}

fn matched(p: &Prospect, e: &Evidence) -> Vec<BriefMatch> {
    let m = &e.matches;
    let mut out = vec![];
    let mut add = |criterion, label: Text, points, n: usize| out.push(BriefMatch { criterion, label, points, customers: count(n) });
    if let Some(i) = &p.industry {
        add(BriefCriterion::Industry, Text::new("brief-match-industry").arg("industry", Arg::Str(i.clone())), 3, m.industry);
    }
    if let Some(n) = p.employees {
        let size = Text::new("brief-match-size").arg("from", Arg::Int((n / 2).max(0))).arg("to", Arg::Int((n * 2).max(0)));
        add(BriefCriterion::Size, size, 2, m.size);
    }
    if !p.modules.is_empty() {
        add(BriefCriterion::Modules, Text::new("brief-match-modules"), 2, m.modules);
    }
    if let Some(r) = &p.region {
        add(BriefCriterion::Region, Text::new("brief-match-region").arg("region", Arg::Str(r.clone())), 1, m.region);
    }
    if p.expected_mrr.is_some() {
        add(BriefCriterion::Deal, Text::new("brief-match-deal"), 1, m.deal);
    }
    out
}

/// The evidence in the screen's terms; every figure from fewer than [`MIN_EVIDENCE`]
/// customers is left out, as in the brief.
pub(super) fn evidence_view(p: &Prospect, e: &Evidence, catalogue: &[store::ModuleInfo], lang: Lang) -> BriefEvidence {
    let enough = e.comparables >= MIN_EVIDENCE;
    let unknown_modules = p.modules.iter().filter(|m| !catalogue.iter().any(|c| c.key.eq_ignore_ascii_case(m) || c.name.eq_ignore_ascii_case(m))).cloned().collect();
    let mut view = BriefEvidence {
        as_of: e.as_of.to_string(),
        currency: e.currency.clone(),
        min_evidence: MIN,
        comparables: count(e.comparables),
        enough,
        message: None,
        active: count(e.active),
        former: count(e.former),
        widened: e.widened,
        matched: vec![],
        unknown_modules,
        adoption: vec![],
        time_to_value: None,
        outcomes: None,
        retention: None,
        plan: vec![],
        slides: slide_titles(&p.name, lang),
    };
    if !enough {
        view.message = Some(Text::new("brief-not-enough").arg("count", Arg::Int(e.comparables as i64)).arg("min", Arg::Int(MIN_EVIDENCE as i64)));
        return view;
    }
    if e.widened {
        view.message = Some(Text::new("brief-widened").arg("count", Arg::Int(e.comparables as i64)));
    }
    view.matched = matched(p, e);
    view.adoption = e.adoption.iter().map(|a| BriefAdoption { module: a.module.clone(), adopted: count(a.adopted), customers: count(a.customers), median_days: a.median_days }).collect();
    let ttv: Vec<f64> = e.time_to_value.iter().map(|&d| d as f64).collect();
    let within = (ttv.len() >= MIN_EVIDENCE).then(|| ttv.iter().filter(|&&d| d <= 90.0).count() as f64 / ttv.len() as f64);
    view.time_to_value = Some(BriefTimeToValue { customers: count(ttv.len()), median_days: median_of(&ttv), within_90_days: within });
    view.outcomes = Some(BriefOutcomes {
        customers: count(e.active),
        breadth: median_of(&e.breadth),
        stickiness: median_of(&e.stickiness),
        depth: median_of(&e.depth),
        health: median_of(&e.health),
    });
    let r = &e.retention;
    let annual = p.expected_mrr.map(|m| 12.0 * m);
    view.retention = Some(BriefRetention {
        retained_12m: retained(r, 12.0, r.retained_12m),
        retained_24m: retained(r, 24.0, r.retained_24m),
        all_12m: retained(&e.all, 12.0, e.all.retained_12m),
        all_24m: retained(&e.all, 24.0, e.all.retained_24m),
        lifetime_years: r.discounted_lifetime_years,
        annual_value: annual,
        lifetime_value: r.discounted_lifetime_years.zip(annual).map(|(y, a)| y * a),
        note: if r.discounted_lifetime_years.is_none() { r.sbg_note.clone() } else { None },
    });
    view.plan = e.plan.iter().map(|s| BriefPlanStep { phase: s.phase.clone(), title: s.title.clone(), had: count(s.had), done: count(s.done) }).collect();
    view
}
