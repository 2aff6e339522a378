//! Active users week by week: monthly and weekly active users with the core users (sponsor,
//! admins, champions) active in the last 14 days on top, and stickiness (DAU/MAU) below on
//! its own percent axis. Separate panels because a count and a ratio on one axis would make
//! either unreadable, and because a seat count can hold while daily use quietly fades.

use chrono::NaiveDate;
use metrics::usage_trend::UserWeek;
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::canvas::{Canvas, Chart, DrawResult, empty, heading, legend};
use crate::{format, theme};

#[derive(Debug, Clone, PartialEq)]
pub struct UsersChart {
    pub title: String,
    /// Oldest first.
    pub weeks: Vec<UserWeek>,
    /// Core users on file (contacts with a core role matched to a product user).
    pub core_on_file: usize,
}

const MAU: usize = 0;
const WAU: usize = 4;
const CORE: usize = 5;
const STICKY: usize = 2;

impl UsersChart {
    fn days(&self) -> Vec<NaiveDate> {
        self.weeks.iter().filter_map(|w| NaiveDate::parse_from_str(&w.week_end, "%Y-%m-%d").ok()).collect()
    }

    fn subtitle(&self, c: &Canvas) -> String {
        let days = self.days();
        let core = match self.core_on_file {
            0 => c.tr("chart-users-core-none"),
            n => i18n::tr!(c.lang, "chart-users-core", count = n as i64),
        };
        match (days.first(), days.last()) {
            (Some(&a), Some(&b)) => i18n::tr!(c.lang, "chart-users-subtitle-period", period = format::period(c.lang, a, b), core = core),
            _ => i18n::tr!(c.lang, "chart-users-subtitle", core = core),
        }
    }
}

impl Chart for UsersChart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let body = heading(root, c, &self.title, &self.subtitle(c))?;
        let days = self.days();
        let top = self.weeks.iter().map(|w| w.monthly_active.max(w.weekly_active).max(w.core_active)).max().unwrap_or(0);
        if days.len() != self.weeks.len() || days.is_empty() || top == 0 {
            return empty(&body, c, &c.tr("chart-users-empty"));
        }
        let items = vec![
            (c.tr("chart-users-monthly"), theme::series(MAU)),
            (c.tr("chart-users-weekly"), theme::series(WAU)),
            (c.tr("chart-users-core-active"), theme::series(CORE)),
            (c.tr("chart-users-stickiness"), theme::series(STICKY)),
        ];
        let area = legend(&body, c, &items)?;
        let (_, h) = area.dim_in_pixel();
        let (upper, lower) = area.split_vertically((h as f64 * 0.62) as i32);
        let n = days.len();
        let x_range = if n == 1 { -0.5..0.5 } else { 0.0..(n - 1) as f64 };
        let line = |slot: usize| ShapeStyle::from(&theme::series(slot)).stroke_width(c.upx(2.0).max(1));
        let dot = |slot: usize| theme::series(slot).filled();

        let mut counts = crate::canvas::plot(&upper, c, 12.0, 56.0).build_cartesian_2d(x_range.clone(), 0.0..(top as f64 * 1.12).max(1.0))?;
        let mut mesh = counts.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh.disable_x_mesh().x_labels(0).y_labels(4).y_label_formatter(&|y| format::count(c.lang, *y)).y_desc(c.tr("chart-users-axis")).draw()?;
        let series = |f: &dyn Fn(&UserWeek) -> u32| -> Vec<(f64, f64)> { self.weeks.iter().enumerate().map(|(i, w)| (i as f64, f(w) as f64)).collect() };
        for (slot, points) in [(MAU, series(&|w| w.monthly_active)), (WAU, series(&|w| w.weekly_active)), (CORE, series(&|w| w.core_active))] {
            counts.draw_series(LineSeries::new(points.clone(), line(slot)))?;
            if n <= 26 {
                counts.draw_series(points.iter().map(|&p| Circle::new(p, c.upx(2.5), dot(slot))))?;
            }
        }

        let sticky: Vec<(f64, f64)> =
            self.weeks.iter().enumerate().filter_map(|(i, w)| w.stickiness.map(|s| (i as f64, s))).collect();
        let sticky_top = sticky.iter().map(|p| p.1).fold(0.0, f64::max);
        // Round the axis up to the next 10%, so typical 15-40% stickiness fills the panel.
        let y_max = ((sticky_top * 10.0).ceil() / 10.0).clamp(0.1, 1.0);
        let mut ratio = crate::canvas::plot(&lower, c, 24.0, 56.0).build_cartesian_2d(x_range, 0.0..y_max)?;
        let mut mesh = ratio.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh.disable_x_mesh()
            .y_labels(3)
            .x_labels(0)
            .y_label_formatter(&|y| format::percent(c.lang, *y))
            .y_desc(c.tr("chart-users-stickiness"))
            .draw()?;
        let ticks: Vec<((i32, i32), String)> = format::week_ticks(c.lang, &days, 12)
            .into_iter()
            .map(|(i, l)| (ratio.backend_coord(&(if n == 1 { 0.0 } else { i as f64 }, 0.0)), l))
            .collect();
        crate::canvas::x_ticks(&lower, c, &ticks)?;
        // Weeks without monthly users have no stickiness: the line breaks there instead of
        // dropping to zero.
        let mut run: Vec<(f64, f64)> = Vec::new();
        for (i, w) in self.weeks.iter().enumerate() {
            match w.stickiness {
                Some(s) => run.push((i as f64, s)),
                None if !run.is_empty() => {
                    ratio.draw_series(LineSeries::new(std::mem::take(&mut run), line(STICKY)))?;
                }
                None => {}
            }
        }
        ratio.draw_series(LineSeries::new(run, line(STICKY)))?;
        if n <= 26 {
            ratio.draw_series(sticky.iter().map(|&p| Circle::new(p, c.upx(2.5), dot(STICKY))))?;
        }
        Ok(())
    }
}
