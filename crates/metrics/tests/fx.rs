//! A book in CNY, EUR and USD reporting in EUR, from imported files: MRR, the bridge with its
//! fx line, NRR and GRR against numbers worked out by hand from the fixture below; and the
//! errors a missing rate or a missing reporting currency give.
//!
//! Rates (EUR per unit; one rate dated the 15th of each month, two in 2026-03 for CNY):
//! CNY 0.125 from 2025-03 to 2025-12, 0.13 in 2026-01 and 2026-02, mean(0.135, 0.145) = 0.14
//! in 2026-03; USD 0.90 from 2025-03 to 2026-01, 0.92 in 2026-02, 0.95 in 2026-03.
//!
//! Accounts: `a` 10,000 CNY, 12,000 CNY from 2026-02-01 (expansion); `b` 1,000 EUR, 800 EUR
//! from 2026-03-01 (contraction); `c` 2,000 USD until 2026-01-31 (churn); `d` 500 USD from
//! 2026-01-01 (new); `e` 1,000 USD switching (same subscription) to 950 EUR on 2026-03-01,
//! worth the same at March's 0.95.

use chrono::NaiveDate;
use import::ImportKind;
use metrics::{Book, Scope, Settings};
use store::{KeyChoice, Workspace};

const AS_OF: &str = "2026-03-31";

const ACCOUNTS: &str = "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at
a,Alpha,,APAC,,,,
b,Beta,,EMEA,,,,
c,Gamma,,NA,,,,
d,Delta,,NA,,,,
e,Epsilon,,EMEA,,,,
";

const SUBSCRIPTIONS: &str = "account_id,subscription_id,plan,mrr,currency,start_date,end_date
a,a1,P,10000,CNY,2025-03-01,2026-02-01
a,a1,P,12000,CNY,2026-02-01,
b,b1,P,1000,EUR,2025-03-01,2026-03-01
b,b1,P,800,EUR,2026-03-01,
c,c1,P,2000,USD,2025-03-01,2026-02-01
d,d1,P,500,USD,2026-01-01,
e,e1,P,1000,USD,2025-03-01,2026-03-01
e,e1,P,950,EUR,2026-03-01,
";

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The FX file, leaving out the (currency, month) pairs in `skip`.
fn fx_file(skip: &[(&str, &str)]) -> String {
    let mut out = String::from("date,currency,rate_to_reporting\n");
    let months = ["2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"];
    for (i, m) in months.iter().enumerate() {
        let cny: &[(&str, &str)] = match i {
            0..=9 => &[("15", "0.125")],
            10 | 11 => &[("15", "0.13")],
            _ => &[("02", "0.135"), ("30", "0.145")],
        };
        let usd = match i {
            0..=10 => "0.90",
            11 => "0.92",
            _ => "0.95",
        };
        for (day, rate) in cny {
            if !skip.contains(&("CNY", m)) {
                out.push_str(&format!("{m}-{day},CNY,{rate}\n"));
            }
        }
        if !skip.contains(&("USD", m)) {
            out.push_str(&format!("{m}-15,USD,{usd}\n"));
        }
    }
    out
}

struct Fixture {
    dir: tempfile::TempDir,
    ws: Workspace,
}

impl Fixture {
    async fn new(reporting: Option<&str>) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("fx".to_string())).await.unwrap();
        if let Some(c) = reporting {
            ws.set_reporting_currency(&domain::Currency::parse(c).unwrap()).await.unwrap();
        }
        let f = Fixture { dir, ws };
        f.import(ImportKind::Accounts, "accounts.csv", ACCOUNTS).await;
        f.import(ImportKind::Subscriptions, "subscriptions.csv", SUBSCRIPTIONS).await;
        f
    }

    async fn import(&self, kind: ImportKind, name: &str, body: &str) {
        let p = self.dir.path().join(name);
        std::fs::write(&p, body).unwrap();
        import::import_file(&self.ws, kind, &p, &Default::default()).await.unwrap();
    }
}

fn close(got: Option<f64>, want: f64) {
    let got = got.expect("a value");
    assert!((got - want).abs() < 1e-12, "got {got}, want {want}");
}

