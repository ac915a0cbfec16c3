//! Local vectors whose values depend on the inputs, passed to other
//! differentiated functions: by reference (`g(&v)`) and by value (`g(v)`),
//! as a `Vec`, an array and a nalgebra vector, the same vector twice, beside
//! the caller's own vector parameter, in a loop, and through recursion. Each
//! function goes through the three first-order checks of `common` (formula,
//! central differences, dot-product test) and the second-order checks of
//! `common::second` (differences of the gradient, symmetry).
#![allow(clippy::needless_range_loop)]

mod common;

use autodiff::differentiate;
use nalgebra::Vector3;

const POINTS: &[&[f64]] = &[&[0.3, -0.7, 1.1], &[1.2, 0.4, -0.9, 0.25, 0.6], &[0.8]];

/// ½ Σ v_i² (the callee).
#[differentiate]
fn half_square_norm(v: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..v.len() {
        s += 0.5 * v[i] * v[i];
    }
    s
}

/// Σ_i u_i v_i.
#[differentiate]
fn inner(u: &[f64], v: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..u.len() {
        s += u[i] * v[i];
    }
    s
}

/// ½ Σ sin(x_i)², through a local `Vec` lent to `half_square_norm`.
#[differentiate]
fn sine_energy(x: &[f64]) -> f64 {
    let mut s = vec![0.0; x.len()];
    for i in 0..x.len() {
        s[i] = x[i].sin();
    }
    half_square_norm(&s)
}

/// ∂/∂x_j = sin x_j cos x_j.
fn sine_energy_gradient(x: &[f64]) -> Vec<f64> {
    x.iter().map(|v| v.sin() * v.cos()).collect()
}

#[test]
fn a_vec_lent_by_reference() {
    check_slice!(sine_energy, sine_energy_jvp, sine_energy_vjp, sine_energy_grad,
        sine_energy_hvp, sine_energy_hessian; gradient: sine_energy_gradient, at: POINTS);
}

/// <x, exp(x)> + <exp(x), exp(x)>: the local vector beside the parameter, and
/// twice in one call.
#[differentiate]
fn mixed_inner(x: &[f64]) -> f64 {
    let mut e = Vec::new();
    for i in 0..x.len() {
        e.push(x[i].exp());
    }
    inner(x, &e) + inner(&e, &e)
}

/// ∂/∂x_j = (1 + x_j) e^{x_j} + 2 e^{2 x_j}.
fn mixed_inner_gradient(x: &[f64]) -> Vec<f64> {
    x.iter()
        .map(|v| (1.0 + v) * v.exp() + 2.0 * (2.0 * v).exp())
        .collect()
}

#[test]
fn a_vec_beside_a_parameter_and_twice() {
    check_slice!(mixed_inner, mixed_inner_jvp, mixed_inner_vjp, mixed_inner_grad,
        mixed_inner_hvp, mixed_inner_hessian; gradient: mixed_inner_gradient, at: POINTS);
}

/// Σ_i Σ_{j ≤ i} ½ (x_j x_i)²: a vector rebuilt in each iteration of a loop
/// and lent each time (by value).
#[differentiate]
fn scaled_prefixes(x: &[f64]) -> f64 {
    let mut total = 0.0;
    for i in 0..x.len() {
        let mut p = vec![0.0; i + 1];
        for j in 0..=i {
            p[j] = x[j] * x[i];
        }
        total += half_square_norm_owned(p);
    }
    total
}

/// ½ Σ v_i², taking the vector by value.
#[differentiate]
fn half_square_norm_owned(v: Vec<f64>) -> f64 {
    half_square_norm(&v)
}

/// L = ½ Σ_{j ≤ i} x_j² x_i²: ∂/∂x_k = x_k (Σ_{i ≥ k} x_i² + Σ_{j ≤ k} x_j²).
fn scaled_prefixes_gradient(x: &[f64]) -> Vec<f64> {
    let squares: Vec<f64> = x.iter().map(|v| v * v).collect();
    (0..x.len())
        .map(|k| {
            let later: f64 = squares[k..].iter().sum();
            let earlier: f64 = squares[..=k].iter().sum();
            x[k] * (later + earlier)
        })
        .collect()
}

