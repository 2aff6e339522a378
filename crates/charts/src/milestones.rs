//! The success plan as a timeline: one row per milestone at its due day, overdue rows first
//! because they are the agenda of the next call, each with a line showing how late it is and
//! a tag saying whose side owes it; the day 30/60/90 lines and today put every step against
//! the onboarding plan.

use chrono::{Days, NaiveDate};
use metrics::lifecycle::MilestoneStatus;
use plotters::coord::{CoordTranslate, Shift};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::canvas::{Canvas, Chart, DrawResult, empty, heading};
use crate::{format, text, theme};

#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneChart {
    pub title: String,
    /// The customer start: day 0 of the 30/60/90 plan.
    pub start: Option<NaiveDate>,
    pub as_of: NaiveDate,
    pub milestones: Vec<MilestoneStatus>,
}

const DONE: RGBColor = theme::GOOD;
const OVERDUE: RGBColor = theme::BAD;
const CUSTOMER: RGBColor = theme::CUSTOMER;
const VENDOR: RGBColor = theme::VENDOR;

/// Rows drawn at most; the rest are counted in the subtitle.
pub const MAX_ROWS: usize = 14;

/// In the order rows are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum State {
    Overdue,
    Open,
    Done,
}

struct Row<'a> {
    m: &'a MilestoneStatus,
    state: State,
    due: NaiveDate,
    completed: Option<NaiveDate>,
}

/// "Customer" or "Vendor" with its colour; any other side as written, muted.
fn side(s: &str, c: &Canvas) -> (String, RGBColor) {
    match s.trim().to_ascii_lowercase().as_str() {
        "customer" => (c.tr("chart-plan-customer"), CUSTOMER),
        "vendor" => (c.tr("chart-plan-vendor"), VENDOR),
        _ => (text::ellipsize(s, 10), c.theme.muted()),
    }
}

impl MilestoneChart {
    /// Milestones, overdue first (most late first), then open, then
    /// done, each by due day.
    fn rows(&self) -> Vec<Row<'_>> {
        let mut rows: Vec<Row> = self
            .milestones
            .iter()
            .map(|m| {
                let (due, completed) = (m.due, m.completed);
                let state = match &*m.status {
                    "done" => State::Done,
                    "overdue" => State::Overdue,
                    "open" => State::Open,
                    _ if m.completed.is_some() => State::Done,
                    _ if due < self.as_of => State::Overdue,
                    _ => State::Open,
                };
                Row { m, state, due, completed }
            })
            .collect();
        rows.sort_by(|a, b| (a.state, a.due, &a.m.title).cmp(&(b.state, b.due, &b.m.title)));
        rows
    }

    fn subtitle(&self, c: &Canvas, rows: &[Row]) -> String {
        let lang = c.lang;
        if rows.is_empty() {
            return c.tr("chart-plan-subtitle-empty");
        }
        let count = |s: State, side: Option<&str>| {
            rows.iter().filter(|r| r.state == s && side.is_none_or(|x| r.m.owner_side.trim().eq_ignore_ascii_case(x))).count()
        };
        let n = |s: State, side: Option<&str>| count(s, side) as i64;
        let (done, overdue, open) = (n(State::Done, None), n(State::Overdue, None), n(State::Open, None));
        let mut out = if overdue > 0 {
            let (customer, vendor) = (n(State::Overdue, Some("customer")), n(State::Overdue, Some("vendor")));
            i18n::tr!(lang, "chart-plan-counts-overdue", done = done, overdue = overdue, customer = customer, vendor = vendor, open = open)
        } else {
            i18n::tr!(lang, "chart-plan-counts", done = done, overdue = overdue, open = open)
        };
        // The next step as the engine picks it: the open or overdue milestone due first.
        if let Some(next) = rows.iter().filter(|r| r.state != State::Done).min_by_key(|r| r.due) {
            let owner = text::ellipsize(next.m.owner_side.trim(), 16);
            out = match owner.to_lowercase().as_str() {
                "" => out,
                "customer" => i18n::tr!(lang, "chart-plan-next-customer", counts = out),
                "vendor" => i18n::tr!(lang, "chart-plan-next-vendor", counts = out),
                _ => i18n::tr!(lang, "chart-plan-next-other", counts = out, owner = owner),
            };
        }
        if rows.len() > MAX_ROWS {
            out = i18n::tr!(lang, "chart-plan-more", text = out, count = (rows.len() - MAX_ROWS) as i64);
        }
        out
    }
}

