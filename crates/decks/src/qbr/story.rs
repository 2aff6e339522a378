//! The plain sentences of a QBR, written from the numbers: what changed since last quarter,
//! what went well, what is at risk, when the renewal is. Every sentence states a measured
//! fact with its comparison; when there is nothing to say the sentence says that instead of
//! leaving a blank. Each is one catalogue message with its figures as arguments, so every
//! language orders the sentence its own way.

use chrono::NaiveDate;
use i18n::{Formats, Lang, tr};
use metrics::AccountView;
use metrics::alerts::Severity;

/// Compact money in the deck's language ("$54K", "54 k€", "¥5.4万").
pub fn money(lang: Lang, x: f64, currency: Option<&str>) -> String {
    charts::format::money(lang, x, currency)
}

/// Waypoint's usual percentage in the deck's language.
pub fn percent(lang: Lang, x: f64) -> String {
    charts::format::percent(lang, x)
}

/// "+3", "-2", "±0" for a whole-number change.
pub fn signed(lang: Lang, d: i64) -> String {
    Formats::of(lang).signed(d)
}

/// "up 12% from 40", "down 3% from 40", "unchanged at 40", or "new" when there was none.
pub fn change(lang: Lang, now: f64, before: Option<f64>, show: &dyn Fn(f64) -> String) -> String {
    match before {
        Some(b) if b > 0.0 => {
            let rel = (now - b) / b;
            if rel.abs() < 0.005 {
                tr!(lang, "deck-change-unchanged", value = show(now))
            } else if rel > 0.0 {
                tr!(lang, "deck-change-up", change = percent(lang, rel), before = show(b))
            } else {
                tr!(lang, "deck-change-down", change = percent(lang, -rel), before = show(b))
            }
        }
        Some(_) if now > 0.0 => tr!(lang, "deck-change-from-none", value = show(now)),
        Some(_) => tr!(lang, "deck-change-none"),
        None => show(now),
    }
}

/// The band's name as the health chart writes it (green / yellow / red in each language).
pub fn band(lang: Lang, b: metrics::health::Band) -> String {
    i18n::text(lang, &format!("chart-health-band-{}", b.as_str()))
}

/// Sentences one after another, as the language joins them (a space, or none in Chinese).
pub fn sentences(lang: Lang, parts: &[String]) -> String {
    parts.join(&i18n::text(lang, "deck-sentence-join"))
}

/// "Health is 72 (yellow), down 9 points from 81 at the end of Q2 2026. Usage trend moved
/// it most (-8 points), then NPS (-3)."
pub fn health(lang: Lang, now: &AccountView, before: Option<&AccountView>, previous: &str) -> String {
    let h = &now.health;
    let Some(now_score) = h.score else {
        return tr!(lang, "deck-qbr-health-no-data");
    };
    let (score, band) = (i64::from(now_score), band(lang, h.band));
    let Some((b, before_score)) = before.and_then(|b| Some((b, i64::from(b.health.score?)))) else {
        return tr!(lang, "deck-qbr-health-first", score = score, band = band, previous = previous);
    };
    let d = score - before_score;
    let direction = match d {
        0 => "same",
        d if d > 0 => "up",
        _ => "down",
    };
    let head = tr!(lang, "deck-qbr-health", score = score, band = band, direction = direction, points = d.abs(), before = before_score, previous = previous);
    let mut drivers: Vec<(String, f64)> = h
        .components
        .iter()
        .filter_map(|c| {
            let then = b.health.components.iter().find(|x| x.key == c.key)?;
            let delta = c.points - then.points;
            (delta.abs() >= 1.0).then(|| (c.label.render(lang), delta))
        })
        .collect();
    drivers.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
    let pts = |x: f64| signed(lang, x.round() as i64);
    match drivers.as_slice() {
        [] => head,
        [(a, x)] => sentences(lang, &[head, tr!(lang, "deck-qbr-health-driver", driver = a.as_str(), points = pts(*x))]),
        [(a, x), (c, y), ..] => sentences(
            lang,
            &[head, tr!(lang, "deck-qbr-health-drivers", driver = a.as_str(), points = pts(*x), next = c.as_str(), next_points = pts(*y))],
        ),
    }
}

fn modules_used(v: &AccountView) -> Vec<&str> {
    v.usage.modules.iter().filter(|m| &*m.module != "unassigned" && m.events_month > 0).map(|m| &*m.name).collect()
}

