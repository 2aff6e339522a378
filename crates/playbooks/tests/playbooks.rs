//! Playbooks over a small hand-made workspace: which triggers fire, idempotence, escalation,
//! task lists, touchpoints and workload.

use chrono::NaiveDate;
use metrics::{Analysis, Scope, Settings};
use playbooks::model::{Escalation, Playbook, Priority, Side, Step, Trigger};
use playbooks::{CoverageRatios, Filter, Touchpoint, library, tasks};
use store::{KeyChoice, Workspace};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// ACC-1 (Ana): since 2026-05-20 at 1,000 MRR. ACC-2 (Ben): since 2025-01-01 at 2,000 MRR.
/// ACC-3 (Ana): 2024-01-01 to 2025-01-01 at 500 MRR, churned.
async fn workspace(dir: &std::path::Path) -> Workspace {
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("pb".to_string())).await.unwrap();
    let sql = [
        "INSERT INTO owners (id, name) VALUES (1, 'Ana'), (2, 'Ben')",
        "INSERT INTO accounts (id, external_id, name, owner_id) VALUES (1, 'ACC-1', 'One', 1), (2, 'ACC-2', 'Two', 2), (3, 'ACC-3', 'Three', 1)",
        "INSERT INTO subscriptions (account_id, external_id, plan, mrr_minor, currency, start_day, end_day) VALUES
            (1, 'S1', 'growth', 100000, 'USD', '2026-05-20', NULL),
            (2, 'S2', 'growth', 200000, 'USD', '2025-01-01', NULL),
            (3, 'S3', 'starter', 50000, 'USD', '2024-01-01', '2025-01-01')",
    ];
    for s in sql {
        sqlx::query(s).execute(ws.pool()).await.unwrap();
    }
    ws
}

async fn analysis(ws: &Workspace, day: &str) -> Analysis {
    metrics::analyze(ws, d(day), Scope::All, &Settings::default()).await.unwrap()
}

fn step(title: &str, side: Side, due: u32) -> Step {
    Step { title: title.into(), owner_side: side, due_offset_days: due, priority: Priority::Normal }
}

fn playbook(key: &str, trigger: Trigger, steps: Vec<Step>, escalation: Option<Escalation>) -> Playbook {
    Playbook { key: key.into(), name: key.into(), trigger, only_if: None, steps, escalation, enabled: true, builtin: false }
}

/// Only the test's own playbooks run, so every expected task is known.
async fn own_playbooks(ws: &Workspace) {
    for p in playbooks::defaults::builtin() {
        library::set_enabled(ws, &p.key, false).await.unwrap();
    }
    let urgent = Some(Escalation { after_days_overdue: 3, raise_to: Priority::Urgent, notify_manager: true });
    library::add(ws, playbook("t30", Trigger::Tenure { days: 30 }, vec![step("check in", Side::Vendor, 5), step("sign off", Side::Customer, 10)], urgent))
        .await
        .unwrap();
    library::add(ws, playbook("qbr", Trigger::Quarterly, vec![step("QBR", Side::Vendor, 21)], None)).await.unwrap();
    // Only for Ana's accounts: ACC-1 (ACC-3 has churned).
    let only = Playbook { only_if: Some("owner = \"Ana\"".into()), ..playbook("ana", Trigger::Quarterly, vec![step("Ana's review", Side::Vendor, 30)], None) };
    library::add(ws, only).await.unwrap();
    library::add(ws, playbook("big", Trigger::Rule { expr: "arr > 20000".into() }, vec![step("exec check", Side::Vendor, 7)], None)).await.unwrap();
}

