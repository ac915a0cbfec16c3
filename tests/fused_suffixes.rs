//! Fused sweeps with work after the loop (see
//! `autodiff-expand/src/reverse/fuse.rs`): a mean, a penalty, a scale chosen
//! by a passive branch. The statements after the loop that do not depend on
//! its sum run, with their records and backward code, before the loop; those
//! that do, after it. Beside them, functions whose code after the loop reads
//! the sum in a way that forbids this (a partial that reads it, a branch on
//! it, a loop that reads it, a call): they keep the replayed sweeps and must
//! give the same derivatives. Every function goes through the first- and
//! second-order checks of `common` (formula at 1e-12, central differences,
//! dot-product test, Hessian against differences of the gradient);
//! `these_sweeps_are_fused` names the sweeps each one gets, so the file fails
//! to compile if the macro stops fusing the first ones or starts fusing the
//! others.
#![allow(clippy::needless_range_loop)]

mod common;

use autodiff::differentiate;

const POINTS: &[&[f64]] = &[
    &[0.7, -1.3, 0.4, 2.1, -0.6],
    &[1.5, 0.2, -0.9, 0.8, 1.1, -2.0, 0.3],
];

/// (1/n) Σ x_i²: the mean divides the sum once the loop is done.
#[differentiate]
fn mean_square(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    s / x.len() as f64
}

fn mean_square_gradient(x: &[f64]) -> Vec<f64> {
    let n = x.len() as f64;
    x.iter().map(|v| 2.0 * v / n).collect()
}

#[test]
fn a_mean() {
    check_slice!(mean_square, mean_square_jvp, mean_square_vjp, mean_square_grad,
        mean_square_hvp, mean_square_hessian; gradient: mean_square_gradient, at: POINTS);
}

/// Σ ln(1 + x_i²) / n + 0.3 Σ x_i² + sin x_0: after the loop, a second loop
/// (an iterator chain) and terms of the inputs, all independent of the sum.
#[differentiate]
fn penalized(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for (i, v) in x.iter().enumerate() {
        s += (1.0 + v * v).ln() * (i + 1) as f64;
    }
    let penalty: f64 = x.iter().map(|v| v * v).sum();
    let edge = x[0].sin();
    s / n as f64 + 0.3 * penalty + edge
}

fn penalized_gradient(x: &[f64]) -> Vec<f64> {
    let n = x.len() as f64;
    let mut g: Vec<f64> = x
        .iter()
        .enumerate()
        .map(|(i, v)| 2.0 * v / (1.0 + v * v) * (i + 1) as f64 / n + 0.6 * v)
        .collect();
    g[0] += x[0].cos();
    g
}

#[test]
fn a_penalty_after_the_loop() {
    check_slice!(penalized, penalized_jvp, penalized_vjp, penalized_grad,
        penalized_hvp, penalized_hessian; gradient: penalized_gradient, at: POINTS);
}

/// k Σ x_i³ + x_1, k = 0.5 for more than five elements and 2 otherwise: the
/// scale comes from a branch on passive data after the loop.
#[differentiate]
fn scaled(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i] * x[i];
    }
    let mut k = 2.0;
    if x.len() > 5 {
        k = 0.5;
    }
    let r = k * s - s / 4.0;
    r + x[1]
}

fn scaled_gradient(x: &[f64]) -> Vec<f64> {
    let k = if x.len() > 5 { 0.5 } else { 2.0 };
    let mut g: Vec<f64> = x.iter().map(|v| (k - 0.25) * 3.0 * v * v).collect();
    g[1] += 1.0;
    g
}

#[test]
fn a_scale_from_a_passive_branch() {
    check_slice!(scaled, scaled_jvp, scaled_vjp, scaled_grad, scaled_hvp,
        scaled_hessian; gradient: scaled_gradient, at: POINTS);
}

/// Σ cos x_i / 2 + Σ_k x_k² + (x_0 x_1)²: after the loop, a `while` loop
/// (recorded, not replayed: its trip count and values go on the tape before
/// the fused loop runs and come back in its backward code) and a value that
/// a partial reads (`q * q`: its snapshot goes on the tape too).
#[differentiate]
fn recorded_after(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i].cos();
    }
    let mut p = 0.0;
    let mut k = 0;
    while k < x.len() {
        p += x[k] * x[k];
        k += 1;
    }
    let q = x[0] * x[1];
    0.5 * s + p + q * q
}

fn recorded_after_gradient(x: &[f64]) -> Vec<f64> {
    let mut g: Vec<f64> = x.iter().map(|v| -0.5 * v.sin() + 2.0 * v).collect();
    let q = x[0] * x[1];
    g[0] += 2.0 * q * x[1];
    g[1] += 2.0 * q * x[0];
    g
}

#[test]
fn a_recorded_loop_and_a_needed_value_after_the_loop() {
    check_slice!(recorded_after, recorded_after_jvp, recorded_after_vjp, recorded_after_grad,
        recorded_after_hvp, recorded_after_hessian; gradient: recorded_after_gradient, at: POINTS);
}

/// ln(Σ x_i² + 1): the partial of `ln` reads a value computed from the sum,
/// so the adjoint of the sum is not known before the loop has run.
#[differentiate]
fn log_sum(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    let t = s + 1.0;
    t.ln()
}

fn log_sum_gradient(x: &[f64]) -> Vec<f64> {
    let s = 1.0 + x.iter().map(|v| v * v).sum::<f64>();
    x.iter().map(|v| 2.0 * v / s).collect()
}

