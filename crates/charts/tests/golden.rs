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