impl Chart for MilestoneChart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let rows = self.rows();
        let body = heading(root, c, &self.title, &self.subtitle(c, &rows))?;
        if rows.is_empty() {
            return empty(&body, c, &c.tr("chart-plan-empty"));
        }
        let shown = &rows[..rows.len().min(MAX_ROWS)];
        let n = shown.len();
        // Rows at most 48 px apart, the legend right below the plot.
        let (_, h) = body.dim_in_pixel();
        let legend_h = c.px(24.0);
        let plot_h = (h as i32 - legend_h).min(c.px(30.0 + 48.0 * n as f64 + 26.0 + 8.0));
        let (area, rest) = body.split_vertically(plot_h);
        draw_legend(&rest, c)?;

        let (mut lo, mut hi) = (self.as_of, self.as_of);
        for r in shown {
            for d in std::iter::once(r.due).chain(r.completed) {
                (lo, hi) = (lo.min(d), hi.max(d));
            }
        }
        // The plan window joins the range when it is near the milestones, so an old start
        // does not squash the timeline. Day arithmetic is checked: dates near chrono's limits
        // must not panic.
        let plus = |d: NaiveDate, n: u64| d.checked_add_days(Days::new(n));
        let plan = self.start.filter(|&s| plus(s, 180).is_some_and(|e| e >= lo) && plus(hi, 90).is_none_or(|e| s <= e));
        if let Some(s) = plan {
            (lo, hi) = (lo.min(s), hi.max(plus(s, 90).unwrap_or(s)));
        }
        let span = (hi - lo).num_days().max(1) as f64;
        let pad = (span * 0.04).max(2.0);
        let (x0, x1) = (-pad, span + pad);
        let at = |d: NaiveDate| (d - lo).num_days() as f64;
        let label_w = 180.0;
        let mut chart = crate::canvas::plot(&area, c, 26.0, label_w)
            .margin_top(c.px(30.0))
            .margin_right(c.px(76.0))
            .build_cartesian_2d(x0..x1, -0.5..(n as f64 - 0.5))?;
        let long = span > 200.0;
        let lang = c.lang;
        let x_label = move |x: &f64| if *x < -0.5 { String::new() } else { plus(lo, x.round() as u64).map(|d| format::day(lang, d, long)).unwrap_or_default() };
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh.disable_y_mesh().disable_y_axis().y_labels(0).x_labels(10).x_label_formatter(&x_label).draw()?;

        let y_of = |i: usize| (n - 1 - i) as f64;
        let (bx, by) = area.get_base_pixel();
        let spec = chart.as_coord_spec().clone();
        let pixel = |x: f64, y: f64| {
            let (px, py) = spec.translate(&(x, y));
            (px - bx, py - by)
        };
        let (_, top) = pixel(x0, n as f64 - 0.5);
        let (right, _) = pixel(x1, 0.0);
        let thin = |colour: RGBColor| ShapeStyle::from(&colour).stroke_width(c.upx(1.0).max(1));

        // Plan lines and today, labelled above the plot: day labels on the upper line,
        // "Today" on the lower, so they never collide.
        let above = |label: &str, x: i32, row: f64, colour: RGBColor| {
            let w = c.px(label.chars().count() as f64 * 10.0 * 0.6);
            let x = x.max(w / 2 + c.px(2.0));
            let style = c.text(10.0, colour).pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(label.to_string(), (x, top - c.px(row)), style))
        };
        // Lines closer than a label's width share one label ("Days 30-90") at the first.
        let mut groups: Vec<(i32, u64, u64)> = Vec::new();
        for (days, day) in plan.map_or(vec![], |s| [30u64, 60, 90].iter().filter_map(|&n| Some((n, plus(s, n)?))).collect()) {
            let x = at(day);
            if x < x0 || x > x1 {
                continue;
            }
            let style = thin(c.theme.muted());
            chart.draw_series(DashedLineSeries::new(vec![(x, -0.5), (x, n as f64 - 0.5)], c.px(4.0), c.px(4.0), style))?;
            let (px, _) = pixel(x, 0.0);
            match groups.last_mut() {
                Some(g) if px - g.0 < c.px(44.0) => g.2 = days,
                _ => groups.push((px, days, days)),
            }
        }
        for (px, first, last) in groups {
            let label = if first == last {
                i18n::tr!(c.lang, "chart-plan-day", day = first as i64)
            } else {
                i18n::tr!(c.lang, "chart-plan-days", first = first as i64, last = last as i64)
            };
            above(&label, px, 28.0, c.theme.muted())?;
        }
        let today = at(self.as_of);
        let style = ShapeStyle::from(&c.theme.text()).stroke_width(c.upx(1.5).max(1));
        chart.draw_series(std::iter::once(PathElement::new(vec![(today, -0.5), (today, n as f64 - 0.5)], style)))?;
        above(&c.tr("chart-plan-today"), pixel(today, 0.0).0, 14.0, c.theme.text())?;

        let title_style = c.text(11.0, c.theme.text()).pos(Pos::new(HPos::Left, VPos::Center));
        let max_title = c.upx(label_w - 18.0);
        let (r, hole) = (c.upx(5.5), c.upx(3.5));
        for (i, row) in shown.iter().enumerate() {
            let y = y_of(i);
            chart.draw_series(std::iter::once(PathElement::new(vec![(x0, y), (x1, y)], thin(c.theme.grid()))))?;
            let (_, py) = pixel(x0, y);
            let title = crate::canvas::fitted(&row.m.title, 26, max_title, &title_style);
            area.draw(&Text::new(title, (c.px(16.0), py), title_style.clone()))?;
            let (tag, colour) = side(&row.m.owner_side, c);
            let tag_style = c.bold(10.0, colour).pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(tag, (right + c.px(10.0), py), tag_style))?;

            let due = at(row.due);
            let line = |to: f64, colour: RGBColor, width: f64| {
                PathElement::new(vec![(due, y), (to, y)], ShapeStyle::from(&colour).stroke_width(c.upx(width).max(1)))
            };
            match row.state {
                State::Done => {
                    let done = row.completed.map_or(due, at);
                    if done != due {
                        chart.draw_series(std::iter::once(line(done, DONE, 1.5)))?;
                        let tick = EmptyElement::at((due, y)) + PathElement::new(vec![(0, -c.px(4.0)), (0, c.px(4.0))], thin(DONE));
                        chart.draw_series(std::iter::once(tick))?;
                    }
                    chart.draw_series(std::iter::once(Circle::new((done, y), r, DONE.filled())))?;
                }
                State::Overdue => {
                    chart.draw_series(std::iter::once(line(today.max(due), OVERDUE, 2.0)))?;
                    let k = c.px(6.0);
                    let diamond = EmptyElement::at((due, y)) + Polygon::new(vec![(0, -k), (k, 0), (0, k), (-k, 0)], OVERDUE.filled());
                    chart.draw_series(std::iter::once(diamond))?;
                }
                State::Open => {
                    // A ring as two discs: a stroked circle leaves gaps in the bitmap backend.
                    chart.draw_series(std::iter::once(Circle::new((due, y), r, c.theme.text().filled())))?;
                    chart.draw_series(std::iter::once(Circle::new((due, y), hole, c.theme.background().filled())))?;
                }
            }
        }
        Ok(())
    }
}

