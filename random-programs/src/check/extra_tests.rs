//! The checks of f32 twins and of helpers with vector results, on
//! hand-written cases: they pass correct ones and catch wrong ones.

use super::Tally;
use crate::{Case, Twin, VectorCase};

/// f(p) = p0 sin(p1) + p1², with its exact derivatives.
fn f(p: &[f64]) -> f64 {
    p[0] * p[1].sin() + p[1] * p[1]
}

fn gradient(p: &[f64]) -> [f64; 2] {
    [p[1].sin(), p[0] * p[1].cos() + 2.0 * p[1]]
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
    let (g, c) = (gradient(p), p[1].cos());
    let h = [c * v[1], c * v[0] + (2.0 - p[0] * p[1].sin()) * v[1]];
    vec![f(p), g[0], g[1], h[0], h[1]]
}

/// The same function evaluated in f32.
fn f32_value(p: &[f64]) -> f64 {
    let (a, b) = (p[0] as f32, p[1] as f32);
    f64::from(a * b.sin() + b * b)
}

/// The f32 twin of `f`: its value in f32, its derivatives those of `f`
/// rounded to f32.
fn twin() -> Twin {
    Twin {
        value: f32_value,
        jvp: |p, d| (f32_value(p), f64::from(jvp(p, d).1 as f32)),
        vjp: |p, u| {
            let mut out = vec![f32_value(p)];
            out.extend(vjp(p, u)[1..].iter().map(|v| f64::from(*v as f32)));
            out
        },
        grad: |p| {
            let mut out = vec![f32_value(p)];
            out.extend(vjp(p, 1.0)[1..].iter().map(|v| f64::from(*v as f32)));
            out
        },
        hvp: |p, v| {
            let mut out = vec![f32_value(p)];
            out.extend(hvp(p, v)[1..].iter().map(|v| f64::from(*v as f32)));
            out
        },
    }
}

/// h(c) = [c0 c1, sin c0] with its Jacobian [[c1, c0], [cos c0, 0]].
fn h(p: &[f64]) -> Vec<f64> {
    vec![p[0] * p[1], p[0].sin()]
}

fn h_jacobian(p: &[f64]) -> Vec<Vec<f64>> {
    vec![vec![p[1], p[0]], vec![p[0].cos(), 0.0]]
}

fn h_jvp(p: &[f64], d: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let j = h_jacobian(p);
    let t = j.iter().map(|r| r[0] * d[0] + r[1] * d[1]).collect();
    (h(p), t)
}

fn h_vjp(p: &[f64], u: &[f64]) -> Vec<f64> {
    let j = h_jacobian(p);
    let mut out = h(p);
    out.extend((0..2).map(|k| u[0] * j[0][k] + u[1] * j[1][k]));
    out
}

fn vector() -> VectorCase {
    VectorCase {
        name: "h",
        outputs: 2,
        value: h,
        jvp: h_jvp,
        vjp: h_vjp,
        jacobian: h_jacobian,
    }
}

fn case(vector: Option<VectorCase>, twin: Option<Twin>) -> Case {
    Case {
        seed: 11,
        source: "f(p) = p0 sin(p1) + p1²",
        inputs: 2,
        value: f,
        jvp,
        vjp,
        grad,
        hvp,
        vector,
        twin,
    }
}

fn checked(case: &Case) -> Tally {
    let mut t = Tally::default();
    t.check(case);
    t
}

#[test]
fn a_twin_within_f32_rounding_and_a_correct_jacobian_pass() {
    let t = checked(&case(Some(vector()), Some(twin())));
    assert!(t.failures.is_empty(), "{:?}", t.failures);
    assert_eq!(t.twin_errors.len(), 3);
    assert!(t.twin_errors.iter().all(|e| *e > 0.0 && *e < 1e-6));
    assert_eq!(t.jacobian.checked, 12);
}

#[test]
fn a_twin_off_by_more_than_f32_rounding_fails() {
    let off = Twin {
        grad: |p| {
            let mut out = vec![f32_value(p)];
            out.extend(vjp(p, 1.0)[1..].iter().map(|v| f64::from(*v as f32) * 1.01));
            out
        },
        vjp: |p, u| {
            let mut out = vec![f32_value(p)];
            out.extend(vjp(p, u)[1..].iter().map(|v| f64::from(*v as f32) * 1.01));
            out
        },
        ..twin()
    };
    let t = checked(&case(None, Some(off)));
    assert_eq!(t.failures.len(), 1);
    assert!(
        t.failures[0].message.contains("f32 twin's gradient"),
        "{:?}",
        t.failures
    );
}

#[test]
fn a_vjp_that_disagrees_with_the_jacobian_fails() {
    let wrong = VectorCase {
        vjp: |p, u| {
            let mut out = h_vjp(p, u);
            out[3] *= 1.0 + 1e-6;
            out
        },
        ..vector()
    };
    let t = checked(&case(Some(wrong), None));
    assert_eq!(t.failures.len(), 1);
    assert!(t.failures[0].message.contains("h_vjp"), "{:?}", t.failures);
}

#[test]
fn a_jacobian_that_disagrees_with_the_differences_fails() {
    let wrong = VectorCase {
        jacobian: |p| {
            let mut j = h_jacobian(p);
            j[1][0] *= 1.0 + 1e-6;
            j
        },
        jvp: |p, d| {
            let j = {
                let mut j = h_jacobian(p);
                j[1][0] *= 1.0 + 1e-6;
                j
            };
            (h(p), j.iter().map(|r| r[0] * d[0] + r[1] * d[1]).collect())
        },
        vjp: |p, u| {
            let mut j = h_jacobian(p);
            j[1][0] *= 1.0 + 1e-6;
            let mut out = h(p);
            out.extend((0..2).map(|k| u[0] * j[0][k] + u[1] * j[1][k]));
            out
        },
        ..vector()
    };
    let t = checked(&case(Some(wrong), None));
    assert_eq!(t.failures.len(), 1);
    assert!(
        t.failures[0].message.contains("h_jacobian[(1, 0)]"),
        "{:?}",
        t.failures
    );
}
