//! Vector parameters: `&[f64]`, `Vec<f64>`, `&Vec<f64>`, `[f64; N]`,
//! `&[f64; N]`, read by index, beside scalars and passive data. Each
//! function goes through the three checks of `common` (formula, central
//! differences, dot-product test), with the vector's elements flattened into
//! the point; the `_into` forms are checked against `_vjp`. Rosenbrock and
//! `weighted` also go through the second-order checks of `common::second`.
// Index loops are the supported way to read vectors; the closures keep every
// check's arguments visible side by side; `&Vec<f64>` is a tested parameter type.
#![allow(
    clippy::needless_range_loop,
    clippy::redundant_closure,
    clippy::ptr_arg
)]

mod common;

use autodiff::differentiate;
use common::second::SecondCheck;
use common::Check;

#[differentiate]
fn sum_of_squares(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    s
}

#[test]
fn slice_sum_of_squares() {
    Check::new(
        "sum_of_squares",
        Box::new(|x| sum_of_squares(x)),
        Box::new(|x, d| sum_of_squares_jvp(x, d)),
        Box::new(|x, u| {
            let (y, g) = sum_of_squares_vjp(x, u);
            [vec![y], g].concat()
        }),
        Box::new(|x| {
            let (y, g) = sum_of_squares_grad(x);
            [vec![y], g].concat()
        }),
    )
    .formula(|x| x.iter().map(|v| 2.0 * v).collect())
    .at(&[&[1.0, -2.0, 0.5], &[3.0]]);
}

#[differentiate]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i];
        let b = x[i + 1];
        s += 100.0 * (b - a * a) * (b - a * a) + (1.0 - a) * (1.0 - a);
    }
    s
}

fn rosenbrock_gradient(x: &[f64]) -> Vec<f64> {
    let n = x.len();
    let mut g = vec![0.0; n];
    for i in 0..n - 1 {
        let t = x[i + 1] - x[i] * x[i];
        g[i] += -400.0 * x[i] * t - 2.0 * (1.0 - x[i]);
        g[i + 1] += 200.0 * t;
    }
    g
}

#[test]
fn slice_rosenbrock() {
    Check::new(
        "rosenbrock",
        Box::new(|x| rosenbrock(x)),
        Box::new(|x, d| rosenbrock_jvp(x, d)),
        Box::new(|x, u| [vec![rosenbrock_vjp(x, u).0], rosenbrock_vjp(x, u).1].concat()),
        Box::new(|x| [vec![rosenbrock_grad(x).0], rosenbrock_grad(x).1].concat()),
    )
    .formula(rosenbrock_gradient)
    .at(&[&[-1.2, 1.0, 0.3, 2.0], &[0.5, 0.25]]);
}

fn rosenbrock_formula(x: &[f64]) -> Vec<Vec<f64>> {
    let n = x.len();
    let mut h = vec![vec![0.0; n]; n];
    for i in 0..n - 1 {
        let (a, b) = (x[i], x[i + 1]);
        h[i][i] += 1200.0 * a * a - 400.0 * b + 2.0;
        h[i][i + 1] += -400.0 * a;
        h[i + 1][i] += -400.0 * a;
        h[i + 1][i + 1] += 200.0;
    }
    h
}

#[test]
fn slice_rosenbrock_hessian() {
    SecondCheck::new(
        "rosenbrock",
        Box::new(|x| {
            let (y, g) = rosenbrock_grad(x);
            [vec![y], g].concat()
        }),
        Box::new(|x, v| {
            let (y, g, hv) = rosenbrock_hvp(x, v);
            [vec![y], g, hv].concat()
        }),
        Box::new(rosenbrock_hessian),
    )
    .formula(rosenbrock_formula)
    .at(&[&[-1.2, 1.0, 0.3, 2.0], &[0.5, 0.25], &[1.0, 1.0, 1.0]]);
}

/// f(x, s) = s Σ w_i sin(s x_i), w held constant.
#[differentiate(wrt(x, scale))]
fn weighted(x: &Vec<f64>, w: &[f64], scale: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += w[i] * (x[i] * scale).sin();
    }
    s * scale
}

