//! The playbooks screen over a small hand-made workspace whose every task is written with SQL,
//! so each expected group, order and count below is worked out by hand from the rows.

use chrono::NaiveDate;
use playbooks::model::{Escalation, Playbook, Priority, Side, Step, Trigger};
use store::{KeyChoice, Workspace};
use views::playbooks_view::{self as pv, InboxFilter, InboxGroup, TaskInbox};
use views::{Config, Session};

const AS_OF: &str = "2026-06-30";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn step(title: &str, side: Side, due: u32, priority: Priority) -> Step {
    Step { title: title.into(), owner_side: side, due_offset_days: due, priority }
}

fn follow_up() -> Playbook {
    Playbook {
        key: "follow-up".into(),
        name: "Follow up".into(),
        trigger: Trigger::Quarterly,
        only_if: None,
        steps: vec![step("Quarterly follow-up", Side::Vendor, 21, Priority::Normal)],
        // Any vendor task late by more than 0 days is raised on the next run.
        escalation: Some(Escalation { after_days_overdue: 0, raise_to: Priority::Urgent, notify_manager: true }),
        enabled: true,
        builtin: false,
    }
}

/// Owners Ana and Ben; ACC-1 (Ana, 1,000 MRR since 2026-05-20), ACC-2 (Ben, 2,000 MRR since
/// 2025), ACC-3 (no owner, no subscription). The data's last day, hence the as-of day, is
/// 2026-06-30. Only the `follow-up` playbook is enabled. Tasks (id: account, side, priority,
/// due day, days from the as-of day):
///   1: ACC-1 vendor high   06-20 (-10) follow-up, escalated on 06-25
///   2: ACC-2 customer urgent 06-20 (-10)
///   3: ACC-1 vendor low    06-29 (-1)  follow-up
///   4: ACC-2 vendor normal 06-30 (0)
///   5: ACC-1 customer urgent 06-30 (0)
///   6: ACC-3 vendor normal 07-07 (+7)
///   7: ACC-1 vendor normal 07-01 (+1)
///   8: ACC-2 vendor high   07-08 (+8)  follow-up
///   9: ACC-1 vendor normal none
///  10: ACC-2 customer high none
///  11: ACC-1 vendor normal 06-01, completed: not in the inbox.
async fn session(dir: &std::path::Path) -> Session {
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("pbv")).await.unwrap();
    let epoch_days = (day(AS_OF) - day("1970-01-01")).num_days();
    let setup = [
        "INSERT INTO owners (id, name) VALUES (1, 'Ana'), (2, 'Ben')",
        "INSERT INTO accounts (id, external_id, name, owner_id) VALUES (1, 'ACC-1', 'One', 1), (2, 'ACC-2', 'Two', 2), (3, 'ACC-3', 'Three', NULL)",
        "INSERT INTO subscriptions (account_id, external_id, plan, mrr_minor, currency, start_day, end_day) VALUES
            (1, 'S1', 'growth', 100000, 'USD', '2026-05-20', NULL), (2, 'S2', 'growth', 200000, 'USD', '2025-01-01', NULL)",
    ];
    for s in setup {
        sqlx::query(s).execute(ws.pool()).await.unwrap();
    }
    sqlx::query("INSERT INTO event_days (day, events) VALUES (?, 1)").bind(epoch_days).execute(ws.pool()).await.unwrap();
    for p in playbooks::defaults::builtin() {
        playbooks::library::set_enabled(&ws, &p.key, false).await.unwrap();
    }
    playbooks::library::add(&ws, follow_up()).await.unwrap();
    let pb: i64 = sqlx::query_scalar("SELECT id FROM playbooks WHERE key = 'follow-up'").fetch_one(ws.pool()).await.unwrap();
    let tasks = [
        (1, 1, true, "vendor", "high", Some("2026-06-20"), Some("2026-06-25"), None),
        (2, 2, false, "customer", "urgent", Some("2026-06-20"), None, None),
        (3, 1, true, "vendor", "low", Some("2026-06-29"), None, None),
        (4, 2, false, "vendor", "normal", Some("2026-06-30"), None, None),
        (5, 1, false, "customer", "urgent", Some("2026-06-30"), None, None),
        (6, 3, false, "vendor", "normal", Some("2026-07-07"), None, None),
        (7, 1, false, "vendor", "normal", Some("2026-07-01"), None, None),
        (8, 2, true, "vendor", "high", Some("2026-07-08"), None, None),
        (9, 1, false, "vendor", "normal", None, None, None),
        (10, 2, false, "customer", "high", None, None, None),
        (11, 1, true, "vendor", "normal", Some("2026-06-01"), None, Some("2026-06-02")),
    ];
    for (id, account, from_playbook, side, priority, due, escalated, completed) in tasks {
        sqlx::query(
            "INSERT INTO tasks (id, account_id, playbook_id, title, owner_id, owner_side, priority, due_day, created_at, completed_at, escalated_at, notify_manager)
             VALUES (?, ?, ?, ?, (SELECT owner_id FROM accounts WHERE id = ?), ?, ?, ?, '2026-06-01', ?, ?, ?)",
        )
        .bind(id)
        .bind(account)
        .bind(from_playbook.then_some(pb))
        .bind(format!("task {id}"))
        .bind(account)
        .bind(side)
        .bind(priority)
        .bind(due)
        .bind(completed)
        .bind(escalated)
        .bind(escalated.is_some())
        .execute(ws.pool())
        .await
        .unwrap();
    }
    Session::new(ws, Config::default())
}