#[test]
fn a_vec_rebuilt_in_a_loop_and_moved_into_the_call() {
    check_slice!(scaled_prefixes, scaled_prefixes_jvp, scaled_prefixes_vjp, scaled_prefixes_grad,
        scaled_prefixes_hvp, scaled_prefixes_hessian; gradient: scaled_prefixes_gradient, at: POINTS);
}

/// Σ v_i by recursion on pairwise sums: each level builds a half-length local
/// vector and passes it to the next.
#[differentiate]
fn tree_sum(v: &[f64]) -> f64 {
    if v.len() == 1 {
        return v[0];
    }
    let mut half = Vec::with_capacity(v.len() / 2 + 1);
    for i in 0..v.len() / 2 {
        half.push(v[2 * i] + v[2 * i + 1]);
    }
    if v.len() % 2 == 1 {
        half.push(v[v.len() - 1]);
    }
    tree_sum(&half)
}

/// (Σ x_i²)², the sum taken by `tree_sum` over a local vector of squares.
#[differentiate]
fn squared_norm_squared(x: &[f64]) -> f64 {
    let mut squares = Vec::new();
    for i in 0..x.len() {
        squares.push(x[i] * x[i]);
    }
    let t = tree_sum(&squares);
    t * t
}

/// ∂/∂x_j = 4 (Σ x_i²) x_j.
fn squared_norm_squared_gradient(x: &[f64]) -> Vec<f64> {
    let q: f64 = x.iter().map(|v| v * v).sum();
    x.iter().map(|v| 4.0 * q * v).collect()
}

#[test]
fn recursion_over_local_vectors() {
    check_slice!(squared_norm_squared, squared_norm_squared_jvp, squared_norm_squared_vjp,
        squared_norm_squared_grad, squared_norm_squared_hvp, squared_norm_squared_hessian;
        gradient: squared_norm_squared_gradient, at: POINTS);
}

/// ½ ‖(x0 x1, x1 x2, x2 x0)‖² for a nalgebra vector and an array built from
/// the same products, lent to callees that take `&Vector3<f64>` and `[f64; 3]`.
#[differentiate]
fn cyclic_products(x: &[f64]) -> f64 {
    let p = Vector3::new(x[0] * x[1], x[1] * x[2], x[2] * x[0]);
    let a = [x[0] * x[1], x[1] * x[2], x[2] * x[0]];
    norm_of_vector3(&p) + norm_of_array(a)
}

/// ½ ‖v‖², `v` a nalgebra vector.
#[differentiate]
fn norm_of_vector3(v: &Vector3<f64>) -> f64 {
    0.5 * v.norm_squared()
}

/// ½ ‖v‖², `v` an array taken by value.
#[differentiate]
fn norm_of_array(v: [f64; 3]) -> f64 {
    half_square_norm(&v)
}

/// Twice ½ Σ_cyc (x_i x_j)²: ∂/∂x_0 = 2 x_0 (x_1² + x_2²), and cyclically.
fn cyclic_products_gradient(x: &[f64]) -> Vec<f64> {
    let sq: Vec<f64> = x.iter().map(|v| v * v).collect();
    (0..3)
        .map(|i| 2.0 * x[i] * (sq[(i + 1) % 3] + sq[(i + 2) % 3]))
        .collect()
}

#[test]
fn a_nalgebra_vector_and_an_array_lent() {
    let points: &[&[f64]] = &[&[0.3, -0.7, 1.1], &[1.2, 0.4, -0.9]];
    check_slice!(cyclic_products, cyclic_products_jvp, cyclic_products_vjp, cyclic_products_grad,
        cyclic_products_hvp, cyclic_products_hessian; gradient: cyclic_products_gradient, at: points);
}
