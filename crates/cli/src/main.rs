//! `waypoint`: the headless shell over Waypoint's engine, for CI, benchmarks and power users.
//! It parses arguments, calls the library crates and prints; it holds no logic of its own.

mod analytics;
mod backtest_cmd;
mod tune_cmd;
mod effect_cmd;
mod args;
mod bench;
mod bench_analytics;
mod bench_backtest;
mod bench_charts;
mod bench_decks;
mod bench_export;
mod commands;
mod open;
mod out;
mod progress;
mod segments_cmd;
mod retention_cmd;
mod playbooks_cmd;
mod chart_cmd;
mod deck_cmd;

use clap::Parser;
use i18n::{Arg, Text};

/// Errors reach the user as one line on stderr and exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error(transparent)]
    Import(#[from] import::Error),
    #[error(transparent)]
    Demo(#[from] demo::DemoError),
    #[error(transparent)]
    Metrics(#[from] metrics::Error),
    #[error(transparent)]
    Segments(#[from] segments::Error),
    #[error(transparent)]
    Retention(#[from] retention::Error),
    #[error(transparent)]
    Playbooks(#[from] playbooks::Error),
    #[error(transparent)]
    Backtest(#[from] backtest::Error),
    #[error(transparent)]
    Charts(#[from] charts::Error),
    #[error(transparent)]
    Decks(#[from] decks::Error),
    #[error(transparent)]
    Views(#[from] views::Error),
    #[error("{0}")]
    Usage(String),
    /// A flag or file the command cannot use, said in the reader's language.
    #[error("{}", .0.render(i18n::Lang::En))]
    Invalid(Text),
    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },
}

/// A flag whose value is wrong: "--as-of: <why>", the why in the reader's language.
pub(crate) fn flag(name: &str, why: Text) -> CliError {
    CliError::Invalid(Text::new("cli-usage-flag").arg("flag", Arg::Str(name.to_string())).arg("reason", Arg::Text(Box::new(why))))
}

/// A settings or playbook file that does not read: its path and the parser's words (which
/// name the line and column; they come from serde and stay in English).
pub(crate) fn file_error(file: &std::path::Path, e: impl std::fmt::Display) -> CliError {
    CliError::Invalid(Text::new("cli-usage-file").arg("file", Arg::Str(file.display().to_string())).arg("detail", Arg::Str(e.to_string())))
}

fn main() {
    // Rust ignores SIGPIPE, so `waypoint tasks | head` would panic on the closed pipe; a CLI
    // should end quietly instead, like every Unix tool.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = args::Cli::parse();
    let lang = cli.language();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("WAYPOINT_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            fail(lang, &i18n::tr!(lang, "cli-error-runtime", reason = e.to_string()));
        }
    };
    if let Err(e) = runtime.block_on(commands::run(cli)) {
        fail(lang, &e.text().render(lang));
    }
}

/// The one place an error reaches the user: one line on stderr, exit code 2. A localized
/// `CliError` only needs to change what `message` is built from.
fn fail(lang: i18n::Lang, message: &str) -> ! {
    eprintln!("{}", i18n::tr!(lang, "cli-error", message = message));
    std::process::exit(2);
}

impl CliError {
    /// The message in the run's language: the crates' own texts, and the CLI's for the rest.
    fn text(&self) -> i18n::Text {
        match self {
            CliError::Store(e) => e.text(),
            CliError::Import(e) => e.text(),
            CliError::Demo(e) => {
                let (key, detail) = match e {
                    demo::DemoError::InvalidConfig(d) => ("error-demo-config", d.clone()),
                    demo::DemoError::Io(e) => ("error-demo-io", e.to_string()),
                    demo::DemoError::Csv(e) => ("error-demo-csv", e.to_string()),
                    demo::DemoError::Parquet(e) => ("error-demo-parquet", e.clone()),
                };
                Text::new(key).arg("detail", Arg::Str(detail))
            }
            CliError::Metrics(e) => e.text(),
            CliError::Segments(e) => e.text(),
            CliError::Retention(e) => e.text(),
            CliError::Playbooks(e) => e.text(),
            CliError::Backtest(e) => e.text(),
            CliError::Charts(e) => e.text(),
            CliError::Decks(e) => e.text(),
            CliError::Views(e) => e.text(),
            CliError::Usage(d) => Text::new("error-cli-usage").arg("detail", Arg::Str(d.clone())),
            CliError::Invalid(t) => t.clone(),
            CliError::Io { context, source } => {
                Text::new("error-cli-io").arg("context", Arg::Str(context.clone())).arg("detail", Arg::Str(source.to_string()))
            }
        }
    }
}
