//! Needs segmentation finds the needs planted in the demo portfolio from usage alone.

use import::{EventOptions, ImportKind};
use metrics::{Scope, Settings};
use segments::crosstab::{adjusted_rand, crosstab};
use segments::needs::INACTIVE;
use segments::{By, SegmentSettings, segment};
use store::{KeyChoice, Workspace};

#[tokio::test]
async fn needs_segments_recover_the_planted_needs() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = demo::DemoConfig { accounts: 150, months: 12, ..Default::default() };
    let files = demo::generate(&cfg, dir.path()).unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("needs".to_string())).await.unwrap();
    for (kind, file) in [
        (ImportKind::Catalog, &files.catalog),
        (ImportKind::Accounts, &files.accounts),
        (ImportKind::Subscriptions, &files.subscriptions),
        (ImportKind::Contacts, &files.contacts),
        (ImportKind::Events, &files.events),
    ] {
        import::import_file(&ws, kind, file, &EventOptions::default()).await.unwrap();
    }
    let analysis = metrics::analyze(&ws, cfg.end_day, Scope::All, &Settings::default()).await.unwrap();
    let planted: std::collections::HashMap<String, Option<&str>> = demo::planted_needs(&cfg).unwrap().into_iter().collect();
    // Every active account in the silhouettes, then k chosen on a sample of 60 of them and
    // refined on all (what a book of more than 3,000 active accounts gets).
    let mut sampled = SegmentSettings::default();
    sampled.needs.silhouette_sample = 60;
    for settings in [SegmentSettings::default(), sampled] {
        let seg = segment(&analysis, &By::Needs, &settings, None).unwrap();
        let (mut truth, mut found) = (Vec::new(), Vec::new());
        for m in seg.memberships.iter().filter(|m| m.segment != INACTIVE) {
            if let Some(Some(need)) = planted.get(&m.account_id) {
                truth.push(need.to_string());
                found.push(m.segment.clone());
            }
        }
        assert!(truth.len() > 100, "{} active accounts with a planted need", truth.len());
        let table = crosstab(&truth, &found, &[], &[]);
        let ari = adjusted_rand(&table.counts).unwrap();
        // Five planted needs; the broad-platform users sit between the others, so a perfect
        // match is not expected, but the partition must be far closer than chance (0).
        assert!(ari > 0.5, "sample {}: adjusted Rand {ari:.3}: {table:?}", settings.needs.silhouette_sample);
        let k = seg.needs.as_ref().unwrap().k;
        assert!((3..=6).contains(&k), "sample {}: k = {k}", settings.needs.silhouette_sample);
    }
}
