//! NPS next to support load. The score distribution keeps its three classes in their colours
//! because one NPS number hides whether +20 is many promoters or few detractors; beside it,
//! tickets opened per week with the urgent/high part stronger, so a falling NPS can be read
//! against a spike of urgent tickets over the same period.

use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::canvas::{Canvas, Chart, DrawResult, empty, heading};
use crate::theme;

/// Support tickets opened in the week ending on `week_end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TicketWeek {
    pub week_end: NaiveDate,
    pub opened: u32,
    /// Of `opened`, those with urgent or high priority.
    pub urgent_or_high: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NpsChart {
    pub title: String,
    /// The period the chart covers, as the caller words it ("1 Nov 2025 – 31 Oct 2026").
    pub subtitle_period: String,
    /// NPS answers (0..=10) given in the period; anything above 10 is not an answer and is
    /// left out.
    pub scores: Vec<u8>,
    /// Weeks oldest first, as [`ticket_weeks`] makes them.
    pub tickets: Vec<TicketWeek>,
}

const DETRACTOR: RGBColor = theme::BAD;
const PROMOTER: RGBColor = theme::GOOD;

/// Answers per class: (detractors 0-6, passives 7-8, promoters 9-10).
pub fn nps_classes(scores: &[u8]) -> (u32, u32, u32) {
    scores.iter().fold((0, 0, 0), |(d, p, pr), &s| match s {
        0..=6 => (d + 1, p, pr),
        7..=8 => (d, p + 1, pr),
        9..=10 => (d, p, pr + 1),
        _ => (d, p, pr),
    })
}

/// The Net Promoter Score as a whole number: the engine's definition
/// ([`metrics::health::nps`]), rounded half away from zero. None without answers in 0-10.
pub fn nps_score(scores: &[u8]) -> Option<i32> {
    metrics::health::nps(scores.iter().filter(|&&s| s <= 10).map(|&s| i64::from(s))).map(|x| x.round() as i32)
}

/// Tickets opened per week, weeks ending on `to` and going back to the week that contains
/// `from` (the bucketing of [`crate::data::module_stack`]): week w of n = ceil(days / 7) ends
/// on `to` − 7 (n − 1 − w) days. Weeks without tickets are kept; weeks are whole, so the first
/// counts its days before `from` too; days after `to` or before the first week are ignored. Each ticket is (day opened, urgent or high priority).
pub fn ticket_weeks(tickets_opened: &[(NaiveDate, bool)], from: NaiveDate, to: NaiveDate) -> Vec<TicketWeek> {
    let mut weeks: Vec<TicketWeek> =
        crate::data::week_ends(from, to).into_iter().map(|week_end| TicketWeek { week_end, opened: 0, urgent_or_high: 0 }).collect();
    let n = weeks.len();
    for &(day, urgent) in tickets_opened {
        let back = (to - day).num_days();
        if back < 0 {
            continue;
        }
        let Some(w) = (n - 1).checked_sub(back as usize / 7) else { continue };
        weeks[w].opened += 1;
        weeks[w].urgent_or_high += u32::from(urgent);
    }
    weeks
}

/// "+23", "±0", "-40", with the language's digits.
fn signed(lang: i18n::Lang, n: i32) -> String {
    i18n::Formats::of(lang).signed(i64::from(n))
}

impl NpsChart {
    fn ticket_totals(&self) -> (u32, u32) {
        self.tickets.iter().fold((0, 0), |(o, u), w| (o + w.opened, u + w.urgent_or_high.min(w.opened)))
    }

    fn subtitle(&self, c: &Canvas) -> String {
        let lang = c.lang;
        let answers = {
            let (d, p, pr) = nps_classes(&self.scores);
            d + p + pr
        };
        let nps = match nps_score(&self.scores) {
            Some(s) => i18n::tr!(lang, "chart-nps-score", score = signed(lang, s), count = i64::from(answers)),
            None => c.tr("chart-nps-no-responses"),
        };
        let (opened, urgent) = self.ticket_totals();
        let tickets =
            if opened == 0 { c.tr("chart-nps-no-tickets") } else { i18n::tr!(lang, "chart-nps-tickets", count = i64::from(opened), urgent = i64::from(urgent)) };
        let period = crate::text::clean(&self.subtitle_period);
        if period.is_empty() {
            i18n::tr!(lang, "chart-nps-subtitle", nps = nps, tickets = tickets)
        } else {
            i18n::tr!(lang, "chart-nps-subtitle-period", period = period, nps = nps, tickets = tickets)
        }
    }
}

/// A row of colour swatches with names from logical (8, `y`), wrapping when the area is too
/// narrow; returns the area below the rows.
fn swatches<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    c: &Canvas,
    y: f64,
    items: &[(String, RGBColor)],
) -> Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let width = area.dim_in_pixel().0 as f64 / c.scale - 8.0;
    let style = c.text(11.0, c.theme.text()).pos(Pos::new(HPos::Left, VPos::Center));
    let (mut x, mut row) = (8.0, 0.0);
    for (name, colour) in items {
        let text_w = crate::canvas::text_width(name, &style) / c.scale;
        let w = 14.0 + text_w + 18.0;
        if x + w > width && x > 8.0 {
            (x, row) = (8.0, row + 16.0);
        }
        let (x0, y0) = (c.px(x), c.px(y + row + 1.0));
        area.draw(&Rectangle::new([(x0, y0), (x0 + c.px(10.0), y0 + c.px(10.0))], colour.filled()))?;
        area.draw(&Text::new(name.clone(), (x0 + c.px(14.0), c.px(y + row + 6.0)), style.clone()))?;
        x += w;
    }
    Ok(area.split_vertically(c.px(y + row + 20.0)).1)
}

