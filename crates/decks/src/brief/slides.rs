//! The brief's slides: who we compared with, adoption, time to value and outcomes, retention
//! and lifetime value, a recommended plan, and the method.

use super::stats::{Evidence, MIN_EVIDENCE, median};
use super::Prospect;
use crate::brand::Brand;
use crate::layout::{self, Kpi, MARGIN, TOP, BOTTOM};
use crate::model::{Deck, Frame, Slide, SlideKind, WIDTH};
use crate::qbr::picture;
use crate::Error;
use i18n::{Formats, Lang, tr};

fn pct(lang: Lang, x: f64) -> String {
    charts::format::percent(lang, x)
}

fn int(lang: Lang, x: f64) -> String {
    Formats::of(lang).int(x.round() as i64)
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

fn evidence_slide(lang: Lang, p: &Prospect, e: &Evidence) -> Slide {
    let m = &e.matches;
    let name = p.name.as_str();
    let n = |x: usize| x as i64;
    let mut lines = vec![tr!(lang, "deck-brief-comparables", count = n(e.comparables), prospect = name, active = n(e.active), former = n(e.former))];
    if let Some(i) = &p.industry {
        lines.push(tr!(lang, "deck-brief-match-industry", count = n(m.industry), industry = i.as_str()));
    }
    if let Some(x) = p.employees {
        lines.push(tr!(lang, "deck-brief-match-size", count = n(m.size), employees = x));
    }
    if let Some(r) = &p.region {
        lines.push(tr!(lang, "deck-brief-match-region", count = n(m.region), region = r.as_str()));
    }
    if !p.modules.is_empty() {
        lines.push(tr!(lang, "deck-brief-match-modules", count = n(m.modules), modules = i18n::Formats::of(lang).list(&p.modules)));
    }
    if p.expected_mrr.is_some() {
        lines.push(tr!(lang, "deck-brief-match-deal", count = n(m.deal)));
    }
    if e.widened {
        lines.push(tr!(lang, "deck-brief-widened", count = n(e.comparables)));
    }
    lines.push(tr!(lang, "deck-brief-anonymous", min = MIN_EVIDENCE as i64));
    let mut s = Slide::content(tr!(lang, "deck-brief-evidence-title"));
    s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, BOTTOM - TOP), layout::bullets(&lines, 15.0));
    s.notes = vec![tr!(lang, "deck-brief-evidence-note")];
    s
}

fn adoption_slide(lang: Lang, p: &Prospect, e: &Evidence) -> Slide {
    let mut s = Slide::content(tr!(lang, "deck-brief-adoption-title"));
    if e.adoption.is_empty() {
        s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, 60.0), layout::bullets(&[tr!(lang, "deck-brief-no-modules")], 15.0));
    } else {
        let rows = e
            .adoption
            .iter()
            .map(|a| {
                let days = a.median_days.map(|d| tr!(lang, "deck-brief-days", days = d.round() as i64)).unwrap_or_else(|| tr!(lang, "deck-brief-too-few-used", min = MIN_EVIDENCE as i64));
                vec![a.module.clone(), tr!(lang, "deck-brief-of", count = a.adopted as i64, total = a.customers as i64), days]
            })
            .collect();
        let head = ["module", "used-by", "first-use"].map(|k| tr!(lang, &format!("deck-brief-col-{k}")));
        layout::table(&mut s, TOP, &head.each_ref().map(String::as_str), rows, &[0.4, 0.3, 0.3]);
    }
    if let Some(h) = e.history_start {
        s.add(
            Frame::new(MARGIN, BOTTOM - 40.0, WIDTH - 2.0 * MARGIN, 30.0),
            layout::bullets(&[tr!(lang, "deck-brief-history", date = Formats::of(lang).date(h))], 12.0),
        );
    }
    s.notes = vec![tr!(lang, "deck-brief-adoption-note", prospect = p.name.as_str())];
    s
}

fn outcomes_slide(lang: Lang, e: &Evidence) -> Slide {
    let ttv: Vec<f64> = e.time_to_value.iter().map(|&d| d as f64).collect();
    let within90 = (ttv.len() >= MIN_EVIDENCE).then(|| ttv.iter().filter(|&&d| d <= 90.0).count() as f64 / ttv.len() as f64);
    let show = |x: Option<f64>, f: &dyn Fn(f64) -> String| x.map(f).unwrap_or_else(|| tr!(lang, "deck-brief-too-few"));
    let (p, n) = (|x: f64| pct(lang, x), |x: f64| int(lang, x));
    let total = ttv.len() as i64;
    let mut s = Slide::content(tr!(lang, "deck-brief-outcomes-title"));
    let top = layout::kpi_row(
        &mut s,
        &[
            Kpi { label: tr!(lang, "deck-brief-kpi-ttv"), value: show(enough(&ttv), &n), delta: tr!(lang, "deck-brief-from-customers", count = total), good: None },
            Kpi { label: tr!(lang, "deck-brief-kpi-within-90"), value: show(within90, &p), delta: tr!(lang, "deck-brief-of-total", total = total), good: None },
            Kpi { label: tr!(lang, "deck-brief-kpi-breadth"), value: show(enough(&e.breadth), &p), delta: tr!(lang, "deck-brief-breadth-hint"), good: None },
            Kpi { label: tr!(lang, "deck-brief-kpi-stickiness"), value: show(enough(&e.stickiness), &p), delta: tr!(lang, "deck-brief-stickiness-hint"), good: None },
        ],
    );
    let range = |xs: &[f64], f: &dyn Fn(f64) -> String| match (quantile(xs, 0.25), quantile(xs, 0.75)) {
        (Some(a), Some(b)) => tr!(lang, "deck-brief-range", low = f(a), high = f(b)),
        _ => tr!(lang, "deck-brief-range-unknown"),
    };
    let lines = vec![
        tr!(lang, "deck-brief-ttv-range", range = range(&ttv, &n)),
        tr!(lang, "deck-brief-depth-range", range = range(&e.depth, &p)),
        match enough(&e.health) {
            Some(h) => tr!(lang, "deck-brief-health", score = n(h)),
            None => tr!(lang, "deck-brief-health-unknown"),
        },
    ];
    s.add(Frame::new(MARGIN, top, WIDTH - 2.0 * MARGIN, BOTTOM - top), layout::bullets(&lines, 14.0));
    s.notes = lines;
    s
}

