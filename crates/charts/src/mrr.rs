//! MRR movements per month: gains (new, expansion, reactivated) stacked above zero, losses
//! (contraction, churned) below, and the net change as a line, so a month where expansion
//! hid heavy churn reads differently from a quiet month with the same net. Below, on the same
//! months, trailing-twelve-month NRR and GRR: the movements explain the ratios' direction.

use metrics::revenue::{MrrMovement, RetentionPoint};
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::canvas::{Canvas, Chart, DrawResult, empty, heading, legend};
use crate::{format, theme};

#[derive(Debug, Clone, PartialEq)]
pub struct MrrChart {
    pub title: String,
    pub currency: Option<String>,
    pub months: Vec<MrrMovement>,
    /// NRR and GRR by month end; drawn under the months it shares with `months`.
    pub trend: Vec<RetentionPoint>,
}

/// Slots no bar uses, so the ratio lines never read as a movement class.
const NRR: usize = 3;
const GRR: usize = 7;

/// The five classes in drawing order, with their palette slot: gains green/blue, losses
/// orange/vermillion, so the sign reads from colour too. FX (exchange rates moving retained
/// revenue, in books of several currencies) is drawn last on the side of its sign, in its own
/// colour, so it never reads as expansion or contraction.
const GAINS: [(&str, usize); 4] = [("chart-mrr-new", 2), ("chart-mrr-expansion", 0), ("chart-mrr-reactivated", 4), ("chart-mrr-fx", 6)];
const LOSSES: [(&str, usize); 3] = [("chart-mrr-contraction", 1), ("chart-mrr-churned", 5), ("chart-mrr-fx", 6)];

fn gains(m: &MrrMovement) -> [f64; 4] {
    [m.new, m.expansion, m.reactivated, m.fx.max(0.0)]
}

fn losses(m: &MrrMovement) -> [f64; 3] {
    [m.contraction, m.churned, (-m.fx).max(0.0)]
}

impl MrrChart {
    fn subtitle(&self, c: &Canvas) -> String {
        let name = |m: &str| format::month(c.lang, m);
        let what = match (self.months.first(), self.months.last()) {
            (Some(a), Some(b)) if a.month != b.month => i18n::tr!(c.lang, "chart-mrr-range", from = name(&a.month), to = name(&b.month)),
            (Some(a), _) => name(&a.month),
            _ => c.tr("chart-mrr-by-month"),
        };
        if self.trend.iter().any(|p| p.nrr.is_some() || p.grr.is_some()) { i18n::tr!(c.lang, "chart-mrr-with-ratios", what = what) } else { what }
    }
}

