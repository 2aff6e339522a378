//! The segments screen: needs segments (how accounts use the product) beside value tiers (what
//! they pay), their crosstab, the module-mix charts and the segment map, membership lists, and
//! a rule builder that counts as the CSM types.
//!
//! Everything is read from the session snapshot, whose `needs` and `value` labels are the ones
//! every other screen shows. Re-running `chart_data::module_mix` / `segment_map` would analyse
//! and cluster the book again per chart (seconds on a large book, against a view-switch budget
//! of a hundred milliseconds), so the charts are built here from the same snapshot with the
//! same `charts::data` builders; the tests check the SVGs equal the `chart_data` ones.

use chrono::Days;
use i18n::{Arg, Text};
use metrics::AccountView;
use segments::crosstab::crosstab;
use segments::needs::{INACTIVE, ModuleShare};
use segments::profile::{SegmentProfile, profiles};
use segments::value::NO_ARR;
use serde::{Deserialize, Serialize};

use crate::accounts::AccountRow;
use crate::{Error, Session, Snapshot, Theme};

/// Rule fields, live count and error columns.
mod rules;
pub use rules::{RULE_MEMBERS_SHOWN, RuleCount, RuleField, RuleMember, error_column, located_message, rule_count, rule_fields};
use rules::{book_fields, rule_members};

/// Dominant modules a card names, at most.
const DOMINANT_SHOWN: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    Needs,
    Value,
    Rule,
}

/// One segment as its card shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SegmentCard {
    pub kind: SegmentKind,
    /// The segment's id: what playbooks target and `segment_members` takes.
    pub name: String,
    /// The name in the reader's language.
    pub label: Text,
    /// What puts an account here, in words: the usage pattern for a needs segment, the ARR
    /// range for a value tier (a card must say why its accounts belong together).
    pub description: Text,
    /// Modules holding at least the dominant share of the members' activity, largest first.
    pub dominant_modules: Vec<ModuleShare>,
    /// Paying members that are red or carry a high-severity alert.
    pub at_risk: u32,
    pub at_risk_arr: f64,
    /// Size, ARR and its share of the book, health, breadth, depth, module mix.
    pub profile: SegmentProfile,
}

/// Accounts and ARR of a crosstab cell or total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, ts_rs::TS)]
pub struct CrossCell {
    pub accounts: u32,
    pub arr: f64,
}

