//! The few slide arrangements every deck uses, so decks stay consistent: a chart with its
//! talking points beside it, a row of KPI tiles with quarter-over-quarter deltas, a table,
//! and the frame (accent rule, footer, logo) around every content slide.

use crate::brand::Brand;
use crate::model::{Content, Frame, Para, Picture, Rgb, Run, Slide, Table, WIDTH};

pub const MARGIN: f64 = 40.0;
/// Top of the content area, under the title.
pub const TOP: f64 = 96.0;
/// Bottom of the content area, above the footer.
pub const BOTTOM: f64 = 500.0;
pub const MUTED: Rgb = Rgb(100, 106, 115);
pub const GOOD: Rgb = Rgb(0, 128, 90);
pub const BAD: Rgb = Rgb(196, 72, 0);
const TILE: Rgb = Rgb(241, 243, 245);

/// The chart's frame: right-hand side, 16:9.
pub const CHART: Frame = Frame::new(372.0, TOP, 548.0, 308.25);
/// The talking points beside a chart.
pub const POINTS: Frame = Frame::new(MARGIN, TOP, 312.0, BOTTOM - TOP);

pub fn bullets(lines: &[String], size: f64) -> Content {
    Content::Text(lines.iter().map(|l| Para::bullet(vec![Run::plain(l.clone())], size)).collect())
}

/// A chart on the right with bullet points on the left.
pub fn chart_with_points(slide: &mut Slide, chart: Picture, points: &[String]) {
    slide.add(CHART, Content::Picture(chart));
    slide.add(POINTS, bullets(points, 14.0));
}

/// A KPI: label, value, and the change since last quarter (`good` says whether the change
/// is good news, which colours it).
#[derive(Debug, Clone, PartialEq)]
pub struct Kpi {
    pub label: String,
    pub value: String,
    pub delta: String,
    pub good: Option<bool>,
}

/// A row of tiles across the top of the content area; returns where the content below
/// may start.
pub fn kpi_row(slide: &mut Slide, kpis: &[Kpi]) -> f64 {
    let n = kpis.len().max(1) as f64;
    let gap = 12.0;
    let w = (WIDTH - 2.0 * MARGIN - gap * (n - 1.0)) / n;
    for (i, k) in kpis.iter().enumerate() {
        let x = MARGIN + i as f64 * (w + gap);
        slide.add(Frame::new(x, TOP, w, 84.0), Content::Fill(TILE));
        let colour = match k.good {
            Some(true) => GOOD,
            Some(false) => BAD,
            None => MUTED,
        };
        slide.add(
            Frame::new(x + 12.0, TOP + 10.0, w - 24.0, 70.0),
            Content::Text(vec![
                Para::new(vec![Run::coloured(k.label.clone(), MUTED, false)], 11.0),
                Para::new(vec![Run::bold(k.value.clone())], 22.0),
                Para::new(vec![Run::coloured(k.delta.clone(), colour, false)], 11.0),
            ]),
        );
    }
    TOP + 84.0 + 16.0
}

pub fn table(slide: &mut Slide, top: f64, header: &[&str], rows: Vec<Vec<String>>, widths: &[f64]) {
    let t = Table { header: header.iter().map(|h| h.to_string()).collect(), rows, widths: widths.to_vec(), size: 12.0 };
    slide.add(Frame::new(MARGIN, top, WIDTH - 2.0 * MARGIN, BOTTOM - top), Content::Table(t));
}

/// Accent rule on top, footer text and logo at the bottom: added last so they sit above
/// the content.
pub fn frame(slide: &mut Slide, brand: &Brand, footer: &str, page: usize) {
    slide.add(Frame::new(0.0, 0.0, WIDTH, 6.0), Content::Fill(brand.accent));
    slide.add(
        Frame::new(MARGIN, 512.0, 700.0, 16.0),
        Content::Text(vec![Para::new(vec![Run::coloured(format!("{footer} · {page}"), MUTED, false)], 9.0)]),
    );
    if let Some(logo) = &brand.logo {
        slide.add(Frame::new(WIDTH - MARGIN - 80.0, 506.0, 80.0, 24.0), Content::Picture(Picture { png: logo.clone(), svg: None, alt: format!("{} logo", brand.company) }));
    }
}
