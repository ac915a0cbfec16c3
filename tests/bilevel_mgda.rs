//! Several outer objectives over one inner problem, combined by MGDA
//! (`MinNorm`, MOML's outer step): ridge regression with one penalty per
//! feature, trained on one task; the outer objectives are `#[differentiate]`
//! validation losses on tasks whose true weights differ (two squared losses
//! and a pseudo-Huber loss), so that their hypergradients conflict. Each
//! hypergradient is checked against the closed form, the combined direction
//! against the min-norm conditions and (for two objectives) the closed-form
//! weight, and a small step along it against the closed-form losses.
#![allow(clippy::needless_range_loop)]

#[path = "../examples/bilevel/mod.rs"]
mod bilevel;

use autodiff::bilevel::{
    Bilevel, ConjugateGradient, Exact, InnerSolver, Method, MinNorm, Objective,
};
use autodiff::{differentiate, objective};
use bilevel::*;
use nalgebra::DVector;

/// The pseudo-Huber loss `(1/m) Σ (√(1 + r_i²) − 1)` of the residuals `r = X w − y`.
#[differentiate(wrt(w, _lam))]
fn huber_validation(w: &[f64], _lam: &[f64], data: &Data) -> f64 {
    let n = data.y.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut p = 0.0;
        for j in 0..data.d {
            p += data.x[i * data.d + j] * w[j];
        }
        let r = p - data.y[i];
        s += (1.0 + r * r).sqrt() - 1.0;
    }
    s / n as f64
}

/// The residuals `X w − y`.
fn residuals(data: &Data, w: &DVector<f64>) -> DVector<f64> {
    data.matrix() * w - DVector::from_column_slice(&data.y)
}

/// An outer objective by the closed form: its value and its gradient in w.
enum Loss {
    Squared,
    Huber,
}

impl Loss {
    fn value(&self, data: &Data, w: &DVector<f64>) -> f64 {
        let r = residuals(data, w);
        let m = data.len() as f64;
        match self {
            Loss::Squared => r.norm_squared() / (2.0 * m),
            Loss::Huber => r.iter().map(|r| (1.0 + r * r).sqrt() - 1.0).sum::<f64>() / m,
        }
    }

    fn gradient(&self, data: &Data, w: &DVector<f64>) -> DVector<f64> {
        let r = residuals(data, w);
        let slope = match self {
            Loss::Squared => r,
            Loss::Huber => r.map(|r| r / (1.0 + r * r).sqrt()),
        };
        data.matrix().transpose() * slope / data.len() as f64
    }
}

/// The training task and three validation tasks with other true weights.
fn tasks() -> (Data, [(Data, Loss); 3]) {
    let mut rng = Rng::new(41);
    let train = Data::linear(40, &[2.0, 0.0, 1.0, -1.0, 0.5], 0.5, &mut rng);
    let val = [
        (&[2.0, 0.8, 1.0, -1.0, 0.0], Loss::Squared),
        (&[2.0, -0.8, 0.0, -1.0, 0.5], Loss::Squared),
        (&[1.0, 0.0, 1.0, 0.0, 0.5], Loss::Huber),
    ]
    .map(|(w, loss)| (Data::linear(60, w, 0.5, &mut rng), loss));
    (train, val)
}

/// The penalties at which the hypergradients are taken.
const LAM: [f64; 5] = [0.05, 0.1, 0.2, 0.1, 0.05];

