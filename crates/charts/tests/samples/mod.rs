//! One fixed chart of every kind, shared by the golden and vector tests.

#![allow(dead_code)]

use i18n::Lang;
use charts::milestones::MilestoneChart;
use charts::{Canvas, Chart, MixModule, MixRow, ModuleMix, ModuleSeries, ModuleStack, Marker, Theme};
use chrono::{Days, NaiveDate};
use metrics::health::{Band, Component, HealthScore};
use metrics::lifecycle::MilestoneStatus;
use metrics::revenue::{MrrMovement, RetentionPoint};
use metrics::usage_trend::UserWeek;

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A scorecard component: `points` of `max_points`, with `value` as the raw and the
/// normalised signal (none = no data).
pub fn part(label: &str, value: Option<f64>, points: f64, max_points: f64) -> Component {
    Component { key: label.to_lowercase().into(), label: i18n::Text::new(label.to_string()), value, normalized: value, weight: max_points, points, max_points, detail: i18n::Text::new("") }
}

/// A retention group from (months, churned?) observations.
pub fn group(name: &str, durations: &[(f64, bool)], projected: Vec<f64>) -> retention::GroupRetention {
    use retention::kaplan_meier::{Observation, estimate};
    let obs: Vec<Observation> = durations.iter().map(|&(duration, event)| Observation { duration, event }).collect();
    let curve = estimate(&obs);
    retention::GroupRetention {
        group: name.into(),
        accounts: obs.len(),
        churned: curve.events,
        retained_12m: None,
        retained_24m: None,
        sbg: None,
        sbg_note: None,
        projected_survival: projected,
        discounted_lifetime_years: None,
        mean_arr: 0.0,
        ltv: None,
        curve,
    }
}

/// A milestone as the engine reports it.
pub fn ms(title: &str, side: &str, due: &str, completed: Option<&str>, status: &str) -> MilestoneStatus {
    MilestoneStatus {
        id: title.into(),
        title: title.into(),
        owner_side: side.to_string().into(),
        due: d(due),
        completed: completed.map(d),
        status: status.to_string().into(),
        days_late: None,
        phase: "30".into(),
    }
}

pub fn module_stack(mix: bool) -> ModuleStack {
    let first = d("2025-11-08");
    let weeks: Vec<NaiveDate> = (0..26).map(|i| first + Days::new(7 * i)).collect();
    let values = |base: u64, from: usize| -> Vec<f64> { (0..26).map(|w| if w < from { 0.0 } else { (base + (w as u64 * 7919) % 23) as f64 }).collect() };
    ModuleStack {
        title: "Golden & <Sons> Ltd".into(),
        weeks,
        modules: vec![
            ModuleSeries { name: "Monitoring".into(), catalogue_index: 1, values: values(40, 0) },
            ModuleSeries { name: "Visualization".into(), catalogue_index: 2, values: values(25, 0) },
            ModuleSeries { name: "Analysis".into(), catalogue_index: 3, values: values(15, 12) },
        ],
        mix,
        markers: vec![Marker { week: 12, label: "Training".into() }],
    }
}

pub fn module_mix() -> ModuleMix {
    let modules = ["Data", "Monitoring", "Visualization", "Analysis"]
        .iter()
        .enumerate()
        .map(|(i, n)| MixModule { name: n.to_string(), catalogue_index: i })
        .collect();
    let row = |label: &str, values: [f64; 4], unused: &[&str]| MixRow {
        label: label.into(),
        values: values.to_vec(),
        unused: unused.iter().map(|s| s.to_string()).collect(),
        note: None,
    };
    ModuleMix {
        title: "Enterprise".into(),
        subtitle: "4 accounts: share of activity by module, 2 Aug – 31 Oct 2026".into(),
        modules,
        rows: vec![
            row("Broad & <Deep> Inc.", [10.0, 20.0, 30.0, 40.0], &[]),
            row("Narrow Co", [0.0, 90.0, 10.0, 0.0], &["Data", "Analysis"]),
            row("Dormant GmbH", [0.0; 4], &["Data", "Monitoring", "Visualization", "Analysis"]),
            row("Mostly Viz", [5.0, 0.0, 95.0, 20.0], &["Monitoring"]),
        ],
        without_activity: 0,
    }
}

