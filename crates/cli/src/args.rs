use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(name = "waypoint", version, about = "Waypoint customer-success cockpit, headless")]
pub struct Cli {
    /// Workspace file (default: the user's data dir, e.g. ~/.local/share/Waypoint/workspace.waypoint)
    #[arg(long, global = true, env = "WAYPOINT_WORKSPACE")]
    pub workspace: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create a new encrypted workspace (key in the OS keyring, or a passphrase)
    Init {
        /// Use a passphrase instead of the OS keyring (from WAYPOINT_PASSPHRASE or a prompt)
        #[arg(long)]
        passphrase: bool,
    },
    /// Fill the workspace with a realistic, deterministic demo portfolio
    Demo {
        #[arg(long, default_value_t = 300)]
        accounts: usize,
        #[arg(long, default_value_t = 24)]
        months: u32,
        #[arg(long, default_value_t = 6)]
        modules: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Last day of demo data (YYYY-MM-DD)
        #[arg(long, default_value = "2026-10-31")]
        end: String,
        /// Keep the generated canonical files in this directory
        #[arg(long)]
        keep_files: Option<PathBuf>,
        /// Print the import reports as JSON
        #[arg(long)]
        json: bool,
    },
    /// Import a canonical file (see docs/IMPORT.md)
    Import {
        #[arg(value_parser = import_kind)]
        kind: import::ImportKind,
        file: PathBuf,
        /// CSV `event,module` mapping event names to modules (events only)
        #[arg(long)]
        module_map: Option<PathBuf>,
        /// Events of accounts not in the workspace: error, skip or create
        #[arg(long, value_enum, default_value_t = Unknown::Error)]
        unknown_accounts: Unknown,
        #[arg(long)]
        json: bool,
    },
    /// Row counts per kind
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Daily usage rollup of one account
    Usage {
        #[arg(long)]
        account: String,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Re-encrypt under a new key (rotate, or switch keyring <-> passphrase)
    Rekey {
        /// Where the new key lives. A new passphrase comes from WAYPOINT_NEW_PASSPHRASE or a prompt
        /// (WAYPOINT_PASSPHRASE, if set, is the current one)
        #[arg(long, value_enum, default_value_t = KeyTarget::Keyring)]
        to: KeyTarget,
    },
    /// Write a consistent encrypted copy of the workspace (safe while others write)
    Backup { file: PathBuf },
    /// Replace the workspace with a backup made with the same key
    Restore { file: PathBuf },
    /// Benchmarks
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum BenchCommand {
    /// Generate N Segment JSONL events, import them into a fresh encrypted workspace, and
    /// compare with sqlite3's own CSV .import into a plain table
    Import {
        #[arg(long, default_value_t = 10_000_000)]
        events: u64,
        #[arg(long, default_value_t = 2000)]
        accounts: u32,
        /// Skip the sqlite3 baseline
        #[arg(long)]
        no_baseline: bool,
        /// Keep the generated files and workspace in this directory (else a temp dir)
        #[arg(long)]
        keep: Option<std::path::PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

/// Import kinds come from the import crate itself, so the CLI cannot drift from it.
fn import_kind(s: &str) -> Result<import::ImportKind, String> {
    import::ImportKind::parse(s).ok_or_else(|| {
        let all: Vec<&str> = import::ImportKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("expected one of {}", all.join(", "))
    })
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Unknown {
    Error,
    Skip,
    Create,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyTarget {
    Keyring,
    Passphrase,
}
