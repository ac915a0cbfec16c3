//! Local vectors (buffers) inside functions with a scalar result: created
//! with `vec![x; n]`, `[x; N]`, `Vec::with_capacity` + `push`, lists;
//! written with `b[i] = ..`, `b[i] += ..`, `push`; read by index and by
//! iterator chains; moved; created afresh in a loop body; beside early returns.
//! Each function goes through the three first-order checks of `common`
//! (formula, central differences, dot-product test) and the second-order
//! checks of `common::second` (differences of the gradient, symmetry).
// `vec![..]` where an array would do is one of the tested constructors.
#![allow(clippy::needless_range_loop, clippy::useless_vec)]

mod common;

use autodiff::differentiate;

const POINTS: &[&[f64]] = &[&[0.3, -0.7, 1.1], &[1.2, 0.4, -0.9, 0.25, 0.6], &[0.8]];

/// Σ_i sin(s_i) with the prefix sums s_i = Σ_{j ≤ i} x_j² kept in a buffer.
#[differentiate]
fn prefix_sines(x: &[f64]) -> f64 {
    let mut s = vec![0.0; x.len()];
    let mut acc = 0.0;
    for i in 0..x.len() {
        acc += x[i] * x[i];
        s[i] = acc;
    }
    let mut total = 0.0;
    for i in 0..s.len() {
        total += s[i].sin();
    }
    total
}

/// ∂/∂x_j = 2 x_j Σ_{i ≥ j} cos(s_i).
fn prefix_sines_gradient(x: &[f64]) -> Vec<f64> {
    let mut s = Vec::new();
    let mut acc = 0.0;
    for v in x {
        acc += v * v;
        s.push(acc);
    }
    (0..x.len())
        .map(|j| 2.0 * x[j] * s[j..].iter().map(|v| v.cos()).sum::<f64>())
        .collect()
}

#[test]
fn prefix_sums_in_a_vec() {
    check_slice!(prefix_sines, prefix_sines_jvp, prefix_sines_vjp, prefix_sines_grad,
        prefix_sines_hvp, prefix_sines_hessian; gradient: prefix_sines_gradient, at: POINTS);
}

/// Σ_i p_i² with p_i = x_i x_{i+1 mod n}, pushed into a `Vec` and summed by
/// an iterator chain over it.
#[differentiate]
fn neighbour_products(x: &[f64]) -> f64 {
    let n = x.len();
    let mut p = Vec::with_capacity(n);
    for i in 0..n {
        p.push(x[i] * x[(i + 1) % n]);
    }
    p.iter().map(|v| v * v).sum()
}

fn neighbour_products_gradient(x: &[f64]) -> Vec<f64> {
    let n = x.len();
    let mut g = vec![0.0; n];
    for i in 0..n {
        let j = (i + 1) % n;
        let p = x[i] * x[j];
        g[i] += 2.0 * p * x[j];
        g[j] += 2.0 * p * x[i];
    }
    g
}

#[test]
fn pushed_into_a_vec_with_capacity() {
    check_slice!(neighbour_products, neighbour_products_jvp, neighbour_products_vjp,
        neighbour_products_grad, neighbour_products_hvp, neighbour_products_hessian; gradient: neighbour_products_gradient, at: POINTS);
}

/// A histogram-like scatter: `h[bin[i]] += w x_i` with repeated bins from a
/// passive index table, then Σ_b h_b³; the weight comes in through an active
/// fill value `vec![c; 3]` overwritten per bin.
#[differentiate]
fn scattered_cubes(x: &[f64]) -> f64 {
    let bins = [0usize, 2, 0, 1, 2];
    let c = x[0] * 0.5;
    let mut h = vec![c; 3];
    for i in 0..x.len() {
        h[bins[i % 5]] += x[i] * x[i];
    }
    let mut total = 0.0;
    for b in 0..3 {
        total += h[b] * h[b] * h[b];
    }
    total
}

fn scattered_cubes_gradient(x: &[f64]) -> Vec<f64> {
    let bins = [0usize, 2, 0, 1, 2];
    let mut h = [x[0] * 0.5; 3];
    for i in 0..x.len() {
        h[bins[i % 5]] += x[i] * x[i];
    }
    let mut g: Vec<f64> = (0..x.len())
        .map(|i| 3.0 * h[bins[i % 5]].powi(2) * 2.0 * x[i])
        .collect();
    g[0] += 0.5 * 3.0 * (h[0].powi(2) + h[1].powi(2) + h[2].powi(2));
    g
}

#[test]
fn scatter_with_compound_stores_and_an_active_fill() {
    check_slice!(scattered_cubes, scattered_cubes_jvp, scattered_cubes_vjp,
        scattered_cubes_grad, scattered_cubes_hvp, scattered_cubes_hessian; gradient: scattered_cubes_gradient, at: POINTS);
}

/// A two-entry array made afresh in each iteration from a list of active
/// values, moved to another name, and read back: Σ_k (k x_k)·exp(x_k).
#[differentiate]
fn fresh_pairs(x: &[f64]) -> f64 {
    let mut total = 0.0;
    for k in 0..x.len() {
        let t = [k as f64 * x[k], x[k].exp()];
        let moved = t;
        total += moved[0] * moved[1];
    }
    total
}

