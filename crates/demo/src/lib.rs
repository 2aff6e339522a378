//! Deterministic demo portfolio for Waypoint.
//!
//! [`generate`] writes the canonical import files (catalog, accounts,
//! subscriptions, contacts, tickets, NPS, milestones and Segment-style
//! `events.jsonl`) for an invented B2B SaaS vendor with a few hundred customers.
//! The CLI loads them through the ordinary importers, so the demo also exercises
//! every import path (quoting, non-ASCII names, events without a module or with
//! the account in `properties`, timestamps with offsets).
//!
//! # Why the model looks the way it does
//!
//! A demo is only convincing when the indicators a CSM watches move for the
//! reasons they move in real portfolios, so the generator derives everything
//! from a few latent traits per account instead of drawing each file
//! independently:
//!
//! * **Health** (hidden, 0..1) drives usage intensity, breadth of module
//!   adoption, ticket volume, CSAT, NPS and whether the account renews. Low-health
//!   accounts that have not churned yet show a declining trend, so that "at risk"
//!   is visible in the data rather than only in a label.
//! * **Seats drive revenue and users.** Subscriptions are annual; at each renewal
//!   an account expands, contracts, churns or renews flat, and expanding accounts
//!   sometimes add seats mid-term. Contracted seats come from users who stopped
//!   being active beforehand, and added seats bring new users, so MRR movements
//!   and active users tell the same story.
//! * **Adoption is partial and gradual.** New customers ramp up over their first
//!   60-90 days; each licensed module is adopted (or never) at its own date, so
//!   breadth (modules used / licensed) varies; churners' usage decays over the
//!   months before they leave, with a spike of support tickets.
//! * **Core users matter most.** Executive sponsors, admins and champions are
//!   the most regular users; regular users come and go.
//! * **Needs differ.** Each account bought the product for one job (operations,
//!   insights, data platform, the broad platform, or dashboards only: see
//!   `personas.rs`), which decides the modules it licenses first and how its
//!   activity splits across them, so needs segmentation has real groups to find.
//! * **Weekly and yearly rhythm** (quiet weekends, year-end holidays, European
//!   August) keeps trend charts honest: a week-over-week comparison must not
//!   raise an alarm every Monday.
//!
//! Everything is seeded from [`DemoConfig::seed`] through one ChaCha8 stream per
//! account and file, so the same configuration always writes byte-identical
//! files, and changing one part of the model does not reshuffle all the rest.
//!
//! # Case studies
//!
//! Two fixed accounts reproduce the case studies of the domain guide (they are
//! present whenever `accounts` is at least 12):
//!
//! 1. [`CASE_TIMELY_INTERVENTION`] ([`CASE_TIMELY_INTERVENTION_NAME`]): in the
//!    last September of the data, the analyst who was the account's main
//!    champion leaves (last events on September 3), the rest of the team stops
//!    logging in and nobody is active from September 9 to 15. A new champion,
//!    added as a contact, is onboarded on September 16 and activity recovers to
//!    near its previous level by the end of the month.
//! 2. [`CASE_MODULE_STACKING`] ([`CASE_MODULE_STACKING_NAME`]): licensed for at
//!    least four modules but using only monitoring and visualization, until a
//!    training session ([`CaseDates::training`], 138 days before the last day:
//!    2026-06-15 for the default end) after which data collection and analysis
//!    are adopted and total usage grows.
//!
//! # Locales
//!
//! [`DemoConfig::locale`] gives the book the names, people, places, comments and currencies of
//! a market: English is all USD; 简体中文 (zh-CN) is mostly CNY with USD and EUR overseas
//! subsidiaries, reported in CNY; Français (fr) is EUR with Swiss customers in CHF, reported
//! in EUR. The mixed books come with an FX file of monthly rates ([`DemoFiles::fx`]) and the
//! reporting currency to set before importing it ([`DemoFiles::reporting_currency`]). Only
//! labels and prices change: the same seed gives the same accounts, dates and usage in every
//! locale (see `locale.rs`).

mod accounts;
mod case_studies;
mod catalog;
mod csm;
mod fx;
mod locale;
mod milestones;
mod names;
mod names_fr;
mod names_zh;
mod people;
mod personas;
mod revenue;
mod risk;
mod rng;
mod rollups;
mod support;
mod texts;
mod usage;

