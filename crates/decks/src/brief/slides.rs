//! The brief's slides: who we compared with, adoption, time to value and outcomes, retention
//! and lifetime value, a recommended plan, and the method.

use super::stats::{Evidence, MIN_EVIDENCE, median};
use super::Prospect;
use crate::brand::Brand;
use crate::layout::{self, Kpi, MARGIN, TOP, BOTTOM};
use crate::model::{Deck, Frame, Slide, SlideKind, WIDTH};
use crate::qbr::picture;
use crate::Error;

fn pct(x: f64) -> String {
    charts::format::percent(x)
}

/// Quantile by linear interpolation between order statistics.
fn quantile(xs: &[f64], q: f64) -> Option<f64> {
    let mut v: Vec<f64> = xs.iter().copied().filter(|x| x.is_finite()).collect();
    if v.len() < MIN_EVIDENCE {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let pos = q * (v.len() - 1) as f64;
    let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
    Some(v[lo] + (v[hi] - v[lo]) * (pos - lo as f64))
}

fn enough(xs: &[f64]) -> Option<f64> {
    (xs.len() >= MIN_EVIDENCE).then(|| median(xs)).flatten()
}

fn evidence_slide(p: &Prospect, e: &Evidence) -> Slide {
    let m = &e.matches;
    let mut lines = vec![format!(
        "{} customers like {}: {} customers today and {} former customers, kept in so that retention is not flattered.",
        e.comparables, p.name, e.active, e.former
    )];
    if let Some(i) = &p.industry {
        lines.push(format!("{} in {i}.", m.industry));
    }
    if let Some(n) = p.employees {
        lines.push(format!("{} of a similar size (half to twice {} employees).", m.size, charts::format::int(n as u64)));
    }
    if let Some(r) = &p.region {
        lines.push(format!("{} in {r}.", m.region));
    }
    if !p.modules.is_empty() {
        lines.push(format!("{} licensing all of {}.", m.modules, p.modules.join(", ")));
    }
    if p.expected_mrr.is_some() {
        lines.push(format!("{} with a contract of a similar size.", m.deal));
    }
    if e.widened {
        lines.push(format!("Few close matches: the comparison widens to the {} most similar customers.", e.comparables));
    }
    lines.push(format!("No customer is named: every figure aggregates at least {MIN_EVIDENCE} customers, and figures from fewer are left out."));
    let mut s = Slide::content("Who we compared with");
    s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, BOTTOM - TOP), layout::bullets(&lines, 15.0));
    s.notes = vec!["Say how the comparison was made before showing any number.".into()];
    s
}

fn adoption_slide(p: &Prospect, e: &Evidence) -> Slide {
    let mut s = Slide::content("How fast they adopted each module");
    if e.adoption.is_empty() {
        s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, 60.0), layout::bullets(&["The profile names no module of the catalogue: add `modules` to see adoption.".to_string()], 15.0));
    } else {
        let rows = e
            .adoption
            .iter()
            .map(|a| {
                let days = a.median_days.map(|d| format!("{d:.0} days")).unwrap_or_else(|| format!("fewer than {MIN_EVIDENCE} used it"));
                vec![a.module.clone(), format!("{} of {}", a.adopted, a.customers), days]
            })
            .collect();
        layout::table(&mut s, TOP, &["Module", "Used by", "Median time to first use"], rows, &[0.4, 0.3, 0.3]);
    }
    if let Some(h) = e.history_start {
        s.add(
            Frame::new(MARGIN, BOTTOM - 40.0, WIDTH - 2.0 * MARGIN, 30.0),
            layout::bullets(&[format!("Counted over customers who started after usage data begins ({}): earlier starts have no first use on record.", h.format("%-d %b %Y"))], 12.0),
        );
    }
    s.notes = vec![format!("Time to first use counts from the contract start; use during a trial counts as day 0. For {}, plan enablement in this order.", p.name)];
    s
}

fn outcomes_slide(e: &Evidence) -> Slide {
    let ttv: Vec<f64> = e.time_to_value.iter().map(|&d| d as f64).collect();
    let within90 = (ttv.len() >= MIN_EVIDENCE).then(|| ttv.iter().filter(|&&d| d <= 90.0).count() as f64 / ttv.len() as f64);
    let show = |x: Option<f64>, f: &dyn Fn(f64) -> String| x.map(f).unwrap_or_else(|| "too few".into());
    let mut s = Slide::content("Time to value and where they are now");
    let top = layout::kpi_row(
        &mut s,
        &[
            Kpi { label: "Median days to first value".into(), value: show(enough(&ttv), &|d| format!("{d:.0}")), delta: format!("from {} customers", ttv.len()), good: None },
            Kpi { label: "Reached value within 90 days".into(), value: show(within90, &pct), delta: format!("of {}", ttv.len()), good: None },
            Kpi { label: "Median breadth".into(), value: show(enough(&e.breadth), &pct), delta: "modules used / licensed".into(), good: None },
            Kpi { label: "Median DAU/MAU".into(), value: show(enough(&e.stickiness), &pct), delta: "daily habit".into(), good: None },
        ],
    );
    let range = |xs: &[f64], f: &dyn Fn(f64) -> String| match (quantile(xs, 0.25), quantile(xs, 0.75)) {
        (Some(a), Some(b)) => format!("{} to {}", f(a), f(b)),
        _ => "too few customers to say".into(),
    };
    let lines = vec![
        format!("Half of them reached their first value event between {} days.", range(&ttv, &|d| format!("{d:.0}"))),
        format!("Depth today (share of active users completing value): middle half {}.", range(&e.depth, &pct)),
        format!("Health today: median {}.", show(enough(&e.health), &|h| format!("{h:.0} of 100"))),
    ];
    s.add(Frame::new(MARGIN, top, WIDTH - 2.0 * MARGIN, BOTTOM - top), layout::bullets(&lines, 14.0));
    s.notes = lines;
    s
}

