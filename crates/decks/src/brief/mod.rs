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

use serde::Deserialize;

use crate::brand::Brand;
use crate::model::Deck;
use crate::Error;

/// The prospect, from `--profile FILE.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
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
    /// Expected monthly recurring revenue of the deal.
    #[serde(default)]
    pub expected_mrr: Option<f64>,
}

impl Prospect {
    pub fn load(path: &Path) -> Result<Prospect, Error> {
        let bad = |field: &str, why: String| Error::Profile { file: path.display().to_string(), field: field.into(), why };
        let text = std::fs::read_to_string(path).map_err(|e| bad("file", e.to_string()))?;
        let p: Prospect = serde_json::from_str(&text).map_err(|e| bad("json", e.to_string()))?;
        if p.name.trim().is_empty() {
            return Err(bad("name", "must not be empty".into()));
        }
        if p.employees.is_some_and(|e| e < 0) || p.seats.is_some_and(|s| s < 0) || p.expected_mrr.is_some_and(|m| !m.is_finite() || m < 0.0) {
            return Err(bad("employees/seats/expected_mrr", "must not be negative".into()));
        }
        Ok(p)
    }
}

/// The brief for `prospect`, from the book as of `as_of`.
pub async fn build(ws: &store::Workspace, prospect: &Prospect, as_of: chrono::NaiveDate, settings: &metrics::Settings, brand: &Brand) -> Result<Deck, Error> {
    let evidence = stats::gather(ws, prospect, as_of, settings).await?;
    slides::deck(prospect, &evidence, brand)
}

/// The brief's slides from evidence already gathered with [`stats::gather`]: lets the app
/// check the evidence (enough comparable customers?) before drawing, and draw the charts on a
/// blocking thread instead of an async worker.
pub fn deck(prospect: &Prospect, evidence: &stats::Evidence, brand: &Brand) -> Result<Deck, Error> {
    slides::deck(prospect, evidence, brand)
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
        let ok = Prospect::load(&write(r#"{"name": "Northwind", "modules": ["monitoring"], "expected_mrr": 2500}"#)).unwrap();
        assert_eq!((ok.name.as_str(), ok.expected_mrr), ("Northwind", Some(2500.0)));
        for (body, field) in [(r#"{"name": " "}"#, "name"), (r#"{"name": "X", "seats": -1}"#, "employees/seats/expected_mrr"), (r#"{"name": "X", "size": 3}"#, "json")] {
            let err = Prospect::load(&write(body)).unwrap_err();
            assert_eq!(err.code(), "invalid_profile");
            assert!(err.to_string().contains("p.json") && err.to_string().contains(field), "{err}");
        }
    }
}
