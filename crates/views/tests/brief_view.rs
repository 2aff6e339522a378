//! The value brief builder over a demo book: the form's choices agree with the store read with
//! SQL, the evidence is the brief's own (same comparables as `decks::brief::stats`), it never
//! carries a customer's name or id, a book with fewer than 5 customers gives the "not enough"
//! state, and saving writes a real PPTX and PDF.

use store::{KeyChoice, Workspace};
use views::brief_view::{self, Prospect};
use views::decks::DeckFormat;
use views::{Config, Session};

async fn demo_session(dir: &std::path::Path) -> Session {
    let cfg = demo::DemoConfig { accounts: 24, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir).unwrap();
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("brief")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    Session::new(ws, Config::default())
}

/// The comparables as the brief itself finds them, for the same profile and day.
async fn comparables(session: &Session, p: &Prospect) -> usize {
    let brief = decks::brief::Prospect {
        name: p.name.clone(),
        industry: p.industry.clone(),
        employees: p.employees,
        region: p.region.clone(),
        modules: p.modules.clone(),
        seats: p.seats,
        expected_mrr: p.expected_mrr,
    };
    let as_of = session.snapshot().await.unwrap().as_of;
    decks::brief::stats::gather(session.workspace(), &brief, as_of, &session.config().metrics).await.unwrap().comparables
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn options_evidence_and_saving_over_a_demo_book() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    let pool = session.workspace().pool();

    let options = brief_view::brief_options(&session).await.unwrap();
    let customers: i64 = sqlx::query_scalar("SELECT COUNT(DISTINCT account_id) FROM subscriptions").fetch_one(pool).await.unwrap();
    assert_eq!(options.customers as i64, customers);
    let modules: Vec<(String, String)> = sqlx::query_as("SELECT key, name FROM modules ORDER BY key").fetch_all(pool).await.unwrap();
    let mut offered: Vec<(String, String)> = options.modules.iter().map(|m| (m.key.clone(), m.name.clone())).collect();
    offered.sort();
    assert_eq!(offered, modules);
    let industries: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts a WHERE industry IS NOT NULL AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.account_id = a.id)")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(options.industries.iter().map(|c| c.customers as i64).sum::<i64>(), industries);
    assert!(options.industries.windows(2).all(|w| w[0].customers >= w[1].customers));
    assert!(!options.regions.is_empty());
    assert_eq!(options.sizes.len(), 5);
    assert!(options.sizes.iter().all(|b| b.employees >= b.min && b.max.is_none_or(|m| b.employees <= m)));
    assert_eq!(options.min_evidence as usize, decks::brief::stats::MIN_EVIDENCE);

    // The CLI's profile JSON (docs/DECKS.md) is what the form sends.
    let cli: Prospect = serde_json::from_str(
        r#"{"name": "Northwind Logistics", "industry": "Logistics", "employees": 800, "region": "EMEA",
            "modules": ["monitoring", "visualization"], "seats": 60, "expected_mrr": 2500}"#,
    )
    .unwrap();
    assert_eq!(cli.employees, Some(800));
    assert!(serde_json::from_str::<Prospect>(r#"{"name": "X", "size": 3}"#).is_err());

    let prospect = Prospect {
        name: "Northwind Logistics".into(),
        industry: Some(options.industries[0].value.clone()),
        employees: Some(500),
        region: Some(options.regions[0].value.clone()),
        modules: vec![options.modules[0].key.clone(), "no-such-module".into()],
        seats: Some(40),
        expected_mrr: Some(2_000.0),
    };
    let evidence = brief_view::brief_evidence(&session, &prospect, i18n::Lang::En).await.unwrap();
    assert_eq!(evidence.comparables as usize, comparables(&session, &prospect).await);
    assert!(evidence.enough && evidence.comparables >= 5, "{evidence:?}");
    assert_eq!(evidence.active + evidence.former, evidence.comparables);
    assert_eq!(evidence.matched.len(), 5);
    assert!(evidence.matched.iter().all(|m| m.customers <= evidence.comparables));
    assert_eq!(evidence.unknown_modules, vec!["no-such-module".to_string()]);
    assert_eq!(evidence.adoption.len(), 1);
    assert_eq!(evidence.adoption[0].module, options.modules[0].name);
    assert!(evidence.adoption.iter().all(|a| a.median_days.is_none() || a.adopted >= 5));
    let ttv = evidence.time_to_value.as_ref().unwrap();
    assert!(ttv.median_days.is_none() || ttv.customers >= 5);
    assert!(evidence.outcomes.is_some());
    let retention = evidence.retention.as_ref().unwrap();
    assert_eq!(retention.annual_value, Some(24_000.0));
    if let (Some(years), Some(ltv)) = (retention.lifetime_years, retention.lifetime_value) {
        assert!((ltv - 24_000.0 * years).abs() < 1e-6);
    }
    assert!(evidence.plan.iter().all(|s| s.had >= 5 && s.done <= s.had));

    // The slide titles listed are the brief's own.
    let decks_prospect = decks::brief::Prospect { name: "Northwind Logistics".into(), industry: None, employees: None, region: None, modules: vec![], seats: None, expected_mrr: None };
    let as_of = session.snapshot().await.unwrap().as_of;
    let deck = decks::brief::build(session.workspace(), &decks_prospect, as_of, &session.config().metrics, &decks::Brand::default(), i18n::Lang::En).await.unwrap();
    assert_eq!(evidence.slides, deck.slides.iter().map(|s| s.title.clone()).collect::<Vec<_>>());

    // No customer's name or id anywhere in what the screen receives.
    let accounts: Vec<(String, String)> = sqlx::query_as("SELECT name, external_id FROM accounts").fetch_all(pool).await.unwrap();
    assert_eq!(accounts.len(), 24);
    let json = serde_json::to_string(&evidence).unwrap() + &serde_json::to_string(&options).unwrap();
    for (name, id) in &accounts {
        assert!(!json.contains(name.as_str()), "the evidence names {name}");
        assert!(!json.contains(id.as_str()), "the evidence shows {id}");
    }

    // Saving: folders created, the format from the extension, nothing half-written left over.
    let out = dir.path().join("briefs/northwind");
    let pptx = brief_view::save_brief(&session, &prospect, out.join("brief.PPTX").to_str().unwrap(), i18n::Lang::En).await.unwrap();
    assert_eq!((pptx.format, pptx.slides), (DeckFormat::Pptx, 7));
    let bytes = std::fs::read(&pptx.path).unwrap();
    assert_eq!(bytes.len() as u64, pptx.bytes);
    assert!(bytes.starts_with(b"PK\x03\x04"));
    // Zip entry names are stored uncompressed in the local and central headers.
    assert!(bytes.windows(20).any(|w| w == b"ppt/presentation.xml"));
    let pdf = brief_view::save_brief(&session, &prospect, out.join("brief.pdf").to_str().unwrap(), i18n::Lang::En).await.unwrap();
    assert_eq!(pdf.format, DeckFormat::Pdf);
    let bytes = std::fs::read(&pdf.path).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert_eq!(bytes.len() as u64, pdf.bytes);
    let left: Vec<String> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(left.len(), 2, "{left:?}");

    for (p, path) in [(&prospect, "brief.pdf"), (&prospect, out.join("brief.docx").to_str().unwrap()), (&Prospect { name: " ".into(), ..prospect.clone() }, out.join("x.pdf").to_str().unwrap())] {
        let e = brief_view::save_brief(&session, p, path, i18n::Lang::En).await.unwrap_err();
        assert_eq!(e.code(), "invalid_request", "{e}");
    }
    let e = brief_view::brief_evidence(&session, &Prospect { employees: Some(-1), ..prospect.clone() }, i18n::Lang::En).await.unwrap_err();
    assert_eq!(e.code(), "invalid_request");
    // The evidence needs no name: the form asks for it while the name is still empty.
    let unnamed = brief_view::brief_evidence(&session, &Prospect { name: String::new(), ..prospect.clone() }, i18n::Lang::Fr).await.unwrap();
    assert!(unnamed.enough);
    assert_eq!(unnamed.slides[0], "Le prospect\u{202f}: ce que des clients comme vous ont obtenu");
    // Without a name the negatives are still refused.
    let e = brief_view::brief_evidence(&session, &Prospect { name: String::new(), seats: Some(-2), ..prospect.clone() }, i18n::Lang::En).await.unwrap_err();
    assert_eq!(e.code(), "invalid_request");

    // A book with 3 customers: not enough, whatever the profile, and nothing to save.
    sqlx::query("DELETE FROM subscriptions WHERE account_id NOT IN (SELECT account_id FROM subscriptions GROUP BY account_id ORDER BY account_id LIMIT 3)").execute(pool).await.unwrap();
    session.changed().await;
    let few = brief_view::brief_evidence(&session, &prospect, i18n::Lang::En).await.unwrap();
    assert_eq!(few.comparables as usize, comparables(&session, &prospect).await);
    assert_eq!(few.comparables, 3);
    assert!(!few.enough);
    assert!(few.message.as_ref().unwrap().render(i18n::Lang::En).contains("(3 < 5)"), "{:?}", few.message);
    assert!(few.matched.is_empty() && few.adoption.is_empty() && few.plan.is_empty());
    assert!(few.time_to_value.is_none() && few.outcomes.is_none() && few.retention.is_none());
    let e = brief_view::save_brief(&session, &prospect, out.join("few.pdf").to_str().unwrap(), i18n::Lang::En).await.unwrap_err();
    assert!(e.to_string().contains("not enough comparable customers"), "{e}");
    assert!(!out.join("few.pdf").exists());
    session.close().await;
}
