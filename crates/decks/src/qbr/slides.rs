//! The QBR's slides, in the order a CSM presents them: summary, plan, adoption, users,
//! health, value, support, NPS, renewal, next quarter, definitions.

use chrono::NaiveDate;
use metrics::book::{NpsResponse, Ticket};
use metrics::profile::median;

use super::story::{self, change, signed};
use super::{QbrData, picture};
use crate::brand::Brand;
use crate::layout::{self, Kpi, MARGIN, TOP, BOTTOM};
use crate::model::{Content, Deck, Frame, Para, Run, Slide, SlideKind, WIDTH};
use crate::quarter::Quarter;
use crate::Error;

fn in_quarter(d: NaiveDate, q: Quarter) -> bool {
    d >= q.start() && d <= q.end()
}

fn money(x: f64, d: &QbrData) -> String {
    charts::format::money(x, d.book.currency.as_deref())
}

fn delta_kpi(label: &str, now: f64, before: Option<f64>, show: &dyn Fn(f64) -> String, up_is_good: bool) -> Kpi {
    let (delta, good) = match before {
        Some(b) if (now - b).abs() > 1e-9 => {
            let sign = if now > b { "+" } else { "-" };
            (format!("{sign}{} vs last quarter", show((now - b).abs())), Some((now > b) == up_is_good))
        }
        Some(_) => ("no change vs last quarter".into(), None),
        None => ("no earlier quarter".into(), None),
    };
    Kpi { label: label.into(), value: show(now), delta, good }
}

fn title_slide(d: &QbrData, brand: &Brand) -> Slide {
    let v = d.view();
    let csm = v.owner.clone().unwrap_or_else(|| "your customer success team".into());
    let mut s = Slide {
        kind: SlideKind::Title,
        title: format!("{}: Quarterly Business Review", v.name),
        subtitle: Some(format!("{} · {} · prepared by {} · {}", d.quarter.label(), brand.company, csm, d.quarter.end().format("%-d %b %Y"))),
        blocks: vec![],
        notes: vec![format!("Welcome {}; this review covers {} ({} to {}).", v.name, d.quarter.label(), d.quarter.start().format("%-d %b"), d.quarter.end().format("%-d %b %Y"))],
    };
    if let Some(logo) = &brand.logo {
        let frame = layout::fit_png(logo, Frame::new(WIDTH / 2.0 - 120.0, 80.0, 240.0, 60.0), false);
        s.add(frame, Content::Picture(crate::model::Picture { png: logo.clone(), svg: None, alt: format!("{} logo", brand.company) }));
    }
    s
}

fn summary(d: &QbrData) -> Slide {
    let v = d.view();
    let b = d.before.as_ref();
    let prev = d.quarter.previous().label();
    let nps_now = charts::nps::nps_score(&scores(&d.book.nps, d.quarter));
    let nps_before = charts::nps::nps_score(&scores(&d.book.nps, d.quarter.previous()));
    let mut s = Slide::content(format!("{} at a glance", d.quarter.label()));
    let top = layout::kpi_row(
        &mut s,
        &[
            delta_kpi("Health", v.health.score as f64, b.map(|b| b.health.score as f64), &|x| format!("{x:.0}"), true),
            delta_kpi("ARR", v.arr, b.map(|b| b.arr), &|x| money(x, d), true),
            delta_kpi("Monthly active users", v.usage.monthly_active_users as f64, b.map(|b| b.usage.monthly_active_users as f64), &|x| format!("{x:.0}"), true),
            match nps_now {
                Some(n) => delta_kpi("NPS this quarter", n as f64, nps_before.map(f64::from), &|x| format!("{x:.0}"), true),
                None => Kpi { label: "NPS this quarter".into(), value: "no answers".into(), delta: "no survey answers this quarter".into(), good: None },
            },
        ],
    );
    let health = story::health(v, b, &prev);
    let renewal = story::renewal(v, d.quarter.end(), d.book.currency.as_deref());
    s.add(Frame::new(MARGIN, top, WIDTH - 2.0 * MARGIN, 60.0), Content::Text(vec![Para::text(&health, 14.0), Para::text(&renewal, 14.0)]));
    let col = (WIDTH - 2.0 * MARGIN - 24.0) / 2.0;
    let wins = story::wins(v, b, (d.quarter.start(), d.quarter.end()), d.book.currency.as_deref());
    let risks = story::risks(v);
    let column = |head: &str, lines: &[String]| {
        let mut paras = vec![Para::new(vec![Run::bold(head)], 14.0)];
        paras.extend(lines.iter().map(|l| Para::bullet(vec![Run::plain(l.clone())], 12.0)));
        Content::Text(paras)
    };
    s.add(Frame::new(MARGIN, top + 76.0, col, BOTTOM - top - 76.0), column("What went well", &wins));
    s.add(Frame::new(MARGIN + col + 24.0, top + 76.0, col, BOTTOM - top - 76.0), column("What needs attention", &risks));
    s.notes = vec![health, format!("Lead with the win: {}", wins[0]), format!("Then the main risk: {}", risks[0]), renewal];
    s
}

