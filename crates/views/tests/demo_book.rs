//! Loading the demo from the app in a locale: every file imported step by step, the
//! reporting currency set, and the home screen adding the currencies up in it.

use std::sync::Mutex;

use store::{KeyChoice, Workspace};
use views::demo_book::{DemoStep, load_demo, load_demo_in};
use views::{Config, Session, Theme};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn french_demo_loads_with_its_rates_and_reports_in_eur() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("views")).await.unwrap();
    let session = Session::new(ws, Config::default());
    let steps: Mutex<Vec<DemoStep>> = Mutex::new(Vec::new());
    let loaded = load_demo_in(&session, 30, demo::Locale::Fr, |s| steps.lock().unwrap().push(s)).await.unwrap();
    assert_eq!(loaded, 30);

    // Generating, the eight files, then the exchange rates: numbered 1..=10 of 10.
    let steps = steps.into_inner().unwrap();
    let numbers: Vec<(u32, u32)> = steps.iter().map(|s| (s.step, s.of)).collect();
    assert_eq!(numbers, (1..=10).map(|k| (k, 10)).collect::<Vec<_>>());
    assert_eq!(steps.last().unwrap().label.render(i18n::Lang::Fr), "Import\u{202f}: Taux de change");
    assert_eq!(steps[0].label.render(i18n::Lang::ZhCn), "正在生成 30 个演示客户");

    assert_eq!(session.workspace().reporting_currency().await.unwrap().map(|c| c.to_string()).as_deref(), Some("EUR"));
    let home = views::home::home(&session, Theme::Light, i18n::Lang::Fr).await.unwrap();
    assert_eq!(home.currency.as_deref(), Some("EUR"));
    let conversion = home.conversion.expect("CHF converted to EUR");
    assert_eq!(conversion.converted_from, ["CHF"]);

    // The demo never mixes into a book: a second load is refused.
    let again = load_demo(&session, 12, |_| {}).await.unwrap_err();
    assert_eq!(again.code(), "invalid_request", "{again}");
    session.close().await;
}