fn retention_slide(p: &Prospect, e: &Evidence) -> Result<Slide, Error> {
    let mut comparable = e.retention.clone();
    comparable.group = "Customers like you".into();
    let mut all = e.all.clone();
    all.group = "All customers".into();
    let chart = charts::RetentionChart { title: "Share still customers".into(), subtitle: format!("Months since the first subscription, as of {}; sBG projection dashed", e.as_of), groups: vec![comparable, all] };
    let r = &e.retention;
    let mut points = vec![match r.retained_12m {
        Some(x) => format!("{} of customers like {} were still customers after 12 months.", pct(x), p.name),
        None => "Too few have been customers for 12 months to say how many stay.".to_string(),
    }];
    match (r.discounted_lifetime_years, p.expected_mrr) {
        (Some(years), Some(mrr)) => points.push(format!(
            "Expected discounted lifetime {years:.1} years (sBG, 10% a year): at {} a year, a lifetime value of {}.",
            charts::format::money(12.0 * mrr, e.currency.as_deref()),
            charts::format::money(12.0 * mrr * years, e.currency.as_deref())
        )),
        (Some(years), None) => points.push(format!("Expected discounted lifetime {years:.1} years (sBG, 10% a year); add expected_mrr for a lifetime value.")),
        (None, _) => points.push(r.sbg_note.clone().unwrap_or_else(|| "No sBG fit for these customers.".into())),
    }
    let mut s = Slide::content("How long customers like you stay");
    layout::chart_with_points(&mut s, picture(&chart, "Retention of comparable customers against all customers")?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn plan_slide(e: &Evidence) -> Slide {
    let mut s = Slide::content("Recommended 30/60/90-day plan");
    if e.plan.is_empty() {
        s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, 60.0), layout::bullets(&["Too few comparable customers had success-plan milestones to recommend a plan.".to_string()], 15.0));
    } else {
        let rows = e.plan.iter().take(10).map(|st| vec![format!("Day {}", st.phase), st.title.clone(), format!("{} of {}", st.done, st.had)]).collect();
        layout::table(&mut s, TOP, &["By", "Milestone", "Completed by"], rows, &[0.15, 0.6, 0.25]);
    }
    s.notes = vec!["The steps comparable customers had in their first 90 days, most common first within each phase.".into()];
    s
}

fn method_slide() -> Slide {
    let lines: Vec<String> = [
        "Comparable: scored on industry (3), size within half to twice the employees (2), licensing all modules of interest (2), region (1), contract within half to twice the expected ARR (1); a score of 3 or more, the closest 40.",
        "Time to first use and to first value count from the first subscription start.",
        "Breadth, depth and DAU/MAU are today's values of current customers (definitions in the appendix of every QBR).",
        "Retention is Kaplan-Meier over every comparable customer, former ones included, with the shifted-beta-geometric projection (Fader & Hardie); lifetime value discounts at 10% a year.",
    ]
    .iter()
    .map(|l| l.to_string())
    .collect();
    let mut s = Slide::content("Method");
    s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, BOTTOM - TOP), layout::bullets(&lines, 13.0));
    s.notes = vec!["For questions on method.".into()];
    s
}

pub fn deck(p: &Prospect, e: &Evidence, brand: &Brand) -> Result<Deck, Error> {
    let mut slides = vec![
        Slide {
            kind: SlideKind::Title,
            title: format!("{}: what customers like you achieved", p.name),
            subtitle: Some(format!("{} · value brief from {} comparable customers · {}", brand.company, e.comparables, e.as_of.format("%-d %b %Y"))),
            blocks: vec![],
            notes: vec![format!("Everything here comes from {} customers like {}, none named.", e.comparables, p.name)],
        },
        evidence_slide(p, e),
        adoption_slide(p, e),
        outcomes_slide(e),
        retention_slide(p, e)?,
        plan_slide(e),
        method_slide(),
    ];
    let footer = format!("{} · value brief · {}", brand.company, p.name);
    layout::frame_all(&mut slides, brand, &footer);
    Ok(Deck { title: format!("Value brief: {}", p.name), author: brand.company.clone(), brand: brand.clone(), day: e.as_of, slides })
}
