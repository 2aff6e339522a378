//! Branding every deck uses: company name, colours and an optional logo, from a small JSON
//! file (`--brand FILE`), so decks look like the vendor's own without editing templates.

use std::path::Path;

use serde::Deserialize;

use crate::model::Rgb;
use crate::Error;

#[derive(Debug, Clone, PartialEq)]
pub struct Brand {
    pub company: String,
    /// Accent: title bars, table headers, highlights.
    pub accent: Rgb,
    /// Dark: titles.
    pub dark: Rgb,
    /// PNG logo, drawn on the title slide and in each slide's corner.
    pub logo: Option<Vec<u8>>,
}

impl Default for Brand {
    fn default() -> Brand {
        Brand { company: "Waypoint".into(), accent: Rgb(0, 114, 178), dark: Rgb(33, 37, 41), logo: None }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BrandFile {
    company: String,
    #[serde(default)]
    accent: Option<String>,
    #[serde(default)]
    dark: Option<String>,
    /// Path to a PNG, relative to the brand file.
    #[serde(default)]
    logo: Option<String>,
}

/// `#RRGGBB` (or `RRGGBB`) as a colour.
pub fn parse_colour(s: &str) -> Option<Rgb> {
    let h = s.trim().trim_start_matches('#');
    if h.len() != 6 || !h.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
}

impl Brand {
    /// The brand file when one is given, else Waypoint's own.
    pub fn load_or_default(path: Option<&Path>) -> Result<Brand, Error> {
        path.map_or_else(|| Ok(Brand::default()), Brand::load)
    }

    /// Reads a brand file: `{"company": "Acme", "accent": "#0072B2", "dark": "#212529",
    /// "logo": "logo.png"}`; errors name the file and the field.
    pub fn load(path: &Path) -> Result<Brand, Error> {
        let bad = |field: &str, why: String| Error::Brand { file: path.display().to_string(), field: field.into(), why };
        let text = std::fs::read_to_string(path).map_err(|e| bad("file", e.to_string()))?;
        let f: BrandFile = serde_json::from_str(&text).map_err(|e| bad("json", e.to_string()))?;
        let colour = |field: &str, v: &Option<String>, default: Rgb| -> Result<Rgb, Error> {
            match v {
                None => Ok(default),
                Some(s) => parse_colour(s).ok_or_else(|| bad(field, format!("'{s}' is not a #RRGGBB colour"))),
            }
        };
        let base = Brand::default();
        let logo = match &f.logo {
            None => None,
            Some(rel) => {
                let p = path.parent().unwrap_or(Path::new(".")).join(rel);
                let bytes = std::fs::read(&p).map_err(|e| bad("logo", format!("{}: {e}", p.display())))?;
                if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
                    return Err(bad("logo", format!("{} is not a PNG", p.display())));
                }
                Some(bytes)
            }
        };
        if f.company.trim().is_empty() {
            return Err(bad("company", "must not be empty".into()));
        }
        Ok(Brand { company: f.company, accent: colour("accent", &f.accent, base.accent)?, dark: colour("dark", &f.dark, base.dark)?, logo })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_strictly() {
        assert_eq!(parse_colour("#0072B2"), Some(Rgb(0, 114, 178)));
        assert_eq!(parse_colour("ff0000"), Some(Rgb(255, 0, 0)));
        assert_eq!(parse_colour("#12345"), None);
        assert_eq!(parse_colour("#GG0000"), None);
    }

    #[test]
    fn brand_files_load_a_logo_and_name_what_is_wrong() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("logo.png"), b"\x89PNG\r\n\x1a\nrest").unwrap();
        std::fs::write(dir.path().join("logo.jpg"), b"\xff\xd8\xff").unwrap();
        let file = dir.path().join("brand.json");
        let load = |body: &str| {
            std::fs::write(&file, body).unwrap();
            Brand::load(&file)
        };
        let b = load(r##"{"company": "Acme", "accent": "#009E73", "logo": "logo.png"}"##).unwrap();
        assert_eq!((b.company.as_str(), b.accent, b.dark), ("Acme", Rgb(0, 158, 115), Brand::default().dark));
        assert!(b.logo.unwrap().starts_with(b"\x89PNG"));
        for (body, field) in [
            (r##"{"company": "Acme", "accent": "green"}"##, "accent"),
            (r##"{"company": "Acme", "logo": "logo.jpg"}"##, "logo"),
            (r##"{"company": "Acme", "logo": "missing.png"}"##, "logo"),
            (r##"{"company": ""}"##, "company"),
            (r##"{"name": "Acme"}"##, "json"),
        ] {
            let err = load(body).unwrap_err();
            assert_eq!(err.code(), "invalid_brand");
            assert!(err.to_string().contains("brand.json") && err.to_string().contains(field), "{body}: {err}");
        }
    }
}
