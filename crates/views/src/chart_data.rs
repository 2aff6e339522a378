//! The data of each chart kind, read from the workspace through the engine for an account, a
//! segment or the whole book.

use chrono::{Days, Months, NaiveDate};
use i18n::{Formats, Lang, tr};
use metrics::{Analysis, Book, Scope};

use crate::chart::{Target, from_day};
use crate::{Config, Error};

/// Retention groups smaller than this get no curve.
const MIN_CURVE_ACCOUNTS: usize = 10;

/// A year of weeks: 52 weeks ending on the day.
fn year_of_weeks(to: NaiveDate) -> NaiveDate {
    to - Days::new(7 * 52 - 1)
}

fn unknown(account: &str) -> Error {
    Error::UnknownAccount(account.to_string())
}

/// The first day of the whole week that holds `from` (weeks end on `to`).
fn first_day(from: NaiveDate, to: NaiveDate) -> NaiveDate {
    charts::data::week_ends(from, to)[0] - Days::new(6)
}

/// Without an explicit --from, an account's timeline starts at its customer start when that
/// is later: weeks of zeros before the contract say nothing.
fn since_start(view: &metrics::AccountView, from: NaiveDate, to: NaiveDate, given: bool) -> NaiveDate {
    let start = view.customer_since.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    match start {
        Some(s) if !given && s > from && s <= to => s,
        _ => from,
    }
}

/// The whole book's analysis and, for a segment, its name and members' ids.
struct Members {
    analysis: Analysis,
    name: String,
    ids: Vec<String>,
}

async fn segment(ws: &store::Workspace, cfg: &Config, name: &str, to: NaiveDate, lang: Lang) -> Result<Members, Error> {
    let analysis = metrics::analyze(ws, to, Scope::All, &cfg.metrics).await?;
    let rule = name.trim().starts_with("rule:");
    // The needs segments are read only for a name that is not a rule or a value tier.
    let (found, idx) = match segments::segmentation::rule_or_value_members(&analysis, &cfg.segments, name)? {
        Some(hit) => hit,
        None => {
            let fit = segments::saved_fit::needs_of(ws, &analysis, &cfg.segments.needs).await?;
            segments::segmentation::needs_members(&cfg.segments, name, &fit)?
        }
    };
    // A rule's canonical text reads as a title only with a word in front of it.
    let name = if rule { tr!(lang, "chart-mix-rule", rule = found) } else { segments::label(&found).render(lang) };
    if idx.is_empty() {
        return Err(Error::Refused(i18n::Text::new("error-views-chart-empty-segment").arg("name", i18n::Arg::Str(name.to_string())).arg("day", i18n::Arg::Str(to.to_string()))));
    }
    let ids = idx.iter().map(|&i| analysis.accounts[i].account_id.clone()).collect();
    Ok(Members { analysis, name, ids })
}

/// "Enterprise (12 accounts)": a segment's name with its size, as chart titles say it.
fn segment_title(lang: Lang, m: &Members) -> String {
    tr!(lang, "chart-module-stack-segment-title", segment = m.name.as_str(), count = m.ids.len() as i64)
}

#[allow(clippy::too_many_arguments)]
pub async fn module_stack(ws: &store::Workspace, cfg: &Config, t: &Target, from: Option<&str>, to: NaiveDate, mix: bool, lang: Lang) -> Result<charts::ModuleStack, Error> {
    let given = from.is_some();
    let from = from_day(from, to, year_of_weeks(to))?;
    // Whole weeks: read from the first day of the first week.
    let (f, d) = (first_day(from, to).to_string(), to.to_string());
    let catalogue = ws.modules().await?;
    match t {
        Target::Account(account) => {
            let analysis = metrics::analyze(ws, to, Scope::Account(account), &cfg.metrics).await?;
            let view = analysis.accounts.first().ok_or_else(|| unknown(account))?;
            let from = since_start(view, from, to, given);
            let usage = ws.usage(account, Some(&first_day(from, to).to_string()), Some(&d)).await?;
            let title = tr!(lang, "chart-module-stack-title", account = view.name.as_str());
            Ok(charts::data::module_stack(lang, &title, &usage, &catalogue, &view.alerts, from, to, mix))
        }
        Target::Segment(name) => {
            let m = segment(ws, cfg, name, to, lang).await?;
            let usage = ws.usage_of(Some(&m.ids), &f, &d).await?;
            Ok(charts::data::module_stack(lang, &segment_title(lang, &m), &usage, &catalogue, &[], from, to, mix))
        }
        Target::Book => {
            let usage = ws.usage_of(None, &f, &d).await?;
            Ok(charts::data::module_stack(lang, &tr!(lang, "chart-all-accounts"), &usage, &catalogue, &[], from, to, mix))
        }
    }
}