/// What went well in the quarter, strongest first; at most four.
pub fn wins(lang: Lang, now: &AccountView, before: Option<&AccountView>, quarter: (NaiveDate, NaiveDate), currency: Option<&str>) -> Vec<String> {
    let f = Formats::of(lang);
    let mut out = Vec::new();
    if let Some(b) = before {
        let then = modules_used(b);
        let new: Vec<&str> = modules_used(now).into_iter().filter(|m| !then.contains(m)).collect();
        if !new.is_empty() {
            let (used, basis) = (now.usage.modules_used as i64, now.usage.modules_basis as i64);
            out.push(tr!(lang, "deck-qbr-win-modules", modules = f.list(&new), used = used, basis = basis));
        }
        let (mau, was) = (now.usage.monthly_active_users, b.usage.monthly_active_users);
        if was > 0 && mau as f64 >= was as f64 * 1.1 {
            let change = change(lang, mau as f64, Some(was as f64), &|x| f.int(x.round() as i64));
            out.push(tr!(lang, "deck-qbr-win-mau", change = change));
        }
        if now.arr > b.arr + 0.5 {
            out.push(tr!(lang, "deck-qbr-win-arr", growth = money(lang, now.arr - b.arr, currency), arr = money(lang, now.arr, currency)));
        }
        if let (Some(n), Some(was)) = (now.health.score.map(i64::from), b.health.score.map(i64::from))
            && n >= was + 5
        {
            out.push(tr!(lang, "deck-qbr-win-health", points = n - was, score = n));
        }
    }
    let done: Vec<&str> = now
        .success_plan
        .milestones
        .iter()
        .filter(|m| m.completed.is_some_and(|c| c >= quarter.0 && c <= quarter.1))
        .map(|m| &*m.title)
        .collect();
    if !done.is_empty() {
        let titles = done.join(&i18n::text(lang, "deck-title-separator"));
        out.insert(0, tr!(lang, "deck-qbr-win-milestones", count = done.len() as i64, titles = titles));
    }
    out.truncate(4);
    if out.is_empty() {
        out.push(tr!(lang, "deck-qbr-no-wins"));
    }
    out
}

/// What is at risk at the quarter's end, most severe first; at most four.
pub fn risks(lang: Lang, now: &AccountView) -> Vec<String> {
    let mut alerts: Vec<_> = now.alerts.iter().collect();
    alerts.sort_by_key(|a| a.severity);
    let mut out: Vec<String> = alerts.iter().filter(|a| a.severity <= Severity::Medium).map(|a| a.message.render(lang)).take(3).collect();
    let p = &now.success_plan;
    if p.overdue > 0 {
        out.push(tr!(lang, "deck-qbr-risk-overdue", count = p.overdue as i64, customer = p.overdue_customer as i64, vendor = p.overdue_vendor as i64));
    }
    out.truncate(4);
    if out.is_empty() {
        out.push(tr!(lang, "deck-qbr-no-risks"));
    }
    out
}

