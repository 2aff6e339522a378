//! One entry point for the three ways of segmenting the book, each giving memberships and
//! profiles; needs and value also give their crosstab, because the point of needs segments
//! is that they cut across value tiers.

use chrono::NaiveDate;
use metrics::Analysis;
use serde::{Deserialize, Serialize};

use crate::crosstab::{Crosstab, crosstab};
use crate::facts::{account_facts, known_fields};
use crate::needs::{INACTIVE, NeedsConfig, NeedsModel, cluster};
use crate::profile::{SegmentProfile, profiles};
use crate::rules::parse;
use crate::value::{NO_ARR, ValueTiers};
use crate::Error;

#[derive(Debug, Clone, PartialEq)]
pub enum By {
    Needs,
    Value,
    Rule(String),
}

impl By {
    /// `needs`, `value` or `rule:<expression>`.
    pub fn parse(text: &str) -> Result<By, Error> {
        match text.trim() {
            "needs" => Ok(By::Needs),
            "value" => Ok(By::Value),
            t => match t.strip_prefix("rule:") {
                Some(expr) => Ok(By::Rule(expr.trim().to_string())),
                None => Err(Error::Settings(i18n::Text::new("segments-by").arg("by", i18n::Arg::Str(t.to_string())))),
            },
        }
    }
}

/// Segment settings; missing fields keep their defaults.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct SegmentSettings {
    pub needs: NeedsConfig,
    pub value: ValueTiers,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Membership {
    pub account_id: String,
    pub segment: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, ts_rs::TS)]
pub struct Segmentation {
    /// `needs`, `value` or `rule`.
    pub by: String,
    pub as_of: String,
    /// The rule in canonical form, for `rule`.
    pub rule: Option<String>,
    pub segments: Vec<SegmentProfile>,
    pub memberships: Vec<Membership>,
    pub needs: Option<NeedsModel>,
    pub tiers: Option<ValueTiers>,
    /// Needs segments (rows) x value tiers (columns), for `needs` and `value`.
    pub crosstab: Option<Crosstab>,
    /// For `needs` and `value`: where the needs segments come from.
    pub needs_fit: Option<FitSource>,
}

/// Where a book's needs segments come from: a kept fit that still describes the book, or a fit
/// of this book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FitSource {
    /// The day of the book the segments were fitted on.
    pub fitted_on: String,
    /// The segments are a fit the workspace kept earlier ([`crate::saved_fit`]); `false` for
    /// a fit of this book made for this answer (which `waypoint segments --refit` then keeps).
    pub kept: bool,
    /// Accounts that are not in the segment the fit gave them (0 for a fit of this book).
    pub moved: usize,
}

/// Each account's needs segment (in `analysis.accounts` order) and the model it comes from:
/// fitted on this book, or a kept fit that still serves it ([`crate::saved_fit::needs_of`]).
#[derive(Debug, Clone)]
pub struct NeedsFit {
    pub labels: Vec<String>,
    pub model: NeedsModel,
    /// The day of the book the model was fitted on.
    pub fitted_on: NaiveDate,
    /// The model is the workspace's kept fit.
    pub kept: bool,
    /// Accounts not in the segment the fit gave them (0 when fitted on this book).
    pub moved: usize,
}

impl NeedsFit {
    /// Fitted on this book.
    pub fn fit(analysis: &Analysis, cfg: &NeedsConfig) -> Result<NeedsFit, Error> {
        let fitted_on = day_of(analysis)?;
        let model = cluster(&analysis.accounts, cfg)?;
        Ok(NeedsFit { labels: model.labels.clone(), model, fitted_on, kept: false, moved: 0 })
    }

    /// `given` when the caller has the book's segments, else fitted on this book.
    fn given_or_fit(given: Option<NeedsFit>, analysis: &Analysis, cfg: &NeedsConfig) -> Result<NeedsFit, Error> {
        match given {
            Some(fit) => Ok(fit),
            None => NeedsFit::fit(analysis, cfg),
        }
    }

    /// The segments' names in display order: the fitted ones, then "No recent activity".
    pub fn order(&self) -> Vec<String> {
        self.model.clusters.iter().map(|c| c.name.clone()).chain(std::iter::once(INACTIVE.to_string())).collect()
    }
}

fn day_of(analysis: &Analysis) -> Result<NaiveDate, Error> {
    analysis.as_of.parse().map_err(|_| Error::Settings(i18n::Text::new("error-parse-day").arg("got", i18n::Arg::Str(analysis.as_of.clone()))))
}

fn grouped(labels: &[String], order: &[String]) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = order.iter().map(|o| (o.clone(), Vec::new())).collect();
    for (i, l) in labels.iter().enumerate() {
        match out.iter_mut().find(|(name, _)| name == l) {
            Some((_, m)) => m.push(i),
            None => out.push((l.clone(), vec![i])),
        }
    }
    out.retain(|(_, m)| !m.is_empty());
    out
}

/// Needs labels of every account, in `analysis.accounts` order, and the model.
pub fn needs_labels(analysis: &Analysis, cfg: &NeedsConfig) -> Result<(Vec<String>, NeedsModel), Error> {
    let model = cluster(&analysis.accounts, cfg)?;
    Ok((model.labels.clone(), model))
}

/// Value tier of every account, in `analysis.accounts` order.
pub fn value_labels(analysis: &Analysis, tiers: &ValueTiers) -> Result<Vec<String>, Error> {
    tiers.validate()?;
    Ok(analysis.accounts.iter().map(|v| tiers.tier_of(v.arr).to_string()).collect())
}

