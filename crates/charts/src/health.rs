//! Health: the score over time on its green / yellow / red bands, and beside it what makes
//! today's score, component by component (points earned out of the points possible), so a
//! falling score comes with its reason.

use chrono::NaiveDate;
use metrics::health::HealthScore;
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::canvas::{Canvas, Chart, DrawResult, empty, heading};
use crate::{format, text, theme};

#[derive(Debug, Clone, PartialEq)]
pub struct HealthChart {
    pub title: String,
    /// Stored scores, oldest first.
    pub history: Vec<(NaiveDate, u8)>,
    /// Today's score with its components.
    pub current: Option<HealthScore>,
    pub green_at: u8,
    pub yellow_at: u8,
}

const GREEN: RGBColor = theme::GOOD;
const RED: RGBColor = theme::BAD;

impl HealthChart {
    fn subtitle(&self, c: &Canvas) -> String {
        let lang = c.lang;
        let band = |h: &metrics::health::HealthScore| c.tr(&format!("chart-health-band-{}", h.band.as_str()));
        let score = |h: &metrics::health::HealthScore| h.score.map_or_else(String::new, |s| i18n::Formats::of(lang).int(i64::from(s)));
        if self.current.as_ref().is_some_and(|h| h.score.is_none()) {
            return c.tr("chart-health-subtitle-no-data");
        }
        match (self.history.first(), self.history.last(), &self.current) {
            (Some(a), Some(b), Some(h)) if a.0 != b.0 => {
                i18n::tr!(lang, "chart-health-subtitle-period", period = format::period(lang, a.0, b.0), score = score(h), band = band(h))
            }
            (Some(a), Some(b), None) if a.0 != b.0 => i18n::tr!(lang, "chart-health-subtitle-period-only", period = format::period(lang, a.0, b.0)),
            (_, _, Some(h)) => i18n::tr!(lang, "chart-health-subtitle-building", score = score(h), band = band(h)),
            (_, _, None) => c.tr("chart-health-subtitle-none"),
        }
    }
}

impl Chart for HealthChart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let body = heading(root, c, &self.title, &self.subtitle(c))?;
        if self.history.is_empty() && self.current.is_none() {
            return empty(&body, c, &c.tr("chart-health-empty"));
        }
        let (w, _) = body.dim_in_pixel();
        let (left, right) = body.split_horizontally((w as f64 * 0.55) as i32);
        self.trend(&left, c)?;
        self.drivers(&right, c)
    }
}

impl HealthChart {
    fn trend<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let mut points: Vec<(NaiveDate, u8)> = self.history.clone();
        if let Some(h) = &self.current
            && let Some(score) = h.score
            && let Ok(day) = NaiveDate::parse_from_str(&h.day, "%Y-%m-%d")
            && points.last().is_none_or(|p| p.0 < day)
        {
            points.push((day, score));
        }
        if points.is_empty() {
            return empty(area, c, &c.tr("chart-health-subtitle-no-data"));
        }
        let first = points[0].0;
        let xs: Vec<f64> = points.iter().map(|p| (p.0 - first).num_days() as f64).collect();
        let last = xs.last().copied().unwrap_or(0.0);
        let long = last > 200.0;
        let lang = c.lang;
        // Whole days only, so no two ticks carry the same date.
        let label = move |x: &f64| {
            let d = x.round();
            if (x - d).abs() > 1e-6 || d < 0.0 || d > last { String::new() } else { format::day(lang, first + chrono::Days::new(d as u64), long) }
        };
        // One score: centred, with its day as the only label.
        let x_range = if last > 0.0 { 0.0..last } else { -1.0..1.0 };
        let (x0, x1) = (x_range.start, x_range.end);
        let mut chart = crate::canvas::plot(area, c, 26.0, 36.0)
            .margin_bottom(c.px(8.0))
            .build_cartesian_2d(x_range, 0.0..100.0)?;
        let (y, g) = (self.yellow_at as f64, self.green_at as f64);
        for (lo, hi, colour) in [(0.0, y, RED), (y, g, c.theme.caution()), (g, 100.0, GREEN)] {
            chart.draw_series(std::iter::once(Rectangle::new([(x0, lo), (x1, hi)], colour.mix(0.16).filled())))?;
        }
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh
            .disable_x_mesh()
            .disable_y_mesh()
            .x_labels(if last > 0.0 { 4 } else { 3 })
            .y_labels(6)
            .x_label_formatter(&label)
            .y_label_formatter(&|y: &f64| i18n::Formats::of(lang).int(y.round() as i64))
            .draw()?;
        let line = ShapeStyle::from(&c.theme.text()).stroke_width(c.upx(2.0).max(1));
        let series: Vec<(f64, f64)> = xs.iter().zip(&points).map(|(x, p)| (*x, p.1 as f64)).collect();
        chart.draw_series(LineSeries::new(series.clone(), line))?;
        chart.draw_series(series.iter().map(|&(x, s)| {
            let colour = if s >= g { GREEN } else if s >= y { c.theme.caution() } else { RED };
            Circle::new((x, s), c.upx(3.5), colour.filled())
        }))?;
        Ok(())
    }

    fn drivers<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let Some(h) = &self.current else {
            return empty(area, c, &c.tr("chart-health-no-components"));
        };
        // Every component, as `waypoint health` lists them: one without a signal (n/a) adds
        // no points and its weight goes to the others, which the empty bar shows.
        let parts: Vec<_> = h.components.iter().collect();
        let (w, ah) = area.dim_in_pixel();
        let row = ((ah as f64 - c.px(24.0) as f64) / parts.len().max(1) as f64).min(c.px(40.0) as f64);
        area.draw(&Text::new(c.tr("chart-health-drivers"), (c.px(4.0), c.px(2.0)), c.bold(12.0, c.theme.text())))?;
        let label_w = (w as f64 * 0.42) as i32;
        let bar_w = w as i32 - label_w - c.px(64.0);
        for (i, p) in parts.iter().enumerate() {
            let y = c.px(24.0) + (i as f64 * row) as i32;
            let name = text::ellipsize(&p.label.render(c.lang), 22);
            area.draw(&Text::new(name, (c.px(4.0), y + c.px(4.0)), c.text(11.0, c.theme.text())))?;
            let x0 = label_w;
            let full = (bar_w as f64) as i32;
            let share = if p.max_points > 0.0 { (p.points / p.max_points).clamp(0.0, 1.0) } else { 0.0 };
            let got = (bar_w as f64 * share) as i32;
            let (y0, y1) = (y + c.px(3.0), y + c.px(15.0));
            area.draw(&Rectangle::new([(x0, y0), (x0 + full, y1)], c.theme.grid().filled()))?;
            let missing = p.normalized.is_none() || p.max_points <= 0.0;
            if got > 0 && !missing {
                area.draw(&Rectangle::new([(x0, y0), (x0 + got, y1)], theme::series(0).filled()))?;
            }
            let f = i18n::Formats::of(c.lang);
            let value = if missing {
                c.tr("chart-health-not-available")
            } else {
                i18n::tr!(c.lang, "chart-health-points", points = f.number(p.points, 0), max = f.number(p.max_points, 0))
            };
            area.draw(&Text::new(value, (x0 + full + c.px(6.0), y + c.px(4.0)), c.text(11.0, c.theme.muted())))?;
        }
        Ok(())
    }
}
