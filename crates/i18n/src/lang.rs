use serde::{Deserialize, Serialize};

use crate::Error;

/// A language Waypoint speaks. Each has a complete catalogue; a test fails when one lacks a
/// message another has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    /// English (United States conventions for formats).
    #[default]
    #[serde(rename = "en")]
    En,
    /// Simplified Chinese (mainland China conventions).
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// French (France conventions).
    #[serde(rename = "fr")]
    Fr,
}

impl Lang {
    /// Every language, in the order menus list them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhCn, Lang::Fr];

    /// The BCP 47 tag: the catalogue folder's name and what `--lang` takes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
            Lang::Fr => "fr",
        }
    }

    /// The full locale used for formats (region included, so CLDR picks the right conventions).
    pub(crate) fn locale_tag(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::ZhCn => "zh-CN",
            Lang::Fr => "fr-FR",
        }
    }

    /// The language's own name, as a language menu shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhCn => "简体中文",
            Lang::Fr => "Français",
        }
    }

    /// The closest supported language to a locale tag such as `fr-CA`, `zh_CN.UTF-8`,
    /// `zh-Hans` or `en_GB`; `None` for a language Waypoint does not speak (or `C`/`POSIX`).
    /// Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not matched to simplified.
    pub fn matching(tag: &str) -> Option<Lang> {
        let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Lang::ZhCn)
            }
            _ => None,
        }
    }

    /// An explicit choice (`--lang`, `WAYPOINT_LANG`, a setting): exactly one of the tags, or an
    /// error naming what was given. Region variants (`en-GB`, `fr-CA`, `zh-Hans-CN`) are accepted.
    pub fn parse(tag: &str) -> Result<Lang, Error> {
        Lang::matching(tag.trim()).ok_or_else(|| Error::UnsupportedLang(tag.to_string()))
    }

    /// The operating system's preferred language when Waypoint speaks it, else English.
    pub fn from_os() -> Lang {
        sys_locale::get_locales().find_map(|l| Lang::matching(&l)).unwrap_or_default()
    }

    /// The language of a run: the explicit choice if any, else `WAYPOINT_LANG`, else the stored
    /// preference, else the OS's. An explicit or environment value that is not supported is an
    /// error (a typo should not silently give English); a stored one was checked when saved.
    pub fn resolve(explicit: Option<&str>, stored: Option<Lang>) -> Result<Lang, Error> {
        if let Some(tag) = explicit {
            return Lang::parse(tag);
        }
        if let Ok(tag) = std::env::var("WAYPOINT_LANG")
            && !tag.trim().is_empty()
        {
            return Lang::parse(&tag);
        }
        Ok(stored.unwrap_or_else(Lang::from_os))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Lang {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_style_tags_match_the_nearest_language() {
        assert_eq!(Lang::matching("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::matching("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::matching("zh_CN.UTF-8"), Some(Lang::ZhCn));
        assert_eq!(Lang::matching("zh-Hans-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::matching("zh-TW"), None);
        assert_eq!(Lang::matching("zh-Hant"), None);
        assert_eq!(Lang::matching("en_GB"), Some(Lang::En));
        assert_eq!(Lang::matching("C"), None);
        assert_eq!(Lang::matching("de-DE"), None);
    }

    #[test]
    fn an_explicit_choice_wins_and_a_typo_is_an_error() {
        assert_eq!(Lang::resolve(Some("zh-CN"), Some(Lang::Fr)).unwrap(), Lang::ZhCn);
        let err = Lang::resolve(Some("klingon"), None).unwrap_err();
        assert!(err.to_string().contains("klingon"), "{err}");
        assert_eq!(err.code(), "unsupported_lang");
    }

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.tag()).unwrap(), lang);
            assert_eq!(serde_json::to_string(&lang).unwrap(), format!("\"{}\"", lang.tag()));
        }
    }
}