#[test]
fn vec_reference_with_weights_held_constant_by_wrt() {
    let w = [0.5, -1.5, 2.0];
    Check::new(
        "weighted",
        Box::new(move |p| weighted(&p[..3].to_vec(), &w, p[3])),
        Box::new(move |p, d| weighted_jvp(&p[..3].to_vec(), &w, p[3], &d[..3], d[3])),
        Box::new(move |p, u| {
            let (y, gx, gs) = weighted_vjp(&p[..3].to_vec(), &w, p[3], u);
            [vec![y], gx, vec![gs]].concat()
        }),
        Box::new(move |p| {
            let (y, gx, gs) = weighted_grad(&p[..3].to_vec(), &w, p[3]);
            [vec![y], gx, vec![gs]].concat()
        }),
    )
    .formula(move |p| {
        let (x, s) = (&p[..3], p[3]);
        let mut g: Vec<f64> = (0..3).map(|i| w[i] * s * s * (x[i] * s).cos()).collect();
        let total: f64 = (0..3).map(|i| w[i] * (x[i] * s).sin()).sum::<f64>()
            + (0..3)
                .map(|i| w[i] * x[i] * s * (x[i] * s).cos())
                .sum::<f64>();
        g.push(total);
        g
    })
    .at(&[&[0.1, 0.7, -0.4, 1.3]]);
}

#[test]
fn vec_and_scalar_hessian_blocks_with_wrt() {
    let w = [0.5, -1.5, 2.0];
    let split = |p: &[f64]| (p[..3].to_vec(), p[3]);
    SecondCheck::new(
        "weighted",
        Box::new(move |p| {
            let (x, s) = split(p);
            let (y, gx, gs) = weighted_grad(&x, &w, s);
            [vec![y], gx, vec![gs]].concat()
        }),
        Box::new(move |p, v| {
            let (x, s) = split(p);
            let (y, gx, gs, hx, hs) = weighted_hvp(&x, &w, s, &v[..3], v[3]);
            [vec![y], gx, vec![gs], hx, vec![hs]].concat()
        }),
        Box::new(move |p| {
            let (x, s) = split(p);
            weighted_hessian(&x, &w, s)
        }),
    )
    .formula(move |p| {
        let (x, s) = split(p);
        // d²/dx_i² = -w_i s³ sin(s x_i); d²/dx_i ds = w_i (2 s cos(s x_i) - s² x_i sin(s x_i));
        // d²/ds² = Σ w_i (2 x_i cos(s x_i) - s x_i² sin(s x_i)).
        let mut h = vec![vec![0.0; 4]; 4];
        for i in 0..3 {
            let (c, sn) = ((s * x[i]).cos(), (s * x[i]).sin());
            h[i][i] = -w[i] * s * s * s * sn;
            h[i][3] = w[i] * (2.0 * s * c - s * s * x[i] * sn);
            h[3][i] = h[i][3];
            h[3][3] += w[i] * (2.0 * x[i] * c - s * x[i] * x[i] * sn);
        }
        h
    })
    .at(&[&[0.1, 0.7, -0.4, 1.3], &[1.0, -2.0, 0.5, 0.8]]);
}

/// Owned and borrowed arrays: f(a, b) = (a₀ b₀ + a₁ b₁ + a₂)² + exp(b₀ - b₁).
#[differentiate]
fn owned_vec(x: Vec<f64>, k: usize) -> f64 {
    x[k] * x[0] + x[x.len() - 1].exp()
}

#[test]
fn owned_vec_parameter() {
    let (y, g) = owned_vec_grad(vec![1.0, 2.0, 3.0], 1);
    assert_eq!(y, 2.0 + 3.0f64.exp());
    assert_eq!(g, vec![2.0, 1.0, 3.0f64.exp()]);
    Check::new(
        "owned_vec",
        Box::new(|x| owned_vec(x.to_vec(), 1)),
        Box::new(|x, d| owned_vec_jvp(x.to_vec(), 1, d.to_vec())),
        Box::new(|x, u| {
            let (y, g) = owned_vec_vjp(x.to_vec(), 1, u);
            [vec![y], g].concat()
        }),
        Box::new(|x| {
            let (y, g) = owned_vec_grad(x.to_vec(), 1);
            [vec![y], g].concat()
        }),
    )
    .at(&[&[0.3, -0.8, 1.1]]);
}

#[differentiate]
fn array_norm(x: [f64; 3], y: &[f64; 2]) -> f64 {
    (x[0] * x[0] + x[1] * x[1] + x[2] * x[2]).sqrt() * y[0] - y[1] * x[2]
}

