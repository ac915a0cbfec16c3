//! The hypergradient methods' budgets and failures: for each method the
//! error against the closed form falls as its budget grows (the inner steps
//! for the exact method, Neumann terms, CG iterations, ITD steps, the
//! truncation of ITD, 1/ε for DARTS's finite difference against the closed
//! form of its one-step hypergradient), and every failure the methods can
//! detect is an error value.
#![allow(clippy::needless_range_loop)]

#[path = "../examples/bilevel/mod.rs"]
mod bilevel;

use autodiff::bilevel::{
    Bilevel, BilevelError, ConjugateGradient, Exact, FiniteDifference, InnerSolver, Itd, Method,
    Neumann, Objective,
};
use autodiff::{differentiate, objective};
use bilevel::*;

/// Training and validation sets, the per-feature penalties and the
/// closed-form hypergradient there.
fn ridge_setup() -> (Data, Data, Vec<f64>, Vec<f64>) {
    let mut rng = Rng::new(7);
    let (train, val) = (
        Data::synthetic(40, 5, 0.5, &mut rng),
        Data::synthetic(30, 5, 0.5, &mut rng),
    );
    let lam = vec![0.05, 0.1, 0.2, 0.4, 0.8];
    let reference = ridge_hypergradient(&train, &val, &lam);
    (train, val, lam, reference)
}

/// The error of `method` against the closed form, after `solver` from w = 0.
fn ridge_error(method: &dyn Method, solver: InnerSolver) -> f64 {
    let (train, val, lam, reference) = ridge_setup();
    let inner = objective!(ridge_grad_into, ridge_hvp, &train);
    let outer = objective!(validation_grad_into, validation_hvp, &val);
    let problem = Bilevel::new(&inner, &outer, solver);
    let hg = problem
        .hypergradient(method, &mut vec![0.0; 5], &lam)
        .unwrap();
    relative_error(&hg.gradient, &reference)
}

/// An inner solve to ‖∇G‖ ≤ 1e-13 (the budgets below are then the only error).
fn converged() -> InnerSolver {
    InnerSolver::new(5000, 0.4).tolerance(1e-13)
}

/// `errors` strictly falling, the last below `last`.
/// (Prints the table; `cargo test --test bilevel_methods -- --nocapture` shows it.)
fn assert_falls(what: &str, budgets: &[usize], errors: &[f64], last: f64) {
    println!("{what}: {}", table(budgets, errors));
    for i in 1..errors.len() {
        assert!(
            errors[i] < errors[i - 1],
            "{what}: {budgets:?} gave {errors:?}"
        );
    }
    assert!(
        errors[errors.len() - 1] < last,
        "{what}: {budgets:?} gave {errors:?}"
    );
}

#[test]
fn neumann_error_falls_with_the_number_of_terms() {
    let terms = [1, 4, 16, 64, 256];
    let errors: Vec<f64> = terms
        .iter()
        .map(|&t| ridge_error(&Neumann::new(t, 0.4), converged()))
        .collect();
    // H's eigenvalues lie in about [0.4, 2.3]: the series' remainder shrinks by
    // (1 − 0.4 · 0.4) per term, 0.84^256 ≈ 4e-20, so 256 terms are at the
    // inner solve's accuracy (~1e-12): 1e-9 is a margin of 1000.
    assert_falls("neumann", &terms, &errors, 1e-9);
}

#[test]
fn conjugate_gradient_error_falls_with_the_iterations() {
    let iterations = [1, 2, 3, 4, 5];
    let errors: Vec<f64> = iterations
        .iter()
        .map(|&k| ridge_error(&ConjugateGradient::new(k, 0.0), converged()))
        .collect();
    // CG solves a 5 x 5 system exactly in 5 iterations, up to rounding (~1e-14
    // times cond(H) ≈ 6) and the inner solve's ~1e-12: 1e-9 is a margin of 1000.
    assert_falls("cg", &iterations, &errors, 1e-9);
}

#[test]
fn itd_error_falls_with_the_unrolled_steps() {
    let steps = [5, 20, 80, 320];
    let errors: Vec<f64> = steps
        .iter()
        .map(|&k| ridge_error(&Itd::default(), InnerSolver::new(k, 0.4).tolerance(0.0)))
        .collect();
    // Both w_K and its derivative converge like 0.84^K (times K for the
    // derivative): 320 · 0.84^320 ≈ 1e-22, so K = 320 is at rounding level
    // (~1e-13 after 320 steps); 1e-9 is a wide margin.
    assert_falls("itd", &steps, &errors, 1e-9);
}

