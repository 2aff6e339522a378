//! `waypoint segments`: needs, value or rule segments with profiles, the needs x value
//! crosstab, saving, and the list of fields a rule can use.

use std::path::Path;

use metrics::Scope;
use i18n::{Formats, Lang, tr};
use segments::{By, Segmentation};

use crate::analytics::{as_of, config};
use crate::args::AsOf;
use crate::commands::print_json;
use crate::out::{Align, Table, day};
use crate::{CliError, open};

pub struct Options {
    pub at: AsOf,
    pub by: String,
    /// `Some("")` saves needs/value; a rule needs a name.
    pub save: Option<String>,
    pub list: bool,
    /// Fit the needs segments afresh and keep the fit.
    pub refit: bool,
    pub fields: bool,
    pub json: bool,
}

pub async fn run(lang: Lang, path: &Path, o: Options) -> Result<(), CliError> {
    if o.fields {
        return fields(lang, o.json);
    }
    let by = By::parse(&o.by)?;
    let (seg, saved) = open::with_workspace(path, async |ws| inner(lang, ws, &o, &by, &config(ws, o.at.settings.as_ref()).await?).await).await?;
    if o.list {
        return Ok(());
    }
    if o.json {
        print_json(&seg);
        return Ok(());
    }
    print(lang, &seg, o.refit);
    if let Some(keys) = saved {
        println!("\n{}", tr!(lang, "cli-segments-saved", keys = Formats::of(lang).list(&keys)));
    }
    Ok(())
}

async fn inner(
    lang: Lang,
    ws: &store::Workspace,
    o: &Options,
    by: &By,
    cfg: &crate::analytics::Config,
) -> Result<(Segmentation, Option<Vec<String>>), CliError> {
    if o.list {
        let saved = segments::persist::saved(ws).await?;
        if o.json {
            print_json(&saved);
        } else {
            let mut t = Table::new("", &[Align::Left, Align::Left, Align::Right, Align::Left]);
            for s in saved {
                let computed = s.computed_at.map(|c| tr!(lang, "cli-segments-computed", day = day(lang, c.get(..10).unwrap_or(&c)))).unwrap_or_default();
                t.row([s.kind, s.key, tr!(lang, "cli-count-accounts", count = s.accounts), computed]);
            }
            t.print();
        }
        return Ok((Segmentation::default(), None));
    }
    let day = as_of(ws, &o.at).await?;
    let analysis = metrics::analyze(ws, day, Scope::All, &cfg.metrics).await?;
    // A refit is kept whatever the grouping asked for, as the app's button does.
    let refitted = match o.refit {
        true => {
            let fit = segments::NeedsFit::fit(&analysis, &cfg.segments.needs)?;
            if let Some(record) = segments::saved_fit::FitRecord::of(&cfg.segments.needs, &fit.model, &analysis.accounts, day) {
                record.write(ws).await?;
            }
            Some(fit)
        }
        false => None,
    };
    let needs = match (by, refitted) {
        (By::Rule(_), _) => None,
        (_, Some(fit)) => Some(fit),
        (_, None) => Some(segments::saved_fit::needs_of(ws, &analysis, &cfg.segments.needs).await?),
    };
    let seg = segments::segment(&analysis, by, &cfg.segments, needs)?;
    let saved = match &o.save {
        Some(name) => Some(segments::persist::save(ws, &seg, Some(name.as_str())).await?),
        None => None,
    };
    Ok((seg, saved))
}

fn fields(lang: Lang, json: bool) -> Result<(), CliError> {
    let list: Vec<serde_json::Value> = segments::facts::FIELDS
        .iter()
        .map(|(name, kind, about)| serde_json::json!({ "field": name, "kind": kind, "about": about }))
        .collect();
    if json {
        print_json(&list);
    } else {
        // The field descriptions are the segments crate's reference text (also in the JSON).
        let mut t = Table::new("  ", &[Align::Left, Align::Left, Align::Left]);
        for (name, kind, about) in segments::facts::FIELDS {
            t.row([name.to_string(), crate::out::term(lang, "cli-field-kind", &format!("{kind:?}").to_lowercase()), about.to_string()]);
        }
        t.row(["share.<module>".into(), crate::out::term(lang, "cli-field-kind", "number"), i18n::text(lang, "cli-field-share")]);
        t.row(["attributes.<column>".into(), crate::out::term(lang, "cli-field-kind", "either"), i18n::text(lang, "cli-field-attributes")]);
        t.print();
    }
    Ok(())
}