#[test]
fn array_parameters() {
    let (_, gx, gy): (f64, [f64; 3], [f64; 2]) = array_norm_grad([1.0, 2.0, 2.0], &[3.0, 0.5]);
    approx::assert_relative_eq!(gx[0], 1.0, max_relative = 1e-15);
    approx::assert_relative_eq!(gx[1], 2.0, max_relative = 1e-15);
    approx::assert_relative_eq!(gx[2], 2.0 - 0.5, max_relative = 1e-15);
    assert_eq!(gy, [3.0, -2.0]);
    let split = |p: &[f64]| ([p[0], p[1], p[2]], [p[3], p[4]]);
    Check::new(
        "array_norm",
        Box::new(move |p| {
            let (x, y) = split(p);
            array_norm(x, &y)
        }),
        Box::new(move |p, d| {
            let ((x, y), (dx, dy)) = (split(p), split(d));
            array_norm_jvp(x, &y, dx, &dy)
        }),
        Box::new(move |p, u| {
            let (x, y) = split(p);
            let (v, gx, gy) = array_norm_vjp(x, &y, u);
            [&[v][..], &gx, &gy].concat()
        }),
        Box::new(move |p| {
            let (x, y) = split(p);
            let (v, gx, gy) = array_norm_grad(x, &y);
            [&[v][..], &gx, &gy].concat()
        }),
    )
    .at(&[&[1.0, 2.0, 2.0, 3.0, 0.5], &[-0.3, 0.2, 1.5, -1.0, 2.0]]);
}

#[differentiate]
fn branches_and_early_exit(x: &[f64], limit: f64) -> f64 {
    let mut total = 0.0;
    let mut i = 0;
    while i < x.len() {
        let v = x[i];
        if v > limit {
            return total + v.ln();
        }
        if v < 0.0 {
            total -= v * limit;
        } else {
            total += v.sin() * x[0];
        }
        i += 1;
    }
    total
}

#[test]
fn loops_branches_and_returns_over_a_slice() {
    for point in [
        [0.5, -1.0, 0.7, 3.0, 0.2, 2.0],
        [0.5, 1.0, -0.7, 0.1, 0.2, 2.0],
    ] {
        Check::new(
            "branches_and_early_exit",
            Box::new(|p| branches_and_early_exit(&p[..5], p[5])),
            Box::new(|p, d| branches_and_early_exit_jvp(&p[..5], p[5], &d[..5], d[5])),
            Box::new(|p, u| {
                let (y, g, gl) = branches_and_early_exit_vjp(&p[..5], p[5], u);
                [vec![y], g, vec![gl]].concat()
            }),
            Box::new(|p| {
                let (y, g, gl) = branches_and_early_exit_grad(&p[..5], p[5]);
                [vec![y], g, vec![gl]].concat()
            }),
        )
        .at(&[&point]);
    }
}

#[test]
fn into_forms_add_into_the_buffers() {
    let x = [1.0, -2.0, 0.5];
    let mut g = [10.0, 20.0, 30.0];
    let y = sum_of_squares_grad_into(&x, &mut g);
    assert_eq!(y, 5.25);
    assert_eq!(g, [12.0, 16.0, 31.0]);
    let y = sum_of_squares_vjp_into(&x, 0.5, &mut g);
    assert_eq!(y, 5.25);
    assert_eq!(g, [13.0, 14.0, 31.5]);
    let w = [0.5, -1.5, 2.0];
    let (mut gx, mut gs) = (vec![0.0; 3], 1.0);
    let xs = vec![0.1, 0.7, -0.4];
    let y = weighted_grad_into(&xs, &w, 1.3, &mut gx, &mut gs);
    let (y2, gx2, gs2) = weighted_grad(&xs, &w, 1.3);
    assert_eq!(y, y2);
    assert_eq!(gx, gx2);
    assert_eq!(gs, 1.0 + gs2);
}

#[test]
#[should_panic(expected = "the adjoint buffer of `x` has length 2 but `x` has length 3")]
fn into_forms_reject_mismatched_buffers() {
    let mut g = [0.0; 2];
    sum_of_squares_grad_into(&[1.0, 2.0, 3.0], &mut g);
}

#[differentiate(wrt(x))]
fn only_x(x: &[f64], y: &[f64]) -> f64 {
    x[0] * y[0] + x[1] * y[1]
}

#[test]
fn wrt_selects_a_vector() {
    let (v, g) = only_x_grad(&[1.0, 2.0], &[3.0, 4.0]);
    assert_eq!((v, g), (11.0, vec![3.0, 4.0]));
    assert_eq!(
        only_x_jvp(&[1.0, 2.0], &[3.0, 4.0], &[1.0, -1.0]),
        (11.0, -1.0)
    );
}

#[test]
#[should_panic(expected = "sum_of_squares_jvp: the tangent `dx` has length 3 but `x` has length 2")]
fn jvp_rejects_a_tangent_of_another_length() {
    let _ = sum_of_squares_jvp(&[1.0, 2.0], &[1.0, 0.0, 0.0]);
}

#[test]
#[should_panic(expected = "rosenbrock_hvp: the direction `v_x` has length 2 but `x` has length 3")]
fn hvp_rejects_a_direction_of_another_length() {
    let _ = rosenbrock_hvp(&[1.0, 2.0, 3.0], &[1.0, 0.0]);
}
