//! The two case studies of DOMAIN.md, checked from the written files only.

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use common::{catalog, config, date, for_each_event, generate, read_csv};

/// Daily active users of one account, by UTC day.
fn daily_active(events: &std::path::Path, account: &str) -> BTreeMap<NaiveDate, HashSet<String>> {
    let mut dau: BTreeMap<NaiveDate, HashSet<String>> = BTreeMap::new();
    for_each_event(events, |e| {
        if e.account.as_deref() == Some(account) {
            dau.entry(e.day()).or_default().insert(e.user);
        }
    });
    dau
}

fn mean_dau(dau: &BTreeMap<NaiveDate, HashSet<String>>, from: NaiveDate, to: NaiveDate) -> f64 {
    let days = (to - from).num_days() + 1;
    let total: usize = (0..days)
        .map(|i| dau.get(&(from + Duration::days(i))).map_or(0, HashSet::len))
        .sum();
    total as f64 / days as f64
}

const SEEDS: [u64; 4] = [1, 11, 42, 2026];

#[test]
fn timely_intervention_collapse_and_recovery() {
    for seed in SEEDS {
        timely_intervention(seed);
    }
}

fn timely_intervention(seed: u64) {
    let (_dir, f) = generate(&config(14, seed));
    let (_, accounts) = read_csv(&f.accounts);
    let acc = accounts
        .iter()
        .find(|a| a["account_id"] == demo::CASE_TIMELY_INTERVENTION)
        .expect("case account present");
    assert_eq!(acc["name"], demo::CASE_TIMELY_INTERVENTION_NAME);

    let dau = daily_active(&f.events, demo::CASE_TIMELY_INTERVENTION);
    let d = date;
    let august = mean_dau(&dau, d("2026-08-01"), d("2026-08-31"));
    assert!(august > 3.0, "seed {seed}: August DAU {august}");
    for day in 10..=15 {
        let x = d(&format!("2026-09-{day:02}"));
        assert!(!dau.contains_key(&x), "activity on {x}: {:?}", dau.get(&x));
    }
    let late = mean_dau(&dau, d("2026-09-25"), d("2026-09-30"));
    assert!(
        late > 0.5 * august,
        "seed {seed}: late September {late} vs August {august}"
    );

    // The analyst's events stop in early September; the new champion is a new
    // contact whose first events come after the silent week.
    let (_, contacts) = read_csv(&f.contacts);
    let champions: Vec<&String> = contacts
        .iter()
        .filter(|c| c["account_id"] == demo::CASE_TIMELY_INTERVENTION && c["role"] == "champion")
        .map(|c| &c["contact_id"])
        .collect();
    let mut last_seen: HashMap<String, NaiveDate> = HashMap::new();
    let mut first_seen: HashMap<String, NaiveDate> = HashMap::new();
    for (day, users) in &dau {
        for u in users {
            last_seen.insert(u.clone(), *day);
            first_seen.entry(u.clone()).or_insert(*day);
        }
    }
    let analyst = champions
        .iter()
        .filter(|c| first_seen.get(**c).is_some_and(|f| *f < d("2026-08-01")))
        .find(|c| {
            last_seen
                .get(**c)
                .is_some_and(|l| *l <= d("2026-09-03") && *l >= d("2026-08-25"))
        });
    assert!(
        analyst.is_some(),
        "a long-standing champion stops in early September"
    );
    let newcomer = champions
        .iter()
        .find(|c| first_seen.get(**c).is_some_and(|f| *f >= d("2026-09-16")));
    assert!(
        newcomer.is_some(),
        "a new champion starts after the silent week"
    );
}

#[test]
fn module_stacking_after_training() {
    for seed in SEEDS {
        module_stacking(seed);
    }
}

fn module_stacking(seed: u64) {
    let cfg = config(14, seed);
    let (_dir, f) = generate(&cfg);
    let training = demo::case_dates(&cfg).training;
    assert_eq!(training, date("2026-06-15"));
    let cat = catalog(&f.catalog);
    let mut before: HashSet<String> = HashSet::new();
    let mut after: HashSet<String> = HashSet::new();
    let mut per_month: BTreeMap<(i32, u32), u64> = BTreeMap::new();
    for_each_event(&f.events, |e| {
        if e.account.as_deref() != Some(demo::CASE_MODULE_STACKING) {
            return;
        }
        let module = e.module.clone().unwrap_or_else(|| cat[&e.event].clone());
        use chrono::Datelike;
        *per_month
            .entry((e.day().year(), e.day().month()))
            .or_default() += 1;
        if e.day() < training {
            before.insert(module)
        } else {
            after.insert(module)
        };
    });
    let expected: HashSet<String> = ["monitoring", "visualization"].map(String::from).into();
    assert_eq!(before, expected);
    assert!(after.len() >= 4, "seed {seed}: after training: {after:?}");
    assert!(after.contains("data_collection") && after.contains("analysis"));
    // Licensed for at least four modules the whole time.
    let (_, subs) = read_csv(&f.subscriptions);
    for s in subs
        .iter()
        .filter(|s| s["account_id"] == demo::CASE_MODULE_STACKING)
    {
        assert!(s["modules"].split(';').count() >= 4, "{s:?}");
    }
    // Usage grows: September-October above April-May.
    let sum = |keys: &[(i32, u32)]| {
        keys.iter()
            .map(|k| per_month.get(k).copied().unwrap_or(0))
            .sum::<u64>()
    };
    let pre = sum(&[(2026, 4), (2026, 5)]);
    let post = sum(&[(2026, 9), (2026, 10)]);
    assert!(
        post as f64 > 1.2 * pre as f64,
        "seed {seed}: pre {pre} post {post}"
    );
}

#[test]
fn case_dates_follow_end_day() {
    let cfg = demo::DemoConfig {
        end_day: date("2027-03-31"),
        ..Default::default()
    };
    let d = demo::case_dates(&cfg);
    assert_eq!(d.september, date("2026-09-01"));
    assert_eq!(d.training, date("2026-11-13"));
}