/// Task ids per group, in order.
fn ids(inbox: &TaskInbox) -> Vec<(InboxGroup, Vec<i64>)> {
    inbox.groups.iter().map(|g| (g.group, g.tasks.iter().map(|t| t.id).collect())).collect()
}

fn groups(overdue: &[i64], today: &[i64], week: &[i64], later: &[i64], none: &[i64]) -> Vec<(InboxGroup, Vec<i64>)> {
    use InboxGroup::*;
    [(Overdue, overdue), (Today, today), (ThisWeek, week), (Later, later), (NoDueDate, none)].into_iter().map(|(g, t)| (g, t.to_vec())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inbox_groups_by_due_day_sorts_by_day_then_priority_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path()).await;
    let all = pv::inbox(&s, &InboxFilter::default()).await.unwrap();
    assert_eq!(all.as_of, AS_OF);
    // Overdue: 06-20 urgent before 06-20 high, then 06-29. Today: urgent before normal. This
    // week: +1 before +7. Later: +8. No due day: high before normal. Task 11 is done.
    assert_eq!(ids(&all), groups(&[2, 1, 3], &[5, 4], &[7, 6], &[8], &[10, 9]));
    let counts: Vec<(String, usize)> = all.groups.iter().map(|g| (g.label.render(i18n::Lang::En), g.count)).collect();
    let named = |n: &[(&str, usize)]| n.iter().map(|(l, c)| (l.to_string(), *c)).collect::<Vec<_>>();
    assert_eq!(counts, named(&[("Overdue", 3), ("Today", 2), ("This week", 2), ("Later", 1), ("No due date", 2)]));
    assert_eq!((all.open, all.shown), (10, 10));
    assert_eq!(all.owners, vec!["", "Ana", "Ben"]);

    let t1 = &all.groups[0].tasks[1];
    assert_eq!((t1.account_id.as_str(), t1.account_name.as_str(), t1.owner.as_deref()), ("ACC-1", "One", Some("Ana")));
    assert_eq!((t1.side, t1.priority, t1.due_in_days), (Side::Vendor, Priority::High, Some(-10)));
    assert_eq!((t1.playbook.as_deref(), t1.playbook_name.as_deref()), (Some("follow-up"), Some("Follow up")));
    assert_eq!((t1.escalated_at.as_deref(), t1.notify_manager), (Some("2026-06-25"), true));
    let t6 = &all.groups[2].tasks[1];
    assert_eq!((t6.owner.as_deref(), t6.due_in_days, t6.playbook_name.as_deref()), (None, Some(7), None));

    let f = |owner: Option<&str>, side: Option<Side>, priority: Option<Priority>| InboxFilter { owner: owner.map(str::to_string), side, priority };
    let ana = pv::inbox(&s, &f(Some("Ana"), None, None)).await.unwrap();
    assert_eq!(ids(&ana), groups(&[1, 3], &[5], &[7], &[], &[9]));
    assert_eq!((ana.open, ana.shown, ana.groups[0].count), (10, 5, 2));
    assert_eq!(ana.owners, all.owners, "the owner menu does not shrink with the filter");
    let nobody = pv::inbox(&s, &f(Some(""), None, None)).await.unwrap();
    assert_eq!(ids(&nobody), groups(&[], &[], &[6], &[], &[]));
    let customer = pv::inbox(&s, &f(None, Some(Side::Customer), None)).await.unwrap();
    assert_eq!(ids(&customer), groups(&[2], &[5], &[], &[], &[10]));
    let urgent = pv::inbox(&s, &f(None, None, Some(Priority::Urgent))).await.unwrap();
    assert_eq!(ids(&urgent), groups(&[2], &[5], &[], &[], &[]));
    let ben_vendor = pv::inbox(&s, &f(Some("Ben"), Some(Side::Vendor), None)).await.unwrap();
    assert_eq!(ids(&ben_vendor), groups(&[], &[4], &[], &[8], &[]));
    let unknown = pv::inbox(&s, &f(Some("Zed"), None, None)).await.unwrap();
    assert_eq!((unknown.shown, unknown.open), (0, 10), "a stale owner filter is an empty inbox, not an error");

    // Running as of 06-30: follow-up is quarterly, so ACC-1 and ACC-2 (paying) get a task due
    // 06-30 + 21 = 07-21; ACC-3 pays nothing. Escalation after 0 days raises task 3 (1 day
    // late) to urgent; task 1 was escalated before and task 8 is not due yet.
    let report = pv::run_playbooks(&s).await.unwrap();
    assert_eq!((report.as_of.as_str(), report.created, report.existing, report.escalated), (AS_OF, 2, 0, 1));
    let after = pv::inbox(&s, &InboxFilter::default()).await.unwrap();
    let later = &after.groups[3].tasks;
    assert_eq!(later.iter().map(|t| (t.account_id.as_str(), t.due_day.as_deref())).collect::<Vec<_>>(), vec![
        ("ACC-2", Some("2026-07-08")),
        ("ACC-1", Some("2026-07-21")),
        ("ACC-2", Some("2026-07-21")),
    ]);
    let t3 = &after.groups[0].tasks[2];
    assert_eq!((t3.id, t3.priority, t3.escalated_at.as_deref()), (3, Priority::Urgent, Some(AS_OF)));
    assert_eq!(pv::run_playbooks(&s).await.unwrap().created, 0, "a second run creates nothing");

    views::account::complete_task(&s, 2).await.unwrap();
    let done = pv::inbox(&s, &InboxFilter::default()).await.unwrap();
    assert_eq!((done.open, done.groups[0].count), (11, 2));
}

