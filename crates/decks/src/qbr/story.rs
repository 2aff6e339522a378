//! The plain sentences of a QBR, written from the numbers: what changed since last quarter,
//! what went well, what is at risk, when the renewal is. Every sentence states a measured
//! fact with its comparison; when there is nothing to say the sentence says that instead of
//! leaving a blank.

use chrono::NaiveDate;
use metrics::AccountView;
use metrics::alerts::Severity;

use charts::format::{money, percent};

/// "+3", "-2", "±0" for a whole-number change.
pub fn signed(d: i64) -> String {
    match d {
        0 => "±0".into(),
        d if d > 0 => format!("+{d}"),
        d => d.to_string(),
    }
}

/// "up 12% from 40", "down 3% from 40", "unchanged at 40", or "new" when there was none.
pub fn change(now: f64, before: Option<f64>, show: &dyn Fn(f64) -> String) -> String {
    match before {
        Some(b) if b > 0.0 => {
            let rel = (now - b) / b;
            if rel.abs() < 0.005 {
                format!("unchanged at {}", show(now))
            } else if rel > 0.0 {
                format!("up {} from {}", percent(rel), show(b))
            } else {
                format!("down {} from {}", percent(-rel), show(b))
            }
        }
        Some(_) if now > 0.0 => format!("up from none to {}", show(now)),
        Some(_) => "none, as before".to_string(),
        None => show(now),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// "Health is 72 (yellow), down 9 points from 81 at the end of Q2; usage trend moved it
/// most (-8 points), then NPS (-3)."
pub fn health(now: &AccountView, before: Option<&AccountView>, previous: &str) -> String {
    let h = &now.health;
    let head = format!("Health is {} ({})", h.score, h.band.as_str());
    let Some(b) = before else {
        return format!("{head}; there is no score from the end of {previous} to compare with.");
    };
    let d = h.score as i64 - b.health.score as i64;
    let moved = match d {
        0 => format!("unchanged since the end of {previous}"),
        d if d > 0 => format!("up {d} points from {} at the end of {previous}", b.health.score),
        d => format!("down {} points from {} at the end of {previous}", -d, b.health.score),
    };
    let mut drivers: Vec<(String, f64)> = h
        .components
        .iter()
        .filter_map(|c| {
            let then = b.health.components.iter().find(|x| x.key == c.key)?;
            let delta = c.points - then.points;
            (delta.abs() >= 1.0).then(|| (c.label.to_lowercase(), delta))
        })
        .collect();
    drivers.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
    let why = match drivers.as_slice() {
        [] => String::new(),
        [(a, x)] => format!("; {a} moved it most ({} points)", signed(x.round() as i64)),
        [(a, x), (c, y), ..] => format!("; {a} moved it most ({} points), then {c} ({})", signed(x.round() as i64), signed(y.round() as i64)),
    };
    format!("{head}, {moved}{why}.")
}

fn modules_used(v: &AccountView) -> Vec<&str> {
    v.usage.modules.iter().filter(|m| m.module != "unassigned" && m.events_month > 0).map(|m| m.name.as_str()).collect()
}

/// What went well in the quarter, strongest first; at most four.
pub fn wins(now: &AccountView, before: Option<&AccountView>, quarter: (NaiveDate, NaiveDate), currency: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(b) = before {
        let then = modules_used(b);
        let new: Vec<&str> = modules_used(now).into_iter().filter(|m| !then.contains(m)).collect();
        if !new.is_empty() {
            out.push(format!("Started using {}: {} of {} modules now in use.", new.join(", "), now.usage.modules_used, now.usage.modules_basis));
        }
        let (mau, was) = (now.usage.monthly_active_users, b.usage.monthly_active_users);
        if was > 0 && mau as f64 >= was as f64 * 1.1 {
            out.push(format!("Monthly active users {}.", change(mau as f64, Some(was as f64), &|x| format!("{x:.0}"))));
        }
        if now.arr > b.arr + 0.5 {
            out.push(format!("ARR grew by {} to {}.", money(now.arr - b.arr, currency), money(now.arr, currency)));
        }
        if now.health.score as i64 >= b.health.score as i64 + 5 {
            out.push(format!("Health rose {} points to {}.", now.health.score as i64 - b.health.score as i64, now.health.score));
        }
    }
    let done: Vec<&str> = now
        .success_plan
        .milestones
        .iter()
        .filter(|m| m.completed.as_deref().and_then(|c| NaiveDate::parse_from_str(c, "%Y-%m-%d").ok()).is_some_and(|c| c >= quarter.0 && c <= quarter.1))
        .map(|m| m.title.as_str())
        .collect();
    if !done.is_empty() {
        out.insert(0, format!("Completed {}: {}.", plural(done.len(), "success-plan milestone"), done.join("; ")));
    }
    out.truncate(4);
    if out.is_empty() {
        out.push("No clear wins this quarter: no new modules, user growth, expansion or completed milestones.".into());
    }
    out
}

/// What is at risk at the quarter's end, most severe first; at most four.
pub fn risks(now: &AccountView) -> Vec<String> {
    let mut alerts: Vec<_> = now.alerts.iter().collect();
    alerts.sort_by_key(|a| a.severity);
    let mut out: Vec<String> = alerts.iter().filter(|a| a.severity <= Severity::Medium).map(|a| a.message.clone()).take(3).collect();
    let p = &now.success_plan;
    if p.overdue > 0 {
        let head = if p.overdue == 1 { "1 milestone is".to_string() } else { format!("{} milestones are", p.overdue) };
        out.push(format!("{head} overdue: {} on the customer's side, {} on ours.", p.overdue_customer, p.overdue_vendor));
    }
    out.truncate(4);
    if out.is_empty() {
        out.push("No open risks: no alerts and no overdue milestones at the quarter's end.".into());
    }
    out
}

/// "Renewal on 16 Jan 2027, 108 days after the quarter's end; ARR $54k."
pub fn renewal(now: &AccountView, quarter_end: NaiveDate, currency: Option<&str>) -> String {
    let arr = money(now.arr, currency);
    match now.renewal.as_deref().and_then(|r| NaiveDate::parse_from_str(r, "%Y-%m-%d").ok()) {
        Some(r) => {
            let days = (r - quarter_end).num_days();
            let when = r.format("%-d %b %Y");
            if days >= 0 { format!("Renewal on {when}, {days} days after the quarter's end; ARR {arr}.") } else { format!("Renewal was due on {when}; ARR {arr}.") }
        }
        None if now.arr > 0.0 => format!("No fixed renewal date (the contract runs until cancelled); ARR {arr}."),
        None => "No running contract at the quarter's end.".into(),
    }
}
