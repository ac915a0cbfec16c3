//! Calls of functions with a vector result from differentiated functions:
//! `let v: Vec<f64> = g(x);` (the annotation tells the macro that `g` returns
//! a vector), for scalar callers (first and second order: the three checks of
//! `common` and the Hessian checks of `common::second`) and vector callers
//! (the Jacobian checks of `common::jacobian`): declared, reassigned in a loop
//! with the vector passed back in, returned directly, and as arrays and
//! nalgebra vectors.
#![allow(clippy::needless_range_loop)]

mod common;

use autodiff::differentiate;
use common::jacobian::JacobianCheck;
use nalgebra::Vector3;

const POINTS: &[&[f64]] = &[&[0.3, -0.7, 1.1], &[1.2, 0.4, -0.9, 0.25, 0.6], &[0.8]];

/// (sin x_i)_i.
#[differentiate]
fn sines(x: &[f64]) -> Vec<f64> {
    let mut s = vec![0.0; x.len()];
    for i in 0..x.len() {
        s[i] = x[i].sin();
    }
    s
}

/// Σ_i sin(x_i) x_i², reading the vector that `sines` returns.
#[differentiate]
fn weighted_sines(x: &[f64]) -> f64 {
    let s: Vec<f64> = sines(x);
    let mut total = 0.0;
    for i in 0..x.len() {
        total += s[i] * x[i] * x[i];
    }
    total
}

/// ∂/∂x_j = cos x_j x_j² + 2 sin x_j x_j; ∂²/∂x_j² = -sin x_j x_j² + 4 cos x_j x_j + 2 sin x_j.
fn weighted_sines_gradient(x: &[f64]) -> Vec<f64> {
    x.iter()
        .map(|v| v.cos() * v * v + 2.0 * v.sin() * v)
        .collect()
}

fn weighted_sines_hessian_formula(x: &[f64]) -> Vec<Vec<f64>> {
    let n = x.len();
    (0..n)
        .map(|i| {
            let mut row = vec![0.0; n];
            let v = x[i];
            row[i] = -v.sin() * v * v + 4.0 * v.cos() * v + 2.0 * v.sin();
            row
        })
        .collect()
}

#[test]
fn a_scalar_caller_reads_a_returned_vec() {
    check_slice!(weighted_sines, weighted_sines_jvp, weighted_sines_vjp, weighted_sines_grad,
        weighted_sines_hvp, weighted_sines_hessian; gradient: weighted_sines_gradient,
        hessian: weighted_sines_hessian_formula, at: POINTS);
}

/// v ↦ (v_i / (1 + |v|²))_i: the step that `iterate` applies.
#[differentiate]
fn shrink(v: &[f64]) -> Vec<f64> {
    let mut q = 1.0;
    for i in 0..v.len() {
        q += v[i] * v[i];
    }
    let mut out = Vec::new();
    for i in 0..v.len() {
        out.push(v[i] / q);
    }
    out
}

/// Σ of `shrink` applied three times to x: the vector is reassigned with the
/// call's result, the previous value passed in.
#[differentiate]
fn iterate(x: &[f64]) -> f64 {
    let mut v: Vec<f64> = shrink(x);
    for _ in 0..2 {
        v = shrink(&v);
    }
    let mut total = 0.0;
    for i in 0..v.len() {
        total += v[i];
    }
    total
}

/// The gradient by hand, reverse through the three steps:
/// the chain rule through three shrinks, J = (I - 2 v vᵀ / q) / q at each.
fn iterate_gradient(x: &[f64]) -> Vec<f64> {
    let mut points = vec![x.to_vec()];
    for _ in 0..3 {
        let v = points.last().unwrap();
        let q = 1.0 + v.iter().map(|a| a * a).sum::<f64>();
        points.push(v.iter().map(|a| a / q).collect());
    }
    let mut adjoint = vec![1.0; x.len()];
    for v in points[..3].iter().rev() {
        let q = 1.0 + v.iter().map(|a| a * a).sum::<f64>();
        let uv: f64 = adjoint.iter().zip(v).map(|(u, a)| u * a).sum();
        adjoint = adjoint
            .iter()
            .zip(v)
            .map(|(u, a)| (u - 2.0 * a * uv / q) / q)
            .collect();
    }
    adjoint
}

#[test]
fn a_returned_vec_reassigned_and_passed_back() {
    check_slice!(iterate, iterate_jvp, iterate_vjp, iterate_grad, iterate_hvp, iterate_hessian;
        gradient: iterate_gradient, at: POINTS);
}

/// (e^{x_i} sin x_i / 2)_i: a vector function built from another's result, and
/// returning a third's result directly.
#[differentiate]
fn damped(x: &[f64]) -> Vec<f64> {
    let s: Vec<f64> = sines(x);
    let mut e = vec![0.0; x.len()];
    for i in 0..x.len() {
        e[i] = x[i].exp() * s[i];
    }
    halve(&e)
}

/// v / 2.
#[differentiate]
fn halve(v: &[f64]) -> Vec<f64> {
    let mut out = vec![0.0; v.len()];
    for i in 0..v.len() {
        out[i] = 0.5 * v[i];
    }
    out
}

/// Diagonal: e^{x_i} (sin x_i + cos x_i) / 2.
fn damped_jacobian_formula(x: &[f64]) -> Vec<Vec<f64>> {
    let n = x.len();
    (0..n)
        .map(|i| {
            let mut row = vec![0.0; n];
            row[i] = 0.5 * x[i].exp() * (x[i].sin() + x[i].cos());
            row
        })
        .collect()
}

#[test]
fn a_vector_caller_composes_returned_vectors() {
    JacobianCheck::new(
        "damped",
        Box::new(damped),
        Box::new(damped_jvp),
        Box::new(damped_vjp),
        Box::new(damped_jacobian),
    )
    .formula(damped_jacobian_formula)
    .at(POINTS);
}

/// a × b for nalgebra vectors.
#[differentiate]
fn cross(a: [f64; 3], b: [f64; 3]) -> Vector3<f64> {
    Vector3::new(
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    )
}

/// |x × y|² through a returned nalgebra vector and an array.
#[differentiate]
fn cross_norm(x: &[f64]) -> f64 {
    let a = [x[0], x[1], x[2]];
    let b = [x[3], x[4], x[5]];
    let c: Vector3<f64> = cross(a, b);
    c.norm_squared()
}

/// |a × b|² = |a|²|b|² - (a·b)²: ∂/∂a = 2 |b|² a - 2 (a·b) b, and symmetrically.
fn cross_norm_gradient(x: &[f64]) -> Vec<f64> {
    let (a, b) = (&x[..3], &x[3..]);
    let dot = |u: &[f64], v: &[f64]| u.iter().zip(v).map(|(p, q)| p * q).sum::<f64>();
    let (aa, bb, ab) = (dot(a, a), dot(b, b), dot(a, b));
    let ga = (0..3).map(|i| 2.0 * bb * a[i] - 2.0 * ab * b[i]);
    let gb = (0..3).map(|i| 2.0 * aa * b[i] - 2.0 * ab * a[i]);
    ga.chain(gb).collect()
}

#[test]
fn a_returned_nalgebra_vector() {
    let points: &[&[f64]] = &[
        &[0.3, -0.7, 1.1, 0.5, 0.2, -1.3],
        &[1.0, 0.0, 0.0, 0.0, 1.0, 0.0],
    ];
    check_slice!(cross_norm, cross_norm_jvp, cross_norm_vjp, cross_norm_grad, cross_norm_hvp,
        cross_norm_hessian; gradient: cross_norm_gradient, at: points);
}