pub use risk::ChurnDrivers;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use case_studies::{
    CASE_MODULE_STACKING, CASE_MODULE_STACKING_NAME, CASE_TIMELY_INTERVENTION,
    CASE_TIMELY_INTERVENTION_NAME, CaseDates, DEPARTING_ANALYST, NEW_CHAMPION,
};
/// The language and market of the demo book: `i18n::Lang`, since the demo exists to show each
/// language the app speaks.
pub use i18n::Lang as Locale;
pub use locale::{CaseNames, case_names, currencies, reporting_currency};

/// What to generate.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoConfig {
    /// Number of customer accounts (case studies need at least 12).
    pub accounts: usize,
    /// Months of history, ending on `end_day`.
    pub months: u32,
    /// Number of product modules in the catalog (4..=12).
    pub modules: usize,
    /// Seed of every random choice.
    pub seed: u64,
    /// Last day of data (inclusive).
    pub end_day: NaiveDate,
    /// Names, text and currencies of the book (English by default).
    pub locale: Locale,
    /// What makes customers churn (crate::risk): the signals the score reads, with noise.
    pub churn: ChurnDrivers,
    /// How product usage is written: raw events, or a warehouse's daily rollups of them.
    pub usage: Usage,
}

/// The shape of the demo's usage file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Usage {
    /// Segment track calls, `events.jsonl`.
    #[default]
    Events,
    /// The same events counted per account, UTC day, module and user, `usage_rollups.parquet`.
    Rollups,
}

impl Default for DemoConfig {
    fn default() -> Self {
        Self {
            accounts: 300,
            months: 24,
            modules: 6,
            seed: 42,
            end_day: NaiveDate::from_ymd_opt(2026, 10, 31).expect("valid date"),
            locale: Locale::En,
            churn: ChurnDrivers::default(),
            usage: Usage::Events,
        }
    }
}

/// Paths of the written files.
#[derive(Debug, Clone)]
pub struct DemoFiles {
    pub catalog: PathBuf,
    pub accounts: PathBuf,
    pub subscriptions: PathBuf,
    pub contacts: PathBuf,
    pub tickets: PathBuf,
    pub nps: PathBuf,
    pub milestones: PathBuf,
    /// The CSMs' playbook tasks over the history (crate::csm); not an import kind, read by
    /// `playbooks::history`.
    pub tasks: PathBuf,
    /// The usage file, of the shape `usage` says.
    pub events: PathBuf,
    pub usage: Usage,
    /// Monthly exchange rates to the reporting currency, for books in several currencies.
    pub fx: Option<PathBuf>,
    /// The currency the workspace must report in before `fx` is imported (None: all USD).
    pub reporting_currency: Option<&'static str>,
    pub stats: DemoStats,
}

/// Row counts per file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoStats {
    pub accounts: usize,
    pub catalog_events: u64,
    pub subscriptions: u64,
    pub contacts: u64,
    pub tickets: u64,
    pub nps: u64,
    pub milestones: u64,
    pub tasks: u64,
    pub events: u64,
    /// Rows of the FX file (0 without one).
    pub fx_rates: u64,
    /// First day of data (inclusive).
    pub first_day: NaiveDate,
    /// Last day of data (inclusive).
    pub last_day: NaiveDate,
}

/// Why generation failed.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("invalid demo configuration: {0}")]
    InvalidConfig(String),
    #[error("writing demo files: {0}")]
    Io(#[from] std::io::Error),
    #[error("writing demo CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing demo Parquet: {0}")]
    Parquet(String),
}

/// Dates of the two case studies for a configuration.
pub fn case_dates(cfg: &DemoConfig) -> CaseDates {
    CaseDates::for_end(cfg.end_day)
}

/// First day of data for a configuration: `months` whole months ending on `end_day`.
pub fn first_day(cfg: &DemoConfig) -> NaiveDate {
    let after = cfg.end_day.succ_opt().unwrap_or(cfg.end_day);
    after
        .checked_sub_months(chrono::Months::new(cfg.months))
        .unwrap_or(after)
}

