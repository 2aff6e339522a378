//! The value brief builder for sales engineers: what the prospect form offers, the evidence the
//! brief would rest on (recomputed as the form changes), and the brief saved as PPTX or PDF.
//!
//! The evidence comes from the brief's own statistics (`decks::brief::stats`), so the screen
//! and the file can never disagree. It carries counts and aggregates only, never a customer's
//! name or id, and nothing at all when fewer than [`MIN_EVIDENCE`] customers are comparable:
//! the brief goes to a prospect, and a "median" of two customers would describe those two.

/// The evidence types and how they are read from the brief's statistics.
mod evidence;

use decks::brief::stats::{self, Evidence, MIN_EVIDENCE};
use serde::Serialize;

use crate::{Error, Session};
pub use evidence::{
    BriefAdoption, BriefCriterion, BriefEvidence, BriefMatch, BriefOutcomes, BriefPlanStep, BriefRetention, BriefTimeToValue, slide_titles,
};
use evidence::evidence_view;
use crate::decks::{blocking, deck_error, save, target, SavedDeck};

pub use decks::brief::Prospect;

/// A value the form offers, with how many customers (current or former) have it, so the
/// engineer sees at once whether a choice can find comparables.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefChoice {
    pub value: String,
    pub customers: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefModule {
    pub key: String,
    pub name: String,
}

/// An employee-size band. Choosing one fills `employees` with `employees`, a value inside the
/// band; the brief then compares with customers from half to twice that.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefSizeBand {
    pub label: i18n::Text,
    pub min: i64,
    /// Absent for the open-ended top band.
    pub max: Option<i64>,
    pub employees: i64,
    pub customers: u32,
}

/// What the prospect form offers.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BriefOptions {
    pub as_of: String,
    /// The currency of `expected_mrr` and of the lifetime value: the book's.
    pub currency: Option<String>,
    /// Customers ever (a subscription at some time): who can be compared.
    pub customers: u32,
    pub min_evidence: u32,
    pub industries: Vec<BriefChoice>,
    pub regions: Vec<BriefChoice>,
    pub modules: Vec<BriefModule>,
    pub sizes: Vec<BriefSizeBand>,
}

pub(crate) const MIN: u32 = MIN_EVIDENCE as u32;

/// Conventional company-size bands; `employees` is their geometric middle, rounded, so the
/// half-to-twice window around it covers most of the band.
const BANDS: [(i64, Option<i64>, i64); 5] =
    [(1, Some(49), 20), (50, Some(249), 110), (250, Some(999), 500), (1_000, Some(4_999), 2_200), (5_000, None, 10_000)];

/// "Under 50", "50–249", "5,000 or more", with the reader's digit grouping.
fn band_label(min: i64, max: Option<i64>) -> i18n::Text {
    use i18n::{Arg, Text};
    match max {
        Some(max) if min <= 1 => Text::new("brief-size-under").arg("max", Arg::Int(max + 1)),
        Some(max) => Text::new("brief-size-range").arg("min", Arg::Int(min)).arg("max", Arg::Int(max)),
        None => Text::new("brief-size-over").arg("min", Arg::Int(min)),
    }
}

pub(crate) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The form's prospect as the brief reads it (tidied as a profile file is); the name only when
/// the brief is to be written, since the evidence does not depend on it.
fn checked(prospect: &Prospect, need_name: bool) -> Result<Prospect, Error> {
    let p = prospect.tidied();
    // The evidence does not depend on the name: an unnamed prospect is checked for the rest.
    let named = if p.name.is_empty() && !need_name { Prospect { name: "-".into(), ..p.clone() } } else { p.clone() };
    match named.problem() {
        Some(("name", _)) => Err(Error::refused("error-views-brief-name")),
        Some(_) => Err(Error::refused("error-views-brief-negative")),
        None => Ok(p),
    }
}

