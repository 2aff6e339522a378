//! Product usage: Segment-style track calls streamed to events.jsonl, or the same events
//! counted per account, day, module and user into a Parquet export (crate::rollups).
//!
//! Each account is simulated day by day: an account-level factor (onboarding
//! ramp, usage declines (crate::risk), holidays, day-to-day noise) times
//! a weekday factor scales every present user's chance of being active; active
//! users produce a short session of events spread over the modules the account
//! has adopted so far, each module ramping up after its adoption date.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rand::Rng;

use crate::rollups::RollupSink;
use crate::{DemoError, Usage};
use crate::accounts::{Account, Window};
use crate::case_studies::{self, CaseDates};
use crate::catalog::{self, ModuleDef};
use crate::rng::{self, Stream};

/// Scales the number of events per active user (tunes total volume).
const EVENTS_PER_SESSION: f64 = 0.62;

struct Ev {
    secs: u32,
    millis: u16,
    user: u32,
    module: u8,
    event: u16,
    shape: u16,
}

fn weekday_factor(d: NaiveDate) -> f64 {
    match d.weekday() {
        Weekday::Mon => 1.0,
        Weekday::Tue | Weekday::Wed => 1.05,
        Weekday::Thu => 1.0,
        Weekday::Fri => 0.85,
        Weekday::Sat => 0.11,
        Weekday::Sun => 0.07,
    }
}

/// Account-wide activity level on a day (0 = no usage at all).
fn account_factor(a: &Account, day: NaiveDate) -> f64 {
    if !a.subscribed(day) {
        return 0.0;
    }
    let age = (day - a.relationship_start(day)).num_days() as f64;
    let mut f = (0.2 + 0.8 * age / 75.0).min(1.0);
    // (No decay scripted before a churn: churn follows the signals, crate::risk.)
    if let Some(from) = a.episodes.decline_from.filter(|&f| f <= day) {
        // Steady, not a cliff: month after month a little less; then, if it ends, back to
        // normal over two months.
        let depth = |d: NaiveDate| (1.0 - (d - from).num_days() as f64 / 200.0).max(0.1);
        f *= match a.episodes.decline_until {
            Some(until) if until <= day => {
                let back = ((day - until).num_days() as f64 / 60.0).min(1.0);
                depth(until) + (1.0 - depth(until)) * back
            }
            _ => depth(day),
        };
    }
    let (m, dom) = (day.month(), day.day());
    if (m == 12 && dom >= 22) || (m == 1 && dom <= 2) {
        f *= 0.4;
    } else if m == 8 && a.region == "EMEA" {
        f *= 0.75;
    }
    f
}

/// Writes the usage file (events.jsonl, or the Parquet rollups of the same events) and returns
/// the number of events.
pub fn write(
    path: &Path,
    format: Usage,
    seed: u64,
    window: Window,
    accounts: &[Account],
    modules: &[ModuleDef],
) -> Result<u64, DemoError> {
    let (mut out, mut rollups) = match format {
        Usage::Events => (Some(BufWriter::with_capacity(1 << 20, File::create(path)?)), None),
        Usage::Rollups => (None, Some(RollupSink::create(path)?)),
    };
    let tables: Vec<[Vec<f64>; 2]> = modules
        .iter()
        .map(|m| {
            [
                catalog::cumulative_weights(m, 1.0),
                catalog::cumulative_weights(m, 2.5),
            ]
        })
        .collect();
    let dates = CaseDates::for_end(window.end);
    let salt = rng::splitmix64(seed ^ 0x6d65_7373_6167_6549);
    let mut seq: u64 = 0;
    let mut evs: Vec<Ev> = Vec::new();
    let mut active: Vec<(usize, f64)> = Vec::new();
    let mut cum: Vec<f64> = Vec::new();
    for a in accounts {
        let mut r = rng::rng_for(seed, a.idx, Stream::Usage);
        let mut day = a.start.max(window.start);
        while day <= window.end {
            let base = account_factor(a, day) * r.random_range(0.85..1.15);
            if base > 0.0 {
                // Adopted modules on this day with their ramped weights.
                active.clear();
                for ad in &a.adoption {
                    if ad.from <= day && ad.until.is_none_or(|u| day < u) {
                        let ramp = (0.2 + 0.8 * (day - ad.from).num_days() as f64 / 60.0).min(1.0);
                        active.push((ad.module, ad.weight * ramp));
                    }
                }
                cum.clear();
                let mut acc = 0.0;
                for &(_, w) in &active {
                    acc += w;
                    cum.push(acc);
                }
                let wf = weekday_factor(day);
                if !active.is_empty() {
                    simulate_day(
                        a,
                        day,
                        base * wf,
                        &dates,
                        &active,
                        &cum,
                        &tables,
                        &mut r,
                        &mut evs,
                    );
                }
            }
            if !evs.is_empty() {
                evs.sort_by_key(|e| (e.secs, e.millis));
                let date = day.format("%Y-%m-%d").to_string();
                for e in &evs {
                    seq += 1;
                    if let Some(out) = &mut out {
                        write_event(out, a, day, &date, e, modules, seq, salt)?;
                    }
                    if let Some(r) = &mut rollups {
                        let m = &modules[e.module as usize];
                        r.count(m.id, &a.users[e.user as usize].contact_id, m.events[e.event as usize].value);
                    }
                }
                if let Some(r) = &mut rollups {
                    r.end_day(&a.id, day)?;
                }
                evs.clear();
            }
            day += Duration::days(1);
        }
    }
    if let Some(mut out) = out {
        out.flush()?;
    }
    if let Some(r) = rollups {
        r.finish()?;
    }
    Ok(seq)
}

