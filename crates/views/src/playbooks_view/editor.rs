//! What the playbook editor needs beyond the playbook itself: its problems field by field, so
//! each message sits next to the input it is about, and the choices for the trigger's
//! parameters. The playbooks crate's own `validate` stays the last word: a playbook with no
//! field problems is still checked by it, and `library::add` checks again when saving.

use std::collections::BTreeSet;

use playbooks::{Playbook, Trigger};
use i18n::{Arg, Text};
use segments::rules::FactKind;
use serde::Serialize;

use crate::{Error, Session};

/// One problem with a playbook, for the editor to show next to a field.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FieldError {
    /// `key`, `name`, `trigger`, `only_if`, `steps`, `steps.<i>.title` (0-based), or
    /// `playbook` for what no single field explains.
    pub field: String,
    pub message: i18n::Text,
}

/// The choices the editor offers for a trigger's parameters and rule expressions.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PlaybookOptions {
    /// Alert kinds an alert trigger may name.
    pub alert_kinds: Vec<String>,
    /// Lifecycle stages a stage trigger may name.
    pub stages: Vec<String>,
    /// Needs segments of the current book and the value tiers: suggestions, since needs
    /// segments come from clustering and a later import may name them differently.
    pub segments: Vec<String>,
    /// `segments` in the reader's language (the trigger stores the name).
    pub segment_labels: Vec<i18n::Text>,
    /// Fields rule expressions (the rule trigger and "only if") may test.
    pub rule_fields: Vec<String>,
}

/// The lifecycle stages `Playbook::validate` accepts (its list is private; a test keeps the
/// two in step).
pub const STAGES: [&str; 6] = ["onboarding", "adoption", "value", "renewal", "at_risk", "churned"];

/// Trims what the user typed around, drops an empty "only if", and marks the playbook as the
/// user's: what is saved is exactly what was checked.
pub(crate) fn normalized(mut p: Playbook) -> Playbook {
    p.key = p.key.trim().to_string();
    p.name = p.name.trim().to_string();
    p.only_if = p.only_if.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    if let Trigger::Rule { expr } = &mut p.trigger {
        *expr = expr.trim().to_string();
    }
    if let Trigger::Segment { segment } = &mut p.trigger {
        *segment = segment.trim().to_string();
    }
    for s in &mut p.steps {
        s.title = s.title.trim().to_string();
    }
    p.builtin = false;
    p
}

/// A rule must parse and name fields the book has with the right kinds: `playbooks::run`
/// compiles every rule the same way, and one bad rule would fail the whole run.
fn rule_problem(expr: &str, known: &[(String, FactKind)]) -> Option<i18n::Text> {
    let rule = match segments::rules::parse(expr) {
        Ok(r) => r,
        Err(e) => return Some(e.text()),
    };
    rule.check(known).err().map(|e| e.text())
}

/// Every problem of the playbook (as the user typed it; it is normalized first), by field.
/// `known` are the rule fields of the book (`segments::facts::known_fields`).
pub fn check_playbook(p: &Playbook, known: &[(String, FactKind)]) -> Vec<FieldError> {
    let p = normalized(p.clone());
    let mut out = Vec::new();
    let mut bad = |field: &str, message: Text| out.push(FieldError { field: field.to_string(), message });
    let str = |s: &str| Arg::Str(s.to_string());
    if p.key.is_empty() || p.key.chars().any(char::is_whitespace) {
        bad("key", Text::new("pb-error-key"));
    } else if playbooks::defaults::builtin().iter().any(|b| b.key == p.key) {
        bad("key", Text::new("pb-error-key-builtin").arg("key", str(&p.key)));
    }
    if p.name.is_empty() {
        bad("name", Text::new("pb-error-name"));
    }
    match &p.trigger {
        Trigger::Alert { kind } if !metrics::alerts::AlertKind::ALL.iter().any(|k| k.as_str() == kind) => {
            bad("trigger", Text::new("pb-error-alert-kind").arg("kind", str(kind)));
        }
        Trigger::Stage { stage } if !STAGES.contains(&stage.as_str()) => bad("trigger", Text::new("pb-error-stage").arg("stage", str(stage))),
        Trigger::Segment { segment } if segment.is_empty() => bad("trigger", Text::new("pb-error-segment")),
        Trigger::Rule { expr } if expr.is_empty() => bad("trigger", Text::new("pb-error-rule")),
        Trigger::Rule { expr } => {
            if let Some(m) = rule_problem(expr, known) {
                bad("trigger", m);
            }
        }
        Trigger::Tenure { days: 0 } => bad("trigger", Text::new("pb-error-tenure")),
        _ => {}
    }
    if let Some(m) = p.only_if.as_deref().and_then(|e| rule_problem(e, known)) {
        bad("only_if", m);
    }
    if p.steps.is_empty() {
        bad("steps", Text::new("pb-error-steps"));
    }
    for (i, s) in p.steps.iter().enumerate() {
        if s.title.is_empty() {
            bad(&format!("steps.{i}.title"), Text::new("pb-error-step-title"));
        }
    }
    if out.is_empty()
        && let Err(e) = p.validate()
    {
        out.push(FieldError { field: "playbook".into(), message: e.text() });
    }
    out
}

/// The playbook's problems against the current book's rule fields; empty when it can be saved.
pub async fn validate_playbook(session: &Session, p: &Playbook) -> Result<Vec<FieldError>, Error> {
    let s = session.snapshot().await?;
    Ok(check_playbook(p, &segments::facts::known_fields(&s.analysis.accounts)))
}

pub async fn options(session: &Session) -> Result<PlaybookOptions, Error> {
    let s = session.snapshot().await?;
    let needs: BTreeSet<&str> = s.needs.iter().map(String::as_str).chain([segments::needs::INACTIVE]).collect();
    let segments: Vec<String> = needs.into_iter().map(str::to_string).chain(session.config().segments.value.names()).collect();
    let segment_labels = segments.iter().map(|n| segments::label(n)).collect();
    Ok(PlaybookOptions {
        alert_kinds: metrics::alerts::AlertKind::ALL.iter().map(|k| k.as_str().to_string()).collect(),
        stages: STAGES.iter().map(|s| s.to_string()).collect(),
        segments,
        segment_labels,
        rule_fields: segments::facts::known_fields(&s.analysis.accounts).into_iter().map(|(f, _)| f).collect(),
    })
}
