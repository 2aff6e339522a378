//! The reporting currency from the settings screen to the portfolio: a one-currency book
//! states no conversion; choosing another reporting currency asks for rates, and with them
//! the home converts every amount and says how.

use store::{KeyChoice, Workspace};
use views::settings_view as sv;
use views::{Session, Theme};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn choosing_a_reporting_currency_converts_the_portfolio_and_states_it() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = demo::DemoConfig { accounts: 24, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir.path()).unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("views")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    let config = sv::load_config(&ws).await.unwrap();
    let session = Session::new(ws, config);

    // The demo is all USD and chose no reporting currency: nothing converted.
    let usd = views::home::home(&session, Theme::Light, i18n::Lang::En).await.unwrap();
    assert_eq!((usd.currency.as_deref(), usd.conversion.as_ref()), (Some("USD"), None));
    assert_eq!(sv::settings(&session).await.unwrap().reporting_currency.stored, None);

    let e = sv::save_reporting_currency(&session, "eur").await.unwrap_err();
    assert_eq!(e.code(), "invalid_request");
    assert!(e.to_string().starts_with("reporting_currency: "), "{e}");

    let saved = sv::save_reporting_currency(&session, "EUR").await.unwrap();
    assert_eq!(saved.stored.as_deref(), Some("EUR"));
    let e = views::home::home(&session, Theme::Light, i18n::Lang::En).await.unwrap_err();
    assert_eq!(e.code(), "missing_fx_rate");
    assert!(e.to_string().starts_with("no FX rate for USD in "), "{e}");

    // 0.90 EUR a dollar in every month of the demo's range.
    let mut fx = String::from("date,currency,rate_to_reporting\n");
    for y in 2020..=2026 {
        for m in 1..=12 {
            fx.push_str(&format!("{y}-{m:02}-01,USD,0.90\n"));
        }
    }
    let p = dir.path().join("fx.csv");
    std::fs::write(&p, fx).unwrap();
    import::import_file(session.workspace(), import::ImportKind::Fx, &p, &Default::default()).await.unwrap();
    session.changed().await;

    let eur = views::home::home(&session, Theme::Light, i18n::Lang::En).await.unwrap();
    assert_eq!(eur.currency.as_deref(), Some("EUR"));
    let c = eur.conversion.expect("the home states the conversion");
    assert_eq!((c.reporting_currency.as_str(), c.rate_basis, c.converted_from), ("EUR", metrics::fx::RateBasis::MonthlyAverage, vec!["USD".to_string()]));
    let (now_usd, now_eur) = (usd.arr.now.unwrap(), eur.arr.now.unwrap());
    assert!((now_eur - 0.9 * now_usd).abs() < 1e-6, "{now_eur} vs 0.9 x {now_usd}");
    assert!((eur.at_risk_arr - 0.9 * usd.at_risk_arr).abs() < 1e-6);
    // A constant rate moves nothing: NRR and GRR are those of the dollar book.
    assert_eq!((eur.nrr.now, eur.grr.now), (usd.nrr.now, usd.grr.now));
    // An account's own screen keeps its own currency.
    let id = &views::accounts::accounts(&session).await.unwrap().rows[0].account_id;
    let a = views::account::account(&session, id, Theme::Light, i18n::Lang::En).await.unwrap();
    assert_eq!(a.currency.as_deref(), Some("USD"));
}
