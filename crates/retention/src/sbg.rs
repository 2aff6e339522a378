//! The shifted-beta-geometric (sBG) model of contractual retention (Fader & Hardie, "How to
//! project customer retention", Journal of Interactive Marketing 21(1), 2007).
//!
//! Each customer renews every period with their own probability 1 - θ until they churn, and θ
//! varies across customers as Beta(α, β). Churn is therefore geometric per customer but the
//! cohort's retention rate rises over time: the customers most likely to leave leave first.
//! That is why a straight-line or constant-rate projection of a survival curve understates
//! long-run retention, and why the model is fitted rather than the rates averaged.
//!
//! With T the period in which a customer churns (T = 1: never renews):
//! - P(T = 1) = α / (α + β), P(T = t) = (β + t − 2) / (α + β + t − 1) · P(T = t − 1)
//! - S(t) = P(T > t) = S(t − 1) − P(T = t), S(0) = 1
//! - retention rate r(t) = S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1)
//!
//! α and β are fitted by maximum likelihood. A customer seen to churn in period t contributes
//! ln P(T = t); one still active after t completed periods contributes ln S(t) (right
//! censoring). A single cohort's survivor counts n₀ ≥ n₁ ≥ … ≥ n_T are the special case of
//! n_{t−1} − n_t churned in period t and n_T censored at T. The optimiser is argmin's
//! Nelder–Mead on (ln α, ln β), so both stay positive without constraints.

use i18n::{Arg, Text};
use argmin::core::{CostFunction, Executor};
use argmin::solver::neldermead::NelderMead;
use serde::Serialize;

use crate::Error;

/// One customer's renewal history in whole contract periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// Churned in this period (1 = left at the end of the first period, never renewed).
    Churned(u32),
    /// Still a customer after this many completed periods.
    Active(u32),
}

/// A fitted sBG model.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ts_rs::TS)]
pub struct Sbg {
    pub alpha: f64,
    pub beta: f64,
}

/// What the fit saw and how well the model explains it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SbgFit {
    pub alpha: f64,
    pub beta: f64,
    pub log_likelihood: f64,
    /// Customers in the fit.
    pub customers: usize,
    /// Churns observed.
    pub churned: usize,
    /// Longest observed period.
    pub periods: u32,
}

impl SbgFit {
    pub fn model(&self) -> Sbg {
        Sbg { alpha: self.alpha, beta: self.beta }
    }

    /// The fit sits at the geometric limit: churn looks the same in every period, so the
    /// projection is a constant rate. α above 1,000 means θ's spread is under ~1.5% of its mean.
    pub fn is_constant_churn(&self) -> bool {
        self.alpha > 1_000.0
    }
}

impl Sbg {
    /// P(T = t) for t = 1..=n.
    pub fn churn_probabilities(&self, n: u32) -> Vec<f64> {
        let (a, b) = (self.alpha, self.beta);
        let mut out = Vec::with_capacity(n as usize);
        let mut p = a / (a + b);
        for t in 1..=n {
            if t > 1 {
                let t = t as f64;
                p *= (b + t - 2.0) / (a + b + t - 1.0);
            }
            out.push(p);
        }
        out
    }

    /// S(t) for t = 0..=n (S(0) = 1).
    pub fn survival(&self, n: u32) -> Vec<f64> {
        let mut s = vec![1.0];
        for p in self.churn_probabilities(n) {
            let last = *s.last().expect("starts with S(0)");
            s.push((last - p).max(0.0));
        }
        s
    }

    /// r(t) = S(t) / S(t − 1) for t = 1..=n: the share of period t − 1's survivors who renew.
    pub fn retention_rates(&self, n: u32) -> Vec<f64> {
        (1..=n)
            .map(|t| {
                let t = t as f64;
                (self.beta + t - 1.0) / (self.alpha + self.beta + t - 1.0)
            })
            .collect()
    }

    /// Expected survivors of a cohort of `start` customers at t = 0..=n.
    pub fn projected(&self, start: f64, n: u32) -> Vec<f64> {
        self.survival(n).into_iter().map(|s| s * start).collect()
    }

