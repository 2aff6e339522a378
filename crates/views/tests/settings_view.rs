//! The settings screen over real encrypted workspaces: settings stored and read back, a saved
//! scorecard changing the health every screen shows (checked against the store read with SQL),
//! bad input refused with the field named, backup and restore, rekey.

use std::path::Path;

use metrics::health::{Band, Scorecard, Weights};
use store::{KeyChoice, Workspace};
use views::settings_view::{self as sv, BrandInput, KeyStorage, ScorecardInput, ThresholdInput, WeightInput};
use views::{Config, Session};

async fn empty_session(path: &Path, passphrase: &str) -> Session {
    let ws = Workspace::create(path, KeyChoice::passphrase(passphrase)).await.unwrap();
    Session::new(ws, Config::default())
}

async fn demo_session(dir: &Path) -> Session {
    let cfg = demo::DemoConfig { accounts: 24, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir).unwrap();
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("views")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    let config = sv::load_config(&ws).await.unwrap();
    Session::new(ws, config)
}

fn card(weights: &[(&str, f64)], green_at: f64, yellow_at: f64) -> ScorecardInput {
    let weights = weights.iter().map(|(k, w)| WeightInput { key: k.to_string(), weight: *w }).collect();
    ScorecardInput { weights, green_at, yellow_at }
}

/// All weight on one component, the others 0.
fn only(key: &str, green_at: f64, yellow_at: f64) -> ScorecardInput {
    let keys = ["usage_trend", "breadth", "depth", "stickiness", "core_users", "nps", "support", "milestones"];
    let weights: Vec<(&str, f64)> = keys.iter().map(|k| (*k, if *k == key { 100.0 } else { 0.0 })).collect();
    card(&weights, green_at, yellow_at)
}

fn threshold(key: &str, value: f64) -> ThresholdInput {
    ThresholdInput { key: key.into(), value }
}

fn brand(company: &str, accent: &str, dark: &str, logo: Option<&Path>, remove_logo: bool) -> BrandInput {
    BrandInput { company: company.into(), accent: accent.into(), dark: dark.into(), logo: logo.map(|p| p.display().to_string()), remove_logo }
}

