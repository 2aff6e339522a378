//! Needs segments: accounts clustered by how they use the product (each product module's
//! share of the account's activity over the last 13 weeks, plus depth), not by what they
//! pay. k-means (linfa, k-means++ start, several seeded runs) for each k in a range; the k
//! with the best mean silhouette wins, so the number of segments comes from the data.
//!
//! The silhouette is written here because linfa does not provide one; it is the textbook
//! definition (Rousseeuw 1987) over a deterministic subsample, so it stays O(n²) on at most
//! `silhouette_sample` accounts. A book with more active accounts than that picks k on the
//! sample (the fits for each k and their silhouettes), then refines the chosen fit on every
//! account (Lloyd's iterations from the sample's centroids): one pass over the book instead of
//! seventy seeded fits keeps a 20,000-account book's segments near linear in cost, and a sample
//! of thousands settles the number of segments as well as the whole book does.

use linfa::prelude::*;
use linfa_clustering::{KMeans, KMeansInit};
use metrics::AccountView;
use ndarray::Array2;
use rayon::prelude::*;
use rand_xoshiro::Xoshiro256Plus;
use rand_xoshiro::rand_core::SeedableRng;
use serde::{Deserialize, Serialize};

use crate::Error;

/// Accounts without product events in the last 13 weeks have no usage mix to cluster.
pub const INACTIVE: &str = "No recent activity";
/// The name of a cluster that uses every module about evenly.
pub const FULL_PLATFORM: &str = "Full platform";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct NeedsConfig {
    pub k_min: usize,
    pub k_max: usize,
    /// Same seed, same data, same segments.
    pub seed: u64,
    /// Depth (0-1) is scaled by this before it joins the module shares (which sum to 1):
    /// at 0.5, "everyone in this account reaches value" moves an account as far as half its
    /// activity moving from one module to another.
    pub depth_weight: f64,
    /// A module names its cluster when its share of the cluster's activity reaches this.
    pub dominant_share: f64,
    /// k-means restarts per k; the run with the lowest inertia is kept.
    pub runs: usize,
    /// At most this many active accounts (spread evenly) are compared pairwise to score each
    /// k; a larger book chooses k on them and fits it on every account.
    pub silhouette_sample: usize,
}

