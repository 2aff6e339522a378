//! What a machine cannot draw: the characters no installed face has, and the package that
//! brings them. A deck with a customer's name as boxes is a deck nobody can show, so the
//! writers report these instead of failing silently.

use std::fmt;

use crate::stack::{Class, Flavour, FontStack};

/// Characters no face on this machine draws, with what to install.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Missing {
    /// In order of first appearance, each once.
    pub chars: Vec<char>,
    /// Debian/Ubuntu packages that cover them, e.g. "fonts-noto-cjk".
    pub packages: Vec<&'static str>,
}

impl Missing {
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// Adds what `other` lacks.
    pub fn merge(&mut self, other: Missing) {
        for c in other.chars {
            if !self.chars.contains(&c) {
                self.chars.push(c);
            }
        }
        for p in other.packages {
            if !self.packages.contains(&p) {
                self.packages.push(p);
            }
        }
    }
}

impl Missing {
    /// What cannot be drawn and what to install, in any language: the first 12 characters with
    /// their code points, how many more, the packages (`fonts-missing` in the catalogues).
    pub fn text(&self) -> i18n::Text {
        use i18n::Arg;
        const SHOWN: usize = 12;
        let shown: Vec<String> = self.chars.iter().take(SHOWN).map(|c| format!("{c} (U+{:04X})", *c as u32)).collect();
        i18n::Text::new("fonts-missing")
            .arg("chars", Arg::Str(shown.join(", ")))
            .arg("more", Arg::Int(self.chars.len().saturating_sub(SHOWN) as i64))
            .arg("packages", Arg::Str(self.packages.join(" ")))
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().render(i18n::Lang::En))
    }
}

/// The package that covers a class of characters.
fn package(class: Class) -> &'static str {
    match class {
        Class::Cjk => "fonts-noto-cjk",
        Class::Emoji => "fonts-noto-color-emoji",
        Class::Arabic | Class::Hebrew | Class::Other => "fonts-noto-core",
    }
}

/// Characters of `text` that no face has. Spaces, controls, joiners and variation selectors
/// are not drawn and never count.
pub fn missing(stack: &FontStack, text: &str) -> Missing {
    let flavour = Flavour::of(text);
    let mut out = Missing::default();
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0000}'..='\u{E01EF}') {
            continue;
        }
        if out.chars.contains(&c) || stack.face_for(c, false, flavour).is_some() {
            continue;
        }
        out.chars.push(c);
        let p = package(Class::of(c));
        if !out.packages.contains(&p) {
            out.packages.push(p);
        }
    }
    out
}