/// A PNG's first 24 bytes (signature, IHDR with width and height) and some more.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    b.extend(width.to_be_bytes());
    b.extend(height.to_be_bytes());
    b.extend(b"\x08\x06\0\0\0 and the rest");
    b
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_are_stored_in_the_workspace_and_read_back_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.waypoint");
    let session = empty_session(&path, "pw-settings").await;
    let d = Config::default();

    let v = sv::settings(&session).await.unwrap();
    assert_eq!(v.workspace.path, session.workspace().path().display().to_string());
    assert_eq!(v.workspace.key_storage, KeyStorage::Passphrase);
    assert!(v.workspace.size_bytes >= 4096, "{}", v.workspace.size_bytes);
    assert!(v.workspace.backup_suggestion.ends_with(".waypoint") && v.workspace.backup_suggestion.contains("s-backup-"));
    // Default weights 20+15+15+15+15+10+5+5 = 100.
    let weights: Vec<(String, f64)> = v.scorecard.components.iter().map(|c| (c.key.clone(), c.weight)).collect();
    assert_eq!(weights.iter().map(|w| w.1).sum::<f64>(), 100.0);
    assert_eq!(weights[0], ("usage_trend".to_string(), 20.0));
    assert_eq!((v.scorecard.green_at, v.scorecard.yellow_at), (70, 40));
    let t = |v: &sv::SettingsView, key: &str| v.thresholds.iter().find(|t| t.key == key).unwrap().clone();
    assert_eq!((t(&v, "drop_threshold").value, t(&v, "drop_threshold").unit.render(i18n::Lang::En).as_str()), (50.0, "%"));
    assert_eq!((t(&v, "silent_days").value, t(&v, "silent_days").min, t(&v, "silent_days").max), (7.0, 1.0, 365.0));
    assert_eq!((v.brand.company.as_str(), v.brand.accent.as_str(), v.brand.dark.as_str()), ("Waypoint", "#0072B2", "#212529"));
    assert!(v.brand.logo.is_none() && v.warnings.is_empty());

    let cfg = sv::save_scorecard(&session, &card(&[("nps", 0.0), ("breadth", 35.0)], 75.0, 45.0)).await.unwrap();
    assert_eq!((cfg.metrics.scorecard.weights.nps, cfg.metrics.scorecard.weights.breadth), (0.0, 35.0));
    assert_eq!(cfg.metrics.scorecard.weights.depth, d.metrics.scorecard.weights.depth, "unnamed weights keep their value");
    let cfg = sv::save_thresholds(&session, &[threshold("drop_threshold", 30.0), threshold("silent_days", 10.0)]).await.unwrap();
    assert_eq!((cfg.metrics.alerts.drop_threshold, cfg.metrics.alerts.silent_days), (0.3, 10));
    assert_eq!(cfg.metrics.scorecard.green_at, 75, "saving thresholds keeps the scorecard");
    let logo = dir.path().join("logo.png");
    std::fs::write(&logo, png(240, 80)).unwrap();
    sv::save_brand(&session, &brand(" Acme Corp ", "#009e73", "#112233", Some(&logo), false)).await.unwrap();
    session.close().await;

    let ws = Workspace::open(&path, &KeyChoice::passphrase("pw-settings")).await.unwrap();
    let cfg = sv::load_config(&ws).await.unwrap();
    let mut expected = Scorecard::default();
    (expected.weights.nps, expected.weights.breadth, expected.green_at, expected.yellow_at) = (0.0, 35.0, 75, 45);
    assert_eq!(cfg.metrics.scorecard, expected);
    assert_eq!((cfg.metrics.alerts.drop_threshold, cfg.metrics.alerts.silent_days), (0.3, 10));
    assert_eq!(cfg.metrics.alerts.health_drop, d.metrics.alerts.health_drop);
    let b = sv::load_brand(&ws).await.unwrap();
    assert_eq!((b.company.as_str(), b.accent.hex(), b.dark.hex()), ("Acme Corp", "009E73".to_string(), "112233".to_string()));
    assert_eq!(b.logo.as_deref(), Some(png(240, 80).as_slice()));

    let session = Session::new(ws, cfg);
    let v = sv::settings(&session).await.unwrap();
    assert_eq!(t(&v, "drop_threshold").value, 30.0);
    let l = v.brand.logo.clone().unwrap();
    assert_eq!((l.width, l.height, l.bytes), (240, 80, png(240, 80).len() as u64));
    assert!(l.data_url.starts_with("data:image/png;base64,iVBORw0KGgo"), "{}", &l.data_url[..40]);
    // No new logo keeps the old one; remove_logo drops it.
    sv::save_brand(&session, &brand("Acme", "#009E73", "#112233", None, false)).await.unwrap();
    assert!(sv::load_brand(session.workspace()).await.unwrap().logo.is_some());
    sv::save_brand(&session, &brand("Acme", "#009E73", "#112233", None, true)).await.unwrap();
    assert!(sv::load_brand(session.workspace()).await.unwrap().logo.is_none());

    // A stored section that no longer reads falls back to its defaults and says so.
    session.workspace().set_setting("alerts", r#"{"silent_days": "soon"}"#).await.unwrap();
    let cfg = sv::load_config(session.workspace()).await.unwrap();
    assert_eq!((cfg.metrics.alerts, cfg.metrics.scorecard.green_at), (d.metrics.alerts.clone(), 75));
    let v = sv::settings(&session).await.unwrap();
    assert!(v.warnings.len() == 1 && v.warnings[0].contains("alerts"), "{:?}", v.warnings);
    session.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_saved_scorecard_changes_the_health_the_views_compute() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    let before = views::accounts::accounts(&session).await.unwrap();

    // Everything on milestone progress, bands at 60 and 30.
    let cfg = sv::save_scorecard(&session, &only("milestones", 60.0, 30.0)).await.unwrap();
    let session = session.with_config(cfg);
    let after = views::accounts::accounts(&session).await.unwrap();
    assert_eq!(after.as_of, before.as_of);

    // By hand from the store: score = done / due × 100 over the milestones due by as_of, and 0
    // when none is due (no component with data and weight: no points).
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT a.external_id,
                (SELECT count(*) FROM milestones m WHERE m.account_id = a.id AND m.due_day <= ?1),
                (SELECT count(*) FROM milestones m WHERE m.account_id = a.id AND m.due_day <= ?1
                    AND m.completed_at IS NOT NULL AND substr(m.completed_at, 1, 10) <= ?1)
           FROM accounts a",
    )
    .bind(&after.as_of)
    .fetch_all(session.workspace().pool())
    .await
    .unwrap();
    assert_eq!(rows.len(), after.rows.len());
    let mut partial = 0;
    for (id, due, done) in rows {
        let score = if due == 0 { 0 } else { ((done as f64 / due as f64) * 100.0).round() as u8 };
        let band = if score >= 60 { Band::Green } else if score >= 30 { Band::Yellow } else { Band::Red };
        let row = after.rows.iter().find(|r| r.account_id == id).unwrap();
        assert_eq!((row.health, row.band), (Some(score), band), "{id}: {done} of {due} milestones");
        partial += usize::from(done > 0 && done < due);
    }
    assert!(partial > 0, "the demo book should have accounts part-way through their plans");
    assert_ne!(
        before.rows.iter().map(|r| r.health).collect::<Vec<_>>(),
        after.rows.iter().map(|r| r.health).collect::<Vec<_>>(),
        "the default scorecard gave the same scores"
    );

    // The metrics engine with the same settings built by hand agrees.
    let settings = metrics::Settings {
        scorecard: Scorecard { weights: Weights { usage_trend: 0.0, breadth: 0.0, depth: 0.0, stickiness: 0.0, core_users: 0.0, nps: 0.0, support: 0.0, milestones: 100.0 }, green_at: 60, yellow_at: 30, ..Scorecard::default() },
        ..Default::default()
    };
    let as_of = chrono::NaiveDate::parse_from_str(&after.as_of, "%Y-%m-%d").unwrap();
    let analysis = metrics::engine::analyze(session.workspace(), as_of, metrics::Scope::All, &settings).await.unwrap();
    for a in &analysis.accounts {
        assert_eq!(after.rows.iter().find(|r| r.account_id == a.account_id).unwrap().health, a.health.score);
    }

    // A session opened on the workspace afterwards reads the same settings.
    let reopened = Session::new(session.workspace().clone(), sv::load_config(session.workspace()).await.unwrap());
    assert_eq!(views::accounts::accounts(&reopened).await.unwrap().rows, after.rows);
    session.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_input_is_refused_naming_the_field_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let session = empty_session(&dir.path().join("i.waypoint"), "pw-invalid").await;
    let jpg = dir.path().join("logo.jpg");
    std::fs::write(&jpg, b"\xff\xd8\xff\xe0 not a png").unwrap();

    let zeros = only("milestones", 70.0, 40.0).weights.into_iter().map(|w| (w.key, 0.0)).collect::<Vec<_>>();
    let zeros: Vec<(&str, f64)> = zeros.iter().map(|(k, w)| (k.as_str(), *w)).collect();
    for (input, field) in [
        (card(&[("nps", -1.0)], 70.0, 40.0), "nps: "),
        (card(&[("loyalty", 5.0)], 70.0, 40.0), "loyalty: "),
        (card(&zeros, 70.0, 40.0), "weights: "),
        (card(&[], 40.0, 40.0), "green_at: "),
        (card(&[], 30.0, 40.0), "green_at: "),
        (card(&[], 101.0, 40.0), "green_at: "),
        (card(&[], 70.0, 40.5), "yellow_at: "),
        (card(&[], 70.0, -1.0), "yellow_at: "),
    ] {
        let e = sv::save_scorecard(&session, &input).await.unwrap_err();
        assert_eq!(e.code(), "invalid_request");
        assert!(e.to_string().starts_with(field), "{input:?}: {e}");
    }
    for (input, field) in [
        (threshold("silent_days", 0.0), "silent_days: "),
        (threshold("silent_days", 366.0), "silent_days: "),
        (threshold("silent_days", 7.5), "silent_days: "),
        (threshold("drop_threshold", 150.0), "drop_threshold: "),
        (threshold("ticket_spike_factor", 0.5), "ticket_spike_factor: "),
        (threshold("mood", 3.0), "mood: "),
    ] {
        let e = sv::save_thresholds(&session, &[threshold("health_drop", 12.0), input.clone()]).await.unwrap_err();
        assert!(e.to_string().starts_with(field), "{input:?}: {e}");
    }
    assert_eq!(sv::save_thresholds(&session, &[threshold("silent_days", 7.5)]).await.unwrap_err().to_string(), "silent_days: must be a whole number");
    for (input, field) in [
        (brand("  ", "#0072B2", "#212529", None, false), "company: "),
        (brand("Acme", "blue", "#212529", None, false), "accent: "),
        (brand("Acme", "#0072B2", "#12345", None, false), "dark: "),
        (brand("Acme", "#0072B2", "#212529", Some(&jpg), false), "logo: "),
        (brand("Acme", "#0072B2", "#212529", Some(&dir.path().join("missing.png")), false), "logo: "),
    ] {
        let e = sv::save_brand(&session, &input).await.unwrap_err();
        assert!(e.to_string().starts_with(field), "{input:?}: {e}");
    }
    assert!(session.workspace().all_settings().await.unwrap().is_empty(), "a refused save stored something");
    session.close().await;
}

