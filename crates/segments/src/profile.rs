//! What a segment looks like: size, revenue, health, adoption and module mix, so a needs
//! segment reads as a description of customers, not a cluster number.

use i18n::{Arg, Lang, Text};
use metrics::AccountView;
use serde::Serialize;

use crate::needs::{ModuleShare, product_modules, usage_mix};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Count {
    pub name: String,
    pub accounts: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SegmentProfile {
    pub segment: String,
    pub accounts: usize,
    /// Accounts with ARR > 0.
    pub paying: usize,
    pub arr: f64,
    /// This segment's share of the ARR of all accounts profiled together.
    pub arr_share: f64,
    pub median_arr: f64,
    pub health_mean: Option<f64>,
    pub green: usize,
    pub yellow: usize,
    pub red: usize,
    /// Members without a score yet (no usage on record).
    pub no_data: usize,
    pub breadth_mean: Option<f64>,
    pub depth_mean: Option<f64>,
    pub stickiness_mean: Option<f64>,
    pub alerts: usize,
    /// Mean module mix of the members with product activity.
    pub module_mix: Vec<ModuleShare>,
    pub top_industries: Vec<Count>,
    pub summary: String,
}

fn mean(xs: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    (n > 0).then(|| sum / n as f64)
}

impl SegmentProfile {
    /// The one-line description of the segment's customers, in any language (`summary` is its
    /// English form, kept in the JSON).
    pub fn summary_text(&self) -> Text {
        let mut lead: Vec<&ModuleShare> = self.module_mix.iter().filter(|m| m.share >= 0.1).collect();
        lead.sort_by(|a, b| b.share.total_cmp(&a.share));
        let mut text = Text::new("segment-summary")
            .arg("count", Arg::Int(self.accounts as i64))
            .arg("arr", Arg::Number { value: self.arr, decimals: 0 })
            .arg("share", Arg::Percent(self.arr_share));
        if let Some(h) = self.health_mean {
            text = Text::new("segment-summary-health").arg("base", Arg::Text(Box::new(text))).arg("health", Arg::Number { value: h, decimals: 0 });
        }
        if !lead.is_empty() {
            let mix = lead
                .iter()
                .take(3)
                .map(|m| Text::new("segment-desc-module-share").arg("module", Arg::Str(m.name.clone())).arg("share", Arg::Percent(m.share)))
                .collect();
            text = Text::new("segment-summary-mix").arg("base", Arg::Text(Box::new(text))).arg("mix", Arg::Texts(mix));
        }
        text
    }
}

/// Profiles of the given segments; `members[i]` lists indexes into `views`.
pub fn profiles(views: &[AccountView], segments: &[(String, Vec<usize>)]) -> Vec<SegmentProfile> {
    let modules = product_modules(views);
    let total_arr: f64 = views.iter().map(|v| v.arr).sum();
    segments.iter().map(|(name, members)| profile(views, name, members, &modules, total_arr)).collect()
}

fn profile(views: &[AccountView], name: &str, members: &[usize], modules: &[(String, String)], total_arr: f64) -> SegmentProfile {
    let vs: Vec<&AccountView> = members.iter().map(|&i| &views[i]).collect();
    let arr: f64 = vs.iter().map(|v| v.arr).sum();
    let mut arrs: Vec<f64> = vs.iter().map(|v| v.arr).collect();
    arrs.sort_by(f64::total_cmp);
    let median_arr = match arrs.len() {
        0 => 0.0,
        n if n % 2 == 1 => arrs[n / 2],
        n => (arrs[n / 2 - 1] + arrs[n / 2]) / 2.0,
    };
    let band = |b: &str| vs.iter().filter(|v| v.health.band.as_str() == b).count();
    let mixes: Vec<Vec<f64>> = vs.iter().filter_map(|v| usage_mix(v, modules)).collect();
    let module_mix: Vec<ModuleShare> = modules
        .iter()
        .enumerate()
        .map(|(j, (key, mname))| ModuleShare {
            module: key.clone(),
            name: mname.clone(),
            share: mean(mixes.iter().map(|m| m[j])).unwrap_or(0.0),
        })
        .collect();
    let mut industries: Vec<Count> = Vec::new();
    for v in &vs {
        let ind = v.industry.clone().unwrap_or_else(|| "Unknown".into());
        match industries.iter_mut().find(|c| c.name == ind) {
            Some(c) => c.accounts += 1,
            None => industries.push(Count { name: ind, accounts: 1 }),
        }
    }
    industries.sort_by(|a, b| b.accounts.cmp(&a.accounts).then_with(|| a.name.cmp(&b.name)));
    industries.truncate(3);
    let health_mean = mean(vs.iter().filter_map(|v| v.health.score.map(f64::from)));
    let arr_share = if total_arr > 0.0 { arr / total_arr } else { 0.0 };
    let mut p = SegmentProfile {
        segment: name.to_string(),
        accounts: vs.len(),
        paying: vs.iter().filter(|v| v.arr > 0.0).count(),
        arr,
        arr_share,
        median_arr,
        health_mean,
        green: band("green"),
        yellow: band("yellow"),
        red: band("red"),
        no_data: band("no_data"),
        breadth_mean: mean(vs.iter().filter_map(|v| v.usage.breadth)),
        depth_mean: mean(vs.iter().filter_map(|v| v.usage.depth)),
        stickiness_mean: mean(vs.iter().filter_map(|v| v.usage.stickiness)),
        alerts: vs.iter().map(|v| v.alerts.len()).sum(),
        module_mix,
        top_industries: industries,
        summary: String::new(),
    };
    p.summary = p.summary_text().render(Lang::En);
    p
}
