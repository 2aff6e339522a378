//! The segment map: every paying account as a point, ARR against breadth of adoption,
//! coloured by its needs segment, so value and needs show side by side: a big account
//! using little of the product stands out at the top left.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::canvas::{Canvas, Chart, DrawResult, empty, heading, legend};
use crate::{format, theme};

#[derive(Debug, Clone, PartialEq)]
pub struct MapPoint {
    pub arr: f64,
    /// Modules used / licensed, 0..1.
    pub breadth: f64,
    /// Index into `SegmentMap::segments`.
    pub segment: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SegmentMap {
    pub title: String,
    pub subtitle: String,
    pub currency: Option<String>,
    pub segments: Vec<String>,
    pub points: Vec<MapPoint>,
}

impl Chart for SegmentMap {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let shown: Vec<&MapPoint> =
            self.points.iter().filter(|p| p.arr > 0.0 && p.breadth.is_finite() && p.segment < self.segments.len()).collect();
        let hidden = self.points.len() - shown.len();
        let subtitle = if hidden > 0 { i18n::tr!(c.lang, "chart-map-hidden", subtitle = self.subtitle.as_str(), count = hidden as i64) } else { self.subtitle.clone() };
        let body = heading(root, c, &self.title, &subtitle)?;
        if shown.is_empty() {
            return empty(&body, c, &c.tr("chart-map-empty"));
        }
        let counts: Vec<usize> = (0..self.segments.len()).map(|s| shown.iter().filter(|p| p.segment == s).count()).collect();
        let items: Vec<(String, RGBColor)> = self
            .segments
            .iter()
            .enumerate()
            .filter(|(i, _)| counts[*i] > 0)
            .map(|(i, s)| (i18n::tr!(c.lang, "chart-named-count", name = s.as_str(), count = counts[i] as i64), theme::series(i)))
            .collect();
        let plot = legend(&body, c, &items)?;
        let (lo, hi) = shown.iter().fold((f64::MAX, 0.0f64), |(lo, hi), p| (lo.min(p.arr), hi.max(p.arr)));
        // ARR spans orders of magnitude: a log axis keeps small accounts visible.
        let lo = 10f64.powf(lo.log10().floor());
        let hi = 10f64.powf(hi.log10().ceil()).max(lo * 10.0);
        let currency = self.currency.clone();
        let mut chart = crate::canvas::plot(&plot, c, 30.0, 72.0)
            .build_cartesian_2d(-0.02..1.02, (lo..hi).log_scale())?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh
            .x_desc(c.tr("chart-map-breadth"))
            .y_desc(c.tr("chart-map-arr"))
            .x_label_formatter(&|x| format::percent(c.lang, *x))
            .y_label_formatter(&|y| format::money(c.lang, *y, currency.as_deref()))
            .draw()?;
        for (s, _) in self.segments.iter().enumerate() {
            let colour = theme::series(s);
            chart.draw_series(
                shown.iter().enumerate().filter(|(_, p)| p.segment == s).map(|(i, p)| {
                    // Breadth takes few values (3 of 4, 5 of 6...): a small fixed jitter and
                    // some transparency keep piled-up accounts countable.
                    let jitter = ((i as u64).wrapping_mul(2_654_435_761) % 1000) as f64 / 1000.0 - 0.5;
                    Circle::new(((p.breadth + jitter * 0.03).clamp(-0.02, 1.02), p.arr), c.upx(3.5), colour.mix(0.6).filled())
                }),
            )?;
        }
        Ok(())
    }
}
