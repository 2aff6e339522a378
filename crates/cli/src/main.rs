//! `waypoint`: the headless shell over Waypoint's engine, for CI, benchmarks and power users.
//! It parses arguments, calls the library crates and prints; it holds no logic of its own.

mod analytics;
mod args;
mod bench;
mod bench_analytics;
mod bench_charts;
mod bench_decks;
mod bench_export;
mod commands;
mod open;
mod progress;
mod segments_cmd;
mod retention_cmd;
mod playbooks_cmd;
mod chart_cmd;
mod deck_cmd;

use clap::Parser;

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
    Charts(#[from] charts::Error),
    #[error(transparent)]
    Decks(#[from] decks::Error),
    #[error(transparent)]
    Views(#[from] views::Error),
    #[error("{0}")]
    Usage(String),
    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },
}

fn main() {
    // Rust ignores SIGPIPE, so `waypoint tasks | head` would panic on the closed pipe; a CLI
    // should end quietly instead, like every Unix tool.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = args::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("WAYPOINT_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = runtime.block_on(commands::run(cli)) {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}
