//! The facts a rule can test, taken from an account's full assessment, so rule segments
//! speak the same numbers as the health score and the alerts.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use metrics::AccountView;

use crate::rules::{Fact, FactKind, Facts};

/// The fixed fields with their kinds and meaning, in the order `waypoint segments --fields`
/// lists them. Custom import columns join as `attributes.<column>`, module shares as
/// `share.<module>`.
pub const FIELDS: &[(&str, FactKind, &str)] = &[
    ("account_id", FactKind::Text, "external account id"),
    ("name", FactKind::Text, "account name"),
    ("owner", FactKind::Text, "CSM who owns the account"),
    ("industry", FactKind::Text, "industry"),
    ("region", FactKind::Text, "region"),
    ("employees", FactKind::Number, "employees"),
    ("mrr", FactKind::Number, "MRR on the as-of day (major units)"),
    ("arr", FactKind::Number, "ARR = 12 x MRR"),
    ("health", FactKind::Number, "health score 0-100"),
    ("health_change", FactKind::Number, "health now minus 28 days earlier"),
    ("band", FactKind::Text, "health band: green, yellow, red"),
    ("stage", FactKind::Text, "lifecycle stage"),
    ("breadth", FactKind::Number, "modules used / licensed (0-1)"),
    ("depth", FactKind::Number, "share of monthly users with a value event (0-1)"),
    ("stickiness", FactKind::Number, "DAU / MAU (0-1)"),
    ("core_active_share", FactKind::Number, "share of sponsors, admins and champions active (0-1)"),
    ("events_week", FactKind::Number, "events in the last 7 days"),
    ("events_month", FactKind::Number, "events in the last 28 days"),
    ("wow_change", FactKind::Number, "week-over-week change of events (fraction)"),
    ("mom_change", FactKind::Number, "28-day over previous 28-day change (fraction)"),
    ("mau", FactKind::Number, "monthly active users"),
    ("modules_used", FactKind::Number, "modules with events in the last 28 days"),
    ("days_since_active", FactKind::Number, "days since the last event"),
    ("time_to_value_days", FactKind::Number, "days from start to first value event"),
    ("renewal_days", FactKind::Number, "days until the next renewal"),
    ("alerts", FactKind::Number, "open alerts"),
    ("customer_days", FactKind::Number, "days since the first subscription started"),
];

fn opt(x: Option<f64>) -> Fact {
    x.map_or(Fact::Missing, Fact::Num)
}

fn text(x: &Option<String>) -> Fact {
    x.as_ref().map_or(Fact::Missing, |s| Fact::Text(s.clone()))
}

fn days_until(as_of: NaiveDate, day: &Option<String>) -> Fact {
    opt(day.as_deref().and_then(|d| d.parse::<NaiveDate>().ok()).map(|d| (d - as_of).num_days() as f64))
}

fn json_fact(v: &serde_json::Value) -> Fact {
    match v {
        serde_json::Value::Number(n) => n.as_f64().map_or(Fact::Missing, Fact::Num),
        serde_json::Value::String(s) if s.is_empty() => Fact::Missing,
        serde_json::Value::String(s) => Fact::Text(s.clone()),
        serde_json::Value::Bool(b) => Fact::Text(b.to_string()),
        serde_json::Value::Null => Fact::Missing,
        other => Fact::Text(other.to_string()),
    }
}

/// Every fact of one account as of `as_of`.
pub fn account_facts(v: &AccountView, as_of: NaiveDate) -> Facts {
    let u = &v.usage;
    let n = |x: i64| Fact::Num(x as f64);
    let mut f: Facts = BTreeMap::from([
        ("account_id".into(), Fact::Text(v.account_id.clone())),
        ("name".into(), Fact::Text(v.name.clone())),
        ("owner".into(), text(&v.owner)),
        ("industry".into(), text(&v.industry)),
        ("region".into(), text(&v.region)),
        ("employees".into(), opt(v.employees.map(|e| e as f64))),
        ("mrr".into(), Fact::Num(v.mrr)),
        ("arr".into(), Fact::Num(v.arr)),
        // Not enough data to score: `health is missing` finds these accounts.
        ("health".into(), opt(v.health.score.map(f64::from))),
        ("health_change".into(), opt(v.health_before.zip(v.health.score).map(|(b, s)| f64::from(s) - f64::from(b)))),
        ("band".into(), Fact::Text(v.health.band.as_str().into())),
        ("stage".into(), Fact::Text(v.lifecycle.stage.clone())),
        ("breadth".into(), opt(u.breadth)),
        ("depth".into(), opt(u.depth)),
        ("stickiness".into(), opt(u.stickiness)),
        ("core_active_share".into(), opt(u.core_active_share)),
        ("events_week".into(), n(u.events_week)),
        ("events_month".into(), n(u.events_month)),
        ("wow_change".into(), opt(u.wow_change)),
        ("mom_change".into(), opt(u.mom_change)),
        ("mau".into(), n(u.monthly_active_users)),
        ("modules_used".into(), n(i64::from(u.modules_used))),
        ("days_since_active".into(), opt(u.days_since_active.map(|d| d as f64))),
        ("time_to_value_days".into(), opt(u.time_to_value_days.map(|d| d as f64))),
        ("renewal_days".into(), days_until(as_of, &v.renewal)),
        ("alerts".into(), n(v.alerts.len() as i64)),
        ("customer_days".into(), match days_until(as_of, &v.customer_since) {
            Fact::Num(d) => Fact::Num(-d),
            other => other,
        }),
    ]);
    for m in &u.modules {
        f.insert(format!("share.{}", m.module), Fact::Num(m.share_quarter));
    }
    for (k, val) in v.attributes.iter() {
        f.insert(format!("attributes.{k}"), json_fact(val));
    }
    f
}

/// The fields a rule may name over these accounts: the fixed ones plus every module share
/// and custom attribute seen. An attribute that is a number for some accounts and text for
/// others is text.
pub fn known_fields(views: &[AccountView]) -> Vec<(String, FactKind)> {
    let mut out: Vec<(String, FactKind)> = FIELDS.iter().map(|(k, kind, _)| (k.to_string(), *kind)).collect();
    let mut extra: BTreeMap<String, FactKind> = BTreeMap::new();
    for v in views {
        for m in &v.usage.modules {
            extra.insert(format!("share.{}", m.module), FactKind::Number);
        }
        for (k, val) in v.attributes.iter() {
            let kind = match json_fact(val) {
                Fact::Num(_) => FactKind::Number,
                Fact::Text(_) => FactKind::Text,
                Fact::Missing => continue,
            };
            let e = extra.entry(format!("attributes.{k}")).or_insert(kind);
            if *e != kind {
                *e = FactKind::Text;
            }
        }
    }
    out.extend(extra);
    out
}