/// "Renewal on Jan 16, 2027, 108 days after the quarter's end; ARR $54K."
pub fn renewal(lang: Lang, now: &AccountView, quarter_end: NaiveDate, currency: Option<&str>) -> String {
    let arr = money(lang, now.arr, currency);
    match now.renewal.as_deref().and_then(|r| NaiveDate::parse_from_str(r, "%Y-%m-%d").ok()) {
        Some(r) => {
            let days = (r - quarter_end).num_days();
            let date = Formats::of(lang).date(r);
            if days >= 0 {
                tr!(lang, "deck-qbr-renewal", date = date, days = days, arr = arr)
            } else {
                tr!(lang, "deck-qbr-renewal-past", date = date, arr = arr)
            }
        }
        None if now.arr > 0.0 => tr!(lang, "deck-qbr-renewal-open", arr = arr),
        None => tr!(lang, "deck-qbr-renewal-none"),
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
        // A label the catalogue does not know renders as itself.
        Component { key: key.to_string().into(), label: i18n::Text::new(key.replace('_', " ")), value: None, normalized: Some(0.5), weight: 10.0, points, max_points: 20.0, detail: i18n::Text::new("") }
    }

    #[test]
    fn changes_and_signs_by_hand() {
        let n = |x: f64| format!("{x:.0}");
        let en = Lang::En;
        assert_eq!(change(en, 44.0, Some(40.0), &n), "up 10% from 40");
        assert_eq!(change(en, 30.0, Some(40.0), &n), "down 25% from 40");
        assert_eq!(change(en, 40.1, Some(40.0), &n), "unchanged at 40");
        assert_eq!(change(en, 5.0, Some(0.0), &n), "up from none to 5");
        assert_eq!(change(en, 0.0, Some(0.0), &n), "none, as before");
        assert_eq!(change(en, 7.0, None, &n), "7");
        assert_eq!((signed(en, 3), signed(en, -2), signed(en, 0)), ("+3".to_string(), "-2".to_string(), "±0".to_string()));
        // French: the percent sign after a no-break space, the words in French.
        assert_eq!(change(Lang::Fr, 44.0, Some(40.0), &n), "en hausse de 10\u{a0}% par rapport à 40");
        assert_eq!(change(Lang::ZhCn, 30.0, Some(40.0), &n), "较 40 下降 25%");
    }

    #[test]
    fn health_names_the_change_and_what_moved_it() {
        let (mut now, mut before) = (view(), view());
        now.health.score = Some(72);
        now.health.band = Band::Yellow;
        before.health.score = Some(81);
        now.health.components = vec![part("usage_trend", 4.0), part("nps", 9.0), part("breadth", 15.2)];
        before.health.components = vec![part("usage_trend", 12.0), part("nps", 12.0), part("breadth", 15.0)];
        assert_eq!(
            health(Lang::En, &now, Some(&before), "Q2 2026"),
            "Health is 72 (yellow), down 9 points from 81 at the end of Q2 2026. usage trend moved it most (-8 points), then nps (-3)."
        );
        assert_eq!(health(Lang::En, &now, None, "Q2 2026"), "Health is 72 (yellow); there is no score from the end of Q2 2026 to compare with.");
        assert_eq!(
            health(Lang::ZhCn, &now, Some(&before), "2026年第二季度"),
            "健康度评分为 72（关注），较2026年第二季度末的 81 下降 9 分。影响最大的因素是usage trend（-8 分），其次是nps（-3 分）。"
        );
        // An account without a score yet is said to have none, whatever came before.
        now.health.score = None;
        now.health.band = Band::NoData;
        let none = health(Lang::En, &now, Some(&before), "Q2 2026");
        assert!(none.starts_with("There is no health score yet"), "{none}");
    }

    #[test]
    fn wins_and_risks_come_from_the_data_or_say_there_are_none() {
        let (mut now, mut before) = (view(), view());
        let en = Lang::En;
        assert_eq!(wins(en, &now, Some(&before), (d("2026-07-01"), d("2026-09-30")), Some("USD")), ["No clear wins this quarter: no new modules, user growth, expansion or completed milestones."]);
        assert_eq!(risks(en, &now), ["No open risks: no alerts and no overdue milestones at the quarter’s end."]);
        now.usage.monthly_active_users = 22;
        before.usage.monthly_active_users = 20;
        now.arr = 54_000.0;
        before.arr = 48_000.0;
        let done = |title: &str, completed: &str| MilestoneStatus {
            id: title.into(),
            title: title.into(),
            owner_side: "customer".into(),
            due: d(completed),
            completed: Some(d(completed)),
            status: "done".into(),
            days_late: Some(0),
            phase: "30".into(),
        };
        now.success_plan.milestones = vec![done("SSO live", "2026-08-02"), done("Kickoff", "2026-06-30")];
        let w = wins(en, &now, Some(&before), (d("2026-07-01"), d("2026-09-30")), Some("USD"));
        assert_eq!(w, ["Completed 1 success-plan milestone: SSO live.", "Monthly active users up 10% from 20.", "ARR grew by $6K to $54K."]);
        // The same quarter in French: a whole sentence per fact, French plurals and money.
        let w = wins(Lang::Fr, &now, Some(&before), (d("2026-07-01"), d("2026-09-30")), Some("EUR"));
        assert_eq!(w[0], "1 jalon du plan de succès atteint\u{202f}: SSO live.");
        assert_eq!(w[2], "L’ARR a progressé de 6\u{a0}k\u{a0}€ pour atteindre 54\u{a0}k\u{a0}€.");
        now.success_plan.overdue = 3;
        now.success_plan.overdue_customer = 1;
        now.success_plan.overdue_vendor = 2;
        assert_eq!(risks(en, &now), ["3 milestones are overdue: 1 on the customer’s side, 2 on ours."]);
        assert_eq!(risks(Lang::ZhCn, &now), ["3 个里程碑已逾期：客户方 1 个，我方 2 个。"]);
    }

    #[test]
    fn renewal_states_the_date_and_distance() {
        let mut v = view();
        v.arr = 54_000.0;
        v.renewal = Some("2027-01-16".into());
        assert_eq!(renewal(Lang::En, &v, d("2026-09-30"), Some("USD")), "Renewal on Jan 16, 2027, 108 days after the quarter’s end; ARR $54K.");
        assert_eq!(renewal(Lang::ZhCn, &v, d("2026-09-30"), Some("CNY")), "续约日期为 2027年1月16日，距季度末 108 天；ARR 为 ¥5.4万。");
        v.renewal = None;
        assert_eq!(renewal(Lang::En, &v, d("2026-09-30"), Some("USD")), "No fixed renewal date (the contract runs until cancelled); ARR $54K.");
        v.arr = 0.0;
        assert_eq!(renewal(Lang::En, &v, d("2026-09-30"), None), "No running contract at the quarter’s end.");
    }
}