fn opt(lang: Lang, x: Option<f64>) -> String {
    x.map_or("-".into(), |v| Formats::of(lang).int(v.round() as i64))
}

fn share(lang: Lang, x: Option<f64>) -> String {
    x.map_or("-".into(), |v| Formats::of(lang).percent(v, 0))
}

/// Whether the needs segments are a kept fit or this book's, and how far the book has moved.
fn fit_line(lang: Lang, seg: &Segmentation, refit: bool) -> Option<String> {
    let fit = seg.needs_fit.as_ref()?;
    Some(match fit.kept {
        // A book without activity has no segments to keep.
        _ if refit && seg.needs.as_ref().is_some_and(|m| !m.clusters.is_empty()) => i18n::text(lang, "cli-segments-refitted"),
        true => tr!(lang, "cli-segments-kept", day = day(lang, &fit.fitted_on), moved = fit.moved as i64),
        false => i18n::text(lang, "cli-segments-fitted"),
    })
}

fn print(lang: Lang, seg: &Segmentation, refit: bool) {
    let f = Formats::of(lang);
    let title = match seg.rule.as_deref() {
        Some(r) => tr!(lang, "cli-segments-title-rule", rule = r, day = day(lang, &seg.as_of)),
        None => tr!(lang, "cli-segments-title", by = crate::out::term(lang, "cli-segments-by", &seg.by), day = day(lang, &seg.as_of)),
    };
    println!("{title}");
    if let Some(m) = &seg.needs {
        let s: Vec<String> = m.silhouettes.iter().map(|s| format!("k={} {}", s.k, f.fixed(s.silhouette, 3))).collect();
        println!("  {}", tr!(lang, "cli-segments-k", k = m.k as i64, silhouettes = s.join(", "), seed = m.seed.to_string()));
    }
    if let Some(line) = fit_line(lang, seg, refit) {
        println!("  {line}");
    }
    let right = Align::Right;
    let mut t = Table::new("  ", &[Align::Left, right, right, right, right, right, right]);
    t.row(["segment", "accounts", "arr", "health", "breadth", "depth", "red"].map(|h| i18n::text(lang, &format!("cli-col-{h}"))));
    let mut summaries = vec![];
    for p in &seg.segments {
        t.row([
            if seg.rule.is_some() { p.segment.clone() } else { segments::label(&p.segment).render(lang) },
            f.int(p.accounts as i64),
            f.int(p.arr.round() as i64),
            opt(lang, p.health_mean),
            share(lang, p.breadth_mean),
            share(lang, p.depth_mean),
            f.int(p.red as i64),
        ]);
        summaries.push(p.summary_text().render(lang));
    }
    println!();
    let lines = t.lines();
    println!("{}", lines[0]);
    // Each segment's one-line summary (the segments crate's description) under its row.
    for (line, summary) in lines[1..].iter().zip(summaries) {
        println!("{line}\n    {summary}");
    }
    if let Some(x) = &seg.crosstab {
        let mut align = vec![Align::Left];
        align.resize(x.columns.len() + 1, Align::Right);
        let mut t = Table::new("  ", &align);
        let label = |name: &String| segments::label(name).render(lang);
        t.row(std::iter::once(i18n::text(lang, "cli-segments-crosstab")).chain(x.columns.iter().map(label)));
        for (r, row) in x.rows.iter().zip(&x.counts) {
            t.row(std::iter::once(label(r)).chain(row.iter().map(|n| f.int(*n as i64))));
        }
        println!();
        t.print();
        let two = |v: Option<f64>| v.map_or("-".into(), |v| f.fixed(v, 2));
        println!("  {}", tr!(lang, "cli-segments-agreement", cramers_v = two(x.cramers_v), rand = two(x.adjusted_rand)));
    }
}
