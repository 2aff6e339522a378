//! Non-negative, L2-regularised logistic regression of churn on the factors' shortfalls.
//!
//! The model is `logit P(churn) = a + Σ βₖ·(1 − xₖ)`, `xₖ` the factor's value in [0, 1] and
//! `βₖ ≥ 0`: a factor can only add risk when it falls short, as in the scorecard, so the fitted
//! βₖ read directly as weights (normalised to 100) and the score stays a sum of named factor
//! points. A factor without data on a row takes the mean shortfall of the row's other factors,
//! which is what the scorecard's re-weighting does to it.
//!
//! Non-negativity is a reparametrisation (`βₖ = softplus(θₖ)`), so argmin's L-BFGS solves an
//! unconstrained problem: linfa-logistic has no sign constraints, and argmin has no bounded
//! quasi-Newton solver. The penalty `λ/2·Σβₖ²` is on the sum of the log-losses, so `λ` plays
//! the role of scikit-learn's `1/C`; the intercept is not penalised.

use argmin::core::{CostFunction, Executor, Gradient, State};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;

/// One evaluation: each factor's value (`None` without data) and whether it churned.
pub struct Row {
    pub factors: [Option<f64>; 8],
    pub churned: bool,
}

/// The fitted intercept and one non-negative coefficient per factor.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    pub intercept: f64,
    pub beta: [f64; 8],
}

fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Each row's shortfalls, missing ones imputed by the row's mean shortfall.
fn shortfalls(rows: &[Row]) -> Vec<[f64; 8]> {
    rows.iter()
        .map(|r| {
            let present: Vec<f64> = r.factors.iter().flatten().map(|x| 1.0 - x).collect();
            let mean = if present.is_empty() { 0.0 } else { present.iter().sum::<f64>() / present.len() as f64 };
            r.factors.map(|x| x.map_or(mean, |x| 1.0 - x))
        })
        .collect()
}

struct Problem {
    x: Vec<[f64; 8]>,
    y: Vec<f64>,
    penalty: f64,
}

impl Problem {
    /// Parameters: intercept, then θ₁..θ₈.
    fn eval(&self, p: &[f64]) -> (f64, Vec<f64>) {
        let beta: Vec<f64> = p[1..].iter().map(|t| softplus(*t)).collect();
        let mut loss = 0.0;
        let mut grad = vec![0.0; 9];
        for (x, y) in self.x.iter().zip(&self.y) {
            let z = p[0] + x.iter().zip(&beta).map(|(a, b)| a * b).sum::<f64>();
            loss += softplus(z) - y * z;
            let r = sigmoid(z) - y;
            grad[0] += r;
            for k in 0..8 {
                grad[k + 1] += r * x[k];
            }
        }
        for k in 0..8 {
            loss += 0.5 * self.penalty * beta[k] * beta[k];
            grad[k + 1] = (grad[k + 1] + self.penalty * beta[k]) * sigmoid(p[k + 1]);
        }
        (loss, grad)
    }
}

impl CostFunction for Problem {
    type Param = Vec<f64>;
    type Output = f64;
    fn cost(&self, p: &Vec<f64>) -> Result<f64, argmin::core::Error> {
        Ok(self.eval(p).0)
    }
}

impl Gradient for Problem {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;
    fn gradient(&self, p: &Vec<f64>) -> Result<Vec<f64>, argmin::core::Error> {
        Ok(self.eval(p).1)
    }
}

/// Fits the model; `None` when the rows hold no churn or nothing but churn.
pub fn fit(rows: &[Row], penalty: f64) -> Option<Fit> {
    let churned = rows.iter().filter(|r| r.churned).count();
    if churned == 0 || churned == rows.len() {
        return None;
    }
    let base = churned as f64 / rows.len() as f64;
    let problem = Problem { x: shortfalls(rows), y: rows.iter().map(|r| f64::from(u8::from(r.churned))).collect(), penalty };
    // Start from a flat model at the base rate, every β at softplus(0) = ln 2.
    let mut init = vec![0.0; 9];
    init[0] = (base / (1.0 - base)).ln() - 8.0 * std::f64::consts::LN_2 * 0.5;
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 7).with_tolerance_grad(1e-8).ok()?;
    let result = Executor::new(problem, solver).configure(|s| s.param(init).max_iters(500)).run().ok()?;
    let p = result.state().get_best_param()?.clone();
    let mut beta = [0.0; 8];
    for k in 0..8 {
        beta[k] = softplus(p[k + 1]);
    }
    Some(Fit { intercept: p[0], beta })
}

