//! The rule builder's side of the segments screen: the fields a rule can test, the live count,
//! and where an error points, so the screen can put a caret under the column.

use segments::facts::{FIELDS, account_facts, known_fields};
use segments::rules::{FactKind, parse};
use serde::Serialize;

use crate::{Error, Session, Snapshot};

/// Members a rule preview lists; the count covers them all.
pub const RULE_MEMBERS_SHOWN: usize = 50;

/// A field a rule can test.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RuleField {
    pub field: String,
    pub kind: FactKind,
    pub about: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RuleMember {
    pub account_id: String,
    pub name: String,
    pub arr: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RuleCount {
    /// The rule in canonical form (what a saved rule segment is keyed by).
    pub expression: String,
    pub accounts: u32,
    pub arr: f64,
    /// Share of the book's ARR.
    pub arr_share: f64,
    /// The first [`RULE_MEMBERS_SHOWN`] members, largest ARR first.
    pub members: Vec<RuleMember>,
}


pub(super) fn book_fields(s: &Snapshot) -> Vec<RuleField> {
    let views = &s.analysis.accounts;
    let module_name = |key: &str| views.iter().flat_map(|v| &v.usage.modules).find(|m| &*m.module == key).map(|m| m.name.to_string());
    known_fields(views)
        .into_iter()
        .filter(|(f, _)| !FIELDS.iter().any(|(k, _, _)| k == f))
        .map(|(field, kind)| {
            let about = match field.strip_prefix("share.") {
                Some(m) => format!("share of the last 13 weeks' events in {} (0-1)", module_name(m).unwrap_or_else(|| m.into())),
                None => "custom column of the accounts import".into(),
            };
            RuleField { field, kind, about }
        })
        .collect()
}


/// The fixed fields a rule can test, in the CLI's `--fields` order.
pub fn rule_fields() -> Vec<RuleField> {
    FIELDS.iter().map(|(f, kind, about)| RuleField { field: f.to_string(), kind: *kind, about: about.to_string() }).collect()
}

/// The rule's canonical text and the indexes of its members; errors as the segments crate
/// gives them (`invalid_rule` with its column, `unknown_field`, `type_mismatch`).
pub(super) fn rule_members(s: &Snapshot, expr: &str) -> Result<(String, Vec<usize>), Error> {
    let views = &s.analysis.accounts;
    let rule = parse(expr)?;
    rule.check(&known_fields(views))?;
    let matched = (0..views.len()).filter(|&i| rule.matches(&account_facts(&views[i], s.as_of))).collect();
    Ok((rule.to_string(), matched))
}

pub async fn rule_count(session: &Session, expr: &str) -> Result<RuleCount, Error> {
    let s = session.snapshot().await?;
    let views = &s.analysis.accounts;
    let (expression, matched) = rule_members(&s, expr)?;
    let arr: f64 = matched.iter().map(|&i| views[i].arr).sum();
    let book: f64 = views.iter().map(|v| v.arr).sum();
    let mut members: Vec<RuleMember> =
        matched.iter().map(|&i| RuleMember { account_id: views[i].account_id.clone(), name: views[i].name.clone(), arr: views[i].arr }).collect();
    members.sort_by(|a, b| b.arr.total_cmp(&a.arr).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase())));
    members.truncate(RULE_MEMBERS_SHOWN);
    Ok(RuleCount { expression, accounts: matched.len() as u32, arr, arr_share: if book > 0.0 { arr / book } else { 0.0 }, members })
}


/// The 1-based column (in characters) a rule error points at: the parser's own column, or
/// where the unknown or mismatched field first appears, so the UI can put a caret under it.
pub fn error_column(expr: &str, e: &Error) -> Option<usize> {
    let field = match e {
        Error::Segments(segments::Error::Rule { column, .. }) => return Some(*column),
        Error::Segments(segments::Error::UnknownField { field, .. } | segments::Error::TypeMismatch { field, .. }) => field,
        _ => return None,
    };
    // Identifiers as the rule lexer reads them, skipping quoted text and numbers.
    let chars: Vec<char> = expr.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' || c == '\'' {
            i += 1;
            while i < chars.len() && chars[i] != c {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                i += 1;
            }
            if chars[start..i].iter().collect::<String>() == *field {
                return Some(start + 1);
            }
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == '_') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    None
}

/// The error's message, ending in "at column N" whenever a column is known: the app's error
/// shape is `{ code, message }`, and this is how the column reaches the rule builder.
pub fn located_message(expr: &str, e: &Error) -> String {
    let message = e.to_string();
    match error_column(expr, e) {
        Some(c) if !matches!(e, Error::Segments(segments::Error::Rule { .. })) => format!("{message} at column {c}"),
        _ => message,
    }
}