pub async fn module_mix(ws: &store::Workspace, cfg: &Config, t: &Target, by: &str, to: NaiveDate, lang: Lang) -> Result<charts::ModuleMix, Error> {
    let catalogue = ws.modules().await?;
    // The 13 weeks an analysis holds.
    let period = charts::format::period(lang, to - Days::new(90), to);
    match t {
        Target::Segment(name) => {
            let m = segment(ws, cfg, name, to, lang).await?;
            let views: Vec<&metrics::AccountView> = m.analysis.accounts.iter().filter(|v| m.ids.contains(&v.account_id)).collect();
            let subtitle = tr!(lang, "chart-mix-subtitle-accounts", count = views.len() as i64, period = period);
            Ok(charts::data::module_mix_accounts(&m.name, &subtitle, &views, &catalogue))
        }
        _ => {
            let analysis = metrics::analyze(ws, to, Scope::All, &cfg.metrics).await?;
            let (labels, order, what) = match by {
                "needs" => {
                    let fit = segments::saved_fit::needs_of(ws, &analysis, &cfg.segments.needs).await?;
                    let order = fit.order();
                    (fit.labels, order, tr!(lang, "chart-mix-title-needs"))
                }
                "value" => (segments::segmentation::value_labels(&analysis, &cfg.segments.value)?, cfg.segments.value.names(), tr!(lang, "chart-mix-title-value")),
                other => return Err(Error::Refused(i18n::Text::new("error-views-chart-mix-by").arg("got", i18n::Arg::Str(other.to_string())))),
            };
            let groups: Vec<(String, Vec<&metrics::AccountView>)> = order
                .iter()
                .map(|name| (segments::label(name).render(lang), analysis.accounts.iter().zip(&labels).filter(|(_, l)| *l == name).map(|(v, _)| v).collect()))
                .collect();
            Ok(charts::data::module_mix_groups(lang, &what, &tr!(lang, "chart-mix-subtitle-groups", period = period), &groups, &catalogue))
        }
    }
}

pub async fn health(ws: &store::Workspace, cfg: &Config, t: &Target, from: Option<&str>, to: NaiveDate, lang: Lang) -> Result<charts::HealthChart, Error> {
    let account = t.account()?;
    let from = from_day(from, to, to - Days::new(364))?;
    let analysis = metrics::analyze(ws, to, Scope::Account(account), &cfg.metrics).await?;
    let view = analysis.accounts.into_iter().next().ok_or_else(|| unknown(account))?;
    let history = metrics::snapshots::history(ws, account)
        .await?
        .into_iter()
        .filter_map(|p| NaiveDate::parse_from_str(&p.day, "%Y-%m-%d").ok().map(|d| (d, p.score)))
        .filter(|(d, _)| *d >= from && *d <= to)
        .collect();
    let card = &cfg.metrics.scorecard;
    Ok(charts::HealthChart { title: tr!(lang, "chart-health-title", account = view.name.as_str()), history, current: Some(view.health), green_at: card.green_at, yellow_at: card.yellow_at })
}

pub async fn users(ws: &store::Workspace, cfg: &Config, t: &Target, from: Option<&str>, to: NaiveDate, lang: Lang) -> Result<charts::UsersChart, Error> {
    let account = t.account()?;
    let given = from.is_some();
    let from = from_day(from, to, year_of_weeks(to))?;
    let analysis = metrics::analyze(ws, to, Scope::Account(account), &cfg.metrics).await?;
    let view = analysis.accounts.first().ok_or_else(|| unknown(account))?;
    let from = since_start(view, from, to, given);
    // The first week's 28-day window reaches back 27 days before it ends.
    let first_end = charts::data::week_ends(from, to)[0];
    let reach = first_end.checked_sub_days(Days::new(27)).unwrap_or(first_end);
    let days = ws.user_days(account, &reach.to_string(), &to.to_string()).await?;
    Ok(charts::data::users(&tr!(lang, "chart-users-title", account = view.name.as_str()), &days, from, to, view.usage.core_users.len()))
}

/// Which of the book's accounts a target covers.
async fn included(ws: &store::Workspace, cfg: &Config, t: &Target, book: &Book, to: NaiveDate, lang: Lang) -> Result<(String, Vec<bool>), Error> {
    let n = book.accounts.len();
    Ok(match t {
        Target::Book => (tr!(lang, "chart-all-accounts"), vec![true; n]),
        Target::Account(id) => {
            let i = book.accounts.iter().position(|a| &a.external_id == id).ok_or_else(|| unknown(id))?;
            (book.accounts[i].name.clone(), (0..n).map(|a| a == i).collect())
        }
        Target::Segment(name) => {
            let m = segment(ws, cfg, name, to, lang).await?;
            (segment_title(lang, &m), book.accounts.iter().map(|a| m.ids.contains(&a.external_id)).collect())
        }
    })
}

