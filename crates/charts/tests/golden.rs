//! Golden files: every chart kind's SVG compared as text, and its 2x PNG compared pixel by
//! pixel with a tolerance. A change to how charts look shows up here as a diff to review;
//! regenerate on purpose with `UPDATE_GOLDEN=1 cargo test -p charts --test golden` and
//! commit the new files.

mod samples;

use i18n::Lang;
use std::path::PathBuf;

use charts::{Canvas, Theme, to_svg};

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name)
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

fn check_svg(name: &str, svg: &str) {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{name}: {e}"));
    let path = golden(name);
    if updating() {
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
}

/// Pixels whose largest channel difference exceeds this count as changed: anti-aliasing and
/// encoder differences stay below it, a moved bar or a recoloured series does not.
const CHANNEL_TOLERANCE: u8 = 48;
/// Share of changed pixels allowed (0.2%: a few glyph edges, not a line of text).
const CHANGED_SHARE: f64 = 0.002;

/// Changed pixels between two images of the same size, by the rule above.
fn changed_pixels(a: &image::RgbImage, b: &image::RgbImage) -> usize {
    a.pixels().zip(b.pixels()).filter(|(p, q)| p.0.iter().zip(q.0.iter()).any(|(x, y)| x.abs_diff(*y) > CHANNEL_TOLERANCE)).count()
}

fn check_png(name: &str, png: &[u8]) {
    let now = image::load_from_memory(png).unwrap().to_rgb8();
    assert_eq!(now.dimensions(), (1600, 900), "{name}");
    let path = golden(name);
    if updating() {
        std::fs::write(&path, png).unwrap();
        return;
    }
    let want = image::open(&path).unwrap_or_else(|_| panic!("{} missing: run with UPDATE_GOLDEN=1", path.display())).to_rgb8();
    assert_eq!(want.dimensions(), now.dimensions(), "{name}: size");
    let changed = changed_pixels(&want, &now);
    let allowed = (CHANGED_SHARE * (1600.0 * 900.0)) as usize;
    assert!(changed <= allowed, "{name}: {changed} pixels changed (allowed {allowed})");
}

#[test]
fn every_kind_matches_its_golden_svg() {
    for (name, (svg, _)) in samples::each(&|draw| draw(&Canvas::svg(Theme::Light, Lang::En))) {
        check_svg(&format!("{name}.svg"), &svg);
    }
    check_svg("module_stack_mix_dark.svg", &to_svg(&samples::module_stack(true), &Canvas::svg(Theme::Dark, Lang::En)).unwrap());
    for (lang, name) in LANGUAGES {
        check_svg(&format!("module_stack_{name}.svg"), &to_svg(&samples::module_stack(false), &Canvas::svg(Theme::Light, lang)).unwrap());
        check_svg(&format!("nps_{name}.svg"), &to_svg(&samples::nps(), &Canvas::svg(Theme::Light, lang)).unwrap());
    }
}

/// The other languages' goldens: the same samples, so a diff is the translation alone.
const LANGUAGES: [(Lang, &str); 2] = [(Lang::ZhCn, "zh_cn"), (Lang::Fr, "fr")];

#[test]
fn every_kind_matches_its_golden_png_within_tolerance() {
    for (name, (_, png)) in samples::each(&|draw| draw(&Canvas::png(Theme::Light, Lang::En))) {
        check_png(&format!("{name}.png"), &png);
    }
    for (lang, name) in LANGUAGES {
        check_png(&format!("module_stack_{name}.png"), &charts::to_png(&samples::module_stack(false), &Canvas::png(Theme::Light, lang)).unwrap());
    }
}

#[test]
fn the_pixel_comparison_catches_a_real_change() {
    // A recoloured module (catalogue slot 1 -> 5) must fail the tolerance; the same chart
    // must pass it.
    let png = |s: &charts::ModuleStack| image::load_from_memory(&charts::to_png(s, &Canvas::png(Theme::Light, Lang::En)).unwrap()).unwrap().to_rgb8();
    let base = samples::module_stack(false);
    let mut other = base.clone();
    other.modules[0].catalogue_index = 5;
    let allowed = (CHANGED_SHARE * (1600.0 * 900.0)) as usize;
    assert_eq!(changed_pixels(&png(&base), &png(&base)), 0);
    assert!(changed_pixels(&png(&base), &png(&other)) > allowed * 10);
}