/// `budget: error` pairs on one line.
fn table<B: std::fmt::Display>(budgets: &[B], errors: &[f64]) -> String {
    let pairs: Vec<String> = budgets
        .iter()
        .zip(errors)
        .map(|(b, e)| format!("{b}: {e:.1e}"))
        .collect();
    pairs.join(", ")
}

#[test]
fn exact_error_falls_with_the_inner_steps() {
    let steps = [5, 20, 80, 320];
    let errors: Vec<f64> = steps
        .iter()
        .map(|&k| ridge_error(&Exact, InnerSolver::new(k, 0.4).tolerance(0.0)))
        .collect();
    // The exact method is exact at w*: its only error is the solve's, which
    // contracts like 0.84^K (0.84^320 ≈ 5e-25, below rounding ~1e-15): 1e-12.
    assert_falls("exact by inner steps", &steps, &errors, 1e-12);
}

#[test]
fn truncated_itd_error_falls_with_the_steps_it_keeps() {
    let kept = [1, 4, 16, 64, 256];
    // 400 steps reach w* (0.84^400 ≈ 1e-30); the last T of them are then
    // steps at w*, and ITD through them is T terms of the Neumann series.
    let solver = InnerSolver::new(400, 0.4).tolerance(0.0);
    let errors: Vec<f64> = kept
        .iter()
        .map(|&t| ridge_error(&Itd::truncated(t), solver))
        .collect();
    // As for Neumann with α = η = 0.4: 0.84^256 ≈ 4e-20, so T = 256 is at
    // rounding (~1e-14): 1e-9 is a wide margin.
    assert_falls("truncated itd", &kept, &errors, 1e-9);
}

#[test]
fn darts_error_falls_with_the_difference_step() {
    let (train, val, lam, _) = ridge_setup();
    let inner = objective!(pseudo_huber_grad_into, pseudo_huber_hvp, &train);
    let outer = objective!(validation_grad_into, validation_hvp, &val);
    let xi = 0.3;
    let run = InnerSolver::new(30, xi)
        .tolerance(0.0)
        .solve(&inner, &[0.0; 5], &lam, false)
        .unwrap();
    let reference = pseudo_huber_darts(&train, &val, &lam, &run.w, xi);
    let scales = [1e-1, 1e-2, 1e-3];
    let errors: Vec<f64> = scales
        .iter()
        .map(|&r| {
            let darts = FiniteDifference::new(xi).with_r(r);
            let point = darts.evaluation_point(&inner, &run, &lam).unwrap();
            let (_, v, mut gradient) = outer.gradient(&point, &lam);
            let product = darts.response_product(&inner, &run, &lam, &v).unwrap();
            gradient
                .iter_mut()
                .zip(&product.gradient)
                .for_each(|(g, p)| *g += p);
            relative_error(&gradient, &reference)
        })
        .collect();
    println!(
        "darts against its one-step closed form, by r: {}",
        table(&scales, &errors)
    );
    // The central difference's error is O(ε²): each tenfold smaller r must cut
    // it by far more than ten (by ~100 until rounding, ~1e-16 / ε, shows).
    for i in 1..errors.len() {
        assert!(
            errors[i] < errors[i - 1] / 10.0,
            "darts: r = {scales:?} gave {errors:?}"
        );
    }
}

#[test]
fn the_warm_start_carries_over() {
    let (train, val, lam, _) = ridge_setup();
    let inner = objective!(ridge_grad_into, ridge_hvp, &train);
    let outer = objective!(validation_grad_into, validation_hvp, &val);
    let problem = Bilevel::new(&inner, &outer, converged());
    let mut w = vec![0.0; 5];
    let cold = problem.hypergradient(&Exact, &mut w, &lam).unwrap();
    let warm = problem.hypergradient(&Exact, &mut w, &lam).unwrap();
    // From the solution the solve has nothing left to do.
    assert!(
        cold.inner_steps > 10 && warm.inner_steps == 0,
        "{} then {}",
        cold.inner_steps,
        warm.inner_steps
    );
}

#[test]
fn a_diverging_inner_solve_is_an_error() {
    let (train, val, lam, _) = ridge_setup();
    // η = 5 is above 2 / λ_max(H) ≈ 0.9: the iterates blow up.
    let err = ridge_error_result(&train, &val, &lam, InnerSolver::new(50, 5.0));
    assert!(
        matches!(err, Err(BilevelError::NotConverging { steps: 50, .. })),
        "{err:?}"
    );
}