/// Markers as drawn (done, overdue, open) and the two owner colours, in one row.
fn draw_legend<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
    let items: [(String, u8, RGBColor); 5] = [
        (c.tr("chart-plan-legend-done"), 0, DONE),
        (c.tr("chart-plan-legend-overdue"), 1, OVERDUE),
        (c.tr("chart-plan-legend-open"), 2, c.theme.text()),
        (c.tr("chart-plan-legend-customer"), 3, CUSTOMER),
        (c.tr("chart-plan-legend-vendor"), 3, VENDOR),
    ];
    let (mut x, y) = (16.0, 12.0);
    let (r, k) = (c.upx(5.5), c.px(6.0));
    for (name, glyph, colour) in items {
        let (cx, cy) = (c.px(x + 5.0), c.px(y));
        match glyph {
            0 => area.draw(&Circle::new((cx, cy), r, colour.filled()))?,
            1 => area.draw(&Polygon::new(vec![(cx, cy - k), (cx + k, cy), (cx, cy + k), (cx - k, cy)], colour.filled()))?,
            2 => {
                area.draw(&Circle::new((cx, cy), r, colour.filled()))?;
                area.draw(&Circle::new((cx, cy), c.upx(3.5), c.theme.background().filled()))?
            }
            _ => area.draw(&Rectangle::new([(cx - c.px(5.0), cy - c.px(5.0)), (cx + c.px(5.0), cy + c.px(5.0))], colour.filled()))?,
        }
        let style = c.text(11.0, c.theme.text()).pos(Pos::new(HPos::Left, VPos::Center));
        let w = crate::canvas::text_width(&name, &style) / c.scale;
        area.draw(&Text::new(name, (c.px(x + 16.0), cy), style))?;
        x += 16.0 + w + 22.0;
    }
    Ok(())
}
