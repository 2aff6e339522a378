use proptest::prelude::*;

use crate::sbg::{Lifetime, Sbg, fit, fit_counts, lifetimes_from_counts};

/// Fader & Hardie (2007), table 1: customers alive at the start of years 1-8 of two cohorts
/// of 1,000, and their published maximum-likelihood fits.
const REGULAR: [u64; 8] = [1000, 631, 468, 382, 326, 289, 262, 241];
const HIGH_END: [u64; 8] = [1000, 869, 743, 653, 593, 551, 517, 491];

#[test]
fn reproduces_the_published_regular_fit() {
    let f = fit_counts(&REGULAR).unwrap();
    assert!((f.alpha - 0.704).abs() < 0.001, "alpha {}", f.alpha);
    assert!((f.beta - 1.182).abs() < 0.001, "beta {}", f.beta);
    assert_eq!((f.customers, f.churned, f.periods), (1000, 759, 7));
    // The paper's maximised log-likelihood.
    assert!((f.log_likelihood - -1680.3).abs() < 0.05, "LL {}", f.log_likelihood);
}

#[test]
fn reproduces_the_published_high_end_fit() {
    let f = fit_counts(&HIGH_END).unwrap();
    assert!((f.alpha - 0.668).abs() < 0.001, "alpha {}", f.alpha);
    assert!((f.beta - 3.806).abs() < 0.002, "beta {}", f.beta);
    assert!((f.log_likelihood - -1611.2).abs() < 0.05, "LL {}", f.log_likelihood);
    assert!(!f.is_constant_churn());
}

#[test]
fn constant_churn_goes_to_the_geometric_limit() {
    // 20% churn every period: the likelihood rises towards α, β → ∞ at α/(α+β) = 0.2.
    let f = fit_counts(&[100_000, 80_000, 64_000, 51_200, 40_960]).unwrap();
    assert!(f.is_constant_churn(), "{f:?}");
    assert!((f.alpha / (f.alpha + f.beta) - 0.2).abs() < 1e-3);
}

#[test]
fn the_fit_is_the_likelihood_maximum() {
    let lifetimes = lifetimes_from_counts(&REGULAR).unwrap();
    let f = fit(&lifetimes).unwrap();
    let at = |a: f64, b: f64| Sbg { alpha: a, beta: b }.log_likelihood(&lifetimes);
    assert!((at(f.alpha, f.beta) - f.log_likelihood).abs() < 1e-9);
    for (da, db) in [(0.01, 0.0), (-0.01, 0.0), (0.0, 0.01), (0.0, -0.01)] {
        assert!(at(f.alpha + da, f.beta + db) < f.log_likelihood);
    }
}

#[test]
fn survival_and_rates_by_hand() {
    // α = 1, β = 2: P(T=1) = 1/3, P(T=2) = (2/4)·(1/3) = 1/6, P(T=3) = (3/5)·(1/6) = 1/10.
    let m = Sbg { alpha: 1.0, beta: 2.0 };
    let p = m.churn_probabilities(3);
    for (got, want) in p.iter().zip([1.0 / 3.0, 1.0 / 6.0, 1.0 / 10.0]) {
        assert!((got - want).abs() < 1e-12);
    }
    let s = m.survival(3);
    for (got, want) in s.iter().zip([1.0, 2.0 / 3.0, 0.5, 0.4]) {
        assert!((got - want).abs() < 1e-12);
    }
    let r = m.retention_rates(3);
    for (got, want) in r.iter().zip([2.0 / 3.0, 3.0 / 4.0, 4.0 / 5.0]) {
        assert!((got - want).abs() < 1e-12);
    }
    let proj = m.projected(300.0, 2);
    assert_eq!(proj.len(), 3);
    assert!((proj[2] - 150.0).abs() < 1e-9);
}

