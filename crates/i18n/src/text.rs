//! Sentences the engine states about the data (an alert, a health driver's detail, a segment's
//! name) travel as a catalogue key with typed arguments instead of an English string, so the app,
//! the CLI and every deck write them in their reader's language, with the arguments (days, money,
//! percentages) formatted for that language. The UI renders the same shape with the same
//! catalogues (ui/src/lib/i18n.svelte.ts, `renderText`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Args, Formats, Lang};

/// A catalogue message and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Text {
    /// The message id (or `id.attribute`) in locales/<lang>/*.ftl.
    // Nearly always a literal, so borrowed rather than copied into every sentence.
    #[ts(as = "String")]
    pub key: Cow<'static, str>,
    #[ts(as = "BTreeMap<String, Arg>")]
    pub args: TextArgs,
}

/// A message's arguments by name, in name order; on the wire a JSON object. A sorted vector
/// rather than a map: a sentence has one to four arguments, and the app holds hundreds of
/// thousands of sentences (every account's health drivers and alerts), for which a map's
/// smallest node (about 700 bytes) was a third of the analysis's memory at 20,000 accounts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextArgs(Vec<(Cow<'static, str>, Arg)>);

impl TextArgs {
    /// Sets `name` (replacing an earlier value), keeping the names in order.
    pub fn insert(&mut self, name: impl Into<Cow<'static, str>>, value: Arg) {
        let name = name.into();
        match self.0.binary_search_by(|(n, _)| n.as_ref().cmp(name.as_ref())) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => {
                // One at a time: a sentence has a few arguments and the app holds hundreds of
                // thousands of sentences, so the vector's usual growth (room for four at the
                // first push) would leave most of their memory unused.
                self.0.reserve_exact(1);
                self.0.insert(i, (name, value))
            }
        }
    }

    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.binary_search_by(|(n, _)| n.as_ref().cmp(name)).ok().map(|i| &self.0[i].1)
    }

    /// `(name, value)` in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Arg)> {
        self.0.iter().map(|(n, v)| (n.as_ref(), v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for TextArgs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for TextArgs {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TextArgs, D::Error> {
        let map = BTreeMap::<String, Arg>::deserialize(d)?;
        Ok(TextArgs(map.into_iter().map(|(n, v)| (Cow::Owned(n), v)).collect()))
    }
}

/// One argument, typed so each language formats it its own way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Arg {
    /// Customer data or a name: placed as it is.
    Str(String),
    /// A count: selects plural forms and gets the locale's grouping.
    Int(i64),
    /// A measure with up to the given decimals (3.5 tickets per fortnight).
    Number { value: f64, decimals: u8 },
    /// A ratio written as a percentage (0.42 → 42%).
    Percent(f64),
    /// A signed ratio written as a percentage with its sign (−0.42 → −42%).
    Change(f64),
    /// A day, `YYYY-MM-DD`.
    Day(String),
    /// An amount in major units of an ISO 4217 currency.
    Money { amount: f64, currency: String },
    /// Another message of the catalogue (a role, a kind), translated too.
    Term(String),
    /// A list of plain items, joined the way the language joins lists.
    List(Vec<String>),
    /// A whole sentence inside another, rendered in the same language (an import error's
    /// reason inside the sentence naming its file, line and field).
    Text(Box<Text>),
    /// Phrases of their own (a module and its share), each rendered in the same language and
    /// joined the way the language joins lists.
    Texts(Vec<Text>),
}

impl Text {
    /// A message without arguments.
    pub fn new(key: impl Into<Cow<'static, str>>) -> Text {
        Text { key: key.into(), args: TextArgs::default() }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: impl Into<Cow<'static, str>>, value: Arg) -> Text {
        self.args.insert(name, value);
        self
    }

    /// The sentence in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let f = Formats::of(lang);
        let mut args = Args::new();
        for (name, value) in self.args.iter() {
            match value {
                Arg::Str(s) => args.set(name, s.clone()),
                Arg::Int(n) => args.set(name, *n),
                Arg::Number { value, decimals } => args.set(name, f.number(*value, *decimals)),
                Arg::Percent(r) => args.set(name, f.share(*r)),
                Arg::Change(r) => {
                    let p = f.share(r.abs());
                    args.set(name, if *r > 0.0 { format!("+{p}") } else if *r < 0.0 { format!("−{p}") } else { p })
                }
                Arg::Day(d) => args.set(
                    name,
                    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map(|d| f.date(d)).unwrap_or_else(|_| d.clone()),
                ),
                Arg::Money { amount, currency } => args.set(name, f.money(*amount, currency)),
                Arg::Term(key) => args.set(name, crate::text(lang, key)),
                Arg::List(items) => args.set(name, f.list(items)),
                Arg::Text(text) => args.set(name, text.render(lang)),
                Arg::Texts(texts) => args.set(name, f.list(&texts.iter().map(|t| t.render(lang)).collect::<Vec<_>>())),
            }
        }
        crate::message(lang, &self.key, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_formatted_per_language() {
        let t = Text::new("count-accounts").arg("count", Arg::Int(1200));
        assert_eq!(t.render(Lang::En), "1,200 accounts");
        assert_eq!(t.render(Lang::Fr), "1\u{202f}200 comptes");
    }

    #[test]
    fn a_sentence_inside_another_is_rendered_in_the_same_language() {
        let inner = Text::new("count-accounts").arg("count", Arg::Int(1200));
        let outer = Text::new("error-views-invalid").arg("detail", Arg::Text(Box::new(inner)));
        assert_eq!(outer.render(Lang::Fr), "1\u{202f}200 comptes");
        assert_eq!(outer.render(Lang::En), "1,200 accounts");
        let json = serde_json::to_string(&outer).unwrap();
        assert_eq!(
            json,
            r#"{"key":"error-views-invalid","args":{"detail":{"type":"text","value":{"key":"count-accounts","args":{"count":{"type":"int","value":1200}}}}}}"#
        );
    }

    #[test]
    fn phrases_are_joined_as_the_language_joins_lists() {
        let phrase = |n| Text::new("count-accounts").arg("count", Arg::Int(n));
        let t = Text::new("error-views-invalid").arg("detail", Arg::Texts(vec![phrase(1), phrase(2), phrase(3)]));
        assert_eq!(t.render(Lang::En), "1 account, 2 accounts, and 3 accounts");
        assert_eq!(t.render(Lang::Fr), "1 compte, 2 comptes et 3 comptes");
    }

    #[test]
    fn arguments_keep_name_order_and_a_name_set_twice_keeps_its_last_value() {
        let t = Text::new("x").arg("c", Arg::Int(1)).arg("a", Arg::Int(2)).arg(String::from("b"), Arg::Int(3)).arg("c", Arg::Int(4));
        let names: Vec<_> = t.args.iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["a", "b", "c"]);
        assert_eq!((t.args.get("c"), t.args.get("d"), t.args.len()), (Some(&Arg::Int(4)), None, 3));
        let back: Text = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(back, t);
        let unordered: Text = serde_json::from_str(r#"{"key":"x","args":{"z":{"type":"int","value":1},"m":{"type":"int","value":2}}}"#).unwrap();
        assert_eq!(unordered.args.iter().map(|(n, _)| n).collect::<Vec<_>>(), ["m", "z"]);
    }

    #[test]
    fn the_wire_shape_is_stable() {
        let t = Text::new("x").arg("when", Arg::Day("2026-09-30".into())).arg("n", Arg::Int(3));
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, r#"{"key":"x","args":{"n":{"type":"int","value":3},"when":{"type":"day","value":"2026-09-30"}}}"#);
    }
}
