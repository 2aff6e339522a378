//! Rule segments: saved filter expressions over account facts, e.g.
//! `arr > 50000 and breadth < 0.5 and region = "EMEA"`.
//!
//! Grammar (keywords case-insensitive):
//! ```text
//! expr    := or
//! or      := and (("or" | "||") and)*
//! and     := unary (("and" | "&&") unary)*
//! unary   := ("not" | "!") unary | "(" expr ")" | test
//! test    := field op literal | field "in" "(" literal ("," literal)* ")"
//!          | field "contains" string | field "is" ["not"] "missing"
//! op      := "=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">="
//! literal := number | "string" | 'string'
//! ```
//! Semantics: text comparisons ignore case; a missing fact matches no test except
//! `is missing` (as NULL in SQL), so `region != "EMEA"` does not select accounts without a
//! region.
//!
//! Written by hand: the grammar is tiny, and the errors must point at the exact column with
//! what was expected there, which a regex cannot do and a parser generator would be
//! overkill for.

use std::collections::BTreeMap;

use i18n::{Arg, Text};
use serde::Serialize;

use crate::Error;

/// One account fact a rule can test.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Fact {
    Num(f64),
    Text(String),
    Missing,
}

pub type Facts = BTreeMap<String, Fact>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Number,
    Text,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Num(f64),
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    Or(Box<Rule>, Box<Rule>),
    And(Box<Rule>, Box<Rule>),
    Not(Box<Rule>),
    Cmp { field: String, op: CmpOp, value: Literal },
    In { field: String, values: Vec<Literal> },
    Contains { field: String, needle: String },
    Missing { field: String, negated: bool },
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Num(f64),
    Str(String),
    Op(CmpOp),
    And,
    Or,
    Not,
    LParen,
    RParen,
    Comma,
}

fn err(expr: &str, column: usize, message: impl Into<Text>) -> Error {
    Error::Rule { expr: expr.to_string(), column, message: message.into() }
}

/// A parser message without arguments (`error-rule-…`, locales/*/errors.ftl).
fn why(key: &'static str) -> Text {
    Text::new(key)
}

/// Tokens with their 1-based column.
fn lex(expr: &str) -> Result<Vec<(Tok, usize)>, Error> {
    let chars: Vec<char> = expr.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (c, next) = (chars[i], chars.get(i + 1).copied());
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let (tok, width) = match (c, next) {
            ('(', _) => (Tok::LParen, 1),
            (')', _) => (Tok::RParen, 1),
            (',', _) => (Tok::Comma, 1),
            ('=', Some('=')) => (Tok::Op(CmpOp::Eq), 2),
            ('=', _) => (Tok::Op(CmpOp::Eq), 1),
            ('!', Some('=')) | ('<', Some('>')) => (Tok::Op(CmpOp::Ne), 2),
            ('!', _) => (Tok::Not, 1),
            ('<', Some('=')) => (Tok::Op(CmpOp::Le), 2),
            ('<', _) => (Tok::Op(CmpOp::Lt), 1),
            ('>', Some('=')) => (Tok::Op(CmpOp::Ge), 2),
            ('>', _) => (Tok::Op(CmpOp::Gt), 1),
            ('&', Some('&')) => (Tok::And, 2),
            ('|', Some('|')) => (Tok::Or, 2),
            ('"' | '\'', _) => {
                let mut s = String::new();
                let mut j = i + 1;
                loop {
                    match chars.get(j) {
                        None => return Err(err(expr, i + 1, why("error-rule-unclosed-string"))),
                        Some('\\') => {
                            match chars.get(j + 1) {
                                Some(&e @ ('"' | '\'' | '\\')) => s.push(e),
                                _ => return Err(err(expr, j + 1, why("error-rule-escape"))),
                            }
                            j += 2;
                        }
                        Some(&q) if q == c => break,
                        Some(&other) => {
                            s.push(other);
                            j += 1;
                        }
                    }
                }
                (Tok::Str(s), j + 1 - i)
            }
            (c, n) if c.is_ascii_digit() || c == '.' || (c == '-' && n.is_some_and(|d| d.is_ascii_digit() || d == '.')) => {
                let mut j = i + 1;
                while chars.get(j).is_some_and(|x| x.is_ascii_digit() || *x == '.' || *x == '_') {
                    j += 1;
                }
                let text: String = chars[i..j].iter().filter(|&&c| c != '_').collect();
                let n = text.parse::<f64>().map_err(|_| err(expr, i + 1, Text::new("error-rule-not-a-number").arg("text", Arg::Str(text.to_string()))))?;
                (Tok::Num(n), j - i)
            }
            (c, _) if c.is_alphabetic() || c == '_' => {
                let mut j = i + 1;
                while chars.get(j).is_some_and(|x| x.is_alphanumeric() || *x == '_' || *x == '.') {
                    j += 1;
                }
                let word: String = chars[i..j].iter().collect();
                let tok = match word.to_ascii_lowercase().as_str() {
                    "and" => Tok::And,
                    "or" => Tok::Or,
                    "not" => Tok::Not,
                    _ => Tok::Ident(word),
                };
                (tok, j - i)
            }
            (other, _) => return Err(err(expr, i + 1, Text::new("error-rule-character").arg("character", Arg::Str(other.to_string())))),
        };
        toks.push((tok, i + 1));
        i += width;
    }
    Ok(toks)
}

