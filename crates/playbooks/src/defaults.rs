//! The playbooks Waypoint ships. Each answers one alert, stage or rhythm with the steps an
//! experienced CSM would take, split between vendor and customer so the plan is joint, and
//! escalates when the vendor side lets a task slide.
//!
//! Their words live in the catalogues (locales/<lang>/playbooks.ftl: `pb-builtin-<key>` and
//! `pb-builtin-<key>-step-<n>`): the English ones are stored, as a user's playbook is, and
//! [`name_text`] / [`step_text`] let every screen, deck and the CLI show them in the reader's
//! language, including the tasks a built-in step created.

use i18n::{Lang, Text};

use crate::model::{Escalation, Playbook, Priority, Side, Step, Trigger};

/// A built-in step; its title is filled from the catalogue by [`book`].
fn step(owner_side: Side, due_offset_days: u32, priority: Priority) -> Step {
    Step { title: String::new(), owner_side, due_offset_days, priority }
}

/// The message of a built-in playbook's name, if `key` is one.
pub fn name_text(key: &str) -> Option<Text> {
    let id = format!("pb-builtin-{key}");
    i18n::catalog::has(Lang::En, &id).then(|| Text::new(id))
}

/// The message of a built-in playbook's step at `position` (0-based), if there is one.
pub fn step_text(key: &str, position: usize) -> Option<Text> {
    let id = format!("pb-builtin-{key}-step-{}", position + 1);
    i18n::catalog::has(Lang::En, &id).then(|| Text::new(id))
}

fn escalate(after_days_overdue: u32, raise_to: Priority, notify_manager: bool) -> Option<Escalation> {
    Some(Escalation { after_days_overdue, raise_to, notify_manager })
}

fn book(key: &str, trigger: Trigger, mut steps: Vec<Step>, escalation: Option<Escalation>) -> Playbook {
    let words = |t: Option<Text>| t.map(|t| t.render(Lang::En)).unwrap_or_default();
    for (i, s) in steps.iter_mut().enumerate() {
        s.title = words(step_text(key, i));
    }
    Playbook { key: key.into(), name: words(name_text(key)), trigger, only_if: None, steps, escalation, enabled: true, builtin: true }
}

fn alert(kind: &str) -> Trigger {
    Trigger::Alert { kind: kind.into() }
}

pub fn builtin() -> Vec<Playbook> {
    use Priority::*;
    use Side::*;
    vec![
        book(
            "usage-drop-rescue",
            alert("usage_drop"),
            vec![
                step(Vendor, 3, High),
                step(Customer, 10, Normal),
            ],
            escalate(3, Urgent, true),
        ),
        book(
            "silent-account",
            alert("account_silent"),
            vec![
                step(Vendor, 2, High),
                step(Vendor, 10, Normal),
            ],
            escalate(3, Urgent, true),
        ),
        book(
            "core-users-silent",
            alert("core_users_silent"),
            vec![step(Vendor, 5, High)],
            escalate(5, Urgent, false),
        ),
        book(
            "module-enablement",
            alert("unused_modules"),
            vec![
                step(Vendor, 14, Normal),
                step(Customer, 30, Normal),
            ],
            escalate(14, High, false),
        ),
        book(
            "detractor-follow-up",
            alert("nps_detractor"),
            vec![
                step(Vendor, 2, High),
                step(Vendor, 7, Normal),
            ],
            escalate(2, Urgent, true),
        ),
        book(
            "ticket-spike",
            alert("ticket_spike"),
            vec![step(Vendor, 3, High)],
            escalate(3, Urgent, true),
        ),
        book(
            "renewal-risk",
            alert("renewal_risk"),
            vec![
                step(Vendor, 5, Urgent),
                step(Vendor, 10, Urgent),
                step(Customer, 20, High),
            ],
            escalate(2, Urgent, true),
        ),
        book(
            "onboarding-kickoff",
            Trigger::Stage { stage: "onboarding".into() },
            vec![
                step(Vendor, 5, High),
                step(Customer, 10, Normal),
            ],
            escalate(5, Urgent, true),
        ),
        book(
            "at-risk-plan",
            Trigger::Stage { stage: "at_risk".into() },
            vec![step(Vendor, 7, High)],
            escalate(5, Urgent, true),
        ),
        Playbook {
            // Quarterly meetings are for accounts a CSM covers by name (Growth tier and up
            // with the default tiers); smaller accounts get pooled, digital success.
            only_if: Some("arr >= 10000".into()),
            ..book(
                "quarterly-qbr",
                Trigger::Quarterly,
                vec![
                    step(Vendor, 21, Normal),
                    step(Customer, 28, Normal),
                    step(Vendor, 45, Normal),
                ],
                escalate(14, High, false),
            )
        },
        book(
            "day-30-check-in",
            Trigger::Tenure { days: 30 },
            vec![step(Vendor, 5, Normal)],
            escalate(7, High, false),
        ),
        book(
            "day-60-check-in",
            Trigger::Tenure { days: 60 },
            vec![step(Vendor, 5, Normal)],
            escalate(7, High, false),
        ),
        book(
            "day-90-check-in",
            Trigger::Tenure { days: 90 },
            vec![
                step(Vendor, 7, Normal),
                step(Customer, 14, Normal),
            ],
            escalate(7, High, true),
        ),
        book(
            "dormant-segment",
            Trigger::Segment { segment: segments::needs::INACTIVE.into() },
            vec![step(Vendor, 7, High)],
            escalate(7, Urgent, true),
        ),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn builtins_read_in_each_language() {
        let t = super::step_text("renewal-risk", 1).unwrap();
        assert_eq!(t.render(i18n::Lang::En), "Executive sponsor call");
        assert_eq!(t.render(i18n::Lang::ZhCn), "高管发起人通话");
        assert_eq!(super::name_text("quarterly-qbr").unwrap().render(i18n::Lang::Fr), "Revue trimestrielle");
        assert!(super::name_text("emea-review").is_none());
    }

    #[test]
    fn builtins_are_valid_with_unique_keys() {
        let all = super::builtin();
        for p in &all {
            p.validate().unwrap();
            // Every word comes from the catalogue: a step without its message would be untitled.
            assert!(!p.name.is_empty() && p.steps.iter().all(|s| !s.title.is_empty()), "{}", p.key);
            assert!(super::step_text(&p.key, p.steps.len()).is_none(), "{}: more messages than steps", p.key);
        }
        let mut keys: Vec<&str> = all.iter().map(|p| p.key.as_str()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), all.len());
    }
}
