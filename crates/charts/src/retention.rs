//! Retention curves: each group's Kaplan–Meier curve as a step line with its 95% band, and
//! where the group has an sBG fit, its projection dashed beyond the observed data.

use plotters::coord::Shift;
use plotters::prelude::*;
use retention::GroupRetention;

use crate::canvas::{Canvas, Chart, DrawResult, empty, heading, legend};
use crate::{format, theme};

#[derive(Debug, Clone, PartialEq)]
pub struct RetentionChart {
    pub title: String,
    pub subtitle: String,
    pub groups: Vec<GroupRetention>,
}

/// The step curve of a group: (months, survival, lower, upper), starting at (0, 1).
fn steps(g: &GroupRetention) -> Vec<(f64, f64, f64, f64)> {
    let mut out = vec![(0.0, 1.0, 1.0, 1.0)];
    for s in &g.curve.steps {
        let prev = *out.last().expect("starts at 0");
        // Hold the previous level up to this time, then drop: a step, not a slope.
        out.push((s.time, prev.1, prev.2, prev.3));
        out.push((s.time, s.survival, s.lower.unwrap_or(s.survival), s.upper.unwrap_or(s.survival)));
    }
    out
}

impl Chart for RetentionChart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let body = heading(root, c, &self.title, &self.subtitle)?;
        let groups: Vec<&GroupRetention> = self.groups.iter().filter(|g| g.accounts > 0).collect();
        if groups.is_empty() {
            return empty(&body, c, &c.tr("chart-retention-empty"));
        }
        let items: Vec<(String, RGBColor)> =
            groups.iter().enumerate().map(|(i, g)| (i18n::tr!(c.lang, "chart-named-count", name = g.group.as_str(), count = g.accounts as i64), theme::series(i))).collect();
        let plot = legend(&body, c, &items)?;
        let observed = groups.iter().filter_map(|g| g.curve.steps.last().map(|s| s.time)).fold(0.0, f64::max);
        let projected = groups.iter().map(|g| (g.projected_survival.len().saturating_sub(1) * 12) as f64).fold(0.0, f64::max);
        let x_max = observed.max(projected.min(observed + 36.0)).max(12.0);
        let y_min = groups
            .iter()
            .flat_map(|g| steps(g).into_iter().map(|s| s.2).chain(g.projected_survival.iter().copied()))
            .fold(1.0, f64::min);
        let y_min = ((y_min - 0.05) * 10.0).floor().max(0.0) / 10.0;
        let mut chart = crate::canvas::plot(&plot, c, 30.0, 48.0)
            .build_cartesian_2d(0.0..x_max, y_min..1.0)?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh
            .x_desc(c.tr("chart-retention-axis"))
            .x_label_formatter(&|x| i18n::Formats::of(c.lang).int(x.round() as i64))
            .y_label_formatter(&|y| format::percent(c.lang, *y))
            .draw()?;
        for (i, g) in groups.iter().enumerate() {
            let colour = theme::series(i);
            let s = steps(g);
            // Band: the upper edge forward, the lower edge back, one closed polygon.
            let band: Vec<(f64, f64)> = s.iter().map(|p| (p.0, p.3)).chain(s.iter().rev().map(|p| (p.0, p.2))).collect();
            chart.draw_series(std::iter::once(Polygon::new(band, colour.mix(0.15).filled())))?;
            let last = s.last().map_or(0.0, |p| p.0);
            let line = ShapeStyle::from(&colour).stroke_width(c.upx(2.0).max(1));
            chart.draw_series(LineSeries::new(s.iter().map(|p| (p.0, p.1)), line))?;
            // The sBG projection, yearly points, dashed from where the data ends.
            let proj: Vec<(f64, f64)> = g
                .projected_survival
                .iter()
                .enumerate()
                .map(|(y, v)| (y as f64 * 12.0, *v))
                .filter(|(t, _)| *t >= (last / 12.0).floor() * 12.0 && *t <= x_max)
                .collect();
            if proj.len() >= 2 {
                chart.draw_series(DashedLineSeries::new(proj, c.px(6.0), c.px(4.0), ShapeStyle::from(&colour).stroke_width(c.upx(1.5).max(1))))?;
            }
        }
        Ok(())
    }
}
