//! The QBR deck of one account for one quarter: everything is read as of the quarter's last
//! day and compared with the last day of the quarter before, so every number on a slide has
//! its quarter-over-quarter change beside it.

/// The sentences.
pub mod story;
/// The slides.
mod slides;

pub use slides::{deck, delta_kpi, quarter_label};

use chrono::{Days, NaiveDate};
use metrics::{AccountProfile, AccountView, Book, Scope, Settings};

use crate::brand::Brand;
use crate::model::{Deck, Picture};
use crate::quarter::Quarter;
use crate::Error;

/// Everything the slides need, read once.
pub struct QbrData {
    /// The language every slide, note and chart is written in.
    pub lang: i18n::Lang,
    pub quarter: Quarter,
    pub now: AccountProfile,
    /// As of the previous quarter's end; `None` when the account was not yet a customer.
    pub before: Option<AccountView>,
    pub book: Book,
    pub usage: Vec<store::UsageDay>,
    pub user_days: Vec<store::UserDay>,
    pub catalogue: Vec<store::ModuleInfo>,
    /// Value events in the quarter and in the one before.
    pub value_events: (i64, i64),
    pub scorecard: metrics::health::Scorecard,
}

impl QbrData {
    pub fn view(&self) -> &AccountView {
        &self.now.view
    }

    /// Two quarters of weeks: this one and the one it is compared with.
    pub fn chart_from(&self) -> NaiveDate {
        self.quarter.previous().start()
    }
}

fn within(d: &str, from: NaiveDate, to: NaiveDate) -> bool {
    NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok_and(|d| d >= from && d <= to)
}

/// Reads the account's data for `quarter`.
pub async fn load(ws: &store::Workspace, account: &str, quarter: Quarter, settings: &Settings, lang: i18n::Lang) -> Result<QbrData, Error> {
    let end = quarter.end();
    let prev = quarter.previous();
    let exists = metrics::analyze(ws, end, Scope::Account(account), settings).await?;
    if exists.accounts.is_empty() {
        return Err(Error::UnknownAccount(account.to_string()));
    }
    let now = metrics::profile(ws, account, end, settings).await?;
    // The deck speaks the account's own currency (the profile's), the quarter before too.
    let in_own = |mut b: Book| {
        b.currency = now.currency.clone();
        b
    };
    let (then, then_before) = Book::load_with_trend(ws, prev.end(), Scope::Account(account)).await?;
    let before = metrics::analyze_book(&in_own(then), Some(&then_before), settings).accounts.into_iter().next();
    let started = now.view.customer_since.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let before = before.filter(|_| started.is_some_and(|s| s <= prev.end()));
    let book = in_own(Book::load(ws, end, Scope::Account(account)).await?);
    let from = prev.start();
    // Whole weeks ending on the quarter's end, and the 27 days a first 28-day window needs.
    let first_week_end = charts::data::week_ends(from, end)[0];
    let reach = first_week_end - Days::new(27);
    let usage = ws.usage(account, Some(&(first_week_end - Days::new(6)).to_string()), Some(&end.to_string())).await?;
    let user_days = ws.user_days(account, &reach.to_string(), &end.to_string()).await?;
    let catalogue = ws.modules().await?;
    let value = |q: Quarter| usage.iter().filter(|u| within(&u.day, q.start(), q.end())).map(|u| u.value_events).sum::<i64>();
    let value_events = (value(quarter), value(prev));
    Ok(QbrData { lang, quarter, now, before, book, usage, user_days, catalogue, value_events, scorecard: settings.scorecard.clone() })
}

/// A chart as the deck needs it: PNG for the PPTX, SVG for the PDF. Laid out at 640 x 360
/// rather than the app's 800 x 450, so its text is a quarter larger on a half-slide chart,
/// and rasterised at 2.5x (1600 x 900) to stay sharp when projected.
pub fn picture<C: charts::Chart>(lang: i18n::Lang, chart: &C, alt: &str) -> Result<Picture, Error> {
    let theme = charts::Theme::Light;
    let svg = charts::Canvas { width: 640, height: 360, scale: 1.0, theme, lang };
    let png = charts::Canvas { width: 1600, height: 900, scale: 2.5, theme, lang };
    Ok(Picture { png: charts::to_png(chart, &png)?, svg: Some(charts::to_svg(chart, &svg)?), alt: alt.to_string() })
}

/// The deck of one account for one quarter, in `lang`.
pub async fn build(ws: &store::Workspace, account: &str, quarter: Quarter, settings: &Settings, brand: &Brand, lang: i18n::Lang) -> Result<Deck, Error> {
    let data = load(ws, account, quarter, settings, lang).await?;
    slides::deck(&data, brand)
}
