//! The font stack: the bundled DejaVu faces first, then the machine's own fonts, with an
//! order of preference per script. Loading scans the system's font directories once per
//! process (fontconfig's configuration on Linux, the usual folders on macOS and Windows);
//! every face is memory-mapped, so a 20 MB CJK collection costs no reads until a glyph of
//! it is drawn.
//!
//! Why a preference order and not "the first face that has the glyph": a machine with Noto
//! CJK has the same Han character in its SC, TC, JP and KR faces, and a Japanese name drawn
//! half in the Chinese face looks wrong to a Japanese reader; Arabic in DejaVu Sans is legible
//! but Noto Sans Arabic is what an Arabic reader expects. Faces are chosen per text run
//! ([`Flavour`] from the run's kana and hangul), and the choice is the same on every call.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use fontdb::{Database, Family, ID, Query, Source, Weight};

/// A face of the stack.
pub type FaceId = ID;
use unicode_properties::{EmojiStatus, UnicodeEmoji};
use unicode_script::{Script, UnicodeScript};

/// DejaVu Sans (Bitstream Vera licence, data/LICENSE-DejaVu.txt): Latin, Greek, Cyrillic,
/// Hebrew and Arabic, compiled in so that Latin-only output is the same on every machine.
pub const REGULAR: &[u8] = include_bytes!("../data/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../data/DejaVuSans-Bold.ttf");
/// The bundled family's name, as charts write it into SVG and decks into PPTX runs.
pub const LATIN_FAMILY: &str = "DejaVu Sans";

/// Which face a Han character takes, from the other characters of its run: kana make it
/// Japanese, hangul Korean, otherwise simplified Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flavour {
    Chinese,
    Japanese,
    Korean,
}

impl Flavour {
    pub fn of(text: &str) -> Flavour {
        let mut flavour = Flavour::Chinese;
        for c in text.chars() {
            match c.script() {
                Script::Hiragana | Script::Katakana => return Flavour::Japanese,
                Script::Hangul => flavour = Flavour::Korean,
                _ => {}
            }
        }
        flavour
    }
}

/// What kind of face a character wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    Cjk,
    Arabic,
    Hebrew,
    Emoji,
    Other,
}

impl Class {
    pub fn of(c: char) -> Class {
        if is_emoji(c) {
            return Class::Emoji;
        }
        match c.script() {
            Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul | Script::Bopomofo => Class::Cjk,
            Script::Arabic => Class::Arabic,
            Script::Hebrew => Class::Hebrew,
            // Full-width forms and CJK punctuation are Common, but only CJK faces draw them
            // at the width that sits with the characters around them.
            _ if matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF) => Class::Cjk,
            _ => Class::Other,
        }
    }
}

/// Characters drawn as emoji by default (Emoji_Presentation), the ones an emoji face is for.
pub fn is_emoji(c: char) -> bool {
    matches!(
        c.emoji_status(),
        EmojiStatus::EmojiPresentation
            | EmojiStatus::EmojiPresentationAndModifierBase
            | EmojiStatus::EmojiPresentationAndEmojiComponent
            | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent
    )
}

/// Families in order of preference per class, across Linux (Noto), macOS and Windows.
fn preferred(class: Class, flavour: Flavour) -> &'static [&'static str] {
    match (class, flavour) {
        (Class::Cjk, Flavour::Chinese) => &[
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
            "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans CJK KR",
        ],
        (Class::Cjk, Flavour::Japanese) => &["Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo", "Noto Sans CJK SC"],
        (Class::Cjk, Flavour::Korean) => &["Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK SC"],
        (Class::Arabic, _) => &["Noto Sans Arabic", "Noto Naskh Arabic", "Geeza Pro", "Segoe UI", "Arial", LATIN_FAMILY],
        (Class::Hebrew, _) => &["Noto Sans Hebrew", "Arial Hebrew", "Segoe UI", "Arial", LATIN_FAMILY],
        (Class::Emoji, _) => &["Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Noto Emoji", "Symbola", LATIN_FAMILY],
        (Class::Other, _) => &[LATIN_FAMILY, "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial"],
    }
}

/// The name a PPTX run or a report gives the face a class would use on a machine that has
/// none of our preferences: the first preferred family.
pub fn default_family(class: Class, flavour: Flavour) -> &'static str {
    preferred(class, flavour)[0]
}

/// Whether a face maps `c` to a glyph (its cmap; rustybuzz's parser, already in the tree).
fn has_char(db: &Database, id: ID, c: char) -> bool {
    db.with_face_data(id, |data, index| rustybuzz::ttf_parser::Face::parse(data, index).ok().and_then(|f| f.glyph_index(c)).is_some()).unwrap_or(false)
}

/// A face's bytes, shared with whoever draws it (krilla, usvg).
pub type FaceData = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// The process's fonts.
pub struct FontStack {
    db: Arc<Database>,
    bundled: [ID; 2],
    /// Faces of the machine that are not preferred for any class, in a fixed order (by
    /// family, then weight), tried last for characters nothing preferred has.
    rest: Vec<ID>,
    chosen: Mutex<HashMap<(char, bool, Flavour), Option<ID>>>,
}

static STACK: OnceLock<FontStack> = OnceLock::new();

/// The stack with the system's fonts, loaded on first use.
pub fn stack() -> &'static FontStack {
    STACK.get_or_init(|| FontStack::new(true))
}

