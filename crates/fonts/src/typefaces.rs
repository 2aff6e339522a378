//! The typefaces an Office text run names. PowerPoint, Keynote and LibreOffice pick a run's
//! font per character class: `a:latin` for Latin, Greek and Cyrillic, `a:ea` for Chinese,
//! Japanese and Korean, `a:cs` for complex scripts (Arabic, Hebrew). Naming the faces the
//! PDF draws keeps both files alike where the viewer has them; where it does not, the
//! application substitutes by class instead of drawing boxes.

use unicode_script::{Script, UnicodeScript};

use crate::stack::{Class, Flavour, FontStack, LATIN_FAMILY, default_family};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typefaces {
    pub latin: String,
    pub ea: String,
    pub cs: String,
    /// The run's language tag when its script says it (zh-CN, ja-JP, ko-KR, ar, he), for
    /// spell checking and the East Asian line-breaking rules.
    pub lang: Option<&'static str>,
}

/// The family the stack draws `probe` with, or the class's first preference on a machine
/// that has none.
fn family(stack: &FontStack, probe: char, flavour: Flavour) -> String {
    stack.face_for(probe, false, flavour).map(|id| stack.family(id)).unwrap_or_else(|| default_family(Class::of(probe), flavour).to_string())
}

/// Typefaces for a run of `text`.
pub fn typefaces(stack: &FontStack, text: &str) -> Typefaces {
    let flavour = Flavour::of(text);
    let probe = match flavour {
        Flavour::Chinese => '中',
        Flavour::Japanese => 'あ',
        Flavour::Korean => '한',
    };
    let hebrew = text.chars().any(|c| c.script() == Script::Hebrew);
    let lang = if text.chars().any(|c| matches!(c.script(), Script::Hiragana | Script::Katakana)) {
        Some("ja-JP")
    } else if text.chars().any(|c| c.script() == Script::Hangul) {
        Some("ko-KR")
    } else if text.chars().any(|c| c.script() == Script::Han) {
        Some("zh-CN")
    } else if text.chars().any(|c| c.script() == Script::Arabic) {
        Some("ar")
    } else if hebrew {
        Some("he")
    } else {
        None
    };
    Typefaces {
        latin: LATIN_FAMILY.to_string(),
        ea: family(stack, probe, flavour),
        cs: family(stack, if hebrew { 'א' } else { 'ع' }, flavour),
        lang,
    }
}

/// The theme's per-script fonts (`a:font script=...`), so text typed later in PowerPoint
/// gets them too.
pub fn theme_scripts(stack: &FontStack) -> Vec<(&'static str, String)> {
    vec![
        ("Hans", family(stack, '中', Flavour::Chinese)),
        ("Jpan", family(stack, 'あ', Flavour::Japanese)),
        ("Hang", family(stack, '한', Flavour::Korean)),
        ("Arab", family(stack, 'ع', Flavour::Chinese)),
        ("Hebr", family(stack, 'א', Flavour::Chinese)),
    ]
}

/// A CSS `font-family` list for `text`: the family of each script it holds, in the order a
/// renderer should try them. The bundled Latin face comes first unless the text reads right
/// to left; a webview and usvg then draw each character in the face the PDF uses.
pub fn css_families(stack: &FontStack, text: &str) -> String {
    let flavour = Flavour::of(text);
    let mut families: Vec<String> = vec![LATIN_FAMILY.to_string()];
    for c in text.chars() {
        let class = Class::of(c);
        if class == Class::Other {
            continue;
        }
        let Some(id) = stack.face_for(c, false, flavour) else { continue };
        let family = stack.family(id);
        if !families.contains(&family) {
            families.push(family);
        }
    }
    if crate::is_rtl(text) && families.len() > 1 {
        let latin = families.remove(0);
        families.insert(1, latin);
    }
    // Unquoted: every family name here is a run of CSS identifiers.
    format!("{}, sans-serif", families.join(", "))
}
