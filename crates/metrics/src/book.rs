//! The book of accounts as of one day, read from the workspace in a handful of aggregate
//! queries. Every metric is a pure function of a `Book`, so the definitions test without a
//! database and a full recompute costs one load.
//!
//! Usage is read pre-aggregated (per account, module and week; per account and user) rather
//! than as daily rows: SQLite sums a million rows far faster than they can be decoded one by
//! one, and every definition below needs only these aggregates. The loader is in `load.rs`.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::Error;
use crate::shared::Shared;

/// Weeks of usage history a book holds: a quarter (13 weeks), enough for week-over-week,
/// month-over-month (4 weeks against the 4 before) and the module mix of the quarter.
pub const WEEKS: usize = 13;
/// Window for user-level activity (stickiness, value users): the last 28 days.
pub const MONTH_DAYS: u64 = 28;
/// Tickets and NPS responses older than this (days) are not loaded.
pub const HISTORY_DAYS: u64 = 365;
/// "Falling health" compares with the book this many days earlier: four whole weeks, so
/// the earlier book is the same weekly history shifted by four buckets.
pub const TREND_DAYS: u64 = 28;

#[derive(Debug, Clone)]
pub struct Module {
    pub id: i64,
    /// Shared with every account's usage in an analysis ([`crate::usage::ModuleUsage`]).
    pub key: Arc<str>,
    pub name: Arc<str>,
}

impl Module {
    /// Events without a module land in `unassigned`; it is not a product module.
    pub fn is_product(&self) -> bool {
        &*self.key != "unassigned"
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AccountRecord {
    pub id: i64,
    pub external_id: String,
    pub name: String,
    pub industry: Option<String>,
    pub region: Option<String>,
    pub employees: Option<i64>,
    pub owner: Option<String>,
    /// Stage set by hand (import or UI); `None` means derive it from data.
    pub stage_override: Option<String>,
    /// Shared with the account's analysis ([`crate::AccountView`]) rather than copied.
    pub attributes: Arc<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone)]
pub struct Subscription {
    pub account: usize,
    pub external_id: String,
    /// In the subscription's own currency.
    pub mrr_cents: i64,
    /// ISO 4217; `None` = the book's currency (hand-built books).
    pub currency: Option<String>,
    pub start: NaiveDate,
    /// Exclusive; `None` = still running.
    pub end: Option<NaiveDate>,
    /// Indexes into `Book::modules`.
    pub modules: Vec<usize>,
}

impl Subscription {
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.start <= day && self.end.is_none_or(|e| day < e)
    }
}

/// Events and value events in one module in one week.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Activity {
    pub events: i64,
    pub value_events: i64,
}

/// One product user's activity in the last quarter.
#[derive(Debug, Clone)]
pub struct UserActivity {
    pub contact: Option<i64>,
    /// Distinct active days in the last 28 days.
    pub days_28: i64,
    /// Of those days, the ones with a value event.
    pub value_days_28: i64,
    pub last_day: NaiveDate,
}

/// An account's usage, pre-aggregated.
#[derive(Debug, Clone, Default)]
pub struct UsageWindow {
    /// `weeks[w][m]`: week `w` ago (0 = the 7 days ending on the as-of day), module index `m`.
    pub weeks: Vec<Vec<Activity>>,
    pub users: Vec<UserActivity>,
    /// Last day with any event, at or before the as-of day (may be long before the window).
    pub last_active: Option<NaiveDate>,
    /// First day with a value event, at or before the as-of day.
    pub first_value: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub id: i64,
    pub account: usize,
    pub external_id: String,
    pub name: String,
    pub role: String,
}

