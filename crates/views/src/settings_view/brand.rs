//! Deck branding kept in the workspace: company name, accent and dark colours, and a logo.
//!
//! The logo's PNG bytes are stored in the settings (base64), not its path: the workspace is the
//! one encrypted file that backups copy, so the brand survives a moved or deleted image, a
//! restore on another machine, and never points decks at a file someone swapped meanwhile.
//! Logos are small; [`MAX_LOGO_BYTES`] keeps the settings row that way.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use decks::brand::parse_colour;
use decks::Brand;
use serde::{Deserialize, Serialize};

use super::{invalid, store_json};
use crate::{Error, Session};

/// The largest logo accepted: far above a crisp slide logo, far below a photo.
pub const MAX_LOGO_BYTES: u64 = 1024 * 1024;
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The brand as stored under the `brand` key.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
struct Stored {
    company: Option<String>,
    accent: Option<String>,
    dark: Option<String>,
    /// PNG bytes, base64.
    logo_png: Option<String>,
}

/// The logo on file.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct LogoView {
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
    /// `data:image/png;base64,…` for a preview (the app's CSP allows data: images).
    pub data_url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BrandView {
    pub company: String,
    /// `#RRGGBB`.
    pub accent: String,
    pub dark: String,
    pub logo: Option<LogoView>,
    pub default_company: String,
    pub default_accent: String,
    pub default_dark: String,
}

/// The brand as the screen saves it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct BrandInput {
    pub company: String,
    /// `#RRGGBB`.
    pub accent: String,
    pub dark: String,
    /// A PNG file to read in as the new logo; `None` keeps the current one.
    pub logo: Option<String>,
    /// Drops the current logo (ignored when `logo` names a new one).
    pub remove_logo: bool,
}

fn hex(c: decks::model::Rgb) -> String {
    format!("#{}", c.hex())
}

async fn stored(ws: &store::Workspace) -> Result<(Stored, Option<String>), Error> {
    match ws.setting("brand").await? {
        None => Ok((Stored::default(), None)),
        Some(text) => match serde_json::from_str(&text) {
            Ok(s) => Ok((s, None)),
            Err(e) => Ok((Stored::default(), Some(format!("The stored brand could not be read ({e}); the default applies.")))),
        },
    }
}

fn to_brand(s: &Stored) -> Brand {
    let base = Brand::default();
    let colour = |v: &Option<String>, d| v.as_deref().and_then(parse_colour).unwrap_or(d);
    Brand {
        company: s.company.clone().filter(|c| !c.trim().is_empty()).unwrap_or(base.company),
        accent: colour(&s.accent, base.accent),
        dark: colour(&s.dark, base.dark),
        logo: s.logo_png.as_deref().and_then(|t| STANDARD.decode(t).ok()).filter(|b| b.starts_with(PNG_SIGNATURE)),
    }
}

/// The brand decks should use: what the workspace stores, Waypoint's own where it stores
/// nothing (or something unreadable, so a deck is never refused over its branding).
pub async fn load_brand(ws: &store::Workspace) -> Result<Brand, Error> {
    Ok(to_brand(&stored(ws).await?.0))
}

pub(super) async fn view(ws: &store::Workspace) -> Result<(BrandView, Option<String>), Error> {
    let (s, warning) = stored(ws).await?;
    let b = to_brand(&s);
    let d = Brand::default();
    let logo = b.logo.as_ref().map(|png| {
        let be = |at: usize| png.get(at..at + 4).map_or(0, |x| u32::from_be_bytes([x[0], x[1], x[2], x[3]]));
        LogoView {
            bytes: png.len() as u64,
            width: be(16),
            height: be(20),
            data_url: format!("data:image/png;base64,{}", STANDARD.encode(png)),
        }
    });
    let view = BrandView {
        company: b.company,
        accent: hex(b.accent),
        dark: hex(b.dark),
        logo,
        default_company: d.company,
        default_accent: hex(d.accent),
        default_dark: hex(d.dark),
    };
    Ok((view, warning))
}

/// `#RRGGBB`, strictly (what a colour input gives), upper-cased.
fn colour(field: &str, v: &str) -> Result<String, Error> {
    let v = v.trim();
    let ok = v.len() == 7 && v.starts_with('#') && parse_colour(v).is_some();
    if !ok {
        return Err(invalid(field, i18n::Text::new("error-settings-colour").arg("value", i18n::Arg::Str(v.to_string()))));
    }
    Ok(v.to_ascii_uppercase())
}

fn read_logo(path: &str) -> Result<Vec<u8>, Error> {
    let p = Path::new(path.trim());
    let meta = std::fs::metadata(p).map_err(|e| invalid("logo", i18n::Text::new("error-io").arg("path", i18n::Arg::Str(p.display().to_string())).arg("detail", i18n::Arg::Str(e.to_string()))))?;
    if !meta.is_file() {
        return Err(invalid("logo", i18n::Text::new("error-settings-not-a-file").arg("path", i18n::Arg::Str(p.display().to_string()))));
    }
    if meta.len() > MAX_LOGO_BYTES {
        return Err(invalid(
            "logo",
            i18n::Text::new("error-settings-logo-size")
                .arg("path", i18n::Arg::Str(p.display().to_string()))
                .arg("size", i18n::Arg::Int((MAX_LOGO_BYTES / 1024) as i64)),
        ));
    }
    let bytes = std::fs::read(p).map_err(|e| invalid("logo", i18n::Text::new("error-io").arg("path", i18n::Arg::Str(p.display().to_string())).arg("detail", i18n::Arg::Str(e.to_string()))))?;
    if !bytes.starts_with(PNG_SIGNATURE) {
        return Err(invalid("logo", i18n::Text::new("error-settings-not-png").arg("path", i18n::Arg::Str(p.display().to_string()))));
    }
    Ok(bytes)
}

/// Saves the brand; decks made from now on use it. The error names the first wrong field.
pub async fn save_brand(session: &Session, input: &BrandInput) -> Result<(), Error> {
    let ws = session.workspace();
    let company = input.company.trim();
    if company.is_empty() {
        return Err(invalid("company", i18n::Text::new("error-settings-empty")));
    }
    if company.chars().count() > 100 {
        return Err(invalid("company", i18n::Text::new("error-settings-too-long").arg("max", i18n::Arg::Int(100))));
    }
    let accent = colour("accent", &input.accent)?;
    let dark = colour("dark", &input.dark)?;
    let (current, _) = stored(ws).await?;
    let logo_png = match input.logo.as_deref().filter(|p| !p.trim().is_empty()) {
        Some(path) => Some(STANDARD.encode(read_logo(path)?)),
        None if input.remove_logo => None,
        None => current.logo_png,
    };
    let s = Stored { company: Some(company.to_string()), accent: Some(accent), dark: Some(dark), logo_png };
    store_json(ws, "brand", &s).await
}

#[cfg(test)]
mod tests {
    use super::*;


    #[test]
    fn colours_must_be_hash_and_six_hex_digits() {
        assert_eq!(colour("accent", " #00a0ff ").unwrap(), "#00A0FF");
        for bad in ["00A0FF", "#00A0F", "#00A0FG", "blue", ""] {
            let e = colour("accent", bad).unwrap_err().to_string();
            assert!(e.starts_with("accent: "), "{e}");
        }
    }
}
