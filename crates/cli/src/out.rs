//! The human output's shared pieces: values written in the run's language, and tables whose
//! columns line up by terminal width, because a CJK character takes two columns and a
//! header translated to French is longer than the English one.

use chrono::NaiveDate;
use i18n::{Formats, Lang};
use unicode_width::UnicodeWidthStr;

/// Columns a string takes in a terminal (2 for each CJK character, 0 for combining marks).
pub fn width(s: &str) -> usize {
    s.width()
}

#[derive(Clone, Copy)]
pub enum Align {
    Left,
    Right,
}

/// `s` padded to `w` columns.
pub fn pad(s: &str, w: usize, align: Align) -> String {
    let fill = " ".repeat(w.saturating_sub(width(s)));
    match align {
        Align::Left => format!("{s}{fill}"),
        Align::Right => format!("{fill}{s}"),
    }
}

/// Rows printed with each column as wide as its widest cell, so widths follow the language.
pub struct Table {
    indent: &'static str,
    align: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(indent: &'static str, align: &[Align]) -> Table {
        Table { indent, align: align.to_vec(), rows: vec![] }
    }

    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    pub fn lines(&self) -> Vec<String> {
        let mut widths = vec![0; self.align.len()];
        for r in &self.rows {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(width(c));
            }
        }
        self.rows
            .iter()
            .map(|r| {
                let cells: Vec<String> = r.iter().zip(&widths).zip(&self.align).map(|((c, w), a)| pad(c, *w, *a)).collect();
                format!("{}{}", self.indent, cells.join("  ")).trim_end().to_string()
            })
            .collect()
    }

    pub fn print(&self) {
        for l in self.lines() {
            println!("{l}");
        }
    }
}

/// A `YYYY-MM-DD` day in the language's date format; anything else (an empty or odd value
/// from the data) is shown as it is.
pub fn day(lang: Lang, s: &str) -> String {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_or_else(|_| s.to_string(), |d| Formats::of(lang).date(d))
}

/// An optional day, or a dash.
pub fn day_or_dash(lang: Lang, s: Option<&str>) -> String {
    s.map_or_else(|| "-".into(), |s| day(lang, s))
}

/// A `YYYY-MM` month as "Sep 2026" / "sept. 2026" / "2026年9月".
pub fn month(lang: Lang, s: &str) -> String {
    NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").map_or_else(|_| s.to_string(), |d| Formats::of(lang).month_year(d))
}

/// A ratio as a percentage with one decimal at most, or a dash when there is none.
pub fn pct(lang: Lang, x: Option<f64>) -> String {
    x.map_or_else(|| "-".into(), |v| Formats::of(lang).percent(v, 1))
}

/// An amount to the cent in the book's currency, or a plain number when the book has none.
pub fn money(lang: Lang, x: f64, currency: Option<&str>) -> String {
    match currency {
        Some(c) if !c.is_empty() => Formats::of(lang).money_exact(x, c),
        _ => Formats::of(lang).fixed(x, 2),
    }
}

/// A catalogue term for a machine value (`cli-band-red`), or the value itself when the
/// catalogue has no term for it (a custom stage, a future kind).
pub fn term(lang: Lang, prefix: &str, value: &str) -> String {
    let key = format!("{prefix}-{}", value.replace('_', "-"));
    if i18n::catalog::has(Lang::En, &key) { i18n::text(lang, &key) } else { value.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_display_width_with_chinese_cells() {
        let mut t = Table::new("", &[Align::Left, Align::Right]);
        t.row(["分组", "客户数"]);
        t.row(["abc", "7"]);
        let lines = t.lines();
        // "分组" is 4 columns wide like "abc " ; "客户数" is 6, so "7" is right-aligned under it.
        assert_eq!(lines, vec!["分组  客户数".to_string(), "abc        7".to_string()]);
        assert_eq!(width(&lines[0]), width(&lines[1]));
    }

    #[test]
    fn days_and_months_follow_the_language_and_odd_values_pass_through() {
        assert_eq!(day(Lang::Fr, "2026-09-30"), "30 sept. 2026");
        assert_eq!(day(Lang::ZhCn, "2026-09-30"), "2026年9月30日");
        assert_eq!(day(Lang::En, "soon"), "soon");
        assert_eq!(month(Lang::En, "2026-09"), "Sep 2026");
        assert_eq!(term(Lang::Fr, "cli-band", "red"), "à risque");
        assert_eq!(term(Lang::Fr, "cli-band", "mauve"), "mauve");
    }
}
