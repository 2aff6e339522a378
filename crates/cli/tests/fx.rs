//! A book in two currencies through the CLI: `init --currency`, `import fx`, `metrics` in the
//! reporting currency, `settings`, and the one-line errors.

mod common;

use common::*;

fn write(dir: &std::path::Path, name: &str, body: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p
}

fn import(ws: &std::path::Path, kind: &str, file: &std::path::Path) -> Out {
    let mut c = with_pass(ws, "pw");
    c.args(["import", kind]).arg(file);
    run(c)
}

#[test]
fn a_cny_and_eur_book_reports_in_eur_once_rates_are_imported() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut c = with_pass(&ws, "pw");
    c.args(["init", "--currency", "EUR"]);
    assert!(ok(c).contains("Reporting currency: EUR"));
    let accounts = write(dir.path(), "accounts.csv", "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at\ncn,China Co,,,,,,\neu,Euro Co,,,,,,\n");
    let subs = write(
        dir.path(),
        "subs.csv",
        "account_id,subscription_id,plan,mrr,currency,start_date,end_date\ncn,s1,P,8000,CNY,2026-01-01,\neu,s2,P,500,EUR,2026-01-01,\n",
    );
    assert_eq!(import(&ws, "accounts", &accounts).code, 0);
    assert_eq!(import(&ws, "subscriptions", &subs).code, 0);

    let metrics = |ws: &std::path::Path| {
        let mut c = with_pass(ws, "pw");
        c.args(["metrics", "--as-of", "2026-02-28", "--json"]);
        run(c)
    };
    let o = metrics(&ws);
    assert_eq!(o.code, 2);
    assert_eq!(o.stderr.trim(), "error: no FX rate for CNY in 2026-01: import an FX file (waypoint import fx FILE) with a rate for every month");

    let bad = write(dir.path(), "bad.csv", "date,currency,rate_to_reporting\n2026-01-15,CNY,0.125\n2026-02-15,CNY,-1\n");
    let o = import(&ws, "fx", &bad);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("bad.csv:3: field `rate_to_reporting`:"), "{}", o.stderr);

    let fx = write(dir.path(), "fx.csv", "date,currency,rate_to_reporting\n2026-01-15,CNY,0.125\n2026-02-15,CNY,0.13\n");
    assert_eq!(import(&ws, "fx", &fx).code, 0);
    let o = metrics(&ws);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["currency"], "EUR");
    assert_eq!(v["conversion"]["reporting_currency"], "EUR");
    assert_eq!(v["conversion"]["rate_basis"], "monthly_average");
    // 8,000 CNY at February's 0.13 plus 500 EUR; February's bridge: fx 8,000 x 0.005 = 40.
    assert_eq!(v["mrr"], 8000.0 * 0.13 + 500.0);
    let feb = v["mrr_movements"].as_array().unwrap().iter().find(|m| m["month"] == "2026-02").unwrap().clone();
    assert_eq!((feb["fx"].as_f64().unwrap(), feb["expansion"].as_f64().unwrap()), (40.0, 0.0));

    let mut c = with_pass(&ws, "pw");
    c.args(["metrics", "--as-of", "2026-02-28"]);
    let text = ok(c);
    assert!(text.contains("converted to EUR at monthly average rates from CNY"), "{text}");

    let mut c = with_pass(&ws, "pw");
    c.args(["settings", "--json"]);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&ok(c)).unwrap()["reporting_currency"], "EUR");
    let mut c = with_pass(&ws, "pw");
    c.args(["settings", "--reporting-currency", "usd"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("ISO 4217"), "{}", o.stderr);
}
