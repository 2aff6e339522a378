//! Parsing entry point, checking against known fields, evaluation and canonical display.

use std::cmp::Ordering;
use std::fmt;

use super::*;

/// Parses a rule expression; errors name the column and what was expected there.
pub fn parse(expr: &str) -> Result<Rule, Error> {
    let toks = lex(expr)?;
    let mut p = Parser { expr, toks, pos: 0 };
    let rule = p.or()?;
    if p.pos < p.toks.len() {
        return Err(err(expr, p.column(), i18n::Text::new("error-rule-and-or")));
    }
    Ok(rule)
}

/// Levenshtein distance, for "did you mean" hints on a handful of field names.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

impl Rule {
    fn fields<'a>(&'a self, out: &mut Vec<&'a Rule>) {
        match self {
            Rule::Or(a, b) | Rule::And(a, b) => {
                a.fields(out);
                b.fields(out);
            }
            Rule::Not(a) => a.fields(out),
            test => out.push(test),
        }
    }

    /// Checks every field against the known ones and their kinds, so a typo or a type
    /// mismatch is an error when the rule is saved, not a silently empty segment.
    pub fn check(&self, known: &[(String, FactKind)]) -> Result<(), Error> {
        let expr = self.to_string();
        let mut tests = Vec::new();
        self.fields(&mut tests);
        for t in tests {
            let (field, literal, op) = match t {
                Rule::Cmp { field, op, value } => (field, Some(value), op.as_str()),
                Rule::In { field, values } => (field, values.first(), "in"),
                Rule::Contains { field, .. } => (field, None, "contains"),
                Rule::Missing { field, .. } => (field, None, "is missing"),
                _ => continue,
            };
            let Some((_, kind)) = known.iter().find(|(k, _)| k == field) else {
                let best = known.iter().map(|(k, _)| (distance(field, k), k)).min();
                let suggestion = best.filter(|(d, _)| *d <= 2).map(|(_, k)| k.clone());
                return Err(Error::UnknownField { expr, field: field.clone(), suggestion });
            };
            let literals: Vec<&Literal> = match t {
                Rule::In { values, .. } => values.iter().collect(),
                _ => literal.into_iter().collect(),
            };
            let mismatch = |l: &Literal| matches!((kind, l), (FactKind::Number, Literal::Text(_)) | (FactKind::Text, Literal::Num(_)));
            let contains_number = matches!(t, Rule::Contains { .. }) && *kind == FactKind::Number;
            if let Some(l) = literals.into_iter().find(|l| mismatch(l)).map(|l| l.to_string()).or(contains_number.then(String::new)) {
                let kind = if *kind == FactKind::Number { "number" } else { "text" };
                return Err(Error::TypeMismatch { expr, field: field.clone(), kind, op: op.into(), literal: l });
            }
        }
        Ok(())
    }

    /// Whether an account with these facts is in the segment.
    pub fn matches(&self, facts: &Facts) -> bool {
        let fact = |f: &str| facts.get(f).unwrap_or(&Fact::Missing);
        match self {
            Rule::Or(a, b) => a.matches(facts) || b.matches(facts),
            Rule::And(a, b) => a.matches(facts) && b.matches(facts),
            Rule::Not(a) => !a.matches(facts),
            Rule::Cmp { field, op, value } => compare(fact(field), value).is_some_and(|o| op.holds(o)),
            Rule::In { field, values } => values.iter().any(|v| compare(fact(field), v) == Some(Ordering::Equal)),
            Rule::Contains { field, needle } => match fact(field) {
                Fact::Text(t) => t.to_lowercase().contains(&needle.to_lowercase()),
                _ => false,
            },
            Rule::Missing { field, negated } => (*fact(field) == Fact::Missing) != *negated,
        }
    }
}

fn compare(fact: &Fact, lit: &Literal) -> Option<Ordering> {
    match (fact, lit) {
        (Fact::Num(a), Literal::Num(b)) => a.partial_cmp(b),
        (Fact::Text(a), Literal::Text(b)) => Some(a.to_lowercase().cmp(&b.to_lowercase())),
        _ => None,
    }
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Num(n) => write!(f, "{n}"),
            Literal::Text(s) => write!(f, "\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")),
        }
    }
}

impl fmt::Display for Rule {
    /// The canonical form: lower-case keywords, minimal parentheses; parsing it gives back
    /// the same rule.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let paren = |r: &Rule, f: &mut fmt::Formatter<'_>, when: bool| if when { write!(f, "({r})") } else { write!(f, "{r}") };
        match self {
            Rule::Or(a, b) => {
                write!(f, "{a} or ")?;
                paren(b, f, matches!(**b, Rule::Or(..)))
            }
            Rule::And(a, b) => {
                paren(a, f, matches!(**a, Rule::Or(..)))?;
                write!(f, " and ")?;
                paren(b, f, matches!(**b, Rule::Or(..) | Rule::And(..)))
            }
            Rule::Not(a) => {
                write!(f, "not ")?;
                paren(a, f, matches!(**a, Rule::Or(..) | Rule::And(..)))
            }
            Rule::Cmp { field, op, value } => write!(f, "{field} {} {value}", op.as_str()),
            Rule::In { field, values } => {
                let list: Vec<String> = values.iter().map(|v| v.to_string()).collect();
                write!(f, "{field} in ({})", list.join(", "))
            }
            Rule::Contains { field, needle } => write!(f, "{field} contains {}", Literal::Text(needle.clone())),
            Rule::Missing { field, negated: false } => write!(f, "{field} is missing"),
            Rule::Missing { field, negated: true } => write!(f, "{field} is not missing"),
        }
    }
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
