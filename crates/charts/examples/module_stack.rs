//! Draws a sample module stack to look at: `cargo run -p charts --example module_stack -- OUT_DIR`.

use i18n::Lang;
use charts::{Canvas, Marker, ModuleSeries, ModuleStack, Theme, to_png, to_svg};
use chrono::{Days, NaiveDate};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let first = NaiveDate::from_ymd_opt(2025, 11, 8).unwrap();
    let weeks: Vec<NaiveDate> = (0..52).map(|i| first + Days::new(7 * i)).collect();
    // An account on monitoring and visualization that adopts data collection and analysis
    // after a training in week 32, then has a usage drop in week 47.
    let wave = |base: f64, from: usize, w: usize| if w < from { 0.0 } else { base * (1.0 + 0.15 * ((w as f64) * 0.9).sin()) * if w == 47 { 0.4 } else { 1.0 } };
    let modules = vec![
        ModuleSeries { name: "Data collection".into(), catalogue_index: 0, values: (0..52).map(|w| wave(120.0, 33, w)).collect() },
        ModuleSeries { name: "Monitoring".into(), catalogue_index: 1, values: (0..52).map(|w| wave(400.0, 0, w)).collect() },
        ModuleSeries { name: "Visualization".into(), catalogue_index: 2, values: (0..52).map(|w| wave(260.0, 0, w)).collect() },
        ModuleSeries { name: "Analysis".into(), catalogue_index: 3, values: (0..52).map(|w| wave(180.0, 34, w)).collect() },
    ];
    let chart = ModuleStack {
        title: "Brightwave Logistics".into(),
        weeks,
        modules,
        mix: false,
        markers: vec![Marker { week: 32, label: "Training".into() }, Marker { week: 47, label: "Usage -60% WoW".into() }],
    };
    std::fs::write(out.join("module_stack.svg"), to_svg(&chart, &Canvas::svg(Theme::Light, Lang::En))?)?;
    std::fs::write(out.join("module_stack.png"), to_png(&chart, &Canvas::png(Theme::Light, Lang::En))?)?;
    let mix = ModuleStack { mix: true, ..chart };
    std::fs::write(out.join("module_mix_dark.png"), to_png(&mix, &Canvas::png(Theme::Dark, Lang::En))?)?;
    Ok(())
}
