//! `waypoint deck qbr`: one account's QBR to a file, or every paying account's QBRs to a
//! directory, reading and drawing several at once with a progress bar.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use decks::quarter::Quarter;
use decks::{Brand, Deck};

use crate::analytics::config;
use crate::{CliError, open};

pub struct QbrOptions {
    pub account: Option<String>,
    pub all: bool,
    pub quarter: String,
    pub out: Option<PathBuf>,
    pub out_dir: Option<PathBuf>,
    pub format: String,
    pub brand: Option<PathBuf>,
    pub settings: Option<PathBuf>,
    /// The global `--lang`: the language of every slide.
    pub lang: i18n::Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pptx,
    Pdf,
}

impl Format {
    fn of(path: &Path) -> Result<Format, CliError> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("pptx") => Ok(Format::Pptx),
            Some("pdf") => Ok(Format::Pdf),
            _ => Err(CliError::Invalid(i18n::Text::new("cli-usage-deck-out").arg("path", i18n::Arg::Str(path.display().to_string())))),
        }
    }

    pub fn list(s: &str) -> Result<Vec<Format>, CliError> {
        let mut out = Vec::new();
        for f in s.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            let f = match f {
                "pptx" => Format::Pptx,
                "pdf" => Format::Pdf,
                other => return Err(CliError::Invalid(i18n::Text::new("cli-usage-deck-format").arg("got", i18n::Arg::Str(other.to_string())))),
            };
            if !out.contains(&f) {
                out.push(f);
            }
        }
        if out.is_empty() {
            return Err(CliError::Invalid(i18n::Text::new("cli-usage-deck-format-empty")));
        }
        Ok(out)
    }

    fn ext(self) -> &'static str {
        match self {
            Format::Pptx => "pptx",
            Format::Pdf => "pdf",
        }
    }

    pub fn write(self, deck: &Deck) -> Result<Vec<u8>, decks::Error> {
        match self {
            Format::Pptx => decks::pptx::write(deck),
            Format::Pdf => decks::pdf::write(deck),
        }
    }
}

fn save(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    std::fs::write(path, bytes).map_err(|e| CliError::Io { context: path.display().to_string(), source: e })
}

/// The value brief for the prospect in `profile` to `out` (.pptx or .pdf).
pub async fn brief(path: &Path, profile: &Path, out: &Path, at: crate::args::AsOf, brand: Option<PathBuf>, lang: i18n::Lang) -> Result<(), CliError> {
    let format = Format::of(out)?;
    let prospect = decks::brief::Prospect::load(profile)?;
    let brand = Brand::load_or_default(brand.as_deref())?;
    let deck = open::with_workspace(path, async |ws| {
        let cfg = config(ws, at.settings.as_ref()).await?;
        let day = crate::analytics::as_of(ws, &at).await?;
        Ok(decks::brief::build(ws, &prospect, day, &cfg.metrics, &brand, lang).await?)
    })
    .await?;
    save(out, &format.write(&deck)?)?;
    wrote(out, &deck);
    Ok(())
}

/// The portfolio summary of `quarter` to `out` (.pptx or .pdf).
/// With `with_backtest`, the deck ends with "How well the health score predicted churn".
pub async fn portfolio(path: &Path, quarter: &str, out: &Path, brand: Option<PathBuf>, settings: Option<PathBuf>, with_backtest: bool, lang: i18n::Lang) -> Result<(), CliError> {
    let quarter = Quarter::parse(quarter)?;
    let format = Format::of(out)?;
    let brand = Brand::load_or_default(brand.as_deref())?;
    let deck = open::with_workspace(path, async |ws| {
        let cfg = config(ws, settings.as_ref()).await?;
        cfg.capacity.validate(&cfg.segments.value.names())?;
        let report = match with_backtest {
            true => Some(backtest::backtest(ws, &cfg.metrics, &cfg.segments, &backtest::Options::default()).await?),
            false => None,
        };
        let options = decks::portfolio::Options { settings: &cfg.metrics, segments: &cfg.segments, capacity: &cfg.capacity, lang, backtest: report.as_ref() };
        Ok(decks::portfolio::build(ws, quarter, &options, &brand).await?)
    })
    .await?;
    save(out, &format.write(&deck)?)?;
    wrote(out, &deck);
    Ok(())
}

