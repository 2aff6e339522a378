//! The zh-CN and fr demo books: the English book's structure with the locale's names, text
//! and currencies, checked from the written files only.

mod common;

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{Datelike, Months, NaiveDate};
use common::{config, date, generate, read_csv};
use demo::Locale;

const FILES: [&str; 8] =
    ["catalog.csv", "accounts.csv", "subscriptions.csv", "contacts.csv", "tickets.csv", "nps.csv", "milestones.csv", "events.jsonl"];

/// Picks one of the written files.
type FileOf = fn(&demo::DemoFiles) -> &std::path::Path;

fn cfg(accounts: usize, seed: u64, locale: Locale) -> demo::DemoConfig {
    demo::DemoConfig { months: 14, locale, ..config(accounts, seed) }
}

fn rows(path: &std::path::Path) -> Vec<HashMap<String, String>> {
    read_csv(path).1
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn is_kana_or_hangul(c: char) -> bool {
    ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{ac00}'..='\u{d7af}').contains(&c)
}

#[test]
fn same_seed_gives_identical_files_in_each_locale() {
    for locale in [Locale::ZhCn, Locale::Fr] {
        let c = cfg(20, 9, locale);
        let (a, fa) = generate(&c);
        let (b, _) = generate(&c);
        assert!(fa.fx.is_some(), "{locale}: a mixed book comes with rates");
        for n in FILES.iter().chain(&["fx.csv"]) {
            let x = std::fs::read(a.path().join(n)).unwrap();
            let y = std::fs::read(b.path().join(n)).unwrap();
            assert!(x == y, "{locale}: {n} differs between two runs with the same seed");
        }
    }
}

/// Everything but names, text and prices is the English book's.
#[test]
fn locales_change_labels_and_prices_only() {
    let (en_dir, en) = generate(&cfg(60, 5, Locale::En));
    assert!(en.fx.is_none() && en.reporting_currency.is_none(), "English is all USD");
    assert!(!en_dir.path().join("fx.csv").exists());
    for locale in [Locale::ZhCn, Locale::Fr] {
        let (dir, f) = generate(&cfg(60, 5, locale));
        let s = demo::DemoStats { fx_rates: 0, ..f.stats.clone() };
        assert_eq!(s, en.stats, "{locale}: same counts and window");
        for n in ["catalog.csv", "tickets.csv", "events.jsonl"] {
            let same = std::fs::read(en_dir.path().join(n)).unwrap() == std::fs::read(dir.path().join(n)).unwrap();
            assert!(same, "{locale}: {n} (no text in it) is the English one");
        }
        let keep = |path: &std::path::Path, cols: &[&str]| -> Vec<Vec<String>> {
            rows(path).iter().map(|r| cols.iter().map(|c| r[*c].clone()).collect()).collect()
        };
        let cols: [(FileOf, &[&str]); 5] = [
            (|f| &f.accounts, &["account_id", "employees", "created_at", "tier", "lifecycle_stage"]),
            (|f| &f.subscriptions, &["account_id", "subscription_id", "plan", "start_date", "end_date", "modules"]),
            (|f| &f.contacts, &["contact_id", "account_id", "role"]),
            (|f| &f.nps, &["response_id", "account_id", "contact_id", "responded_at", "score"]),
            (|f| &f.milestones, &["milestone_id", "account_id", "owner_side", "due_date", "completed_at"]),
        ];
        for (file, c) in cols {
            assert_eq!(keep(file(&f), c), keep(file(&en), c), "{locale}: {}", file(&f).display());
        }
        // Names and text are the locale's: no English account, contact or milestone title left.
        let differ = |path: FileOf, col: &str| {
            let (x, y) = (rows(path(&f)), rows(path(&en)));
            x.iter().zip(&y).filter(|(a, b)| a[col] == b[col]).count()
        };
        assert_eq!(differ(|f| &f.accounts, "name"), 0, "{locale}");
        assert_eq!(differ(|f| &f.accounts, "owner"), 0, "{locale}");
        assert_eq!(differ(|f| &f.accounts, "industry"), 0, "{locale}");
        assert_eq!(differ(|f| &f.accounts, "region"), 0, "{locale}");
        assert_eq!(differ(|f| &f.milestones, "title"), 0, "{locale}");
        assert!(differ(|f| &f.contacts, "name") < 5, "{locale}: contacts keep English names");
        // Prices: the USD price at the round rate, rounded to a tidy amount.
        for (x, y) in rows(&f.subscriptions).iter().zip(rows(&en.subscriptions)) {
            let (local, usd): (f64, f64) = (x["mrr"].parse().unwrap(), y["mrr"].parse().unwrap());
            let (rate, step) = match x["currency"].as_str() {
                "CNY" => (7.1, 10.0),
                "EUR" => (0.92, 1.0),
                "CHF" => (0.88, 1.0),
                "USD" => (1.0, 0.01),
                other => panic!("{locale}: unexpected currency {other}"),
            };
            assert!((local - usd * rate).abs() <= step / 2.0 + 1e-9, "{locale}: {x:?} vs {usd} USD");
            assert!((local / step - (local / step).round()).abs() < 1e-9, "{locale}: untidy price {local}");
        }
    }
}

/// Currency of each account, with the check that all its subscriptions share it.
fn account_currencies(f: &demo::DemoFiles) -> HashMap<String, String> {
    let mut out: HashMap<String, String> = HashMap::new();
    for s in rows(&f.subscriptions) {
        let prev = out.insert(s["account_id"].clone(), s["currency"].clone());
        assert!(prev.is_none_or(|p| p == s["currency"]), "{s:?}: an account pays in one currency");
    }
    out
}

fn share(currencies: &HashMap<String, String>, code: &str) -> f64 {
    currencies.values().filter(|c| *c == code).count() as f64 / currencies.len() as f64
}

#[test]
fn chinese_book_is_mostly_cny_with_chinese_names() {
    let (_dir, f) = generate(&cfg(150, 3, Locale::ZhCn));
    assert_eq!(f.reporting_currency, Some("CNY"));
    let cur = account_currencies(&f);
    assert!(share(&cur, "CNY") > 0.65, "CNY share {}", share(&cur, "CNY"));
    assert!(share(&cur, "USD") > 0.03 && share(&cur, "EUR") > 0.01, "{cur:?}");
    assert_eq!(share(&cur, "CNY") + share(&cur, "USD") + share(&cur, "EUR"), 1.0);

    let accounts = rows(&f.accounts);
    let names: HashSet<&String> = accounts.iter().map(|a| &a["name"]).collect();
    assert_eq!(names.len(), accounts.len(), "account names unique");
    let han = accounts.iter().filter(|a| a["name"].chars().any(is_han)).count();
    assert!(han as f64 > 0.8 * accounts.len() as f64, "{han} Chinese names");
    assert!(accounts.iter().any(|a| a["name"].chars().any(is_kana_or_hangul)), "Japanese or Korean subsidiaries");
    assert!(accounts.iter().any(|a| a["name"].ends_with("有限公司")));
    let regions: BTreeSet<&str> = accounts.iter().map(|a| a["region"].as_str()).collect();
    for r in ["华东", "华北", "华南"] {
        assert!(regions.contains(r), "{regions:?}");
    }
    // Domestic customers' people are written family name first, without a space: 王芳.
    let contacts = rows(&f.contacts);
    let chinese = contacts.iter().filter(|c| {
        let n: Vec<char> = c["name"].chars().collect();
        (2..=4).contains(&n.len()) && n.iter().all(|&ch| is_han(ch))
    });
    assert!(chinese.count() as f64 > 0.75 * contacts.len() as f64);
    assert!(contacts.iter().all(|c| c["email"].is_ascii() && c["email"].contains('@')));
    assert!(rows(&f.nps).iter().any(|n| n["comment"].chars().any(is_han) && n["comment"].contains('，')));
}

#[test]
fn french_book_is_eur_and_chf_with_french_names() {
    let (_dir, f) = generate(&cfg(150, 3, Locale::Fr));
    assert_eq!(f.reporting_currency, Some("EUR"));
    let cur = account_currencies(&f);
    assert!(share(&cur, "EUR") > 0.65, "EUR share {}", share(&cur, "EUR"));
    assert!(share(&cur, "CHF") > 0.05, "{cur:?}");
    assert_eq!(share(&cur, "EUR") + share(&cur, "CHF"), 1.0);

    let accounts = rows(&f.accounts);
    let names: HashSet<&String> = accounts.iter().map(|a| &a["name"]).collect();
    assert_eq!(names.len(), accounts.len(), "account names unique");
    let accented = |s: &str| s.chars().any(|c| "éèêëàâçîïôûùœÉÈÎÔ".contains(c));
    assert!(accounts.iter().filter(|a| accented(&a["name"])).count() > accounts.len() / 5);
    assert!(accounts.iter().any(|a| a["name"].contains(" d'")), "elisions");
    assert!(accounts.iter().any(|a| a["name"].contains(" & ")), "ampersands");
    for a in accounts.iter().filter(|a| cur[&a["account_id"]] == "CHF") {
        assert!(a["region"].starts_with("Suisse"), "{a:?}");
        assert!(a["website"].ends_with(".ch"), "{a:?}");
    }
    let contacts = rows(&f.contacts);
    assert!(contacts.iter().all(|c| c["name"].contains(' ') && c["email"].is_ascii()));
    assert!(contacts.iter().filter(|c| accented(&c["name"])).count() > contacts.len() / 5);
    assert!(rows(&f.nps).iter().any(|n| n["comment"].contains('«')));
    assert!(rows(&f.milestones).iter().any(|m| m["title"] == "Revue trimestrielle (QBR)"));
}

#[test]
fn case_studies_are_renamed_consistently() {
    for locale in [Locale::En, Locale::ZhCn, Locale::Fr] {
        let names = demo::case_names(locale);
        let (_dir, f) = generate(&cfg(14, 11, locale));
        let accounts = rows(&f.accounts);
        let name_of = |id: &str| accounts.iter().find(|a| a["account_id"] == id).unwrap()["name"].clone();
        assert_eq!(name_of(demo::CASE_TIMELY_INTERVENTION), names.timely_intervention);
        assert_eq!(name_of(demo::CASE_MODULE_STACKING), names.module_stacking);
        let champions: Vec<String> = rows(&f.contacts)
            .into_iter()
            .filter(|c| c["account_id"] == demo::CASE_TIMELY_INTERVENTION && c["role"] == "champion")
            .map(|c| c["name"].clone())
            .collect();
        assert!(champions.contains(&names.departing_analyst.to_string()), "{locale}: {champions:?}");
        assert!(champions.contains(&names.new_champion.to_string()), "{locale}: {champions:?}");
        if locale != Locale::En {
            assert_ne!(names.timely_intervention, demo::CASE_TIMELY_INTERVENTION_NAME);
            assert_ne!(names.departing_analyst, demo::DEPARTING_ANALYST);
        }
    }
}

/// The FX file has a rate for every month a subscription in another currency runs, as the
/// revenue metrics require (docs/METRICS.md), near the round cross rate.
#[test]
fn fx_file_covers_every_month_of_foreign_subscriptions() {
    for (locale, reporting, base) in [(Locale::ZhCn, "CNY", &[("USD", 7.1), ("EUR", 7.1 / 0.92)][..]), (Locale::Fr, "EUR", &[("CHF", 0.92 / 0.88)][..])] {
        let c = cfg(80, 4, locale);
        let (_dir, f) = generate(&c);
        let fx = rows(f.fx.as_ref().unwrap());
        assert_eq!(fx.len() as u64, f.stats.fx_rates);
        let mut rates: HashMap<(NaiveDate, String), f64> = HashMap::new();
        for r in &fx {
            let day = date(&r["date"]);
            assert_eq!(day.day(), 1, "{r:?}");
            assert_ne!(r["currency"], reporting, "{r:?}");
            let rate: f64 = r["rate_to_reporting"].parse().unwrap();
            let (_, b) = base.iter().find(|(c, _)| *c == r["currency"]).unwrap_or_else(|| panic!("{r:?}"));
            assert!((rate / b - 1.0).abs() < 0.05, "{r:?}");
            assert!(rates.insert((day, r["currency"].clone()), rate).is_none(), "{r:?}");
        }
        let last = c.end_day.with_day(1).unwrap();
        for s in rows(&f.subscriptions).iter().filter(|s| s["currency"] != reporting) {
            let mut month = date(&s["start_date"]).with_day(1).unwrap();
            let until = if s["end_date"].is_empty() { last } else { date(&s["end_date"]).with_day(1).unwrap().min(last) };
            while month <= until {
                assert!(rates.contains_key(&(month, s["currency"].clone())), "{locale}: no rate in {month} for {s:?}");
                month = month + Months::new(1);
            }
        }
    }
}
