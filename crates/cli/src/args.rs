use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(name = "waypoint", version, about = "Waypoint customer-success cockpit, headless")]
pub struct Cli {
    /// Workspace file (default: the user's data dir, e.g. ~/.local/share/Waypoint/workspace.waypoint)
    #[arg(long, global = true, env = "WAYPOINT_WORKSPACE")]
    pub workspace: Option<PathBuf>,
    /// Language of the human output, charts and decks: en, zh-CN or fr (default: the OS's)
    #[arg(long, global = true, env = "WAYPOINT_LANG", value_parser = lang)]
    pub lang: Option<i18n::Lang>,
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
        /// Reporting currency, ISO 4217 (EUR). Default: none stored, and revenue reports in the
        /// currency the subscriptions share; books in several currencies need one
        #[arg(long, value_parser = currency)]
        currency: Option<domain::Currency>,
    },
    /// Show the workspace's stored settings, or change the reporting currency
    Settings {
        /// New reporting currency, ISO 4217 (rates must then be imported against it)
        #[arg(long, value_parser = currency)]
        reporting_currency: Option<domain::Currency>,
        #[arg(long)]
        json: bool,
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
        /// Names, text and currencies of the book: en (USD), zh-CN (CNY, USD, EUR; reported in
        /// CNY) or fr (EUR, CHF; reported in EUR). Independent of --lang
        #[arg(long, default_value = "en", value_parser = lang)]
        locale: i18n::Lang,
        /// How usage arrives: raw events (events.jsonl) or a warehouse's daily rollups of the
        /// same events (usage_rollups.parquet, imported as usage-rollups)
        #[arg(long, value_enum, default_value_t = DemoUsage::Events)]
        usage: DemoUsage,
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
    /// Check the workspace: with --rollups (the only check so far, so also the default), rebuild
    /// the daily and week rollups and the first value days from the per-user daily rows and
    /// compare; exits 2 when they disagree
    Doctor {
        #[arg(long)]
        rollups: bool,
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
    /// Revenue as of a day: MRR, ARR, NRR, GRR, logo churn, monthly MRR movements
    Metrics {
        #[command(flatten)]
        at: AsOf,
        /// Also break revenue down by owner (CSM), industry or region
        #[arg(long, value_enum)]
        by: Option<GroupBy>,
        #[arg(long)]
        json: bool,
    },
    /// What needs attention: usage drops, silence, unused modules, detractors, ticket spikes, renewal risk
    Alerts {
        #[command(flatten)]
        at: AsOf,
        #[arg(long)]
        account: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Health scores 0-100 with each component's value and contribution; `health backtest`
    /// checks the score against the churn that followed
    #[command(args_conflicts_with_subcommands = true)]
    Health {
        #[command(subcommand)]
        what: Option<HealthCommand>,
        #[command(flatten)]
        at: AsOf,
        #[arg(long)]
        account: Option<String>,
        /// Store the scores as the day's snapshots
        #[arg(long)]
        save: bool,
        /// Also store weekly snapshots for the N weeks before, recomputed from the data then
        #[arg(long, value_name = "N")]
        backfill_weeks: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// One account's full profile: revenue, usage per module, health, alerts, stage, success plan
    Account {
        id: String,
        #[command(flatten)]
        at: AsOf,
        #[arg(long)]
        json: bool,
    },
    /// Segments side by side: by needs (usage mix clusters), by value (ARR tiers), or by a rule
    Segments {
        #[command(flatten)]
        at: AsOf,
        /// needs, value, or rule:"<expression>" (e.g. rule:"arr > 50000 and breadth < 0.5")
        #[arg(long, default_value = "needs")]
        by: String,
        /// Store the segments in the workspace (a rule needs a name: --save "EMEA low breadth")
        #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "")]
        save: Option<String>,
        /// List the saved segments instead
        #[arg(long)]
        list: bool,
        /// Fit the needs segments on this book and keep the fit (as the app's "Re-fit segments"),
        /// instead of the kept fit while it still describes the book
        #[arg(long)]
        refit: bool,
        /// List the fields a rule can test
        #[arg(long)]
        fields: bool,
        #[arg(long)]
        json: bool,
    },
    /// Playbooks: list, add your own, enable/disable, run them to create tasks
    Playbooks {
        #[command(subcommand)]
        what: PlaybookCommand,
    },
    /// Open tasks (overdue first), or mark one done
    Tasks {
        #[command(flatten)]
        at: AsOf,
        /// Only this CSM's tasks
        #[arg(long)]
        owner: Option<String>,
        /// Only this account's tasks
        #[arg(long)]
        account: Option<String>,
        /// Include completed tasks
        #[arg(long)]
        all: bool,
        /// Mark this task done (today, or on the --as-of day if given)
        #[arg(long, value_name = "TASK_ID")]
        done: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// Log a call, email, meeting, QBR or note against an account, or list them
    Touchpoint {
        #[command(subcommand)]
        what: TouchpointCommand,
    },
    /// Accounts, ARR, open and overdue tasks per CSM; CSMs needed per segment at coverage ratios
    Workload {
        #[command(flatten)]
        at: AsOf,
        #[arg(long)]
        json: bool,
    },
    /// A pre-sale value brief for a prospect, from comparable customers (never named)
    Brief {
        /// Prospect JSON: name, industry, employees, region, modules, seats, expected_mrr (docs/DECKS.md)
        #[arg(long)]
        profile: PathBuf,
        /// FILE.pptx or FILE.pdf
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        at: AsOf,
        /// Brand file (JSON: company, accent, dark, logo); default: Waypoint's
        #[arg(long)]
        brand: Option<PathBuf>,
    },
    /// Make decks: a QBR per account per quarter, or the portfolio summary (PPTX or PDF)
    Deck {
        #[command(subcommand)]
        what: DeckCommand,
    },
    /// Draw a chart to an SVG (for the UI) or a 2x PNG (for decks)
    Chart {
        kind: ChartKind,
        /// One account (needed by health, users, milestones)
        #[arg(long)]
        account: Option<String>,
        /// A segment: a value tier, a needs segment or rule:"<expression>" (module-stack,
        /// module-mix, mrr, nps); without --account or --segment, the whole book
        #[arg(long)]
        segment: Option<String>,
        /// First day (YYYY-MM-DD); default: 52 weeks (weekly charts, from the customer start
        /// when later), 12 months (mrr) or 365 days (health, nps: at most 365) before the end day
        #[arg(long)]
        from: Option<String>,
        /// Last day (YYYY-MM-DD), the same as --as-of
        #[arg(long, conflicts_with = "as_of")]
        to: Option<String>,
        #[command(flatten)]
        at: AsOf,
        /// Each week as 100%: the module mix instead of the volume (module-stack)
        #[arg(long)]
        mix: bool,
        /// Groups: cohort, needs or value (retention, default cohort); needs or value (module-mix, default needs)
        #[arg(long)]
        by: Option<String>,
        #[arg(long, value_enum, default_value = "light")]
        theme: ChartTheme,
        /// FILE.svg or FILE.png
        #[arg(long)]
        out: PathBuf,
    },
    /// Retention: fit the sBG renewal model to survivor counts, or the workspace's curves
    Retention {
        #[command(subcommand)]
        what: RetentionCommand,
    },
    /// Benchmarks
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum HealthCommand {
    /// Replay the score on past month ends from the data of each day and compare it with the
    /// churn and contraction that followed (docs/METRICS.md, "Backtest")
    Backtest {
        #[command(flatten)]
        history: History,
        /// Also report per needs segment, value tier or owner (as of each evaluation day)
        #[arg(long, value_enum)]
        by: Option<BacktestBy>,
        #[arg(long)]
        json: bool,
    },
    /// Fit the factor weights to the history (older evaluation days) and compare them with
    /// the current ones on the newer days (docs/METRICS.md, "Tuning")
    Tune {
        #[command(flatten)]
        history: History,
        /// Share of the evaluation days, the newest, held out to judge the weights
        #[arg(long, default_value_t = 1.0 / 3.0)]
        holdout: f64,
        /// Save the tuned weights (into --settings FILE, else the workspace's settings),
        /// only when they did better on the held-out days
        #[arg(long)]
        apply: bool,
        #[arg(long)]
        json: bool,
    },
}

/// The history a backtest or a tuning replays.
#[derive(clap::Args, Debug)]
pub struct History {
    /// Days after each evaluation day in which a churn counts
    #[arg(long, default_value_t = 90)]
    pub horizon: u32,
    /// Evaluation days: every month end or every quarter end
    #[arg(long, value_enum, default_value_t = Every::Month)]
    pub every: Every,
    /// First evaluation day (YYYY-MM-DD, its month end); default: 24 evaluation days back
    #[arg(long, value_name = "DAY")]
    pub from: Option<String>,
    /// Last evaluation day; default: the last month end whose horizon the data covers
    #[arg(long, value_name = "DAY")]
    pub to: Option<String>,
    /// MRR drop over the horizon that counts as a contraction
    #[arg(long, default_value_t = 0.10)]
    pub contraction: f64,
    /// Scorecard and segment settings as JSON (see docs/METRICS.md); default: the
    /// workspace's saved settings
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Every {
    Month,
    Quarter,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum BacktestBy {
    Needs,
    Value,
    Owner,
}

#[derive(Subcommand, Debug)]
pub enum PlaybookCommand {
    /// Every playbook with its trigger, steps and escalation
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add or replace one of your playbooks from a JSON file (format: docs/PLAYBOOKS.md)
    Add { file: PathBuf },
    Enable { key: String },
    Disable { key: String },
    /// Fire every enabled playbook as of a day; creates each task once, escalates overdue ones
    Run {
        #[command(flatten)]
        at: AsOf,
        #[arg(long)]
        json: bool,
    },
    /// Which playbooks work: accounts whose task was done against comparable ones that met the
    /// trigger without it, on 90-day churn and health change (docs/METRICS.md, "Playbook effect")
    Effect {
        /// Scorecard and segment settings as JSON; default: the workspace's saved settings
        #[arg(long, value_name = "FILE")]
        settings: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum TouchpointCommand {
    Log {
        #[arg(long)]
        account: String,
        /// call, email, meeting, qbr or note
        #[arg(long)]
        kind: String,
        #[arg(long)]
        summary: String,
        /// Day it happened (YYYY-MM-DD); default today
        #[arg(long)]
        day: Option<String>,
        /// The CSM who held it
        #[arg(long)]
        owner: Option<String>,
    },
    List {
        #[arg(long)]
        account: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum RetentionCommand {
    /// Fit alpha and beta to one cohort's survivors per period (needs no workspace)
    Fit {
        /// Customers alive at the start of each period, first = cohort size: 1000,631,468,382
        #[arg(long)]
        counts: String,
        /// Periods to project (default: the observed ones, at least 12)
        #[arg(long)]
        horizon: Option<u32>,
        /// Discount rate per period for the discounted lifetime and LTV
        #[arg(long, default_value_t = 0.1)]
        discount: f64,
        /// Value of one period (e.g. ARR for annual renewals) to price the lifetime
        #[arg(long)]
        value: Option<f64>,
        #[arg(long)]
        json: bool,
    },
    /// Kaplan-Meier curves with 95% bands and sBG fits of the workspace's accounts
    Curves {
        #[command(flatten)]
        at: AsOf,
        /// cohort (year of first subscription), needs or value
        #[arg(long, default_value = "cohort")]
        by: String,
        /// Discount rate per year for lifetime value
        #[arg(long, default_value_t = 0.1)]
        discount: f64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum DeckCommand {
    /// The executive portfolio summary of a quarter: revenue, retention, risk, renewals, segments, movers, workload
    Portfolio {
        /// The quarter, e.g. 2026-Q3
        #[arg(long)]
        quarter: String,
        /// FILE.pptx or FILE.pdf
        #[arg(long)]
        out: PathBuf,
        /// Brand file (JSON: company, accent, dark, logo); default: Waypoint's
        #[arg(long)]
        brand: Option<PathBuf>,
        /// Settings JSON (scorecard, segments, capacity; see docs/METRICS.md)
        #[arg(long, value_name = "FILE")]
        settings: Option<PathBuf>,
        /// End with "How well the health score predicted churn" (the health backtest)
        #[arg(long)]
        backtest: bool,
    },
    /// The quarterly business review of one account (--account) or of every paying account (--all)
    Qbr {
        #[arg(long, required_unless_present = "all", conflicts_with = "all")]
        account: Option<String>,
        /// Every account with a running subscription at the quarter's end
        #[arg(long)]
        all: bool,
        /// The quarter, e.g. 2026-Q3
        #[arg(long)]
        quarter: String,
        /// FILE.pptx or FILE.pdf (one account)
        #[arg(long, required_unless_present = "all")]
        out: Option<PathBuf>,
        /// Directory for --all: one ACCOUNT-QUARTER.pptx/.pdf per account
        #[arg(long, required_if_eq("all", "true"))]
        out_dir: Option<PathBuf>,
        /// Formats for --all: pptx, pdf or pptx,pdf
        #[arg(long, default_value = "pptx,pdf")]
        format: String,
        /// Brand file (JSON: company, accent, dark, logo); default: Waypoint's
        #[arg(long)]
        brand: Option<PathBuf>,
        /// Scorecard and alert thresholds as JSON (see docs/METRICS.md)
        #[arg(long, value_name = "FILE")]
        settings: Option<PathBuf>,
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
        /// Import the events as this many files, one after the other, each a day range of
        /// the stream (as daily exports arrive): each file is generated, imported and (without
        /// --keep) deleted before the next, so 100M events need no disk for 100M events of JSON
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
        parts: u32,
        #[arg(long)]
        json: bool,
    },
    /// Time a full recompute of metrics, health and segments and one account's profile on the
    /// demo at scale, against a pandas script over the same exported tables
    Analytics {
        #[arg(long, default_value_t = 2000)]
        accounts: usize,
        #[arg(long, default_value_t = 24)]
        months: u32,
        #[arg(long, default_value_t = 8)]
        modules: usize,
        /// Working directory; a workspace left there by an earlier run is reused
        #[arg(long, default_value = "target/bench-analytics")]
        dir: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
        #[arg(long)]
        json: bool,
        /// Python with pandas: also run scripts/bench_pandas.py over the exported tables
        #[arg(long, value_name = "PYTHON")]
        pandas: Option<PathBuf>,
        /// Run under the app's memory limits (SQLite's caches 16 MiB in all, two malloc
        /// arenas), so that the timings and memory are the app's rather than the CLI's
        #[arg(long)]
        app_memory: bool,
        /// How the generated book's usage is imported when the workspace is made: raw events,
        /// or the same events as a warehouse's daily rollups (the same analyses; a 20,000-account
        /// book's 89M events take an hour and 30 GB of disk to import raw)
        #[arg(long, value_enum, default_value_t = DemoUsage::Events)]
        usage: DemoUsage,
    },
    /// The health backtest over 24 monthly evaluation days on the demo at scale, against a
    /// pandas + scikit-learn script over the same exported tables
    Backtest {
        #[arg(long, default_value_t = 2000)]
        accounts: usize,
        /// Months of history: 28 give 24 month ends with a month of usage before them and
        /// their 90-day horizon after
        #[arg(long, default_value_t = 28)]
        months: u32,
        #[arg(long, default_value_t = 8)]
        modules: usize,
        /// Working directory; a workspace left there by an earlier run is reused
        #[arg(long, default_value = "target/bench-backtest")]
        dir: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
        #[arg(long)]
        json: bool,
        /// Python with pandas and scikit-learn: also run scripts/bench_backtest.py
        #[arg(long, value_name = "PYTHON")]
        python: Option<PathBuf>,
    },
    /// QBR decks: one deck (PPTX, PDF) and every paying account's, against python-pptx
    Decks {
        #[arg(long, default_value_t = 300)]
        accounts: usize,
        /// Working directory: the benchmark workspace (kept between runs) and the decks
        #[arg(long, default_value = "target/bench-decks")]
        dir: PathBuf,
        #[arg(long, default_value_t = 7)]
        runs: usize,
        /// Python with python-pptx: also run scripts/bench_python_pptx.py
        #[arg(long, value_name = "PYTHON")]
        python: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Draw one account-year of module stacking as SVG and 1600x900 PNG, and compare with
    /// matplotlib drawing the same chart
    Charts {
        #[arg(long, default_value_t = 50)]
        runs: usize,
        /// Working directory for the data handed to matplotlib
        #[arg(long, default_value = "target/bench-charts")]
        dir: PathBuf,
        /// Python with matplotlib: also run scripts/bench_matplotlib.py
        #[arg(long, value_name = "PYTHON")]
        matplotlib: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

/// The day metrics are computed for, and the settings they use.
#[derive(clap::Args, Debug, Clone)]
pub struct AsOf {
    /// Day to compute for (YYYY-MM-DD); default: the last day with imported usage, else today
    #[arg(long, value_name = "DAY")]
    pub as_of: Option<String>,
    /// Scorecard and alert thresholds as JSON (see docs/METRICS.md)
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ChartKind {
    /// Weekly activity per module, stacked, with usage alerts on the timeline
    ModuleStack,
    /// One 100% bar per account of a segment (or per segment), fewest modules first, unused modules named
    ModuleMix,
    /// Health score over time on its bands (stored snapshots), and today's drivers
    Health,
    /// Monthly and weekly active users, core users active, and DAU/MAU by week
    Users,
    /// MRR movements by month (new, expansion, reactivated, contraction, churned), net, and NRR/GRR
    Mrr,
    /// Kaplan-Meier retention curves with 95% bands and the sBG projection dashed
    Retention,
    /// Paying accounts by ARR and breadth, coloured by needs segment
    Segments,
    /// NPS answers by score and class, and support tickets opened by week
    Nps,
    /// Success-plan milestones on a timeline with day 30/60/90, done/overdue/open and owner side
    Milestones,
    /// The health score against the churn that followed: ROC curve, churn rate per band, days
    /// from first red to churn (the default window of `health backtest`)
    Backtest,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ChartTheme {
    Light,
    Dark,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum GroupBy {
    Owner,
    Industry,
    Region,
    /// Needs segments (usage-mix clusters)
    Needs,
    /// Value tiers (ARR)
    Value,
}

/// Import kinds come from the import crate itself, so the CLI cannot drift from it.
fn import_kind(s: &str) -> Result<import::ImportKind, String> {
    import::ImportKind::parse(s).ok_or_else(|| {
        let all: Vec<&str> = import::ImportKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("expected one of {}", all.join(", "))
    })
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum DemoUsage {
    Events,
    Rollups,
}

impl From<DemoUsage> for demo::Usage {
    fn from(u: DemoUsage) -> demo::Usage {
        match u {
            DemoUsage::Events => demo::Usage::Events,
            DemoUsage::Rollups => demo::Usage::Rollups,
        }
    }
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

fn lang(s: &str) -> Result<i18n::Lang, String> {
    i18n::Lang::parse(s).map_err(|e| e.to_string())
}

impl Cli {
    /// The language of this run: `--lang`, else `WAYPOINT_LANG` (both read by clap), else the OS's.
    pub fn language(&self) -> i18n::Lang {
        self.lang.unwrap_or_else(i18n::Lang::from_os)
    }
}

fn currency(s: &str) -> Result<domain::Currency, String> {
    domain::Currency::parse(s).map_err(|e| e.to_string())
}