/// Distinct values with their customer counts, most customers first, then by name.
fn choices<'a>(values: impl Iterator<Item = &'a str>) -> Vec<BriefChoice> {
    let mut counts: std::collections::BTreeMap<String, (String, u32)> = Default::default();
    for v in values.map(str::trim).filter(|v| !v.is_empty()) {
        counts.entry(v.to_lowercase()).or_insert_with(|| (v.to_string(), 0)).1 += 1;
    }
    let mut out: Vec<BriefChoice> = counts.into_values().map(|(value, customers)| BriefChoice { value, customers }).collect();
    out.sort_by(|a, b| b.customers.cmp(&a.customers).then_with(|| a.value.to_lowercase().cmp(&b.value.to_lowercase())));
    out
}

/// What the form offers, from the session's snapshot: industries, regions and sizes of the
/// customers that can be compared, and the module catalogue.
pub async fn brief_options(session: &Session) -> Result<BriefOptions, Error> {
    let snap = session.snapshot().await?;
    let index: std::collections::HashMap<&str, usize> = snap.book.accounts.iter().enumerate().map(|(i, a)| (a.external_id.as_str(), i)).collect();
    // Customers ever, as the brief counts them: accounts with a subscription.
    let customers: Vec<&metrics::AccountView> =
        snap.analysis.accounts.iter().filter(|v| index.get(v.account_id.as_str()).is_some_and(|&b| !snap.book.subscriptions_of(b).is_empty())).collect();
    let modules = session.workspace().modules().await?.into_iter().map(|m| BriefModule { key: m.key, name: m.name }).collect();
    let sizes = BANDS
        .iter()
        .map(|&(min, max, employees)| {
            let inside = customers.iter().filter(|v| v.employees.is_some_and(|e| e >= min && max.is_none_or(|m| e <= m))).count();
            BriefSizeBand { label: band_label(min, max), min, max, employees, customers: count(inside) }
        })
        .collect();
    Ok(BriefOptions {
        as_of: snap.as_of.to_string(),
        currency: snap.book.currency.clone(),
        customers: count(customers.len()),
        min_evidence: MIN,
        industries: choices(customers.iter().filter_map(|v| v.industry.as_deref())),
        regions: choices(customers.iter().filter_map(|v| v.region.as_deref())),
        modules,
        sizes,
    })
}

/// The evidence from the session's snapshot (the book and its analysis are already loaded, so a
/// changed form field costs the module catalogue, the first uses and the arithmetic, not a
/// reload of the whole book).
async fn gather(session: &Session, p: &Prospect) -> Result<(Evidence, Vec<store::ModuleInfo>), Error> {
    let snap = session.snapshot().await?;
    let ws = session.workspace();
    let catalogue = ws.modules().await?;
    let firsts = ws.first_uses(&snap.as_of.to_string()).await?;
    let src = stats::Sources { as_of: snap.as_of, book: &snap.book, analysis: &snap.analysis, catalogue: &catalogue, firsts: &firsts };
    Ok((stats::evidence(p, &src), catalogue))
}

/// The comparable customers for `prospect` and the headline numbers the brief would show, as
/// of the app's day (the snapshot's, like every other screen).
/// The slide titles are in `lang`, the brief's language.
pub async fn brief_evidence(session: &Session, prospect: &Prospect, lang: i18n::Lang) -> Result<BriefEvidence, Error> {
    let p = checked(prospect, false)?;
    let (e, catalogue) = gather(session, &p).await?;
    Ok(evidence_view(&p, &e, &catalogue, lang))
}

/// The brief for `prospect` written to `path`, .pptx or .pdf by its extension. Refused when
/// fewer than [`MIN_EVIDENCE`] customers are comparable: such a brief would describe them.
pub async fn save_brief(session: &Session, prospect: &Prospect, path: &str, lang: i18n::Lang) -> Result<SavedDeck, Error> {
    let (path, format) = target(path)?;
    let p = checked(prospect, true)?;
    let (e, _) = gather(session, &p).await?;
    if e.comparables < MIN_EVIDENCE {
        return Err(Error::Refused(i18n::Text::new("error-views-brief-evidence").arg("count", i18n::Arg::Int(e.comparables as i64)).arg("min", i18n::Arg::Int(MIN_EVIDENCE as i64))));
    }
    let brand = crate::decks::brand(session).await?;
    // Drawing the charts and laying out the PDF is CPU work: keep it off the async workers.
    blocking(move || save(&decks::brief::deck(&p, &e, &brand, lang).map_err(deck_error)?, &path, format)).await
}

