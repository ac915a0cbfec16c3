//! Regressions for the bugs the random programs found
//! (`random-programs/FINDINGS.md`), each through the checks of `common`.
mod common;

use autodiff::differentiate;

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
