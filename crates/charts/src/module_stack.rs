//! Module usage stacking for one account: activity per module per week, stacked, so a CSM
//! sees at once an account that uses 2 of its 4 modules or whose usage halved. With `mix`
//! each week is scaled to 100% and the chart shows the module mix instead of the volume.
//! Alert markers (a usage drop, a silent week) are dashed lines on the timeline.

use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::canvas::{Canvas, Chart, DrawResult, args, empty, heading, legend};
use crate::{format, theme};

/// One module's weekly activity.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleSeries {
    pub name: String,
    /// Position in the workspace's module catalogue: decides the colour everywhere.
    pub catalogue_index: usize,
    /// One value per week, aligned with `ModuleStack::weeks`.
    pub values: Vec<f64>,
}

/// A dashed line on the timeline at a week, with a short label.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub week: usize,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModuleStack {
    pub title: String,
    /// Last day of each week, oldest first.
    pub weeks: Vec<NaiveDate>,
    /// In the order they stack, bottom first (the catalogue order, so stacks match across
    /// accounts).
    pub modules: Vec<ModuleSeries>,
    /// Scale every week to 100%.
    pub mix: bool,
    pub markers: Vec<Marker>,
}

impl ModuleStack {
    /// Week totals per stacking level: `levels[i][w]` = modules 0..=i in week w (shares
    /// when `mix`). Missing values count as 0; negative ones (a correction) as 0.
    pub fn levels(&self) -> Vec<Vec<f64>> {
        let n = self.weeks.len();
        let value = |m: &ModuleSeries, w: usize| m.values.get(w).copied().filter(|v| v.is_finite()).unwrap_or(0.0).max(0.0);
        let totals: Vec<f64> = (0..n).map(|w| self.modules.iter().map(|m| value(m, w)).sum()).collect();
        let mut acc = vec![0.0; n];
        self.modules
            .iter()
            .map(|m| {
                for w in 0..n {
                    let v = value(m, w);
                    acc[w] += if self.mix { if totals[w] > 0.0 { v / totals[w] } else { 0.0 } } else { v };
                }
                acc.clone()
            })
            .collect()
    }

    fn subtitle(&self, c: &Canvas) -> String {
        let key = if self.mix { "chart-module-stack-mix" } else { "chart-module-stack-volume" };
        match (self.weeks.first(), self.weeks.last()) {
            (Some(&first), Some(&last)) => {
                i18n::message(c.lang, &format!("{key}-period"), Some(&args([("period", format::period(c.lang, first, last))])))
            }
            _ => c.tr(key),
        }
    }
}

/// Maximal runs `[start, end)` of weeks with activity.
fn runs_of(totals: &[f64]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (w, &t) in totals.iter().enumerate() {
        match (t > 0.0, start) {
            (true, None) => start = Some(w),
            (false, Some(s)) => {
                runs.push((s, w));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, totals.len()));
    }
    runs
}

impl Chart for ModuleStack {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let body = heading(root, c, &self.title, &self.subtitle(c))?;
        let levels = self.levels();
        let top = levels.last().map_or(0.0, |l| l.iter().copied().fold(0.0, f64::max));
        if self.weeks.is_empty() || self.modules.is_empty() || top <= 0.0 {
            return empty(&body, c, &c.tr("chart-empty-activity"));
        }
        let items: Vec<(String, RGBColor)> = self.modules.iter().map(|m| (m.name.clone(), theme::series(m.catalogue_index))).collect();
        let plot = legend(&body, c, &items)?;
        let n = self.weeks.len();
        let y_max = if self.mix { 1.0 } else { top * 1.08 };
        // With one week there is no area to draw: bars instead, centred.
        let x_range = if n == 1 { -0.5..0.5 } else { 0.0..(n - 1) as f64 };
        let mix = self.mix;
        let mut chart = crate::canvas::plot(&plot, c, 26.0, 56.0)
            .build_cartesian_2d(x_range, 0.0..y_max)?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh
            .disable_x_mesh()
            .y_labels(5)
            .x_labels(0)
            .y_label_formatter(&|y| if mix { format::percent(c.lang, *y) } else { format::count(c.lang, *y) })
            .draw()?;
        let ticks: Vec<((i32, i32), String)> = format::week_ticks(c.lang, &self.weeks, 12)
            .into_iter()
            .map(|(i, l)| (chart.backend_coord(&(if n == 1 { 0.0 } else { i as f64 }, 0.0)), l))
            .collect();
        crate::canvas::x_ticks(&plot, c, &ticks)?;
        // In the mix, a week without activity has no shares: it is a gap, not a drop to 0%.
        // Volumes draw as one run (a quiet week is a real zero).
        let top_level = levels.last().cloned().unwrap_or_default();
        let runs: Vec<(usize, usize)> = if self.mix { runs_of(&top_level) } else { vec![(0, n)] };
        // Cumulative levels painted top first: each lower level covers the one above it
        // down to the axis, leaving exactly its own band visible.
        for (i, level) in levels.iter().enumerate().rev() {
            let colour = theme::series(self.modules[i].catalogue_index);
            for &(a, b) in &runs {
                if b - a == 1 {
                    let x = if n == 1 { 0.0 } else { a as f64 };
                    chart.draw_series(std::iter::once(Rectangle::new([(x - 0.3, 0.0), (x + 0.3, level[a])], colour.filled())))?;
                } else {
                    chart.draw_series(AreaSeries::new((a..b).map(|w| (w as f64, level[w])), 0.0, colour.filled()))?;
                }
            }
        }
        for m in self.markers.iter().filter(|m| m.week < n) {
            let x = if n == 1 { 0.0 } else { m.week as f64 };
            let style = ShapeStyle::from(&c.theme.text()).stroke_width(c.upx(1.0).max(1));
            chart.draw_series(DashedLineSeries::new(vec![(x, 0.0), (x, y_max)], c.px(5.0), c.px(4.0), style))?;
            // Backend coordinates are absolute; the plot area starts below the heading.
            let (bx, by) = plot.get_base_pixel();
            let (px, py) = chart.backend_coord(&(x, y_max));
            let (px, py) = (px - bx, py - by);
            let text = crate::text::ellipsize(&m.label, 28);
            // Right of the line, or left of it when it would run off the plot.
            let width = c.px(text.chars().count() as f64 * 10.0 * 0.6);
            let right_edge = plot.dim_in_pixel().0 as i32 - c.px(20.0);
            let tx = if px + c.px(4.0) + width > right_edge { px - c.px(4.0) - width } else { px + c.px(4.0) };
            plot.draw(&Text::new(text, (tx, py + c.px(2.0)), c.text(10.0, c.theme.text())))?;
        }
        Ok(())
    }
}
