//! The evaluation trace of functions with vector parameters: each element is
//! an input (`x[0]`, `x[1]`, ...), element reads point at them, and the
//! trace's gradient and tangents agree with `_grad` and `_jvp` (relative
//! 1e-12: the trace accumulates the same partials in another order). Covers
//! slices, arrays, `Vec`, nalgebra vectors, a scalar beside a vector, `wrt`
//! with passive data, calls between vector functions (the callee's nodes
//! appear inline), and a body with active local vectors (one node).
#![allow(clippy::needless_range_loop, clippy::ptr_arg)]

mod common;

use autodiff::differentiate;
use autodiff::trace::Operand;
use autodiff::Trace;
use nalgebra::DVector;

/// `a` and `b` agree to 1e-12, relative to the larger.
fn assert_close(a: f64, b: f64, what: &str) {
    assert!(
        (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0),
        "{what}: {a} vs {b}"
    );
}

/// The trace's value, gradient and tangents against the generated `_grad`
/// and `_jvp` along each unit vector.
fn check(trace: &Trace, value: f64, gradient: &[f64], jvp: impl Fn(usize) -> f64) {
    assert_eq!(trace.value(), value);
    let traced = trace.gradient();
    assert_eq!(traced.len(), gradient.len());
    for (k, (t, g)) in traced.iter().zip(gradient).enumerate() {
        assert_close(*t, *g, &format!("gradient {k}"));
    }
    let tangents = trace.output_tangents();
    for (k, t) in tangents.iter().enumerate() {
        assert_close(*t, jvp(k), &format!("tangent {k}"));
    }
}

fn unit(n: usize, k: usize) -> Vec<f64> {
    (0..n).map(|i| if i == k { 1.0 } else { 0.0 }).collect()
}

#[differentiate]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let t = x[i + 1] - x[i] * x[i];
        let u = 1.0 - x[i];
        s += 100.0 * t * t + u * u;
    }
    s
}

#[test]
fn a_slice_with_one_input_per_element() {
    let x = [0.5, -1.2, 0.8, 2.0];
    let trace = rosenbrock_trace(&x);
    let inputs: Vec<&str> = trace
        .nodes()
        .iter()
        .filter(|n| n.op == "input")
        .filter_map(|n| n.input_name.as_deref())
        .collect();
    assert_eq!(inputs, ["x[0]", "x[1]", "x[2]", "x[3]"]);
    // The first operation, x[0] * x[0], reads input x[0] twice (node positions
    // 0..4 are the inputs).
    let first = &trace.nodes()[4];
    assert_eq!(
        (first.op, first.operands.clone()),
        ("*", vec![Operand::Node(0), Operand::Node(0)])
    );
    let (value, gradient) = rosenbrock_grad(&x);
    check(&trace, value, &gradient, |k| {
        rosenbrock_jvp(&x, &unit(4, k)).1
    });
}

/// A scalar beside an array and a nalgebra vector.
#[differentiate]
fn mixed(s: f64, a: [f64; 2], v: &DVector<f64>) -> f64 {
    let mut total = s * a[0] - a[1].sin();
    for i in 0..v.len() {
        total += (s * v[i]).exp();
    }
    total
}

#[test]
fn a_scalar_an_array_and_a_nalgebra_vector() {
    let (s, a, v) = (0.7, [1.5, -0.3], DVector::from_vec(vec![0.2, -0.4, 1.1]));
    let trace = mixed_trace(s, a, &v);
    let inputs: Vec<&str> = trace
        .nodes()
        .iter()
        .filter_map(|n| n.input_name.as_deref())
        .collect();
    assert_eq!(inputs, ["s", "a[0]", "a[1]", "v[0]", "v[1]", "v[2]"]);
    let (value, gs, ga, gv) = mixed_grad(s, a, &v);
    let gradient = [vec![gs], ga.to_vec(), gv.as_slice().to_vec()].concat();
    check(&trace, value, &gradient, |k| {
        let d = unit(6, k);
        let dv = DVector::from_vec(d[3..].to_vec());
        mixed_jvp(s, a, &v, d[0], [d[1], d[2]], &dv).1
    });
}

/// Σ_i w_i x_i² + Σ_i x_i x_{i+1} through a call, differentiated with
/// respect to `x` only (`w` is data).
#[differentiate(wrt(x))]
fn weighted(x: &Vec<f64>, w: &[f64]) -> f64 {
    let mut s = chain(x);
    for i in 0..x.len() {
        s += w[i] * x[i] * x[i];
    }
    s
}

#[differentiate]
fn chain(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        s += x[i] * x[i + 1];
    }
    s
}

#[test]
fn wrt_with_data_and_a_call_of_a_vector_function() {
    let (x, w) = (vec![0.3, -0.6, 1.4], [2.0, 0.5, -1.0]);
    let trace = weighted_trace(&x, &w);
    let inputs: Vec<&str> = trace
        .nodes()
        .iter()
        .filter_map(|n| n.input_name.as_deref())
        .collect();
    assert_eq!(inputs, ["x[0]", "x[1]", "x[2]"]);
    // The callee's products appear inline: x0 x1 and x1 x2 are nodes.
    let products = trace
        .nodes()
        .iter()
        .filter(|n| n.op == "*" && n.operands == [Operand::Node(0), Operand::Node(1)])
        .count();
    assert_eq!(products, 1);
    let (value, gradient) = weighted_grad(&x, &w);
    check(&trace, value, &gradient, |k| {
        weighted_jvp(&x, &w, &unit(3, k)).1
    });
    // ∂/∂x_j = 2 w_j x_j + x_{j-1} + x_{j+1}.
    let formula = [
        2.0 * w[0] * x[0] + x[1],
        2.0 * w[1] * x[1] + x[0] + x[2],
        2.0 * w[2] * x[2] + x[1],
    ];
    for (k, (t, f)) in trace.gradient().iter().zip(formula).enumerate() {
        assert_close(*t, f, &format!("formula {k}"));
    }
}

/// Prefix sums in a local vector: the body is one node of the trace, with
/// the gradient as its partials.
#[differentiate]
fn prefix_squares(x: &[f64]) -> f64 {
    let mut p = vec![0.0; x.len()];
    let mut acc = 0.0;
    for i in 0..x.len() {
        acc += x[i];
        p[i] = acc;
    }
    let mut s = 0.0;
    for i in 0..p.len() {
        s += p[i] * p[i];
    }
    s
}

#[test]
fn active_local_vectors_make_one_node() {
    let x = [0.4, -1.0, 0.9];
    let trace = prefix_squares_trace(&x);
    let ops: Vec<&str> = trace.nodes().iter().map(|n| n.op).collect();
    assert_eq!(ops, ["input", "input", "input", "prefix_squares"]);
    let (value, gradient) = prefix_squares_grad(&x);
    check(&trace, value, &gradient, |k| {
        prefix_squares_jvp(&x, &unit(3, k)).1
    });
}
