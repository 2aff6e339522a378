//! The message catalogues: one Fluent bundle per language, built once from the `.ftl` files
//! compiled into the crate. Fluent (fluent-rs, the reference implementation) gives the plural
//! and select rules translators need; numbers placed in a message are written by
//! [`crate::format`], so "1,234 accounts" and "1 234 comptes" follow the locale.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

use crate::{Formats, Lang};

include!(concat!(env!("OUT_DIR"), "/sources.rs"));

/// Named values placed into a message.
pub type Args<'a> = fluent_bundle::FluentArgs<'a>;

type Bundle = FluentBundle<FluentResource>;

/// One language's bundle, built on first use: a process that speaks one language (the app,
/// a CLI run) parses and keeps only that language's catalogue.
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[index(lang)].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a valid tag");
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Isolation marks (FSI/PDI) around placeables would be drawn as boxes by PDF and chart
    // text, and every writer already lays out mixed-direction text with the bidi algorithm.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => number_en,
        Lang::ZhCn => number_zh,
        Lang::Fr => number_fr,
    }));
    for (tag, file, source) in SOURCES.iter().filter(|(tag, ..)| *tag == lang.tag()) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{tag}/{file} does not parse: {errors:?}"));
        bundle.add_resource(resource).unwrap_or_else(|errors| panic!("locales/{tag}/{file}: {errors:?}"));
    }
    bundle
}

fn number_in(lang: Lang, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let digits = n.options.maximum_fraction_digits.unwrap_or(2).min(6) as u8;
            Some(Formats::of(lang).number(n.value, digits))
        }
        _ => None,
    }
}
fn number_en(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number_in(Lang::En, v)
}
fn number_zh(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number_in(Lang::ZhCn, v)
}
fn number_fr(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number_in(Lang::Fr, v)
}

/// The message `key` (or `key.attribute`) in `lang`, with `args` placed. A message missing
/// from `lang` falls back to English, and one missing everywhere shows its key, so a gap is
/// visible and never a crash; `every_catalogue_has_every_message` keeps both from shipping.
pub fn message(lang: Lang, key: &str, args: Option<&Args>) -> String {
    for candidate in [lang, Lang::En] {
        if let Some(text) = format_in(bundle(candidate), key, args) {
            return text;
        }
    }
    key.to_string()
}

/// A message without placeables.
pub fn text(lang: Lang, key: &str) -> String {
    message(lang, key, None)
}

/// Whether `lang`'s catalogue has `key` (or `key.attribute`).
pub fn has(lang: Lang, key: &str) -> bool {
    let (id, attr) = split(key);
    bundle(lang).get_message(id).is_some_and(|m| match attr {
        None => m.value().is_some(),
        Some(a) => m.get_attribute(a).is_some(),
    })
}

fn split(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    }
}

fn format_in(bundle: &Bundle, key: &str, args: Option<&Args>) -> Option<String> {
    let (id, attr) = split(key);
    let msg = bundle.get_message(id)?;
    let pattern = match attr {
        None => msg.value()?,
        Some(a) => msg.get_attribute(a)?.value(),
    };
    let mut errors = vec![];
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).expect("every Lang is in ALL")
}

/// A value for a message argument: text stays text, numbers select plural forms and are
/// written in the locale's digits and separators.
pub fn value<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// A message with arguments: `tr!(lang, "qbr-title", account = name, quarter = "2026-Q3")`, or
/// `tr!(lang, "home-title")` for none.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr $(,)?) => {
        $crate::text($lang, $key)
    };
    ($lang:expr, $key:expr, $($name:ident = $val:expr),+ $(,)?) => {{
        let mut args = $crate::Args::new();
        $( args.set(stringify!($name), $crate::catalog::value($val)); )+
        $crate::message($lang, $key, Some(&args))
    }};
}

/// What a catalogue file declares: each message (and `message.attribute`) with the variables
/// it uses. Used by the completeness test, and by the UI's test through the same files.
pub fn inventory(tag: &str) -> BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast;
    let mut out = BTreeMap::new();
    for (_, file, source) in SOURCES.iter().filter(|(t, ..)| *t == tag) {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(_, e)| panic!("{tag}/{file}: {e:?}"));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            if let Some(p) = value {
                out.insert(id.clone(), variables(&p));
            }
            for a in attributes {
                out.insert(format!("{id}.{}", a.id.name), variables(&a.value));
            }
        }
    }
    out
}

fn variables(pattern: &fluent_syntax::ast::Pattern<&str>) -> BTreeSet<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    walk(&v.value, out);
                }
            }
        }
    }
    fn walk(p: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(pattern, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language has every message and attribute English has, no message English lacks,
    /// and each uses the same variables (a translation that drops `$account` would print a
    /// sentence about nobody).
    #[test]
    fn every_catalogue_has_every_message() {
        let en = inventory("en");
        assert!(!en.is_empty(), "the English catalogue is the reference and cannot be empty");
        for lang in [Lang::ZhCn, Lang::Fr] {
            let other = inventory(lang.tag());
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has messages English lacks: {extra:?}");
            for (key, vars) in &en {
                assert_eq!(&other[key], vars, "{lang}: {key} uses other variables than English");
            }
        }
    }

    #[test]
    fn every_file_builds_into_its_bundle() {
        // Building panics on a syntax error or a message defined twice.
        for lang in Lang::ALL {
            assert!(has(lang, "app-name"), "{lang}");
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!(tr!(Lang::En, "count-accounts", count = 1), "1 account");
        assert_eq!(tr!(Lang::En, "count-accounts", count = 1234), "1,234 accounts");
        assert_eq!(tr!(Lang::Fr, "count-accounts", count = 1), "1 compte");
        assert_eq!(tr!(Lang::Fr, "count-accounts", count = 1234), "1\u{202f}234 comptes");
        assert_eq!(tr!(Lang::ZhCn, "count-accounts", count = 1234), "1,234 个客户");
    }

    /// French typography (the glossary's rule): a no-break space before : ; ! ? and inside « ».
    /// A plain space there lets a line break strand the colon at the start of the next line.
    #[test]
    fn french_punctuation_keeps_its_no_break_spaces() {
        let mut bad = vec![];
        for (tag, file, text) in SOURCES.iter().filter(|(tag, ..)| *tag == "fr") {
            for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#')) {
                let value = line.split_once(" = ").map_or(line, |(_, v)| v);
                let chars: Vec<char> = value.chars().collect();
                let wrong = chars.windows(2).any(|w| {
                    (w[0] == ' ' && matches!(w[1], ':' | ';' | '!' | '?' | '»')) || (w[0] == '«' && w[1] == ' ')
                });
                if wrong {
                    bad.push(format!("{tag}/{file}:{}: {line}", n + 1));
                }
            }
        }
        assert!(bad.is_empty(), "plain spaces where French needs a no-break one:\n{}", bad.join("\n"));
    }

    #[test]
    fn a_missing_key_shows_itself() {
        assert_eq!(text(Lang::Fr, "no-such-message"), "no-such-message");
    }
}