#[tokio::test]
async fn a_book_in_three_currencies_reports_in_eur_with_fx_apart_from_real_movement() {
    let f = Fixture::new(Some("EUR")).await;
    f.import(ImportKind::Fx, "fx.csv", &fx_file(&[])).await;
    let book = Book::load(&f.ws, d(AS_OF), Scope::All).await.unwrap();
    let s = metrics::revenue::summary(&book, &|_| true);

    // MRR on 2026-03-31 at March rates: a 12,000 x 0.14 + b 800 + d 500 x 0.95 + e 950.
    let mrr = 12_000.0 * 0.14 + 800.0 + 500.0 * 0.95 + 950.0;
    assert_eq!(s.currency.as_deref(), Some("EUR"));
    assert!((s.mrr - mrr).abs() < 1e-9, "{} vs {mrr}", s.mrr);
    assert!((s.arr - 12.0 * mrr).abs() < 1e-9);
    let conv = s.conversion.as_ref().expect("the conversion is stated");
    assert_eq!(conv.reporting_currency, "EUR");
    assert_eq!(conv.rate_basis, metrics::fx::RateBasis::MonthlyAverage);
    assert_eq!(conv.converted_from, ["CNY", "USD"]);

    // The bridge, month by month.
    let month = |m: &str| s.mrr_movements.iter().find(|x| x.month == m).unwrap_or_else(|| panic!("{m}")).clone();
    let start_2025 = 10_000.0 * 0.125 + 1_000.0 + 2_000.0 * 0.90 + 1_000.0 * 0.90;
    let m = month("2025-03");
    assert_eq!((m.start, m.new, m.fx, m.end), (0.0, start_2025, 0.0, start_2025));
    let m = month("2025-12");
    assert_eq!((m.start, m.new, m.expansion, m.fx, m.end), (start_2025, 0.0, 0.0, 0.0, start_2025));
    // January: d is new (500 USD at 0.90); a's unchanged 10,000 CNY is worth 0.005 more each.
    let m = month("2026-01");
    let jan_fx = 10_000.0 * (0.13 - 0.125);
    assert_eq!((m.start, m.new, m.expansion, m.contraction, m.churned), (start_2025, 500.0 * 0.90, 0.0, 0.0, 0.0));
    assert!((m.fx - jan_fx).abs() < 1e-9, "{}", m.fx);
    // February: a expands by 2,000 CNY at 0.13; c churns its 1,800; e and d (USD) move 0.02.
    let m = month("2026-02");
    let feb_fx = 1_000.0 * (0.92 - 0.90) + 500.0 * (0.92 - 0.90);
    assert_eq!((m.new, m.contraction), (0.0, 0.0));
    assert!((m.expansion - 2_000.0 * 0.13).abs() < 1e-9, "{}", m.expansion);
    assert_eq!(m.churned, 2_000.0 * 0.90);
    assert!((m.fx - feb_fx).abs() < 1e-9, "{}", m.fx);
    // March: b contracts by 200; e's switch to 950 EUR is no movement, only USD's 0.03 on
    // its 1,000 USD; a's 12,000 CNY gain 0.01, d's 500 USD 0.03.
    let m = month("2026-03");
    let mar_fx = 12_000.0 * (0.14 - 0.13) + 1_000.0 * (0.95 - 0.92) + 500.0 * (0.95 - 0.92);
    assert_eq!((m.new, m.expansion, m.churned, m.reactivated), (0.0, 0.0, 0.0, 0.0));
    assert_eq!(m.contraction, 200.0);
    assert_eq!((m.contraction_accounts, m.expansion_accounts), (1, 0));
    assert!((m.fx - mar_fx).abs() < 1e-9, "{}", m.fx);
    assert!((m.end - mrr).abs() < 1e-9);
    for w in s.mrr_movements.windows(2) {
        assert_eq!(w[1].start, w[0].end, "{}", w[1].month);
    }

    // NRR and GRR at constant currency: the cohort of 2025-03-31 (a, b, c, e), now at March
    // rates less each account's fx movements since (a: January and March; e: February and
    // March), over its MRR then.
    let then = 10_000.0 * 0.125 + 1_000.0 + 2_000.0 * 0.90 + 1_000.0 * 0.90;
    let fx_a = 10_000.0 * (0.13 - 0.125) + 12_000.0 * (0.14 - 0.13);
    let fx_e = 1_000.0 * (0.92 - 0.90) + 1_000.0 * (0.95 - 0.92);
    let now = [12_000.0 * 0.14 - fx_a, 800.0, 0.0, 950.0 - fx_e];
    let was = [10_000.0 * 0.125, 1_000.0, 2_000.0 * 0.90, 1_000.0 * 0.90];
    let nrr = now.iter().sum::<f64>() / then;
    let grr = now.iter().zip(was).map(|(n, w)| n.min(w)).sum::<f64>() / then;
    assert_eq!(s.retention.cohort_accounts, 4);
    assert!((s.retention.cohort_fx - (fx_a + fx_e)).abs() < 1e-9, "{}", s.retention.cohort_fx);
    close(s.nrr, nrr);
    close(s.grr, grr);
    close(s.logo_churn, 0.25);
    // The same as the bridge of the cohort without its fx line.
    close(s.nrr, (then + 2_000.0 * 0.13 - 200.0 - 2_000.0 * 0.90) / then);

    // Portfolio views add converted amounts; an account's own profile keeps its currency.
    let analysis = metrics::analyze_book(&book, None, &Settings::default());
    let a = analysis.accounts.iter().find(|v| v.account_id == "a").unwrap();
    assert!((a.mrr - 12_000.0 * 0.14).abs() < 1e-9);
    let p = metrics::profile(&f.ws, "a", d(AS_OF), &Settings::default()).await.unwrap();
    assert_eq!((p.currency.as_deref(), p.view.mrr), (Some("CNY"), 12_000.0));
    let p = metrics::profile(&f.ws, "e", d(AS_OF), &Settings::default()).await.unwrap();
    assert_eq!(p.currency.as_deref(), Some("EUR"), "e has USD and EUR periods: reported in EUR");
}