fn retention_slide(lang: Lang, p: &Prospect, e: &Evidence) -> Result<Slide, Error> {
    let f = Formats::of(lang);
    let mut comparable = e.retention.clone();
    comparable.group = tr!(lang, "deck-brief-group-like-you");
    let mut all = e.all.clone();
    all.group = tr!(lang, "deck-brief-group-all");
    let subtitle = tr!(lang, "deck-brief-retention-subtitle", date = f.date(e.as_of));
    let chart = charts::RetentionChart { title: tr!(lang, "deck-brief-retention-chart"), subtitle, groups: vec![comparable, all] };
    let r = &e.retention;
    let mut points = vec![match r.retained_12m {
        Some(x) => tr!(lang, "deck-brief-retained", share = pct(lang, x), prospect = p.name.as_str()),
        None => tr!(lang, "deck-brief-retained-unknown"),
    }];
    let money = |x: f64| charts::format::money(lang, x, e.currency.as_deref());
    match (r.discounted_lifetime_years, p.expected_mrr) {
        (Some(years), Some(mrr)) => points.push(tr!(lang, "deck-brief-ltv", years = f.fixed(years, 1), arr = money(12.0 * mrr), ltv = money(12.0 * mrr * years))),
        (Some(years), None) => points.push(tr!(lang, "deck-brief-lifetime", years = f.fixed(years, 1))),
        (None, _) => points.push(r.sbg_note.as_ref().map(|n| n.render(lang)).unwrap_or_else(|| tr!(lang, "deck-brief-no-sbg"))),
    }
    let mut s = Slide::content(tr!(lang, "deck-brief-retention-title"));
    layout::chart_with_points(&mut s, picture(lang, &chart, &tr!(lang, "deck-brief-retention-alt"))?, &points);
    s.notes = points.clone();
    Ok(s)
}

fn plan_slide(lang: Lang, e: &Evidence) -> Slide {
    let mut s = Slide::content(tr!(lang, "deck-brief-plan-title"));
    if e.plan.is_empty() {
        s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, 60.0), layout::bullets(&[tr!(lang, "deck-brief-no-plan")], 15.0));
    } else {
        let day = |phase: &str| phase.parse::<i64>().map(|d| tr!(lang, "deck-brief-day", day = d)).unwrap_or_else(|_| phase.to_string());
        let rows = e.plan.iter().take(10).map(|st| vec![day(&st.phase), st.title.clone(), tr!(lang, "deck-brief-of", count = st.done as i64, total = st.had as i64)]).collect();
        let head = ["by", "milestone", "completed"].map(|k| tr!(lang, &format!("deck-brief-col-{k}")));
        layout::table(&mut s, TOP, &head.each_ref().map(String::as_str), rows, &[0.15, 0.6, 0.25]);
    }
    s.notes = vec![tr!(lang, "deck-brief-plan-note")];
    s
}

fn method_slide(lang: Lang) -> Slide {
    let lines: Vec<String> = ["comparable", "time", "today", "retention"].iter().map(|k| tr!(lang, &format!("deck-brief-method-{k}"))).collect();
    let mut s = Slide::content(tr!(lang, "deck-brief-method-title"));
    s.add(Frame::new(MARGIN, TOP, WIDTH - 2.0 * MARGIN, BOTTOM - TOP), layout::bullets(&lines, 13.0));
    s.notes = vec![tr!(lang, "deck-brief-method-note")];
    s
}

/// The brief for `p` from the evidence, in `lang`.
pub fn deck(p: &Prospect, e: &Evidence, brand: &Brand, lang: Lang) -> Result<Deck, Error> {
    let (name, company, count) = (p.name.as_str(), brand.company.as_str(), e.comparables as i64);
    let mut slides = vec![
        Slide {
            kind: SlideKind::Title,
            title: tr!(lang, "deck-brief-title", prospect = name),
            subtitle: Some(tr!(lang, "deck-brief-subtitle", company = company, count = count, date = Formats::of(lang).date(e.as_of))),
            blocks: vec![],
            notes: vec![tr!(lang, "deck-brief-cover-note", count = count, prospect = name)],
        },
        evidence_slide(lang, p, e),
        adoption_slide(lang, p, e),
        outcomes_slide(lang, e),
        retention_slide(lang, p, e)?,
        plan_slide(lang, e),
        method_slide(lang),
    ];
    let footer = tr!(lang, "deck-brief-footer", company = company, prospect = name);
    layout::frame_all(&mut slides, brand, lang, &footer);
    Ok(Deck { lang, title: tr!(lang, "deck-brief-file-title", prospect = name), author: brand.company.clone(), brand: brand.clone(), day: e.as_of, slides })
}