impl FontStack {
    /// `system`: false gives the bundled faces alone (tests of what a bare machine draws).
    pub fn new(system: bool) -> FontStack {
        let mut db = Database::new();
        let regular = db.load_font_source(Source::Binary(Arc::new(REGULAR))).first().copied();
        let bold = db.load_font_source(Source::Binary(Arc::new(BOLD))).first().copied();
        let (Some(regular), Some(bold)) = (regular, bold) else { unreachable!("the bundled DejaVu faces parse (tested)") };
        if system {
            db.load_system_fonts();
            // The bundled faces answer for their family, so that output does not depend on
            // which DejaVu version a machine has installed.
            let shadowed: Vec<ID> = db
                .faces()
                .filter(|f| !matches!(f.source, Source::Binary(_)) && f.families.iter().any(|(n, _)| n == LATIN_FAMILY))
                .map(|f| f.id)
                .collect();
            for id in shadowed {
                db.remove_face(id);
            }
            let ids: Vec<ID> = db.faces().map(|f| f.id).collect();
            for id in ids {
                // SAFETY: the mapping is read-only; a font file rewritten under a running app
                // is the same hazard every font system (fontconfig, CoreText) accepts.
                unsafe {
                    db.make_shared_face_data(id);
                }
            }
        }
        db.set_sans_serif_family(LATIN_FAMILY);
        let mut rest: Vec<(String, u16, ID)> = db
            .faces()
            .filter(|f| f.id != regular && f.id != bold)
            .map(|f| (f.families.first().map(|(n, _)| n.clone()).unwrap_or_default(), f.weight.0, f.id))
            .collect();
        rest.sort_by(|a, b| (a.0.as_str(), a.1).cmp(&(b.0.as_str(), b.1)));
        FontStack { db: Arc::new(db), bundled: [regular, bold], rest: rest.into_iter().map(|(_, _, id)| id).collect(), chosen: Mutex::new(HashMap::new()) }
    }

    /// The database, for usvg (SVG charts drawn into PNGs and PDFs).
    pub fn database(&self) -> Arc<Database> {
        Arc::clone(&self.db)
    }

    /// One of the bundled faces.
    pub fn bundled(&self, bold: bool) -> ID {
        self.bundled[bold as usize]
    }

    pub fn has_char(&self, id: ID, c: char) -> bool {
        has_char(&self.db, id, c)
    }

    /// The face that draws `c` in a run of `flavour`, or None when no face on the machine has it.
    pub fn face_for(&self, c: char, bold: bool, flavour: Flavour) -> Option<ID> {
        let key = (c, bold, flavour);
        if let Some(hit) = self.chosen.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return *hit;
        }
        let found = self.choose(c, bold, flavour);
        self.chosen.lock().unwrap_or_else(|e| e.into_inner()).insert(key, found);
        found
    }

    fn choose(&self, c: char, bold: bool, flavour: Flavour) -> Option<ID> {
        let weight = if bold { Weight::BOLD } else { Weight::NORMAL };
        for family in preferred(Class::of(c), flavour) {
            let id = if *family == LATIN_FAMILY {
                Some(self.bundled(bold))
            } else {
                self.db.query(&Query { families: &[Family::Name(family)], weight, ..Query::default() })
            };
            if let Some(id) = id.filter(|id| has_char(&self.db, *id, c)) {
                return Some(id);
            }
        }
        let bundled = self.bundled(bold);
        if has_char(&self.db, bundled, c) {
            return Some(bundled);
        }
        let rest = || self.rest.iter().copied().filter(|id| has_char(&self.db, *id, c));
        // Same weight first, then any.
        rest().find(|id| self.db.face(*id).is_some_and(|f| (f.weight.0 >= 600) == bold)).or_else(|| rest().next())
    }

    /// The family name of a face, in English where the font gives several.
    pub fn family(&self, id: ID) -> String {
        self.db
            .face(id)
            .and_then(|f| f.families.iter().find(|(_, l)| *l == fontdb::Language::English_UnitedStates).or(f.families.first()))
            .map(|(n, _)| n.clone())
            .unwrap_or_else(|| LATIN_FAMILY.to_string())
    }

    /// A face's bytes and index in its collection.
    pub fn data(&self, id: ID) -> Option<(FaceData, u32)> {
        match self.db.face_source(id)? {
            (Source::Binary(data), index) | (Source::SharedFile(_, data), index) => Some((data, index)),
            (Source::File(path), index) => {
                let bytes = std::fs::read(path).ok()?;
                Some((Arc::new(bytes) as FaceData, index))
            }
        }
    }

    /// usvg options whose text resolves to the faces this stack would pick, so a chart's
    /// PNG and its vector copy in a PDF draw the same glyphs as the decks' own text.
    pub fn svg_options(&'static self) -> usvg::Options<'static> {
        let resolver = usvg::FontResolver {
            select_font: usvg::FontResolver::default_font_selector(),
            select_fallback: Box::new(move |c, used, db| {
                let base = used.first().and_then(|id| db.face(*id));
                let bold = base.is_some_and(|f| f.weight.0 >= 600);
                // The run's other characters are not passed to a fallback; a lone kana or
                // hangul still picks its own face through its class.
                let flavour = Flavour::of(&c.to_string());
                self.face_for(c, bold, flavour).filter(|id| !used.contains(id)).or_else(|| {
                    self.rest.iter().copied().find(|id| !used.contains(id) && has_char(db, *id, c))
                })
            }),
        };
        usvg::Options { fontdb: self.database(), font_resolver: resolver, ..Default::default() }
    }
}
