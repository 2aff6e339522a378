//! `waypoint segments`: needs, value or rule segments with profiles, the needs x value
//! crosstab, saving, and the list of fields a rule can use.

use std::path::Path;

use metrics::Scope;
use segments::{By, Segmentation};

use crate::analytics::{as_of, config};
use crate::args::AsOf;
use crate::commands::print_json;
use crate::{CliError, open};

pub struct Options {
    pub at: AsOf,
    pub by: String,
    /// `Some("")` saves needs/value; a rule needs a name.
    pub save: Option<String>,
    pub list: bool,
    pub fields: bool,
    pub json: bool,
}

pub async fn run(path: &Path, o: Options) -> Result<(), CliError> {
    if o.fields {
        return fields(o.json);
    }
    let cfg = config(o.at.settings.as_ref())?;
    let by = By::parse(&o.by)?;
    let (seg, saved) = open::with_workspace(path, async |ws| inner(ws, &o, &by, &cfg).await).await?;
    if o.list {
        return Ok(());
    }
    if o.json {
        print_json(&seg);
        return Ok(());
    }
    print(&seg);
    if let Some(keys) = saved {
        println!("\nsaved: {}", keys.join(", "));
    }
    Ok(())
}

async fn inner(
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
            for s in saved {
                println!("{:<6} {:<44} {:>6} accounts  computed {}", s.kind, s.key, s.accounts, s.computed_at.unwrap_or_default());
            }
        }
        return Ok((empty(), None));
    }
    let day = as_of(ws, &o.at).await?;
    let analysis = metrics::analyze(ws, day, Scope::All, &cfg.metrics).await?;
    let seg = segments::segment(&analysis, by, &cfg.segments)?;
    let saved = match &o.save {
        Some(name) => Some(segments::persist::save(ws, &seg, Some(name.as_str())).await?),
        None => None,
    };
    Ok((seg, saved))
}

fn empty() -> Segmentation {
    Segmentation { by: String::new(), as_of: String::new(), rule: None, segments: vec![], memberships: vec![], needs: None, tiers: None, crosstab: None }
}

fn fields(json: bool) -> Result<(), CliError> {
    let list: Vec<serde_json::Value> = segments::facts::FIELDS
        .iter()
        .map(|(name, kind, about)| serde_json::json!({ "field": name, "kind": kind, "about": about }))
        .collect();
    if json {
        print_json(&list);
    } else {
        for (name, kind, about) in segments::facts::FIELDS {
            println!("  {name:<20} {:<7} {about}", format!("{kind:?}").to_lowercase());
        }
        println!("  share.<module>       number  share of the last 13 weeks' events in that module (0-1)");
        println!("  attributes.<column>  either  custom columns of the accounts import");
    }
    Ok(())
}

fn opt(x: Option<f64>, scale: f64) -> String {
    x.map_or("-".into(), |v| format!("{:.0}", v * scale))
}

fn print(seg: &Segmentation) {
    let title = seg.rule.as_deref().map_or(seg.by.clone(), |r| format!("rule `{r}`"));
    println!("Segments by {title}, as of {}", seg.as_of);
    if let Some(m) = &seg.needs {
        let s: Vec<String> = m.silhouettes.iter().map(|s| format!("k={} {:.3}", s.k, s.silhouette)).collect();
        println!("  k = {} by silhouette ({}), seed {}", m.k, s.join(", "), m.seed);
    }
    println!("\n  {:<40} {:>8} {:>12} {:>6} {:>7} {:>6} {:>4}", "segment", "accounts", "ARR", "health", "breadth", "depth", "red");
    for p in &seg.segments {
        println!(
            "  {:<40} {:>8} {:>12.0} {:>6} {:>6}% {:>5}% {:>4}",
            p.segment,
            p.accounts,
            p.arr,
            opt(p.health_mean, 1.0),
            opt(p.breadth_mean, 100.0),
            opt(p.depth_mean, 100.0),
            p.red
        );
        println!("    {}", p.summary);
    }
    if let Some(x) = &seg.crosstab {
        println!("\n  needs x value{}", x.columns.iter().map(|c| format!(" {c:>11}")).collect::<String>());
        for (r, row) in x.rows.iter().zip(&x.counts) {
            println!("  {r:<40}{}", row.iter().map(|n| format!(" {n:>11}")).collect::<String>());
        }
        println!(
            "  Cramér's V {}  adjusted Rand {}  (0 = the two views are unrelated, 1 = the same grouping)",
            x.cramers_v.map_or("-".into(), |v| format!("{v:.2}")),
            x.adjusted_rand.map_or("-".into(), |v| format!("{v:.2}"))
        );
    }
}