    /// E[T], the mean number of periods paid for (the first always is), = (α + β − 1) / (α − 1).
    /// It is infinite when α ≤ 1: enough customers have θ near 0 that the mean diverges, which
    /// is common in practice and is why lifetime value uses the discounted form instead.
    pub fn expected_lifetime(&self) -> Option<f64> {
        (self.alpha > 1.0).then(|| (self.alpha + self.beta - 1.0) / (self.alpha - 1.0))
    }

    /// Discounted expected residual lifetime (Fader & Hardie 2010) of a customer who has just
    /// renewed for the `renewals`-th time (0 = a new customer about to pay the first period):
    /// Σ_{t≥0} P(still here t periods later | survived `renewals` periods) / (1 + d)^t, counting
    /// the period just paid. It is the factor that turns one period's value into lifetime value.
    pub fn discounted_lifetime(&self, discount: f64, renewals: u32) -> f64 {
        let (a, b, n) = (self.alpha, self.beta, renewals as f64);
        let z = 1.0 / (1.0 + discount.max(0.0));
        // Conditional survival s(t) = S(n + t) / S(n) has the ratio (β + n + t − 1) / (α + β +
        // n + t − 1) from t − 1 to t, so the sum is the hypergeometric series ₂F₁(1, β + n; α +
        // β + n; z), summed term by term. With d = 0 and α ≤ 1 the terms decay like t^−α and
        // the sum diverges: cap at 10,000 periods, a bound no contract horizon reaches.
        let mut term = 1.0;
        let mut sum = 1.0;
        for t in 1..=10_000u32 {
            let t = t as f64;
            term *= z * (b + n + t - 1.0) / (a + b + n + t - 1.0);
            sum += term;
            if term < 1e-12 * sum {
                break;
            }
        }
        sum
    }

    /// Lifetime value of a customer worth `value_per_period` each period (e.g. 12 × MRR for
    /// annual terms), discounted at `discount` per period, who has renewed `renewals` times.
    pub fn discounted_ltv(&self, value_per_period: f64, discount: f64, renewals: u32) -> f64 {
        value_per_period * self.discounted_lifetime(discount, renewals)
    }

    /// Log-likelihood of the lifetimes under this model.
    pub fn log_likelihood(&self, lifetimes: &[Lifetime]) -> f64 {
        let weighted: Vec<(Lifetime, f64)> = lifetimes.iter().map(|&l| (l, 1.0)).collect();
        self.weighted_log_likelihood(&weighted)
    }

    /// Σ weight · log-likelihood, for lifetimes tallied as (lifetime, how many).
    fn weighted_log_likelihood(&self, tally: &[(Lifetime, f64)]) -> f64 {
        let horizon = tally
            .iter()
            .map(|(l, _)| match l {
                Lifetime::Churned(t) | Lifetime::Active(t) => *t,
            })
            .max()
            .unwrap_or(0);
        let p = self.churn_probabilities(horizon);
        // S from 1 − Σp loses precision in the tail; the product of retention rates does not.
        let mut s = vec![1.0];
        for r in self.retention_rates(horizon) {
            let last = *s.last().expect("starts with S(0)");
            s.push(last * r);
        }
        tally
            .iter()
            .map(|&(l, n)| {
                n * match l {
                    Lifetime::Churned(t) => p[(t.max(1) - 1) as usize].ln(),
                    Lifetime::Active(t) => s[t as usize].ln(),
                }
            })
            .sum()
    }
}

/// Turns a single cohort's survivor counts (customers alive at the start of each period,
/// first = cohort size) into lifetimes.
pub fn lifetimes_from_counts(counts: &[u64]) -> Result<Vec<Lifetime>, Error> {
    if counts.len() < 2 {
        return Err(Error::Input(Text::new("error-retention-two-counts")));
    }
    if counts[0] == 0 {
        return Err(Error::Input(Text::new("error-retention-cohort-size")));
    }
    let mut out = Vec::new();
    for (t, w) in counts.windows(2).enumerate() {
        if w[1] > w[0] {
            return Err(Error::Input(
                Text::new("error-retention-rising")
                    .arg("period", Arg::Int(t as i64 + 1))
                    .arg("count", Arg::Int(w[1] as i64))
                    .arg("before", Arg::Int(w[0] as i64)),
            ));
        }
        out.extend(std::iter::repeat_n(Lifetime::Churned(t as u32 + 1), (w[0] - w[1]) as usize));
    }
    let last = *counts.last().expect("checked length");
    out.extend(std::iter::repeat_n(Lifetime::Active(counts.len() as u32 - 1), last as usize));
    Ok(out)
}

