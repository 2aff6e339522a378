//! The TypeScript types in ui/src/lib/bindings are generated from the Rust types here.
//! This test fails when they are stale; regenerate with
//!     WAYPOINT_UPDATE_BINDINGS=1 cargo test -p waypoint-app --test bindings

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ts_rs::{Config, TS};
use waypoint_app_lib::{AppError, SessionInfo, WorkspaceView};

fn bindings_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings")
}

/// Every `.ts` file in `dir`, by file name.
fn read_ts_files(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "ts"))
        .map(|entry| {
            let text = std::fs::read_to_string(entry.path()).expect("readable binding file");
            (entry.file_name().to_string_lossy().into_owned(), text)
        })
        .collect()
}

fn generate(out: &Path) -> BTreeMap<String, String> {
    // Counts are u64 in Rust but plain JSON numbers on the wire: type them as `number`.
    let cfg = Config::new().with_large_int("number").with_out_dir(out);
    // Every type a command takes or returns; their dependencies come along.
    WorkspaceView::export_all(&cfg).expect("export WorkspaceView");
    AppError::export_all(&cfg).expect("export AppError");
    SessionInfo::export_all(&cfg).expect("export SessionInfo");
    views::Theme::export_all(&cfg).expect("export Theme");
    views::home::Home::export_all(&cfg).expect("export Home");
    views::accounts::AccountList::export_all(&cfg).expect("export AccountList");
    views::backtest_view::HealthBacktest::export_all(&cfg).expect("export HealthBacktest");
    views::backtest_view::Tuning::export_all(&cfg).expect("export Tuning");
    views::backtest_view::Effects::export_all(&cfg).expect("export Effects");
    views::account::Account360::export_all(&cfg).expect("export Account360");
    views::account::NewTouchpoint::export_all(&cfg).expect("export NewTouchpoint");
    views::demo_book::DemoStep::export_all(&cfg).expect("export DemoStep");
    views::decks::QuarterOption::export_all(&cfg).expect("export QuarterOption");
    views::decks::DeckPreview::export_all(&cfg).expect("export DeckPreview");
    views::decks::DeckFormat::export_all(&cfg).expect("export DeckFormat");
    views::decks::SavedDeck::export_all(&cfg).expect("export SavedDeck");
    views::decks::BatchProgress::export_all(&cfg).expect("export BatchProgress");
    views::decks::BatchSummary::export_all(&cfg).expect("export BatchSummary");
    views::brief_view::BriefOptions::export_all(&cfg).expect("export BriefOptions");
    views::brief_view::Prospect::export_all(&cfg).expect("export Prospect");
    views::brief_view::BriefEvidence::export_all(&cfg).expect("export BriefEvidence");
    views::import_flow::ImportKindInfo::export_all(&cfg).expect("export ImportKindInfo");
    views::import_flow::ImportPreview::export_all(&cfg).expect("export ImportPreview");
    views::import_flow::ImportRequest::export_all(&cfg).expect("export ImportRequest");
    views::import_flow::ImportProgress::export_all(&cfg).expect("export ImportProgress");
    views::import_flow::ImportOutcome::export_all(&cfg).expect("export ImportOutcome");
    views::playbooks_view::TaskInbox::export_all(&cfg).expect("export TaskInbox");
    views::playbooks_view::InboxFilter::export_all(&cfg).expect("export InboxFilter");
    views::playbooks_view::PlaybookView::export_all(&cfg).expect("export PlaybookView");
    views::playbooks_view::Playbook::export_all(&cfg).expect("export Playbook");
    views::playbooks_view::PlaybookOptions::export_all(&cfg).expect("export PlaybookOptions");
    views::playbooks_view::FieldError::export_all(&cfg).expect("export FieldError");
    views::playbooks_view::RunReport::export_all(&cfg).expect("export RunReport");
    views::settings_view::SettingsView::export_all(&cfg).expect("export SettingsView");
    views::settings_view::ScorecardInput::export_all(&cfg).expect("export ScorecardInput");
    views::settings_view::ThresholdInput::export_all(&cfg).expect("export ThresholdInput");
    views::settings_view::BrandInput::export_all(&cfg).expect("export BrandInput");
    views::settings_view::KeyStorage::export_all(&cfg).expect("export KeyStorage");
    views::settings_view::BackupDone::export_all(&cfg).expect("export BackupDone");
    views::segments_view::SegmentsView::export_all(&cfg).expect("export SegmentsView");
    views::segments_view::SegmentMembers::export_all(&cfg).expect("export SegmentMembers");
    views::segments_view::RuleField::export_all(&cfg).expect("export RuleField");
    views::segments_view::RuleCount::export_all(&cfg).expect("export RuleCount");
    read_ts_files(out)
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let scratch = tempfile::tempdir().expect("temp dir");
    let generated = generate(scratch.path());
    assert!(
        generated.contains_key("Status.ts"),
        "Status should be exported as a dependency"
    );

    let dir = bindings_dir();
    if std::env::var_os("WAYPOINT_UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(&dir).expect("create bindings dir");
        for stale in read_ts_files(&dir)
            .keys()
            .filter(|name| !generated.contains_key(*name))
        {
            std::fs::remove_file(dir.join(stale)).expect("remove stale binding");
        }
        for (name, text) in &generated {
            std::fs::write(dir.join(name), text).expect("write binding");
        }
        return;
    }

    let checked_in = read_ts_files(&dir);
    assert_eq!(
        checked_in, generated,
        "ui/src/lib/bindings is stale; run WAYPOINT_UPDATE_BINDINGS=1 cargo test -p waypoint-app --test bindings"
    );
}
