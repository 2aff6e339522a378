//! The QBR's slides, in the order a CSM presents them: summary, plan, adoption, users,
//! health, value, support, NPS, renewal, next quarter, definitions.

use chrono::NaiveDate;
use i18n::{Formats, Lang, tr};
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
    story::money(d.lang, x, d.book.currency.as_deref())
}

/// A count with the language's grouping.
fn int(lang: Lang, x: f64) -> String {
    Formats::of(lang).int(x.round() as i64)
}

/// A quarter as people read it: "Q3 2026", "2026年第三季度", "T3 2026".
pub fn quarter_label(lang: Lang, q: Quarter) -> String {
    tr!(lang, "quarter-label", quarter = i64::from(q.q), year = q.year.to_string())
}

pub fn delta_kpi(lang: Lang, label: &str, now: f64, before: Option<f64>, show: &dyn Fn(f64) -> String, up_is_good: bool) -> Kpi {
    let (delta, good) = match before {
        Some(b) if (now - b).abs() > 1e-9 => {
            let sign = if now > b { "+" } else { "-" };
            (tr!(lang, "deck-vs-last-quarter", delta = format!("{sign}{}", show((now - b).abs()))), Some((now > b) == up_is_good))
        }
        Some(_) => (tr!(lang, "deck-no-change"), None),
        None => (tr!(lang, "deck-no-earlier-quarter"), None),
    };
    Kpi { label: label.into(), value: show(now), delta, good }
}

fn title_slide(d: &QbrData, brand: &Brand) -> Slide {
    let (v, lang) = (d.view(), d.lang);
    let f = Formats::of(lang);
    let csm = v.owner.clone().unwrap_or_else(|| tr!(lang, "deck-qbr-default-csm"));
    let quarter = quarter_label(lang, d.quarter);
    let subtitle = tr!(lang, "deck-qbr-subtitle", quarter = quarter.as_str(), company = brand.company.as_str(), csm = csm, date = f.date(d.quarter.end()));
    let period = f.period(d.quarter.start(), d.quarter.end());
    let mut s = Slide {
        kind: SlideKind::Title,
        title: tr!(lang, "deck-qbr-title", account = v.name.as_str()),
        subtitle: Some(subtitle),
        blocks: vec![],
        notes: vec![tr!(lang, "deck-qbr-welcome", account = v.name.as_str(), quarter = quarter.as_str(), period = period)],
    };
    if let Some(logo) = &brand.logo {
        let frame = layout::fit_png(logo, Frame::new(WIDTH / 2.0 - 120.0, 80.0, 240.0, 60.0), false);
        let alt = tr!(lang, "deck-logo-alt", company = brand.company.as_str());
        s.add(frame, Content::Picture(crate::model::Picture { png: logo.clone(), svg: None, alt }));
    }
    s
}

