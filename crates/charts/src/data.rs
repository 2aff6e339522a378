//! From the engine's types to chart data: the same functions feed the CLI, the app and the
//! decks, so they all show the same numbers.

use chrono::{Days, NaiveDate};
use metrics::AccountView;
use metrics::usage_trend::{self, ActiveDay};
use metrics::alerts::{Alert, AlertKind};
use store::{ModuleInfo, UsageDay};

use crate::module_mix::{MixModule, MixRow, ModuleMix};
use crate::module_stack::{Marker, ModuleSeries, ModuleStack};
use crate::users::UsersChart;

/// Alert kinds that belong on a usage timeline.
const USAGE_ALERTS: [AlertKind; 3] = [AlertKind::UsageDrop, AlertKind::AccountSilent, AlertKind::CoreUsersSilent];

/// The last days of the weeks from the week holding `from` to the one ending on `to`,
/// oldest first: week w (0 = oldest) of n ends on `to` - 7 (n - 1 - w) days. Every weekly
/// chart buckets by these, so weeks line up across charts.
pub fn week_ends(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let days = (to - from).num_days().max(0) as usize + 1;
    let n = days.div_ceil(7);
    (0..n).map(|w| to - Days::new(7 * (n - 1 - w) as u64)).collect()
}

/// Active users, stickiness and core users at the end of each week from `from` to `to`,
/// from the account's user-days (`core` says which roles are core).
pub fn users(title: &str, days: &[store::UserDay], from: NaiveDate, to: NaiveDate, core_on_file: usize) -> UsersChart {
    let active: Vec<ActiveDay> = days
        .iter()
        .filter_map(|d| {
            let day = NaiveDate::parse_from_str(&d.day, "%Y-%m-%d").ok()?;
            Some(ActiveDay { day, user: d.user_id, core: d.role.as_deref().is_some_and(metrics::usage::is_core_role) })
        })
        .collect();
    UsersChart { title: title.into(), weeks: usage_trend::weekly(&active, &week_ends(from, to)), core_on_file }
}

/// Weekly events per module for one account, whole weeks ending on `to` and going back to
/// the week that contains `from` (so `usage` should start 6 days before that week ends). Modules keep the catalogue's order and colours; modules the account
/// never used in the period are left out of the legend. Usage alerts become markers at the
/// week they started.
#[allow(clippy::too_many_arguments)]
pub fn module_stack(
    lang: i18n::Lang,
    title: &str,
    usage: &[UsageDay],
    catalogue: &[ModuleInfo],
    alerts: &[Alert],
    from: NaiveDate,
    to: NaiveDate,
    mix: bool,
) -> ModuleStack {
    let weeks = week_ends(from, to);
    let n = weeks.len();
    let week_of = |day: NaiveDate| -> Option<usize> {
        let back = (to - day).num_days();
        // Whole weeks: the first week counts all its days, even those before `from`.
        (back >= 0 && (back as usize) < 7 * n).then(|| n - 1 - (back as usize / 7))
    };
    let mut values = vec![vec![0.0; n]; catalogue.len()];
    for u in usage {
        let (Ok(day), Some(m)) = (NaiveDate::parse_from_str(&u.day, "%Y-%m-%d"), catalogue.iter().position(|m| m.key == u.module)) else {
            continue;
        };
        if let Some(w) = week_of(day) {
            values[m][w] += u.events as f64;
        }
    }
    let modules = catalogue
        .iter()
        .zip(values)
        .enumerate()
        .filter(|(_, (_, v))| v.iter().any(|&x| x > 0.0))
        .map(|(i, (m, v))| ModuleSeries { name: m.name.clone(), catalogue_index: i, values: v })
        .collect();
    let markers = alerts
        .iter()
        .filter(|a| USAGE_ALERTS.contains(&a.kind))
        .filter_map(|a| {
            let since = NaiveDate::parse_from_str(&a.since, "%Y-%m-%d").ok()?;
            Some(Marker { week: week_of(since.max(from))?, label: marker_label(lang, a) })
        })
        .collect();
    ModuleStack { title: title.to_string(), weeks, modules, mix, markers }
}

/// Events per catalogue module over the quarter an account view holds (its 13 weeks).
fn quarter_events(view: &AccountView, catalogue: &[ModuleInfo]) -> Vec<f64> {
    let mut values = vec![0.0; catalogue.len()];
    for m in &view.usage.modules {
        if let Some(i) = catalogue.iter().position(|c| c.key == *m.module) {
            values[i] += m.weekly_events.iter().sum::<i64>() as f64;
        }
    }
    values
}