#[allow(clippy::too_many_arguments)]
fn simulate_day<R: Rng>(
    a: &Account,
    day: NaiveDate,
    level: f64,
    dates: &CaseDates,
    active: &[(usize, f64)],
    cum: &[f64],
    tables: &[[Vec<f64>; 2]],
    r: &mut R,
    evs: &mut Vec<Ev>,
) {
    let total = *cum.last().unwrap_or(&1.0);
    for (ui, u) in a.users.iter().enumerate() {
        if !u.present(day) {
            continue;
        }
        let mut p = u.propensity * level;
        if a.case.is_some() {
            p *= case_studies::activity(a, u, dates, day);
        }
        if r.random::<f64>() >= p {
            continue;
        }
        let n = 1 + rng::poisson(r, (u.intensity - 1.0).max(0.0) * EVENTS_PER_SESSION + 0.4);
        let mut t = rng::work_second(r, a.region);
        let fav = u.favourite % active.len();
        let deep = usize::from(u.depth > 1.5);
        for _ in 0..n {
            let slot = if r.random_bool(0.45) {
                fav
            } else {
                let x = r.random::<f64>() * total;
                cum.iter().position(|&c| x < c).unwrap_or(active.len() - 1)
            };
            let module = active[slot].0;
            let table = &tables[module][deep];
            let x = r.random::<f64>() * table.last().copied().unwrap_or(1.0);
            let event = table.iter().position(|&c| x < c).unwrap_or(table.len() - 1);
            evs.push(Ev {
                secs: t,
                millis: r.random_range(0..1000),
                user: ui as u32,
                module: module as u8,
                event: event as u16,
                shape: r.random_range(0..1000),
            });
            t += r.random_range(4..420);
            if t > 86_399 {
                break;
            }
        }
    }
}

/// A UUID-shaped message id; all 64 bits of a bijective hash of the sequence
/// number are kept, so ids are unique within a file.
fn message_id(seq: u64, salt: u64) -> String {
    let v = rng::splitmix64(seq ^ salt);
    let w = rng::splitmix64(v ^ salt);
    format!(
        "{:08x}-{:04x}-4{:03x}-{:x}{:03x}-{:012x}",
        v >> 32,
        (v >> 16) & 0xffff,
        (v >> 4) & 0xfff,
        8 | (w & 0x3),
        ((v & 0xf) << 8) | ((w >> 8) & 0xff),
        w >> 16 & 0xffff_ffff_ffff,
    )
}

#[allow(clippy::too_many_arguments)]
fn write_event<W: Write>(
    out: &mut W,
    a: &Account,
    day: NaiveDate,
    date: &str,
    e: &Ev,
    modules: &[ModuleDef],
    seq: u64,
    salt: u64,
) -> std::io::Result<()> {
    let m = &modules[e.module as usize];
    let name = m.events[e.event as usize].name;
    let user = &a.users[e.user as usize].contact_id;
    let id = message_id(seq, salt);
    write!(
        out,
        r#"{{"type":"track","event":"{name}","userId":"{user}","messageId":"{id}","timestamp":""#
    )?;
    if (150..170).contains(&e.shape) {
        // Some sources send local time with an offset; same instant, same UTC day.
        let off = rng::region_offset_hours(a.region);
        let local = rng::at(day, e.secs) + Duration::hours(off as i64);
        let sign = if off < 0 { '-' } else { '+' };
        write!(
            out,
            "{}{sign}{:02}:00",
            local.format("%Y-%m-%dT%H:%M:%S"),
            off.abs()
        )?;
    } else {
        let (h, mi, s) = (e.secs / 3600, e.secs / 60 % 60, e.secs % 60);
        write!(out, "{date}T{h:02}:{mi:02}:{s:02}.{:03}Z", e.millis)?;
    }
    match e.shape {
        // No module: the importer maps the event through the catalog.
        0..100 => writeln!(
            out,
            r#"","context":{{"groupId":"{}"}},"properties":{{}}}}"#,
            a.id
        ),
        // Account in the properties instead of the group.
        100..150 => writeln!(
            out,
            r#"","properties":{{"module":"{}","account_id":"{}"}}}}"#,
            m.id, a.id
        ),
        _ => writeln!(
            out,
            r#"","context":{{"groupId":"{}"}},"properties":{{"module":"{}"}}}}"#,
            a.id, m.id
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_are_uuid_shaped_and_distinct() {
        let a = message_id(1, 7);
        let b = message_id(2, 7);
        assert_eq!(a.len(), 36);
        assert_ne!(a, b);
        assert_eq!(&a[14..15], "4");
    }
}