#[tokio::test]
async fn without_rates_the_error_names_the_first_missing_currency_and_month() {
    let f = Fixture::new(Some("EUR")).await;
    let e = Book::load(&f.ws, d(AS_OF), Scope::All).await.unwrap_err();
    assert_eq!(e.code(), "missing_fx_rate");
    assert_eq!(
        e.to_string(),
        "no FX rate for CNY in 2025-03: import an FX file (waypoint import fx FILE) with a rate for every month"
    );
    // A file with one month missing names that month.
    f.import(ImportKind::Fx, "fx.csv", &fx_file(&[("USD", "2026-02"), ("CNY", "2026-03")])).await;
    let e = Book::load(&f.ws, d(AS_OF), Scope::All).await.unwrap_err();
    assert!(e.to_string().starts_with("no FX rate for USD in 2026-02:"), "{e}");
    // As of January, February's gap is not needed yet.
    assert!(Book::load(&f.ws, d("2026-01-31"), Scope::All).await.is_ok());
}

#[tokio::test]
async fn several_currencies_without_a_reporting_currency_say_how_to_choose_one() {
    let f = Fixture::new(None).await;
    let e = Book::load(&f.ws, d(AS_OF), Scope::All).await.unwrap_err();
    assert_eq!(e.code(), "mixed_currencies");
    assert!(e.to_string().contains("(CNY, EUR, USD)") && e.to_string().contains("reporting-currency"), "{e}");
}

#[tokio::test]
async fn rates_against_another_reporting_currency_are_not_used() {
    let f = Fixture::new(Some("EUR")).await;
    f.import(ImportKind::Fx, "fx.csv", &fx_file(&[])).await;
    f.ws.set_reporting_currency(&domain::Currency::parse("USD").unwrap()).await.unwrap();
    let e = Book::load(&f.ws, d(AS_OF), Scope::All).await.unwrap_err();
    assert_eq!(e.code(), "missing_fx_rate");
    assert!(e.to_string().starts_with("no FX rate for CNY in 2025-03"), "{e}");
}
