//! QBR and portfolio decks from the app: which quarters can be reviewed, a preview of the slides
//! before anything is written, one deck saved where the user says, and every paying account's
//! QBR written to a folder with progress and a way to stop.
//!
//! Reading is async; drawing (charts rasterised for the PPTX, the PDF laid out) is CPU work of a
//! few hundred milliseconds per deck, so it runs on blocking threads and never holds the async
//! workers the rest of the app's commands need.

/// The slide model as the UI draws it.
pub mod preview;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Days, NaiveDate};
use decks::quarter::Quarter;
use decks::{Brand, Deck};
use serde::{Deserialize, Serialize};

use crate::{Error, Session, Theme};
pub use preview::{BlockContent, BlockPreview, DeckPreview, ParaPreview, RunPreview, SlidePreview, TextAlign};

/// A quarter the picker offers.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct QuarterOption {
    /// "2026-Q3": what the deck commands take.
    pub id: String,
    /// "Q3 2026": what the slides say.
    pub label: String,
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum DeckFormat {
    Pptx,
    Pdf,
}

impl DeckFormat {
    /// The format a file name asks for: its extension, whatever its case.
    pub fn of(path: &Path) -> Result<DeckFormat, Error> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("pptx") => Ok(DeckFormat::Pptx),
            Some("pdf") => Ok(DeckFormat::Pdf),
            _ => Err(Error::refused_with("error-views-deck-extension", "path", path.display())),
        }
    }

    pub fn ext(self) -> &'static str {
        match self {
            DeckFormat::Pptx => "pptx",
            DeckFormat::Pdf => "pdf",
        }
    }

    fn write(self, deck: &Deck) -> Result<Vec<u8>, Error> {
        match self {
            DeckFormat::Pptx => decks::pptx::write(deck),
            DeckFormat::Pdf => decks::pdf::write(deck),
        }
        .map_err(deck_error)
    }
}

/// A deck written to disk.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SavedDeck {
    /// Absolute, as written (a leading `~` expanded).
    pub path: String,
    pub bytes: u64,
    pub format: DeckFormat,
    pub slides: u32,
    /// Characters of the deck no installed font draws (shown as boxes), empty when all are
    /// drawn; with the packages that bring them, e.g. "fonts-noto-cjk".
    pub missing_glyphs: Vec<String>,
    pub font_packages: Vec<String>,
}

/// Where a batch stands after each deck.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BatchProgress {
    /// Decks finished, written or failed; `done == total` is the last message.
    pub done: u32,
    pub total: u32,
    /// The account whose deck just finished; `None` on the first message, sent before any.
    pub account: Option<String>,
    pub failed: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BatchFailure {
    pub account_id: String,
    pub account: String,
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BatchSummary {
    pub quarter: String,
    pub dir: String,
    /// Paying accounts at the quarter's end: the decks asked for.
    pub total: u32,
    /// Decks written in every format asked for.
    pub decks: u32,
    pub files: u32,
    pub bytes: u64,
    /// One account's failure never stops the others.
    pub failures: Vec<BatchFailure>,
    pub cancelled: bool,
    /// Decks never started because the batch was cancelled.
    pub skipped: u32,
}

/// Stops a batch: checked before each deck starts, so decks already written stay whole.
pub use crate::jobs::Cancel;

/// The decks crate's errors with the code of the crate that failed where views has it; the
/// rest (a quarter misspelt, a writer failing) as an invalid request with the deck's message.
pub(crate) fn deck_error(e: decks::Error) -> Error {
    match e {
        decks::Error::UnknownAccount(a) => Error::UnknownAccount(a),
        decks::Error::Metrics(e) => Error::Metrics(e),
        decks::Error::Store(e) => Error::Store(e),
        decks::Error::Chart(e) => Error::Charts(e),
        decks::Error::Segments(e) => Error::Segments(e),
        decks::Error::Playbooks(e) => Error::Playbooks(e),
        other => Error::Refused(other.text()),
    }
}

fn quarter_of(s: &str) -> Result<Quarter, Error> {
    Quarter::parse(s).map_err(deck_error)
}

/// The brand saved in Settings (the defaults until one is saved): every deck and brief from
/// the app carries it.
pub(crate) async fn brand(session: &Session) -> Result<Brand, Error> {
    crate::settings_view::load_brand(session.workspace()).await
}

/// CPU work off the async workers.
pub(crate) async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, Error> + Send + 'static) -> Result<T, Error> {
    tokio::task::spawn_blocking(f).await.map_err(|e| Error::refused_with("error-views-deck-task", "detail", e))?
}

