//! Needs x value: how accounts of each needs segment spread over the value tiers, with two
//! numbers that say whether the two views differ. Cramér's V (0 = independent, 1 = one
//! determines the other) and the adjusted Rand index (Hubert & Arabie 1985: 1 = the same
//! partition, about 0 = no more alike than chance). Both are a few lines over the counts,
//! so they are written here rather than pulled from a statistics crate.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Crosstab {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// `counts[row][column]`.
    pub counts: Vec<Vec<u32>>,
    pub cramers_v: Option<f64>,
    pub adjusted_rand: Option<f64>,
}

/// Crosstab of two labelings of the same accounts. Rows and columns keep the given order;
/// labels not listed are appended in first-seen order.
pub fn crosstab(row_labels: &[String], col_labels: &[String], row_order: &[String], col_order: &[String]) -> Crosstab {
    fn order(given: &[String], seen: &[String]) -> Vec<String> {
        let mut out: Vec<String> = given.iter().filter(|g| seen.contains(g)).cloned().collect();
        for s in seen {
            if !out.contains(s) {
                out.push(s.clone());
            }
        }
        out
    }
    let rows = order(row_order, row_labels);
    let columns = order(col_order, col_labels);
    let mut counts = vec![vec![0u32; columns.len()]; rows.len()];
    for (r, c) in row_labels.iter().zip(col_labels) {
        let (i, j) = (rows.iter().position(|x| x == r), columns.iter().position(|x| x == c));
        if let (Some(i), Some(j)) = (i, j) {
            counts[i][j] += 1;
        }
    }
    Crosstab { cramers_v: cramers_v(&counts), adjusted_rand: adjusted_rand(&counts), rows, columns, counts }
}

/// sqrt(chi² / (n (min(r, c) - 1))); `None` when a dimension has a single category.
pub fn cramers_v(counts: &[Vec<u32>]) -> Option<f64> {
    let r = counts.len();
    let c = counts.first().map_or(0, Vec::len);
    let n: f64 = counts.iter().flatten().map(|&x| f64::from(x)).sum();
    let rows: Vec<f64> = counts.iter().map(|row| row.iter().map(|&x| f64::from(x)).sum()).collect();
    let cols: Vec<f64> = (0..c).map(|j| counts.iter().map(|row| f64::from(row[j])).sum()).collect();
    let r_eff = rows.iter().filter(|&&x| x > 0.0).count();
    let c_eff = cols.iter().filter(|&&x| x > 0.0).count();
    if n == 0.0 || r_eff < 2 || c_eff < 2 {
        return None;
    }
    let mut chi2 = 0.0;
    for i in 0..r {
        for j in 0..c {
            let expected = rows[i] * cols[j] / n;
            if expected > 0.0 {
                chi2 += (f64::from(counts[i][j]) - expected).powi(2) / expected;
            }
        }
    }
    Some((chi2 / (n * (r_eff.min(c_eff) - 1) as f64)).sqrt())
}

fn pairs(x: f64) -> f64 {
    x * (x - 1.0) / 2.0
}

/// Adjusted Rand index from the contingency table; `None` when it is undefined (both
/// partitions trivial).
pub fn adjusted_rand(counts: &[Vec<u32>]) -> Option<f64> {
    let c = counts.first().map_or(0, Vec::len);
    let n: f64 = counts.iter().flatten().map(|&x| f64::from(x)).sum();
    let index: f64 = counts.iter().flatten().map(|&x| pairs(f64::from(x))).sum();
    let a: f64 = counts.iter().map(|row| pairs(row.iter().map(|&x| f64::from(x)).sum())).sum();
    let b: f64 = (0..c).map(|j| pairs(counts.iter().map(|row| f64::from(row[j])).sum())).sum();
    let expected = a * b / pairs(n);
    let max = (a + b) / 2.0;
    (n >= 2.0 && max != expected).then(|| (index - expected) / (max - expected))
}