fn custom(key: &str, trigger: Trigger) -> Playbook {
    Playbook {
        key: key.into(),
        name: "EMEA review".into(),
        trigger,
        only_if: Some("   ".into()),
        steps: vec![step("Map unused modules", Side::Vendor, 7, Priority::High), step("Nominate a pilot team", Side::Customer, 21, Priority::Normal)],
        escalation: None,
        enabled: true,
        builtin: false,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn playbooks_save_enable_and_refuse_builtin_edits() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path()).await;
    let list = pv::playbooks(&s).await.unwrap();
    let builtins = playbooks::defaults::builtin().len();
    assert_eq!(list.len(), builtins + 1);
    assert!(list[..builtins].iter().all(|p| p.builtin && !p.enabled && p.open_tasks == 0));
    let fu = list.iter().find(|p| p.key == "follow-up").unwrap();
    // Tasks 1, 3 and 8 are open; 11 is done.
    assert_eq!((fu.open_tasks, fu.enabled, fu.builtin), (3, true, false));
    let en = |t: &i18n::Text| t.render(i18n::Lang::En);
    assert_eq!(en(&fu.trigger_text), "Every quarter, for each paying account");
    assert_eq!(fu.escalation_text.as_ref().map(en).as_deref(), Some("Vendor tasks 0 days overdue: raise to Urgent and notify the manager"));
    assert_eq!(
        fu.escalation_text.as_ref().unwrap().render(i18n::Lang::Fr),
        "Nos tâches en retard de 0 jour\u{202f}: passer en priorité Urgente et prévenir le manager"
    );
    let drop = list.iter().find(|p| p.key == "usage-drop-rescue").unwrap();
    assert_eq!(en(&drop.trigger_text), "When a “Usage drop” alert starts");
    assert_eq!(drop.trigger_text.render(i18n::Lang::ZhCn), "出现“使用量下降”预警时");
    assert_eq!(drop.steps.len(), 2);

    let p = custom("emea-review", Trigger::Rule { expr: " arr >= 10000 ".into() });
    assert!(pv::validate_playbook(&s, &p).await.unwrap().is_empty());
    pv::save_playbook(&s, p.clone()).await.unwrap();
    let saved = pv::playbooks(&s).await.unwrap().into_iter().find(|v| v.key == "emea-review").unwrap();
    assert_eq!(saved.trigger, Trigger::Rule { expr: "arr >= 10000".into() }, "trimmed");
    assert_eq!(en(&saved.trigger_text), "Once a quarter while the account matches arr >= 10000");
    assert_eq!((saved.only_if, saved.enabled, saved.builtin, saved.open_tasks), (None, true, false, 0));
    assert_eq!(saved.steps, p.steps);

    pv::set_playbook_enabled(&s, "emea-review", false).await.unwrap();
    // Saving again replaces by key: one step fewer, the payload's enabled switch kept.
    let edited = Playbook { name: "EMEA review v2".into(), steps: p.steps[..1].to_vec(), enabled: false, ..p.clone() };
    pv::save_playbook(&s, edited).await.unwrap();
    let all = pv::playbooks(&s).await.unwrap();
    assert_eq!(all.len(), builtins + 2);
    let v2 = all.iter().find(|v| v.key == "emea-review").unwrap();
    assert_eq!((v2.name.as_str(), v2.steps.len(), v2.enabled), ("EMEA review v2", 1, false));
    pv::set_playbook_enabled(&s, "emea-review", true).await.unwrap();
    assert!(pv::playbooks(&s).await.unwrap().iter().find(|v| v.key == "emea-review").unwrap().enabled);

    // A built-in can be switched on and off but not edited.
    let mut qbr = playbooks::defaults::builtin().into_iter().find(|b| b.key == "quarterly-qbr").unwrap();
    qbr.name = "My QBR".into();
    let err = pv::save_playbook(&s, qbr.clone()).await.unwrap_err();
    assert_eq!(err.code(), "invalid_playbook");
    assert!(err.to_string().contains("built-in"), "{err}");
    assert_eq!(pv::validate_playbook(&s, &qbr).await.unwrap()[0].field, "key");
    pv::set_playbook_enabled(&s, "quarterly-qbr", true).await.unwrap();
    let stored = pv::playbooks(&s).await.unwrap().into_iter().find(|v| v.key == "quarterly-qbr").unwrap();
    assert_eq!((stored.name.as_str(), stored.enabled, stored.builtin), ("Quarterly business review", true, true));
    assert_eq!(pv::set_playbook_enabled(&s, "no-such", true).await.unwrap_err().code(), "invalid_playbook");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn validation_names_each_bad_field_and_nothing_invalid_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path()).await;
    let mut bad = custom("has space", Trigger::Rule { expr: "arr >".into() });
    bad.name = "  ".into();
    bad.only_if = Some("ar > 5".into());
    bad.steps[1].title = " ".into();
    let problems = pv::validate_playbook(&s, &bad).await.unwrap();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, vec!["key", "name", "trigger", "only_if", "steps.1.title"]);
    let only_if = problems[3].message.render(i18n::Lang::En);
    assert!(only_if.contains("unknown field 'ar'"), "{only_if}");
    assert_eq!(problems[1].message.render(i18n::Lang::Fr), "Donnez un nom au playbook");
    let err = pv::save_playbook(&s, bad).await.unwrap_err();
    assert_eq!(err.code(), "invalid_playbook");
    assert_eq!(pv::playbooks(&s).await.unwrap().len(), playbooks::defaults::builtin().len() + 1, "nothing saved");

    let check = |trigger: Trigger, steps: Vec<Step>| {
        let p = Playbook { steps, ..custom("k", trigger) };
        let known = segments::facts::known_fields(&[]);
        pv::check_playbook(&p, &known).into_iter().map(|e| e.field).collect::<Vec<_>>()
    };
    let one = vec![step("x", Side::Vendor, 1, Priority::Normal)];
    assert_eq!(check(Trigger::Stage { stage: "bogus".into() }, one.clone()), vec!["trigger"]);
    assert_eq!(check(Trigger::Alert { kind: "usage_dropp".into() }, one.clone()), vec!["trigger"]);
    assert_eq!(check(Trigger::Tenure { days: 0 }, one.clone()), vec!["trigger"]);
    assert_eq!(check(Trigger::Segment { segment: " ".into() }, one.clone()), vec!["trigger"]);
    assert_eq!(check(Trigger::Quarterly, vec![]), vec!["steps"]);
    // The editor's stage list is the one the crate accepts.
    for stage in pv::editor::STAGES {
        assert!(check(Trigger::Stage { stage: stage.into() }, one.clone()).is_empty(), "{stage}");
        Playbook { steps: one.clone(), only_if: None, ..custom("k", Trigger::Stage { stage: stage.into() }) }.validate().unwrap();
    }

    let opts = pv::options(&s).await.unwrap();
    assert_eq!(opts.alert_kinds.len(), metrics::alerts::AlertKind::ALL.len());
    assert!(opts.segments.contains(&segments::needs::INACTIVE.to_string()) && opts.segments.contains(&"Growth".to_string()));
    assert!(opts.rule_fields.contains(&"arr".to_string()));
}

