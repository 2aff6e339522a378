//! What a playbook is: a trigger, the steps it creates as tasks, and how overdue tasks
//! escalate. Stored as JSON in the workspace so users can add their own.

use i18n::{Arg, Text};
use serde::{Deserialize, Serialize};

use crate::Error;

/// When a playbook fires for an account. Each firing has a key that makes it happen once:
/// the same ongoing condition on a later run creates nothing new.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Trigger {
    /// An alert of this kind (`usage_drop`, `renewal_risk`...). Fires once per episode: the
    /// key is the alert's start day, so a new drop after recovery fires again.
    Alert { kind: String },
    /// The account is in this needs segment or value tier. Fires once per account and segment.
    Segment { segment: String },
    /// The account matches a rule (same language as rule segments). Fires once per quarter
    /// while it matches, so a standing condition is revisited but not every day.
    Rule { expr: String },
    /// The account is in this lifecycle stage. Fires once per account and stage.
    Stage { stage: String },
    /// Every calendar quarter, for each paying account (e.g. the QBR).
    Quarterly,
    /// This many days after the account's first subscription (30/60/90-day check-ins).
    /// Fires within the first `days + 30` days only, so old accounts get no belated check-ins.
    Tenure { days: u32 },
}

/// Who owes the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Customer,
    Vendor,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Customer => "customer",
            Side::Vendor => "vendor",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    Normal,
    High,
    Urgent,
}

impl Priority {
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }

    pub fn parse(s: &str) -> Option<Priority> {
        [Priority::Low, Priority::Normal, Priority::High, Priority::Urgent].into_iter().find(|p| p.as_str() == s)
    }
}

/// One task the playbook creates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: String,
    pub owner_side: Side,
    /// Due this many days after the trigger day.
    pub due_offset_days: u32,
    #[serde(default = "normal")]
    pub priority: Priority,
}

fn normal() -> Priority {
    Priority::Normal
}

/// What happens to an open task this many days past due.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    pub after_days_overdue: u32,
    pub raise_to: Priority,
    pub notify_manager: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Playbook {
    /// Stable identifier, e.g. `usage-drop-rescue`.
    pub key: String,
    pub name: String,
    pub trigger: Trigger,
    /// Applies only to accounts matching this rule (rule-segment language), e.g. QBRs only
    /// for `arr >= 10000`: tech-touch accounts get no quarterly meeting.
    #[serde(default)]
    pub only_if: Option<String>,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub escalation: Option<Escalation>,
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Shipped with Waypoint (re-seeded on every run; users add their own instead).
    #[serde(default)]
    pub builtin: bool,
}

fn yes() -> bool {
    true
}

const STAGES: [&str; 6] = ["onboarding", "adoption", "value", "renewal", "at_risk", "churned"];

impl Playbook {
    /// Checks what a run would otherwise fail on, with the playbook's key in the message.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |message: Text| Err(Error::Invalid { key: self.key.clone(), message });
        let list = |items: &[String]| Arg::Str(items.join(", "));
        if self.key.trim().is_empty() || self.key.chars().any(char::is_whitespace) {
            return bad(Text::new("error-playbooks-key"));
        }
        if self.name.trim().is_empty() {
            return bad(Text::new("error-playbooks-name"));
        }
        if self.steps.is_empty() {
            return bad(Text::new("error-playbooks-no-steps"));
        }
        if let Some(s) = self.steps.iter().find(|s| s.title.trim().is_empty()) {
            return bad(Text::new("error-playbooks-step-title").arg("days", Arg::Int(s.due_offset_days.into())));
        }
        match &self.trigger {
            Trigger::Alert { kind } => {
                let kinds: Vec<String> = metrics::alerts::AlertKind::ALL.iter().map(|k| k.as_str().to_string()).collect();
                if !kinds.contains(kind) {
                    return bad(Text::new("error-playbooks-alert-kind").arg("kind", Arg::Str(kind.clone())).arg("kinds", list(&kinds)));
                }
            }
            Trigger::Stage { stage } if !STAGES.contains(&stage.as_str()) => {
                let stages: Vec<String> = STAGES.iter().map(|s| s.to_string()).collect();
                return bad(Text::new("error-playbooks-stage").arg("stage", Arg::Str(stage.clone())).arg("stages", list(&stages)));
            }
            Trigger::Rule { expr } => {
                segments::rules::parse(expr)?;
            }
            Trigger::Tenure { days: 0 } => return bad(Text::new("error-playbooks-tenure")),
            _ => {}
        }
        if let Some(expr) = &self.only_if {
            segments::rules::parse(expr)?;
        }
        Ok(())
    }
}