/// Whole numbers only: a count axis has no half tickets.
fn whole(lang: i18n::Lang, v: &f64) -> String {
    if (v - v.round()).abs() < 1e-6 && *v >= 0.0 { i18n::Formats::of(lang).int(v.round() as i64) } else { String::new() }
}

impl Chart for NpsChart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let body = heading(root, c, &self.title, &self.subtitle(c))?;
        let (w, _) = body.dim_in_pixel();
        let (left, right) = body.split_horizontally((w as f64 * 0.4) as i32);
        self.distribution(&left, c)?;
        self.ticket_bars(&right, c)
    }
}

impl NpsChart {
    fn distribution<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let Some(score) = nps_score(&self.scores) else {
            return empty(area, c, &c.tr("chart-nps-empty"));
        };
        let (d, p, pr) = nps_classes(&self.scores);
        area.draw(&Text::new(i18n::tr!(c.lang, "chart-nps-heading", score = signed(c.lang, score)), (c.px(8.0), c.px(2.0)), c.bold(12.0, c.theme.text())))?;
        let n = |key: &str, count: u32| i18n::tr!(c.lang, key, count = i64::from(count));
        let items = [(n("chart-nps-detractors", d), DETRACTOR), (n("chart-nps-passives", p), c.theme.caution()), (n("chart-nps-promoters", pr), PROMOTER)];
        let plot = swatches(area, c, 22.0, &items)?;
        let mut counts = [0u32; 11];
        for &s in self.scores.iter().filter(|&&s| s <= 10) {
            counts[s as usize] += 1;
        }
        let top = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
        let mut chart = crate::canvas::plot(&plot, c, 26.0, 32.0)
            .margin_bottom(c.px(8.0))
            .build_cartesian_2d(-0.5..10.5, 0.0..top * 1.15)?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        mesh.disable_x_mesh().x_labels(11).y_labels(5).x_label_formatter(&|v| whole(c.lang, v)).y_label_formatter(&|v| whole(c.lang, v)).draw()?;
        let label = c.text(10.0, c.theme.muted()).pos(Pos::new(HPos::Center, VPos::Bottom));
        for (s, &n) in counts.iter().enumerate() {
            if n == 0 {
                continue;
            }
            let (x, colour) = (s as f64, match s {
                0..=6 => DETRACTOR,
                7..=8 => c.theme.caution(),
                _ => PROMOTER,
            });
            chart.draw_series(std::iter::once(Rectangle::new([(x - 0.38, 0.0), (x + 0.38, n as f64)], colour.filled())))?;
            let text = EmptyElement::at((x, n as f64)) + Text::new(i18n::Formats::of(c.lang).int(i64::from(n)), (0, -c.px(2.0)), label.clone());
            chart.draw_series(std::iter::once(text))?;
        }
        Ok(())
    }

    fn ticket_bars<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, c: &Canvas) -> DrawResult<DB> {
        let (opened, _) = self.ticket_totals();
        if opened == 0 {
            return empty(area, c, &c.tr("chart-tickets-empty"));
        }
        let (urgent_colour, other_colour) = (theme::series(0), theme::series(4));
        area.draw(&Text::new(c.tr("chart-tickets-heading"), (c.px(8.0), c.px(2.0)), c.bold(12.0, c.theme.text())))?;
        let items = [(c.tr("chart-tickets-urgent"), urgent_colour), (c.tr("chart-tickets-other"), other_colour)];
        let plot = swatches(area, c, 22.0, &items)?;
        let n = self.tickets.len();
        let top = self.tickets.iter().map(|w| w.opened).max().unwrap_or(0).max(1) as f64;
        let weeks: Vec<NaiveDate> = self.tickets.iter().map(|w| w.week_end).collect();
        let mut chart = crate::canvas::plot(&plot, c, 26.0, 36.0)
            .margin_bottom(c.px(8.0))
            .build_cartesian_2d(-0.6..(n as f64 - 0.4), 0.0..top * 1.08)?;
        let mut mesh = chart.configure_mesh();
        crate::canvas::themed_mesh(&mut mesh, c);
        // Whole tickets only: no grid line at half a ticket.
        mesh.disable_x_mesh().x_labels(0).y_labels((top as usize).min(5) + 1).y_label_formatter(&|v| whole(c.lang, v)).draw()?;
        let ticks: Vec<((i32, i32), String)> =
            crate::format::week_ticks(c.lang, &weeks, 6).into_iter().map(|(i, l)| (chart.backend_coord(&(i as f64, 0.0)), l)).collect();
        crate::canvas::x_ticks(&plot, c, &ticks)?;
        let half = 0.38;
        for (i, w) in self.tickets.iter().enumerate() {
            let (x, urgent, all) = (i as f64, w.urgent_or_high.min(w.opened) as f64, w.opened as f64);
            if all > urgent {
                chart.draw_series(std::iter::once(Rectangle::new([(x - half, urgent), (x + half, all)], other_colour.filled())))?;
            }
            if urgent > 0.0 {
                chart.draw_series(std::iter::once(Rectangle::new([(x - half, 0.0), (x + half, urgent)], urgent_colour.filled())))?;
            }
        }
        Ok(())
    }
}