fn summary(d: &QbrData) -> Slide {
    let (v, lang) = (d.view(), d.lang);
    let b = d.before.as_ref();
    let prev = quarter_label(lang, d.quarter.previous());
    let nps_now = charts::nps::nps_score(&scores(&d.book.nps, d.quarter));
    let nps_before = charts::nps::nps_score(&scores(&d.book.nps, d.quarter.previous()));
    let mut s = Slide::content(tr!(lang, "deck-qbr-glance", quarter = quarter_label(lang, d.quarter)));
    let n = |x: f64| int(lang, x);
    let nps_label = tr!(lang, "deck-qbr-kpi-nps");
    let top = layout::kpi_row(
        &mut s,
        &[
            match v.health.score {
                Some(now) => delta_kpi(lang, &tr!(lang, "deck-qbr-kpi-health"), f64::from(now), b.and_then(|b| b.health.score).map(f64::from), &n, true),
                None => Kpi {
                    label: tr!(lang, "deck-qbr-kpi-health"),
                    value: tr!(lang, "deck-qbr-kpi-health-none"),
                    delta: tr!(lang, "deck-qbr-kpi-health-none-delta"),
                    good: None,
                },
            },
            delta_kpi(lang, &tr!(lang, "deck-qbr-kpi-arr"), v.arr, b.map(|b| b.arr), &|x| money(x, d), true),
            delta_kpi(lang, &tr!(lang, "deck-qbr-kpi-mau"), v.usage.monthly_active_users as f64, b.map(|b| b.usage.monthly_active_users as f64), &n, true),
            match nps_now {
                Some(x) => delta_kpi(lang, &nps_label, x as f64, nps_before.map(f64::from), &n, true),
                None => Kpi { label: nps_label, value: tr!(lang, "deck-qbr-kpi-nps-none"), delta: tr!(lang, "deck-qbr-kpi-nps-none-delta"), good: None },
            },
        ],
    );
    let health = story::health(lang, v, b, &prev);
    let renewal = story::renewal(lang, v, d.quarter.end(), d.book.currency.as_deref());
    s.add(Frame::new(MARGIN, top, WIDTH - 2.0 * MARGIN, 60.0), Content::Text(vec![Para::text(&health, 14.0), Para::text(&renewal, 14.0)]));
    let col = (WIDTH - 2.0 * MARGIN - 24.0) / 2.0;
    let wins = story::wins(lang, v, b, (d.quarter.start(), d.quarter.end()), d.book.currency.as_deref());
    let risks = story::risks(lang, v);
    let column = |head: &str, lines: &[String]| {
        let mut paras = vec![Para::new(vec![Run::bold(head)], 14.0)];
        paras.extend(lines.iter().map(|l| Para::bullet(vec![Run::plain(l.clone())], 12.0)));
        Content::Text(paras)
    };
    s.add(Frame::new(MARGIN, top + 76.0, col, BOTTOM - top - 76.0), column(&tr!(lang, "deck-qbr-went-well"), &wins));
    s.add(Frame::new(MARGIN + col + 24.0, top + 76.0, col, BOTTOM - top - 76.0), column(&tr!(lang, "deck-qbr-needs-attention"), &risks));
    s.notes = vec![health, tr!(lang, "deck-qbr-lead-win", win = wins[0].as_str()), tr!(lang, "deck-qbr-main-risk", risk = risks[0].as_str()), renewal];
    s
}

fn scores(nps: &[NpsResponse], q: Quarter) -> Vec<u8> {
    nps.iter().filter(|r| in_quarter(r.day, q)).map(|r| r.score.clamp(0, 10) as u8).collect()
}