/// Needs segments (rows) x value tiers (columns), in the cards' order.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SegmentCrosstab {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// `rows` and `columns` in the reader's language.
    pub row_labels: Vec<Text>,
    pub column_labels: Vec<Text>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<CrossCell>>,
    pub row_totals: Vec<CrossCell>,
    pub column_totals: Vec<CrossCell>,
    pub total: CrossCell,
    /// Over active, paying accounts only: "No recent activity" and "No ARR" hold the same
    /// churned accounts by construction and would make the two views look related.
    pub cramers_v: Option<f64>,
    pub adjusted_rand: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SegmentCharts {
    /// One 100% bar per needs segment.
    pub module_mix_needs: String,
    /// One 100% bar per value tier: the tiers' mixes look alike where needs cut across value.
    pub module_mix_value: String,
    /// Paying accounts by ARR and breadth, coloured by needs segment.
    pub segment_map: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SegmentsView {
    pub as_of: String,
    pub currency: Option<String>,
    /// How amounts in other currencies were converted to `currency` (reporting currency and
    /// rate basis), for the screen to state next to them; absent in a one-currency book.
    pub conversion: Option<metrics::fx::Conversion>,
    pub accounts: u32,
    pub arr: f64,
    /// Largest first, "No recent activity" last.
    pub needs: Vec<SegmentCard>,
    /// Lowest tier first, "No ARR" last.
    pub value: Vec<SegmentCard>,
    pub crosstab: SegmentCrosstab,
    pub charts: SegmentCharts,
    /// Rule fields of this book beyond [`rule_fields`]: each module's share, each custom column.
    pub book_fields: Vec<RuleField>,
    /// Accounts that changed since the needs segments were fitted and joined the nearest one
    /// ([`segments::saved_fit::REFIT_SHARE`] of the book makes a new fit; [`refit`] makes one now).
    pub assigned_since_fit: u32,
    /// The day of the book the needs segments were fitted on (ISO), absent without segments.
    pub needs_fitted_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SegmentMembers {
    pub kind: SegmentKind,
    /// The segment's id (a rule in canonical form).
    pub name: String,
    /// The name in the reader's language.
    pub label: Text,
    pub as_of: String,
    pub currency: Option<String>,
    pub arr: f64,
    /// By name, as in the accounts table.
    pub rows: Vec<AccountRow>,
    /// The rows' needs segments and value tiers in the reader's language, as in the accounts table.
    pub segment_labels: std::collections::BTreeMap<String, Text>,
    /// One bar per member, fewest modules first (the chart keeps the first rows and counts the rest).
    pub module_mix: String,
}

/// Segment names in display order with each one's member indexes (non-empty segments only).
fn groups(labels: &[String], order: &[String]) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = order.iter().map(|o| (o.clone(), vec![])).collect();
    for (i, l) in labels.iter().enumerate() {
        match out.iter_mut().find(|(n, _)| n == l) {
            Some((_, m)) => m.push(i),
            None => out.push((l.clone(), vec![i])),
        }
    }
    out.retain(|(_, m)| !m.is_empty());
    out
}

/// Needs segments largest first, then by name, "No recent activity" last (as the model orders
/// its clusters; the snapshot keeps labels, not the model).
fn needs_order(labels: &[String]) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = vec![];
    for l in labels.iter().filter(|l| *l != INACTIVE) {
        match counts.iter_mut().find(|(n, _)| n == l) {
            Some((_, c)) => *c += 1,
            None => counts.push((l.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts.into_iter().map(|(n, _)| n).chain([INACTIVE.to_string()]).collect()
}

/// An ARR bound: money in the book's currency, a plain number in a book without one.
fn arr(x: f64, currency: Option<&str>) -> Arg {
    match currency {
        Some(c) => Arg::Money { amount: x, currency: c.to_string() },
        None => Arg::Number { value: x, decimals: 0 },
    }
}

fn usage(profile: &SegmentProfile) -> Text {
    let pct = |x: Option<f64>| x.map_or(Arg::Str("–".into()), Arg::Percent);
    Text::new("segment-desc-usage").arg("breadth", pct(profile.breadth_mean)).arg("depth", pct(profile.depth_mean))
}

fn card(s: &Snapshot, session: &Session, kind: SegmentKind, profile: SegmentProfile, members: &[usize]) -> SegmentCard {
    let views = &s.analysis.accounts;
    let dominant_share = session.config().segments.needs.dominant_share;
    let mut dominant: Vec<ModuleShare> = profile.module_mix.iter().filter(|m| m.share >= dominant_share).cloned().collect();
    dominant.sort_by(|a, b| b.share.total_cmp(&a.share));
    dominant.truncate(DOMINANT_SHOWN);
    let mix = Arg::Texts(
        dominant
            .iter()
            .map(|m| Text::new("segment-desc-module-share").arg("module", Arg::Str(m.name.clone())).arg("share", Arg::Percent(m.share)))
            .collect(),
    );
    let name = profile.segment.as_str();
    let currency = s.analysis.revenue.currency.as_deref();
    let description = match kind {
        _ if name == INACTIVE => Text::new("segment-desc-inactive"),
        _ if name == NO_ARR => Text::new("segment-desc-no-arr").arg("day", Arg::Day(s.as_of.to_string())),
        SegmentKind::Value => {
            let tiers = &session.config().segments.value.0;
            let i = tiers.iter().position(|t| t.name == name).unwrap_or(0);
            let range = match tiers.get(i + 1) {
                Some(next) => Text::new("segment-desc-arr-range")
                    .arg("from", arr(tiers[i].min_arr.max(0.0), currency))
                    .arg("to", arr(next.min_arr, currency)),
                None => Text::new("segment-desc-arr-top").arg("from", arr(tiers.get(i).map_or(0.0, |t| t.min_arr), currency)),
            };
            if dominant.is_empty() { range } else { Text::new("segment-desc-value").arg("range", Arg::Text(Box::new(range))).arg("mix", mix) }
        }
        _ if dominant.is_empty() => usage(&profile),
        _ => Text::new("segment-desc-needs").arg("mix", mix).arg("usage", Arg::Text(Box::new(usage(&profile)))),
    };
    let risky: Vec<&AccountView> = members.iter().map(|&i| &views[i]).filter(|v| v.at_risk()).collect();
    SegmentCard {
        kind,
        name: name.to_string(),
        label: segments::label(name),
        description,
        dominant_modules: dominant,
        at_risk: risky.len() as u32,
        at_risk_arr: risky.iter().map(|v| v.arr).sum(),
        profile,
    }
}

fn cards(s: &Snapshot, session: &Session, kind: SegmentKind, groups: &[(String, Vec<usize>)]) -> Vec<SegmentCard> {
    profiles(&s.analysis.accounts, groups).into_iter().zip(groups).map(|(p, (_, m))| card(s, session, kind, p, m)).collect()
}

fn cross(s: &Snapshot, rows: &[String], columns: &[String]) -> SegmentCrosstab {
    let views = &s.analysis.accounts;
    let mut cells = vec![vec![CrossCell::default(); columns.len()]; rows.len()];
    let (mut row_totals, mut column_totals) = (vec![CrossCell::default(); rows.len()], vec![CrossCell::default(); columns.len()]);
    let mut total = CrossCell::default();
    for (i, v) in views.iter().enumerate() {
        let r = rows.iter().position(|x| *x == s.needs[i]);
        let c = columns.iter().position(|x| *x == s.value[i]);
        let (Some(r), Some(c)) = (r, c) else { continue };
        for cell in [&mut cells[r][c], &mut row_totals[r], &mut column_totals[c], &mut total] {
            cell.accounts += 1;
            cell.arr += v.arr;
        }
    }
    let active: Vec<usize> = (0..views.len()).filter(|&i| s.needs[i] != INACTIVE && s.value[i] != NO_ARR).collect();
    let pick = |l: &[String]| active.iter().map(|&i| l[i].clone()).collect::<Vec<_>>();
    let stats = crosstab(&pick(&s.needs), &pick(&s.value), rows, columns);
    SegmentCrosstab {
        rows: rows.to_vec(),
        columns: columns.to_vec(),
        row_labels: rows.iter().map(|r| segments::label(r)).collect(),
        column_labels: columns.iter().map(|c| segments::label(c)).collect(),
        cells,
        row_totals,
        column_totals,
        total,
        cramers_v: stats.cramers_v,
        adjusted_rand: stats.adjusted_rand,
    }
}

/// "share of activity by module, 13 weeks to …", as `chart_data::module_mix` says it.
fn mix_period(s: &Snapshot, lang: i18n::Lang) -> String {
    charts::format::period(lang, s.as_of - Days::new(90), s.as_of)
}

fn svg(chart: &impl charts::Chart, theme: Theme, lang: i18n::Lang) -> Result<String, Error> {
    Ok(charts::to_svg(chart, &charts::Canvas::svg(theme.into(), lang))?)
}

pub async fn segments(session: &Session, theme: Theme, lang: i18n::Lang) -> Result<SegmentsView, Error> {
    let s = session.snapshot().await?;
    let views = &s.analysis.accounts;
    let needs = groups(&s.needs, &needs_order(&s.needs));
    let value = groups(&s.value, &session.config().segments.value.names());
    let (rows, columns): (Vec<String>, Vec<String>) = (needs.iter().map(|g| g.0.clone()).collect(), value.iter().map(|g| g.0.clone()).collect());

    let catalogue = session.workspace().modules().await?;
    let period = mix_period(&s, lang);
    let mix = |what: &str, gs: &[(String, Vec<usize>)]| {
        let members: Vec<(String, Vec<&AccountView>)> =
            gs.iter().map(|(n, m)| (segments::label(n).render(lang), m.iter().map(|&i| &views[i]).collect())).collect();
        charts::data::module_mix_groups(lang, what, &i18n::tr!(lang, "chart-mix-subtitle-groups", period = period.as_str()), &members, &catalogue)
    };
    // Colours follow the position in `names`, which always ends with "No recent activity".
    let mut names: Vec<String> = rows.iter().filter(|r| *r != INACTIVE).cloned().collect();
    names.push(INACTIVE.into());
    let points = views
        .iter()
        .zip(&s.needs)
        .map(|(v, l)| charts::MapPoint {
            arr: v.arr,
            breadth: v.usage.breadth.unwrap_or(f64::NAN),
            segment: names.iter().position(|n| n == l).unwrap_or(names.len()),
        })
        .collect();
    let map = charts::SegmentMap {
        title: i18n::text(lang, "chart-map-title"),
        subtitle: crate::chart_data::map_subtitle(lang, &s.analysis.as_of.to_string()),
        currency: s.analysis.revenue.currency.clone(),
        segments: names.iter().map(|n| segments::label(n).render(lang)).collect(),
        points,
    };
    Ok(SegmentsView {
        as_of: s.as_of.to_string(),
        currency: s.analysis.revenue.currency.clone(),
        conversion: s.analysis.revenue.conversion.clone(),
        accounts: views.len() as u32,
        arr: views.iter().map(|v| v.arr).sum(),
        needs: cards(&s, session, SegmentKind::Needs, &needs),
        value: cards(&s, session, SegmentKind::Value, &value),
        crosstab: cross(&s, &rows, &columns),
        charts: SegmentCharts {
            module_mix_needs: svg(&mix(&i18n::text(lang, "chart-mix-title-needs"), &needs), theme, lang)?,
            module_mix_value: svg(&mix(&i18n::text(lang, "chart-mix-title-value"), &value), theme, lang)?,
            segment_map: svg(&map, theme, lang)?,
        },
        book_fields: book_fields(&s),
        assigned_since_fit: s.assigned_since_fit as u32,
        needs_fitted_on: s.needs_fitted_on.map(|d| d.to_string()),
    })
}

/// Fits the needs segments again on the whole book, then shows them.
pub async fn refit(session: &Session, theme: Theme, lang: i18n::Lang) -> Result<SegmentsView, Error> {
    session.refit_segments();
    segments(session, theme, lang).await
}

/// A segment by name: `rule:<expression>`, else a value tier, else a needs segment (case
/// ignored; value first, as `segments::segmentation::members` picks).
fn resolve(s: &Snapshot, session: &Session, name: &str) -> Result<(SegmentKind, String, Vec<usize>), Error> {
    let name = name.trim();
    if let Some(expr) = name.strip_prefix("rule:") {
        let (canonical, idx) = rule_members(s, expr)?;
        return Ok((SegmentKind::Rule, canonical, idx));
    }
    let value_order = session.config().segments.value.names();
    let needs_order = needs_order(&s.needs);
    let pick = |labels: &[String], order: &[String]| {
        let found = order.iter().chain(labels).find(|l| l.to_lowercase() == name.to_lowercase())?;
        Some((found.clone(), (0..labels.len()).filter(|&i| labels[i] == *found).collect::<Vec<_>>()))
    };
    if let Some((n, idx)) = pick(&s.value, &value_order) {
        return Ok((SegmentKind::Value, n, idx));
    }
    if let Some((n, idx)) = pick(&s.needs, &needs_order) {
        return Ok((SegmentKind::Needs, n, idx));
    }
    let quote = |v: &[String]| v.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
    Err(segments::Error::UnknownSegment { name: name.into(), needs: quote(&needs_order), value: quote(&value_order) }.into())
}

pub async fn segment_members(session: &Session, name: &str, theme: Theme, lang: i18n::Lang) -> Result<SegmentMembers, Error> {
    let s = session.snapshot().await?;
    let (kind, name, idx) = resolve(&s, session, name)?;
    let views: Vec<&AccountView> = idx.iter().map(|&i| &s.analysis.accounts[i]).collect();
    // The accounts table's rows, so a member reads exactly as it does there.
    let all = crate::accounts::accounts(session).await?;
    let rows: Vec<AccountRow> = all.rows.into_iter().filter(|r| views.iter().any(|v| v.account_id == r.account_id)).collect();
    let catalogue = session.workspace().modules().await?;
    let n = views.len();
    let subtitle = i18n::tr!(lang, "chart-mix-subtitle-accounts", count = n as i64, period = mix_period(&s, lang));
    let label = if kind == SegmentKind::Rule { Text::new("plain-text").arg("text", Arg::Str(name.clone())) } else { segments::label(&name) };
    let title = if kind == SegmentKind::Rule { i18n::tr!(lang, "chart-mix-rule", rule = name.as_str()) } else { label.render(lang) };
    let chart = charts::data::module_mix_accounts(&title, &subtitle, &views, &catalogue);
    Ok(SegmentMembers {
        kind,
        name,
        label,
        as_of: s.as_of.to_string(),
        currency: all.currency,
        arr: views.iter().map(|v| v.arr).sum(),
        rows,
        segment_labels: all.segment_labels,
        module_mix: svg(&chart, theme, lang)?,
    })
}

