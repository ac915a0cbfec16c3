//! Regressions for the bugs the random programs found
//! (`random-programs/FINDINGS.md`), each through the checks of `common`.
// `vec![..]` where an array would do is the construct under test.
#![allow(clippy::useless_vec)]

mod common;

use autodiff::differentiate;

const POINTS: &[&[f64]] = &[&[2.0, 3.0], &[0.3, -0.7, 1.1], &[-1.5]];

/// F2: `*v` of a `for v in x.iter()` item inside `vec![..]`, in both forms:
/// Σ_v (v·v + v·2v) = 3 Σ v².
#[differentiate]
fn deref_in_vec(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x.iter() {
        let b = vec![*v; 2];
        let c = vec![*v, 2.0 * *v];
        s += b[1] * b[0] + c[0] * c[1];
    }
    s
}

#[test]
fn deref_of_an_iterated_element_inside_vec() {
    check_slice!(deref_in_vec, deref_in_vec_jvp, deref_in_vec_vjp, deref_in_vec_grad,
        deref_in_vec_hvp, deref_in_vec_hessian;
        gradient: |x: &[f64]| x.iter().map(|v| 6.0 * v).collect(),
        hessian: |x: &[f64]| (0..x.len())
            .map(|i| (0..x.len()).map(|j| if i == j { 6.0 } else { 0.0 }).collect())
            .collect(),
        at: POINTS);
}

/// F3: `x.powi(n)` had the Hessian NaN at x = 0 (the arm of its partial for
/// n = i32::MIN divided by x). f = x² + y³ + x³ y².
#[differentiate]
fn powers(x: f64, y: f64) -> f64 {
    x.powi(2) + y.powi(3) + x.powi(3) * y.powi(2)
}

#[test]
fn powi_has_its_hessian_at_zero() {
    let at: &[&[f64]] = &[&[0.0, 0.0], &[0.0, 1.5], &[-0.5, 0.0], &[0.7, -1.2]];
    check!(powers, powers_jvp, powers_vjp, powers_grad; [0, 1])
        .formula(|p| {
            let (x, y) = (p[0], p[1]);
            vec![
                2.0 * x + 3.0 * x * x * y * y,
                3.0 * y * y + 2.0 * x.powi(3) * y,
            ]
        })
        .at(at);
    check2!(powers, powers_grad, powers_hvp, powers_hessian; [0, 1])
        .formula(|p| {
            let (x, y) = (p[0], p[1]);
            let xy = 6.0 * x * x * y;
            vec![
                vec![2.0 + 6.0 * x * y * y, xy],
                vec![xy, 6.0 * y + 2.0 * x.powi(3)],
            ]
        })
        .at(at);
}
