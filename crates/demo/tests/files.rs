//! Format and integrity of the written files.

mod common;

use std::collections::{HashMap, HashSet};

use common::{catalog, config, date, for_each_event, generate, read_csv};

#[test]
fn same_seed_gives_identical_files_and_other_seed_differs() {
    let cfg = demo::DemoConfig {
        months: 6,
        ..config(15, 7)
    };
    let (a, fa) = generate(&cfg);
    let (b, _) = generate(&cfg);
    let (c, fc) = generate(&demo::DemoConfig {
        seed: 8,
        ..cfg.clone()
    });
    let names = [
        "catalog.csv",
        "accounts.csv",
        "subscriptions.csv",
        "contacts.csv",
        "tickets.csv",
        "nps.csv",
        "milestones.csv",
        "events.jsonl",
    ];
    for n in names {
        let x = std::fs::read(a.path().join(n)).unwrap();
        let y = std::fs::read(b.path().join(n)).unwrap();
        assert!(x == y, "{n} differs between two runs with the same seed");
    }
    for n in [
        "accounts.csv",
        "contacts.csv",
        "events.jsonl",
        "subscriptions.csv",
    ] {
        let x = std::fs::read(a.path().join(n)).unwrap();
        let z = std::fs::read(c.path().join(n)).unwrap();
        assert!(x != z, "{n} is the same for seeds 7 and 8");
    }
    assert_ne!(fa.stats.events, fc.stats.events);
}

#[test]
fn headers_are_exact() {
    let (_dir, f) = generate(&demo::DemoConfig {
        months: 3,
        ..config(12, 1)
    });
    let expect: [(&std::path::Path, &[&str]); 7] = [
        (&f.catalog, &["event", "module", "feature", "value_event"]),
        (
            &f.accounts,
            &[
                "account_id",
                "name",
                "industry",
                "region",
                "employees",
                "owner",
                "lifecycle_stage",
                "created_at",
                "tier",
                "website",
            ],
        ),
        (
            &f.subscriptions,
            &[
                "account_id",
                "subscription_id",
                "plan",
                "mrr",
                "currency",
                "start_date",
                "end_date",
                "modules",
            ],
        ),
        (
            &f.contacts,
            &["contact_id", "account_id", "name", "email", "role"],
        ),
        (
            &f.tickets,
            &[
                "ticket_id",
                "account_id",
                "opened_at",
                "first_response_at",
                "resolved_at",
                "priority",
                "csat",
            ],
        ),
        (
            &f.nps,
            &[
                "response_id",
                "account_id",
                "contact_id",
                "responded_at",
                "score",
                "comment",
            ],
        ),
        (
            &f.milestones,
            &[
                "milestone_id",
                "account_id",
                "title",
                "owner_side",
                "due_date",
                "completed_at",
            ],
        ),
    ];
    for (path, header) in expect {
        let text = std::fs::read_to_string(path).unwrap();
        let first = text.lines().next().unwrap();
        assert_eq!(first, header.join(","), "{}", path.display());
    }
}

