//! Learning sample weights that find corrupted labels (issue 5).
//!
//! A logistic-regression training set in which a known fifth of the labels
//! were flipped; the validation set is clean. The inner problem is weighted
//! logistic regression with weights σ(λ_i),
//! `G(w, λ) = Σ_i σ(λ_i) ln(1 + exp(−y_i x_iᵀw)) + (ρ/2) ‖w‖²`, the outer
//! problem the validation log-loss `F(w) = (1/m) Σ ln(1 + exp(−y_v x_vᵀw))`;
//! both are `#[differentiate]` functions. Hypergradient descent on λ (from
//! λ = 0, uniform weights ½), with a warm-started inner solve and conjugate
//! gradient at every outer step, pushes the flipped samples' weights down.
//!
//! Checked: the first hypergradient against the implicit-function formula
//! `dF/dλ_i = −σ'(λ_i) ∇ℓ_i(w*)ᵀ H⁻¹ ∇F(w*)` with w* by Newton's method and
//! the analytic Hessian (nalgebra); the flipped samples end below the clean
//! ones (the fraction of them down-weighted, the fraction among the lowest
//! weights, and the probability that a flipped sample weighs less than a
//! clean one); the validation loss at the learned weights beats uniform weights.
//!
//! Every check prints `ok` or `FAILED`; the example exits with status 1 if any failed.
#![allow(clippy::needless_range_loop)]

#[path = "bilevel/mod.rs"]
mod bilevel;

use autodiff::bilevel::{Bilevel, ConjugateGradient, InnerSolver};
use autodiff::{differentiate, objective};
// The glob brings `sigmoid`'s hidden companions (`sigmoid__jvp`, ...), which
// the generated code of `weighted_logistic` calls, into scope with it.
use bilevel::*;
use nalgebra::{DMatrix, DVector};

/// Training samples, features, validation samples.
const N: usize = 200;
const D: usize = 10;
const M: usize = 200;
/// The noise on the linear score before its sign is taken as the label.
const NOISE: f64 = 0.3;
/// The fraction of training labels flipped.
const FLIPPED: f64 = 0.2;
/// The ridge term ρ of the inner problem.
const RHO: f64 = 1.0;
/// Outer steps and their size on λ.
const OUTER_STEPS: usize = 200;
const OUTER_STEP: f64 = 100.0;

/// The PASS/FAIL record of the example's own checks.
#[derive(Default)]
struct Checks(usize);

impl Checks {
    fn check(&mut self, ok: bool, what: &str) {
        println!("  [{}] {what}", if ok { "ok" } else { "FAILED" });
        self.0 += usize::from(!ok);
    }
}

/// `Σ_i σ(λ_i) ln(1 + exp(−y_i x_iᵀw)) + (ρ/2) ‖w‖²`, labels ±1.
#[differentiate(wrt(w, lam))]
fn weighted_logistic(w: &[f64], lam: &[f64], data: &Data, rho: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..data.y.len() {
        let mut z = 0.0;
        for j in 0..data.d {
            z += data.x[i * data.d + j] * w[j];
        }
        s += sigmoid(lam[i]) * (-data.y[i] * z).exp().ln_1p();
    }
    let mut norm2 = 0.0;
    for j in 0..w.len() {
        norm2 += w[j] * w[j];
    }
    s + 0.5 * rho * norm2
}

/// The mean log-loss `(1/m) Σ ln(1 + exp(−y_i x_iᵀw))`.
#[differentiate(wrt(w, _lam))]
fn log_loss(w: &[f64], _lam: &[f64], data: &Data) -> f64 {
    let mut s = 0.0;
    for i in 0..data.y.len() {
        let mut z = 0.0;
        for j in 0..data.d {
            z += data.x[i * data.d + j] * w[j];
        }
        s += (-data.y[i] * z).exp().ln_1p();
    }
    s / data.y.len() as f64
}

/// `n` samples with standard normal features and labels `sign(x_iᵀw_true + noise)`.
fn classification(n: usize, d: usize, noise: f64, rng: &mut Rng) -> Data {
    let w_true: Vec<f64> = (0..d).map(|j| 3.0 / (1.0 + j as f64)).collect();
    let mut data = Data::linear(n, &w_true, noise, rng);
    data.y.iter_mut().for_each(|y| *y = y.signum());
    data
}

/// Flips the labels of `fraction · n` samples drawn at random; which ones.
fn flip_labels(data: &mut Data, fraction: f64, rng: &mut Rng) -> Vec<bool> {
    let n = data.len();
    let mut flipped = vec![false; n];
    let mut left = (fraction * n as f64).round() as usize;
    while left > 0 {
        let i = (rng.uniform() * n as f64) as usize;
        if !flipped[i] {
            flipped[i] = true;
            data.y[i] = -data.y[i];
            left -= 1;
        }
    }
    flipped
}

/// `σ(−y_i x_iᵀw)` for each sample: the size of its loss's gradient.
fn margins(data: &Data, w: &DVector<f64>) -> Vec<f64> {
    let z = data.matrix() * w;
    (0..data.len())
        .map(|i| sigmoid(-data.y[i] * z[i]))
        .collect()
}

