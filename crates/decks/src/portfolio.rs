//! The executive portfolio summary for a quarter: revenue and retention with their trend,
//! health and the ARR at risk with the accounts behind it, renewals coming, needs against
//! value, the biggest movers and CSM workload. Readable in two minutes: every slide leads
//! with the number and its change since last quarter.

use chrono::{Days, NaiveDate};
use i18n::{Formats, Lang, tr};
use metrics::{AccountView, Analysis, Book, Scope, Settings};

use crate::brand::Brand;
use crate::layout::{self, Kpi, MARGIN, TOP, BOTTOM};
use crate::model::{Content, Deck, Frame, Slide, SlideKind, WIDTH};
use crate::qbr::{picture, quarter_label};
use crate::qbr::story::{self, signed};
use crate::quarter::Quarter;
use crate::Error;

/// What the portfolio needs besides the metrics' settings.
pub struct Options<'a> {
    pub settings: &'a Settings,
    pub segments: &'a segments::SegmentSettings,
    pub capacity: &'a playbooks::CoverageRatios,
    /// The language of every slide.
    pub lang: Lang,
    /// A health-score backtest to add as the optional slide "How well the health score
    /// predicted churn" (the caller runs it: it replays two years of month ends).
    pub backtest: Option<&'a backtest::Backtest>,
}

struct Data {
    lang: Lang,
    quarter: Quarter,
    now: Analysis,
    before: Analysis,
    book: Book,
    needs: Vec<String>,
    value: Vec<String>,
    needs_order: Vec<String>,
    value_order: Vec<String>,
    workload: playbooks::Workload,
}

fn money(x: f64, d: &Data) -> String {
    story::money(d.lang, x, d.book.currency.as_deref())
}

fn pct(lang: Lang, x: Option<f64>) -> String {
    x.map(|x| story::percent(lang, x)).unwrap_or_else(|| tr!(lang, "deck-none"))
}

fn int(lang: Lang, n: usize) -> String {
    Formats::of(lang).int(n as i64)
}

fn at_risk_arr(a: &Analysis) -> f64 {
    a.accounts.iter().filter(|v| v.at_risk()).map(|v| v.arr).sum()
}

fn kpi(lang: Lang, label: &str, now: f64, before: f64, show: &dyn Fn(f64) -> String, up_is_good: bool) -> Kpi {
    crate::qbr::delta_kpi(lang, label, now, Some(before), show, up_is_good)
}

fn ratio_kpi(lang: Lang, label: &str, now: Option<f64>, before: Option<f64>) -> Kpi {
    match (now, before) {
        (Some(n), Some(b)) => {
            let points = ((n - b) * 100.0).round() as i64;
            let delta = tr!(lang, "deck-pf-points", points = signed(lang, points));
            Kpi { label: label.into(), value: story::percent(lang, n), delta, good: (points != 0).then_some(points > 0) }
        }
        (n, _) => Kpi { label: label.into(), value: pct(lang, n), delta: tr!(lang, "deck-no-earlier-quarter"), good: None },
    }
}

/// A closing row counting what a table leaves out ("and 40 more", with their ARR in the
/// ARR column), so a cut table never reads as the whole list.
fn more(rows: &mut Vec<Vec<String>>, rest: impl Iterator<Item = f64>, cols: usize, arr_col: usize, d: &Data) {
    let arr: Vec<f64> = rest.collect();
    if !arr.is_empty() {
        let mut row = vec![String::new(); cols];
        row[0] = tr!(d.lang, "deck-pf-more", count = arr.len() as i64);
        row[arr_col] = money(arr.iter().sum(), d);
        rows.push(row);
    }
}