fn scores(nps: &[NpsResponse], q: Quarter) -> Vec<u8> {
    nps.iter().filter(|r| in_quarter(r.day, q)).map(|r| r.score.clamp(0, 10) as u8).collect()
}

fn plan(d: &QbrData) -> Result<Slide, Error> {
    let v = d.view();
    let p = &v.success_plan;
    let start = v.customer_since.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let chart = charts::MilestoneChart { title: "Success plan".into(), start, as_of: d.quarter.end(), milestones: p.milestones.clone() };
    let mut points = vec![format!("{} done, {} overdue ({} customer, {} vendor), {} open.", p.done, p.overdue, p.overdue_customer, p.overdue_vendor, p.open)];
    let done_q = p.milestones.iter().filter(|m| m.completed.as_deref().and_then(|c| NaiveDate::parse_from_str(c, "%Y-%m-%d").ok()).is_some_and(|c| in_quarter(c, d.quarter))).count();
    points.push(format!("{done_q} completed this quarter."));
    match (&p.next_step, &p.next_owed_by) {
        (Some(m), Some(side)) => points.push(format!("Next step: {} (due {}), owed by the {side}.", m.title, m.due)),
        _ => points.push("No open milestones: agree the next goals together.".into()),
    }
    let mut s = Slide::content("Success plan: goals and milestones");
    layout::chart_with_points(&mut s, picture(&chart, "Success-plan milestones on a timeline")?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn adoption(d: &QbrData) -> Result<Slide, Error> {
    let v = d.view();
    let b = d.before.as_ref();
    let chart = charts::data::module_stack("Module usage", &d.usage, &d.catalogue, &v.alerts, d.chart_from(), d.quarter.end(), false);
    let u = &v.usage;
    let mut points = vec![format!(
        "{} of {} modules used in the last 4 weeks{}.",
        u.modules_used,
        u.modules_basis,
        b.map(|b| format!(" ({} vs last quarter)", signed(u.modules_used as i64 - b.usage.modules_used as i64))).unwrap_or_default()
    )];
    points.push(format!("Events in the last 4 weeks: {}.", change(u.events_month as f64, b.map(|b| b.usage.events_month as f64), &|x| charts::format::int(x as u64))));
    let unused: Vec<&str> = u.modules.iter().filter(|m| m.licensed && m.events_month == 0).map(|m| m.name.as_str()).collect();
    if !unused.is_empty() {
        points.push(format!("Licensed but unused: {}.", unused.join(", ")));
    }
    let mut s = Slide::content("Adoption: module usage");
    layout::chart_with_points(&mut s, picture(&chart, "Weekly events by module over two quarters")?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn users(d: &QbrData) -> Result<Slide, Error> {
    let v = d.view();
    let b = d.before.as_ref();
    let chart = charts::data::users("Active users", &d.user_days, d.chart_from(), d.quarter.end(), v.usage.core_users.len());
    let u = &v.usage;
    let pct = |x: f64| charts::format::percent(x);
    let mut points = vec![format!("Monthly active users: {}.", change(u.monthly_active_users as f64, b.map(|b| b.usage.monthly_active_users as f64), &|x| format!("{x:.0}")))];
    if let Some(st) = u.stickiness {
        points.push(format!("DAU/MAU: {}{}.", pct(st), b.and_then(|b| b.usage.stickiness).map(|x| format!(" (was {})", pct(x))).unwrap_or_default()));
    }
    let core_active = u.core_users.iter().filter(|c| c.active).count();
    points.push(format!("Core users active in the last 14 days: {core_active} of {}.", u.core_users.len()));
    let mut s = Slide::content("Adoption: active users");
    layout::chart_with_points(&mut s, picture(&chart, "Active users and DAU/MAU by week")?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn health(d: &QbrData) -> Result<Slide, Error> {
    let v = d.view();
    let from = d.chart_from();
    let history = d
        .now
        .health_history
        .iter()
        .filter_map(|p| NaiveDate::parse_from_str(&p.day, "%Y-%m-%d").ok().map(|day| (day, p.score)))
        .filter(|(day, _)| *day >= from && *day <= d.quarter.end())
        .collect();
    let chart = charts::HealthChart { title: "Health".into(), history, current: Some(v.health.clone()), green_at: d.scorecard.green_at, yellow_at: d.scorecard.yellow_at };
    let mut points = vec![story::health(v, d.before.as_ref(), &d.quarter.previous().label())];
    let mut weakest: Vec<_> = v.health.components.iter().filter(|c| c.max_points > 0.0).collect();
    weakest.sort_by(|a, b| (a.points / a.max_points).total_cmp(&(b.points / b.max_points)));
    if let Some(w) = weakest.first() {
        points.push(format!("Weakest part: {} ({:.0} of {:.0} points): {}.", w.label, w.points, w.max_points, w.detail));
    }
    let mut s = Slide::content("Health: trend and drivers");
    layout::chart_with_points(&mut s, picture(&chart, "Health score over time and today's drivers")?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn value(d: &QbrData) -> Slide {
    let v = d.view();
    let b = d.before.as_ref();
    let (now, before) = d.value_events;
    let mut s = Slide::content("Value delivered");
    let top = layout::kpi_row(
        &mut s,
        &[
            delta_kpi("Value events this quarter", now as f64, d.before.as_ref().map(|_| before as f64), &|x| charts::format::int(x as u64), true),
            delta_kpi("Users completing value", v.usage.value_users as f64, b.map(|b| b.usage.value_users as f64), &|x| format!("{x:.0}"), true),
            Kpi {
                label: "Time to first value".into(),
                value: v.usage.time_to_value_days.map(|t| format!("{t} days")).unwrap_or_else(|| "not yet".into()),
                delta: v.usage.first_value.as_ref().map(|f| format!("first value on {f}")).unwrap_or_else(|| "no value event yet".into()),
                good: None,
            },
        ],
    );
    let depth = v.usage.depth.map(charts::format::percent).unwrap_or_else(|| "no active users".into());
    let lines = vec![
        format!("Value events are completed core actions (e.g. a saved funnel), not views: {} this quarter, {} the quarter before.", charts::format::int(now.max(0) as u64), charts::format::int(before.max(0) as u64)),
        format!("Depth: {depth} of the month's active users completed a value event."),
    ];
    s.add(Frame::new(MARGIN, top, WIDTH - 2.0 * MARGIN, BOTTOM - top), layout::bullets(&lines, 14.0));
    s.notes = lines;
    s
}

struct SupportStats {
    opened: usize,
    urgent: usize,
    first_response: Option<f64>,
    resolution: Option<f64>,
    csat: Option<f64>,
}

fn support_stats(tickets: &[Ticket], q: Quarter) -> SupportStats {
    let t: Vec<&Ticket> = tickets.iter().filter(|t| in_quarter(t.opened, q)).collect();
    let csat: Vec<f64> = t.iter().filter_map(|t| t.csat).map(|c| c as f64).collect();
    SupportStats {
        opened: t.len(),
        urgent: t.iter().filter(|t| matches!(t.priority.as_str(), "urgent" | "high")).count(),
        first_response: median(t.iter().filter_map(|t| t.first_response_hours).collect()),
        resolution: median(t.iter().filter_map(|t| t.resolution_hours).collect()),
        csat: (!csat.is_empty()).then(|| csat.iter().sum::<f64>() / csat.len() as f64),
    }
}

fn support(d: &QbrData) -> Slide {
    let (n, p) = (support_stats(&d.book.tickets, d.quarter), support_stats(&d.book.tickets, d.quarter.previous()));
    let hours = |h: Option<f64>| h.map(|h| format!("{h:.1} h")).unwrap_or_else(|| "–".into());
    let csat = |c: Option<f64>| c.map(|c| format!("{c:.1} / 5")).unwrap_or_else(|| "–".into());
    let diff = |a: Option<f64>, b: Option<f64>, unit: &str| match (a, b) {
        (Some(a), Some(b)) => format!("{}{:.1}{unit}", if a >= b { "+" } else { "-" }, (a - b).abs()),
        _ => "–".into(),
    };
    let rows = vec![
        vec!["Tickets opened".into(), n.opened.to_string(), p.opened.to_string(), signed(n.opened as i64 - p.opened as i64)],
        vec!["Urgent or high".into(), n.urgent.to_string(), p.urgent.to_string(), signed(n.urgent as i64 - p.urgent as i64)],
        vec!["Median first response".into(), hours(n.first_response), hours(p.first_response), diff(n.first_response, p.first_response, " h")],
        vec!["Median time to resolve".into(), hours(n.resolution), hours(p.resolution), diff(n.resolution, p.resolution, " h")],
        vec!["CSAT (1-5)".into(), csat(n.csat), csat(p.csat), diff(n.csat, p.csat, "")],
    ];
    let mut s = Slide::content("Support");
    let (q, pq) = (d.quarter.label(), d.quarter.previous().label());
    layout::table(&mut s, TOP, &["", &q, &pq, "Change"], rows, &[0.4, 0.2, 0.2, 0.2]);
    s.notes = vec![format!("{} tickets this quarter against {} in {pq}; {} urgent or high.", n.opened, p.opened, n.urgent)];
    s
}

fn nps(d: &QbrData) -> Result<Slide, Error> {
    let q = d.quarter;
    let opened: Vec<(NaiveDate, bool)> = d.book.tickets.iter().map(|t| (t.opened, matches!(t.priority.as_str(), "urgent" | "high"))).collect();
    let chart = charts::NpsChart {
        title: "NPS and support".into(),
        subtitle_period: charts::format::period(q.start(), q.end()),
        scores: scores(&d.book.nps, q),
        tickets: charts::nps::ticket_weeks(&opened, q.start(), q.end()),
    };
    // The customer's own words: the lowest and the highest scores that came with a comment.
    let mut said: Vec<&NpsResponse> = d.book.nps.iter().filter(|r| in_quarter(r.day, q) && r.comment.as_deref().is_some_and(|c| !c.trim().is_empty())).collect();
    said.sort_by_key(|r| r.score);
    let n = said.len();
    let mut idx: Vec<usize> = (0..n.min(2)).chain(n.saturating_sub(2)..n).collect();
    idx.dedup();
    let quotes: Vec<String> = idx.iter().map(|&i| said[i]).map(|r| format!("“{}” (score {}, {})", r.comment.as_deref().unwrap_or("").trim(), r.score, r.day.format("%-d %b"))).collect();
    let points = if quotes.is_empty() { vec!["No comments came with this quarter's answers.".to_string()] } else { quotes };
    let mut s = Slide::content("NPS: what the customer says");
    layout::chart_with_points(&mut s, picture(&chart, "NPS answers by score and tickets per week")?, &points);
    s.notes = vec!["Read one quote aloud and ask what changed since.".into()];
    Ok(s)
}

fn renewal(d: &QbrData) -> Result<Slide, Error> {
    let v = d.view();
    let summary = metrics::revenue::summary(&d.book, &|_| true);
    let months: Vec<_> = summary.mrr_movements.iter().rev().take(12).rev().cloned().collect();
    let qm: Vec<&metrics::revenue::MrrMovement> = summary.mrr_movements.iter().filter(|m| m.month >= d.quarter.start().format("%Y-%m").to_string()).collect();
    let sum = |f: fn(&metrics::revenue::MrrMovement) -> f64| qm.iter().map(|m| f(m)).sum::<f64>();
    // One account's NRR is just its own growth: the ratio panel is for books and segments.
    let chart = charts::MrrChart { title: "MRR movements".into(), currency: summary.currency.clone(), months, trend: vec![] };
    let points = vec![
        story::renewal(v, d.quarter.end(), d.book.currency.as_deref()),
        format!("ARR: {}.", change(v.arr, d.before.as_ref().map(|b| b.arr), &|x| money(x, d))),
        {
            let (up, down, lost) = (sum(|m| m.expansion + m.new + m.reactivated), sum(|m| m.contraction), sum(|m| m.churned));
            if up + down + lost == 0.0 {
                "No MRR movements this quarter: no expansion, contraction or churn.".to_string()
            } else {
                format!("MRR this quarter: +{} new and expansion, -{} contraction, -{} churned.", money(up, d), money(down, d), money(lost, d))
            }
        },
    ];
    let mut s = Slide::content("Renewal and expansion");
    layout::chart_with_points(&mut s, picture(&chart, "Monthly MRR movements over the last year")?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn next_quarter(d: &QbrData) -> Slide {
    let next = d.quarter.next();
    let p = &d.view().success_plan;
    let due: Vec<&metrics::lifecycle::MilestoneStatus> = p
        .milestones
        .iter()
        .filter(|m| m.status != "done")
        .filter(|m| m.status == "overdue" || NaiveDate::parse_from_str(&m.due, "%Y-%m-%d").is_ok_and(|x| x <= next.end()))
        .take(8)
        .collect();
    let mut s = Slide::content(format!("Plan for {} and asks", next.label()));
    let side = |o: &str| if o == "customer" { "Customer".to_string() } else { "Us".to_string() };
    if due.is_empty() {
        s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, 60.0), layout::bullets(&["Nothing is planned yet: agree next quarter's milestones in this meeting.".to_string()], 16.0));
    } else {
        let rows = due.iter().map(|m| vec![m.title.clone(), m.due.clone(), side(&m.owner_side), m.status.clone()]).collect();
        layout::table(&mut s, TOP, &["Milestone", "Due", "Owner", "Status"], rows, &[0.55, 0.15, 0.15, 0.15]);
    }
    let asks = |who: &str| due.iter().filter(|m| m.owner_side == who).map(|m| m.title.as_str()).collect::<Vec<_>>().join("; ");
    let (ours, theirs) = (asks("vendor"), asks("customer"));
    s.notes = vec![
        if theirs.is_empty() { "No open asks of the customer.".into() } else { format!("Ask the customer for: {theirs}.") },
        if ours.is_empty() { "Nothing open on our side.".into() } else { format!("We commit to: {ours}.") },
    ];
    s
}

fn appendix() -> Slide {
    let mut s = Slide::content("Appendix: definitions");
    let lines: Vec<String> = [
        "Health: 0-100 from usage trend, breadth, depth, stickiness, core users, NPS, support load and milestones; green from 70, yellow from 40.",
        "Monthly active users: distinct users with any event in the 28 days to the quarter's end; DAU/MAU = average daily users / monthly active users.",
        "Breadth: modules used in the last 4 weeks out of modules licensed (or available).",
        "Value events: completed core actions (e.g. a saved funnel), not page views.",
        "NPS: % promoters (9-10) minus % detractors (0-6) of the quarter's answers.",
        "ARR: 12 x monthly recurring revenue of running subscriptions on the quarter's last day.",
        "Every change compares the quarter's last day with the previous quarter's last day.",
    ]
    .iter()
    .map(|l| l.to_string())
    .collect();
    s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, BOTTOM - TOP), layout::bullets(&lines, 13.0));
    s.notes = vec!["For reference; not presented.".into()];
    s
}

pub fn deck(d: &QbrData, brand: &Brand) -> Result<Deck, Error> {
    let v = d.view();
    let mut slides = vec![
        title_slide(d, brand),
        summary(d),
        plan(d)?,
        adoption(d)?,
        users(d)?,
        health(d)?,
        value(d),
        support(d),
        nps(d)?,
        renewal(d)?,
        next_quarter(d),
        appendix(),
    ];
    let footer = format!("{} · {} · {} QBR", brand.company, v.name, d.quarter.label());
    layout::frame_all(&mut slides, brand, &footer);
    Ok(Deck {
        title: format!("{}: {} QBR", v.name, d.quarter.label()),
        author: v.owner.clone().unwrap_or_else(|| brand.company.clone()),
        brand: brand.clone(),
        day: d.quarter.end(),
        slides,
    })
}
