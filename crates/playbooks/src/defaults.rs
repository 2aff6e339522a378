//! The playbooks Waypoint ships. Each answers one alert, stage or rhythm with the steps an
//! experienced CSM would take, split between vendor and customer so the plan is joint, and
//! escalates when the vendor side lets a task slide.

use crate::model::{Escalation, Playbook, Priority, Side, Step, Trigger};

fn step(title: &str, owner_side: Side, due_offset_days: u32, priority: Priority) -> Step {
    Step { title: title.to_string(), owner_side, due_offset_days, priority }
}

fn escalate(after_days_overdue: u32, raise_to: Priority, notify_manager: bool) -> Option<Escalation> {
    Some(Escalation { after_days_overdue, raise_to, notify_manager })
}

fn book(key: &str, name: &str, trigger: Trigger, steps: Vec<Step>, escalation: Option<Escalation>) -> Playbook {
    Playbook { key: key.into(), name: name.into(), trigger, only_if: None, steps, escalation, enabled: true, builtin: true }
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
            "Usage drop rescue",
            alert("usage_drop"),
            vec![
                step("Review the usage drop by module and user with the champion", Vendor, 3, High),
                step("Agree the recovery actions and who owns each", Customer, 10, Normal),
            ],
            escalate(3, Urgent, true),
        ),
        book(
            "silent-account",
            "Silent account re-engagement",
            alert("account_silent"),
            vec![
                step("Reach the champion and the economic buyer: why has activity stopped?", Vendor, 2, High),
                step("Book a re-onboarding session", Vendor, 10, Normal),
            ],
            escalate(3, Urgent, true),
        ),
        book(
            "core-users-silent",
            "Core users gone quiet",
            alert("core_users_silent"),
            vec![step("Check whether the silent core users left or changed role; find their successors", Vendor, 5, High)],
            escalate(5, Urgent, false),
        ),
        book(
            "module-enablement",
            "Unused module enablement",
            alert("unused_modules"),
            vec![
                step("Offer an enablement session on the unused modules", Vendor, 14, Normal),
                step("Name an owner for each module the team will adopt", Customer, 30, Normal),
            ],
            escalate(14, High, false),
        ),
        book(
            "detractor-follow-up",
            "Detractor follow-up",
            alert("nps_detractor"),
            vec![
                step("Call the detractor within two days and log what they said", Vendor, 2, High),
                step("Send the agreed fixes and dates in writing", Vendor, 7, Normal),
            ],
            escalate(2, Urgent, true),
        ),
        book(
            "ticket-spike",
            "Support ticket spike",
            alert("ticket_spike"),
            vec![step("Review the open tickets with support and send the customer one status summary", Vendor, 3, High)],
            escalate(3, Urgent, true),
        ),
        book(
            "renewal-risk",
            "Renewal at risk",
            alert("renewal_risk"),
            vec![
                step("Build a save plan: risks, value delivered, commercial options", Vendor, 5, Urgent),
                step("Executive sponsor call", Vendor, 10, Urgent),
                step("Confirm renewal decision timeline", Customer, 20, High),
            ],
            escalate(2, Urgent, true),
        ),
        book(
            "onboarding-kickoff",
            "Onboarding kickoff",
            Trigger::Stage { stage: "onboarding".into() },
            vec![
                step("Kickoff call: success criteria and 30/60/90-day plan", Vendor, 5, High),
                step("Share admin contacts and data sources", Customer, 10, Normal),
            ],
            escalate(5, Urgent, true),
        ),
        book(
            "at-risk-plan",
            "At-risk account plan",
            Trigger::Stage { stage: "at_risk".into() },
            vec![step("Write the account's risk summary and recovery plan", Vendor, 7, High)],
            escalate(5, Urgent, true),
        ),
        Playbook {
            // Quarterly meetings are for accounts a CSM covers by name (Growth tier and up
            // with the default tiers); smaller accounts get pooled, digital success.
            only_if: Some("arr >= 10000".into()),
            ..book(
                "quarterly-qbr",
                "Quarterly business review",
                Trigger::Quarterly,
                vec![
                    step("Prepare the QBR deck and agenda", Vendor, 21, Normal),
                    step("Confirm attendees and goals for the QBR", Customer, 28, Normal),
                    step("Hold the QBR and log next steps", Vendor, 45, Normal),
                ],
                escalate(14, High, false),
            )
        },
        book(
            "day-30-check-in",
            "Day 30 check-in",
            Trigger::Tenure { days: 30 },
            vec![step("Day-30 check-in: first value reached? blockers?", Vendor, 5, Normal)],
            escalate(7, High, false),
        ),
        book(
            "day-60-check-in",
            "Day 60 check-in",
            Trigger::Tenure { days: 60 },
            vec![step("Day-60 check-in: adoption of the licensed modules", Vendor, 5, Normal)],
            escalate(7, High, false),
        ),
        book(
            "day-90-check-in",
            "Day 90 check-in",
            Trigger::Tenure { days: 90 },
            vec![
                step("Day-90 review: success criteria met? agree the next milestone", Vendor, 7, Normal),
                step("Sign off the 90-day milestone", Customer, 14, Normal),
            ],
            escalate(7, High, true),
        ),
        book(
            "dormant-segment",
            "No recent activity: win back",
            Trigger::Segment { segment: segments::needs::INACTIVE.into() },
            vec![step("Account has no product activity this quarter: confirm status with the buyer", Vendor, 7, High)],
            escalate(7, Urgent, true),
        ),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn builtins_are_valid_with_unique_keys() {
        let all = super::builtin();
        for p in &all {
            p.validate().unwrap();
        }
        let mut keys: Vec<&str> = all.iter().map(|p| p.key.as_str()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), all.len());
    }
}
