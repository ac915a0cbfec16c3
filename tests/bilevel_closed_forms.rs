//! Hypergradients against closed forms (issue 5's validation list): ridge
//! regression with one penalty and with one per feature, the quadratic bilevel
//! problem, unrolled gradient descent on a quadratic (ITD against
//! `[I − (I − ηA)^K] A⁻¹` and the Neumann series), squared-loss data
//! reweighting, the DARTS toy problem and the scalar argmin derivative.
//!
//! Every method runs on objectives written with `#[differentiate]` and
//! wrapped by `autodiff::objective!`; the references are nalgebra solves of
//! the closed-form expressions, never the methods themselves.
#![allow(clippy::needless_range_loop)]

#[path = "../examples/bilevel/mod.rs"]
mod bilevel;

use autodiff::bilevel::{
    argmin_derivative, Bilevel, BilevelError, ConjugateGradient, Exact, FiniteDifference,
    InnerSolver, Itd, Method, Neumann,
};
use autodiff::{differentiate, objective};
use bilevel::*;
use nalgebra::{DMatrix, DVector};

/// A training and a validation set of the same linear model.
fn ridge_data() -> (Data, Data) {
    let mut rng = Rng::new(7);
    (
        Data::synthetic(40, 5, 0.5, &mut rng),
        Data::synthetic(30, 5, 0.5, &mut rng),
    )
}

/// The hypergradient of the validation loss through ridge by `method`, after
/// an inner solve to ‖∇G‖ ≤ 1e-13 from w = 0.
fn ridge_by(method: &dyn Method, train: &Data, val: &Data, lam: &[f64]) -> Vec<f64> {
    let inner = objective!(ridge_grad_into, ridge_hvp, train);
    let outer = objective!(validation_grad_into, validation_hvp, val);
    // H = XᵀX/n + Λ has eigenvalues in about [0.4, 2.3] here: η = 0.4 contracts
    // by at most 0.84 per step, so 5000 steps reach the tolerance.
    let solver = InnerSolver::new(5000, 0.4).tolerance(1e-13);
    let problem = Bilevel::new(&inner, &outer, solver);
    let hg = problem
        .hypergradient(method, &mut vec![0.0; train.d], lam)
        .unwrap();
    assert!(
        hg.inner_grad_norm <= 1e-13,
        "inner solve stopped at {}",
        hg.inner_grad_norm
    );
    hg.gradient
}

/// The methods that are exact at a converged inner solution, given enough budget.
fn converged_methods() -> Vec<(&'static str, Box<dyn Method>)> {
    vec![
        ("exact", Box::new(Exact)),
        ("cg", Box::new(ConjugateGradient::new(50, 1e-14))),
        // α = 0.4: (1 − 0.4 · 0.4)^400 < 1e-30, the series has converged.
        ("neumann", Box::new(Neumann::new(400, 0.4))),
        // ITD differentiates the 5000-step solve; its error against the
        // implicit derivative shrinks like the solve's own contraction.
        ("itd", Box::new(Itd::default())),
    ]
}

#[test]
fn ridge_one_penalty_matches_the_closed_form() {
    let (train, val) = ridge_data();
    for lam in [0.01, 0.1, 1.0] {
        let reference = ridge_hypergradient(&train, &val, &[lam]);
        for (name, method) in converged_methods() {
            let got = ridge_by(method.as_ref(), &train, &val, &[lam]);
            // The inner solve leaves ‖w − w*‖ ≲ 1e-13 / 0.4; that, the
            // conditioning of H (≈ 6) and rounding put the hypergradient
            // within ~1e-11 relative of the closed form: 1e-9 is a margin of 100.
            let error = relative_error(&got, &reference);
            assert!(
                error < 1e-9,
                "{name} at λ = {lam}: {got:?} vs {reference:?} ({error:e})"
            );
        }
    }
}

#[test]
fn ridge_per_feature_penalties_match_the_closed_form() {
    let (train, val) = ridge_data();
    let lam = [0.05, 0.1, 0.2, 0.4, 0.8];
    let reference = ridge_hypergradient(&train, &val, &lam);
    for (name, method) in converged_methods() {
        let got = ridge_by(method.as_ref(), &train, &val, &lam);
        // As for one penalty (same solve tolerance and conditioning).
        let error = relative_error(&got, &reference);
        assert!(error < 1e-9, "{name}: {got:?} vs {reference:?} ({error:e})");
    }
}