/// Quarters with usage data, the latest complete one first. A quarter still running is left
/// out: its QBR would read the end of a quarter that has not happened and show falls that are
/// only missing days.
pub async fn quarters(session: &Session, lang: i18n::Lang) -> Result<Vec<QuarterOption>, Error> {
    let (first, last): (Option<i64>, Option<i64>) = sqlx::query_as("SELECT MIN(day), MAX(day) FROM event_days").fetch_one(session.workspace().pool()).await?;
    let day = |d: Option<i64>| NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_days(Days::new(u64::try_from(d?).ok()?));
    let (Some(first), Some(last)) = (day(first), day(last)) else { return Ok(vec![]) };
    let mut q = Quarter::of(last);
    if q.end() > last {
        q = q.previous();
    }
    let mut out = vec![];
    while q.end() >= first {
        out.push(QuarterOption { id: q.to_string(), label: decks::qbr::quarter_label(lang, q), start: q.start().to_string(), end: q.end().to_string() });
        q = q.previous();
    }
    Ok(out)
}

async fn qbr_deck(session: &Session, account: &str, quarter: &str, lang: i18n::Lang) -> Result<Deck, Error> {
    let quarter = quarter_of(quarter)?;
    let data = decks::qbr::load(session.workspace(), account, quarter, &session.config().metrics, lang).await.map_err(deck_error)?;
    let brand = brand(session).await?;
    blocking(move || decks::qbr::deck(&data, &brand).map_err(deck_error)).await
}

async fn portfolio_deck(session: &Session, quarter: &str, lang: i18n::Lang) -> Result<Deck, Error> {
    let quarter = quarter_of(quarter)?;
    let cfg = session.config();
    cfg.capacity.validate(&cfg.segments.value.names())?;
    let options = decks::portfolio::Options { settings: &cfg.metrics, segments: &cfg.segments, capacity: &cfg.capacity, lang, backtest: None };
    decks::portfolio::build(session.workspace(), quarter, &options, &brand(session).await?).await.map_err(deck_error)
}

/// The QBR of `account` for `quarter` ("2026-Q3"), slide by slide. The slides are shown as
/// the file will be, white pages with the deck's light charts, whatever the app's `theme`.
pub async fn qbr_preview(session: &Session, account: &str, quarter: &str, _theme: Theme, lang: i18n::Lang) -> Result<DeckPreview, Error> {
    Ok(preview::preview(&qbr_deck(session, account, quarter, lang).await?))
}

/// The executive portfolio summary for `quarter`, slide by slide (pages as printed, like
/// [`qbr_preview`]).
pub async fn portfolio_preview(session: &Session, quarter: &str, _theme: Theme, lang: i18n::Lang) -> Result<DeckPreview, Error> {
    Ok(preview::preview(&portfolio_deck(session, quarter, lang).await?))
}

/// The QBR written to `path`; .pptx or .pdf by its extension.
pub async fn save_qbr(session: &Session, account: &str, quarter: &str, path: &str, lang: i18n::Lang) -> Result<SavedDeck, Error> {
    let (path, format) = target(path)?;
    let deck = qbr_deck(session, account, quarter, lang).await?;
    blocking(move || save(&deck, &path, format)).await
}

/// The portfolio summary written to `path`; .pptx or .pdf by its extension.
pub async fn save_portfolio(session: &Session, quarter: &str, path: &str, lang: i18n::Lang) -> Result<SavedDeck, Error> {
    let (path, format) = target(path)?;
    let deck = portfolio_deck(session, quarter, lang).await?;
    blocking(move || save(&deck, &path, format)).await
}

/// A path the user typed: `~` is their home folder; anything else must be absolute, because
/// the app's working directory means nothing to them.
fn absolute(path: &str) -> Result<PathBuf, Error> {
    let path = path.trim();
    let home = || std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from);
    let p = match path.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => {
            home().ok_or_else(|| Error::refused("error-views-no-home"))?.join(rest.trim_start_matches(['/', '\\']))
        }
        _ => PathBuf::from(path),
    };
    if !p.is_absolute() {
        return Err(Error::refused_with("error-views-full-path", "path", path));
    }
    Ok(p)
}

pub(crate) fn target(path: &str) -> Result<(PathBuf, DeckFormat), Error> {
    let p = absolute(path)?;
    let format = DeckFormat::of(&p)?;
    Ok((p, format))
}

pub(crate) fn save(deck: &Deck, path: &Path, format: DeckFormat) -> Result<SavedDeck, Error> {
    let bytes = write_atomic(path, &format.write(deck)?)?;
    let missing = deck.missing_glyphs();
    Ok(SavedDeck {
        path: path.display().to_string(),
        bytes,
        format,
        slides: deck.slides.len() as u32,
        missing_glyphs: missing.chars.iter().map(char::to_string).collect(),
        font_packages: missing.packages.iter().map(|p| p.to_string()).collect(),
    })
}

