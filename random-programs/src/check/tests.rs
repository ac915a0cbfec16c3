//! The checks on hand-written cases: they pass a correct derivative and catch
//! each kind of wrong one.

use std::sync::OnceLock;

use super::{points, Tally};
use crate::Case;

/// f(p) = p0 sin(p1) + p1².
fn f(p: &[f64]) -> f64 {
    p[0] * p[1].sin() + p[1] * p[1]
}

fn gradient(p: &[f64]) -> [f64; 2] {
    [p[1].sin(), p[0] * p[1].cos() + 2.0 * p[1]]
}

fn hessian_times(p: &[f64], v: &[f64]) -> [f64; 2] {
    let c = p[1].cos();
    [c * v[1], c * v[0] + (2.0 - p[0] * p[1].sin()) * v[1]]
}

/// `gradient` with its second partial off by 1e-6 relative.
fn wrong_gradient(p: &[f64]) -> [f64; 2] {
    let g = gradient(p);
    [g[0], g[1] * (1.0 + 1e-6)]
}

fn jvp(p: &[f64], d: &[f64]) -> (f64, f64) {
    let g = gradient(p);
    (f(p), g[0] * d[0] + g[1] * d[1])
}

fn vjp(p: &[f64], u: f64) -> Vec<f64> {
    let g = gradient(p);
    vec![f(p), u * g[0], u * g[1]]
}

fn grad(p: &[f64]) -> Vec<f64> {
    vjp(p, 1.0)
}

fn hvp(p: &[f64], v: &[f64]) -> Vec<f64> {
    let (g, h) = (gradient(p), hessian_times(p, v));
    vec![f(p), g[0], g[1], h[0], h[1]]
}

fn correct() -> Case {
    Case {
        seed: 7,
        source: "f(p) = p0 sin(p1) + p1²",
        inputs: 2,
        value: f,
        jvp,
        vjp,
        grad,
        hvp,
        vector: None,
        twin: None,
    }
}

fn checked(case: &Case) -> Tally {
    let mut t = Tally::default();
    t.check(case);
    t
}

#[test]
fn correct_derivatives_pass_every_check() {
    let t = checked(&correct());
    assert!(t.failures.is_empty(), "{:?}", t.failures);
    assert_eq!((t.points, t.gradient.checked, t.hessian.checked), (3, 6, 6));
}

#[test]
fn reverse_mode_off_by_1e_6_fails_the_dot_product_test() {
    let case = Case {
        vjp: |p, u| {
            let g = wrong_gradient(p);
            vec![f(p), u * g[0], u * g[1]]
        },
        grad: |p| {
            let g = wrong_gradient(p);
            vec![f(p), g[0], g[1]]
        },
        ..correct()
    };
    let t = checked(&case);
    assert_eq!(t.failures.len(), 1);
    assert!(
        t.failures[0].message.contains("dot-product"),
        "{:?}",
        t.failures
    );
}

#[test]
fn consistent_but_wrong_derivatives_fail_the_differences() {
    let case = Case {
        jvp: |p, d| {
            let g = wrong_gradient(p);
            (f(p), g[0] * d[0] + g[1] * d[1])
        },
        vjp: |p, u| {
            let g = wrong_gradient(p);
            vec![f(p), u * g[0], u * g[1]]
        },
        grad: |p| {
            let g = wrong_gradient(p);
            vec![f(p), g[0], g[1]]
        },
        ..correct()
    };
    let t = checked(&case);
    assert_eq!(t.failures.len(), 1);
    assert!(t.failures[0].message.contains("∂f/∂p1"), "{:?}", t.failures);
}

#[test]
fn wrong_hessian_fails_the_differences_of_the_gradient() {
    let case = Case {
        hvp: |p, v| {
            let (g, h) = (gradient(p), hessian_times(p, v));
            vec![f(p), g[0], g[1], h[0], h[1] + 1e-5 * v[1]]
        },
        ..correct()
    };
    let t = checked(&case);
    assert_eq!(t.failures.len(), 1);
    assert!(
        t.failures[0].message.contains("(H v)_1"),
        "{:?}",
        t.failures
    );
}

#[test]
fn a_value_that_differs_from_the_primal_fails() {
    let case = Case {
        jvp: |p, d| (f(p) * (1.0 + f64::EPSILON), jvp(p, d).1),
        ..correct()
    };
    let t = checked(&case);
    assert_eq!(t.failures.len(), 1);
    assert!(
        t.failures[0].message.contains("_jvp's value"),
        "{:?}",
        t.failures
    );
}

/// X = 3·10^-6 plus the first coordinate of the first point the checks use
/// for seed 7: within the step of that point, not on it (central differences
/// of |t| at 0 itself give the slope 0 exactly).
fn kink() -> f64 {
    static X: OnceLock<f64> = OnceLock::new();
    *X.get_or_init(|| points(7, 1)[0][0] + 3e-6)
}

/// |p0 - X| + 2 p0.
fn kinked(p: &[f64]) -> f64 {
    (p[0] - kink()).abs() + 2.0 * p[0]
}

/// The derivative 2 + sign(p0 - X) (2 at the kink itself, as for abs at 0).
fn kinked_slope(p: &[f64]) -> f64 {
    let s = p[0] - kink();
    2.0 + if s == 0.0 { 0.0 } else { s.signum() }
}

#[test]
fn a_kink_at_the_point_is_skipped_not_failed() {
    let case = Case {
        inputs: 1,
        value: kinked,
        jvp: |p, d| (kinked(p), kinked_slope(p) * d[0]),
        vjp: |p, u| vec![kinked(p), u * kinked_slope(p)],
        grad: |p| vec![kinked(p), kinked_slope(p)],
        hvp: |p, _| vec![kinked(p), kinked_slope(p), 0.0],
        ..correct()
    };
    let t = checked(&case);
    assert!(t.failures.is_empty(), "{:?}", t.failures);
    assert_eq!((t.gradient.checked, t.gradient.skipped), (2, 1));
}
