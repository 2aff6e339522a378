//! Module usage stacking across accounts: one 100% bar per account (or per segment) showing
//! how its activity splits over the modules. Rows using the fewest modules come first and
//! name the modules they leave unused, because the point of the chart is to find accounts
//! that bought a suite and live in one corner of it.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use crate::canvas::{Canvas, Chart, DrawResult, empty, fitted, heading, legend};
use crate::{format, theme};

/// Rows that fit the 800 x 450 layout with readable labels; more are cut and counted.
pub const MAX_ROWS: usize = 20;

/// A module as a column of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct MixModule {
    pub name: String,
    /// Position in the workspace's module catalogue: decides the colour everywhere.
    pub catalogue_index: usize,
}

/// One bar: an account, or a segment's accounts together.
#[derive(Debug, Clone, PartialEq)]
pub struct MixRow {
    pub label: String,
    /// Activity per module, aligned with `ModuleMix::modules`.
    pub values: Vec<f64>,
    /// Modules this row could use and did not (licensed, or in the catalogue).
    pub unused: Vec<String>,
    /// Replaces the unused-modules text (e.g. "92 accounts" for a segment).
    pub note: Option<String>,
}

impl MixRow {
    fn value(&self, m: usize) -> f64 {
        self.values.get(m).copied().filter(|v| v.is_finite() && *v > 0.0).unwrap_or(0.0)
    }

    pub fn total(&self) -> f64 {
        (0..self.values.len()).map(|m| self.value(m)).sum()
    }

    /// Modules with any activity.
    pub fn used(&self) -> usize {
        (0..self.values.len()).filter(|&m| self.value(m) > 0.0).count()
    }

    /// Each module's share of the row's activity (all zero for a row without any).
    pub fn shares(&self) -> Vec<f64> {
        let total = self.total();
        (0..self.values.len()).map(|m| if total > 0.0 { self.value(m) / total } else { 0.0 }).collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModuleMix {
    pub title: String,
    /// What and when, e.g. "Share of activity by module, 13 weeks to 31 Oct 2026".
    pub subtitle: String,
    pub modules: Vec<MixModule>,
    pub rows: Vec<MixRow>,
    /// Rows left out before drawing because they had no activity at all (said in the subtitle).
    pub without_activity: usize,
}

impl ModuleMix {
    /// Rows in drawing order: fewest modules used first, then most modules left unused, then
    /// the most concentrated mix, then by label, so ties never reorder between runs.
    pub fn sorted_rows(&self) -> Vec<&MixRow> {
        let mut rows: Vec<&MixRow> = self.rows.iter().filter(|r| r.total() > 0.0).collect();
        let top_share = |r: &MixRow| r.shares().into_iter().fold(0.0, f64::max);
        rows.sort_by(|a, b| {
            a.used()
                .cmp(&b.used())
                .then(b.unused.len().cmp(&a.unused.len()))
                .then(top_share(b).total_cmp(&top_share(a)))
                .then_with(|| a.label.cmp(&b.label))
        });
        rows
    }

    fn full_subtitle(&self, c: &Canvas, shown: usize, with_activity: usize) -> String {
        let mut s = self.subtitle.clone();
        if shown < with_activity {
            s = i18n::tr!(c.lang, "chart-mix-fewest", subtitle = s, shown = shown as i64, total = with_activity as i64);
        }
        let idle = self.without_activity + self.rows.len() - with_activity;
        if idle > 0 {
            s = i18n::tr!(c.lang, "chart-mix-idle", subtitle = s, count = idle as i64);
        }
        s
    }
}

impl Chart for ModuleMix {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let all = self.sorted_rows();
        let rows: Vec<&MixRow> = all.iter().copied().take(MAX_ROWS).collect();
        let body = heading(root, c, &self.title, &self.full_subtitle(c, rows.len(), all.len()))?;
        if rows.is_empty() {
            return empty(&body, c, &c.tr("chart-empty-activity"));
        }
        let present: Vec<usize> = (0..self.modules.len()).filter(|&m| rows.iter().any(|r| r.value(m) > 0.0)).collect();
        let items: Vec<(String, RGBColor)> =
            present.iter().map(|&m| (self.modules[m].name.clone(), theme::series(self.modules[m].catalogue_index))).collect();
        let plot = legend(&body, c, &items)?;
        let n = rows.len();
        // The label column fits the longest label (measured), within bounds.
        let probe = c.text(12.0, c.theme.text());
        let longest = rows.iter().map(|r| crate::canvas::text_width(&r.label, &probe) / c.scale).fold(0.0, f64::max);
        let (label_w, note_w) = ((longest + 16.0).clamp(120.0, 280.0), 210.0);
        let mut chart = crate::canvas::plot(&plot, c, 22.0, label_w)
            .set_label_area_size(LabelAreaPosition::Right, c.px(note_w))
            .build_cartesian_2d(0.0..1.0, 0.0..n as f64)?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh.disable_y_mesh().y_labels(0).x_labels(6).x_label_formatter(&|x| format::percent(c.lang, *x)).draw()?;
        let (bx, by) = plot.get_base_pixel();
        let row_px = chart.backend_coord(&(0.0, 0.0)).1 - chart.backend_coord(&(0.0, 1.0)).1;
        let size = (row_px as f64 / c.scale * 0.62).clamp(8.0, 12.0);
        for (i, row) in rows.iter().enumerate() {
            // Row 0 at the top.
            let y = (n - 1 - i) as f64;
            let mut left = 0.0;
            for (m, share) in row.shares().into_iter().enumerate() {
                if share > 0.0 {
                    let colour = theme::series(self.modules[m].catalogue_index);
                    chart.draw_series(std::iter::once(Rectangle::new([(left, y + 0.18), (left + share, y + 0.82)], colour.filled())))?;
                    left += share;
                }
            }
            let (x0, yc) = chart.backend_coord(&(0.0, y + 0.5));
            let (x1, _) = chart.backend_coord(&(1.0, y + 0.5));
            let centre = |pos: HPos| plotters::style::text_anchor::Pos::new(pos, VPos::Center);
            let style = c.text(size, c.theme.text()).pos(centre(HPos::Right));
            let name = fitted(&row.label, 40, c.upx(label_w - 14.0), &style);
            plot.draw(&Text::new(name, (x0 - bx - c.px(6.0), yc - by), style))?;
            let used = row.used();
            let (note, colour) = match (&row.note, row.unused.is_empty()) {
                (Some(n), _) => (n.clone(), c.theme.muted()),
                (None, true) => (i18n::tr!(c.lang, "chart-mix-modules-used", count = used as i64), c.theme.muted()),
                (None, false) => {
                    let names = row.unused.join(&c.tr("chart-list-separator"));
                    (i18n::tr!(c.lang, "chart-mix-unused", count = row.unused.len() as i64, names = names), theme::series(5))
                }
            };
            let style = c.text(size.min(11.0), colour).pos(centre(HPos::Left));
            let note = fitted(&note, 80, c.upx(note_w - 12.0), &style);
            plot.draw(&Text::new(note, (x1 - bx + c.px(8.0), yc - by), style))?;
        }
        Ok(())
    }
}