/// Writes `bytes` next to `path` and renames the file into place, so a crash or a full disk
/// never leaves half a deck under the name a user will open (or mail to a customer).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<u64, Error> {
    let io = |e: std::io::Error| Error::io(path, e);
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut tmp = tempfile::Builder::new().prefix(".waypoint-deck-").suffix(".tmp").tempfile_in(dir).map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(bytes.len() as u64)
}

/// An account id as a file name, as the CLI's `deck qbr --all` names them.
fn file_stem(account: &str) -> String {
    account.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

/// Decks in flight: one per core but one, so the window keeps a core while a book is written.
pub fn default_lanes() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().saturating_sub(1).max(1))
}

/// Every paying account's QBR for `quarter` into `dir` (`<account id>-<quarter>.<ext>`, as the
/// CLI names them), in each of `formats`. `progress` hears of every deck; `cancel` is checked
/// before each deck starts. Failures are collected, not raised.
pub async fn qbr_batch(
    session: &Session,
    quarter: &str,
    dir: &str,
    formats: &[DeckFormat],
    lang: i18n::Lang,
    progress: impl Fn(BatchProgress),
    cancel: &Cancel,
) -> Result<BatchSummary, Error> {
    qbr_batch_in_lanes(session, quarter, dir, formats, lang, default_lanes(), progress, cancel).await
}

/// [`qbr_batch`] with `lanes` decks in flight.
pub async fn qbr_batch_in_lanes(
    session: &Session,
    quarter: &str,
    dir: &str,
    formats: &[DeckFormat],
    lang: i18n::Lang,
    lanes: usize,
    progress: impl Fn(BatchProgress),
    cancel: &Cancel,
) -> Result<BatchSummary, Error> {
    let q = quarter_of(quarter)?;
    let dir = absolute(dir)?;
    let mut formats = formats.to_vec();
    let mut seen = vec![];
    formats.retain(|f| !seen.contains(f) && { seen.push(*f); true });
    if formats.is_empty() {
        return Err(Error::refused("error-views-deck-formats"));
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let settings = Arc::new(session.config().metrics.clone());
    let analysis = metrics::analyze(session.workspace(), q.end(), metrics::Scope::All, &settings).await?;
    let accounts: Vec<(String, String)> = analysis.accounts.iter().filter(|v| v.mrr > 0.0).map(|v| (v.account_id.clone(), v.name.clone())).collect();
    let total = accounts.len() as u32;
    let mut s = BatchSummary { quarter: q.to_string(), dir: dir.display().to_string(), total, decks: 0, files: 0, bytes: 0, failures: vec![], cancelled: false, skipped: 0 };
    progress(BatchProgress { done: 0, total, account: None, failed: 0 });
    let (brand, formats, dir) = (Arc::new(brand(session).await?), Arc::new(formats), Arc::new(dir));
    let mut tasks = tokio::task::JoinSet::new();
    let mut running: HashMap<tokio::task::Id, (String, String)> = HashMap::new();
    let mut queue = accounts.into_iter();
    let mut done = 0u32;
    loop {
        while tasks.len() < lanes.max(1) && !cancel.is_cancelled() {
            let Some((id, name)) = queue.next() else { break };
            let (ws, settings, brand, formats, dir, account) = (session.workspace().clone(), settings.clone(), brand.clone(), formats.clone(), dir.clone(), id.clone());
            let task = tasks.spawn(async move {
                let data = decks::qbr::load(&ws, &account, q, &settings, lang).await.map_err(deck_error)?;
                blocking(move || {
                    let deck = decks::qbr::deck(&data, &brand).map_err(deck_error)?;
                    let mut bytes = 0;
                    for f in formats.iter() {
                        bytes += write_atomic(&dir.join(format!("{}-{q}.{}", file_stem(&account), f.ext())), &f.write(&deck)?)?;
                    }
                    Ok((formats.len() as u32, bytes))
                })
                .await
            });
            running.insert(task.id(), (id, name));
        }
        let Some(joined) = tasks.join_next_with_id().await else { break };
        let (task, result) = match joined {
            Ok((task, result)) => (task, result),
            Err(e) => (e.id(), Err(Error::refused_with("error-views-deck-task", "detail", e))),
        };
        let (account_id, account) = running.remove(&task).unwrap_or_default();
        match result {
            Ok((files, bytes)) => {
                s.decks += 1;
                s.files += files;
                s.bytes += bytes;
            }
            Err(e) => s.failures.push(BatchFailure { account_id, account: account.clone(), code: e.code().into(), message: e.to_string() }),
        }
        done += 1;
        progress(BatchProgress { done, total, account: Some(account), failed: s.failures.len() as u32 });
    }
    s.skipped = total - done;
    s.cancelled = s.skipped > 0;
    Ok(s)
}
