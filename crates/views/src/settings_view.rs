//! The settings screen: the workspace file and how its key is kept, the health scorecard, the
//! alert thresholds, the deck branding and the reporting currency, each saved as a JSON document in the workspace's
//! `settings` table (so settings travel with backups and are encrypted like the data).
//!
//! Stored keys: `scorecard` (a [`metrics::health::Scorecard`]), `alerts` (a
//! [`metrics::alerts::AlertConfig`]), `brand` (see [`brand`]), `reporting_currency` (see
//! [`currency`]), and, read when present,
//! `segments` and `capacity` (the sections of [`Config`] other screens own).
//!
//! A session computes with one [`Config`] for its whole life, so a save returns the new
//! `Config` and the shell swaps in [`Session::with_config`]: every screen then recomputes.

/// Alert thresholds: labels, units, ranges and validation.
mod thresholds;
/// Deck branding: company, colours, logo.
mod brand;
/// Rekey, backup and restore over the store's maintenance functions.
mod maintenance;
/// The reporting currency of books in several currencies.
mod currency;

use metrics::health::{Scorecard, Weights};
use serde::{Deserialize, Serialize};

use crate::{Config, Error, Session};
pub use brand::{load_brand, save_brand, BrandInput, BrandView, LogoView};
pub use currency::{save_reporting_currency, ReportingCurrencyView};
pub use maintenance::{backup, default_backup_path, rekey, restore, BackupDone, Reopened};
pub use thresholds::{save_thresholds, Threshold, ThresholdInput};

/// The settings keys that make up a [`Config`], in its JSON document's section names.
const CONFIG_KEYS: [&str; 4] = ["scorecard", "alerts", "segments", "capacity"];

/// Where the workspace key is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum KeyStorage {
    /// A random key in the OS keyring: nothing to type, bound to this user on this machine.
    Keyring,
    /// A passphrase the user types at unlock.
    Passphrase,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WorkspaceFile {
    pub path: String,
    /// Bytes on disk: the file and its write-ahead log.
    pub size_bytes: u64,
    pub key_storage: KeyStorage,
    /// A backup path beside the workspace, dated today, for the backup field to start from.
    pub backup_suggestion: String,
}

/// One scorecard component's weight.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WeightView {
    pub key: String,
    /// The component's name, as the health score names it (`health-component-*`).
    pub label: i18n::Text,
    /// What the component measures (`health-component-*.hint`).
    pub hint: i18n::Text,
    pub weight: f64,
    pub default: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ScorecardView {
    pub components: Vec<WeightView>,
    /// Scores at or above this are green.
    pub green_at: u8,
    /// Scores at or above this (and below green) are yellow; below, red.
    pub yellow_at: u8,
    pub default_green_at: u8,
    pub default_yellow_at: u8,
    /// Where the weights came from when `health tune` fitted them.
    pub tuned: Option<metrics::health::Tuned>,
}

/// Everything the settings screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SettingsView {
    pub workspace: WorkspaceFile,
    pub scorecard: ScorecardView,
    pub thresholds: Vec<Threshold>,
    pub brand: BrandView,
    pub reporting_currency: ReportingCurrencyView,
    /// Stored settings that no longer read (defaults apply to them instead), to show once.
    pub warnings: Vec<String>,
}

/// A scorecard as the screen saves it. Numbers stay `f64` so that a fraction or an out-of-range
/// band comes back as a message naming the field, not as a failed deserialisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ScorecardInput {
    /// Components left out keep their current weight.
    pub weights: Vec<WeightInput>,
    pub green_at: f64,
    pub yellow_at: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct WeightInput {
    pub key: String,
    pub weight: f64,
}

/// Each component's key, in the order health.rs scores them; its name and hint are the
/// catalogue's `health-component-<key>` (the name the health score itself uses).
use metrics::health::{FACTORS as COMPONENTS, component_message};

fn weight_of(w: &Weights, key: &str) -> f64 {
    w.get(key).unwrap_or(0.0)
}

/// A refused setting: the field as the form names it, and why, in the reader's language.
pub(crate) fn invalid(field: &str, why: impl Into<i18n::Text>) -> Error {
    let why = Box::new(why.into());
    Error::Refused(i18n::Text::new("error-views-field").arg("field", i18n::Arg::Str(field.to_string())).arg("reason", i18n::Arg::Text(why)))
}

/// The settings every view computes with, from what the workspace stores; defaults for what
/// it does not. Call it whenever a session opens: `Session::new(ws, load_config(&ws).await?)`.
/// A stored section that no longer reads (a newer app wrote it, say) falls back to its
/// defaults rather than keeping the workspace from opening; [`settings`] reports it.
pub async fn load_config(ws: &store::Workspace) -> Result<Config, Error> {
    Ok(read_config(ws).await?.0)
}