/// Collapses lifetimes into (lifetime, how many) so the cost function runs per distinct value.
fn tally(lifetimes: &[Lifetime]) -> Vec<(Lifetime, f64)> {
    let mut v: Vec<(Lifetime, f64)> = Vec::new();
    let mut sorted = lifetimes.to_vec();
    sorted.sort_by_key(|l| match l {
        Lifetime::Churned(t) => (0, *t),
        Lifetime::Active(t) => (1, *t),
    });
    for l in sorted {
        match v.last_mut() {
            Some((last, n)) if *last == l => *n += 1.0,
            _ => v.push((l, 1.0)),
        }
    }
    v
}

struct NegLogLikelihood {
    tally: Vec<(Lifetime, f64)>,
}

impl CostFunction for NegLogLikelihood {
    type Param = Vec<f64>;
    type Output = f64;

    fn cost(&self, p: &Self::Param) -> Result<f64, argmin::core::Error> {
        let model = Sbg { alpha: p[0].exp(), beta: p[1].exp() };
        let ll = model.weighted_log_likelihood(&self.tally);
        Ok(if ll.is_finite() { -ll } else { f64::MAX })
    }
}

/// Fits α and β by maximum likelihood.
///
/// Needs at least one churn and one customer who renewed (otherwise the likelihood has no
/// maximum: everyone leaving or everyone staying pushes α/β to a limit), and churn seen in
/// two different periods or survivors past the first, so the rise in retention is observable.
pub fn fit(lifetimes: &[Lifetime]) -> Result<SbgFit, Error> {
    let churned = lifetimes.iter().filter(|l| matches!(l, Lifetime::Churned(_))).count();
    let renewed = lifetimes
        .iter()
        .filter(|l| match l {
            Lifetime::Churned(t) => *t > 1,
            Lifetime::Active(t) => *t >= 1,
        })
        .count();
    let periods = lifetimes
        .iter()
        .map(|l| match l {
            Lifetime::Churned(t) | Lifetime::Active(t) => *t,
        })
        .max()
        .unwrap_or(0);
    if churned == 0 {
        return Err(Error::Insufficient(Text::new("error-retention-no-churn")));
    }
    if renewed == 0 {
        return Err(Error::Insufficient(Text::new("error-retention-no-renewal")));
    }
    if periods < 2 {
        return Err(Error::Insufficient(Text::new("error-retention-one-period")));
    }
    let problem = NegLogLikelihood { tally: tally(lifetimes) };
    // Starting simplex around α = β = 1 (uniform θ), wide enough to reach the published
    // fits (β up to ~10) within a few hundred iterations.
    let simplex = vec![vec![0.0, 0.0], vec![1.0, 0.0], vec![0.0, 1.0]];
    let solver = NelderMead::new(simplex)
        .with_sd_tolerance(1e-12)
        .map_err(|e| Error::Optimiser(e.to_string()))?;
    let res = Executor::new(problem, solver)
        .configure(|s| s.max_iters(2_000))
        .run()
        .map_err(|e| Error::Optimiser(e.to_string()))?;
    let state = res.state();
    let best = state.best_param.as_ref().ok_or_else(|| Error::Optimiser("no solution".into()))?;
    let model = Sbg { alpha: best[0].exp(), beta: best[1].exp() };
    // When churn does not fall with tenure the maximum lies at α, β → ∞ with α / (α + β)
    // fixed: the geometric (constant-churn) limit. The optimiser stops at large values that
    // give that limit's churn rate, which is a usable answer; `is_constant_churn` flags it.
    if !(model.alpha.is_finite() && model.beta.is_finite()) {
        return Err(Error::Optimiser("the fit diverged".into()));
    }
    Ok(SbgFit {
        alpha: model.alpha,
        beta: model.beta,
        log_likelihood: -state.best_cost,
        customers: lifetimes.len(),
        churned,
        periods,
    })
}

/// Fits a single cohort's survivor counts.
pub fn fit_counts(counts: &[u64]) -> Result<SbgFit, Error> {
    fit(&lifetimes_from_counts(counts)?)
}
