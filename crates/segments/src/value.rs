//! Value tiers: accounts grouped by ARR at configurable cut points, the classic view that
//! needs segments sit beside.

use serde::{Deserialize, Serialize};

use crate::Error;

/// Accounts with no running subscription on the as-of day.
pub const NO_ARR: &str = "No ARR";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub name: String,
    /// Lowest ARR (major units) in the tier; the tier runs up to the next tier's minimum.
    pub min_arr: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ValueTiers(pub Vec<Tier>);

impl Default for ValueTiers {
    /// Cut points common in B2B SaaS coverage models: below 10k ARR is served tech-touch,
    /// 10-50k pooled, 50-150k by a named CSM, 150k and up as strategic accounts.
    fn default() -> Self {
        let t = |name: &str, min_arr: f64| Tier { name: name.into(), min_arr };
        ValueTiers(vec![t("Starter", 0.0), t("Growth", 10_000.0), t("Enterprise", 50_000.0), t("Strategic", 150_000.0)])
    }
}

impl ValueTiers {
    pub fn validate(&self) -> Result<(), Error> {
        use i18n::{Arg, Text};
        let bad = |t: Text| Err(Error::Settings(t));
        let name = |t: &Tier| Arg::Str(t.name.clone());
        let arr = |t: &Tier| Arg::Number { value: t.min_arr, decimals: 2 };
        match self.0.first() {
            None => return bad(Text::new("segments-tiers-none")),
            Some(t) if t.min_arr != 0.0 => return bad(Text::new("segments-tiers-first").arg("name", name(t))),
            _ => {}
        }
        for w in self.0.windows(2) {
            if !(w[1].min_arr > w[0].min_arr) {
                return bad(Text::new("segments-tiers-order").arg("name", name(&w[1])).arg("min", arr(&w[1])).arg("below", name(&w[0])).arg("below_min", arr(&w[0])));
            }
        }
        for t in &self.0 {
            if t.name.trim().is_empty() || t.name == NO_ARR {
                return bad(Text::new("segments-tiers-name").arg("name", name(t)));
            }
        }
        Ok(())
    }

    /// The tier of an ARR; ARR 0 is [`NO_ARR`], not the lowest tier.
    pub fn tier_of(&self, arr: f64) -> &str {
        if arr <= 0.0 {
            return NO_ARR;
        }
        self.0.iter().rev().find(|t| arr >= t.min_arr).map_or(NO_ARR, |t| t.name.as_str())
    }

    /// Tier names, lowest first, then [`NO_ARR`].
    pub fn names(&self) -> Vec<String> {
        self.0.iter().map(|t| t.name.clone()).chain([NO_ARR.to_string()]).collect()
    }
}
