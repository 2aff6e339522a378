use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use i18n::{Formats, Lang, tr};
use import::{EventOptions, ImportKind, ImportReport, UnknownAccounts};
use store::{KeyChoice, Workspace};

use crate::args::{BenchCommand, Cli, Command, DeckCommand, HealthCommand, KeyTarget, PlaybookCommand, RetentionCommand, TouchpointCommand, Unknown};
use crate::out::{self, Align, Table};
use crate::progress::{spinner, FileProgress};
use crate::{open, CliError};

pub async fn run(cli: Cli) -> Result<(), CliError> {
    let lang = cli.language();
    open::speak(lang);
    run_in(lang, cli).await
}

/// Runs the command with every human line in `lang` (JSON output does not depend on it).
pub async fn run_in(lang: Lang, cli: Cli) -> Result<(), CliError> {
    let path = open::workspace_path(cli.workspace)?;
    match cli.command {
        Command::Init { passphrase, currency } => {
            let ws = open::create(&path, passphrase).await?;
            let created = if ws.uses_keyring() { "cli-created-keyring" } else { "cli-created-passphrase" };
            let stored = match &currency {
                Some(c) => ws.set_reporting_currency(c).await,
                None => Ok(()),
            };
            println!("{}", tr!(lang, created, path = ws.path().display().to_string()));
            if let Some(c) = &currency {
                println!("{}", tr!(lang, "cli-reporting-currency", currency = c.to_string()));
            }
            ws.close().await;
            stored?;
        }
        Command::Settings { reporting_currency, json } => crate::analytics::settings_cmd(lang, &path, reporting_currency, json).await?,
        Command::Demo { accounts, months, modules, seed, end, keep_files, locale, usage, json } => {
            let end_day = domain::Day::parse(&end).map_err(|e| crate::flag("--end", e.text()))?.0;
            let cfg = demo::DemoConfig { accounts, months, modules, seed, end_day, locale, usage: usage.into(), ..Default::default() };
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
            let bar = spinner(&tr!(lang, "cli-demo-generating"));
            let files = demo::generate(&cfg, dir)?;
            bar.finish_and_clear();
            let reports = load_demo_in(lang, &ws, &files).await?;
            if json {
                print_json(&reports);
            } else {
                for r in &reports {
                    print_report(lang, r);
                }
                if let Some(c) = files.reporting_currency {
                    println!("{}", tr!(lang, "cli-reporting-currency", currency = c));
                }
                println!("{}", tr!(lang, "cli-demo-loaded", path = ws.path().display().to_string()));
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
            let report = import_with_progress(lang, &ws, kind, &file, opts).await;
            ws.close().await;
            let report = report?;
            if json {
                print_json(&report);
            } else {
                print_report(lang, &report);
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
                // Each count under its name in the catalogue (`cli-status-accounts`…), in the
                // JSON's order so a new counter shows up without touching this.
                let v = serde_json::to_value(&s).expect("plain struct");
                let mut t = Table::new("  ", &[Align::Left, Align::Right]);
                for (k, n) in v.as_object().expect("struct is an object") {
                    t.row([out::term(lang, "cli-status", k), Formats::of(lang).int(n.as_i64().unwrap_or_default())]);
                }
                t.print();
            }
        }
        Command::Doctor { rollups: _, json } => {
            let ws = open::open(&path).await?;
            let check = ws.check_rollups().await;
            ws.close().await;
            let check = check?;
            if json {
                print_json(&check);
            } else {
                let f = Formats::of(lang);
                let tables = [
                    ("usage-days", &check.usage_days),
                    ("usage-weeks", &check.usage_weeks),
                    ("user-weeks", &check.user_weeks),
                    ("first-value-days", &check.first_value_days),
                ];
                for (name, t) in tables {
                    let table = out::term(lang, "cli-doctor", name);
                    let line = if t.agrees() {
                        tr!(lang, "cli-doctor-agrees", table = table, rows = f.int(t.rows as i64))
                    } else {
                        tr!(lang, "cli-doctor-differs", table = table, rows = f.int(t.rows as i64), missing = f.int(t.missing_or_different as i64), extra = f.int(t.extra_or_different as i64))
                    };
                    println!("{line}");
                }
            }
            if !check.agrees() {
                return Err(CliError::Invalid(i18n::Text::new("cli-doctor-failed")));
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
                let f = Formats::of(lang);
                let right = Align::Right;
                let mut t = Table::new("", &[Align::Left, Align::Left, right, right, right]);
                t.row(["day", "module", "events", "users", "value"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
                for r in rows {
                    t.row([out::day(lang, &r.day), r.module, f.int(r.events), f.int(r.active_users), f.int(r.value_events)]);
                }
                t.print();
            }
        }
        Command::Rekey { to } => {
            let ws = open::open(&path).await?;
            let choice = match to {
                KeyTarget::Keyring => KeyChoice::Keyring,
                KeyTarget::Passphrase => KeyChoice::passphrase(open::rekey_passphrase()?),
            };
            let ws = ws.rekey(choice).await?;
            let done = if ws.uses_keyring() { "cli-rekeyed-keyring" } else { "cli-rekeyed-passphrase" };
            println!("{}", tr!(lang, done, path = ws.path().display().to_string()));
            ws.close().await;
        }
        Command::Backup { file } => {
            let ws = open::open(&path).await?;
            let dest = ws.backup(&file).await;
            let shown = ws.path().display().to_string();
            ws.close().await;
            println!("{}", tr!(lang, "cli-backed-up", path = shown, file = dest?.display().to_string()));
        }
        Command::Restore { file } => {
            let ws = Workspace::restore(&path, &file, &KeyChoice::from_env()).await?;
            println!("{}", tr!(lang, "cli-restored", path = ws.path().display().to_string(), file = file.display().to_string()));
            ws.close().await;
        }
        Command::Metrics { at, by, json } => crate::analytics::metrics_cmd(lang, &path, at, by, json).await?,
        Command::Alerts { at, account, json } => crate::analytics::alerts_cmd(lang, &path, at, account, json).await?,
        Command::Health { what: Some(HealthCommand::Backtest { history, by, json }), .. } => {
            crate::backtest_cmd::run(lang, &path, &history, by, json).await?
        }
        Command::Health { what: Some(HealthCommand::Tune { history, holdout, apply, json }), .. } => {
            crate::tune_cmd::run(lang, &path, &history, holdout, apply, json).await?
        }
        Command::Health { what: None, at, account, save, backfill_weeks, json } => {
            crate::analytics::health_cmd(lang, &path, at, account, save, backfill_weeks, json).await?
        }
        Command::Segments { at, by, save, list, refit, fields, json } => {
            crate::segments_cmd::run(lang, &path, crate::segments_cmd::Options { at, by, save, list, refit, fields, json }).await?
        }
        Command::Playbooks { what } => match what {
            PlaybookCommand::List { json } => crate::playbooks_cmd::list(lang, &path, json).await?,
            PlaybookCommand::Add { file } => crate::playbooks_cmd::add(lang, &path, &file).await?,
            PlaybookCommand::Enable { key } => crate::playbooks_cmd::enable(lang, &path, &key, true).await?,
            PlaybookCommand::Disable { key } => crate::playbooks_cmd::enable(lang, &path, &key, false).await?,
            PlaybookCommand::Run { at, json } => crate::playbooks_cmd::run(lang, &path, at, json).await?,
            PlaybookCommand::Effect { settings, json } => crate::effect_cmd::run(lang, &path, settings.as_ref(), json).await?,
        },
        Command::Tasks { at, owner, account, all, done, json } => {
            let filter = playbooks::Filter { owner, account, all, limit: None };
            crate::playbooks_cmd::tasks(lang, &path, at, filter, done, json).await?
        }
        Command::Touchpoint { what: TouchpointCommand::Log { account, kind, summary, day, owner } } => {
            crate::playbooks_cmd::log_touchpoint(lang, &path, account, kind, summary, day, owner).await?
        }
        Command::Touchpoint { what: TouchpointCommand::List { account, json } } => {
            crate::playbooks_cmd::touchpoints(lang, &path, &account, json).await?
        }
        Command::Workload { at, json } => crate::playbooks_cmd::workload(lang, &path, at, json).await?,
        Command::Brief { profile, out, at, brand } => crate::deck_cmd::brief(&path, &profile, &out, at, brand, lang).await?,
        Command::Deck { what: DeckCommand::Portfolio { quarter, out, brand, settings, backtest } } => {
            crate::deck_cmd::portfolio(&path, &quarter, &out, brand, settings, backtest, lang).await?
        }
        Command::Deck { what: DeckCommand::Qbr { account, all, quarter, out, out_dir, format, brand, settings } } => {
            crate::deck_cmd::qbr(&path, crate::deck_cmd::QbrOptions { account, all, quarter, out, out_dir, format, brand, settings, lang }).await?
        }
        Command::Chart { kind, account, segment, from, to, mut at, mix, by, theme, out } => {
            at.as_of = to.or(at.as_of);
            crate::chart_cmd::run(&path, crate::chart_cmd::Options { kind, account, segment, from, at, mix, by, theme, out, lang }).await?
        }
        Command::Retention { what: RetentionCommand::Fit { counts, horizon, discount, value, json } } => {
            crate::retention_cmd::fit(lang, &counts, horizon, discount, value, json)?
        }
        Command::Retention { what: RetentionCommand::Curves { at, by, discount, json } } => {
            crate::retention_cmd::curves(lang, &path, at, &by, discount, json).await?
        }
        Command::Account { id, at, json } => crate::analytics::account_cmd(lang, &path, id, at, json).await?,
        Command::Bench { what: BenchCommand::Import { events, accounts, no_baseline, keep, parts, json } } => {
            crate::bench::import(events, accounts, !no_baseline, keep, parts, json).await?;
        }
        Command::Bench { what: BenchCommand::Decks { accounts, dir, runs, python, json } } => crate::bench_decks::run(accounts, &dir, runs, python, json).await?,
        Command::Bench { what: BenchCommand::Charts { runs, dir, matplotlib, json } } => crate::bench_charts::run(runs, &dir, matplotlib, json)?,
        Command::Bench { what: BenchCommand::Backtest { accounts, months, modules, dir, runs, json, python } } => {
            crate::bench_backtest::run(crate::bench_backtest::Options { accounts, months, modules, dir, runs, json, python }).await?;
        }
        Command::Bench { what: BenchCommand::Analytics { accounts, months, modules, dir, runs, json, pandas, app_memory, usage } } => {
            crate::bench_analytics::run(crate::bench_analytics::Options { accounts, months, modules, dir, runs, json, pandas, app_memory, usage: usage.into() }).await?;
        }
    }
    Ok(())
}

/// Imports the demo files in dependency order (catalog and accounts before what refers to them),
/// setting the reporting currency first when the book mixes currencies.
pub async fn load_demo(ws: &Workspace, files: &demo::DemoFiles) -> Result<Vec<ImportReport>, CliError> {
    load_demo_in(Lang::En, ws, files).await
}

/// [`load_demo`] with the progress bar's words in `lang`.
pub async fn load_demo_in(lang: Lang, ws: &Workspace, files: &demo::DemoFiles) -> Result<Vec<ImportReport>, CliError> {
    import::demo_files::set_reporting_currency(ws, files).await?;
    let mut reports = Vec::new();
    for (kind, file) in import::demo_files::steps(files) {
        reports.push(import_with_progress(lang, ws, kind, file, EventOptions::default()).await?);
    }
    // The CSMs' playbook work over the history, for `playbooks effect`.
    playbooks::history::load(ws, &files.tasks).await?;
    Ok(reports)
}

async fn import_with_progress(lang: Lang, ws: &Workspace, kind: ImportKind, file: &Path, events: EventOptions) -> Result<ImportReport, CliError> {
    let counter = Arc::new(AtomicU64::new(0));
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    let seen = counter.clone();
    let opts = import::ImportOptions {
        events,
        progress: Some(Arc::new(move |p: import::ImportProgress| seen.store(p.bytes_read, Ordering::Relaxed))),
        ..Default::default()
    };
    // The events file is the one big enough to watch.
    let bar = (kind == ImportKind::Events).then(|| FileProgress::start(lang, &out::term(lang, "cli-kind", "events"), size, counter));
    let result = import::import_file_with(ws, kind, file, &opts).await;
    if let Some(b) = bar {
        b.finish();
    }
    Ok(result?)
}

fn print_report(lang: Lang, r: &ImportReport) {
    let n = |x: u64| x as i64;
    let counts = tr!(
        lang,
        "cli-import-report",
        rows = n(r.rows),
        inserted = n(r.inserted),
        updated = n(r.updated),
        unchanged = n(r.unchanged),
        skipped = n(r.skipped)
    );
    // Kinds padded to the widest, in whatever language, so reports of several files line up.
    let w = import::ImportKind::ALL.iter().map(|k| out::width(&out::term(lang, "cli-kind", k.as_str()))).max().unwrap_or(0);
    println!("{}  {counts}", out::pad(&out::term(lang, "cli-kind", &r.kind), w, Align::Left));
    for note in &r.notes {
        println!("{}  {}", " ".repeat(w), tr!(lang, "cli-import-note", note = note.as_str()));
    }
}

pub fn print_json<T: serde::Serialize>(v: &T) {
    println!("{}", serde_json::to_string_pretty(v).expect("serializable"));
}