#[tokio::test]
async fn runs_create_tasks_once_and_escalate_overdue_vendor_steps() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path()).await;
    own_playbooks(&ws).await;
    let settings = segments::SegmentSettings::default();

    let a = analysis(&ws, "2026-06-30").await;
    let r = playbooks::run(&ws, &a, &settings, None).await.unwrap();
    // t30: ACC-1 (41 days in) x 2 steps; qbr: ACC-1, ACC-2 (ACC-3 churned); big: ACC-2 (24k
    // ARR); ana: ACC-1 only.
    assert_eq!((r.created, r.existing), (6, 0), "{r:?}");
    let count = |k: &str| r.by_playbook.iter().find(|c| c.playbook == k).unwrap().tasks_created;
    assert_eq!((count("t30"), count("qbr"), count("big"), count("ana")), (2, 2, 1, 1));
    // The vendor check-in was due 2026-05-20 + 30 + 5 = 06-24: 6 days late > 3, escalated.
    assert_eq!(r.escalated, 1);

    let again = playbooks::run(&ws, &a, &settings, None).await.unwrap();
    assert_eq!((again.created, again.existing, again.escalated), (0, 6, 0));

    let ana = tasks::list(&ws, &Filter { owner: Some("Ana".into()), ..Default::default() }, d("2026-06-30")).await.unwrap();
    let summary: Vec<(&str, &str, &str, Option<&str>, bool)> =
        ana.iter().map(|t| (t.title.as_str(), t.owner_side.as_str(), t.priority.as_str(), t.due_day.as_deref(), t.overdue)).collect();
    assert_eq!(
        summary,
        vec![
            ("check in", "vendor", "urgent", Some("2026-06-24"), true),
            ("sign off", "customer", "normal", Some("2026-06-29"), true),
            ("QBR", "vendor", "normal", Some("2026-07-21"), false),
            ("Ana's review", "vendor", "normal", Some("2026-07-30"), false),
        ]
    );
    assert!(ana[0].notify_manager && ana[0].escalated_at.as_deref() == Some("2026-06-30"));
    // A limit gives the first of the same list; the count ignores it.
    let first_two = Filter { owner: Some("Ana".into()), limit: Some(2), ..Default::default() };
    let titles = |ts: &[playbooks::Task]| ts.iter().map(|t| t.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&tasks::list(&ws, &first_two, d("2026-06-30")).await.unwrap()), ["check in", "sign off"]);
    assert_eq!(tasks::count(&ws, &first_two).await.unwrap(), 4);
    assert_eq!(tasks::count(&ws, &Filter::default()).await.unwrap(), 6);
    assert!(!ana[1].notify_manager, "customer steps do not escalate on our side");

    // Next quarter: a new QBR and a new rule check; the check-in is the same firing.
    let b = analysis(&ws, "2026-07-02").await;
    let r = playbooks::run(&ws, &b, &settings, None).await.unwrap();
    assert_eq!(r.created, 4, "{r:?}");

    tasks::complete(&ws, ana[0].id, d("2026-07-01")).await.unwrap();
    let open = tasks::list(&ws, &Filter { account: Some("ACC-1".into()), ..Default::default() }, d("2026-07-02")).await.unwrap();
    assert_eq!(open.len(), 5, "sign off + 2 QBRs + 2 of Ana's reviews");
    let all = tasks::list(&ws, &Filter { account: Some("ACC-1".into()), all: true, ..Default::default() }, d("2026-07-02")).await.unwrap();
    assert_eq!(all.len(), 6);
    let acc1 = |all| Filter { account: Some("ACC-1".into()), all, ..Default::default() };
    assert_eq!((tasks::count(&ws, &acc1(false)).await.unwrap(), tasks::count(&ws, &acc1(true)).await.unwrap()), (5, 6));
    assert_eq!(tasks::complete(&ws, 999, d("2026-07-01")).await.unwrap_err().code(), "unknown_task");
    let err = tasks::list(&ws, &Filter { owner: Some("Zed".into()), ..Default::default() }, d("2026-07-02")).await.unwrap_err();
    assert_eq!(err.code(), "unknown_owner");

    // Workload: both paying accounts are Growth (10k-50k ARR), 50 per CSM by default.
    let value = segments::segmentation::value_labels(&b, &settings.value).unwrap();
    let needs = vec!["x".to_string(); b.accounts.len()];
    let open_all = tasks::list(&ws, &Filter::default(), d("2026-07-02")).await.unwrap();
    let w = playbooks::workload(&b, &open_all, &value, &needs, &CoverageRatios::default());
    assert!((w.csms_needed - 2.0 / 50.0).abs() < 1e-12);
    let tiers = settings.value.names();
    CoverageRatios::default().validate(&tiers).unwrap();
    let typo = CoverageRatios([("Grwth".to_string(), 50.0)].into_iter().collect());
    assert!(typo.validate(&tiers).unwrap_err().to_string().contains("“Grwth” is not a value tier"));
    let zero = CoverageRatios([("Growth".to_string(), 0.0)].into_iter().collect());
    assert_eq!(zero.validate(&tiers).unwrap_err().code(), "invalid_settings");
    assert_eq!(w.csms_now, 2);
    let ana = w.csms.iter().find(|c| c.owner == "Ana").unwrap();
    assert_eq!((ana.accounts, ana.arr, ana.open_tasks, ana.overdue_tasks, ana.overdue_customer), (1, 12_000.0, 5, 1, 1));
    let ben = w.csms.iter().find(|c| c.owner == "Ben").unwrap();
    // Ben: QBR and rule check in Q2 and again in Q3.
    assert_eq!((ben.accounts, ben.arr, ben.open_tasks), (1, 24_000.0, 4));
}

