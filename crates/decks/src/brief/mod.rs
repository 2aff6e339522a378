//! The pre-sale value brief: what customers like a prospect achieved, for a sales engineer to
//! show before the contract. Comparable customers are found by industry, size, region, the
//! modules of interest and the expected deal size; the brief shows how fast they adopted each
//! module, how soon they reached value, where they are now, how long customers like them stay
//! (sBG) and what that is worth, a 30/60/90 plan taken from what they completed, and the
//! evidence base. It never names a customer: every figure is an aggregate of several.

/// The slides.
mod slides;
/// The statistics over the comparable customers.
pub mod stats;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::brand::Brand;
use crate::model::Deck;
use crate::Error;

/// The prospect: the CLI's `--profile FILE.json` and the app's form send the same fields
/// (docs/DECKS.md), so a profile file and the form describe a prospect the same way.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Prospect {
    pub name: String,
    #[serde(default)]
    pub industry: Option<String>,
    #[serde(default)]
    pub employees: Option<i64>,
    #[serde(default)]
    pub region: Option<String>,
    /// Module keys (or names) of interest.
    #[serde(default)]
    pub modules: Vec<String>,
    #[serde(default)]
    pub seats: Option<i64>,
    /// Expected monthly recurring revenue of the deal, in the book's currency.
    #[serde(default)]
    pub expected_mrr: Option<f64>,
}

/// Text left blank is no answer, not an answer of "".
fn given(s: &Option<String>) -> Option<String> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

impl Prospect {
    /// A profile file, tidied and checked; errors name the file and the field.
    pub fn load(path: &Path) -> Result<Prospect, Error> {
        let bad = |field: &str, why: String| Error::Profile { file: path.display().to_string(), field: field.into(), why };
        let text = std::fs::read_to_string(path).map_err(|e| bad("file", e.to_string()))?;
        let p: Prospect = serde_json::from_str(&text).map_err(|e| bad("json", e.to_string()))?;
        let p = p.tidied();
        match p.problem() {
            Some((field, why)) => Err(bad(field, why.into())),
            None => Ok(p),
        }
    }

    /// The profile as the brief reads it: names and text trimmed, blank text as no answer, and a
    /// module named twice (in any case) counted once.
    pub fn tidied(&self) -> Prospect {
        let mut modules: Vec<String> = vec![];
        for m in self.modules.iter().map(|m| m.trim()).filter(|m| !m.is_empty()) {
            if !modules.iter().any(|k| k.eq_ignore_ascii_case(m)) {
                modules.push(m.to_string());
            }
        }
        Prospect {
            name: self.name.trim().to_string(),
            industry: given(&self.industry),
            employees: self.employees,
            region: given(&self.region),
            modules,
            seats: self.seats,
            expected_mrr: self.expected_mrr,
        }
    }

    /// What makes the profile unusable for a brief, as (field, why); None when it is usable.
    pub fn problem(&self) -> Option<(&'static str, &'static str)> {
        if self.name.trim().is_empty() {
            return Some(("name", "must not be empty: the brief is titled with it"));
        }
        if self.employees.is_some_and(|e| e < 0) || self.seats.is_some_and(|s| s < 0) || self.expected_mrr.is_some_and(|m| !m.is_finite() || m < 0.0) {
            return Some(("employees/seats/expected_mrr", "must not be negative"));
        }
        None
    }
}

/// The brief for `prospect`, from the book as of `as_of`.
pub async fn build(
    ws: &store::Workspace,
    prospect: &Prospect,
    as_of: chrono::NaiveDate,
    settings: &metrics::Settings,
    brand: &Brand,
    lang: i18n::Lang,
) -> Result<Deck, Error> {
    let evidence = stats::gather(ws, prospect, as_of, settings).await?;
    slides::deck(prospect, &evidence, brand, lang)
}

/// The brief's slides from evidence already gathered with [`stats::gather`]: lets the app
/// check the evidence (enough comparable customers?) before drawing, and draw the charts on a
/// blocking thread instead of an async worker.
pub fn deck(prospect: &Prospect, evidence: &stats::Evidence, brand: &Brand, lang: i18n::Lang) -> Result<Deck, Error> {
    slides::deck(prospect, evidence, brand, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_are_checked_with_file_and_field() {
        let dir = tempfile::tempdir().unwrap();
        let write = |body: &str| {
            let p = dir.path().join("p.json");
            std::fs::write(&p, body).unwrap();
            p
        };
        let ok = Prospect::load(&write(r#"{"name": " Northwind ", "industry": " ", "modules": ["monitoring", " Monitoring", ""], "expected_mrr": 2500}"#)).unwrap();
        assert_eq!((ok.name.as_str(), ok.expected_mrr), ("Northwind", Some(2500.0)));
        assert_eq!((ok.industry, ok.modules), (None, vec!["monitoring".to_string()]));
        for (body, field) in [(r#"{"name": " "}"#, "name"), (r#"{"name": "X", "seats": -1}"#, "employees/seats/expected_mrr"), (r#"{"name": "X", "size": 3}"#, "json")] {
            let err = Prospect::load(&write(body)).unwrap_err();
            assert_eq!(err.code(), "invalid_profile");
            assert!(err.to_string().contains("p.json") && err.to_string().contains(field), "{err}");
        }
    }
}
