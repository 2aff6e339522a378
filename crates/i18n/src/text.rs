//! Sentences the engine states about the data (an alert, a health driver's detail, a segment's
//! name) travel as a catalogue key with typed arguments instead of an English string, so the app,
//! the CLI and every deck write them in their reader's language, with the arguments (days, money,
//! percentages) formatted for that language. The UI renders the same shape with the same
//! catalogues (ui/src/lib/i18n.svelte.ts, `renderText`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Args, Formats, Lang};

/// A catalogue message and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Text {
    /// The message id (or `id.attribute`) in locales/<lang>/*.ftl.
    pub key: String,
    pub args: BTreeMap<String, Arg>,
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
    pub fn new(key: impl Into<String>) -> Text {
        Text { key: key.into(), args: BTreeMap::new() }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &str, value: Arg) -> Text {
        self.args.insert(name.to_string(), value);
        self
    }

    /// The sentence in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let f = Formats::of(lang);
        let mut args = Args::new();
        for (name, value) in &self.args {
            match value {
                Arg::Str(s) => args.set(name.as_str(), s.clone()),
                Arg::Int(n) => args.set(name.as_str(), *n),
                Arg::Number { value, decimals } => args.set(name.as_str(), f.number(*value, *decimals)),
                Arg::Percent(r) => args.set(name.as_str(), f.share(*r)),
                Arg::Change(r) => {
                    let p = f.share(r.abs());
                    args.set(name.as_str(), if *r > 0.0 { format!("+{p}") } else if *r < 0.0 { format!("−{p}") } else { p })
                }
                Arg::Day(d) => args.set(
                    name.as_str(),
                    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map(|d| f.date(d)).unwrap_or_else(|_| d.clone()),
                ),
                Arg::Money { amount, currency } => args.set(name.as_str(), f.money(*amount, currency)),
                Arg::Term(key) => args.set(name.as_str(), crate::text(lang, key)),
                Arg::List(items) => args.set(name.as_str(), f.list(items)),
                Arg::Text(text) => args.set(name.as_str(), text.render(lang)),
                Arg::Texts(texts) => args.set(name.as_str(), f.list(&texts.iter().map(|t| t.render(lang)).collect::<Vec<_>>())),
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
    fn the_wire_shape_is_stable() {
        let t = Text::new("x").arg("when", Arg::Day("2026-09-30".into())).arg("n", Arg::Int(3));
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, r#"{"key":"x","args":{"n":{"type":"int","value":3},"when":{"type":"day","value":"2026-09-30"}}}"#);
    }
}