#[cfg(test)]
mod tests {
    use rand::{Rng, SeedableRng};

    use super::*;

    /// Churn planted on factors 0 and 5 only: the fit finds them, and keeps the others small.
    #[test]
    fn finds_the_planted_factors_and_keeps_weights_non_negative() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        let rows: Vec<Row> = (0..4000)
            .map(|_| {
                let f: [Option<f64>; 8] = std::array::from_fn(|k| if k == 5 && rng.random_bool(0.3) { None } else { Some(rng.random::<f64>()) });
                let z = -3.0 + 4.0 * (1.0 - f[0].unwrap()) + 3.0 * (1.0 - f[5].unwrap_or(0.5));
                Row { factors: f, churned: rng.random_bool(sigmoid(z)) }
            })
            .collect();
        let fit = fit(&rows, 1.0).unwrap();
        assert!(fit.beta.iter().all(|b| *b >= 0.0));
        assert!((fit.beta[0] - 4.0).abs() < 0.8, "{:?}", fit.beta);
        assert!((fit.beta[5] - 3.0).abs() < 0.8, "{:?}", fit.beta);
        for k in [1, 2, 3, 4, 6, 7] {
            assert!(fit.beta[k] < 0.6, "factor {k}: {:?}", fit.beta);
        }
    }

    #[test]
    fn a_factor_that_lowers_churn_when_short_gets_no_weight() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(8);
        let rows: Vec<Row> = (0..3000)
            .map(|_| {
                let f: [Option<f64>; 8] = std::array::from_fn(|_| Some(rng.random::<f64>()));
                // Factor 2 short means *less* churn: a negative weight would fit, zero must.
                let z = -2.0 + 3.0 * (1.0 - f[1].unwrap()) - 2.0 * (1.0 - f[2].unwrap());
                Row { factors: f, churned: rng.random_bool(sigmoid(z)) }
            })
            .collect();
        let fit = fit(&rows, 1.0).unwrap();
        assert!(fit.beta[2] < 0.05, "{:?}", fit.beta);
        assert!(fit.beta[1] > 2.0, "{:?}", fit.beta);
    }

    #[test]
    fn a_larger_penalty_shrinks_the_weights() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(9);
        let rows: Vec<Row> = (0..500)
            .map(|_| {
                let f: [Option<f64>; 8] = std::array::from_fn(|_| Some(rng.random::<f64>()));
                Row { factors: f, churned: rng.random_bool(sigmoid(-2.0 + 3.0 * (1.0 - f[3].unwrap()))) }
            })
            .collect();
        let (light, heavy) = (fit(&rows, 0.1).unwrap(), fit(&rows, 100.0).unwrap());
        assert!(heavy.beta.iter().sum::<f64>() < 0.5 * light.beta.iter().sum::<f64>());
        assert!(fit(&rows.iter().map(|r| Row { factors: r.factors, churned: false }).collect::<Vec<_>>(), 1.0).is_none());
    }

    #[test]
    fn gradient_matches_finite_differences() {
        let rows: Vec<Row> = (0..50).map(|i| Row { factors: std::array::from_fn(|k| if (i + k) % 7 == 0 { None } else { Some(((i * 13 + k * 7) % 10) as f64 / 10.0) }), churned: i % 3 == 0 }).collect();
        let p = Problem { x: shortfalls(&rows), y: rows.iter().map(|r| f64::from(u8::from(r.churned))).collect(), penalty: 2.0 };
        let at: Vec<f64> = (0..9).map(|i| 0.3 * i as f64 - 1.0).collect();
        let (_, g) = p.eval(&at);
        for i in 0..9 {
            let mut up = at.clone();
            let mut down = at.clone();
            up[i] += 1e-6;
            down[i] -= 1e-6;
            let numeric = (p.eval(&up).0 - p.eval(&down).0) / 2e-6;
            assert!((numeric - g[i]).abs() < 1e-4 * numeric.abs().max(1.0), "{i}: {numeric} vs {}", g[i]);
        }
    }
}