pub fn users() -> charts::UsersChart {
    let weeks = (0..12)
        .map(|i| {
            let mau = 20 + (i * 7) % 5;
            let daily = 4.0 + (i % 3) as f64;
            UserWeek {
                week_end: (d("2026-08-15") + Days::new(7 * i as u64)).to_string(),
                weekly_active: 10 + (i * 3) % 4,
                monthly_active: mau,
                average_daily: daily,
                stickiness: Some(daily / mau as f64),
                core_active: 3 - (i / 6),
            }
        })
        .collect();
    charts::UsersChart { title: "Fjord Retail".into(), weeks, core_on_file: 4 }
}

pub fn mrr() -> charts::MrrChart {
    let m = |month: &str, start: f64, new: f64, expansion: f64, contraction: f64, churned: f64| MrrMovement {
        month: month.into(),
        start,
        new,
        expansion,
        contraction,
        churned,
        reactivated: 0.0,
        fx: 0.0,
        end: start + new + expansion - contraction - churned,
        new_accounts: 0,
        expansion_accounts: 0,
        contraction_accounts: 0,
        churned_accounts: 0,
        reactivated_accounts: 0,
    };
    let p = |month: &str, nrr: f64, grr: f64| RetentionPoint { month: month.into(), day: format!("{month}-28"), nrr: Some(nrr), grr: Some(grr) };
    charts::MrrChart {
        title: "MRR movements".into(),
        currency: Some("USD".into()),
        months: vec![
            m("2026-07", 90_000.0, 4_000.0, 2_500.0, 500.0, 1_200.0),
            m("2026-08", 94_800.0, 0.0, 1_000.0, 0.0, 6_000.0),
            m("2026-09", 89_800.0, 7_000.0, 0.0, 300.0, 0.0),
        ],
        trend: vec![p("2026-07", 1.04, 0.93), p("2026-08", 0.98, 0.90), p("2026-09", 1.01, 0.91)],
    }
}

pub fn health() -> charts::HealthChart {
    charts::HealthChart {
        title: "Fjord Retail".into(),
        history: vec![(d("2026-08-01"), 78), (d("2026-09-05"), 72), (d("2026-10-03"), 64)],
        current: Some(HealthScore {
            account_id: "ACC-1".into(),
            day: "2026-10-31".into(),
            score: Some(55),
            band: Band::Yellow,
            reason: None,
            components: vec![part("Usage trend", Some(-0.4), 5.0, 20.0), part("NPS", None, 0.0, 10.0), part("Depth", Some(0.9), 15.0, 15.0)],
        }),
        green_at: 70,
        yellow_at: 40,
    }
}

pub fn retention() -> charts::RetentionChart {
    charts::RetentionChart {
        title: "Retention".into(),
        subtitle: "by start year".into(),
        groups: vec![
            group("2024", &[(12.0, true), (20.0, false), (24.0, true), (30.0, false), (30.0, false)], retention::Sbg { alpha: 0.7, beta: 1.2 }.survival(5)),
            group("2025", &[(6.0, false), (12.0, true), (18.0, false)], vec![]),
        ],
    }
}

pub fn segment_map() -> charts::SegmentMap {
    let p = |arr: f64, breadth: f64, segment: usize| charts::MapPoint { arr, breadth, segment };
    charts::SegmentMap {
        title: "Needs and value".into(),
        subtitle: "as of 2026-10-31".into(),
        currency: Some("USD".into()),
        segments: vec!["Monitoring-centric".into(), "Full platform".into()],
        points: vec![p(12_000.0, 0.5, 0), p(150_000.0, 1.0, 1), p(3_000.0, 0.25, 0), p(48_000.0, 0.75, 1)],
    }
}