/// Every paying account's QBR for `quarter` into `dir`, in every format, several at once
/// (one lane per core: reading is async, drawing and writing run on blocking threads).
/// Returns how many decks were made.
pub async fn write_all(
    ws: &store::Workspace,
    quarter: Quarter,
    settings: &metrics::Settings,
    brand: &Brand,
    formats: &[Format],
    dir: &Path,
    lang: i18n::Lang,
) -> Result<usize, CliError> {
    let analysis = metrics::analyze(ws, quarter.end(), metrics::Scope::All, settings).await?;
    let accounts: Vec<String> = analysis.accounts.iter().filter(|v| v.mrr > 0.0).map(|v| v.account_id.clone()).collect();
    let bar = crate::progress::counter("decks", accounts.len() as u64);
    let (brand, settings, formats, dir) = (Arc::new(brand.clone()), Arc::new(settings.clone()), Arc::new(formats.to_vec()), Arc::new(dir.to_path_buf()));
    let lanes = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut tasks = tokio::task::JoinSet::new();
    let mut queue = accounts.into_iter();
    let mut done = 0usize;
    let mut missing = fonts::Missing::default();
    loop {
        while tasks.len() < lanes {
            let Some(account) = queue.next() else { break };
            let (ws, brand, settings, formats, dir) = (ws.clone(), brand.clone(), settings.clone(), formats.clone(), dir.clone());
            tasks.spawn(async move {
                let data = decks::qbr::load(&ws, &account, quarter, &settings, lang).await?;
                tokio::task::spawn_blocking(move || -> Result<fonts::Missing, CliError> {
                    let deck = decks::qbr::deck(&data, &brand)?;
                    for f in formats.iter() {
                        save(&dir.join(format!("{}-{quarter}.{}", file_stem(&account), f.ext())), &f.write(&deck)?)?;
                    }
                    Ok(deck.missing_glyphs())
                })
                .await
                .map_err(|e| CliError::Usage(format!("deck task failed: {e}")))?
            });
        }
        match tasks.join_next().await {
            Some(result) => {
                missing.merge(result.map_err(|e| CliError::Usage(format!("deck task failed: {e}")))??);
                done += 1;
                bar.inc(1);
            }
            None => break,
        }
    }
    bar.finish_and_clear();
    warn_missing(lang, &i18n::tr!(lang, "cli-decks-count", count = done as i64), &missing);
    Ok(done)
}

/// Says what was written, and which of its characters this machine has no font for.
fn wrote(out: &Path, deck: &Deck) {
    println!("{}", i18n::tr!(deck.lang, "deck-cli-wrote", path = out.display().to_string(), count = deck.slides.len() as i64));
    warn_missing(deck.lang, &out.display().to_string(), &deck.missing_glyphs());
}

/// A deck with boxes for a customer's name is a deck nobody can show: say so on stderr.
fn warn_missing(lang: i18n::Lang, what: &str, missing: &fonts::Missing) {
    if missing.is_empty() {
        return;
    }
    let text = i18n::Text::new("cli-fonts-missing").arg("what", i18n::Arg::Str(what.to_string())).arg("missing", i18n::Arg::Text(Box::new(missing.text())));
    eprintln!("{}", text.render(lang));
}

/// An account id as a file name: letters, digits, `-` and `_` kept, anything else `_`.
fn file_stem(account: &str) -> String {
    account.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

pub async fn qbr(path: &Path, o: QbrOptions) -> Result<(), CliError> {
    let quarter = Quarter::parse(&o.quarter)?;
    let brand = Brand::load_or_default(o.brand.as_deref())?;
    if !o.all {
        let out = o.out.clone().ok_or_else(|| CliError::Invalid(i18n::Text::new("cli-usage-deck-needs-out")))?;
        let format = Format::of(&out)?;
        let account = o.account.clone().expect("clap requires --account without --all");
        let deck = open::with_workspace(path, async |ws| {
            let cfg = config(ws, o.settings.as_ref()).await?;
            Ok(decks::qbr::build(ws, &account, quarter, &cfg.metrics, &brand, o.lang).await?)
        })
        .await?;
        save(&out, &format.write(&deck)?)?;
        wrote(&out, &deck);
        return Ok(());
    }
    let dir = o.out_dir.clone().ok_or_else(|| CliError::Invalid(i18n::Text::new("cli-usage-deck-needs-out-dir")))?;
    let formats = Format::list(&o.format)?;
    std::fs::create_dir_all(&dir).map_err(|e| CliError::Io { context: dir.display().to_string(), source: e })?;
    let started = std::time::Instant::now();
    let count = open::with_workspace(path, async |ws| {
        let cfg = config(ws, o.settings.as_ref()).await?;
        write_all(ws, quarter, &cfg.metrics, &brand, &formats, &dir, o.lang).await
    })
    .await?;
    let seconds = i18n::Formats::of(o.lang).fixed(started.elapsed().as_secs_f64(), 1);
    let quarter = decks::qbr::quarter_label(o.lang, quarter);
    println!("{}", i18n::tr!(o.lang, "deck-cli-wrote-all", count = count as i64, quarter = quarter, dir = dir.display().to_string(), seconds = seconds));
    Ok(())
}