fn summary(d: &Data) -> Slide {
    let (n, b, lang) = (&d.now.revenue, &d.before.revenue, d.lang);
    let mut s = Slide::content(tr!(lang, "deck-pf-glance", quarter = quarter_label(lang, d.quarter)));
    let top = layout::kpi_row(
        &mut s,
        &[
            kpi(lang, &tr!(lang, "deck-pf-kpi-arr"), n.arr, b.arr, &|x| money(x, d), true),
            ratio_kpi(lang, &tr!(lang, "deck-pf-kpi-nrr"), n.nrr, b.nrr),
            ratio_kpi(lang, &tr!(lang, "deck-pf-kpi-grr"), n.grr, b.grr),
            kpi(lang, &tr!(lang, "deck-pf-kpi-at-risk"), at_risk_arr(&d.now), at_risk_arr(&d.before), &|x| money(x, d), false),
        ],
    );
    let risky = d.now.accounts.iter().filter(|v| v.at_risk()).count();
    let paying = n.accounts_active;
    let previous = quarter_label(lang, d.quarter.previous());
    let mut lines = vec![
        tr!(lang, "deck-pf-paying", count = paying as i64, before = b.accounts_active as i64, previous = previous, arr = money(n.arr, d)),
        tr!(lang, "deck-pf-risky", count = risky as i64, arr = money(at_risk_arr(&d.now), d)),
        tr!(lang, "deck-pf-churn", rate = pct(lang, n.logo_churn)),
    ];
    if let Some(c) = &n.conversion {
        let from = i18n::Formats::of(lang).list(&c.converted_from);
        lines.push(tr!(lang, "deck-pf-conversion", currencies = from, currency = c.reporting_currency.as_str()));
    }
    s.add(Frame::new(MARGIN, top, WIDTH - 2.0 * MARGIN, BOTTOM - top), layout::bullets(&lines, 15.0));
    s.notes = lines;
    s
}

fn revenue(d: &Data) -> Result<Slide, Error> {
    let summary = metrics::revenue::summary(&d.book, &|_| true);
    let months: Vec<_> = summary.mrr_movements.iter().rev().take(12).rev().cloned().collect();
    let trend = metrics::revenue::retention_trend(&d.book, &|_| true, months.len() as u32);
    let lang = d.lang;
    let chart = charts::MrrChart { title: tr!(lang, "deck-pf-revenue-chart"), currency: summary.currency.clone(), months, trend };
    let mut s = Slide::content(tr!(lang, "deck-pf-revenue-title"));
    s.add(Frame::new(MARGIN + 80.0, TOP, 720.0, 405.0), Content::Picture(picture(lang, &chart, &tr!(lang, "deck-pf-revenue-alt"))?));
    s.notes = vec![tr!(lang, "deck-pf-revenue-note", nrr = pct(lang, summary.nrr), grr = pct(lang, summary.grr))];
    Ok(s)
}

