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

#[cfg(test)]
mod tests {
    use super::*;
    use metrics::book::Book;
    use metrics::health::{Band, Component};
    use metrics::lifecycle::MilestoneStatus;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn view() -> AccountView {
        let mut b = Book::empty(d("2026-09-30"));
        b.add_account("A");
        metrics::analyze_book(&b, None, &metrics::Settings::default()).accounts.remove(0)
    }

    fn part(key: &str, points: f64) -> Component {
        Component { key: key.into(), label: key.replace('_', " "), value: None, normalized: Some(0.5), weight: 10.0, points, max_points: 20.0, detail: String::new() }
    }

    #[test]
    fn changes_and_signs_by_hand() {
        let n = |x: f64| format!("{x:.0}");
        assert_eq!(change(44.0, Some(40.0), &n), "up 10% from 40");
        assert_eq!(change(30.0, Some(40.0), &n), "down 25% from 40");
        assert_eq!(change(40.1, Some(40.0), &n), "unchanged at 40");
        assert_eq!(change(5.0, Some(0.0), &n), "up from none to 5");
        assert_eq!(change(0.0, Some(0.0), &n), "none, as before");
        assert_eq!(change(7.0, None, &n), "7");
        assert_eq!((signed(3), signed(-2), signed(0)), ("+3".to_string(), "-2".to_string(), "±0".to_string()));
    }

    #[test]
    fn health_names_the_change_and_what_moved_it() {
        let (mut now, mut before) = (view(), view());
        now.health.score = 72;
        now.health.band = Band::Yellow;
        before.health.score = 81;
        now.health.components = vec![part("usage_trend", 4.0), part("nps", 9.0), part("breadth", 15.2)];
        before.health.components = vec![part("usage_trend", 12.0), part("nps", 12.0), part("breadth", 15.0)];
        assert_eq!(
            health(&now, Some(&before), "Q2 2026"),
            "Health is 72 (yellow), down 9 points from 81 at the end of Q2 2026; usage trend moved it most (-8 points), then nps (-3)."
        );
        assert_eq!(health(&now, None, "Q2 2026"), "Health is 72 (yellow); there is no score from the end of Q2 2026 to compare with.");
    }

    #[test]
    fn wins_and_risks_come_from_the_data_or_say_there_are_none() {
        let (mut now, mut before) = (view(), view());
        assert_eq!(wins(&now, Some(&before), (d("2026-07-01"), d("2026-09-30")), Some("USD")), ["No clear wins this quarter: no new modules, user growth, expansion or completed milestones."]);
        assert_eq!(risks(&now), ["No open risks: no alerts and no overdue milestones at the quarter's end."]);
        now.usage.monthly_active_users = 22;
        before.usage.monthly_active_users = 20;
        now.arr = 54_000.0;
        before.arr = 48_000.0;
        let done = |title: &str, completed: &str| MilestoneStatus {
            id: title.into(),
            title: title.into(),
            owner_side: "customer".into(),
            due: completed.into(),
            completed: Some(completed.into()),
            status: "done".into(),
            days_late: Some(0),
            phase: "30".into(),
        };
        now.success_plan.milestones = vec![done("SSO live", "2026-08-02"), done("Kickoff", "2026-06-30")];
        let w = wins(&now, Some(&before), (d("2026-07-01"), d("2026-09-30")), Some("USD"));
        assert_eq!(w, ["Completed 1 success-plan milestone: SSO live.", "Monthly active users up 10% from 20.", "ARR grew by $6k to $54k."]);
        now.success_plan.overdue = 3;
        now.success_plan.overdue_customer = 1;
        now.success_plan.overdue_vendor = 2;
        assert_eq!(risks(&now), ["3 milestones are overdue: 1 on the customer's side, 2 on ours."]);
    }

    #[test]
    fn renewal_states_the_date_and_distance() {
        let mut v = view();
        v.arr = 54_000.0;
        v.renewal = Some("2027-01-16".into());
        assert_eq!(renewal(&v, d("2026-09-30"), Some("USD")), "Renewal on 16 Jan 2027, 108 days after the quarter's end; ARR $54k.");
        v.renewal = None;
        assert_eq!(renewal(&v, d("2026-09-30"), Some("USD")), "No fixed renewal date (the contract runs until cancelled); ARR $54k.");
        v.arr = 0.0;
        assert_eq!(renewal(&v, d("2026-09-30"), None), "No running contract at the quarter's end.");
    }
}