async fn add_rows(ws: &Workspace, from: i64, n: i64) {
    for i in from..from + n {
        sqlx::query("INSERT INTO accounts(external_id, name) VALUES (?1, ?2)").bind(format!("ACC-{i}")).bind(format!("Account {i}")).execute(ws.pool()).await.unwrap();
        sqlx::query("INSERT INTO tickets(external_id, account_id, opened_at, priority) SELECT ?1, id, '2026-01-05T10:00:00Z', 'low' FROM accounts WHERE external_id = ?2")
            .bind(format!("T-{i}"))
            .bind(format!("ACC-{i}"))
            .execute(ws.pool())
            .await
            .unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_restores_the_rows_and_settings_it_was_taken_with() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.waypoint");
    let session = empty_session(&path, "pw-backup").await;
    add_rows(session.workspace(), 1, 5).await;
    sv::save_scorecard(&session, &card(&[], 80.0, 50.0)).await.unwrap();
    let at_backup = session.workspace().status().await.unwrap();
    assert_eq!((at_backup.accounts, at_backup.tickets), (5, 5));

    let dest = dir.path().join("copy.waypoint");
    let done = sv::backup(&session, &dest.display().to_string()).await.unwrap();
    assert_eq!(Path::new(&done.path), dest.canonicalize().unwrap());
    assert_eq!(done.size_bytes, std::fs::metadata(&dest).unwrap().len());
    let e = sv::backup(&session, &dest.display().to_string()).await.unwrap_err();
    assert_eq!(e.code(), "workspace_exists", "a backup must never overwrite a file");
    assert!(sv::backup(&session, " ").await.unwrap_err().to_string().starts_with("backup_path: "));

    // Changes after the backup are what a restore takes back.
    add_rows(session.workspace(), 6, 3).await;
    sv::save_scorecard(&session, &card(&[], 90.0, 10.0)).await.unwrap();
    assert_eq!(session.workspace().status().await.unwrap().accounts, 8);

    // Refused before anything closes: the session keeps working.
    let from = dest.display().to_string();
    for (from, passphrase, field) in [
        ("", Some("pw-backup"), "restore_path: "),
        ("/no/such/backup.waypoint", Some("pw-backup"), "restore_path: "),
        (path.to_str().unwrap(), Some("pw-backup"), "restore_path: "),
        (from.as_str(), None, "passphrase: "),
        (from.as_str(), Some("not the passphrase"), "passphrase: "),
    ] {
        let e = sv::restore(&session, from, passphrase).await.unwrap_err();
        assert!(e.to_string().starts_with(field), "{from} {passphrase:?}: {e}");
    }
    assert_eq!(session.workspace().status().await.unwrap().accounts, 8);

    let reopened = sv::restore(&session, &from, Some("pw-backup")).await.unwrap();
    assert!(reopened.error.is_none(), "{:?}", reopened.error);
    assert!(session.workspace().pool().is_closed(), "the old session must be closed");
    let ws = reopened.workspace.unwrap();
    assert_eq!(ws.status().await.unwrap(), at_backup);
    assert_eq!(sv::load_config(&ws).await.unwrap().metrics.scorecard.green_at, 80);
    ws.close().await;
    // The restored file is the workspace, under the same passphrase, and the backup is intact.
    let ws = Workspace::open(&path, &KeyChoice::passphrase("pw-backup")).await.unwrap();
    assert_eq!(ws.status().await.unwrap(), at_backup);
    ws.close().await;
    let copy = Workspace::open(&dest, &KeyChoice::passphrase("pw-backup")).await.unwrap();
    assert_eq!(copy.status().await.unwrap(), at_backup);
    copy.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rekey_to_a_new_passphrase_then_to_the_keyring() {
    store::keys::use_mock_keyring();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.waypoint");
    let session = empty_session(&path, "old passphrase").await;
    add_rows(session.workspace(), 1, 4).await;
    let rows = session.workspace().status().await.unwrap();

    // Refused before anything closes.
    for (to, passphrase, current, field) in [
        (KeyStorage::Passphrase, Some("new passphrase"), None, "current: "),
        (KeyStorage::Passphrase, Some("new passphrase"), Some("wrong"), "current: "),
        (KeyStorage::Passphrase, Some(""), Some("old passphrase"), "passphrase: "),
        (KeyStorage::Passphrase, None, Some("old passphrase"), "passphrase: "),
    ] {
        let e = sv::rekey(&session, to, passphrase, current).await.unwrap_err();
        assert!(e.to_string().starts_with(field), "{passphrase:?} {current:?}: {e}");
    }
    assert_eq!(session.workspace().status().await.unwrap(), rows);

    let reopened = sv::rekey(&session, KeyStorage::Passphrase, Some("new passphrase"), Some("old passphrase")).await.unwrap();
    assert!(reopened.error.is_none(), "{:?}", reopened.error);
    assert!(session.workspace().pool().is_closed());
    let ws = reopened.workspace.unwrap();
    assert!(!ws.uses_keyring());
    ws.close().await;
    let e = Workspace::open(&path, &KeyChoice::passphrase("old passphrase")).await.unwrap_err();
    assert_eq!(e.code(), "wrong_key");
    let ws = Workspace::open(&path, &KeyChoice::passphrase("new passphrase")).await.unwrap();
    assert_eq!(ws.status().await.unwrap(), rows);

    // To the keyring: the settings view says so and the keyring alone opens it.
    let session = Session::new(ws, Config::default());
    let reopened = sv::rekey(&session, KeyStorage::Keyring, None, Some("new passphrase")).await.unwrap();
    let session = Session::new(reopened.workspace.unwrap(), Config::default());
    assert_eq!(sv::settings(&session).await.unwrap().workspace.key_storage, KeyStorage::Keyring);
    session.close().await;
    assert_eq!(Workspace::open(&path, &KeyChoice::passphrase("new passphrase")).await.unwrap_err().code(), "wrong_key");
    let ws = Workspace::open(&path, &KeyChoice::Keyring).await.unwrap();
    assert_eq!(ws.status().await.unwrap(), rows);

    // Back to a passphrase from the keyring: no current passphrase needed.
    let session = Session::new(ws, Config::default());
    let ws = sv::rekey(&session, KeyStorage::Passphrase, Some("third one"), None).await.unwrap().workspace.unwrap();
    ws.close().await;
    let ws = Workspace::open(&path, &KeyChoice::passphrase("third one")).await.unwrap();
    assert_eq!(ws.status().await.unwrap(), rows);
    ws.close().await;
}
