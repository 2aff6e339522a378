//! The alert thresholds as the screen shows them: a label, a unit and the range the engine can
//! sensibly use, so a typo (a 0-day silence, a 500 % drop) is refused before it floods or
//! empties the alert list.

use metrics::alerts::AlertConfig;
use serde::{Deserialize, Serialize};

use super::{invalid, load_config, store_json};
use crate::{Config, Error, Session};

/// One threshold on the screen.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Threshold {
    pub key: String,
    /// `threshold-<key>` in the catalogue, with `.hint` and `.unit` attributes.
    pub label: i18n::Text,
    pub hint: i18n::Text,
    /// In `unit` (the usage drop is shown in percent, stored as a fraction).
    pub value: f64,
    pub unit: i18n::Text,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// Whole numbers only.
    pub integer: bool,
    pub default: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ThresholdInput {
    pub key: String,
    /// In the threshold's unit, as shown.
    pub value: f64,
}

struct Spec {
    key: &'static str,
    min: f64,
    max: f64,
    step: f64,
    integer: bool,
    /// Shown value = stored value × scale.
    scale: f64,
}

const fn spec(key: &'static str, min: f64, max: f64) -> Spec {
    Spec { key, min, max, step: 1.0, integer: true, scale: 1.0 }
}

const SPECS: [Spec; 10] = [
    Spec {
        step: 1.0,
        integer: false,
        scale: 100.0,
        ..spec("drop_threshold", 5.0, 100.0)
    },
    spec("drop_min_events", 1.0, 1_000_000.0),
    spec("silent_days", 1.0, 365.0),
    spec("core_silent_days", 1.0, 365.0),
    spec("onboarding_days", 1.0, 730.0),
    spec("nps_days", 1.0, 365.0),
    spec("ticket_spike_min", 1.0, 1000.0),
    Spec {
        step: 0.1,
        integer: false,
        ..spec("ticket_spike_factor", 1.0, 50.0)
    },
    spec("renewal_days", 1.0, 730.0),
    spec("health_drop", 1.0, 100.0),
];

fn get(c: &AlertConfig, key: &str) -> f64 {
    match key {
        "drop_threshold" => c.drop_threshold,
        "drop_min_events" => c.drop_min_events as f64,
        "silent_days" => c.silent_days as f64,
        "core_silent_days" => c.core_silent_days as f64,
        "onboarding_days" => c.onboarding_days as f64,
        "nps_days" => c.nps_days as f64,
        "ticket_spike_min" => c.ticket_spike_min as f64,
        "ticket_spike_factor" => c.ticket_spike_factor,
        "renewal_days" => c.renewal_days as f64,
        "health_drop" => c.health_drop as f64,
        _ => f64::NAN,
    }
}

/// `v` is already checked: in range, and whole where the field is an integer.
fn set(c: &mut AlertConfig, key: &str, v: f64) {
    match key {
        "drop_threshold" => c.drop_threshold = v,
        "drop_min_events" => c.drop_min_events = v as i64,
        "silent_days" => c.silent_days = v as i64,
        "core_silent_days" => c.core_silent_days = v as i64,
        "onboarding_days" => c.onboarding_days = v as i64,
        "nps_days" => c.nps_days = v as i64,
        "ticket_spike_min" => c.ticket_spike_min = v as usize,
        "ticket_spike_factor" => c.ticket_spike_factor = v,
        "renewal_days" => c.renewal_days = v as i64,
        "health_drop" => c.health_drop = v as i64,
        _ => {}
    }
}

/// The catalogue message naming a threshold (its `.hint` and `.unit` attributes beside it).
fn message(key: &str) -> String {
    format!("threshold-{}", key.replace('_', "-"))
}

/// Stored 0.3 shows as 30, not 30.000000000000004.
fn shown(stored: f64, scale: f64) -> f64 {
    (stored * scale * 1e6).round() / 1e6
}

pub(super) fn view(c: &AlertConfig) -> Vec<Threshold> {
    let d = AlertConfig::default();
    SPECS
        .iter()
        .map(|s| Threshold {
            key: s.key.into(),
            label: i18n::Text::new(message(s.key)),
            hint: i18n::Text::new(format!("{}.hint", message(s.key))),
            value: shown(get(c, s.key), s.scale),
            unit: i18n::Text::new(format!("{}.unit", message(s.key))),
            min: s.min,
            max: s.max,
            step: s.step,
            integer: s.integer,
            default: shown(get(&d, s.key), s.scale),
        })
        .collect()
}

/// Applies the inputs to `current`; the error names the first field that is wrong.
pub fn validate_thresholds(current: &AlertConfig, input: &[ThresholdInput]) -> Result<AlertConfig, Error> {
    let mut c = current.clone();
    for t in input {
        let s = SPECS.iter().find(|s| s.key == t.key).ok_or_else(|| invalid(&t.key, i18n::Text::new("error-settings-no-threshold")))?;
        let v = t.value;
        if !v.is_finite() || v < s.min || v > s.max {
            return Err(invalid(
                s.key,
                i18n::Text::new("error-settings-range")
                    .arg("min", i18n::Arg::Number { value: s.min, decimals: 2 })
                    .arg("max", i18n::Arg::Number { value: s.max, decimals: 2 })
                    .arg("unit", i18n::Arg::Term(format!("{}.unit", message(s.key)))),
            ));
        }
        if s.integer && v.fract() != 0.0 {
            return Err(invalid(s.key, i18n::Text::new("error-settings-whole")));
        }
        set(&mut c, s.key, v / s.scale);
    }
    Ok(c)
}

/// Saves the thresholds and returns the settings to compute with from now on.
pub async fn save_thresholds(session: &Session, input: &[ThresholdInput]) -> Result<Config, Error> {
    let ws = session.workspace();
    let current = load_config(ws).await?;
    let alerts = validate_thresholds(&current.metrics.alerts, input)?;
    store_json(ws, "alerts", &alerts).await?;
    load_config(ws).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_threshold_reads_back_what_it_sets() {
        let mut c = AlertConfig::default();
        for (i, s) in SPECS.iter().enumerate() {
            let v = if s.integer { s.min + i as f64 } else { s.min + 0.5 };
            set(&mut c, s.key, v / s.scale);
            assert_eq!(shown(get(&c, s.key), s.scale), v, "{}", s.key);
        }
        assert_eq!(view(&AlertConfig::default()).iter().find(|t| t.key == "drop_threshold").unwrap().value, 50.0);
    }

    /// Each threshold's name, hint and unit are in every catalogue (they are looked up by key).
    #[test]
    fn every_threshold_is_named_in_every_language() {
        for t in view(&AlertConfig::default()) {
            for lang in i18n::Lang::ALL {
                for text in [&t.label, &t.hint, &t.unit] {
                    assert!(i18n::catalog::has(lang, &text.key), "{lang}: {}", text.key);
                }
            }
        }
        let drop = view(&AlertConfig::default()).into_iter().find(|t| t.key == "drop_threshold").unwrap();
        assert_eq!(drop.label.render(i18n::Lang::Fr), "Baisse d’usage");
        assert_eq!(drop.unit.render(i18n::Lang::En), "%");
    }
}