/// `½ zᵀAz + ½ xᵀBx + xᵀCz + aᵀz + bᵀx` (A, B symmetric; C has a row per x).
struct Quadratic {
    a: DMatrix<f64>,
    b: DMatrix<f64>,
    c: DMatrix<f64>,
    av: DVector<f64>,
    bv: DVector<f64>,
}

impl Quadratic {
    /// A random instance with A = MᵀM / n + I (positive definite, well conditioned).
    fn random(n: usize, m: usize, rng: &mut Rng) -> Self {
        let mut matrix = |r: usize, c: usize| DMatrix::from_fn(r, c, |_, _| rng.normal());
        let ma = matrix(n, n);
        let mb = matrix(m, m);
        let c = matrix(m, n);
        let av = matrix(n, 1).column(0).into_owned();
        let bv = matrix(m, 1).column(0).into_owned();
        Self {
            a: ma.transpose() * &ma / n as f64 + DMatrix::identity(n, n),
            b: mb.transpose() * &mb / m as f64 + DMatrix::identity(m, m),
            c,
            av,
            bv,
        }
    }

    /// `z*(x) = −A⁻¹ (Cᵀx + a)`.
    fn argmin(&self, x: &DVector<f64>) -> DVector<f64> {
        -self
            .a
            .clone()
            .lu()
            .solve(&(self.c.transpose() * x + &self.av))
            .unwrap()
    }
}

/// The quadratic of the issue over the inner variable z and the outer x.
#[differentiate(wrt(z, x))]
fn quadratic(z: &[f64], x: &[f64], q: &Quadratic) -> f64 {
    let mut s = 0.0;
    for i in 0..z.len() {
        for j in 0..z.len() {
            s += 0.5 * z[i] * q.a[(i, j)] * z[j];
        }
        s += q.av[i] * z[i];
    }
    for i in 0..x.len() {
        for j in 0..x.len() {
            s += 0.5 * x[i] * q.b[(i, j)] * x[j];
        }
        for j in 0..z.len() {
            s += x[i] * q.c[(i, j)] * z[j];
        }
        s += q.bv[i] * x[i];
    }
    s
}

#[test]
fn quadratic_bilevel_matches_the_closed_form() {
    let mut rng = Rng::new(11);
    let (g, f) = (
        Quadratic::random(6, 3, &mut rng),
        Quadratic::random(6, 3, &mut rng),
    );
    let x = DVector::from_fn(3, |_, _| rng.normal());
    // dF/dx = ∇_x f + (dz*/dx)ᵀ ∇_z f with dz*/dx = −A_g⁻¹ C_gᵀ.
    let z = g.argmin(&x);
    let grad_x = &f.b * &x + &f.c * &z + &f.bv;
    let grad_z = &f.a * &z + f.c.transpose() * &x + &f.av;
    let reference = grad_x - &g.c * g.a.clone().lu().solve(&grad_z).unwrap();
    let inner = objective!(quadratic_grad_into, quadratic_hvp, &g);
    let outer = objective!(quadratic_grad_into, quadratic_hvp, &f);
    // A_g has eigenvalues in about [1, 5]: η = 0.2 contracts by ≤ 0.8 per step.
    let problem = Bilevel::new(&inner, &outer, InnerSolver::new(5000, 0.2).tolerance(1e-13));
    let methods: [(&str, &dyn Method); 3] = [
        ("exact", &Exact),
        ("cg", &ConjugateGradient::new(50, 1e-14)),
        ("neumann", &Neumann::new(400, 0.2)),
    ];
    for (name, method) in methods {
        let hg = problem
            .hypergradient(method, &mut vec![0.0; 6], x.as_slice())
            .unwrap();
        // The solve leaves ‖z − z*‖ ≲ 1e-13; A_g, C_g and f are O(1), so the
        // hypergradient is within ~1e-12 relative: 1e-10 is a margin of 100.
        let error = relative_error(&hg.gradient, reference.as_slice());
        assert!(
            error < 1e-10,
            "{name}: {:?} vs {reference} ({error:e})",
            hg.gradient
        );
    }
}