fn plan(d: &QbrData) -> Result<Slide, Error> {
    let (v, lang) = (d.view(), d.lang);
    let p = &v.success_plan;
    let start = v.customer_since.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let chart = charts::MilestoneChart { title: tr!(lang, "deck-qbr-plan-chart"), start, as_of: d.quarter.end(), milestones: p.milestones.clone() };
    let (done, overdue, open) = (p.done as i64, p.overdue as i64, p.open as i64);
    let (customer, vendor) = (p.overdue_customer as i64, p.overdue_vendor as i64);
    let mut points = vec![tr!(lang, "deck-qbr-plan-status", done = done, overdue = overdue, customer = customer, vendor = vendor, open = open)];
    let done_q = p.milestones.iter().filter(|m| m.completed.is_some_and(|c| in_quarter(c, d.quarter))).count();
    points.push(tr!(lang, "deck-qbr-plan-done-quarter", count = done_q as i64));
    match (&p.next_step, &p.next_owed_by) {
        (Some(m), Some(side)) => {
            let key = if side == "customer" { "deck-qbr-plan-next-customer" } else { "deck-qbr-plan-next-vendor" };
            points.push(tr!(lang, key, milestone = &*m.title, due = Formats::of(lang).date(m.due)))
        }
        _ => points.push(tr!(lang, "deck-qbr-plan-none")),
    }
    let mut s = Slide::content(tr!(lang, "deck-qbr-plan-title"));
    layout::chart_with_points(&mut s, picture(lang, &chart, &tr!(lang, "deck-qbr-plan-alt"))?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn adoption(d: &QbrData) -> Result<Slide, Error> {
    let (v, lang) = (d.view(), d.lang);
    let b = d.before.as_ref();
    let title = tr!(lang, "deck-qbr-adoption-chart");
    let chart = charts::data::module_stack(lang, &title, &d.usage, &d.catalogue, &v.alerts, d.chart_from(), d.quarter.end(), false);
    let u = &v.usage;
    let (used, basis) = (u.modules_used as i64, u.modules_basis as i64);
    let mut points = vec![match b {
        Some(b) => tr!(lang, "deck-qbr-modules-used-change", used = used, basis = basis, change = signed(lang, used - b.usage.modules_used as i64)),
        None => tr!(lang, "deck-qbr-modules-used", used = used, basis = basis),
    }];
    let events = change(lang, u.events_month as f64, b.map(|b| b.usage.events_month as f64), &|x| int(lang, x));
    points.push(tr!(lang, "deck-qbr-events", change = events));
    let unused: Vec<&str> = u.modules.iter().filter(|m| m.licensed && m.events_month == 0).map(|m| &*m.name).collect();
    if !unused.is_empty() {
        points.push(tr!(lang, "deck-qbr-unused", modules = i18n::Formats::of(lang).list(&unused)));
    }
    let mut s = Slide::content(tr!(lang, "deck-qbr-adoption-title"));
    layout::chart_with_points(&mut s, picture(lang, &chart, &tr!(lang, "deck-qbr-adoption-alt"))?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn users(d: &QbrData) -> Result<Slide, Error> {
    let (v, lang) = (d.view(), d.lang);
    let b = d.before.as_ref();
    let chart = charts::data::users(&tr!(lang, "deck-qbr-users-chart"), &d.user_days, d.chart_from(), d.quarter.end(), v.usage.core_users.len());
    let u = &v.usage;
    let pct = |x: f64| story::percent(lang, x);
    let mau = change(lang, u.monthly_active_users as f64, b.map(|b| b.usage.monthly_active_users as f64), &|x| int(lang, x));
    let mut points = vec![tr!(lang, "deck-qbr-mau", change = mau)];
    if let Some(st) = u.stickiness {
        points.push(match b.and_then(|b| b.usage.stickiness) {
            Some(was) => tr!(lang, "deck-qbr-stickiness-was", value = pct(st), before = pct(was)),
            None => tr!(lang, "deck-qbr-stickiness", value = pct(st)),
        });
    }
    let core_active = u.core_users.iter().filter(|c| c.active).count();
    points.push(tr!(lang, "deck-qbr-core-active", active = core_active as i64, total = u.core_users.len() as i64));
    let mut s = Slide::content(tr!(lang, "deck-qbr-users-title"));
    layout::chart_with_points(&mut s, picture(lang, &chart, &tr!(lang, "deck-qbr-users-alt"))?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn health(d: &QbrData) -> Result<Slide, Error> {
    let (v, lang) = (d.view(), d.lang);
    let from = d.chart_from();
    let history = d
        .now
        .health_history
        .iter()
        .filter_map(|p| NaiveDate::parse_from_str(&p.day, "%Y-%m-%d").ok().map(|day| (day, p.score)))
        .filter(|(day, _)| *day >= from && *day <= d.quarter.end())
        .collect();
    let chart = charts::HealthChart { title: tr!(lang, "deck-qbr-health-chart"), history, current: Some(v.health.clone()), green_at: d.scorecard.green_at, yellow_at: d.scorecard.yellow_at };
    let mut points = vec![story::health(lang, v, d.before.as_ref(), &quarter_label(lang, d.quarter.previous()))];
    let mut weakest: Vec<_> = v.health.components.iter().filter(|c| c.max_points > 0.0).collect();
    weakest.sort_by(|a, b| (a.points / a.max_points).total_cmp(&(b.points / b.max_points)));
    if let Some(w) = weakest.first() {
        let (points_now, max) = (int(lang, w.points), int(lang, w.max_points));
        points.push(tr!(lang, "deck-qbr-weakest", part = w.label.render(lang), points = points_now, max = max, detail = w.detail.render(lang)));
    }
    let mut s = Slide::content(tr!(lang, "deck-qbr-health-title"));
    layout::chart_with_points(&mut s, picture(lang, &chart, &tr!(lang, "deck-qbr-health-alt"))?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn value(d: &QbrData) -> Slide {
    let (v, lang) = (d.view(), d.lang);
    let b = d.before.as_ref();
    let (now, before) = d.value_events;
    let n = |x: f64| int(lang, x);
    let mut s = Slide::content(tr!(lang, "deck-qbr-value-title"));
    let top = layout::kpi_row(
        &mut s,
        &[
            delta_kpi(lang, &tr!(lang, "deck-qbr-kpi-value-events"), now as f64, d.before.as_ref().map(|_| before as f64), &n, true),
            delta_kpi(lang, &tr!(lang, "deck-qbr-kpi-value-users"), v.usage.value_users as f64, b.map(|b| b.usage.value_users as f64), &n, true),
            Kpi {
                label: tr!(lang, "deck-qbr-kpi-ttv"),
                value: v.usage.time_to_value_days.map(|t| tr!(lang, "deck-qbr-ttv-days", days = t)).unwrap_or_else(|| tr!(lang, "deck-qbr-ttv-none")),
                delta: v.usage.first_value.as_ref().map(|f| tr!(lang, "deck-qbr-first-value", date = day(lang, f))).unwrap_or_else(|| tr!(lang, "deck-qbr-no-value")),
                good: None,
            },
        ],
    );
    let depth = match v.usage.depth {
        Some(x) => tr!(lang, "deck-qbr-depth", depth = story::percent(lang, x)),
        None => tr!(lang, "deck-qbr-depth-none"),
    };
    let lines = vec![tr!(lang, "deck-qbr-value-events", now = now.max(0), before = before.max(0)), depth];
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
    let lang = d.lang;
    let f = Formats::of(lang);
    let (n, p) = (support_stats(&d.book.tickets, d.quarter), support_stats(&d.book.tickets, d.quarter.previous()));
    let none = || tr!(lang, "deck-none");
    let hours = |h: Option<f64>| h.map(|h| tr!(lang, "deck-qbr-hours", hours = f.fixed(h, 1))).unwrap_or_else(none);
    let csat = |c: Option<f64>| c.map(|c| tr!(lang, "deck-qbr-csat", score = f.fixed(c, 1))).unwrap_or_else(none);
    let diff = |a: Option<f64>, b: Option<f64>, hours: bool| match (a, b) {
        (Some(a), Some(b)) => {
            let size = f.fixed((a - b).abs(), 1);
            let size = if hours { tr!(lang, "deck-qbr-hours", hours = size) } else { size };
            format!("{}{size}", if a >= b { "+" } else { "-" })
        }
        _ => none(),
    };
    let count = |x: usize| f.int(x as i64);
    let rows = vec![
        vec![tr!(lang, "deck-qbr-support-opened"), count(n.opened), count(p.opened), signed(lang, n.opened as i64 - p.opened as i64)],
        vec![tr!(lang, "deck-qbr-support-urgent"), count(n.urgent), count(p.urgent), signed(lang, n.urgent as i64 - p.urgent as i64)],
        vec![tr!(lang, "deck-qbr-support-first-response"), hours(n.first_response), hours(p.first_response), diff(n.first_response, p.first_response, true)],
        vec![tr!(lang, "deck-qbr-support-resolve"), hours(n.resolution), hours(p.resolution), diff(n.resolution, p.resolution, true)],
        vec![tr!(lang, "deck-qbr-support-csat"), csat(n.csat), csat(p.csat), diff(n.csat, p.csat, false)],
    ];
    let mut s = Slide::content(tr!(lang, "deck-qbr-support-title"));
    let (q, pq) = (quarter_label(lang, d.quarter), quarter_label(lang, d.quarter.previous()));
    layout::table(&mut s, TOP, &["", &q, &pq, &tr!(lang, "deck-qbr-support-change")], rows, &[0.4, 0.2, 0.2, 0.2]);
    let (now, before, urgent) = (n.opened as i64, p.opened as i64, n.urgent as i64);
    s.notes = vec![tr!(lang, "deck-qbr-support-note", now = now, before = before, previous = pq.as_str(), urgent = urgent)];
    s
}

fn nps(d: &QbrData) -> Result<Slide, Error> {
    let (q, lang) = (d.quarter, d.lang);
    let opened: Vec<(NaiveDate, bool)> = d.book.tickets.iter().map(|t| (t.opened, matches!(t.priority.as_str(), "urgent" | "high"))).collect();
    let chart = charts::NpsChart {
        title: tr!(lang, "deck-qbr-nps-chart"),
        subtitle_period: charts::format::period(lang, q.start(), q.end()),
        scores: scores(&d.book.nps, q),
        tickets: charts::nps::ticket_weeks(&opened, q.start(), q.end()),
    };
    // The customer's own words: the lowest and the highest scores that came with a comment.
    let mut said: Vec<&NpsResponse> = d.book.nps.iter().filter(|r| in_quarter(r.day, q) && r.comment.as_deref().is_some_and(|c| !c.trim().is_empty())).collect();
    said.sort_by_key(|r| r.score);
    let n = said.len();
    let mut idx: Vec<usize> = (0..n.min(2)).chain(n.saturating_sub(2)..n).collect();
    idx.dedup();
    let quote = |r: &NpsResponse| {
        let comment = r.comment.as_deref().unwrap_or("").trim();
        tr!(lang, "deck-qbr-quote", comment = comment, score = r.score, date = Formats::of(lang).month_day(r.day))
    };
    let quotes: Vec<String> = idx.iter().map(|&i| quote(said[i])).collect();
    let points = if quotes.is_empty() { vec![tr!(lang, "deck-qbr-no-comments")] } else { quotes };
    let mut s = Slide::content(tr!(lang, "deck-qbr-nps-title"));
    layout::chart_with_points(&mut s, picture(lang, &chart, &tr!(lang, "deck-qbr-nps-alt"))?, &points);
    s.notes = vec![tr!(lang, "deck-qbr-nps-note")];
    Ok(s)
}

fn renewal(d: &QbrData) -> Result<Slide, Error> {
    let (v, lang) = (d.view(), d.lang);
    let summary = metrics::revenue::summary(&d.book, &|_| true);
    let months: Vec<_> = summary.mrr_movements.iter().rev().take(12).rev().cloned().collect();
    let qm: Vec<&metrics::revenue::MrrMovement> = summary.mrr_movements.iter().filter(|m| m.month >= d.quarter.start().format("%Y-%m").to_string()).collect();
    let sum = |f: fn(&metrics::revenue::MrrMovement) -> f64| qm.iter().map(|m| f(m)).sum::<f64>();
    // One account's NRR is just its own growth: the ratio panel is for books and segments.
    let chart = charts::MrrChart { title: tr!(lang, "deck-qbr-mrr-chart"), currency: summary.currency.clone(), months, trend: vec![] };
    let points = vec![
        story::renewal(lang, v, d.quarter.end(), d.book.currency.as_deref()),
        tr!(lang, "deck-qbr-arr", change = change(lang, v.arr, d.before.as_ref().map(|b| b.arr), &|x| money(x, d))),
        {
            let (up, down, lost) = (sum(|m| m.expansion + m.new + m.reactivated), sum(|m| m.contraction), sum(|m| m.churned));
            if up + down + lost == 0.0 {
                tr!(lang, "deck-qbr-mrr-none")
            } else {
                tr!(lang, "deck-qbr-mrr-moves", up = money(up, d), down = money(down, d), lost = money(lost, d))
            }
        },
    ];
    let mut s = Slide::content(tr!(lang, "deck-qbr-renewal-title"));
    layout::chart_with_points(&mut s, picture(lang, &chart, &tr!(lang, "deck-qbr-mrr-alt"))?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn next_quarter(d: &QbrData) -> Slide {
    let (next, lang) = (d.quarter.next(), d.lang);
    let p = &d.view().success_plan;
    let due: Vec<&metrics::lifecycle::MilestoneStatus> = p
        .milestones
        .iter()
        .filter(|m| m.status != "done")
        .filter(|m| m.status == "overdue" || m.due <= next.end())
        .take(8)
        .collect();
    let mut s = Slide::content(tr!(lang, "deck-qbr-next-title", quarter = quarter_label(lang, next)));
    let side = |o: &str| tr!(lang, if o == "customer" { "deck-qbr-owner-customer" } else { "deck-qbr-owner-us" });
    let status = |st: &str| match st {
        "open" | "overdue" | "done" => tr!(lang, &format!("deck-qbr-status-{st}")),
        other => other.to_string(),
    };
    if due.is_empty() {
        s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, 60.0), layout::bullets(&[tr!(lang, "deck-qbr-next-empty")], 16.0));
    } else {
        let rows = due.iter().map(|m| vec![m.title.to_string(), Formats::of(lang).date(m.due), side(&m.owner_side), status(&m.status)]).collect();
        let head = ["deck-qbr-col-milestone", "deck-qbr-col-due", "deck-qbr-col-owner", "deck-qbr-col-status"].map(|k| tr!(lang, k));
        layout::table(&mut s, TOP, &head.each_ref().map(String::as_str), rows, &[0.55, 0.15, 0.15, 0.15]);
    }
    let separator = tr!(lang, "deck-title-separator");
    let asks = |who: &str| due.iter().filter(|m| m.owner_side == who).map(|m| &*m.title).collect::<Vec<_>>().join(&separator);
    let (ours, theirs) = (asks("vendor"), asks("customer"));
    s.notes = vec![
        if theirs.is_empty() { tr!(lang, "deck-qbr-no-asks") } else { tr!(lang, "deck-qbr-asks", items = theirs) },
        if ours.is_empty() { tr!(lang, "deck-qbr-nothing-ours") } else { tr!(lang, "deck-qbr-ours", items = ours) },
    ];
    s
}

fn appendix(d: &QbrData) -> Slide {
    let lang = d.lang;
    let mut s = Slide::content(tr!(lang, "deck-qbr-appendix-title"));
    let (green, yellow) = (i64::from(d.scorecard.green_at), i64::from(d.scorecard.yellow_at));
    let mut lines = vec![tr!(lang, "deck-qbr-def-health", green = green, yellow = yellow)];
    lines.extend(["mau", "breadth", "value", "nps", "arr", "compare"].map(|k| tr!(lang, &format!("deck-qbr-def-{k}"))));
    s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, BOTTOM - TOP), layout::bullets(&lines, 13.0));
    s.notes = vec![tr!(lang, "deck-qbr-appendix-note")];
    s
}

/// A `YYYY-MM-DD` day as the language writes it (as written when it is not one).
fn day(lang: Lang, s: &str) -> String {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map(|d| Formats::of(lang).date(d)).unwrap_or_else(|_| s.to_string())
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
        appendix(d),
    ];
    let (lang, quarter) = (d.lang, quarter_label(d.lang, d.quarter));
    let footer = tr!(lang, "deck-qbr-footer", company = brand.company.as_str(), account = v.name.as_str(), quarter = quarter.as_str());
    layout::frame_all(&mut slides, brand, lang, &footer);
    Ok(Deck {
        lang,
        title: tr!(lang, "deck-qbr-file-title", account = v.name.as_str(), quarter = quarter.as_str()),
        author: v.owner.clone().unwrap_or_else(|| brand.company.clone()),
        brand: brand.clone(),
        day: d.quarter.end(),
        slides,
    })
}
