//! Second order over vector parameters: `_hvp` takes one direction per
//! differentiated parameter (a slice for a slice) and returns the gradient
//! and H v in the same blocks; `_hessian` is over the parameters' entries
//! concatenated in order. Each function goes through the checks of
//! `common::second` (formula, differences of the gradient, symmetry). The
//! slice Rosenbrock and a `wrt` case are checked in `tests/vectors.rs`,
//! beside their first order.
// Index loops are the supported way to read vectors; `&Vec<f64>` is a tested type.
#![allow(clippy::needless_range_loop, clippy::ptr_arg)]

mod common;

use autodiff::differentiate;
use common::second::SecondCheck;

#[differentiate]
fn arrays(a: [f64; 3], b: &[f64; 2]) -> f64 {
    let d = a[0] * b[0] + a[1] * b[1] + a[2];
    d * d + (b[0] - b[1]).exp()
}

#[test]
fn array_blocks() {
    let split = |p: &[f64]| ([p[0], p[1], p[2]], [p[3], p[4]]);
    SecondCheck::new(
        "arrays",
        Box::new(move |p| {
            let (a, b) = split(p);
            let (y, ga, gb) = arrays_grad(a, &b);
            [vec![y], ga.to_vec(), gb.to_vec()].concat()
        }),
        Box::new(move |p, v| {
            let (a, b) = split(p);
            let (da, db) = split(v);
            let (y, ga, gb, ha, hb) = arrays_hvp(a, &b, da, &db);
            [vec![y], ga.to_vec(), gb.to_vec(), ha.to_vec(), hb.to_vec()].concat()
        }),
        Box::new(move |p| {
            let (a, b) = split(p);
            arrays_hessian(a, &b)
        }),
    )
    .formula(|p| {
        // d = a0 b0 + a1 b1 + a2 over z = (a0, a1, a2, b0, b1): H = 2 ∇d ∇dᵀ + 2 d ∇²d + ∇²exp.
        let d = p[0] * p[3] + p[1] * p[4] + p[2];
        let grad_d = [p[3], p[4], 1.0, p[0], p[1]];
        let e = (p[3] - p[4]).exp();
        let mut h = vec![vec![0.0; 5]; 5];
        for i in 0..5 {
            for j in 0..5 {
                h[i][j] = 2.0 * grad_d[i] * grad_d[j];
            }
        }
        for (i, j) in [(0, 3), (1, 4)] {
            h[i][j] += 2.0 * d;
            h[j][i] += 2.0 * d;
        }
        h[3][3] += e;
        h[4][4] += e;
        h[3][4] -= e;
        h[4][3] -= e;
        h
    })
    .at(&[&[0.5, -1.0, 0.25, 2.0, 1.5], &[1.0, 1.0, 1.0, 0.0, 0.0]]);
}

/// Branches on the data, an early return and a while loop over an owned Vec.
#[differentiate]
fn piecewise(x: Vec<f64>, limit: f64) -> f64 {
    let mut s = 0.0;
    let mut i = 0;
    while i < x.len() {
        if x[i] > 0.0 {
            s += x[i] * x[i] * limit;
        } else {
            s -= (x[i] * limit).sin();
        }
        if s > 1e6 {
            return s * s;
        }
        i += 1;
    }
    s * s
}

#[test]
fn loops_and_branches_over_a_vec() {
    let split = |p: &[f64]| (p[..3].to_vec(), p[3]);
    SecondCheck::new(
        "piecewise",
        Box::new(move |p| {
            let (x, l) = split(p);
            let (y, gx, gl) = piecewise_grad(x, l);
            [vec![y], gx, vec![gl]].concat()
        }),
        Box::new(move |p, v| {
            let (x, l) = split(p);
            let (y, gx, gl, hx, hl) = piecewise_hvp(x, l, v[..3].to_vec(), v[3]);
            [vec![y], gx, vec![gl], hx, vec![hl]].concat()
        }),
        Box::new(move |p| {
            let (x, l) = split(p);
            piecewise_hessian(x, l)
        }),
    )
    .formula(move |p| {
        // f = s², s = Σ_{x_i > 0} l x_i² - Σ_{x_i <= 0} sin(l x_i): H = 2 ∇s ∇sᵀ + 2 s ∇²s.
        let (x, l) = split(p);
        let (mut s, mut gs, mut hs) = (0.0, vec![0.0; 4], vec![vec![0.0; 4]; 4]);
        for i in 0..3 {
            if x[i] > 0.0 {
                s += l * x[i] * x[i];
                gs[i] = 2.0 * l * x[i];
                gs[3] += x[i] * x[i];
                hs[i][i] = 2.0 * l;
                hs[i][3] = 2.0 * x[i];
            } else {
                let (sn, c) = ((l * x[i]).sin(), (l * x[i]).cos());
                s -= sn;
                gs[i] = -l * c;
                gs[3] -= x[i] * c;
                hs[i][i] = l * l * sn;
                hs[i][3] = -c + l * x[i] * sn;
                hs[3][3] += x[i] * x[i] * sn;
            }
            hs[3][i] = hs[i][3];
        }
        (0..4)
            .map(|i| {
                (0..4)
                    .map(|j| 2.0 * gs[i] * gs[j] + 2.0 * s * hs[i][j])
                    .collect()
            })
            .collect()
    })
    .at(&[&[0.5, -1.0, 2.0, 0.7], &[-0.3, -0.2, 0.4, 1.5]]);
}

/// The result is an element read itself when the first element is positive
/// (the tangent program must keep that read visible to second order, which
/// once lost it and returned a zero gradient), else x0 x1.
#[differentiate]
fn element_result(x: &[f64]) -> f64 {
    if x[0] > 0.0 {
        return x[x.len() - 1];
    }
    x[0] * x[1]
}

fn element_result_gradient(x: &[f64]) -> Vec<f64> {
    let mut g = vec![0.0; x.len()];
    if x[0] > 0.0 {
        g[x.len() - 1] = 1.0;
    } else {
        (g[0], g[1]) = (x[1], x[0]);
    }
    g
}

#[test]
fn an_element_read_as_the_result() {
    let points: &[&[f64]] = &[&[0.3, -0.7, 1.1], &[-0.5, 0.4], &[2.0]];
    check_slice!(element_result, element_result_jvp, element_result_vjp, element_result_grad,
        element_result_hvp, element_result_hessian; gradient: element_result_gradient, at: points);
}