fn validate(cfg: &DemoConfig) -> Result<(), DemoError> {
    if cfg.accounts == 0 || cfg.accounts > 100_000 {
        return Err(DemoError::InvalidConfig(format!(
            "accounts must be 1..=100000, got {}",
            cfg.accounts
        )));
    }
    if cfg.months == 0 || cfg.months > 120 {
        return Err(DemoError::InvalidConfig(format!(
            "months must be 1..=120, got {}",
            cfg.months
        )));
    }
    if !(catalog::MIN_MODULES..=catalog::MAX_MODULES).contains(&cfg.modules) {
        return Err(DemoError::InvalidConfig(format!(
            "modules must be {}..={}, got {}",
            catalog::MIN_MODULES,
            catalog::MAX_MODULES,
            cfg.modules
        )));
    }
    if cfg.end_day.year_ce().1 < 2000 || cfg.end_day.year_ce().1 > 2200 {
        return Err(DemoError::InvalidConfig("end_day out of range".into()));
    }
    Ok(())
}

use chrono::Datelike;

/// The need planted in each account (`operations`, `insights`, `data_platform`, `broad`,
/// `dashboards`; `None` for the scripted case studies), by account id. Never written to the
/// files: it is the ground truth that tests of needs segmentation compare against.
pub fn planted_needs(cfg: &DemoConfig) -> Result<Vec<(String, Option<&'static str>)>, DemoError> {
    validate(cfg)?;
    let window = accounts::Window { start: first_day(cfg), end: cfg.end_day };
    let modules = catalog::modules(cfg.modules);
    Ok(accounts::plan(cfg, window, &modules).into_iter().map(|a| (a.id, a.need.map(|n| n.as_str()))).collect())
}

/// Writes the demo files into `dir` (created if missing; existing files with the
/// same names are replaced).
pub fn generate(cfg: &DemoConfig, dir: &Path) -> Result<DemoFiles, DemoError> {
    validate(cfg)?;
    std::fs::create_dir_all(dir)?;
    let window = accounts::Window {
        start: first_day(cfg),
        end: cfg.end_day,
    };
    let modules = catalog::modules(cfg.modules);
    let mut portfolio = accounts::plan(cfg, window, &modules);
    locale::localize(cfg.locale, cfg.seed, &mut portfolio);
    let reporting = locale::reporting_currency(cfg.locale);

    let files = DemoFiles {
        catalog: dir.join("catalog.csv"),
        accounts: dir.join("accounts.csv"),
        subscriptions: dir.join("subscriptions.csv"),
        contacts: dir.join("contacts.csv"),
        tickets: dir.join("tickets.csv"),
        nps: dir.join("nps.csv"),
        milestones: dir.join("milestones.csv"),
        tasks: dir.join("tasks.csv"),
        events: dir.join(match cfg.usage {
            Usage::Events => "events.jsonl",
            Usage::Rollups => "usage_rollups.parquet",
        }),
        usage: cfg.usage,
        fx: reporting.map(|_| dir.join("fx.csv")),
        reporting_currency: reporting,
        stats: DemoStats::default(),
    };
    let (nps, detractors) = support::write_nps(&files.nps, cfg.seed, window, &portfolio, cfg.locale)?;
    let (tickets, ticket_days) = support::write_tickets(&files.tickets, cfg.seed, window, &portfolio)?;
    let stats = DemoStats {
        accounts: portfolio.len(),
        catalog_events: catalog::write(&files.catalog, &modules)?,
        subscriptions: {
            accounts::write(&files.accounts, &portfolio)?;
            revenue::write(&files.subscriptions, &portfolio, &modules)?
        },
        contacts: people::write(&files.contacts, &portfolio)?,
        tickets,
        nps,
        tasks: csm::write(&files.tasks, cfg.seed, window, &portfolio, &csm::Signals { detractors: &detractors, ticket_days: &ticket_days })?,
        milestones: milestones::write(&files.milestones, cfg.seed, window, &portfolio, cfg.locale)?,
        events: usage::write(&files.events, cfg.usage, cfg.seed, window, &portfolio, &modules)?,
        fx_rates: match (&files.fx, reporting) {
            // From the oldest subscription on: revenue metrics convert every month a
            // subscription in another currency ran.
            (Some(path), Some(rep)) => {
                let from = portfolio.iter().map(|a| a.start).min().unwrap_or(window.start);
                fx::write(path, cfg.seed, rep, &locale::currencies(cfg.locale), from, window.end)?
            }
            _ => 0,
        },
        first_day: window.start,
        last_day: window.end,
    };
    Ok(DemoFiles { stats, ..files })
}