async fn read_config(ws: &store::Workspace) -> Result<(Config, Vec<String>), Error> {
    let stored = ws.all_settings().await?;
    let mut doc = serde_json::Map::new();
    let mut warnings = Vec::new();
    for key in CONFIG_KEYS {
        let Some(text) = stored.get(key) else { continue };
        let section = serde_json::from_str::<serde_json::Value>(text).map_err(|e| e.to_string()).and_then(|value| {
            let single = serde_json::json!({ key: value.clone() }).to_string();
            Config::from_json(&single).map(|_| value)
        });
        match section {
            Ok(value) => {
                doc.insert(key.to_string(), value);
            }
            Err(e) => warnings.push(format!("The stored {key} settings could not be read ({e}); defaults apply.")),
        }
    }
    // Sections that read alone can still disagree with each other (capacity naming a value
    // tier the segments no longer have): then nothing stored applies.
    match Config::from_json(&serde_json::Value::Object(doc).to_string()) {
        Ok(config) => Ok((config, warnings)),
        Err(e) => {
            warnings.push(format!("The stored settings do not fit together ({e}); defaults apply."));
            Ok((Config::default(), warnings))
        }
    }
}

/// The settings screen for the open workspace.
pub async fn settings(session: &Session) -> Result<SettingsView, Error> {
    let ws = session.workspace();
    let (config, mut warnings) = read_config(ws).await?;
    let (brand, brand_warning) = brand::view(ws).await?;
    warnings.extend(brand_warning);
    let path = ws.path();
    let size = |p: &std::path::Path| std::fs::metadata(p).map_or(0, |m| m.len());
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let card = &config.metrics.scorecard;
    let defaults = Scorecard::default();
    Ok(SettingsView {
        workspace: WorkspaceFile {
            path: path.display().to_string(),
            size_bytes: size(path) + size(std::path::Path::new(&wal)),
            key_storage: if ws.uses_keyring() { KeyStorage::Keyring } else { KeyStorage::Passphrase },
            backup_suggestion: default_backup_path(path, chrono::Local::now().date_naive()).display().to_string(),
        },
        scorecard: ScorecardView {
            components: COMPONENTS
                .iter()
                .map(|key| WeightView {
                    key: key.to_string(),
                    label: i18n::Text::new(component_message(key)),
                    hint: i18n::Text::new(format!("{}.hint", component_message(key).as_ref())),
                    weight: weight_of(&card.weights, key),
                    default: weight_of(&defaults.weights, key),
                })
                .collect(),
            green_at: card.green_at,
            yellow_at: card.yellow_at,
            default_green_at: defaults.green_at,
            default_yellow_at: defaults.yellow_at,
            tuned: card.tuned.clone(),
        },
        thresholds: thresholds::view(&config.metrics.alerts),
        brand,
        reporting_currency: currency::view(ws).await?,
        warnings,
    })
}

/// A band limit: a whole number from 0 to 100.
fn band_limit(field: &str, v: f64) -> Result<u8, Error> {
    if !v.is_finite() || v.fract() != 0.0 || !(0.0..=100.0).contains(&v) {
        return Err(invalid(field, i18n::Text::new("error-settings-band")));
    }
    Ok(v as u8)
}

/// Checks a scorecard against the stored one (whose targets it keeps); the error names the
/// first field that is wrong.
pub fn validate_scorecard(current: &Scorecard, input: &ScorecardInput) -> Result<Scorecard, Error> {
    let mut card = current.clone();
    for w in &input.weights {
        let slot = card.weights.slot(&w.key).ok_or_else(|| invalid(&w.key, i18n::Text::new("error-settings-no-component")))?;
        if !w.weight.is_finite() || w.weight < 0.0 {
            return Err(invalid(&w.key, i18n::Text::new("error-settings-weight")));
        }
        *slot = w.weight;
    }
    if COMPONENTS.iter().map(|k| weight_of(&card.weights, k)).sum::<f64>() <= 0.0 {
        return Err(invalid("weights", i18n::Text::new("error-settings-weights-zero")));
    }
    // Weights typed by hand are no longer the ones a backtest fitted.
    if card.weights != current.weights {
        card.tuned = None;
    }
    card.green_at = band_limit("green_at", input.green_at)?;
    card.yellow_at = band_limit("yellow_at", input.yellow_at)?;
    if card.green_at <= card.yellow_at {
        return Err(invalid("green_at", i18n::Text::new("error-settings-green-above").arg("yellow", i18n::Arg::Int(card.yellow_at.into()))));
    }
    card.validate()?;
    Ok(card)
}

/// Saves the scorecard and returns the settings to compute with from now on (swap them in
/// with [`Session::with_config`]).
pub async fn save_scorecard(session: &Session, input: &ScorecardInput) -> Result<Config, Error> {
    let ws = session.workspace();
    let current = load_config(ws).await?;
    let card = validate_scorecard(&current.metrics.scorecard, input)?;
    store_json(ws, "scorecard", &card).await?;
    load_config(ws).await
}

pub(crate) async fn store_json(ws: &store::Workspace, key: &str, value: &impl Serialize) -> Result<(), Error> {
    let json = serde_json::to_string(value).map_err(|e| Error::Invalid(format!("{key}: {e}")))?;
    Ok(ws.set_setting(key, &json).await?)
}