#[test]
fn lifetimes_by_hand() {
    // α = 2, β = 1: S(t) = 2 / ((t+1)(t+2)), E[T] = Σ S(t) = 2 = (α+β−1)/(α−1).
    assert_eq!(Sbg { alpha: 2.0, beta: 1.0 }.expected_lifetime(), Some(2.0));
    assert_eq!(Sbg { alpha: 0.7, beta: 1.2 }.expected_lifetime(), None);
    // α = β = 1: S(t) = 1/(t+1), so DEL = Σ z^t/(t+1) = −ln(1−z)/z with z = 1/1.1.
    let m = Sbg { alpha: 1.0, beta: 1.0 };
    let z: f64 = 1.0 / 1.1;
    assert!((m.discounted_lifetime(0.1, 0) - (-(1.0 - z).ln() / z)).abs() < 1e-9);
    // After one renewal: s(t) = S(1+t)/S(1) = 2/(t+2), sum = 2/z² · (−ln(1−z) − z).
    let want = 2.0 / (z * z) * (-(1.0 - z).ln() - z);
    assert!((m.discounted_lifetime(0.1, 1) - want).abs() < 1e-9);
    assert!((m.discounted_ltv(12_000.0, 0.1, 1) - 12_000.0 * want).abs() < 1e-5);
    // Undiscounted, it is E[T] when that is finite.
    assert!((Sbg { alpha: 2.0, beta: 1.0 }.discounted_lifetime(0.0, 0) - 2.0).abs() < 1e-3);
}

#[test]
fn censored_lifetimes_enter_as_survival() {
    let m = Sbg { alpha: 1.0, beta: 2.0 };
    let ll = m.log_likelihood(&[Lifetime::Churned(2), Lifetime::Active(3), Lifetime::Active(0)]);
    assert!((ll - ((1.0f64 / 6.0).ln() + 0.4f64.ln())).abs() < 1e-12);
}

#[test]
fn bad_or_uninformative_input_is_refused() {
    assert_eq!(fit_counts(&[100]).unwrap_err().code(), "invalid_input");
    assert_eq!(fit_counts(&[0, 0]).unwrap_err().code(), "invalid_input");
    let rising = fit_counts(&[100, 80, 90]).unwrap_err();
    assert_eq!(rising.code(), "invalid_input");
    assert!(rising.to_string().contains("period 2"), "{rising}");
    assert_eq!(fit_counts(&[100, 100, 100]).unwrap_err().code(), "insufficient_history");
    assert_eq!(fit_counts(&[100, 0, 0]).unwrap_err().code(), "insufficient_history");
    assert_eq!(fit_counts(&[100, 60]).unwrap_err().code(), "insufficient_history");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Expected survivor counts of a large cohort give back the parameters that made them.
    #[test]
    fn recovers_the_parameters_of_its_own_curve(alpha in 0.3f64..3.0, beta in 0.5f64..8.0) {
        let m = Sbg { alpha, beta };
        let counts: Vec<u64> = m.projected(1_000_000.0, 10).iter().map(|n| n.round() as u64).collect();
        let f = fit_counts(&counts).unwrap();
        prop_assert!((f.alpha / alpha - 1.0).abs() < 0.02, "alpha {} vs {}", f.alpha, alpha);
        prop_assert!((f.beta / beta - 1.0).abs() < 0.02, "beta {} vs {}", f.beta, beta);
    }

    /// S is non-increasing, starts at 1, and S(t) = Π r(k).
    #[test]
    fn survival_is_the_product_of_retention_rates(alpha in 0.1f64..5.0, beta in 0.1f64..10.0) {
        let m = Sbg { alpha, beta };
        let s = m.survival(12);
        prop_assert_eq!(s[0], 1.0);
        let mut prod = 1.0;
        for (t, r) in m.retention_rates(12).iter().enumerate() {
            prod *= r;
            prop_assert!(s[t + 1] <= s[t] + 1e-15);
            prop_assert!((s[t + 1] - prod).abs() < 1e-9);
        }
    }
}