struct Parser<'a> {
    expr: &'a str,
    toks: Vec<(Tok, usize)>,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.0)
    }

    fn column(&self) -> usize {
        self.toks.get(self.pos).map_or(self.expr.chars().count() + 1, |t| t.1)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).map(|t| t.0.clone());
        self.pos += 1;
        t
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Tok::Ident(w)) if w.eq_ignore_ascii_case(word))
    }

    fn or(&mut self) -> Result<Rule, Error> {
        let mut left = self.and()?;
        while self.peek() == Some(&Tok::Or) {
            self.pos += 1;
            left = Rule::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Rule, Error> {
        let mut left = self.unary()?;
        while self.peek() == Some(&Tok::And) {
            self.pos += 1;
            left = Rule::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Rule, Error> {
        match self.peek() {
            Some(Tok::Not) => {
                self.pos += 1;
                Ok(Rule::Not(Box::new(self.unary()?)))
            }
            Some(Tok::LParen) => {
                self.pos += 1;
                let inner = self.or()?;
                if self.next() != Some(Tok::RParen) {
                    self.pos -= 1;
                    return Err(err(self.expr, self.column(), why("error-rule-close-paren")));
                }
                Ok(inner)
            }
            Some(Tok::Ident(_)) => self.test(),
            None => Err(err(self.expr, self.column(), why("error-rule-end"))),
            Some(_) => Err(err(self.expr, self.column(), why("error-rule-field-name"))),
        }
    }

    fn literal(&mut self, after: &str) -> Result<Literal, Error> {
        let column = self.column();
        match self.next() {
            Some(Tok::Num(n)) => Ok(Literal::Num(n)),
            Some(Tok::Str(s)) => Ok(Literal::Text(s)),
            _ => Err(err(self.expr, column, Text::new("error-rule-value").arg("after", Arg::Str(after.to_string())))),
        }
    }

    fn test(&mut self) -> Result<Rule, Error> {
        let Some(Tok::Ident(field)) = self.next() else { unreachable!("checked by unary") };
        let column = self.column();
        if self.keyword("in") {
            self.pos += 1;
            if self.next() != Some(Tok::LParen) {
                return Err(err(self.expr, column + 3, why("error-rule-in-paren")));
            }
            let mut values = vec![self.literal("(")?];
            while self.peek() == Some(&Tok::Comma) {
                self.pos += 1;
                values.push(self.literal(",")?);
            }
            if self.next() != Some(Tok::RParen) {
                self.pos -= 1;
                return Err(err(self.expr, self.column(), why("error-rule-list")));
            }
            return Ok(Rule::In { field, values });
        }
        if self.keyword("contains") {
            self.pos += 1;
            return match self.literal("contains")? {
                Literal::Text(needle) => Ok(Rule::Contains { field, needle }),
                Literal::Num(_) => Err(err(self.expr, column, why("error-rule-contains"))),
            };
        }
        if self.keyword("is") {
            self.pos += 1;
            let negated = self.peek() == Some(&Tok::Not);
            if negated {
                self.pos += 1;
            }
            if !self.keyword("missing") {
                return Err(err(self.expr, self.column(), why("error-rule-missing")));
            }
            self.pos += 1;
            return Ok(Rule::Missing { field, negated });
        }
        match self.next() {
            Some(Tok::Op(op)) => Ok(Rule::Cmp { field, op, value: self.literal(op.as_str())? }),
            _ => Err(err(
                self.expr,
                column,
                Text::new("error-rule-comparison").arg("field", Arg::Str(field.clone())),
            )),
        }
    }
}

impl CmpOp {
    pub fn as_str(self) -> &'static str {
        match self {
            CmpOp::Eq => "=",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    fn holds(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

#[path = "rules_eval.rs"]
mod eval;
pub use eval::parse;
