//! QBR, portfolio and value-brief decks from the demo portfolio: every slide there and titled, numbers with their
//! quarter-over-quarter change, both files written, and an account without data still gets
//! a deck that says so.

mod common;

use common::*;
use decks::quarter::Quarter;
use i18n::Lang;
use decks::{Brand, pdf, pptx, qbr};
use metrics::{Scope, Settings};
use store::{KeyChoice, Workspace};

const TITLES: [&str; 11] = [
    "at a glance",
    "Success plan: goals and milestones",
    "Adoption: module usage",
    "Adoption: active users",
    "Health: trend and drivers",
    "Value delivered",
    "Support",
    "NPS: what the customer says",
    "Renewal and expansion",
    "and asks",
    "Appendix: definitions",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn qbr_decks_for_demo_accounts_and_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = demo::DemoConfig { accounts: 30, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir.path()).unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("decks")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    // The last whole quarter of the demo.
    let quarter = Quarter::of(cfg.end_day).previous();
    let settings = Settings::default();
    let analysis = metrics::analyze(&ws, quarter.end(), Scope::All, &settings).await.unwrap();
    let paying: Vec<&metrics::AccountView> = analysis.accounts.iter().filter(|v| v.mrr > 0.0).take(3).collect();
    assert_eq!(paying.len(), 3);
    for v in paying {
        let deck = qbr::build(&ws, &v.account_id, quarter, &settings, &Brand::default(), Lang::En).await.unwrap();
        assert_eq!(deck.slides.len(), 12, "{}", v.account_id);
        assert_eq!(deck.slides[0].title, format!("{}: Quarterly Business Review", v.name));
        for (slide, want) in deck.slides[1..].iter().zip(TITLES) {
            assert!(slide.title.contains(want), "{} vs {want}", slide.title);
            assert!(!slide.notes.is_empty(), "{}: speaker notes", slide.title);
        }
        let parts = check_package(&pptx::write(&deck).unwrap());
        assert_eq!(titles(&parts).len(), 12);
        // The summary's KPI tiles each carry the change since last quarter, and the health
        // sentence names the score the engine computed.
        let summary = slide_text(&parts, 2);
        assert!(summary.matches("vs last quarter").count() + summary.matches("no earlier quarter").count() >= 3, "{summary}");
        assert!(summary.contains(&format!("Health is {} ({})", v.health.score.expect("a demo QBR account has usage"), v.health.band.as_str())), "{summary}");
        let pdf = pdf::write(&deck).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(String::from_utf8_lossy(&pdf).contains("/Count 12"), "12 pages");
    }
    // The portfolio of the same quarter: every slide titled, and the ARR at risk on the
    // summary is the sum over the accounts the engine calls at risk.
    let options = decks::portfolio::Options { settings: &settings, segments: &Default::default(), capacity: &Default::default(), lang: Lang::En, backtest: None };
    let deck = decks::portfolio::build(&ws, quarter, &options, &Brand::default()).await.unwrap();
    assert_eq!(deck.slides.len(), 8);
    let parts = check_package(&pptx::write(&deck).unwrap());
    let t = titles(&parts);
    assert!(t[1].starts_with("Portfolio at a glance") && t[4].starts_with("Renewals in the next 90 days"), "{t:?}");
    let at_risk: f64 = analysis.accounts.iter().filter(|v| v.at_risk()).map(|v| v.arr).sum();
    let summary = slide_text(&parts, 2);
    assert!(summary.contains(&charts::format::money(Lang::En, at_risk, analysis.revenue.currency.as_deref())), "{at_risk} in {summary}");
    assert!(summary.contains(&format!("{} paying accounts", analysis.revenue.accounts_active)), "{summary}");
    assert!(String::from_utf8_lossy(&pdf::write(&deck).unwrap()).contains("/Count 8"));

    // With a backtest, the deck ends with how well the score predicted churn, its AUC in the notes.
    let report = backtest::backtest(&ws, &settings, &Default::default(), &backtest::Options { resamples: 200, ..Default::default() }).await.unwrap();
    let options = decks::portfolio::Options { backtest: Some(&report), ..options };
    let deck = decks::portfolio::build(&ws, quarter, &options, &Brand::default()).await.unwrap();
    assert_eq!(deck.slides.len(), 9);
    let last = deck.slides.last().unwrap();
    assert_eq!(last.title, "How well the health score predicted churn");
    let auc = report.figures.auc.map(|a| format!("ROC AUC {a:.2}")).unwrap_or_else(|| "ROC AUC –".into());
    assert!(last.notes[0].starts_with(&auc), "{:?}", last.notes);
    assert_eq!(titles(&check_package(&pptx::write(&deck).unwrap())).len(), 9);

    // A value brief never names a customer, on any slide or in the notes.
    let industry = analysis.accounts.iter().find_map(|v| v.industry.clone()).unwrap();
    let prospect = decks::brief::Prospect {
        name: "Prospect & <Co>".into(),
        industry: Some(industry),
        employees: Some(500),
        region: None,
        modules: vec!["monitoring".into()],
        seats: Some(40),
        expected_mrr: Some(2_000.0),
    };
    let brief = decks::brief::build(&ws, &prospect, cfg.end_day, &settings, &Brand::default(), Lang::En).await.unwrap();
    assert_eq!(brief.slides.len(), 7);
    let parts = check_package(&pptx::write(&brief).unwrap());
    let everything: String = parts.iter().filter(|(k, _)| k.ends_with(".xml")).map(|(_, v)| String::from_utf8_lossy(v).to_string()).collect();
    for v in &analysis.accounts {
        assert!(!everything.contains(&v.name), "the brief names {}", v.name);
        assert!(!everything.contains(&format!(">{}<", v.account_id)), "the brief shows {}", v.account_id);
    }
    assert!(titles(&parts)[0].starts_with("Prospect & <Co>"));
    pdf::write(&brief).unwrap();

    // An account with nothing but a name.
    store::sqlx::query("INSERT INTO accounts(external_id, name) VALUES ('NEW-1', 'Brand New <Co> & \"Partners\"')").execute(ws.pool()).await.unwrap();
    let deck = qbr::build(&ws, "NEW-1", quarter, &settings, &Brand::default(), Lang::En).await.unwrap();
    assert_eq!(deck.slides.len(), 12);
    let parts = check_package(&pptx::write(&deck).unwrap());
    assert_eq!(titles(&parts)[0], "Brand New <Co> & \"Partners\": Quarterly Business Review");
    let summary = slide_text(&parts, 2);
    assert!(summary.contains("No running contract"), "{summary}");
    assert!(summary.contains("no earlier quarter"), "{summary}");
    pdf::write(&deck).unwrap();
    // Unknown accounts are an error with its code.
    let err = qbr::build(&ws, "NOPE", quarter, &settings, &Brand::default(), Lang::En).await.unwrap_err();
    assert_eq!(err.code(), "unknown_account");
    ws.close().await;
}