fn ridge_error_result(
    train: &Data,
    val: &Data,
    lam: &[f64],
    solver: InnerSolver,
) -> Result<Vec<f64>, BilevelError> {
    let inner = objective!(ridge_grad_into, ridge_hvp, train);
    let outer = objective!(validation_grad_into, validation_hvp, val);
    let problem = Bilevel::new(&inner, &outer, solver);
    problem
        .hypergradient(&Exact, &mut vec![0.0; 5], lam)
        .map(|hg| hg.gradient)
}

/// `Σ (w_j − λ₀)² − ln w_j`: NaN for w_j < 0.
#[differentiate(wrt(w, lam))]
fn log_barrier(w: &[f64], lam: &[f64]) -> f64 {
    let mut s = 0.0;
    for j in 0..w.len() {
        s += (w[j] - lam[0]) * (w[j] - lam[0]) - w[j].ln();
    }
    s
}

#[test]
fn a_nan_is_an_error() {
    let g = objective!(log_barrier_grad_into, log_barrier_hvp);
    let err = InnerSolver::new(10, 0.1).solve(&g, &[1.0, -1.0], &[0.5], false);
    assert_eq!(
        err,
        Err(BilevelError::NotFinite {
            what: "the inner objective",
            step: 0
        })
    );
    // ∇G = 2w − 1/w = 1 at w = 1: a step of 2 lands on w = −1, NaN at step 1.
    let err = InnerSolver::new(10, 2.0).solve(&g, &[1.0], &[0.0], false);
    assert_eq!(
        err,
        Err(BilevelError::NotFinite {
            what: "the inner objective",
            step: 1
        })
    );
}

/// `w₀² − w₁² + λ₀ w₀`: a saddle in w.
#[differentiate(wrt(w, lam))]
fn saddle(w: &[f64], lam: &[f64]) -> f64 {
    w[0] * w[0] - w[1] * w[1] + lam[0] * w[0]
}

/// `(w₀ + w₁ − λ₀)²`: a valley of minimisers, singular Hessian.
#[differentiate(wrt(w, lam))]
fn valley(w: &[f64], lam: &[f64]) -> f64 {
    (w[0] + w[1] - lam[0]) * (w[0] + w[1] - lam[0])
}

#[test]
fn curvature_failures_are_errors() {
    let run = InnerSolver::new(0, 0.0)
        .solve(
            &objective!(saddle_grad_into, saddle_hvp),
            &[0.0, 0.0],
            &[0.0],
            false,
        )
        .unwrap();
    let saddle = objective!(saddle_grad_into, saddle_hvp);
    let err = ConjugateGradient::default().response_product(&saddle, &run, &[0.0], &[0.0, 1.0]);
    assert_eq!(
        err,
        Err(BilevelError::NonPositiveCurvature {
            iteration: 0,
            curvature: -2.0
        })
    );
    // The saddle's H is indefinite but invertible: the exact method's LU still
    // gives the implicit-function derivative, −(∂²_λw G) H⁻¹ v = −1 · ½ · 1.
    let exact = Exact
        .response_product(&saddle, &run, &[0.0], &[1.0, 0.0])
        .unwrap();
    assert_eq!(exact.gradient, [-0.5]);
    let valley = objective!(valley_grad_into, valley_hvp);
    let err = Exact.response_product(&valley, &run, &[0.0], &[1.0, 0.0]);
    assert_eq!(err, Err(BilevelError::SingularHessian));
}

#[test]
fn misuse_is_an_error() {
    let g = objective!(saddle_grad_into, saddle_hvp);
    let unrecorded = InnerSolver::new(3, 0.1).solve(&g, &[1.0, 0.0], &[0.0], false);
    // ITD needs the iterates; the saddle grows along w₁ but starts at w₁ = 0.
    let err = Itd::default().response_product(&g, &unrecorded.unwrap(), &[0.0], &[1.0, 0.0]);
    assert_eq!(err, Err(BilevelError::MissingIterates));
    let run = InnerSolver::new(0, 0.0)
        .solve(&g, &[1.0, 0.0], &[0.0], false)
        .unwrap();
    let err = Exact.response_product(&g, &run, &[0.0], &[1.0]);
    let expected = BilevelError::LengthMismatch {
        what: "the outer gradient ∇_w F".into(),
        expected: 2,
        found: 1,
    };
    assert_eq!(err, Err(expected));
}