/// The gradient and Hessian of the weighted inner problem (nalgebra).
fn inner_derivatives(
    data: &Data,
    weights: &[f64],
    rho: f64,
    w: &DVector<f64>,
) -> (DVector<f64>, DMatrix<f64>) {
    let (x, s) = (data.matrix(), margins(data, w));
    let mut g = w * rho;
    let mut h = DMatrix::identity(data.d, data.d) * rho;
    for i in 0..data.len() {
        let row = x.row(i).transpose();
        g -= &row * (weights[i] * s[i] * data.y[i]);
        h += &row * row.transpose() * (weights[i] * s[i] * (1.0 - s[i]));
    }
    (g, h)
}

/// The weighted solution w* by Newton's method (the problem is strictly
/// convex, so it converges quadratically), to ‖∇G‖ ≤ 1e-12.
fn newton_solution(data: &Data, weights: &[f64], rho: f64) -> DVector<f64> {
    let mut w = DVector::zeros(data.d);
    for _ in 0..50 {
        let (g, h) = inner_derivatives(data, weights, rho, &w);
        if g.norm() <= 1e-12 {
            return w;
        }
        w -= h.cholesky().expect("positive definite").solve(&g);
    }
    panic!("Newton's method did not reach ‖∇G‖ ≤ 1e-12 in 50 steps");
}

/// The mean log-loss of `w` on `data` and its gradient.
fn validation_loss(data: &Data, w: &DVector<f64>) -> (f64, DVector<f64>) {
    let (x, s) = (data.matrix(), margins(data, w));
    let m = data.len() as f64;
    let z = &x * w;
    let value = (0..data.len())
        .map(|i| (-data.y[i] * z[i]).exp().ln_1p())
        .sum::<f64>()
        / m;
    let slope = DVector::from_iterator(data.len(), (0..data.len()).map(|i| -s[i] * data.y[i]));
    (value, x.transpose() * slope / m)
}

/// `dF/dλ_i = −σ'(λ_i) ∇ℓ_i(w*)ᵀ H⁻¹ ∇F(w*)` with `∇ℓ_i = −σ(−y_i z_i) y_i x_i`.
fn implicit_hypergradient(train: &Data, val: &Data, lam: &[f64], rho: f64) -> Vec<f64> {
    let weights: Vec<f64> = lam.iter().map(|&l| sigmoid(l)).collect();
    let w = newton_solution(train, &weights, rho);
    let (_, h) = inner_derivatives(train, &weights, rho, &w);
    let u = h
        .cholesky()
        .expect("positive definite")
        .solve(&validation_loss(val, &w).1);
    let (x, s) = (train.matrix(), margins(train, &w));
    (0..train.len())
        .map(|i| {
            let slope = weights[i] * (1.0 - weights[i]);
            slope * s[i] * train.y[i] * x.row(i).transpose().dot(&u)
        })
        .collect()
}

/// The weights σ(λ_i) of the flipped and of the clean samples.
fn split(weights: &[f64], flipped: &[bool]) -> (Vec<f64>, Vec<f64>) {
    let pick = |want: bool| {
        weights
            .iter()
            .zip(flipped)
            .filter(|(_, &c)| c == want)
            .map(|(w, _)| *w)
            .collect()
    };
    (pick(true), pick(false))
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

/// The fraction of flipped samples among the `k` lowest weights, `k` the
/// number of flipped samples (1 when the weights separate them exactly).
fn fraction_found(weights: &[f64], flipped: &[bool]) -> f64 {
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&i, &j| weights[i].total_cmp(&weights[j]));
    let k = flipped.iter().filter(|&&c| c).count();
    order[..k].iter().filter(|&&i| flipped[i]).count() as f64 / k as f64
}

/// The probability that a flipped sample weighs less than a clean one, ties
/// counting half (the area under the ROC curve of "low weight means flipped").
fn ranking(weights: &[f64], flipped: &[bool]) -> f64 {
    let (bad, good) = split(weights, flipped);
    let score = |b: f64, g: f64| match b.total_cmp(&g) {
        std::cmp::Ordering::Less => 1.0,
        std::cmp::Ordering::Equal => 0.5,
        std::cmp::Ordering::Greater => 0.0,
    };
    let below: f64 = bad
        .iter()
        .map(|&b| good.iter().map(|&g| score(b, g)).sum::<f64>())
        .sum();
    below / (bad.len() * good.len()) as f64
}

/// The fraction of `v` below ½ (the starting weight).
fn below_half(v: &[f64]) -> f64 {
    v.iter().filter(|&&w| w < 0.5).count() as f64 / v.len() as f64
}