pub async fn mrr(ws: &store::Workspace, cfg: &Config, t: &Target, from: Option<&str>, to: NaiveDate, lang: Lang) -> Result<charts::MrrChart, Error> {
    let book = Book::load(ws, to, Scope::All).await?;
    let from = from_day(from, to, to.checked_sub_months(Months::new(11)).unwrap_or(to))?;
    let (title, member) = included(ws, cfg, t, &book, to, lang).await?;
    Ok(mrr_of(lang, &book, &title, &|a| member[a], from))
}

/// The MRR chart of the accounts `include` keeps, from the month holding `from`.
pub fn mrr_of(lang: Lang, book: &Book, title: &str, include: &dyn Fn(usize) -> bool, from: NaiveDate) -> charts::MrrChart {
    let summary = metrics::revenue::summary(book, include);
    mrr_chart(lang, title, &summary, from, |n| metrics::revenue::retention_trend(book, include, n))
}

/// [`mrr_of`] for a snapshot's whole book: its monthly movements come with the analysis (the
/// book's revenue summary) and its NRR/GRR trend is computed once per snapshot.
pub fn mrr_of_all(lang: Lang, s: &crate::Snapshot, title: &str, from: NaiveDate) -> charts::MrrChart {
    let all = |_: usize| true;
    mrr_chart(lang, title, &s.analysis.revenue, from, |n| {
        let (cached, trend) = s.home_trend.get_or_init(|| (n, metrics::revenue::retention_trend(&s.book, &all, n)));
        if *cached == n { trend.clone() } else { metrics::revenue::retention_trend(&s.book, &all, n) }
    })
}

/// The chart of the months of `revenue` from `from` on, with `trend` of that many months.
fn mrr_chart(
    lang: Lang,
    title: &str,
    revenue: &metrics::revenue::RevenueSummary,
    from: NaiveDate,
    trend: impl FnOnce(u32) -> Vec<metrics::revenue::RetentionPoint>,
) -> charts::MrrChart {
    let first_month = from.format("%Y-%m").to_string();
    let months: Vec<_> = revenue.mrr_movements.iter().filter(|m| m.month >= first_month).cloned().collect();
    let trend = trend(months.len() as u32);
    charts::MrrChart { title: tr!(lang, "chart-mrr-title", scope = title), currency: revenue.currency.clone(), months, trend }
}

pub async fn retention(ws: &store::Workspace, cfg: &Config, to: NaiveDate, by: &str, lang: Lang) -> Result<charts::RetentionChart, Error> {
    let title = match by {
        "cohort" | "needs" | "value" => tr!(lang, &format!("chart-retention-title-{by}")),
        _ => return Err(Error::Refused(i18n::Text::new("cli-usage-retention-by").arg("got", i18n::Arg::Str(by.to_string())))),
    };
    let (book, labels) = retention_book(ws, to, by, cfg).await?;
    let grouping = if by == "cohort" { retention::Grouping::Cohort } else { retention::Grouping::Labels(&labels) };
    let mut report = retention::report(&book, by, grouping, retention::Options::default());
    if by != "cohort" {
        for g in &mut report.groups {
            g.group = segments::label(&g.group).render(lang);
        }
    }
    // A curve from a handful of accounts is mostly band; it is named, not drawn.
    let (groups, small): (Vec<_>, Vec<_>) = report.groups.drain(..).partition(|g| g.accounts >= MIN_CURVE_ACCOUNTS);
    let f = Formats::of(lang);
    let as_of = NaiveDate::parse_from_str(&report.as_of.to_string(), "%Y-%m-%d").map(|d| f.date(d)).unwrap_or_else(|_| report.as_of.to_string());
    let mut subtitle = tr!(lang, "chart-retention-subtitle", date = as_of, level = f.percent(0.95, 0));
    if !small.is_empty() {
        let names: Vec<String> = small.iter().map(|g| tr!(lang, "chart-named-count", name = g.group.as_str(), count = g.accounts as i64)).collect();
        let groups = names.join(&tr!(lang, "chart-list-separator"));
        subtitle = tr!(lang, "chart-retention-small", subtitle = subtitle, min = MIN_CURVE_ACCOUNTS as i64, groups = groups);
    }
    Ok(charts::RetentionChart { title, subtitle, groups })
}