fn health(d: &Data) -> Slide {
    let lang = d.lang;
    let band = |a: &Analysis, name: &str| -> (usize, f64) {
        let members: Vec<&AccountView> = a.accounts.iter().filter(|v| v.arr > 0.0 && v.health.band.as_str() == name).collect();
        (members.len(), members.iter().map(|v| v.arr).sum())
    };
    let rows = ["green", "yellow", "red"]
        .iter()
        .map(|name| {
            let ((n, arr), (bn, barr)) = (band(&d.now, name), band(&d.before, name));
            let label = i18n::text(lang, &format!("chart-health-band-{name}"));
            vec![label, int(lang, n), signed(lang, n as i64 - bn as i64), money(arr, d), format!("{}{}", if arr >= barr { "+" } else { "-" }, money((arr - barr).abs(), d))]
        })
        .collect();
    let mut s = Slide::content(tr!(lang, "deck-pf-health-title"));
    let head = ["health", "accounts", "change", "arr", "change"].map(|k| tr!(lang, &format!("deck-pf-col-{k}")));
    layout::table(&mut s, TOP, &head.each_ref().map(String::as_str), rows, &[0.2, 0.2, 0.2, 0.2, 0.2]);
    // The accounts behind the ARR at risk, largest first.
    let mut risky: Vec<&AccountView> = d.now.accounts.iter().filter(|v| v.at_risk()).collect();
    risky.sort_by(|a, b| b.arr.total_cmp(&a.arr));
    let rows: Vec<Vec<String>> = risky
        .iter()
        .take(8)
        .map(|v| {
            let why = v.alerts.iter().min_by_key(|a| a.severity).map(|a| tr!(lang, &format!("deck-alert-{}", a.kind.as_str()))).unwrap_or_else(|| tr!(lang, "deck-pf-red-health"));
            let renewal = v.renewal.as_deref().map(|r| day(lang, r)).unwrap_or_else(|| tr!(lang, "deck-none"));
            vec![v.name.clone(), money(v.arr, d), score(lang, v), why, renewal]
        })
        .collect();
    let mut rows = rows;
    more(&mut rows, risky.iter().skip(8).map(|v| v.arr), 5, 1, d);
    if rows.is_empty() {
        s.add(Frame::new(MARGIN, 250.0, WIDTH - 2.0 * MARGIN, 40.0), layout::bullets(&[tr!(lang, "deck-pf-no-risk")], 14.0));
    } else {
        let t = crate::model::Table {
            header: ["at-risk", "arr", "health", "reason", "renewal"].iter().map(|k| tr!(lang, &format!("deck-pf-col-{k}"))).collect(),
            rows,
            widths: vec![0.36, 0.14, 0.1, 0.24, 0.16],
            size: 11.0,
        };
        s.add(Frame::new(MARGIN, 230.0, WIDTH - 2.0 * MARGIN, BOTTOM - 230.0), Content::Table(t));
    }
    s.notes = vec![tr!(lang, "deck-pf-health-note", count = risky.len() as i64)];
    s
}

fn renewals(d: &Data) -> Slide {
    let (end, lang) = (d.quarter.end(), d.lang);
    let horizon = end + Days::new(90);
    let mut due: Vec<(&AccountView, NaiveDate)> = d
        .now
        .accounts
        .iter()
        .filter_map(|v| Some((v, NaiveDate::parse_from_str(v.renewal.as_deref()?, "%Y-%m-%d").ok()?)))
        .filter(|(v, r)| v.arr > 0.0 && *r > end && *r <= horizon)
        .collect();
    due.sort_by_key(|(_, r)| *r);
    let total: f64 = due.iter().map(|(v, _)| v.arr).sum();
    let mut s = Slide::content(tr!(lang, "deck-pf-renewals-title", count = due.len() as i64, arr = money(total, d)));
    let mut rows: Vec<Vec<String>> = due
        .iter()
        .take(10)
        .map(|(v, r)| {
            let health = match v.health.score {
                Some(s) => tr!(lang, "deck-pf-band", score = i64::from(s), band = story::band(lang, v.health.band)),
                None => story::band(lang, v.health.band),
            };
            vec![v.name.clone(), Formats::of(lang).date(*r), money(v.arr, d), health, v.owner.clone().unwrap_or_else(|| tr!(lang, "deck-none"))]
        })
        .collect();
    more(&mut rows, due.iter().skip(10).map(|(v, _)| v.arr), 5, 2, d);
    let head = ["account", "renewal", "arr", "health", "csm"].map(|k| tr!(lang, &format!("deck-pf-col-{k}")));
    layout::table(&mut s, TOP, &head.each_ref().map(String::as_str), rows, &[0.36, 0.16, 0.14, 0.14, 0.2]);
    let risky = due.iter().filter(|(v, _)| v.at_risk()).count() as i64;
    s.notes = vec![tr!(lang, "deck-pf-renewals-note", count = due.len() as i64, arr = money(total, d), risky = risky)];
    s
}

