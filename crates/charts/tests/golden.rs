//! Golden files: the SVG of fixed charts, compared as text. A change to how charts look
//! shows up here as a diff to review; regenerate on purpose with
//! `UPDATE_GOLDEN=1 cargo test -p charts --test golden` and commit the new files.

use charts::{Canvas, Marker, ModuleSeries, ModuleStack, Theme, to_svg};
use chrono::{Days, NaiveDate};

fn sample(mix: bool) -> ModuleStack {
    let first = NaiveDate::from_ymd_opt(2025, 11, 8).unwrap();
    let weeks: Vec<NaiveDate> = (0..26).map(|i| first + Days::new(7 * i)).collect();
    let values = |base: u64, from: usize| -> Vec<f64> {
        (0..26).map(|w| if w < from { 0.0 } else { (base + (w as u64 * 7919) % 23) as f64 }).collect()
    };
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

fn check(name: &str, svg: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, svg).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} missing: run with UPDATE_GOLDEN=1", path.display()));
    if want != svg {
        let line = want.lines().zip(svg.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {}\n  now:    {}",
            line + 1,
            want.lines().nth(line).unwrap_or(""),
            svg.lines().nth(line).unwrap_or("")
        );
    }
    roxmltree::Document::parse(svg).unwrap();
}

#[test]
fn module_stack_light() {
    check("module_stack_light.svg", &to_svg(&sample(false), &Canvas::svg(Theme::Light)).unwrap());
}

#[test]
fn module_mix_dark() {
    check("module_mix_dark.svg", &to_svg(&sample(true), &Canvas::svg(Theme::Dark)).unwrap());
}

#[test]
fn mrr_light() {
    let m = |month: &str, start: f64, new: f64, expansion: f64, contraction: f64, churned: f64| metrics::revenue::MrrMovement {
        month: month.into(),
        start,
        new,
        expansion,
        contraction,
        churned,
        reactivated: 0.0,
        end: start + new + expansion - contraction - churned,
        new_accounts: 0,
        expansion_accounts: 0,
        contraction_accounts: 0,
        churned_accounts: 0,
        reactivated_accounts: 0,
    };
    let chart = charts::MrrChart {
        title: "MRR movements".into(),
        currency: Some("USD".into()),
        months: vec![m("2026-07", 90_000.0, 4_000.0, 2_500.0, 500.0, 1_200.0), m("2026-08", 94_800.0, 0.0, 1_000.0, 0.0, 6_000.0), m("2026-09", 89_800.0, 7_000.0, 0.0, 300.0, 0.0)],
        trend: vec![],
    };
    check("mrr_light.svg", &to_svg(&chart, &Canvas::svg(Theme::Light)).unwrap());
}
