//! The executive portfolio summary for a quarter: revenue and retention with their trend,
//! health and the ARR at risk with the accounts behind it, renewals coming, needs against
//! value, the biggest movers and CSM workload. Readable in two minutes: every slide leads
//! with the number and its change since last quarter.

use chrono::{Days, NaiveDate};
use metrics::{AccountView, Analysis, Book, Scope, Settings};

use crate::brand::Brand;
use crate::layout::{self, Kpi, MARGIN, TOP, BOTTOM};
use crate::model::{Content, Deck, Frame, Slide, SlideKind, WIDTH};
use crate::qbr::picture;
use crate::qbr::story::signed;
use crate::quarter::Quarter;
use crate::Error;

/// What the portfolio needs besides the metrics' settings.
pub struct Options<'a> {
    pub settings: &'a Settings,
    pub segments: &'a segments::SegmentSettings,
    pub capacity: &'a playbooks::CoverageRatios,
}

struct Data {
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
    charts::format::money(x, d.book.currency.as_deref())
}

fn pct(x: Option<f64>) -> String {
    x.map(charts::format::percent).unwrap_or_else(|| "–".into())
}

fn at_risk_arr(a: &Analysis) -> f64 {
    a.accounts.iter().filter(|v| v.at_risk()).map(|v| v.arr).sum()
}

fn kpi(label: &str, now: f64, before: f64, show: &dyn Fn(f64) -> String, up_is_good: bool) -> Kpi {
    let diff = now - before;
    let (delta, good) = if diff.abs() < 1e-9 { ("no change vs last quarter".to_string(), None) } else { (format!("{}{} vs last quarter", if diff > 0.0 { "+" } else { "-" }, show(diff.abs())), Some((diff > 0.0) == up_is_good)) };
    Kpi { label: label.into(), value: show(now), delta, good }
}

fn ratio_kpi(label: &str, now: Option<f64>, before: Option<f64>) -> Kpi {
    match (now, before) {
        (Some(n), Some(b)) => {
            let points = ((n - b) * 100.0).round() as i64;
            Kpi { label: label.into(), value: charts::format::percent(n), delta: format!("{} points vs last quarter", signed(points)), good: (points != 0).then_some(points > 0) }
        }
        (n, _) => Kpi { label: label.into(), value: pct(n), delta: "no earlier quarter".into(), good: None },
    }
}

/// A closing row counting what a table leaves out ("and 40 more", with their ARR in the
/// ARR column), so a cut table never reads as the whole list.
fn more(rows: &mut Vec<Vec<String>>, rest: impl Iterator<Item = f64>, cols: usize, arr_col: usize, d: &Data) {
    let arr: Vec<f64> = rest.collect();
    if !arr.is_empty() {
        let mut row = vec![String::new(); cols];
        row[0] = format!("… and {} more", arr.len());
        row[arr_col] = money(arr.iter().sum(), d);
        rows.push(row);
    }
}

fn summary(d: &Data) -> Slide {
    let (n, b) = (&d.now.revenue, &d.before.revenue);
    let mut s = Slide::content(format!("Portfolio at a glance, {}", d.quarter.label()));
    let top = layout::kpi_row(
        &mut s,
        &[
            kpi("ARR", n.arr, b.arr, &|x| money(x, d), true),
            ratio_kpi("NRR (12 months)", n.nrr, b.nrr),
            ratio_kpi("GRR (12 months)", n.grr, b.grr),
            kpi("ARR at risk", at_risk_arr(&d.now), at_risk_arr(&d.before), &|x| money(x, d), false),
        ],
    );
    let risky = d.now.accounts.iter().filter(|v| v.at_risk()).count();
    let paying = n.accounts_active;
    let mut lines = vec![
        format!("{paying} paying accounts ({} at the end of {}); ARR {}.", b.accounts_active, d.quarter.previous().label(), money(n.arr, d)),
        format!("{risky} accounts are at risk (red health or a high-severity alert), holding {} of ARR.", money(at_risk_arr(&d.now), d)),
        format!("Logo churn over 12 months: {}.", pct(n.logo_churn)),
    ];
    if let Some(c) = &n.conversion {
        lines.push(format!(
            "Amounts in {} converted to {} at monthly average rates; NRR and GRR at constant currency.",
            c.converted_from.join(", "),
            c.reporting_currency
        ));
    }
    s.add(Frame::new(MARGIN, top, WIDTH - 2.0 * MARGIN, BOTTOM - top), layout::bullets(&lines, 15.0));
    s.notes = lines;
    s
}

