use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use import::{EventOptions, ImportKind, ImportReport, UnknownAccounts};
use store::{KeyChoice, Workspace};

use crate::args::{BenchCommand, Cli, Command, DeckCommand, KeyTarget, PlaybookCommand, RetentionCommand, TouchpointCommand, Unknown};
use crate::progress::{spinner, FileProgress};
use crate::{open, CliError};

pub async fn run(cli: Cli) -> Result<(), CliError> {
    let path = open::workspace_path(cli.workspace)?;
    match cli.command {
        Command::Init { passphrase, currency } => {
            let ws = open::create(&path, passphrase).await?;
            let how = if ws.uses_keyring() { "key in the OS keyring" } else { "passphrase" };
            let stored = match &currency {
                Some(c) => ws.set_reporting_currency(c).await,
                None => Ok(()),
            };
            println!("Created {} ({how})", ws.path().display());
            if let Some(c) = &currency {
                println!("Reporting currency: {c}");
            }
            ws.close().await;
            stored?;
        }
        Command::Settings { reporting_currency, json } => crate::analytics::settings_cmd(&path, reporting_currency, json).await?,
        Command::Demo { accounts, months, modules, seed, end, keep_files, json } => {
            let end_day = domain::Day::parse(&end).map_err(|e| CliError::Usage(format!("--end: {e}")))?.0;
            let cfg = demo::DemoConfig { accounts, months, modules, seed, end_day };
            let ws = if path.exists() { open::open(&path).await? } else { open::create(&path, false).await? };
            let tmp;
            let dir = match &keep_files {
                Some(d) => {
                    std::fs::create_dir_all(d).map_err(|e| CliError::Io { context: d.display().to_string(), source: e })?;
                    d.as_path()
                }
                None => {
                    tmp = tempfile::tempdir().map_err(|e| CliError::Io { context: "temp dir".into(), source: e })?;
                    tmp.path()
                }
            };
            let bar = spinner("generating demo data");
            let files = demo::generate(&cfg, dir)?;
            bar.finish_and_clear();
            let reports = load_demo(&ws, &files).await?;
            if json {
                print_json(&reports);
            } else {
                for r in &reports {
                    print_report(r);
                }
                println!("Demo portfolio loaded into {}", ws.path().display());
            }
            ws.close().await;
        }
        Command::Import { kind, file, module_map, unknown_accounts, json } => {
            let ws = open::open(&path).await?;
            let opts = EventOptions {
                unknown_accounts: match unknown_accounts {
                    Unknown::Error => UnknownAccounts::Error,
                    Unknown::Skip => UnknownAccounts::Skip,
                    Unknown::Create => UnknownAccounts::Create,
                },
                module_map,
            };
            let report = import_with_progress(&ws, kind, &file, opts).await;
            ws.close().await;
            let report = report?;
            if json {
                print_json(&report);
            } else {
                print_report(&report);
            }
        }
        Command::Status { json } => {
            let ws = open::open(&path).await?;
            let s = ws.status().await;
            let shown = ws.path().display().to_string();
            ws.close().await;
            let s = s?;
            if json {
                print_json(&s);
            } else {
                println!("{shown}");
                let v = serde_json::to_value(&s).expect("plain struct");
                for (k, n) in v.as_object().expect("struct is an object") {
                    println!("  {k:<14} {n}");
                }
            }
        }
        Command::Usage { account, from, to, json } => {
            let ws = open::open(&path).await?;
            let rows = ws.usage(&account, from.as_deref(), to.as_deref()).await;
            ws.close().await;
            let rows = rows?;
            if json {
                print_json(&rows);
            } else {
                println!("{:<10}  {:<18} {:>8} {:>6} {:>6}", "day", "module", "events", "users", "value");
                for r in rows {
                    println!("{:<10}  {:<18} {:>8} {:>6} {:>6}", r.day, r.module, r.events, r.active_users, r.value_events);
                }
            }
        }
        Command::Rekey { to } => {
            let ws = open::open(&path).await?;
            let choice = match to {
                KeyTarget::Keyring => KeyChoice::Keyring,
                KeyTarget::Passphrase => KeyChoice::passphrase(open::rekey_passphrase()?),
            };
            let ws = ws.rekey(choice).await?;
            let how = if ws.uses_keyring() { "a new key in the OS keyring" } else { "the new passphrase" };
            println!("Re-encrypted {} with {how}", ws.path().display());
            ws.close().await;
        }
        Command::Backup { file } => {
            let ws = open::open(&path).await?;
            let dest = ws.backup(&file).await;
            let shown = ws.path().display().to_string();
            ws.close().await;
            println!("Backed up {shown} to {}", dest?.display());
        }
        Command::Restore { file } => {
            let ws = Workspace::restore(&path, &file, &KeyChoice::from_env()).await?;
            println!("Restored {} from {}", ws.path().display(), file.display());
            ws.close().await;
        }
        Command::Metrics { at, by, json } => crate::analytics::metrics_cmd(&path, at, by, json).await?,
        Command::Alerts { at, account, json } => crate::analytics::alerts_cmd(&path, at, account, json).await?,
        Command::Health { at, account, save, backfill_weeks, json } => {
            crate::analytics::health_cmd(&path, at, account, save, backfill_weeks, json).await?
        }
        Command::Segments { at, by, save, list, fields, json } => {
            crate::segments_cmd::run(&path, crate::segments_cmd::Options { at, by, save, list, fields, json }).await?
        }
        Command::Playbooks { what } => match what {
            PlaybookCommand::List { json } => crate::playbooks_cmd::list(&path, json).await?,
            PlaybookCommand::Add { file } => crate::playbooks_cmd::add(&path, &file).await?,
            PlaybookCommand::Enable { key } => crate::playbooks_cmd::enable(&path, &key, true).await?,
            PlaybookCommand::Disable { key } => crate::playbooks_cmd::enable(&path, &key, false).await?,
            PlaybookCommand::Run { at, json } => crate::playbooks_cmd::run(&path, at, json).await?,
        },
        Command::Tasks { at, owner, account, all, done, json } => {
            let filter = playbooks::Filter { owner, account, all };
            crate::playbooks_cmd::tasks(&path, at, filter, done, json).await?
        }
        Command::Touchpoint { what: TouchpointCommand::Log { account, kind, summary, day, owner } } => {
            crate::playbooks_cmd::log_touchpoint(&path, account, kind, summary, day, owner).await?
        }
        Command::Touchpoint { what: TouchpointCommand::List { account, json } } => {
            crate::playbooks_cmd::touchpoints(&path, &account, json).await?
        }
        Command::Workload { at, json } => crate::playbooks_cmd::workload(&path, at, json).await?,
        Command::Brief { profile, out, at, brand } => crate::deck_cmd::brief(&path, &profile, &out, at, brand).await?,
        Command::Deck { what: DeckCommand::Portfolio { quarter, out, brand, settings } } => crate::deck_cmd::portfolio(&path, &quarter, &out, brand, settings).await?,
        Command::Deck { what: DeckCommand::Qbr { account, all, quarter, out, out_dir, format, brand, settings } } => {
            crate::deck_cmd::qbr(&path, crate::deck_cmd::QbrOptions { account, all, quarter, out, out_dir, format, brand, settings }).await?
        }
        Command::Chart { kind, account, segment, from, to, mut at, mix, by, theme, out } => {
            at.as_of = to.or(at.as_of);
            crate::chart_cmd::run(&path, crate::chart_cmd::Options { kind, account, segment, from, at, mix, by, theme, out }).await?
        }
        Command::Retention { what: RetentionCommand::Fit { counts, horizon, discount, value, json } } => {
            crate::retention_cmd::fit(&counts, horizon, discount, value, json)?
        }
        Command::Retention { what: RetentionCommand::Curves { at, by, discount, json } } => {
            crate::retention_cmd::curves(&path, at, &by, discount, json).await?
        }
        Command::Account { id, at, json } => crate::analytics::account_cmd(&path, id, at, json).await?,
        Command::Bench { what: BenchCommand::Import { events, accounts, no_baseline, keep, json } } => {
            crate::bench::import(events, accounts, !no_baseline, keep, json).await?;
        }
        Command::Bench { what: BenchCommand::Decks { accounts, dir, runs, python, json } } => crate::bench_decks::run(accounts, &dir, runs, python, json).await?,
        Command::Bench { what: BenchCommand::Charts { runs, dir, matplotlib, json } } => crate::bench_charts::run(runs, &dir, matplotlib, json)?,
        Command::Bench { what: BenchCommand::Analytics { accounts, months, modules, dir, runs, json, pandas } } => {
            crate::bench_analytics::run(crate::bench_analytics::Options { accounts, months, modules, dir, runs, json, pandas }).await?;
        }
    }
    Ok(())
}

