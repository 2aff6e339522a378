//! The playbooks and tasks screen: the CSM's inbox of open tasks, grouped by when they are due
//! relative to the book's as-of day (the app's "today", so a demo book or an old export reads
//! the same as live data), and the playbook list with its writes (save, enable, run now).

/// Field-by-field validation of a playbook and the choices the editor offers.
pub mod editor;

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use i18n::{Arg, Text};
use playbooks::library;
use serde::{Deserialize, Serialize};

use crate::{Error, Session};
pub use editor::{FieldError, PlaybookOptions, check_playbook, options, validate_playbook};
pub use playbooks::{Escalation, Playbook, Priority, RunReport, Side, Step, Trigger};

/// Which open tasks the inbox shows. Every field absent means every open task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct InboxFilter {
    /// A CSM by name; `""` keeps the tasks of accounts nobody owns.
    pub owner: Option<String>,
    pub side: Option<Side>,
    pub priority: Option<Priority>,
}

/// The inbox's groups, in the order a CSM works through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum InboxGroup {
    /// Due before the as-of day.
    Overdue,
    /// Due on the as-of day.
    Today,
    /// Due in the next seven days. A rolling week, not the calendar one, so the group does not
    /// empty out on a Friday while next Monday's tasks sit under "Later".
    ThisWeek,
    /// Due more than seven days ahead.
    Later,
    /// Tasks without a due day (success-plan follow-ups can have none).
    NoDueDate,
}

impl InboxGroup {
    pub const ALL: [InboxGroup; 5] = [InboxGroup::Overdue, InboxGroup::Today, InboxGroup::ThisWeek, InboxGroup::Later, InboxGroup::NoDueDate];

    /// The group's name, as a catalogue message.
    pub fn label(self) -> i18n::Text {
        i18n::Text::new(match self {
            InboxGroup::Overdue => "inbox-group-overdue",
            InboxGroup::Today => "inbox-group-today",
            InboxGroup::ThisWeek => "inbox-group-this-week",
            InboxGroup::Later => "inbox-group-later",
            InboxGroup::NoDueDate => "inbox-group-no-due-date",
        })
    }

    /// The group of a task due `due_in_days` after the as-of day.
    pub fn of(due_in_days: Option<i64>) -> InboxGroup {
        match due_in_days {
            None => InboxGroup::NoDueDate,
            Some(d) if d < 0 => InboxGroup::Overdue,
            Some(0) => InboxGroup::Today,
            Some(d) if d <= 7 => InboxGroup::ThisWeek,
            Some(_) => InboxGroup::Later,
        }
    }
}