#[test]
fn rows_are_well_formed_and_reference_existing_accounts() {
    let cfg = config(40, 3);
    let (_dir, f) = generate(&cfg);
    let first = demo::first_day(&cfg);
    let last = cfg.end_day;

    let (_, accounts) = read_csv(&f.accounts);
    assert_eq!(accounts.len(), 40);
    assert_eq!(f.stats.accounts, 40);
    let ids: HashSet<String> = accounts.iter().map(|r| r["account_id"].clone()).collect();
    assert_eq!(ids.len(), 40, "account ids unique");
    let names: HashSet<&String> = accounts.iter().map(|r| &r["name"]).collect();
    assert_eq!(names.len(), 40, "account names unique");
    for a in &accounts {
        assert_eq!(a["lifecycle_stage"], "", "stages are derived from the data, not set: {a:?}");
        assert!(a["employees"].parse::<u32>().unwrap() > 0);
        date(&a["created_at"]);
        assert!(a["website"].starts_with("https://www."));
    }

    // Subscriptions: periods well-formed, no overlaps within a subscription.
    let (_, subs) = read_csv(&f.subscriptions);
    assert_eq!(subs.len() as u64, f.stats.subscriptions);
    let modules: HashSet<String> = catalog(&f.catalog).into_values().collect();
    let mut by_sub: HashMap<String, Vec<(chrono::NaiveDate, Option<chrono::NaiveDate>)>> =
        HashMap::new();
    for s in &subs {
        assert!(ids.contains(&s["account_id"]), "{s:?}");
        let mrr = &s["mrr"];
        let (units, cents) = mrr.split_once('.').expect("mrr has decimals");
        assert!(
            units.parse::<u64>().unwrap() > 0 && cents.len() == 2,
            "{mrr}"
        );
        assert_eq!(s["currency"], "USD");
        let start = date(&s["start_date"]);
        let end = (!s["end_date"].is_empty()).then(|| date(&s["end_date"]));
        if let Some(e) = end {
            assert!(e > start, "{s:?}");
            assert!(e <= last, "{s:?}");
        }
        assert!(start <= last);
        for m in s["modules"].split(';') {
            assert!(modules.contains(m), "unknown module {m}");
        }
        by_sub
            .entry(s["subscription_id"].clone())
            .or_default()
            .push((start, end));
    }
    for (sub, mut periods) in by_sub {
        periods.sort();
        for w in periods.windows(2) {
            let end = w[0]
                .1
                .unwrap_or_else(|| panic!("{sub}: open period followed by another"));
            assert!(end <= w[1].0, "{sub}: overlapping periods {w:?}");
        }
    }
    // Contacts: one executive sponsor, at least one admin and champion.
    let (_, contacts) = read_csv(&f.contacts);
    let mut contact_account = HashMap::new();
    let mut roles: HashMap<&str, Vec<&str>> = HashMap::new();
    for c in &contacts {
        assert!(ids.contains(&c["account_id"]), "{c:?}");
        assert!(c["email"].contains('@') && c["email"].is_ascii(), "{c:?}");
        assert!(
            contact_account
                .insert(c["contact_id"].clone(), c["account_id"].clone())
                .is_none()
        );
        roles.entry(&c["account_id"]).or_default().push(&c["role"]);
    }
    for (acc, rs) in roles {
        assert_eq!(
            rs.iter().filter(|r| **r == "executive_sponsor").count(),
            1,
            "{acc}"
        );
        assert!(rs.contains(&"admin") && rs.contains(&"champion"), "{acc}");
        assert!(
            rs.iter()
                .all(|r| ["executive_sponsor", "admin", "champion", "user"].contains(r))
        );
    }

    // Tickets: timestamps ordered, CSAT only on resolved tickets.
    let (_, tickets) = read_csv(&f.tickets);
    assert!(!tickets.is_empty());
    let ts = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    for t in &tickets {
        assert!(ids.contains(&t["account_id"]), "{t:?}");
        assert!(t["opened_at"].ends_with('Z'));
        let opened = ts(&t["opened_at"]);
        assert!(opened.date_naive() >= first && opened.date_naive() <= last);
        if !t["first_response_at"].is_empty() {
            assert!(ts(&t["first_response_at"]) >= opened);
        }
        if !t["resolved_at"].is_empty() {
            assert!(ts(&t["resolved_at"]) >= ts(&t["first_response_at"]));
        } else {
            assert!(t["csat"].is_empty());
        }
        assert!(["low", "normal", "high", "urgent"].contains(&t["priority"].as_str()));
        if !t["csat"].is_empty() {
            assert!((1..=5).contains(&t["csat"].parse::<u8>().unwrap()));
        }
    }

    // NPS: respondents are contacts of the same account.
    let (_, nps) = read_csv(&f.nps);
    assert!(!nps.is_empty());
    for n in &nps {
        assert_eq!(
            contact_account.get(&n["contact_id"]),
            Some(&n["account_id"]),
            "{n:?}"
        );
        assert!(n["score"].parse::<u8>().unwrap() <= 10);
        assert!(ts(&n["responded_at"]).date_naive() <= last);
    }
    assert!(
        nps.iter().any(|n| n["comment"].contains(',')),
        "a comment exercises quoting"
    );
    assert!(nps.iter().any(|n| n["comment"].is_empty()));

    // Milestones.
    let (_, ms) = read_csv(&f.milestones);
    for m in &ms {
        assert!(ids.contains(&m["account_id"]), "{m:?}");
        assert!(["customer", "vendor"].contains(&m["owner_side"].as_str()));
        date(&m["due_date"]);
        if !m["completed_at"].is_empty() {
            assert!(ts(&m["completed_at"]).date_naive() <= last, "{m:?}");
        }
    }
    let overdue = ms
        .iter()
        .filter(|m| m["completed_at"].is_empty() && date(&m["due_date"]) < last);
    assert!(overdue.count() > 0, "some milestones are overdue");

    // Events: unique ids, known users of the same account, catalog events.
    let cat = catalog(&f.catalog);
    let mut seen = HashSet::new();
    let (mut n, mut no_module, mut in_props, mut offsets) = (0u64, 0u64, 0u64, 0u64);
    for_each_event(&f.events, |e| {
        n += 1;
        assert!(
            seen.insert(e.message_id.clone()),
            "duplicate messageId {}",
            e.message_id
        );
        let acc = e.account.clone().expect("every event names its account");
        assert_eq!(
            contact_account.get(&e.user),
            Some(&acc),
            "user {} of {acc}",
            e.user
        );
        let module = cat
            .get(&e.event)
            .unwrap_or_else(|| panic!("{} not in catalog", e.event));
        match &e.module {
            Some(m) => assert_eq!(m, module),
            None => no_module += 1,
        }
        if !e.raw_timestamp.ends_with('Z') {
            offsets += 1;
        }
        if e.account_in_properties {
            in_props += 1;
        }
        assert!(e.day() >= first && e.day() <= last, "{}", e.raw_timestamp);
    });
    assert_eq!(n, f.stats.events);
    let share = |x: u64| x as f64 / n as f64;
    assert!(
        (0.07..0.13).contains(&share(no_module)),
        "no-module share {}",
        share(no_module)
    );
    assert!(
        (0.03..0.07).contains(&share(in_props)),
        "account-in-properties share"
    );
    assert!(offsets > 0, "some timestamps carry an offset");
}

#[test]
fn invalid_configs_are_rejected() {
    let dir = tempfile::tempdir().unwrap();
    for cfg in [
        demo::DemoConfig {
            modules: 3,
            ..Default::default()
        },
        demo::DemoConfig {
            modules: 13,
            ..Default::default()
        },
        demo::DemoConfig {
            accounts: 0,
            ..Default::default()
        },
        demo::DemoConfig {
            months: 0,
            ..Default::default()
        },
    ] {
        assert!(matches!(
            demo::generate(&cfg, dir.path()),
            Err(demo::DemoError::InvalidConfig(_))
        ));
    }
}

#[test]
fn module_count_follows_the_config() {
    for n in [4usize, 12] {
        let (_dir, f) = generate(&demo::DemoConfig {
            modules: n,
            months: 2,
            ..config(12, 5)
        });
        let mods: HashSet<String> = catalog(&f.catalog).into_values().collect();
        assert_eq!(mods.len(), n);
        for m in ["data_collection", "monitoring", "visualization", "analysis"] {
            assert!(mods.contains(m));
        }
    }
}