#[test]
fn a_suffix_whose_partial_reads_the_sum() {
    check_slice!(log_sum, log_sum_jvp, log_sum_vjp, log_sum_grad, log_sum_hvp,
        log_sum_hessian; gradient: log_sum_gradient, at: POINTS);
}

/// Σ x_i, doubled when it is positive: the branch after the loop reads the sum.
#[differentiate]
fn doubled_if_positive(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i].sin();
    }
    let mut r = s;
    if s > 0.0 {
        r = 2.0 * s;
    }
    r
}

fn doubled_if_positive_gradient(x: &[f64]) -> Vec<f64> {
    let s: f64 = x.iter().map(|v| v.sin()).sum();
    let k = if s > 0.0 { 2.0 } else { 1.0 };
    x.iter().map(|v| k * v.cos()).collect()
}

#[test]
fn a_branch_on_the_sum() {
    check_slice!(doubled_if_positive, doubled_if_positive_jvp, doubled_if_positive_vjp,
        doubled_if_positive_grad, doubled_if_positive_hvp, doubled_if_positive_hessian;
        gradient: doubled_if_positive_gradient, at: POINTS);
}

/// Σ_j (j + 1) Σ_i x_i²: a loop after the first one reads its sum.
#[differentiate]
fn weighted_by_sum(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    let mut t = 0.0;
    for j in 0..x.len() {
        t += s * (j + 1) as f64;
    }
    t
}

fn weighted_by_sum_gradient(x: &[f64]) -> Vec<f64> {
    let n = x.len() as f64;
    x.iter().map(|v| n * (n + 1.0) * v).collect()
}

#[test]
fn a_loop_that_reads_the_sum() {
    check_slice!(weighted_by_sum, weighted_by_sum_jvp, weighted_by_sum_vjp,
        weighted_by_sum_grad, weighted_by_sum_hvp, weighted_by_sum_hessian;
        gradient: weighted_by_sum_gradient, at: POINTS);
}

#[differentiate]
fn halve(v: f64) -> f64 {
    0.5 * v
}

/// Σ x_i² / 2 through a call after the loop.
#[differentiate]
fn halved_through_a_call(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    halve(s)
}

fn halved_through_a_call_gradient(x: &[f64]) -> Vec<f64> {
    x.to_vec()
}

#[test]
fn a_call_after_the_loop() {
    check_slice!(halved_through_a_call, halved_through_a_call_jvp, halved_through_a_call_vjp,
        halved_through_a_call_grad, halved_through_a_call_hvp, halved_through_a_call_hessian;
        gradient: halved_through_a_call_gradient, at: POINTS);
}

/// A compile-time check: the first functions get one fused sweep of first
/// and second order, the others the replayed forward and backward sweeps.
#[allow(dead_code)]
fn these_sweeps_are_fused() {
    let _ = (mean_square__rfused, mean_square__jvp_rfused);
    let _ = (penalized__rfused, penalized__jvp_rfused);
    let _ = (scaled__rfused, scaled__jvp_rfused);
    let _ = (recorded_after__rfused, recorded_after__jvp_rfused);
    let _ = (log_sum__rbwd, log_sum__jvp_rbwd);
    let _ = (doubled_if_positive__rbwd, doubled_if_positive__jvp_rbwd);
    let _ = (weighted_by_sum__rbwd, weighted_by_sum__jvp_rbwd);
    let _ = (halved_through_a_call__rbwd, halved_through_a_call__jvp_rbwd);
}

/// `(name, primal, values)` for `fused_sweeps_return_the_primal_value_exactly`:
/// the values `_grad`, `_vjp` with seed 1.5, `_grad_into` and `_hvp` return.
macro_rules! value_check {
    ($f:ident, $grad:ident, $vjp:ident, $into:ident, $hvp:ident) => {
        (stringify!($f), $f, |x, v| {
            let mut g = vec![0.0; x.len()];
            [$grad(x).0, $vjp(x, 1.5).0, $into(x, &mut g), $hvp(x, v).0]
        })
    };
}

/// The fused sweeps compute the value as the primal does, in its order:
/// `_grad`, `_vjp`, `_grad_into` and `_hvp` return it bit for bit.
#[test]
fn fused_sweeps_return_the_primal_value_exactly() {
    type Primal = fn(&[f64]) -> f64;
    type Values = fn(&[f64], &[f64]) -> [f64; 4];
    let checks: [(&str, Primal, Values); 4] = [
        value_check!(
            mean_square,
            mean_square_grad,
            mean_square_vjp,
            mean_square_grad_into,
            mean_square_hvp
        ),
        value_check!(
            penalized,
            penalized_grad,
            penalized_vjp,
            penalized_grad_into,
            penalized_hvp
        ),
        value_check!(
            recorded_after,
            recorded_after_grad,
            recorded_after_vjp,
            recorded_after_grad_into,
            recorded_after_hvp
        ),
        value_check!(
            scaled,
            scaled_grad,
            scaled_vjp,
            scaled_grad_into,
            scaled_hvp
        ),
    ];
    for x in POINTS {
        let v: Vec<f64> = (0..x.len()).map(|i| 0.5 - i as f64 * 0.25).collect();
        for (name, primal, values) in &checks {
            let y = primal(x);
            for (form, value) in ["_grad", "_vjp", "_grad_into", "_hvp"]
                .iter()
                .zip(values(x, &v))
            {
                assert_eq!(value.to_bits(), y.to_bits(), "{name}{form} at {x:?}");
            }
        }
    }
}