/// A built-in playbook's tasks and its listing read in the reader's language; the stored words
/// are the English catalogue's, so the English rendering is exactly what was stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn built_in_playbooks_and_their_tasks_read_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path()).await;
    pv::set_playbook_enabled(&s, "quarterly-qbr", true).await.unwrap();
    let report = pv::run_playbooks(&s).await.unwrap();
    assert!(report.created >= 3, "{report:?}");
    let inbox = pv::inbox(&s, &InboxFilter::default()).await.unwrap();
    let qbr: Vec<_> = inbox.groups.iter().flat_map(|g| &g.tasks).filter(|t| t.playbook.as_deref() == Some("quarterly-qbr")).collect();
    assert_eq!(qbr.len(), 6, "three steps for each of the two paying accounts over 10k ARR");
    for t in &qbr {
        let text = t.title_text.as_ref().expect("a built-in step names its message");
        assert_eq!(text.render(i18n::Lang::En), t.title);
        assert_ne!(text.render(i18n::Lang::ZhCn), t.title);
        assert_eq!(t.playbook_label.as_ref().unwrap().render(i18n::Lang::Fr), "Revue trimestrielle");
    }
    assert!(qbr.iter().any(|t| t.title_text.as_ref().unwrap().render(i18n::Lang::ZhCn) == "准备季度业务回顾演示文稿和议程"));
    // The user's own playbook keeps its words.
    let own: Vec<_> = inbox.groups.iter().flat_map(|g| &g.tasks).filter(|t| t.playbook.as_deref() == Some("follow-up")).collect();
    assert!(!own.is_empty() && own.iter().all(|t| t.title_text.is_none() && t.playbook_label.is_none()));
    let list = pv::playbooks(&s).await.unwrap();
    let q = list.iter().find(|p| p.key == "quarterly-qbr").unwrap();
    assert_eq!(q.step_labels.len(), q.steps.len());
    for (step, label) in q.steps.iter().zip(&q.step_labels) {
        assert_eq!(label.as_ref().unwrap().render(i18n::Lang::En), step.title);
    }
    assert!(list.iter().find(|p| p.key == "follow-up").unwrap().label.is_none());
}