fn revenue(d: &Data) -> Result<Slide, Error> {
    let summary = metrics::revenue::summary(&d.book, &|_| true);
    let months: Vec<_> = summary.mrr_movements.iter().rev().take(12).rev().cloned().collect();
    let trend = metrics::revenue::retention_trend(&d.book, &|_| true, months.len() as u32);
    let chart = charts::MrrChart { title: "MRR movements and retention".into(), currency: summary.currency.clone(), months, trend };
    let mut s = Slide::content("Revenue: movements and retention");
    s.add(Frame::new(MARGIN + 80.0, TOP, 720.0, 405.0), Content::Picture(picture(&chart, "Monthly MRR movements with NRR and GRR over 12 months")?));
    s.notes = vec![format!("NRR {} and GRR {} over the trailing 12 months.", pct(summary.nrr), pct(summary.grr))];
    Ok(s)
}

fn health(d: &Data) -> Slide {
    let band = |a: &Analysis, name: &str| -> (usize, f64) {
        let members: Vec<&AccountView> = a.accounts.iter().filter(|v| v.arr > 0.0 && v.health.band.as_str() == name).collect();
        (members.len(), members.iter().map(|v| v.arr).sum())
    };
    let rows = ["green", "yellow", "red"]
        .iter()
        .map(|name| {
            let ((n, arr), (bn, barr)) = (band(&d.now, name), band(&d.before, name));
            vec![name.to_string(), n.to_string(), signed(n as i64 - bn as i64), money(arr, d), format!("{}{}", if arr >= barr { "+" } else { "-" }, money((arr - barr).abs(), d))]
        })
        .collect();
    let mut s = Slide::content("Health of the paying book");
    layout::table(&mut s, TOP, &["Health", "Accounts", "Change", "ARR", "Change"], rows, &[0.2, 0.2, 0.2, 0.2, 0.2]);
    // The accounts behind the ARR at risk, largest first.
    let mut risky: Vec<&AccountView> = d.now.accounts.iter().filter(|v| v.at_risk()).collect();
    risky.sort_by(|a, b| b.arr.total_cmp(&a.arr));
    let rows: Vec<Vec<String>> = risky
        .iter()
        .take(8)
        .map(|v| {
            let why = v.alerts.iter().min_by_key(|a| a.severity).map(|a| a.kind.as_str().replace('_', " ")).unwrap_or_else(|| "red health".into());
            vec![v.name.clone(), money(v.arr, d), v.health.score.to_string(), why, v.renewal.clone().unwrap_or_else(|| "–".into())]
        })
        .collect();
    let mut rows = rows;
    more(&mut rows, risky.iter().skip(8).map(|v| v.arr), 5, 1, d);
    if rows.is_empty() {
        s.add(Frame::new(MARGIN, 250.0, WIDTH - 2.0 * MARGIN, 40.0), layout::bullets(&["No account is at risk at the quarter's end.".to_string()], 14.0));
    } else {
        let t = crate::model::Table {
            header: ["At risk", "ARR", "Health", "Main reason", "Renewal"].iter().map(|h| h.to_string()).collect(),
            rows,
            widths: vec![0.36, 0.14, 0.1, 0.24, 0.16],
            size: 11.0,
        };
        s.add(Frame::new(MARGIN, 230.0, WIDTH - 2.0 * MARGIN, BOTTOM - 230.0), Content::Table(t));
    }
    s.notes = vec![format!("{} accounts at risk; the table lists the largest.", risky.len())];
    s
}

fn renewals(d: &Data) -> Slide {
    let end = d.quarter.end();
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
    let mut s = Slide::content(format!("Renewals in the next 90 days: {} accounts, {}", due.len(), money(total, d)));
    let mut rows: Vec<Vec<String>> = due
        .iter()
        .take(10)
        .map(|(v, r)| vec![v.name.clone(), r.format("%-d %b %Y").to_string(), money(v.arr, d), format!("{} ({})", v.health.score, v.health.band.as_str()), v.owner.clone().unwrap_or_else(|| "–".into())])
        .collect();
    more(&mut rows, due.iter().skip(10).map(|(v, _)| v.arr), 5, 2, d);
    layout::table(&mut s, TOP, &["Account", "Renewal", "ARR", "Health", "CSM"], rows, &[0.36, 0.16, 0.14, 0.14, 0.2]);
    s.notes = vec![format!("{} renewals worth {} fall in the 90 days after the quarter; {} of them are at risk.", due.len(), money(total, d), due.iter().filter(|(v, _)| v.at_risk()).count())];
    s
}

