//! Does the health score see churn coming? Three panels over the same backtest: the ROC curve
//! against the diagonal of a coin toss (the AUC in its caption), the churn rate of each health
//! band as bars with their counts (the lift is the ratio of the red and green bars), and how
//! many days before a churn the account first turned red (a histogram), so "71 days ahead" and
//! the churns that were never red before are both visible.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::canvas::{Canvas, Chart, DrawResult, empty, heading};
use crate::theme;

/// Evaluations and churns in one band, in band order (green, watch, red).
#[derive(Debug, Clone, PartialEq)]
pub struct BandBar {
    /// The band's name in the reader's language.
    pub label: String,
    pub evaluations: usize,
    pub churned: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BacktestChart {
    pub title: String,
    pub subtitle: String,
    /// (false-positive rate, true-positive rate), from (0, 0) to (1, 1).
    pub roc: Vec<(f64, f64)>,
    pub auc: Option<f64>,
    pub bands: Vec<BandBar>,
    /// Days from the first red evaluation to the churn, one per churn that was red before.
    pub lead_days: Vec<i64>,
    /// Churns that were never red in the horizon before them.
    pub never_red: usize,
    pub horizon_days: u32,
}

/// Lead-time bins of this many days.
const BIN_DAYS: i64 = 15;

fn band_colour(c: &Canvas, i: usize) -> RGBColor {
    match i {
        0 => theme::GOOD,
        1 => c.theme.caution(),
        _ => theme::BAD,
    }
}

impl Chart for BacktestChart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let body = heading(root, c, &self.title, &self.subtitle)?;
        if self.roc.is_empty() {
            return empty(&body, c, &c.tr("chart-backtest-empty"));
        }
        let (w, _) = body.dim_in_pixel();
        let third = (w / 3) as i32;
        let (left, rest) = body.split_horizontally(third);
        let (middle, right) = rest.split_horizontally(third);
        self.roc_panel(&left, c)?;
        self.band_panel(&middle, c)?;
        self.lead_panel(&right, c)
    }
}

impl BacktestChart {
    fn caption<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, c: &Canvas, text: &str) -> DrawResult<DB> {
        area.draw(&Text::new(text.to_string(), (c.px(8.0), c.px(2.0)), c.bold(12.0, c.theme.text())))?;
        Ok(())
    }

    fn roc_panel<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let f = i18n::Formats::of(c.lang);
        let caption = match self.auc {
            Some(a) => i18n::tr!(c.lang, "chart-backtest-roc", auc = f.fixed(a, 2)),
            None => c.tr("chart-backtest-roc-none"),
        };
        Self::caption(area, c, &caption)?;
        let plot = area.split_vertically(c.px(22.0)).1;
        // Room for the tick labels and, left of them, the axis name.
        let mut chart = crate::canvas::plot(&plot, c, 34.0, 54.0).margin_bottom(c.px(8.0)).build_cartesian_2d(0.0..1.0, 0.0..1.0)?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        let pct = |v: &f64| i18n::Formats::of(c.lang).percent(*v, 0);
        mesh.x_labels(5)
            .y_labels(5)
            .x_label_formatter(&pct)
            .y_label_formatter(&pct)
            .x_desc(c.tr("chart-backtest-fpr"))
            .y_desc(c.tr("chart-backtest-tpr"))
            .draw()?;
        let diagonal = c.theme.muted();
        chart.draw_series(LineSeries::new([(0.0, 0.0), (1.0, 1.0)], diagonal.stroke_width(c.px(1.0) as u32)))?;
        chart.draw_series(LineSeries::new(self.roc.iter().copied(), theme::series(0).stroke_width(c.px(2.0) as u32)))?;
        Ok(())
    }

    fn band_panel<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        Self::caption(area, c, &c.tr("chart-backtest-bands"))?;
        let plot = area.split_vertically(c.px(22.0)).1;
        let rate = |b: &BandBar| if b.evaluations > 0 { b.churned as f64 / b.evaluations as f64 } else { 0.0 };
        let top = self.bands.iter().map(rate).fold(0.0, f64::max).max(0.01);
        let n = self.bands.len().max(1);
        let mut chart = crate::canvas::plot(&plot, c, 30.0, 40.0)
            .margin_bottom(c.px(8.0))
            .build_cartesian_2d(-0.5..(n as f64 - 0.5), 0.0..top * 1.25)?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        let labels: Vec<String> = self.bands.iter().map(|b| b.label.clone()).collect();
        let name = |v: &f64| {
            let i = v.round();
            if (v - i).abs() < 1e-6 && i >= 0.0 { labels.get(i as usize).cloned().unwrap_or_default() } else { String::new() }
        };
        let pct = |v: &f64| i18n::Formats::of(c.lang).percent(*v, 0);
        mesh.disable_x_mesh().x_labels(n).y_labels(5).x_label_formatter(&name).y_label_formatter(&pct).draw()?;
        let label = c.text(10.0, c.theme.muted()).pos(Pos::new(HPos::Center, VPos::Bottom));
        let f = i18n::Formats::of(c.lang);
        for (i, b) in self.bands.iter().enumerate() {
            let (x, r) = (i as f64, rate(b));
            chart.draw_series(std::iter::once(Rectangle::new([(x - 0.35, 0.0), (x + 0.35, r)], band_colour(c, i).filled())))?;
            let text = i18n::tr!(c.lang, "chart-backtest-band-count", churned = b.churned as i64, evaluations = b.evaluations as i64, rate = f.percent(r, 1));
            chart.draw_series(std::iter::once(EmptyElement::at((x, r)) + Text::new(text, (0, -c.px(3.0)), label.clone())))?;
        }
        Ok(())
    }

    fn lead_panel<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let f = i18n::Formats::of(c.lang);
        let caption = i18n::tr!(c.lang, "chart-backtest-lead", never = self.never_red as i64);
        Self::caption(area, c, &caption)?;
        let plot = area.split_vertically(c.px(22.0)).1;
        if self.lead_days.is_empty() {
            return empty(&plot, c, &c.tr("chart-backtest-lead-none"));
        }
        let max_day = i64::from(self.horizon_days).max(*self.lead_days.iter().max().unwrap_or(&0));
        let bins = (max_day / BIN_DAYS + 1) as usize;
        let mut counts = vec![0u32; bins];
        for &d in &self.lead_days {
            counts[(d.max(0) / BIN_DAYS) as usize] += 1;
        }
        let top = f64::from(counts.iter().copied().max().unwrap_or(1).max(1));
        let mut chart = crate::canvas::plot(&plot, c, 30.0, 30.0)
            .margin_bottom(c.px(8.0))
            .build_cartesian_2d(0.0..(bins as f64 * BIN_DAYS as f64), 0.0..top * 1.15)?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        let whole = |v: &f64| if (v - v.round()).abs() < 1e-6 && *v >= 0.0 { f.int(v.round() as i64) } else { String::new() };
        mesh.disable_x_mesh().x_labels(6).y_labels(4).x_label_formatter(&whole).y_label_formatter(&whole).x_desc(c.tr("chart-backtest-days")).draw()?;
        for (i, &n) in counts.iter().enumerate().filter(|(_, n)| **n > 0) {
            let x0 = (i as i64 * BIN_DAYS) as f64;
            chart.draw_series(std::iter::once(Rectangle::new([(x0 + 1.0, 0.0), (x0 + BIN_DAYS as f64 - 1.0, f64::from(n))], theme::series(0).filled())))?;
        }
        Ok(())
    }
}