#[derive(Debug, Clone)]
pub struct Ticket {
    pub account: usize,
    pub opened: NaiveDate,
    pub priority: String,
    pub first_response_hours: Option<f64>,
    pub resolution_hours: Option<f64>,
    pub resolved: Option<NaiveDate>,
    pub csat: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct NpsResponse {
    pub account: usize,
    pub day: NaiveDate,
    pub score: i64,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Milestone {
    pub account: usize,
    /// The milestone's id in its import file (what the app completes it by). Shared with
    /// every analysis's success plan rather than copied into each.
    pub id: Arc<str>,
    pub title: Arc<str>,
    /// `customer` or `vendor`.
    pub owner_side: Cow<'static, str>,
    pub due: NaiveDate,
    pub completed: Option<NaiveDate>,
}

/// The rows of one account in a vector sorted by account: two binary searches, so a full
/// recompute stays linear in the size of the book.
fn rows_of<T>(rows: &[T], account: usize, key: impl Fn(&T) -> usize) -> &[T] {
    debug_assert!(rows.windows(2).all(|w| key(&w[0]) <= key(&w[1])), "rows must be sorted by account");
    let lo = rows.partition_point(|r| key(r) < account);
    let hi = rows.partition_point(|r| key(r) <= account);
    &rows[lo..hi]
}

/// Everything the metrics need, as of one day. The per-account vectors (subscriptions,
/// contacts, tickets, NPS, milestones) are sorted by account index: the loader sorts them,
/// and a hand-built book must add rows in account order.
#[derive(Debug, Clone)]
pub struct Book {
    pub as_of: NaiveDate,
    /// The currency the revenue metrics report in (docs/METRICS.md: the reporting currency);
    /// `None` for a book without subscriptions or settings.
    pub currency: Option<String>,
    /// Rates to `currency`, for subscriptions priced in others.
    pub fx: crate::fx::Fx,
    pub modules: Vec<Module>,
    /// Accounts, contacts and milestones do not depend on the day: the books of one read
    /// share them.
    pub accounts: Shared<AccountRecord>,
    pub subscriptions: Vec<Subscription>,
    pub usage: Vec<UsageWindow>,
    pub contacts: Shared<Contact>,
    pub tickets: Vec<Ticket>,
    pub nps: Vec<NpsResponse>,
    pub milestones: Shared<Milestone>,
}

/// Which accounts to load.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    All,
    /// One account; an error if the workspace has none by that id.
    Account(&'a str),
    /// These accounts (external ids); the ones the workspace does not hold are left out.
    Accounts(&'a [String]),
}

impl Book {
    /// Reads the book as of `as_of` (inclusive): nothing after that day is seen, so a past
    /// day gives the numbers as they were then.
    pub async fn load(ws: &store::Workspace, as_of: NaiveDate, scope: Scope<'_>) -> Result<Book, Error> {
        crate::load::load_days(ws, &[as_of], scope).await?.next().expect("one day, one book")
    }

    /// The book as of `as_of` and as of [`TREND_DAYS`] earlier, from one pass over the
    /// store (the health trend needs both).
    pub async fn load_with_trend(ws: &store::Workspace, as_of: NaiveDate, scope: Scope<'_>) -> Result<(Book, Book), Error> {
        crate::load::load_pair(ws, as_of, scope).await
    }

    /// The books as of each of `days` (ascending, no repeats), from one pass over the store:
    /// each is the book [`Book::load`] gives for its day, for a fraction of the reads when
    /// the days' windows overlap (a backtest's month ends). They are assembled as they are
    /// taken from the iterator.
    pub async fn load_days(ws: &store::Workspace, days: &[NaiveDate], scope: Scope<'_>) -> Result<crate::load::Books, Error> {
        crate::load::load_days(ws, days, scope).await
    }

    /// An empty book, to build one by hand (tests, what-if analysis).
    pub fn empty(as_of: NaiveDate) -> Book {
        Book {
            as_of,
            currency: None,
            fx: crate::fx::Fx::default(),
            modules: Vec::new(),
            accounts: Shared::default(),
            subscriptions: Vec::new(),
            usage: Vec::new(),
            contacts: Shared::default(),
            tickets: Vec::new(),
            nps: Vec::new(),
            milestones: Shared::default(),
        }
    }

    /// Keeps what revenue is computed from (accounts, subscriptions, modules, rates) and lets
    /// go of the rest: usage, contacts, tickets, NPS and milestones. Why: once a book is
    /// analysed, whoever keeps it (the app, between screens) sums its revenue again (the home's
    /// trend, a value brief) and splices changed accounts into it, and neither needs those rows;
    /// at 20,000 accounts they are most of the two books' 350 MB. The book stays one a splice
    /// accepts: the accounts a splice brings in come with all their rows.
    pub fn keep_revenue_only(&mut self) {
        self.usage.iter_mut().for_each(|u| *u = UsageWindow::default());
        self.contacts = Shared::default();
        self.tickets = Vec::new();
        self.nps = Vec::new();
        self.milestones = Shared::default();
    }

    /// Adds a module to a hand-built book; call before adding accounts.
    pub fn add_module(&mut self, key: &str) -> usize {
        self.modules.push(Module { id: self.modules.len() as i64 + 1, key: key.into(), name: key.into() });
        self.modules.len() - 1
    }

    /// Adds an account with no data to a hand-built book.
    pub fn add_account(&mut self, external_id: &str) -> usize {
        let id = self.accounts.len() as i64 + 1;
        self.accounts.push(AccountRecord {
            id,
            external_id: external_id.into(),
            name: external_id.into(),
            industry: None,
            region: None,
            employees: None,
            owner: None,
            stage_override: None,
            attributes: Arc::default(),
        });
        self.usage.push(UsageWindow {
            weeks: vec![vec![Activity::default(); self.modules.len()]; WEEKS],
            ..Default::default()
        });
        self.accounts.len() - 1
    }

    pub fn subscriptions_of(&self, account: usize) -> &[Subscription] {
        rows_of(&self.subscriptions, account, |s| s.account)
    }

    pub fn contacts_of(&self, account: usize) -> &[Contact] {
        rows_of(&self.contacts, account, |c| c.account)
    }

    pub fn tickets_of(&self, account: usize) -> &[Ticket] {
        rows_of(&self.tickets, account, |t| t.account)
    }

    pub fn nps_of(&self, account: usize) -> &[NpsResponse] {
        rows_of(&self.nps, account, |r| r.account)
    }

    pub fn milestones_of(&self, account: usize) -> &[Milestone] {
        rows_of(&self.milestones, account, |m| m.account)
    }

    /// Product modules (indexes), i.e. all but `unassigned`.
    pub fn product_modules(&self) -> impl Iterator<Item = usize> + '_ {
        self.modules.iter().enumerate().filter(|(_, m)| m.is_product()).map(|(i, _)| i)
    }

    pub fn account_index(&self, external_id: &str) -> Option<usize> {
        self.accounts.iter().position(|a| a.external_id == external_id)
    }
}