fn fresh_pairs_gradient(x: &[f64]) -> Vec<f64> {
    (0..x.len())
        .map(|k| k as f64 * x[k].exp() * (1.0 + x[k]))
        .collect()
}

#[test]
fn a_list_made_in_a_loop_body_and_moved() {
    check_slice!(fresh_pairs, fresh_pairs_jvp, fresh_pairs_vjp, fresh_pairs_grad,
        fresh_pairs_hvp, fresh_pairs_hessian; gradient: fresh_pairs_gradient, at: POINTS);
}

/// Overwrites: a buffer element written twice (the first value must get no
/// adjoint), a passive store over an active element, and an early return
/// from inside the loop that fills the buffer.
#[differentiate]
fn overwritten(x: &[f64]) -> f64 {
    let mut b = [0.0; 4];
    b[0] = x[0] * x[0];
    b[0] = x[0].sin();
    b[1] = x[0] * 3.0;
    b[1] = 2.0;
    for i in 0..x.len() {
        b[2] += x[i];
        if b[2] > 2.0 {
            return b[0] * b[1] + b[2] * b[2];
        }
    }
    b[0] * b[1] + b[2]
}

fn overwritten_gradient(x: &[f64]) -> Vec<f64> {
    let mut g = vec![0.0; x.len()];
    let mut s = 0.0;
    g[0] = 2.0 * x[0].cos();
    for i in 0..x.len() {
        s += x[i];
        if s > 2.0 {
            for gj in g.iter_mut().take(i + 1) {
                *gj += 2.0 * s;
            }
            return g;
        }
    }
    for gj in g.iter_mut() {
        *gj += 1.0;
    }
    g
}

#[test]
fn overwritten_elements_and_an_early_return() {
    check_slice!(overwritten, overwritten_jvp, overwritten_vjp, overwritten_grad,
        overwritten_hvp, overwritten_hessian; gradient: overwritten_gradient, at: &[&[0.3, -0.7, 1.1], &[1.2, 0.4, 0.9, 0.25, 0.6], &[0.8]]);
}

/// Scalars and a buffer of f32, through a `Vec` built by `vec![a, b, c]`.
#[differentiate]
fn f32_list(a: f32, b: f32) -> f32 {
    let v = vec![a * b, a + b, b.exp()];
    let mut s = 0.0;
    for i in 0..v.len() {
        s += v[i] * v[i];
    }
    s
}

#[test]
fn f32_buffers() {
    let (a, b) = (0.5_f32, -0.25_f32);
    let (_, ga, gb) = f32_list_grad(a, b);
    let expected_a = 2.0 * a * b * b + 2.0 * (a + b);
    let expected_b = 2.0 * a * b * a + 2.0 * (a + b) + 2.0 * (2.0 * b).exp();
    approx::assert_relative_eq!(ga, expected_a, max_relative = 1e-6);
    approx::assert_relative_eq!(gb, expected_b, max_relative = 1e-6);
    let (_, d) = f32_list_jvp(a, b, 1.0, 0.0);
    approx::assert_relative_eq!(d, expected_a, max_relative = 1e-6);
}

/// A buffer the derivative does not depend on (`vec![0usize; n]`, a list of
/// strings) is plain primal code beside an active one.
#[differentiate]
fn passive_buffers(x: &[f64]) -> f64 {
    let mut order = vec![0usize; x.len()];
    for i in 0..x.len() {
        order[i] = x.len() - 1 - i;
    }
    let labels = ["a", "b"];
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[order[i]] * (i + labels.len()) as f64;
    }
    s
}

#[test]
fn passive_buffers_beside_active_code() {
    check_slice!(passive_buffers, passive_buffers_jvp, passive_buffers_vjp,
        passive_buffers_grad, passive_buffers_hvp, passive_buffers_hessian; gradient: |x: &[f64]| (0..x.len()).map(|j| (x.len() - 1 - j + 2) as f64).collect(), at: POINTS);
}

/// `listed` builds an active array: its trace, and that of a caller, record
/// it as one node whose partials are its gradient.
#[differentiate]
fn listed(a: f64, b: f64) -> f64 {
    let v = [a * b, a + b, b.exp()];
    v[0] * v[0] + v[1] * v[1] + v[2] * v[2]
}

#[differentiate]
fn calls_listed(a: f64, b: f64) -> f64 {
    listed(a, b).ln() + a
}

#[test]
fn traces_record_a_body_with_buffers_as_one_node() {
    let (a, b) = (0.5, -0.25);
    for trace in [listed_trace(a, b), calls_listed_trace(a, b)] {
        assert!(trace.nodes().iter().any(|n| n.op == "listed"), "{trace}");
    }
    let (value, ga, gb) = calls_listed_grad(a, b);
    let trace = calls_listed_trace(a, b);
    approx::assert_relative_eq!(trace.value(), value, max_relative = 1e-15);
    let gradient = trace.gradient();
    approx::assert_relative_eq!(gradient[0], ga, max_relative = 1e-14);
    approx::assert_relative_eq!(gradient[1], gb, max_relative = 1e-14);
    let l = listed(a, b);
    let expected_a = (2.0 * a * b * b + 2.0 * (a + b)) / l + 1.0;
    approx::assert_relative_eq!(ga, expected_a, max_relative = 1e-14);
}