/// Imports the demo files in dependency order (catalog and accounts before what refers to them).
pub async fn load_demo(ws: &Workspace, files: &demo::DemoFiles) -> Result<Vec<ImportReport>, CliError> {
    let mut reports = Vec::new();
    for (kind, file) in import::demo_files::steps(files) {
        reports.push(import_with_progress(ws, kind, file, EventOptions::default()).await?);
    }
    Ok(reports)
}

async fn import_with_progress(ws: &Workspace, kind: ImportKind, file: &Path, events: EventOptions) -> Result<ImportReport, CliError> {
    let counter = Arc::new(AtomicU64::new(0));
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    let seen = counter.clone();
    let opts = import::ImportOptions {
        events,
        progress: Some(Arc::new(move |p: import::ImportProgress| seen.store(p.bytes_read, Ordering::Relaxed))),
        ..Default::default()
    };
    // The events file is the one big enough to watch.
    let bar = (kind == ImportKind::Events).then(|| FileProgress::start("events", size, counter));
    let result = import::import_file_with(ws, kind, file, &opts).await;
    if let Some(b) = bar {
        b.finish();
    }
    Ok(result?)
}

fn print_report(r: &ImportReport) {
    println!(
        "{:<13} {:>9} rows: {} new, {} updated, {} unchanged, {} skipped",
        r.kind, r.rows, r.inserted, r.updated, r.unchanged, r.skipped
    );
    for n in &r.notes {
        println!("              note: {n}");
    }
}

pub fn print_json<T: serde::Serialize>(v: &T) {
    println!("{}", serde_json::to_string_pretty(v).expect("serializable"));
}