#[tokio::test]
async fn builtins_fire_on_stage_and_bad_playbooks_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path()).await;
    let listed = library::list(&ws).await.unwrap();
    assert_eq!(listed.len(), playbooks::defaults::builtin().len());
    let a = analysis(&ws, "2026-06-30").await;
    let r = playbooks::run(&ws, &a, &Default::default(), None).await.unwrap();
    let fired = |k: &str| r.by_playbook.iter().find(|c| c.playbook == k).unwrap().fired;
    // ACC-1 is 41 days in: day-30 check-in yes, day-60 not yet; both paying accounts get a QBR.
    assert_eq!((fired("day-30-check-in"), fired("day-60-check-in"), fired("quarterly-qbr")), (1, 0, 2));
    assert_eq!(playbooks::run(&ws, &a, &Default::default(), None).await.unwrap().created, 0);

    let bad = playbook("x", Trigger::Alert { kind: "nope".into() }, vec![step("a", Side::Vendor, 1)], None);
    let e = library::add(&ws, bad).await.unwrap_err();
    assert_eq!(e.code(), "invalid_playbook");
    assert!(e.to_string().contains("usage_drop"), "{e}");
    let e = library::add(&ws, playbook("quarterly-qbr", Trigger::Quarterly, vec![step("a", Side::Vendor, 1)], None)).await.unwrap_err();
    assert!(e.to_string().contains("built-in"), "{e}");
    let e = library::add(&ws, playbook("r", Trigger::Rule { expr: "arr >".into() }, vec![step("a", Side::Vendor, 1)], None)).await.unwrap_err();
    assert_eq!(e.code(), "invalid_rule");
}

#[tokio::test]
async fn touchpoints_are_logged_and_listed_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path()).await;
    let tp = |day: &str, kind: &str, summary: &str| Touchpoint {
        account_id: "ACC-1".into(),
        kind: kind.into(),
        day: day.into(),
        owner: Some("Ana".into()),
        summary: summary.into(),
    };
    tasks::log_touchpoint(&ws, &tp("2026-06-01", "call", "Kickoff")).await.unwrap();
    tasks::log_touchpoint(&ws, &tp("2026-06-15", "email", "<b>not html</b>")).await.unwrap();
    let list = tasks::touchpoints(&ws, "ACC-1").await.unwrap();
    assert_eq!(list.iter().map(|t| t.summary.as_str()).collect::<Vec<_>>(), ["<b>not html</b>", "Kickoff"]);
    assert_eq!(tasks::log_touchpoint(&ws, &tp("2026-06-01", "fax", "x")).await.unwrap_err().code(), "invalid_playbook");
    let mut unknown = tp("2026-06-01", "call", "x");
    unknown.account_id = "NOPE".into();
    assert_eq!(tasks::log_touchpoint(&ws, &unknown).await.unwrap_err().code(), "unknown_account");
    assert_eq!(tasks::touchpoints(&ws, "ACC-2").await.unwrap().len(), 0);
}
