//! A book refreshed by reading only the accounts that changed is the book a full read gives,
//! and its analysis is the full analysis, after changes of every kind the app makes or
//! imports: milestones ticked and reopened, tickets and NPS answers, price changes, usage
//! backfilled inside the window, renamed and new accounts.

use chrono::{Days, NaiveDate};
use metrics::{Book, Scope, Settings};
use store::{KeyChoice, Workspace};

async fn exec(ws: &Workspace, sql: &str, args: &[&str]) {
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()));
    for a in args {
        q = q.bind(*a);
    }
    q.execute(ws.pool()).await.unwrap();
}

async fn demo_workspace(dir: &std::path::Path, accounts: usize, months: u32) -> (demo::DemoConfig, Workspace) {
    let cfg = demo::DemoConfig { accounts, months, ..Default::default() };
    let files = demo::generate(&cfg, dir).unwrap();
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("splice".to_string())).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    (cfg, ws)
}

/// The changes of round `r` to account `id`, one kind per account in turn.
async fn change(ws: &Workspace, dir: &std::path::Path, r: usize, k: usize, id: &str, as_of: NaiveDate) {
    let day = (as_of - Days::new(3 + r as u64)).to_string();
    let account = "(SELECT id FROM accounts WHERE external_id = ?1)";
    match k % 6 {
        0 => {
            // Tick the first open milestone and reopen the first done one.
            exec(ws, &format!("UPDATE milestones SET completed_at = ?2 WHERE id = (SELECT min(id) FROM milestones WHERE account_id = {account} AND completed_at IS NULL)"), &[id, &day]).await;
            exec(ws, &format!("UPDATE milestones SET completed_at = NULL WHERE id = (SELECT min(id) FROM milestones WHERE account_id = {account} AND completed_at IS NOT NULL)"), &[id]).await;
        }
        1 => {
            for n in 0..4 {
                let ext = format!("T-splice-{r}-{k}-{n}");
                exec(ws, &format!("INSERT INTO tickets (external_id, account_id, opened_at, priority) VALUES (?2, {account}, ?3, 'urgent')"), &[id, &ext, &format!("{day}T09:00:00Z")]).await;
            }
        }
        2 => {
            let ext = format!("N-splice-{r}-{k}");
            exec(ws, &format!("INSERT INTO nps_responses (external_id, account_id, responded_at, score, comment) VALUES (?2, {account}, ?3, 2, 'slow')"), &[id, &ext, &day]).await;
        }
        3 => exec(ws, &format!("UPDATE subscriptions SET mrr_minor = mrr_minor / 2 + 100 WHERE account_id = {account}"), &[id]).await,
        4 => {
            // Usage of a past day inside the window: as_of does not move.
            let path = dir.join(format!("late-{r}-{k}.jsonl"));
            let lines: Vec<String> = (0..30)
                .map(|n| {
                    format!(
                        r#"{{"type":"track","event":"source_connected","userId":"splice-user-{n}","messageId":"splice-{r}-{k}-{n}","timestamp":"{day}T1{}:00:00Z","context":{{"groupId":"{id}"}}}}"#,
                        n % 10
                    )
                })
                .collect();
            std::fs::write(&path, lines.join("\n")).unwrap();
            import::import_file(ws, import::ImportKind::Events, &path, &Default::default()).await.unwrap();
        }
        _ => exec(ws, "UPDATE accounts SET name = name || ' (renamed)', industry = 'Logistics' WHERE external_id = ?1", &[id]).await,
    }
}