/// "How well the health score predicted churn": the backtest's chart, and in the notes the
/// figures a CS lead quotes (AUC with its interval, lift, lead time) and any warning.
fn backtest_slide(lang: Lang, r: &backtest::Backtest) -> Result<Slide, Error> {
    let f = Formats::of(lang);
    let mut s = Slide::content(tr!(lang, "deck-pf-backtest-title"));
    let chart = backtest::chart(r, lang);
    s.add(Frame::new(MARGIN + 80.0, TOP, 720.0, 405.0), Content::Picture(picture(lang, &chart, &tr!(lang, "deck-pf-backtest-alt"))?));
    let x = &r.figures;
    let two = |v: Option<f64>| v.map_or_else(|| "–".to_string(), |v| f.fixed(v, 2));
    let mut notes = vec![tr!(lang, "deck-pf-backtest-auc", auc = two(x.auc), low = two(x.auc_low), high = two(x.auc_high), churned = x.churned_accounts as i64)];
    if let Some(lift) = x.lift_red_vs_green {
        notes.push(tr!(lang, "deck-pf-backtest-lift", lift = f.fixed(lift, 1)));
    }
    if let Some(days) = r.median_lead_days {
        notes.push(tr!(lang, "deck-pf-backtest-lead", days = f.number(days, 0)));
    }
    notes.extend(r.warnings.iter().map(|w| w.render(lang)));
    s.notes = notes;
    Ok(s)
}

/// A health score as a table cell; "not enough data" for an account without one.
fn score(lang: Lang, v: &AccountView) -> String {
    v.health.score.map_or_else(|| story::band(lang, v.health.band), |s| int(lang, usize::from(s)))
}

fn segments_slide(d: &Data) -> Slide {
    let paying: Vec<usize> = (0..d.now.accounts.len()).filter(|&i| d.now.accounts[i].arr > 0.0).collect();
    let pick = |l: &[String]| paying.iter().map(|&i| l[i].clone()).collect::<Vec<_>>();
    let x = segments::crosstab::crosstab(&pick(&d.needs), &pick(&d.value), &d.needs_order, &d.value_order);
    let lang = d.lang;
    let corner = tr!(lang, "deck-pf-col-needs-value");
    let mut header: Vec<&str> = vec![&corner];
    let columns: Vec<String> = x.columns.iter().map(|c| segments::label(c).render(lang)).collect();
    header.extend(columns.iter().map(String::as_str));
    let rows = x.rows.iter().zip(&x.counts).map(|(r, c)| std::iter::once(segments::label(r).render(lang)).chain(c.iter().map(|n| int(lang, *n as usize))).collect()).collect();
    let cols = x.columns.len() as f64;
    let mut widths = vec![0.4];
    widths.extend(std::iter::repeat_n(0.6 / cols.max(1.0), x.columns.len()));
    let mut s = Slide::content(tr!(lang, "deck-pf-segments-title"));
    layout::table(&mut s, TOP, &header, rows, &widths);
    let v = x.cramers_v.map(|v| Formats::of(lang).fixed(v, 2)).unwrap_or_else(|| tr!(lang, "deck-none"));
    s.notes = vec![tr!(lang, "deck-pf-segments-note", v = v)];
    s
}

fn movers(d: &Data) -> Slide {
    let lang = d.lang;
    let mut moves: Vec<(&AccountView, i64)> = d
        .now
        .accounts
        .iter()
        .filter(|v| v.arr > 0.0)
        .filter_map(|v| {
            let b = d.before.accounts.iter().find(|x| x.account_id == v.account_id)?;
            Some((v, i64::from(v.health.score?) - i64::from(b.health.score?)))
        })
        .filter(|(_, m)| *m != 0)
        .collect();
    moves.sort_by_key(|(_, m)| *m);
    let downs: Vec<_> = moves.iter().take(5).filter(|(_, m)| *m < 0).collect();
    let ups: Vec<_> = moves.iter().rev().take(5).filter(|(_, m)| *m > 0).collect();
    let rows = downs.iter().chain(ups.iter()).map(|(v, m)| vec![v.name.clone(), signed(lang, *m), score(lang, v), money(v.arr, d)]).collect();
    let mut s = Slide::content(tr!(lang, "deck-pf-movers-title"));
    let head = ["account", "health-change", "health-now", "arr"].map(|k| tr!(lang, &format!("deck-pf-col-{k}")));
    layout::table(&mut s, TOP, &head.each_ref().map(String::as_str), rows, &[0.46, 0.18, 0.18, 0.18]);
    s.notes = vec![tr!(lang, "deck-pf-movers-note")];
    s
}