pub fn nps() -> charts::NpsChart {
    let week = |day: &str, opened: u32, urgent_or_high: u32| charts::TicketWeek { week_end: d(day), opened, urgent_or_high };
    charts::NpsChart {
        title: "Fjord Retail".into(),
        subtitle_period: "1 Nov 2025 – 31 Oct 2026".into(),
        scores: vec![10, 10, 9, 9, 9, 8, 7, 7, 6, 3, 0],
        tickets: vec![week("2026-10-17", 3, 1), week("2026-10-24", 0, 0), week("2026-10-31", 4, 2)],
    }
}

pub fn milestones() -> MilestoneChart {
    MilestoneChart {
        title: "Fjord Retail".into(),
        start: Some(d("2026-08-01")),
        as_of: d("2026-10-31"),
        milestones: vec![
            ms("Kickoff call", "vendor", "2026-08-05", Some("2026-08-05"), "done"),
            ms("SSO configured", "customer", "2026-10-01", None, "overdue"),
            ms("First dashboard", "customer", "2026-11-15", None, "open"),
            ms("Admin training", "vendor", "2026-09-10", None, "overdue"),
        ],
    }
}

/// Names in every script a book holds, on the charts that draw customer text the most.
pub fn module_stack_international() -> ModuleStack {
    let mut chart = module_stack(false);
    chart.title = "星河数据科技有限公司 · 株式会社さくらテック".into();
    let names = ["数据采集", "モニタリング", "تحليل"];
    for (m, n) in chart.modules.iter_mut().zip(names) {
        m.name = n.into();
    }
    chart.markers = vec![Marker { week: 12, label: "培训 🚀".into() }];
    chart
}

pub fn module_mix_international() -> ModuleMix {
    let mut mix = module_mix();
    mix.title = "企业客户 · Société Générale d'Études".into();
    mix.subtitle = "ООО «Северный ветер», Αθηναϊκή Τεχνική: share of activity by module".into();
    // The third account has no activity and is not drawn.
    let labels = ["星河数据科技有限公司", "شركة المستقبل", "Dormant GmbH", "한빛소프트 주식회사"];
    for (r, l) in mix.rows.iter_mut().zip(labels) {
        r.label = l.into();
    }
    mix.rows[1].unused = vec!["חברת הגליל".into()];
    mix
}

/// Draws one sample on a canvas: its SVG, and on a 2x canvas its PNG too.
pub type Draw<'a> = dyn Fn(&Canvas) -> (String, Vec<u8>) + 'a;

/// Every sample drawn with `f`, by name.
pub fn each<T>(f: &dyn Fn(&Draw) -> T) -> Vec<(&'static str, T)> {
    fn both<C: Chart>(c: &C) -> impl Fn(&Canvas) -> (String, Vec<u8>) + '_ {
        move |canvas: &Canvas| {
            let svg = charts::to_svg(c, canvas).unwrap();
            if canvas.scale > 1.0 { (svg, charts::to_png(c, canvas).unwrap()) } else { (svg, vec![]) }
        }
    }
    let (stack, mix, users, mrr, health, map, nps, plan) = (module_stack(false), module_mix(), users(), mrr(), health(), segment_map(), nps(), milestones());
    let curves = retention();
    let (stack_intl, mix_intl) = (module_stack_international(), module_mix_international());
    vec![
        ("module_stack_international", f(&both(&stack_intl))),
        ("module_mix_international", f(&both(&mix_intl))),
        ("module_stack", f(&both(&stack))),
        ("module_mix", f(&both(&mix))),
        ("users", f(&both(&users))),
        ("mrr", f(&both(&mrr))),
        ("health", f(&both(&health))),
        ("retention", f(&both(&curves))),
        ("segment_map", f(&both(&map))),
        ("nps", f(&both(&nps))),
        ("milestones", f(&both(&plan))),
    ]
}

/// Every sample's SVG on `canvas` (at the PNG's size, the very SVG `to_png` rasterises).
pub fn svgs(canvas: &Canvas) -> Vec<(&'static str, String)> {
    each(&|draw| draw(canvas)).into_iter().map(|(n, (s, _))| (n, s)).collect()
}

pub fn light() -> Canvas {
    Canvas::svg(Theme::Light, Lang::En)
}