/// Modules the account could use and did not touch in the quarter: its licensed modules
/// when it has any, else every product module (the same basis as breadth).
fn unused_modules(view: &AccountView) -> Vec<String> {
    let licensed = view.usage.modules.iter().any(|m| m.licensed);
    view.usage
        .modules
        .iter()
        .filter(|m| &*m.module != "unassigned" && (m.licensed || !licensed))
        .filter(|m| m.weekly_events.iter().all(|&e| e == 0))
        .map(|m| m.name.to_string())
        .collect()
}

fn mix_modules(catalogue: &[ModuleInfo]) -> Vec<MixModule> {
    catalogue.iter().enumerate().map(|(i, m)| MixModule { name: m.name.clone(), catalogue_index: i }).collect()
}

/// One 100% bar per account: its module mix over the analysis' last 13 weeks, with the
/// modules it leaves unused.
pub fn module_mix_accounts(title: &str, subtitle: &str, views: &[&AccountView], catalogue: &[ModuleInfo]) -> ModuleMix {
    let rows = views
        .iter()
        .map(|v| MixRow { label: v.name.clone(), values: quarter_events(v, catalogue), unused: unused_modules(v), note: None })
        .collect();
    ModuleMix { title: title.into(), subtitle: subtitle.into(), modules: mix_modules(catalogue), rows, without_activity: 0 }
}

/// One 100% bar per group of accounts (a segment): the members' activity added up, with
/// how many accounts it covers.
pub fn module_mix_groups(lang: i18n::Lang, title: &str, subtitle: &str, groups: &[(String, Vec<&AccountView>)], catalogue: &[ModuleInfo]) -> ModuleMix {
    let rows = groups
        .iter()
        .map(|(label, members)| {
            let mut values = vec![0.0; catalogue.len()];
            for v in members {
                for (total, x) in values.iter_mut().zip(quarter_events(v, catalogue)) {
                    *total += x;
                }
            }
            let n = members.len();
            MixRow { label: label.clone(), values, unused: vec![], note: Some(i18n::tr!(lang, "chart-mix-accounts", count = n as i64)) }
        })
        .collect();
    ModuleMix { title: title.into(), subtitle: subtitle.into(), modules: mix_modules(catalogue), rows, without_activity: 0 }
}

fn marker_label(lang: i18n::Lang, a: &Alert) -> String {
    match (a.kind, a.change) {
        (AlertKind::UsageDrop, Some(c)) => i18n::tr!(lang, "chart-marker-usage-drop", change = crate::format::percent(lang, c)),
        (AlertKind::AccountSilent, _) => i18n::text(lang, "chart-marker-account-silent"),
        (AlertKind::CoreUsersSilent, _) => i18n::text(lang, "chart-marker-core-silent"),
        _ => a.kind.as_str().replace('_', " "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn row(day: &str, module: &str, events: i64) -> UsageDay {
        UsageDay { day: day.into(), module: module.into(), events, active_users: 1, value_events: 0 }
    }

    #[test]
    fn buckets_days_into_weeks_ending_on_to() {
        let catalogue = vec![
            ModuleInfo { key: "data".into(), name: "Data".into() },
            ModuleInfo { key: "mon".into(), name: "Monitoring".into() },
            ModuleInfo { key: "viz".into(), name: "Visualization".into() },
        ];
        // 2026-10-18 .. 2026-10-31 is two weeks: ending 10-24 and 10-31.
        let usage = vec![
            row("2026-10-17", "mon", 100), // before `from`: ignored
            row("2026-10-18", "mon", 5),
            row("2026-10-24", "mon", 7),
            row("2026-10-25", "mon", 3),
            row("2026-10-31", "viz", 4),
            row("2026-10-31", "gone", 9), // not in the catalogue: ignored
        ];
        let s = module_stack(i18n::Lang::En, "A", &usage, &catalogue, &[], d("2026-10-18"), d("2026-10-31"), false);
        assert_eq!(s.weeks, vec![d("2026-10-24"), d("2026-10-31")]);
        let names: Vec<(&str, usize)> = s.modules.iter().map(|m| (m.name.as_str(), m.catalogue_index)).collect();
        assert_eq!(names, [("Monitoring", 1), ("Visualization", 2)], "unused Data is left out, colours by catalogue");
        assert_eq!(s.modules[0].values, vec![12.0, 3.0]);
        assert_eq!(s.modules[1].values, vec![0.0, 4.0]);
    }
}