#[test]
fn itd_on_a_quadratic_is_the_truncated_series() {
    let mut rng = Rng::new(3);
    let g = Quadratic::random(5, 2, &mut rng);
    let inner = objective!(quadratic_grad_into, quadratic_hvp, &g);
    let (x, v) = ([0.3, -1.2], [1.0, -0.5, 0.25, 2.0, 0.0]);
    let eta = 0.2;
    for k in [1, 5, 20] {
        let run = InnerSolver::new(k, eta)
            .tolerance(0.0)
            .solve(&inner, &[0.5; 5], &x, true)
            .unwrap();
        assert_eq!(run.steps, k);
        let itd = Itd::default()
            .response_product(&inner, &run, &x, &v)
            .unwrap()
            .gradient;
        // ∂z_K/∂x = −[I − (I − ηA)^K] A⁻¹ Cᵀ, so (∂z_K/∂x)ᵀ v = −C [I − (I − ηA)^K] A⁻¹ v
        // (A symmetric).
        let step = DMatrix::identity(5, 5) - &g.a * eta;
        let power = (0..k).fold(DMatrix::identity(5, 5), |p, _| p * &step);
        let solved =
            g.a.clone()
                .lu()
                .solve(&DVector::from_column_slice(&v))
                .unwrap();
        let reference = -(&g.c * ((DMatrix::identity(5, 5) - power) * solved));
        let neumann = Neumann::new(k, eta)
            .response_product(&inner, &run, &x, &v)
            .unwrap()
            .gradient;
        // Both sides are exact: the same K products of matrices with norms ≤ 5,
        // in different orders. Rounding is ~K · 1e-16 · cond(A) ≈ 1e-14.
        assert!(
            relative_error(&itd, reference.as_slice()) < 1e-12,
            "K = {k}: {itd:?} vs {reference}"
        );
        assert!(
            relative_error(&neumann, &itd) < 1e-12,
            "K = {k}: {neumann:?} vs {itd:?}"
        );
        // Truncated to the last T steps: the first T terms of the same series.
        for t in [1, k.div_ceil(2)] {
            let truncated = Itd::truncated(t)
                .response_product(&inner, &run, &x, &v)
                .unwrap()
                .gradient;
            let series = Neumann::new(t, eta)
                .response_product(&inner, &run, &x, &v)
                .unwrap()
                .gradient;
            assert!(
                relative_error(&truncated, &series) < 1e-12,
                "K = {k}, T = {t}"
            );
        }
    }
}

#[test]
fn data_reweighting_matches_the_closed_form() {
    let mut rng = Rng::new(5);
    let (train, val) = (
        Data::synthetic(20, 3, 0.3, &mut rng),
        Data::synthetic(15, 3, 0.3, &mut rng),
    );
    let rho = 0.5;
    let lam: Vec<f64> = (0..20).map(|_| rng.normal()).collect();
    let reference = weighted_hypergradient(&train, &val, &lam, rho);
    let inner = objective!(weighted_grad_into, weighted_hvp, &train, rho);
    let outer = objective!(validation_grad_into, validation_hvp, &val);
    // XᵀDX + ρI with weights in (0, 1) and 20 samples: eigenvalues in about
    // [0.5, 20]; η = 0.04 is below 2 / 20 and contracts by ≤ 0.98.
    let problem = Bilevel::new(
        &inner,
        &outer,
        InnerSolver::new(20_000, 0.04).tolerance(1e-13),
    );
    let methods: [(&str, &dyn Method); 2] = [
        ("exact", &Exact),
        ("cg", &ConjugateGradient::new(50, 1e-14)),
    ];
    for (name, method) in methods {
        let hg = problem
            .hypergradient(method, &mut vec![0.0; 3], &lam)
            .unwrap();
        // ‖w − w*‖ ≲ 1e-13 / 0.5 and cond ≈ 40: ~1e-11 relative; 1e-9 is a margin of 100.
        let error = relative_error(&hg.gradient, &reference);
        assert!(error < 1e-9, "{name}: error {error:e}");
    }
}

/// DARTS's toy problem: L_train = w² − 2αw + α² (w* = α).
#[differentiate(wrt(w, alpha))]
fn darts_train(w: &[f64], alpha: &[f64]) -> f64 {
    w[0] * w[0] - 2.0 * alpha[0] * w[0] + alpha[0] * alpha[0]
}

/// L_val = αw − 2α + 1: along w* = α it is (α − 1)², minimal at (1, 1).
#[differentiate(wrt(w, alpha))]
fn darts_val(w: &[f64], alpha: &[f64]) -> f64 {
    alpha[0] * w[0] - 2.0 * alpha[0] + 1.0
}