#[tokio::test]
async fn a_spliced_book_and_its_analysis_equal_a_full_read() {
    let dir = tempfile::tempdir().unwrap();
    let (cfg, ws) = demo_workspace(dir.path(), 40, 14).await;
    let as_of = cfg.end_day;
    let settings = Settings::default();

    let (mut book, mut before) = Book::load_with_trend(&ws, as_of, Scope::All).await.unwrap();
    let mut analysis = metrics::analyze_book(&book, Some(&before), &settings);
    let ids: Vec<String> = book.accounts.iter().map(|a| a.external_id.clone()).collect();
    let mut reassessed = 0;
    for r in 0..4 {
        // A few accounts spread over the book, each changed in its own way; in the last
        // rounds, new accounts sorting first and last (with a subscription) too.
        let mut touched: Vec<String> = (0..5).map(|k| ids[(r * 7 + k * 9) % ids.len()].clone()).collect();
        for (k, id) in touched.iter().enumerate() {
            change(&ws, dir.path(), r, k + r, id, as_of).await;
        }
        if r >= 2 {
            for id in [format!("0000-new-{r}"), format!("zzzz-new-{r}")] {
                exec(&ws, "INSERT INTO accounts (external_id, name) VALUES (?1, ?1)", &[&id]).await;
                exec(&ws, "INSERT INTO subscriptions (account_id, external_id, plan, mrr_minor, currency, start_day) SELECT id, ?1, 'pro', 99000, 'USD', '2026-01-01' FROM accounts WHERE external_id = ?1", &[&id]).await;
                touched.push(id);
            }
        }
        let (part, part_before) = Book::load_with_trend(&ws, as_of, Scope::Accounts(&touched)).await.unwrap();
        assert_eq!(part.accounts.len(), touched.len());
        let shared = book.contacts.same(&before.contacts) && book.milestones.same(&before.milestones) && book.accounts.same(&before.accounts);
        assert_eq!(shared, r < 2, "round {r}: a full read shares the rows; splicing the books one by one (round 1) does not");
        let kept = if r == 1 {
            // The books one by one: their shared rows are copied.
            let kept = book.splice(part).expect("same day, modules and currency");
            assert_eq!(before.splice(part_before).as_ref(), Some(&kept));
            kept
        } else {
            let kept = book.splice_with_trend(&mut before, part, part_before).expect("same day, modules and currency");
            assert_eq!(
                book.contacts.same(&before.contacts) && book.milestones.same(&before.milestones) && book.accounts.same(&before.accounts),
                shared,
                "round {r}: what the books shared they still share"
            );
            kept
        };
        assert_eq!(kept.iter().filter(|k| k.is_none()).count(), touched.len());
        reassessed += touched.len();

        let (full, full_before) = Book::load_with_trend(&ws, as_of, Scope::All).await.unwrap();
        assert_eq!(format!("{book:?}"), format!("{full:?}"), "round {r}: the spliced book");
        assert_eq!(format!("{before:?}"), format!("{full_before:?}"), "round {r}: the spliced earlier book");
        analysis = metrics::reanalyze(analysis, &book, &before, &kept, &settings);
        let expected = metrics::analyze_book(&full, Some(&full_before), &settings);
        assert_eq!(analysis, expected, "round {r}: the refreshed analysis");
    }
    assert!(reassessed >= 20);
    assert_eq!(book.accounts.len(), 44);
}

#[tokio::test]
async fn a_part_of_another_day_or_module_list_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (cfg, ws) = demo_workspace(dir.path(), 8, 4).await;
    let mut book = Book::load(&ws, cfg.end_day, Scope::All).await.unwrap();
    let unchanged = format!("{book:?}");
    let one = vec![book.accounts[2].external_id.clone()];

    let other_day = Book::load(&ws, cfg.end_day - Days::new(1), Scope::Accounts(&one)).await.unwrap();
    assert!(book.splice(other_day).is_none());
    exec(&ws, "INSERT INTO modules (key, name) VALUES ('newmodule', 'New module')", &[]).await;
    let more_modules = Book::load(&ws, cfg.end_day, Scope::Accounts(&one)).await.unwrap();
    assert!(book.splice(more_modules).is_none());
    assert_eq!(format!("{book:?}"), unchanged, "a refused splice changes nothing");
}