/// Prints and checks how the learned weights separate the flipped samples.
/// (Over the seeds 1, 2, 3, 7 these came out at 90–97.5% of the flipped
/// below ½, 5.6–8.1% of the clean, probability 0.94–0.97, 87.5–92.5% among
/// the lowest: the bounds below hold for this seed with a margin.)
fn judge_weights(weights: &[f64], flipped: &[bool], checks: &mut Checks) {
    let (bad, good) = split(weights, flipped);
    let (found, auc) = (fraction_found(weights, flipped), ranking(weights, flipped));
    println!("\nLearned weights (each started at ½):");
    println!(
        "   flipped samples down-weighted (below ½): {:.1}%; clean samples below ½: {:.1}%",
        100.0 * below_half(&bad),
        100.0 * below_half(&good)
    );
    println!(
        "   flipped samples among the {} lowest weights: {:.1}%",
        bad.len(),
        100.0 * found
    );
    println!("   probability that a flipped sample weighs less than a clean one: {auc:.3}");
    checks.check(
        below_half(&bad) >= 0.9,
        "at least 90% of the flipped samples are down-weighted",
    );
    checks.check(
        below_half(&good) <= 0.15,
        "at most 15% of the clean samples fall below ½",
    );
    checks.check(
        auc >= 0.95,
        "a flipped sample weighs less than a clean one with probability >= 0.95",
    );
    checks.check(
        found >= 0.85,
        "at least 85% of the lowest weights belong to flipped samples",
    );
}

/// One line of progress at outer step `step`.
fn report(step: usize, value: f64, lam: &[f64], flipped: &[bool]) {
    let weights: Vec<f64> = lam.iter().map(|&l| sigmoid(l)).collect();
    let (bad, good) = split(&weights, flipped);
    println!(
        "   outer step {step:>3}: F = {value:.5}, mean weight clean {:.3} / flipped {:.3}, \
         P(flipped < clean) = {:.3}",
        mean(&good),
        mean(&bad),
        ranking(&weights, flipped)
    );
}

fn main() {
    let mut rng = Rng::new(2025);
    let mut train = classification(N, D, NOISE, &mut rng);
    let flipped = flip_labels(&mut train, FLIPPED, &mut rng);
    let val = classification(M, D, NOISE, &mut rng);
    let mut checks = Checks::default();
    let inner = objective!(
        weighted_logistic_grad_into,
        weighted_logistic_hvp,
        &train,
        RHO
    );
    let outer = objective!(log_loss_grad_into, log_loss_hvp, &val);
    // H ≤ ¼ XᵀX + ρI: a step of 1 / (¼ λ_max(XᵀX) + ρ) is below 2 / L.
    let x = train.matrix();
    let eta = 1.0 / (0.25 * (x.transpose() * &x).symmetric_eigenvalues().max() + RHO);
    let solver = InnerSolver::new(50_000, eta).tolerance(1e-10);
    let problem = Bilevel::new(&inner, &outer, solver);
    let cg = ConjugateGradient::new(100, 1e-12);
    println!(
        "{N} training samples ({:.0}% of the labels flipped), {M} clean validation samples, \
         {D} features",
        100.0 * FLIPPED
    );

    let (mut w, mut lam) = (vec![0.0; D], vec![0.0; N]);
    let first = problem
        .hypergradient(&cg, &mut w, &lam)
        .expect("hypergradient");
    let reference = implicit_hypergradient(&train, &val, &lam, RHO);
    let error = relative_error(&first.gradient, &reference);
    // The inner solve stops at ‖∇G‖ ≤ 1e-10 with curvature ≥ ρ = 1: w is within
    // 1e-10 of w*, so the hypergradient within ~1e-9 relative (5e-12 measured).
    checks.check(
        error < 1e-8,
        &format!("first hypergradient against the implicit formula: relative error {error:.1e}"),
    );

    println!("\nHypergradient descent on λ, {OUTER_STEPS} steps of {OUTER_STEP}:");
    for step in 0..OUTER_STEPS {
        let hg = problem
            .hypergradient(&cg, &mut w, &lam)
            .expect("hypergradient");
        if step % 20 == 0 {
            report(step, hg.value, &lam, &flipped);
        }
        for (l, g) in lam.iter_mut().zip(&hg.gradient) {
            *l -= OUTER_STEP * g;
        }
    }
    let weights: Vec<f64> = lam.iter().map(|&l| sigmoid(l)).collect();
    let learned = validation_loss(&val, &newton_solution(&train, &weights, RHO)).0;
    report(OUTER_STEPS, learned, &lam, &flipped);
    judge_weights(&weights, &flipped, &mut checks);

    let uniform = validation_loss(&val, &newton_solution(&train, &[0.5; N], RHO)).0;
    let clean_only: Vec<f64> = flipped.iter().map(|&f| if f { 0.0 } else { 0.5 }).collect();
    let oracle = validation_loss(&val, &newton_solution(&train, &clean_only, RHO)).0;
    println!("\nValidation log-loss at the exact weighted solution (Newton's method):");
    println!(
        "   uniform weights {uniform:.5}, learned weights {learned:.5}, \
         flipped samples dropped (oracle) {oracle:.5}"
    );
    checks.check(
        learned < uniform,
        "the learned weights lower the validation loss below uniform weights",
    );
    if checks.0 > 0 {
        println!("{} checks FAILED", checks.0);
        std::process::exit(1);
    }
    println!("all checks passed");
}