impl Default for NeedsConfig {
    fn default() -> Self {
        NeedsConfig { k_min: 2, k_max: 8, seed: 42, depth_weight: 0.5, dominant_share: 0.15, runs: 10, silhouette_sample: 3000 }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct KScore {
    pub k: usize,
    pub silhouette: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ModuleShare {
    pub module: String,
    pub name: String,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Cluster {
    pub name: String,
    pub accounts: usize,
    /// The centroid's module mix (shares sum to 1).
    pub mix: Vec<ModuleShare>,
    pub depth: f64,
}

/// The chosen clustering and how it was chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct NeedsModel {
    pub k: usize,
    pub seed: u64,
    pub silhouettes: Vec<KScore>,
    pub features: Vec<String>,
    /// Largest first.
    pub clusters: Vec<Cluster>,
    /// One segment name per input account, in input order.
    #[serde(skip)]
    pub labels: Vec<String>,
}

/// The product modules (key, name) in catalog order.
pub fn product_modules(views: &[AccountView]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for m in views.iter().flat_map(|v| &v.usage.modules) {
        if &*m.module != "unassigned" && !out.iter().any(|(k, _)| **k == *m.module) {
            out.push((m.module.to_string(), m.name.to_string()));
        }
    }
    out
}

/// The account's share of product activity per module (summing to 1), or `None` without
/// product activity in the last 13 weeks.
pub fn usage_mix(view: &AccountView, modules: &[(String, String)]) -> Option<Vec<f64>> {
    let raw: Vec<f64> = modules
        .iter()
        .map(|(k, _)| view.usage.modules.iter().find(|m| *m.module == **k).map_or(0.0, |m| m.share_quarter))
        .collect();
    let total: f64 = raw.iter().sum();
    (total > 0.0).then(|| raw.iter().map(|s| s / total).collect())
}

fn dist2(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum()
}

/// Pairwise Euclidean distances of a sample, computed once and shared by the silhouettes of
/// every k tried (the O(n²) part of choosing k).
pub struct Distances {
    n: usize,
    /// Row-major upper triangle without the diagonal.
    upper: Vec<f64>,
}

impl Distances {
    pub fn new(x: &[Vec<f64>]) -> Distances {
        let n = x.len();
        let mut upper = Vec::with_capacity(n * n.saturating_sub(1) / 2);
        for i in 0..n {
            for j in i + 1..n {
                upper.push(dist2(&x[i], &x[j]).sqrt());
            }
        }
        Distances { n, upper }
    }
}

/// Mean silhouette of `labels` over the rows of `x` (Euclidean). Points alone in their
/// cluster score 0; one cluster scores 0.
pub fn silhouette(x: &[Vec<f64>], labels: &[usize]) -> f64 {
    silhouette_of(&Distances::new(x), labels)
}

/// The silhouette over precomputed distances. One pass over the stored pairs, in their order,
/// adds each distance to both points' sum for the other's cluster: the quadratic part reads
/// memory front to back, which at 3,000 sampled accounts is several times faster than looking
/// each pair up per point.
pub fn silhouette_of(d: &Distances, labels: &[usize]) -> f64 {
    let k = labels.iter().max().map_or(0, |m| m + 1);
    if d.n < 2 || k < 2 {
        return 0.0;
    }
    let mut sizes = vec![0usize; k];
    for &l in labels {
        sizes[l] += 1;
    }
    // sums[i * k + c]: point i's summed distance to the points of cluster c (itself excluded).
    let mut sums = vec![0.0; d.n * k];
    let mut pairs = d.upper.iter();
    for i in 0..d.n {
        let li = labels[i];
        for (j, &dist) in (i + 1..d.n).zip(pairs.by_ref()) {
            sums[i * k + labels[j]] += dist;
            sums[j * k + li] += dist;
        }
    }
    let mut total = 0.0;
    for (i, &own) in labels.iter().enumerate() {
        if sizes[own] < 2 {
            continue;
        }
        let row = &sums[i * k..(i + 1) * k];
        let a = row[own] / (sizes[own] - 1) as f64;
        let b = (0..k).filter(|&c| c != own && sizes[c] > 0).map(|c| row[c] / sizes[c] as f64).fold(f64::INFINITY, f64::min);
        let m = a.max(b);
        if m > 0.0 && b.is_finite() {
            total += (b - a) / m;
        }
    }
    total / d.n as f64
}

/// How many different rows there are (exact comparison: a mix either repeats or it does not).
fn distinct(rows: &[Vec<f64>]) -> usize {
    let mut d: Vec<&Vec<f64>> = rows.iter().collect();
    d.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    d.dedup();
    d.len()
}

fn sample_indices(n: usize, cap: usize) -> Vec<usize> {
    if n <= cap { (0..n).collect() } else { (0..cap).map(|i| i * n / cap).collect() }
}

/// k-means with `k` clusters: `cfg.runs` seeded k-means++ starts, or one run of Lloyd's
/// iterations from `start` (centroids fitted on a sample of the same rows).
fn fit_k(data: &Array2<f64>, k: usize, cfg: &NeedsConfig, start: Option<Array2<f64>>) -> Result<(Vec<usize>, Array2<f64>), Error> {
    let rng = Xoshiro256Plus::seed_from_u64(cfg.seed.wrapping_add(k as u64));
    let dataset = DatasetBase::from(data.clone());
    let params = KMeans::params_with_rng(k, rng);
    let params = match start {
        Some(centroids) => params.init_method(KMeansInit::Precomputed(centroids)).n_runs(1),
        None => params.n_runs(cfg.runs.max(1)),
    };
    let model = params
        .max_n_iterations(300)
        .tolerance(1e-6)
        .fit(&dataset)
        .map_err(|e| Error::Clustering(e.to_string()))?;
    let labels = model.predict(data).to_vec();
    Ok((labels, model.centroids().clone()))
}

/// Clusters the accounts; see the module doc for how.
pub fn cluster(views: &[AccountView], cfg: &NeedsConfig) -> Result<NeedsModel, Error> {
    if cfg.k_min < 2 || cfg.k_max < cfg.k_min {
        return Err(Error::Settings(
            i18n::Text::new("segments-k-range").arg("min", i18n::Arg::Int(cfg.k_min as i64)).arg("max", i18n::Arg::Int(cfg.k_max as i64)),
        ));
    }
    let modules = product_modules(views);
    let m = modules.len();
    let features = feature_names(&modules);
    let mut rows: Vec<Vec<f64>> = Vec::new();
    let mut active: Vec<usize> = Vec::new();
    for (i, v) in views.iter().enumerate() {
        if let Some(mut mix) = usage_mix(v, &modules) {
            mix.push(v.usage.depth.unwrap_or(0.0) * cfg.depth_weight);
            rows.push(mix);
            active.push(i);
        }
    }
    let mut labels = vec![INACTIVE.to_string(); views.len()];
    let k_hi = cfg.k_max.min(distinct(&rows).saturating_sub(1));
    if k_hi < cfg.k_min {
        // Too few distinct usage patterns to split: one segment for everyone active.
        let mix = mean_rows(&rows, m + 1);
        let cluster = named(vec![(mix, active.len())], &modules, cfg).remove(0);
        for &i in &active {
            labels[i] = cluster.name.clone();
        }
        let clusters = if active.is_empty() { vec![] } else { vec![cluster] };
        return Ok(NeedsModel { k: clusters.len(), seed: cfg.seed, silhouettes: vec![], features, clusters, labels });
    }
    let data = Array2::from_shape_vec((rows.len(), m + 1), rows.concat()).map_err(|e| Error::Clustering(e.to_string()))?;
    let sample = sample_indices(rows.len(), cfg.silhouette_sample.max(2));
    let sample_rows: Vec<Vec<f64>> = sample.iter().map(|&i| rows[i].clone()).collect();
    let distances = Distances::new(&sample_rows);
    // Fewer active accounts than the sample: k is tried on them all, and the best fit is kept.
    // (So too when the sample has too few distinct mixes for the k range: never the case in
    // a real book that large, but the fit must not fail on one.)
    let sampled = sample.len() < rows.len() && distinct(&sample_rows) > k_hi;
    let sample_data = if sampled {
        Some(Array2::from_shape_vec((sample.len(), m + 1), sample_rows.concat()).map_err(|e| Error::Clustering(e.to_string()))?)
    } else {
        None
    };
    // Each k's fit and score on its own core (seeded by k: the same result in any order).
    let fits = (cfg.k_min..=k_hi)
        .into_par_iter()
        .map(|k| {
            let (lab, centroids) = fit_k(sample_data.as_ref().unwrap_or(&data), k, cfg, None)?;
            // Fitted on the sample, the labels are the sample's; on every row, the sample's
            // are picked out of them.
            let s = if sampled {
                silhouette_of(&distances, &lab)
            } else {
                silhouette_of(&distances, &sample.iter().map(|&i| lab[i]).collect::<Vec<_>>())
            };
            Ok((s, k, lab, centroids))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let mut best: Option<(f64, usize, Vec<usize>, Array2<f64>)> = None;
    let mut silhouettes = Vec::new();
    for (s, k, lab, centroids) in fits {
        silhouettes.push(KScore { k, silhouette: s });
        if best.as_ref().is_none_or(|b| s > b.0 + 1e-12) {
            best = Some((s, k, lab, centroids));
        }
    }
    if sampled && let Some((s, k, _, centroids)) = best {
        let (lab, centroids) = fit_k(&data, k, cfg, Some(centroids))?;
        best = Some((s, k, lab, centroids));
    }
    let Some((_, k, lab, centroids)) = best else { unreachable!("k range is not empty") };
    let mut sizes = vec![0usize; k];
    for &l in &lab {
        sizes[l] += 1;
    }
    let mut order: Vec<usize> = (0..k).filter(|&c| sizes[c] > 0).collect();
    order.sort_by_key(|&c| (std::cmp::Reverse(sizes[c]), c));
    let clusters = named(order.iter().map(|&c| (centroids.row(c).to_vec(), sizes[c])).collect(), &modules, cfg);
    for (row, &i) in active.iter().enumerate() {
        let rank = order.iter().position(|&c| c == lab[row]).unwrap_or(0);
        labels[i] = clusters[rank].name.clone();
    }
    Ok(NeedsModel { k: clusters.len(), seed: cfg.seed, silhouettes, features, clusters, labels })
}

impl NeedsModel {
    /// The cluster nearest to this account's usage mix and depth, for an account that was not
    /// in the clustering (e.g. one seen on another day). `None` without product activity.
    pub fn assign(&self, view: &AccountView, cfg: &NeedsConfig) -> Option<&str> {
        self.nearest(cfg)(view).map(|c| self.clusters[c].name.as_str())
    }

    /// The segment name of a cluster index from [`NeedsModel::nearest`]; none is [`INACTIVE`].
    pub fn name_of(&self, cluster: Option<usize>) -> &str {
        cluster.and_then(|c| self.clusters.get(c)).map_or(INACTIVE, |c| c.name.as_str())
    }

    /// [`NeedsModel::assign`] for many accounts: the index in `clusters` of each one's
    /// nearest, with the centroids laid out once.
    pub fn nearest(&self, cfg: &NeedsConfig) -> impl Fn(&AccountView) -> Option<usize> + '_ {
        let modules: Vec<(String, String)> =
            self.clusters.first().map(|c| c.mix.iter().map(|m| (m.module.clone(), m.name.clone())).collect()).unwrap_or_default();
        let centroids: Vec<Vec<f64>> = self
            .clusters
            .iter()
            .map(|c| c.mix.iter().map(|m| m.share).chain(std::iter::once(c.depth * cfg.depth_weight)).collect())
            .collect();
        let weight = cfg.depth_weight;
        move |view| {
            let mut row = usage_mix(view, &modules)?;
            row.push(view.usage.depth.unwrap_or(0.0) * weight);
            (0..centroids.len()).min_by(|&a, &b| dist2(&row, &centroids[a]).total_cmp(&dist2(&row, &centroids[b])))
        }
    }
}

/// The names of the features the accounts would be clustered on: each product module's share,
/// then depth. A fit on other features (a module added or gone) does not fit this book.
pub fn features(views: &[AccountView]) -> Vec<String> {
    feature_names(&product_modules(views))
}

fn feature_names(modules: &[(String, String)]) -> Vec<String> {
    modules.iter().map(|(k, _)| format!("share.{k}")).chain(std::iter::once("depth".to_string())).collect()
}

fn mean_rows(rows: &[Vec<f64>], width: usize) -> Vec<f64> {
    let mut mean = vec![0.0; width];
    for r in rows {
        mean.iter_mut().zip(r).for_each(|(a, b)| *a += b / rows.len() as f64);
    }
    mean
}

/// The readable name of a centroid's module mix.
pub fn name_mix(mix: &[ModuleShare], dominant_share: f64) -> String {
    let n = mix.len();
    if n >= 3 && mix.iter().all(|s| s.share >= 0.5 / n as f64) {
        return FULL_PLATFORM.into();
    }
    let mut ranked: Vec<&ModuleShare> = mix.iter().collect();
    ranked.sort_by(|a, b| b.share.total_cmp(&a.share));
    let mut lead: Vec<&ModuleShare> = ranked.iter().copied().filter(|s| s.share >= dominant_share).take(3).collect();
    if lead.is_empty() {
        lead = ranked.into_iter().take(2).collect();
    }
    crate::label::mix_name(&lead.iter().map(|s| s.name.as_str()).collect::<Vec<_>>())
}

fn named(centroids: Vec<(Vec<f64>, usize)>, modules: &[(String, String)], cfg: &NeedsConfig) -> Vec<Cluster> {
    let m = modules.len();
    let mut clusters: Vec<Cluster> = centroids
        .into_iter()
        .map(|(c, size)| {
            let total: f64 = c[..m].iter().map(|x| x.max(0.0)).sum();
            let mix: Vec<ModuleShare> = modules
                .iter()
                .zip(&c[..m])
                .map(|((key, name), s)| ModuleShare { module: key.clone(), name: name.clone(), share: if total > 0.0 { s.max(0.0) / total } else { 0.0 } })
                .collect();
            let depth = if cfg.depth_weight > 0.0 { c[m] / cfg.depth_weight } else { 0.0 };
            Cluster { name: name_mix(&mix, cfg.dominant_share), accounts: size, mix, depth }
        })
        .collect();
    // Two clusters with the same lead modules differ by depth: say so.
    let names: Vec<String> = clusters.iter().map(|c| c.name.clone()).collect();
    for name in &names {
        let mut same: Vec<usize> = (0..clusters.len()).filter(|&i| clusters[i].name == *name).collect();
        if same.len() < 2 {
            continue;
        }
        same.sort_by(|&a, &b| clusters[b].depth.total_cmp(&clusters[a].depth));
        let last = same.len() - 1;
        for (rank, &i) in same.iter().enumerate() {
            let tag = crate::label::depth_suffix(rank, last, clusters[i].depth);
            clusters[i].name.push_str(&tag);
        }
    }
    clusters
}

#[cfg(test)]
#[path = "needs_tests.rs"]
mod tests;