/// The book as of the day and, for a segment grouping, each account's segment.
pub async fn retention_book(ws: &store::Workspace, to: NaiveDate, by: &str, cfg: &Config) -> Result<(Book, Vec<String>), Error> {
    let (book, before) = Book::load_with_trend(ws, to, Scope::All).await?;
    let kind = match by {
        "needs" => retention::labels::SegmentKind::Needs,
        "value" => retention::labels::SegmentKind::Value,
        _ => return Ok((book, vec![])),
    };
    let labels = retention::labels::segment_labels(ws, &book, &before, kind, &cfg.metrics, &cfg.segments).await?;
    Ok((book, labels))
}

pub async fn segment_map(ws: &store::Workspace, cfg: &Config, to: NaiveDate, lang: Lang) -> Result<charts::SegmentMap, Error> {
    let analysis = metrics::analyze(ws, to, Scope::All, &cfg.metrics).await?;
    let fit = segments::saved_fit::needs_of(ws, &analysis, &cfg.segments.needs).await?;
    let names = fit.order();
    let points = analysis
        .accounts
        .iter()
        .zip(&fit.labels)
        .map(|(v, l)| charts::MapPoint {
            arr: v.arr,
            breadth: v.usage.breadth.unwrap_or(f64::NAN),
            segment: names.iter().position(|n| n == l).unwrap_or(names.len()),
        })
        .collect();
    let subtitle = map_subtitle(lang, &analysis.as_of.to_string());
    let segments = names.iter().map(|n| segments::label(n).render(lang)).collect();
    Ok(charts::SegmentMap { title: tr!(lang, "chart-map-title"), subtitle, currency: analysis.revenue.currency.clone(), segments, points })
}

/// "Paying accounts by ARR and breadth, by needs segment, as of <day>".
pub fn map_subtitle(lang: Lang, as_of: &str) -> String {
    let day = NaiveDate::parse_from_str(as_of, "%Y-%m-%d").map(|d| Formats::of(lang).date(d)).unwrap_or_else(|_| as_of.to_string());
    tr!(lang, "chart-map-subtitle", date = day)
}

pub async fn nps(ws: &store::Workspace, cfg: &Config, t: &Target, from: Option<&str>, to: NaiveDate, lang: Lang) -> Result<charts::NpsChart, Error> {
    let history = to - Days::new(metrics::book::HISTORY_DAYS - 1);
    let from = from_day(from, to, history)?;
    if from < history {
        return Err(Error::Refused(
            i18n::Text::new("error-views-chart-history")
                .arg("from", i18n::Arg::Str(from.to_string()))
                .arg("days", i18n::Arg::Int(metrics::book::HISTORY_DAYS as i64))
                .arg("history", i18n::Arg::Str(history.to_string())),
        ));
    }
    let book = Book::load(ws, to, Scope::All).await?;
    let (title, member) = included(ws, cfg, t, &book, to, lang).await?;
    let within = |d: NaiveDate| d >= from && d <= to;
    let scores = book.nps.iter().filter(|r| member[r.account] && within(r.day)).map(|r| r.score.clamp(0, 10) as u8).collect();
    let opened: Vec<(NaiveDate, bool)> = book
        .tickets
        .iter()
        .filter(|x| member[x.account])
        .map(|x| (x.opened, matches!(x.priority.as_str(), "urgent" | "high")))
        .collect();
    Ok(charts::NpsChart {
        title: tr!(lang, "chart-nps-title", scope = title),
        subtitle_period: charts::format::period(lang, from, to),
        scores,
        tickets: charts::nps::ticket_weeks(&opened, from, to),
    })
}

pub async fn milestones(ws: &store::Workspace, cfg: &Config, t: &Target, to: NaiveDate, lang: Lang) -> Result<charts::MilestoneChart, Error> {
    let account = t.account()?;
    let analysis = metrics::analyze(ws, to, Scope::Account(account), &cfg.metrics).await?;
    let view = analysis.accounts.into_iter().next().ok_or_else(|| unknown(account))?;
    let start = view.customer_since.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    Ok(charts::MilestoneChart { title: tr!(lang, "chart-plan-title", account = view.name.as_str()), start, as_of: to, milestones: view.success_plan.milestones })
}

/// The health score's backtest over its default window (the 24 latest month ends whose 90-day
/// horizon the data covers); `waypoint health backtest` takes other windows.
pub async fn backtest(ws: &store::Workspace, cfg: &Config, lang: Lang) -> Result<charts::BacktestChart, Error> {
    let r = backtest::backtest(ws, &cfg.metrics, &cfg.segments, &backtest::Options::default()).await?;
    Ok(backtest::chart(&r, lang))
}