/// Hypergradient descent on the DARTS toy problem by `method`; the final (w, α).
fn darts_descent(method: &dyn Method, solver: InnerSolver) -> (f64, f64) {
    let inner = objective!(darts_train_grad_into, darts_train_hvp);
    let outer = objective!(darts_val_grad_into, darts_val_hvp);
    let problem = Bilevel::new(&inner, &outer, solver);
    let (mut w, mut alpha) = (vec![3.0], vec![3.0]);
    problem
        .descend(method, &mut w, &mut alpha, 200, 0.2, |_, _| {})
        .unwrap();
    (w[0], alpha[0])
}

#[test]
fn darts_toy_problem_reaches_its_optimum() {
    // One inner step of size ½ = H⁻¹ per outer step, as DARTS alternates.
    let one_step = InnerSolver::new(1, 0.5);
    let converged = InnerSolver::new(100, 0.5);
    // DARTS with ξ = ½ = H⁻¹ is exact on this problem (dF/dα = 2α − 2 at any
    // w), so it converges to the optimum like the exact method does: the
    // outer iteration contracts α − 1 by 1 − 0.2 · 2 = 0.6 per step, 0.6^200 ≈ 1e-44.
    let runs: [(&str, &dyn Method, InnerSolver); 3] = [
        ("darts ξ = ½", &FiniteDifference::new(0.5), one_step),
        ("exact", &Exact, converged),
        ("cg", &ConjugateGradient::default(), converged),
    ];
    for (name, method, solver) in runs {
        let (w, alpha) = darts_descent(method, solver);
        // α and w are within rounding of 1 after the contraction; the finite
        // difference of a quadratic is exact up to rounding of O(1e-16 / ε).
        assert!(
            (alpha - 1.0).abs() < 1e-10 && (w - 1.0).abs() < 1e-10,
            "{name}: ({w}, {alpha})"
        );
    }
    // The first-order variant drops the best-response term: dF/dα ≈ w − 2,
    // whose fixed point with w = α is (2, 2), not the optimum.
    let (w, alpha) = darts_descent(&FiniteDifference::first_order(), converged);
    assert!(
        (alpha - 2.0).abs() < 1e-10 && (w - 2.0).abs() < 1e-10,
        "first order: ({w}, {alpha})"
    );
}

#[test]
fn darts_with_the_inverse_curvature_step_is_the_exact_hypergradient() {
    let inner = objective!(darts_train_grad_into, darts_train_hvp);
    let outer = objective!(darts_val_grad_into, darts_val_hvp);
    // No inner steps: the hypergradient at an arbitrary (w, α), where DARTS's
    // own step w' = w − ½ ∇_w L_train lands on w* = α.
    let problem = Bilevel::new(&inner, &outer, InnerSolver::new(0, 0.0));
    for (w, alpha) in [(0.0, 0.5), (4.0, -1.0), (1.0, 1.0)] {
        let hg = problem
            .hypergradient(&FiniteDifference::new(0.5), &mut vec![w], &[alpha])
            .unwrap();
        // The central difference of the linear ∇_α L_train is exact up to
        // rounding: (2α − 2) to 1e-12.
        assert!(
            (hg.gradient[0] - (2.0 * alpha - 2.0)).abs() < 1e-12,
            "at ({w}, {alpha}): {:?}",
            hg.gradient
        );
    }
}

/// g(x, y) = cosh y − x y: h(x) = argmin_y g = asinh x.
#[differentiate]
fn cosh_tilt(x: f64, y: f64) -> f64 {
    y.cosh() - x * y
}

/// g(x, y) = x y − y²: a maximum in y.
#[differentiate]
fn concave(x: f64, y: f64) -> f64 {
    x * y - y * y
}

#[test]
fn scalar_argmin_derivative_matches_asinh() {
    for x in [-2.0f64, -0.3, 0.0, 0.75, 5.0] {
        let (_, _, _, cross, curvature) = cosh_tilt_hvp(x, x.asinh(), 0.0, 1.0);
        let slope = argmin_derivative(cross, curvature).unwrap();
        // h'(x) = 1/√(1 + x²); both sides are a few roundings from exact.
        let reference = 1.0 / (1.0 + x * x).sqrt();
        assert!(
            (slope - reference).abs() < 1e-14 * reference,
            "x = {x}: {slope} vs {reference}"
        );
    }
    let (_, _, _, cross, curvature) = concave_hvp(1.0, 0.5, 0.0, 1.0);
    assert_eq!(
        argmin_derivative(cross, curvature),
        Err(BilevelError::NotAMinimum { curvature: -2.0 })
    );
}