/// One open task as the inbox shows it: side and priority typed (the task list keeps them as
/// the stored text), the playbook by name, and the due day relative to the as-of day.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct InboxTask {
    pub id: i64,
    pub title: String,
    /// The title in the reader's language, for a built-in playbook's step.
    pub title_text: Option<Text>,
    pub account_id: String,
    pub account_name: String,
    /// The CSM who owns the account.
    pub owner: Option<String>,
    /// Who owes the step.
    pub side: Side,
    pub priority: Priority,
    pub due_day: Option<String>,
    /// Days from the as-of day to the due day: negative when overdue, 0 when due today.
    pub due_in_days: Option<i64>,
    /// The playbook's key and name; none for tasks not created by a playbook.
    pub playbook: Option<String>,
    pub playbook_name: Option<String>,
    /// The name in the reader's language, for a built-in playbook.
    pub playbook_label: Option<Text>,
    /// The day an escalation raised the task, if one did.
    pub escalated_at: Option<String>,
    pub notify_manager: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct TaskGroup {
    pub group: InboxGroup,
    /// `inbox-group-*` in the catalogue.
    pub label: i18n::Text,
    /// Tasks in the group (after the filter).
    pub count: usize,
    pub tasks: Vec<InboxTask>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct TaskInbox {
    pub as_of: String,
    /// Open tasks before the filter, so the screen can say "3 of 40".
    pub open: usize,
    /// Open tasks the filter keeps.
    pub shown: usize,
    /// All five groups in order, empty ones included, so counts never jump around.
    pub groups: Vec<TaskGroup>,
    /// CSMs owning open tasks, by name, for the owner filter (from all open tasks, so choosing
    /// one does not shrink the menu); `""` first when some account has no owner.
    pub owners: Vec<String>,
}

fn side_of(s: &str) -> Side {
    if s == Side::Customer.as_str() { Side::Customer } else { Side::Vendor }
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Playbook names by key (with a built-in's name message), read without seeding: the inbox
/// only reads.
async fn playbook_names(ws: &store::Workspace) -> Result<HashMap<String, (String, Option<Text>)>, Error> {
    let mut conn = ws.pool().acquire().await?;
    let all = library::load(&mut conn).await?;
    Ok(all
        .into_iter()
        .map(|s| {
            let label = if s.playbook.builtin { playbooks::defaults::name_text(&s.playbook.key) } else { None };
            (s.playbook.key, (s.playbook.name, label))
        })
        .collect())
}

/// Open tasks grouped by due day relative to the as-of day, each group by due day then
/// priority (urgent first), filtered by owner, side and priority.
pub async fn inbox(session: &Session, filter: &InboxFilter) -> Result<TaskInbox, Error> {
    let as_of = session.snapshot().await?.as_of;
    let ws = session.workspace();
    // Filtered here, not in SQL: the task list refuses an unknown owner, and a filter left over
    // from before an import must show an empty inbox rather than an error.
    let open = playbooks::tasks::list(ws, &playbooks::Filter::default(), as_of).await?;
    let names = playbook_names(ws).await?;
    let owners: BTreeSet<String> = open.iter().map(|t| t.owner.clone().unwrap_or_default()).collect();
    let keep = |t: &InboxTask| {
        filter.owner.as_ref().is_none_or(|o| t.owner.as_deref().unwrap_or("") == o)
            && filter.side.is_none_or(|s| t.side == s)
            && filter.priority.is_none_or(|p| t.priority == p)
    };
    let mut tasks: Vec<InboxTask> = open
        .iter()
        .map(|t| {
            let due_in_days = t.due_day.as_deref().and_then(parse_day).map(|d| (d - as_of).num_days());
            InboxTask {
                id: t.id,
                title: t.title.clone(),
                title_text: t.title_text.clone(),
                account_id: t.account_id.clone(),
                account_name: t.account_name.clone(),
                owner: t.owner.clone(),
                side: side_of(&t.owner_side),
                priority: Priority::parse(&t.priority).unwrap_or(Priority::Normal),
                due_day: t.due_day.clone(),
                due_in_days,
                playbook_name: t.playbook.as_ref().and_then(|k| names.get(k).map(|(name, _)| name.clone())),
                playbook_label: t.playbook.as_ref().and_then(|k| names.get(k).and_then(|(_, label)| label.clone())),
                playbook: t.playbook.clone(),
                escalated_at: t.escalated_at.clone(),
                notify_manager: t.notify_manager,
            }
        })
        .filter(keep)
        .collect();
    // Missing due days sort last, but they are a group of their own anyway.
    tasks.sort_by_key(|t| (t.due_in_days.is_none(), t.due_in_days, Reverse(t.priority), t.id));
    let shown = tasks.len();
    let mut groups: Vec<TaskGroup> =
        InboxGroup::ALL.iter().map(|&g| TaskGroup { group: g, label: g.label(), count: 0, tasks: vec![] }).collect();
    for t in tasks {
        let g = &mut groups[InboxGroup::of(t.due_in_days) as usize];
        g.count += 1;
        g.tasks.push(t);
    }
    Ok(TaskInbox { as_of: as_of.to_string(), open: open.len(), shown, groups, owners: owners.into_iter().collect() })
}

/// A playbook as the list and the editor show it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PlaybookView {
    pub key: String,
    pub name: String,
    /// `name` and each step's title in the reader's language, for a built-in.
    pub label: Option<Text>,
    pub step_labels: Vec<Option<Text>>,
    pub trigger: Trigger,
    /// The trigger in words, e.g. "When a usage drop alert starts".
    pub trigger_text: i18n::Text,
    pub only_if: Option<String>,
    pub steps: Vec<Step>,
    pub escalation: Option<Escalation>,
    /// The escalation in words, e.g. "Vendor tasks 3 days overdue: raise to urgent and notify
    /// the manager" (customer tasks never escalate).
    pub escalation_text: Option<i18n::Text>,
    pub enabled: bool,
    /// Shipped with Waypoint: can be disabled, not edited.
    pub builtin: bool,
    /// Open tasks this playbook created.
    pub open_tasks: usize,
}

/// An alert kind, stage or priority named by the app's own word for it (the catalogue's
/// `ui-…` messages, shared with the screens), or as it is when the app has no word for it.
fn term(prefix: &str, value: &str) -> Arg {
    let key = format!("{prefix}{}", value.replace('_', "-"));
    if i18n::catalog::has(i18n::Lang::En, &key) { Arg::Term(key) } else { Arg::Str(value.replace('_', " ")) }
}

/// A trigger as a sentence for the list (the CLI's terse form is for terminals).
pub fn trigger_text(t: &Trigger) -> Text {
    match t {
        Trigger::Alert { kind } => Text::new("pb-trigger-alert").arg("kind", term("ui-pb-alert-", kind)),
        Trigger::Segment { segment } => Text::new("pb-trigger-segment").arg("segment", Arg::Text(Box::new(segments::label(segment)))),
        Trigger::Rule { expr } => Text::new("pb-trigger-rule").arg("expr", Arg::Str(expr.clone())),
        Trigger::Stage { stage } => Text::new("pb-trigger-stage").arg("stage", term("ui-stage-", stage)),
        Trigger::Quarterly => Text::new("pb-trigger-quarterly"),
        Trigger::Tenure { days } => Text::new("pb-trigger-tenure").arg("days", Arg::Int(i64::from(*days))),
    }
}

pub fn escalation_text(e: &Escalation) -> Text {
    let key = if e.notify_manager { "pb-escalation-notify" } else { "pb-escalation" };
    Text::new(key).arg("days", Arg::Int(i64::from(e.after_days_overdue))).arg("priority", term("ui-priority-", e.raise_to.as_str()))
}

/// Every playbook, built-ins first, with how many open tasks each has created.
pub async fn playbooks(session: &Session) -> Result<Vec<PlaybookView>, Error> {
    let s = session.snapshot().await?;
    let ws = session.workspace();
    let all = library::list(ws).await?;
    let mut open: HashMap<String, usize> = HashMap::new();
    for t in playbooks::tasks::list(ws, &playbooks::Filter::default(), s.as_of).await? {
        if let Some(k) = t.playbook {
            *open.entry(k).or_default() += 1;
        }
    }
    Ok(all
        .into_iter()
        .map(|p| PlaybookView {
            trigger_text: trigger_text(&p.trigger),
            escalation_text: p.escalation.as_ref().map(escalation_text),
            open_tasks: open.get(&p.key).copied().unwrap_or(0),
            label: if p.builtin { playbooks::defaults::name_text(&p.key) } else { None },
            step_labels: (0..p.steps.len()).map(|i| if p.builtin { playbooks::defaults::step_text(&p.key, i) } else { None }).collect(),
            key: p.key,
            name: p.name,
            trigger: p.trigger,
            only_if: p.only_if,
            steps: p.steps,
            escalation: p.escalation,
            enabled: p.enabled,
            builtin: p.builtin,
        })
        .collect())
}

/// Adds or replaces one of the user's playbooks. Refused with `invalid_playbook` when a field is
/// wrong (all problems in the message; the editor shows them per field through
/// [`validate_playbook`]) or when the key is a built-in's: built-ins are re-seeded on every
/// run, so an edit to one would be lost; disable it and save a copy under a new key instead.
pub async fn save_playbook(session: &Session, playbook: Playbook) -> Result<(), Error> {
    let playbook = editor::normalized(playbook);
    let problems = validate_playbook(session, &playbook).await?;
    if !problems.is_empty() {
        let message = Text::new("error-detail").arg("detail", Arg::Texts(problems.into_iter().map(|p| p.message).collect()));
        return Err(playbooks::Error::Invalid { key: playbook.key, message }.into());
    }
    library::add(session.workspace(), playbook).await?;
    Ok(())
}

/// Switches a playbook on or off; the one change a built-in allows.
pub async fn set_playbook_enabled(session: &Session, key: &str, enabled: bool) -> Result<(), Error> {
    library::set_enabled(session.workspace(), key, enabled).await?;
    Ok(())
}

/// Runs every enabled playbook as of the snapshot's day: creates each task once, escalates
/// overdue vendor tasks. Safe to repeat. Playbooks, tasks and touchpoints are not part of the
/// analysis, so the snapshot stays valid.
pub async fn run_playbooks(session: &Session) -> Result<RunReport, Error> {
    let s = session.snapshot().await?;
    Ok(playbooks::run(session.workspace(), &s.analysis, &session.config().segments, Some(&s.needs)).await?)
}