fn segments_slide(d: &Data) -> Slide {
    let paying: Vec<usize> = (0..d.now.accounts.len()).filter(|&i| d.now.accounts[i].arr > 0.0).collect();
    let pick = |l: &[String]| paying.iter().map(|&i| l[i].clone()).collect::<Vec<_>>();
    let x = segments::crosstab::crosstab(&pick(&d.needs), &pick(&d.value), &d.needs_order, &d.value_order);
    let mut header: Vec<&str> = vec!["Needs \\ value"];
    header.extend(x.columns.iter().map(String::as_str));
    let rows = x.rows.iter().zip(&x.counts).map(|(r, c)| std::iter::once(r.clone()).chain(c.iter().map(|n| n.to_string())).collect()).collect();
    let cols = x.columns.len() as f64;
    let mut widths = vec![0.4];
    widths.extend(std::iter::repeat_n(0.6 / cols.max(1.0), x.columns.len()));
    let mut s = Slide::content("Segments: needs against value (paying accounts)");
    layout::table(&mut s, TOP, &header, rows, &widths);
    let v = x.cramers_v.map(|v| format!("{v:.2}")).unwrap_or_else(|| "–".into());
    s.notes = vec![format!("Cramér's V between needs and value is {v}: close to 0 means how customers use the product does not follow what they pay, so value tiers alone miss it.")];
    s
}

fn movers(d: &Data) -> Slide {
    let mut moves: Vec<(&AccountView, i64)> = d
        .now
        .accounts
        .iter()
        .filter(|v| v.arr > 0.0)
        .filter_map(|v| {
            let b = d.before.accounts.iter().find(|x| x.account_id == v.account_id)?;
            Some((v, v.health.score as i64 - b.health.score as i64))
        })
        .filter(|(_, m)| *m != 0)
        .collect();
    moves.sort_by_key(|(_, m)| *m);
    let downs: Vec<_> = moves.iter().take(5).filter(|(_, m)| *m < 0).collect();
    let ups: Vec<_> = moves.iter().rev().take(5).filter(|(_, m)| *m > 0).collect();
    let rows = downs.iter().chain(ups.iter()).map(|(v, m)| vec![v.name.clone(), signed(*m), v.health.score.to_string(), money(v.arr, d)]).collect();
    let mut s = Slide::content("Top movers: health since last quarter");
    layout::table(&mut s, TOP, &["Account", "Health change", "Health now", "ARR"], rows, &[0.46, 0.18, 0.18, 0.18]);
    s.notes = vec!["Falls first (ask the CSM what happened), then the rises (what worked).".into()];
    s
}

fn workload_slide(d: &Data) -> Slide {
    let w = &d.workload;
    let rows = w
        .csms
        .iter()
        .map(|c| vec![c.owner.clone(), c.accounts.to_string(), money(c.arr, d), c.overdue_tasks.to_string(), format!("{:.0}%", c.capacity_used * 100.0)])
        .collect();
    let mut s = Slide::content(format!("CSM workload: {} CSMs, {:.1} needed at the coverage ratios", w.csms_now, w.csms_needed));
    layout::table(&mut s, TOP, &["CSM", "Accounts", "ARR", "Overdue tasks", "Capacity used"], rows, &[0.32, 0.14, 0.18, 0.18, 0.18]);
    s.notes = vec!["Capacity over 100% means the book is larger than the coverage ratios allow.".into()];
    s
}

/// The portfolio summary for `quarter`.
pub async fn build(ws: &store::Workspace, quarter: Quarter, o: &Options<'_>, brand: &Brand) -> Result<Deck, Error> {
    let end = quarter.end();
    let now = metrics::analyze(ws, end, Scope::All, o.settings).await?;
    let before = metrics::analyze(ws, quarter.previous().end(), Scope::All, o.settings).await?;
    let book = Book::load(ws, end, Scope::All).await?;
    let (needs, model) = segments::segmentation::needs_labels(&now, &o.segments.needs)?;
    let value = segments::segmentation::value_labels(&now, &o.segments.value)?;
    let mut needs_order: Vec<String> = model.clusters.iter().map(|c| c.name.clone()).collect();
    needs_order.push(segments::needs::INACTIVE.to_string());
    let tasks = playbooks::tasks::list(ws, &playbooks::tasks::Filter::default(), end).await?;
    let workload = playbooks::workload(&now, &tasks, &value, &needs, o.capacity);
    let d = Data { quarter, now, before, book, needs, value, needs_order, value_order: o.segments.value.names(), workload };
    let mut slides = vec![
        Slide {
            kind: SlideKind::Title,
            title: format!("{}: portfolio review", brand.company),
            subtitle: Some(format!("{} · {} paying accounts · {}", quarter.label(), d.now.revenue.accounts_active, end.format("%-d %b %Y"))),
            blocks: vec![],
            notes: vec!["Two minutes: revenue, risk, renewals, where to act.".into()],
        },
        summary(&d),
        revenue(&d)?,
        health(&d),
        renewals(&d),
        segments_slide(&d),
        movers(&d),
        workload_slide(&d),
    ];
    let footer = format!("{} · portfolio · {}", brand.company, quarter.label());
    layout::frame_all(&mut slides, brand, &footer);
    Ok(Deck { title: format!("{} portfolio {}", brand.company, quarter.label()), author: brand.company.clone(), brand: brand.clone(), day: end, slides })
}