/// Each outer objective's hypergradient by `method` after a converged inner
/// solve, checked against the closed form; returned with the closed forms.
fn hypergradients(
    method: &dyn Method,
    train: &Data,
    val: &[(Data, Loss)],
) -> (Vec<Vec<f64>>, Vec<Vec<f64>>) {
    let inner = objective!(ridge_grad_into, ridge_hvp, train);
    // H = XᵀX/n + Λ has eigenvalues in about [0.4, 2.5]: η = 0.4 contracts by ≤ 0.84.
    let solver = InnerSolver::new(5000, 0.4).tolerance(1e-13);
    let mut got = Vec::new();
    let mut closed = Vec::new();
    for (data, loss) in val {
        let outer: Box<dyn Objective> = match loss {
            Loss::Squared => Box::new(objective!(validation_grad_into, validation_hvp, data)),
            Loss::Huber => Box::new(objective!(
                huber_validation_grad_into,
                huber_validation_hvp,
                data
            )),
        };
        let hg = Bilevel::new(&inner, outer.as_ref(), solver)
            .hypergradient(method, &mut vec![0.0; 5], &LAM)
            .unwrap()
            .gradient;
        let reference = ridge_hypergradient_of(train, &LAM, |w| loss.gradient(data, w));
        // The solve leaves ‖w − w*‖ ≲ 1e-13 / 0.4; with cond(H) ≈ 6 and
        // rounding the hypergradient is within ~1e-11 relative: 1e-9 is a margin of 100.
        let error = relative_error(&hg, &reference);
        assert!(error < 1e-9, "{hg:?} vs {reference:?} ({error:e})");
        got.push(hg);
        closed.push(reference);
    }
    (got, closed)
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The closed-form outer losses at the ridge solution for the penalties `lam`.
fn losses(train: &Data, val: &[(Data, Loss)], lam: &[f64]) -> Vec<f64> {
    let w = ridge_solution(train, lam);
    val.iter()
        .map(|(data, loss)| loss.value(data, &w))
        .collect()
}

#[test]
fn min_norm_direction_is_a_common_descent_direction() {
    let (train, val) = tasks();
    let (g, _) = hypergradients(&Exact, &train, &val);
    // The objectives conflict: some pair of hypergradients points apart, so
    // that no single one of them is a common descent direction.
    let conflicting = (0..3).any(|i| (0..3).any(|j| dot(&g[i], &g[j]) < 0.0));
    assert!(conflicting, "{g:?}");
    let solution = MinNorm::default().solve(&g).unwrap();
    let d = &solution.direction;
    let dd = dot(d, d);
    let scale = g.iter().map(|g| dot(g, g)).fold(0.0, f64::max);
    println!(
        "weights {:?}, ‖d‖² = {dd:e}, max ‖g‖² = {scale:e}",
        solution.weights
    );
    // Not Pareto-stationary here: d is a substantial direction.
    assert!(dd > 1e-4 * scale, "‖d‖² = {dd:e}");
    for gi in &g {
        // At the min-norm point <d, g_i> ≥ ‖d‖² for every i; Frank–Wolfe stops
        // at a gap of 1e-12 · max ‖g_i‖²: 1e-10 leaves a margin of 100.
        let p = dot(d, gi);
        assert!(p >= dd - 1e-10 * scale, "<d, g> = {p:e} < ‖d‖² = {dd:e}");
    }
    // A small step λ − t d lowers every outer loss (closed forms), by
    // t <d, g_i> to first order.
    let before = losses(&train, &val, &LAM);
    let t = 1e-3 * LAM[0] / d.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    let stepped: Vec<f64> = LAM.iter().zip(d).map(|(l, di)| l - t * di).collect();
    let after = losses(&train, &val, &stepped);
    for i in 0..3 {
        let (fall, predicted) = (before[i] - after[i], t * dot(d, &g[i]));
        println!("objective {i}: fell by {fall:e}, predicted {predicted:e}");
        assert!(fall > 0.0, "objective {i} rose by {:e}", -fall);
        // The second-order remainder is O(t² ‖d‖²) against the first-order
        // O(t ‖d‖²): relative O(t ‖d‖) ≈ 1e-4 here (2e-4 measured); 1e-2 is a margin of 50.
        assert!(
            (fall - predicted).abs() < 1e-2 * predicted,
            "objective {i}: {fall:e} vs {predicted:e}"
        );
    }
}

#[test]
fn two_objectives_match_the_closed_form_weight() {
    let (train, val) = tasks();
    let val = &val[..2];
    let (g, closed) = hypergradients(&ConjugateGradient::new(50, 1e-14), &train, val);
    let solution = MinNorm::default().solve(&g).unwrap();
    // ‖α g₁ + (1 − α) g₂‖² is smallest at α = <g₂ − g₁, g₂> / ‖g₁ − g₂‖², in [0, 1].
    let difference: Vec<f64> = closed[1]
        .iter()
        .zip(&closed[0])
        .map(|(b, a)| b - a)
        .collect();
    let alpha = dot(&difference, &closed[1]) / dot(&difference, &difference);
    println!(
        "α = {alpha} (closed form), {:?} (MinNorm)",
        solution.weights
    );
    // An interior weight: the two hypergradients conflict and neither is the answer.
    assert!(0.0 < alpha && alpha < 1.0, "α = {alpha}");
    let reference: Vec<f64> = closed[0]
        .iter()
        .zip(&closed[1])
        .map(|(a, b)| alpha * a + (1.0 - alpha) * b)
        .collect();
    // The hypergradients agree with the closed forms to ~1e-11 (see above)
    // and the weight is a smooth function of them: 1e-9 is a margin of 100.
    assert!((solution.weights[0] - alpha).abs() < 1e-9);
    assert!(relative_error(&solution.direction, &reference) < 1e-9);
    // With an interior weight, d is equally steep along both: <d, g₁> = <d, g₂> = ‖d‖².
    let d = &solution.direction;
    for gi in &g {
        assert!((dot(d, gi) - dot(d, d)).abs() < 1e-12 * dot(gi, gi));
    }
}
