//! Playbooks and tasks: interventions triggered by alerts, segments, lifecycle stages and
//! the calendar, created idempotently as joint (customer/vendor) tasks that escalate when
//! overdue; touchpoints; and CSM workload with a capacity estimate per segment.

/// Errors, with stable codes.
mod error;
/// Playbook, trigger, step and escalation definitions.
pub mod model;
/// The playbooks Waypoint ships.
pub mod defaults;
/// Stored playbooks: seeding the built-ins, adding the user's own.
pub mod library;
/// `run`: fire triggers as of a day, create tasks once, escalate overdue ones.
pub mod run;
/// Listing and completing tasks; logging touchpoints.
pub mod tasks;
/// Completing and reopening success-plan milestones.
pub mod plans;
/// Workload per CSM and CSMs needed per segment.
pub mod workload;
/// Past playbook tasks from a file (the demo's history).
pub mod history;

pub use error::Error;
pub use model::{Escalation, Playbook, Priority, Side, Step, Trigger};
pub use run::{RunReport, run};
pub use tasks::{Filter, Task, Touchpoint};
pub use workload::{CoverageRatios, Workload, workload};