fn workload_slide(d: &Data) -> Slide {
    let (w, lang) = (&d.workload, d.lang);
    let f = Formats::of(lang);
    let rows = w
        .csms
        .iter()
        .map(|c| vec![c.owner.clone(), int(lang, c.accounts), money(c.arr, d), int(lang, c.overdue_tasks), f.percent(c.capacity_used, 0)])
        .collect();
    let mut s = Slide::content(tr!(lang, "deck-pf-workload-title", csms = w.csms_now as i64, needed = f.fixed(w.csms_needed, 1)));
    let head = ["csm", "accounts", "arr", "overdue", "capacity"].map(|k| tr!(lang, &format!("deck-pf-col-{k}")));
    layout::table(&mut s, TOP, &head.each_ref().map(String::as_str), rows, &[0.32, 0.14, 0.18, 0.18, 0.18]);
    s.notes = vec![tr!(lang, "deck-pf-workload-note")];
    s
}

/// The portfolio summary for `quarter`.
pub async fn build(ws: &store::Workspace, quarter: Quarter, o: &Options<'_>, brand: &Brand) -> Result<Deck, Error> {
    let end = quarter.end();
    let now = metrics::analyze(ws, end, Scope::All, o.settings).await?;
    let before = metrics::analyze(ws, quarter.previous().end(), Scope::All, o.settings).await?;
    let book = Book::load(ws, end, Scope::All).await?;
    let fit = segments::saved_fit::needs_of(ws, &now, &o.segments.needs).await?;
    let value = segments::segmentation::value_labels(&now, &o.segments.value)?;
    let (needs_order, needs) = (fit.order(), fit.labels);
    let tasks = playbooks::tasks::list(ws, &playbooks::tasks::Filter::default(), end).await?;
    let workload = playbooks::workload(&now, &tasks, &value, &needs, o.capacity);
    let lang = o.lang;
    let d = Data { lang, quarter, now, before, book, needs, value, needs_order, value_order: o.segments.value.names(), workload };
    let mut slides = vec![
        Slide {
            kind: SlideKind::Title,
            title: tr!(lang, "deck-pf-title", company = brand.company.as_str()),
            subtitle: Some(tr!(
                lang,
                "deck-pf-subtitle",
                quarter = quarter_label(lang, quarter),
                count = d.now.revenue.accounts_active as i64,
                date = Formats::of(lang).date(end)
            )),
            blocks: vec![],
            notes: vec![tr!(lang, "deck-pf-cover-note")],
        },
        summary(&d),
        revenue(&d)?,
        health(&d),
        renewals(&d),
        segments_slide(&d),
        movers(&d),
        workload_slide(&d),
    ];
    if let Some(r) = o.backtest {
        slides.push(backtest_slide(lang, r)?);
    }
    let q = quarter_label(lang, quarter);
    let footer = tr!(lang, "deck-pf-footer", company = brand.company.as_str(), quarter = q.as_str());
    layout::frame_all(&mut slides, brand, lang, &footer);
    let title = tr!(lang, "deck-pf-file-title", company = brand.company.as_str(), quarter = q.as_str());
    Ok(Deck { lang, title, author: brand.company.clone(), brand: brand.clone(), day: end, slides })
}

/// A `YYYY-MM-DD` day as the language writes it (as written when it is not one).
fn day(lang: Lang, s: &str) -> String {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map(|d| Formats::of(lang).date(d)).unwrap_or_else(|_| s.to_string())
}