/// One segment picked by name, for charts and decks about "this segment": a value tier or a
/// needs segment (names compared without regard to case; value first, since it needs no
/// clustering), or `rule:<expression>`. Returns the segment's display name and the indexes
/// of its accounts in `analysis.accounts`. `needs` are the book's needs segments when the
/// caller has them (a kept fit); without, they are fitted if the name is not a value tier.
pub fn members(analysis: &Analysis, settings: &SegmentSettings, name: &str, needs: Option<NeedsFit>) -> Result<(String, Vec<usize>), Error> {
    match rule_or_value_members(analysis, settings, name)? {
        Some(hit) => Ok(hit),
        None => needs_members(settings, name, &NeedsFit::given_or_fit(needs, analysis, &settings.needs)?),
    }
}

/// [`members`] of a rule or a value tier; `None` for any other name (a needs segment's,
/// which needs the book's needs segments: [`needs_members`]).
pub fn rule_or_value_members(analysis: &Analysis, settings: &SegmentSettings, name: &str) -> Result<Option<(String, Vec<usize>)>, Error> {
    let name = name.trim();
    if let Some(expr) = name.strip_prefix("rule:") {
        let s = segment(analysis, &By::Rule(expr.trim().to_string()), settings, None)?;
        let rule = s.rule.unwrap_or_default();
        let ids: Vec<&str> = s.memberships.iter().map(|m| m.account_id.as_str()).collect();
        let idx = (0..analysis.accounts.len()).filter(|&i| ids.contains(&analysis.accounts[i].account_id.as_str())).collect();
        return Ok(Some((rule, idx)));
    }
    Ok(pick(&value_labels(analysis, &settings.value)?, &settings.value.names(), name))
}

/// [`members`] of the needs segment `name` among `fit`'s; an error naming every segment there
/// is when no needs segment has that name.
pub fn needs_members(settings: &SegmentSettings, name: &str, fit: &NeedsFit) -> Result<(String, Vec<usize>), Error> {
    let needs_order = fit.order();
    pick(&fit.labels, &needs_order, name.trim()).ok_or_else(|| {
        let quote = |v: &[String]| v.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
        Error::UnknownSegment { name: name.trim().to_string(), needs: quote(&needs_order), value: quote(&settings.value.names()) }
    })
}

/// The segment named `name` (without regard to case) and the indexes of its accounts.
fn pick(labels: &[String], order: &[String], name: &str) -> Option<(String, Vec<usize>)> {
    let found = order.iter().chain(labels).find(|l| l.to_lowercase() == name.to_lowercase())?;
    Some((found.clone(), (0..labels.len()).filter(|&i| &labels[i] == found).collect()))
}

/// The book's segments `by` needs, value or a rule. `needs` are the book's needs segments when
/// the caller has them (a kept fit); without, needs and value fit them (for the crosstab).
pub fn segment(analysis: &Analysis, by: &By, settings: &SegmentSettings, needs: Option<NeedsFit>) -> Result<Segmentation, Error> {
    let views = &analysis.accounts;
    let memberships = |labels: &[String]| -> Vec<Membership> {
        views.iter().zip(labels).map(|(v, l)| Membership { account_id: v.account_id.clone(), segment: l.clone() }).collect()
    };
    let mut out = Segmentation { as_of: analysis.as_of.clone(), ..Default::default() };
    match by {
        By::Needs | By::Value => {
            let fit = NeedsFit::given_or_fit(needs, analysis, &settings.needs)?;
            let value = value_labels(analysis, &settings.value)?;
            let needs_order = fit.order();
            let needs = fit.labels;
            let value_order = settings.value.names();
            // The statistics compare active, paying accounts only: "No recent activity" and
            // "No ARR" hold the same churned accounts by construction and would make the two
            // views look related when they are not.
            let both: Vec<usize> = (0..needs.len()).filter(|&i| needs[i] != INACTIVE && value[i] != NO_ARR).collect();
            let mut table = crosstab(&needs, &value, &needs_order, &value_order);
            let pick = |l: &[String]| both.iter().map(|&i| l[i].clone()).collect::<Vec<_>>();
            let active = crosstab(&pick(&needs), &pick(&value), &needs_order, &value_order);
            table.cramers_v = active.cramers_v;
            table.adjusted_rand = active.adjusted_rand;
            out.crosstab = Some(table);
            let (labels, order) = if *by == By::Needs { (&needs, &needs_order) } else { (&value, &value_order) };
            out.by = if *by == By::Needs { "needs" } else { "value" }.into();
            out.segments = profiles(views, &grouped(labels, order));
            out.memberships = memberships(labels);
            out.needs = Some(fit.model);
            out.needs_fit = Some(FitSource { fitted_on: fit.fitted_on.to_string(), kept: fit.kept, moved: fit.moved });
            out.tiers = Some(settings.value.clone());
        }
        By::Rule(expr) => {
            let rule = parse(expr)?;
            rule.check(&known_fields(views))?;
            let as_of = day_of(analysis)?;
            let canonical = rule.to_string();
            let matched: Vec<usize> = (0..views.len()).filter(|&i| rule.matches(&account_facts(&views[i], as_of))).collect();
            out.by = "rule".into();
            out.segments = profiles(views, &[(canonical.clone(), matched.clone())]);
            out.memberships =
                matched.iter().map(|&i| Membership { account_id: views[i].account_id.clone(), segment: canonical.clone() }).collect();
            out.rule = Some(canonical);
        }
    }
    Ok(out)
}