impl Chart for MrrChart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let body = heading(root, c, &self.title, &self.subtitle(c))?;
        let up = self.months.iter().map(|m| gains(m).iter().sum::<f64>()).fold(0.0, f64::max);
        let down = self.months.iter().map(|m| losses(m).iter().sum::<f64>()).fold(0.0, f64::max);
        let trend: Vec<(usize, &RetentionPoint)> = self
            .trend
            .iter()
            .filter_map(|p| Some((self.months.iter().position(|m| m.month == p.month)?, p)))
            .filter(|(_, p)| p.nrr.is_some() || p.grr.is_some())
            .collect();
        let quiet = up <= 0.0 && down <= 0.0;
        if self.months.is_empty() || (quiet && trend.is_empty()) {
            return empty(&body, c, &c.tr("chart-mrr-empty"));
        }
        // Only the classes that occur: a legend entry with no bar would send the eye looking.
        let occurs = |k: usize| self.months.iter().any(|m| gains(m).into_iter().chain(losses(m)).nth(k).is_some_and(|v| v > 0.0));
        let mut items: Vec<(String, RGBColor)> =
            GAINS.iter().chain(&LOSSES).enumerate().filter(|(k, _)| occurs(*k)).map(|(_, (n, i))| (c.tr(n), theme::series(*i))).collect();
        // FX up in some months and down in others is one legend entry.
        let mut named = std::collections::HashSet::new();
        items.retain(|(name, _)| named.insert(name.clone()));
        if !quiet {
            items.push((c.tr("chart-mrr-net"), c.theme.text()));
        }
        if !trend.is_empty() {
            items.push((c.tr("chart-mrr-nrr"), theme::series(NRR)));
            items.push((c.tr("chart-mrr-grr"), theme::series(GRR)));
        }
        let below = legend(&body, c, &items)?;
        let (plot, ratios) = if trend.is_empty() {
            (below, None)
        } else {
            let (_, h) = below.dim_in_pixel();
            let (a, b) = below.split_vertically((h as f64 * 0.66) as i32);
            (a, Some(b))
        };
        let n = self.months.len();
        let months: Vec<String> = self.months.iter().map(|m| m.month.clone()).collect();
        let every = n.div_ceil(12).max(1);
        let lang = c.lang;
        let label = move |x: &f64| {
            let i = x.round();
            if (x - i).abs() > 1e-6 || i < 0.0 || i as usize >= months.len() || !(i as usize).is_multiple_of(every) {
                return String::new();
            }
            format::month_tick(lang, &months[i as usize], i == 0.0)
        };
        // A quiet period still has its retention: say so above, draw the ratios below.
        if let (true, Some(area)) = (quiet, &ratios) {
            empty(&plot, c, &c.tr("chart-mrr-empty"))?;
            return draw_ratios(area, c, &trend, n, &label);
        }
        let pad = (up + down) * 0.08;
        let currency = self.currency.clone();
        let x_axis = if ratios.is_some() { 4.0 } else { 26.0 };
        let mut chart = crate::canvas::plot(&plot, c, x_axis, 64.0)
            .build_cartesian_2d(-0.6..(n as f64 - 0.4), -(down + pad)..(up + pad))?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh
            .disable_x_mesh()
            .x_labels(if ratios.is_some() { 0 } else { n.min(24) + 1 })
            .y_labels(6)
            .x_label_formatter(&label)
            .y_label_formatter(&|y| format::money(c.lang, *y, currency.as_deref()))
            .draw()?;
        let w = 0.35;
        for (i, m) in self.months.iter().enumerate() {
            let x = i as f64;
            let mut top = 0.0;
            for (v, (_, slot)) in gains(m).iter().zip(GAINS) {
                if *v > 0.0 {
                    chart.draw_series(std::iter::once(Rectangle::new([(x - w, top), (x + w, top + v)], theme::series(slot).filled())))?;
                    top += v;
                }
            }
            let mut bottom = 0.0;
            for (v, (_, slot)) in losses(m).iter().zip(LOSSES) {
                if *v > 0.0 {
                    chart.draw_series(std::iter::once(Rectangle::new([(x - w, bottom - v), (x + w, bottom)], theme::series(slot).filled())))?;
                    bottom -= v;
                }
            }
        }
        chart.draw_series(std::iter::once(PathElement::new(vec![(-0.6, 0.0), (n as f64 - 0.4, 0.0)], c.theme.muted())))?;
        let net: Vec<(f64, f64)> = self.months.iter().enumerate().map(|(i, m)| (i as f64, m.end - m.start)).collect();
        let line = ShapeStyle::from(&c.theme.text()).stroke_width(c.upx(2.0).max(1));
        chart.draw_series(LineSeries::new(net.clone(), line))?;
        chart.draw_series(net.iter().map(|&p| Circle::new(p, c.upx(2.5), c.theme.text().filled())))?;
        if let Some(area) = ratios {
            draw_ratios(&area, c, &trend, n, &label)?;
        }
        Ok(())
    }
}

/// NRR and GRR as lines on a percent axis that always shows 100%, the line that matters.
fn draw_ratios<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    c: &Canvas,
    trend: &[(usize, &RetentionPoint)],
    n: usize,
    label: &dyn Fn(&f64) -> String,
) -> DrawResult<DB> {
    let values = trend.iter().flat_map(|(_, p)| [p.nrr, p.grr]).flatten();
    let (lo, hi) = values.fold((1.0f64, 1.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    // Whole 10% steps around the data and 100%.
    let (lo, hi) = (((lo * 10.0).floor() / 10.0 - 0.05).max(0.0), (hi * 10.0).ceil() / 10.0 + 0.05);
    let mut chart = crate::canvas::plot(area, c, 26.0, 64.0).build_cartesian_2d(-0.6..(n as f64 - 0.4), lo..hi)?;
    let mut mesh = chart.configure_mesh();
    crate::canvas::themed_mesh(&mut mesh, c);
    mesh.disable_x_mesh()
        .x_labels(n.min(24) + 1)
        .y_labels(4)
        .x_label_formatter(label)
        .y_label_formatter(&|y| format::percent(c.lang, *y))
        .draw()?;
    let hundred = ShapeStyle::from(&c.theme.muted()).stroke_width(c.upx(1.0).max(1));
    chart.draw_series(DashedLineSeries::new(vec![(-0.6, 1.0), (n as f64 - 0.4, 1.0)], c.px(4.0), c.px(4.0), hundred))?;
    for (slot, pick) in [(NRR, (|p: &RetentionPoint| p.nrr) as fn(&RetentionPoint) -> Option<f64>), (GRR, |p: &RetentionPoint| p.grr)] {
        let points: Vec<(f64, f64)> = trend.iter().filter_map(|(i, p)| pick(p).map(|v| (*i as f64, v))).collect();
        let style = ShapeStyle::from(&theme::series(slot)).stroke_width(c.upx(2.0).max(1));
        chart.draw_series(LineSeries::new(points.clone(), style))?;
        chart.draw_series(points.iter().map(|&p| Circle::new(p, c.upx(2.5), theme::series(slot).filled())))?;
    }
    Ok(())
}
