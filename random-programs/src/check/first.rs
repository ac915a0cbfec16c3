//! First order: values, `_grad` against `_vjp`, the dot-product test, and
//! central differences of f.

use super::difference::estimate;
use super::{abs_dot, against_differences, dot, within, Differences, STEP};
use crate::generator::rng::Rng;
use crate::Case;

/// The relative tolerance of the dot-product test.
pub const DOT: f64 = 1e-10;
/// The absolute tolerance of the dot-product test, times |u| ‖v‖₁: the
/// generator keeps values O(1), and derivatives that cancel to 0 keep
/// rounding errors of that order.
pub const FLOOR: f64 = 1e-12;

/// Every first-order check of `case` at `p`.
pub fn check(case: &Case, p: &[f64], rng: &mut Rng, diffs: &mut Differences) -> Result<(), String> {
    let y = (case.value)(p);
    if !y.is_finite() {
        return Err(format!("f = {y}: the generator promises finite values"));
    }
    let g = (case.grad)(p);
    same("_grad's value", g[0], y)?;
    let v1 = (case.vjp)(p, 1.0);
    if !v1.iter().zip(&g).all(|(a, b)| a.to_bits() == b.to_bits()) {
        return Err(format!("_grad {g:?} != _vjp with seed 1 {v1:?}"));
    }
    let grad = &g[1..];
    for _ in 0..3 {
        let u = rng.uniform(-2.0, 2.0);
        let v: Vec<f64> = (0..p.len()).map(|_| rng.uniform(-1.0, 1.0)).collect();
        let (yj, jv) = (case.jvp)(p, &v);
        same("_jvp's value", yj, y)?;
        let r = (case.vjp)(p, u);
        same("_vjp's value", r[0], y)?;
        let (lhs, rhs) = (u * jv, dot(&r[1..], &v));
        let size = u.abs() * abs_dot(grad, &v);
        let floor = FLOOR * u.abs() * v.iter().map(|c| c.abs()).sum::<f64>();
        if !within(lhs, rhs, DOT * size + floor) {
            return Err(format!(
                "dot-product test along v = {v:?}, u = {u}: u·(J v) = {lhs:e}, <Jᵀu, v> = {rhs:e}"
            ));
        }
    }
    differences(case, p, grad, diffs)
}

/// Each partial derivative against central differences.
fn differences(
    case: &Case,
    p: &[f64],
    grad: &[f64],
    diffs: &mut Differences,
) -> Result<(), String> {
    let estimates: Vec<_> = (0..p.len())
        .map(|i| {
            estimate(
                |t| {
                    let mut q = p.to_vec();
                    q[i] += t;
                    vec![(case.value)(&q)]
                },
                STEP,
            )[0]
        })
        .collect();
    against_differences(grad, &estimates, diffs, |i| format!("∂f/∂p{i}"))
}

/// A value a derivative function returns must be the primal's, bit for bit.
pub fn same(what: &str, got: f64, y: f64) -> Result<(), String> {
    if got.to_bits() == y.to_bits() {
        Ok(())
    } else {
        Err(format!("{what} {got:e} != f = {y:e}"))
    }
}
