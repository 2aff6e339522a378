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

/// The largest frame with the PNG's aspect ratio inside `room`, centred vertically and
/// aligned right (`right`) or centred: a logo is never stretched.
pub fn fit_png(png: &[u8], room: Frame, right: bool) -> Frame {
    let dims = (png.len() >= 24 && png.starts_with(b"\x89PNG"))
        .then(|| (u32::from_be_bytes([png[16], png[17], png[18], png[19]]) as f64, u32::from_be_bytes([png[20], png[21], png[22], png[23]]) as f64));
    let Some((w, h)) = dims.filter(|(w, h)| *w > 0.0 && *h > 0.0) else { return room };
    let scale = (room.w / w).min(room.h / h);
    let (fw, fh) = (w * scale, h * scale);
    let x = if right { room.x + room.w - fw } else { room.x + (room.w - fw) / 2.0 };
    Frame::new(x, room.y + (room.h - fh) / 2.0, fw, fh)
}

/// Frames every slide but the opening one, numbering pages from 2.
pub fn frame_all(slides: &mut [Slide], brand: &Brand, lang: i18n::Lang, footer: &str) {
    for (i, s) in slides.iter_mut().enumerate().skip(1) {
        frame(s, brand, lang, footer, i + 1);
    }
}

/// Accent rule on top, footer text and logo at the bottom: added last so they sit above
/// the content.
pub fn frame(slide: &mut Slide, brand: &Brand, lang: i18n::Lang, footer: &str, page: usize) {
    slide.add(Frame::new(0.0, 0.0, WIDTH, 6.0), Content::Fill(brand.accent));
    slide.add(
        Frame::new(MARGIN, 512.0, 700.0, 16.0),
        Content::Text(vec![Para::new(vec![Run::coloured(format!("{footer} · {}", i18n::Formats::of(lang).int(page as i64)), MUTED, false)], 9.0)]),
    );
    if let Some(logo) = &brand.logo {
        let frame = fit_png(logo, Frame::new(WIDTH - MARGIN - 120.0, 506.0, 120.0, 24.0), true);
        slide.add(frame, Content::Picture(Picture { png: logo.clone(), svg: None, alt: i18n::tr!(lang, "deck-logo-alt", company = brand.company.as_str()) }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logos_keep_their_aspect() {
        // A 400 x 100 PNG header (IHDR width, height at bytes 16..24).
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(400u32.to_be_bytes());
        png.extend(100u32.to_be_bytes());
        let f = fit_png(&png, Frame::new(0.0, 0.0, 120.0, 24.0), true);
        assert_eq!((f.w, f.h), (96.0, 24.0));
        assert_eq!(f.x, 24.0, "aligned right");
        let tall = fit_png(&png, Frame::new(0.0, 0.0, 40.0, 40.0), false);
        assert_eq!((tall.w, tall.h, tall.y), (40.0, 10.0, 15.0), "centred");
        assert_eq!(fit_png(b"not a png", Frame::new(1.0, 2.0, 3.0, 4.0), true), Frame::new(1.0, 2.0, 3.0, 4.0));
    }
}
