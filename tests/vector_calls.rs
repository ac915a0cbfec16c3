//! Calls between differentiated functions with vector arguments: an active
//! vector passed on (`g(x)`, `g(&v)` for a `Vec`), a passive one (a parameter
//! left out by `wrt`, a local array, a sub-slice of a data set), recursion
//! over a slice, and a method. First and second order, each through the
//! checks of `common` (formula, central differences, dot-product test) and
//! `common::second`.
#![allow(clippy::needless_range_loop, clippy::ptr_arg)]

mod common;

use autodiff::differentiate;
use common::second::SecondCheck;
use common::Check;

#[differentiate]
fn dot(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * y[i];
    }
    s
}

/// E(x, w) = ½ <x, x> + <w, x> sin <w, w>: both vectors active in every call.
#[differentiate]
fn energy(x: &[f64], w: &[f64]) -> f64 {
    0.5 * dot(x, x) + dot(w, x) * dot(w, w).sin()
}

fn energy_gradient(p: &[f64]) -> Vec<f64> {
    let (x, w) = p.split_at(p.len() / 2);
    let (wx, ww) = (autodiff::check::dot(w, x), autodiff::check::dot(w, w));
    let gx = (0..x.len()).map(|i| x[i] + w[i] * ww.sin());
    let gw = (0..x.len()).map(|i| x[i] * ww.sin() + wx * ww.cos() * 2.0 * w[i]);
    gx.chain(gw).collect()
}

fn energy_formula(p: &[f64]) -> Vec<Vec<f64>> {
    let n = p.len() / 2;
    let (x, w) = p.split_at(n);
    let (wx, ww) = (autodiff::check::dot(w, x), autodiff::check::dot(w, w));
    let mut h = vec![vec![0.0; 2 * n]; 2 * n];
    for i in 0..n {
        for j in 0..n {
            let delta = if i == j { 1.0 } else { 0.0 };
            h[i][j] = delta;
            // d/dw_j of (w_i sin ww) and its mirror.
            let xw = delta * ww.sin() + w[i] * ww.cos() * 2.0 * w[j];
            h[i][n + j] = xw;
            h[n + j][i] = xw;
            h[n + i][n + j] = 2.0 * ww.cos() * (x[i] * w[j] + x[j] * w[i])
                + wx * (2.0 * delta * ww.cos() - 4.0 * w[i] * w[j] * ww.sin());
        }
    }
    h
}

#[test]
fn active_slices_passed_on() {
    let split = |p: &[f64]| {
        let (x, w) = p.split_at(p.len() / 2);
        (x.to_vec(), w.to_vec())
    };
    Check::new(
        "energy",
        Box::new(move |p| {
            let (x, w) = split(p);
            energy(&x, &w)
        }),
        Box::new(move |p, d| {
            let ((x, w), (dx, dw)) = (split(p), split(d));
            energy_jvp(&x, &w, &dx, &dw)
        }),
        Box::new(move |p, u| {
            let (x, w) = split(p);
            let (y, gx, gw) = energy_vjp(&x, &w, u);
            [vec![y], gx, gw].concat()
        }),
        Box::new(move |p| {
            let (x, w) = split(p);
            let (y, gx, gw) = energy_grad(&x, &w);
            [vec![y], gx, gw].concat()
        }),
    )
    .formula(energy_gradient)
    .at(&[&[0.5, -1.0, 0.3, 0.2, 0.7, -0.4], &[1.0, 2.0, 0.1, -0.3]]);
    SecondCheck::new(
        "energy",
        Box::new(move |p| {
            let (x, w) = split(p);
            let (y, gx, gw) = energy_grad(&x, &w);
            [vec![y], gx, gw].concat()
        }),
        Box::new(move |p, v| {
            let ((x, w), (vx, vw)) = (split(p), split(v));
            let (y, gx, gw, hx, hw) = energy_hvp(&x, &w, &vx, &vw);
            [vec![y], gx, gw, hx, hw].concat()
        }),
        Box::new(move |p| {
            let (x, w) = split(p);
            energy_hessian(&x, &w)
        }),
    )
    .formula(energy_formula)
    .at(&[&[0.5, -1.0, 0.3, 0.2, 0.7, -0.4], &[1.0, 2.0, 0.1, -0.3]]);
}

#[differentiate]
fn predict(w: &[f64], row: &[f64]) -> f64 {
    let mut z = w[0];
    for j in 0..row.len() {
        z += w[j + 1] * row[j];
    }
    z.tanh()
}

/// A squared loss over a data set stored row by row: the rows are passive
/// sub-slices handed to `predict`, which treats its `row` as active; the
/// caller passes no tangent for them and discards their adjoints.
#[differentiate(wrt(w))]
fn squared_loss(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
    let d = w.len() - 1;
    let mut loss = 0.0;
    for i in 0..ys.len() {
        let r = predict(w, &xs[i * d..(i + 1) * d]) - ys[i];
        loss += r * r;
    }
    loss / ys.len() as f64
}

const XS: [f64; 6] = [0.5, -1.0, 2.0, 0.3, -0.7, 1.2];
const YS: [f64; 3] = [0.2, -0.5, 0.9];

/// Per sample z = w₀ + w₁ x₁ + w₂ x₂, p = tanh z, r = p - y:
/// ∂L/∂w = (2/n) Σ r (1 - p²) (1, x₁, x₂).
fn squared_loss_gradient(w: &[f64]) -> Vec<f64> {
    let mut g = vec![0.0; 3];
    for i in 0..3 {
        let features = [1.0, XS[2 * i], XS[2 * i + 1]];
        let p = autodiff::check::dot(w, &features).tanh();
        for j in 0..3 {
            g[j] += 2.0 / 3.0 * (p - YS[i]) * (1.0 - p * p) * features[j];
        }
    }
    g
}

/// ∂²L/∂w² = (2/n) Σ [(1 - p²)² - 2 r p (1 - p²)] f fᵀ.
fn squared_loss_formula(w: &[f64]) -> Vec<Vec<f64>> {
    let mut h = vec![vec![0.0; 3]; 3];
    for i in 0..3 {
        let features = [1.0, XS[2 * i], XS[2 * i + 1]];
        let p = autodiff::check::dot(w, &features).tanh();
        let s = 1.0 - p * p;
        let c = 2.0 / 3.0 * (s * s - 2.0 * (p - YS[i]) * p * s);
        for j in 0..3 {
            for k in 0..3 {
                h[j][k] += c * features[j] * features[k];
            }
        }
    }
    h
}

#[test]
fn passive_rows_of_a_data_set() {
    Check::new(
        "squared_loss",
        Box::new(|w| squared_loss(w, &XS, &YS)),
        Box::new(|w, d| squared_loss_jvp(w, &XS, &YS, d)),
        Box::new(|w, u| {
            let (y, g) = squared_loss_vjp(w, &XS, &YS, u);
            [vec![y], g].concat()
        }),
        Box::new(|w| {
            let (y, g) = squared_loss_grad(w, &XS, &YS);
            [vec![y], g].concat()
        }),
    )
    .formula(squared_loss_gradient)
    .at(&[&[0.1, 0.4, -0.3], &[-0.5, 1.0, 0.8]]);
    SecondCheck::new(
        "squared_loss",
        Box::new(|w| {
            let (y, g) = squared_loss_grad(w, &XS, &YS);
            [vec![y], g].concat()
        }),
        Box::new(|w, v| {
            let (y, g, h) = squared_loss_hvp(w, &XS, &YS, v);
            [vec![y], g, h].concat()
        }),
        Box::new(|w| squared_loss_hessian(w, &XS, &YS)),
    )
    .formula(squared_loss_formula)
    .at(&[&[0.1, 0.4, -0.3], &[-0.5, 1.0, 0.8]]);
}

/// Horner's rule by recursion over the coefficients: p(t) = Σ c_i t^i.
#[differentiate]
fn horner(c: &[f64], t: f64, i: usize) -> f64 {
    if i == c.len() {
        return 0.0;
    }
    c[i] + t * horner(c, t, i + 1)
}

/// The polynomial of a `Vec`'s coefficients, passed on as `&c`, plus a local
/// array passed as passive data.
#[differentiate]
fn polynomial(c: Vec<f64>, t: f64) -> f64 {
    let shift = [1.0, 0.0, -1.0];
    horner(&c, t, 0) + horner(&shift, t, 0) * t
}

#[test]
fn recursion_over_a_slice() {
    let split = |p: &[f64]| (p[..4].to_vec(), p[4]);
    // p(t) = Σ c_i t^i + (1 - t²) t.
    let gradient = move |p: &[f64]| {
        let (c, t) = split(p);
        let mut g: Vec<f64> = (0..4).map(|i| t.powi(i)).collect();
        g.push(
            (1..4)
                .map(|i| i as f64 * c[i] * t.powi(i as i32 - 1))
                .sum::<f64>()
                + 1.0
                - 3.0 * t * t,
        );
        g
    };
    let hessian = move |p: &[f64]| {
        let (c, t) = split(p);
        let mut h = vec![vec![0.0; 5]; 5];
        for i in 1..4 {
            h[i][4] = i as f64 * t.powi(i as i32 - 1);
            h[4][i] = h[i][4];
        }
        h[4][4] = (2..4)
            .map(|i| (i * (i - 1)) as f64 * c[i] * t.powi(i as i32 - 2))
            .sum::<f64>()
            - 6.0 * t;
        h
    };
    Check::new(
        "polynomial",
        Box::new(move |p| {
            let (c, t) = split(p);
            polynomial(c, t)
        }),
        Box::new(move |p, d| {
            let ((c, t), (dc, dt)) = (split(p), split(d));
            polynomial_jvp(c, t, dc, dt)
        }),
        Box::new(move |p, u| {
            let (c, t) = split(p);
            let (y, gc, gt) = polynomial_vjp(c, t, u);
            [vec![y], gc, vec![gt]].concat()
        }),
        Box::new(move |p| {
            let (c, t) = split(p);
            let (y, gc, gt) = polynomial_grad(c, t);
            [vec![y], gc, vec![gt]].concat()
        }),
    )
    .formula(gradient)
    .at(&[&[1.0, -2.0, 0.5, 0.25, 1.5], &[0.3, 0.0, 2.0, -1.0, -0.7]]);
    SecondCheck::new(
        "polynomial",
        Box::new(move |p| {
            let (c, t) = split(p);
            let (y, gc, gt) = polynomial_grad(c, t);
            [vec![y], gc, vec![gt]].concat()
        }),
        Box::new(move |p, v| {
            let ((c, t), (vc, vt)) = (split(p), split(v));
            let (y, gc, gt, hc, ht) = polynomial_hvp(c, t, vc, vt);
            [vec![y], gc, vec![gt], hc, vec![ht]].concat()
        }),
        Box::new(move |p| {
            let (c, t) = split(p);
            polynomial_hessian(c, t)
        }),
    )
    .formula(hessian)
    .at(&[&[1.0, -2.0, 0.5, 0.25, 1.5], &[0.3, 0.0, 2.0, -1.0, -0.7]]);
}

struct Springs {
    stiffness: f64,
}

impl Springs {
    #[differentiate]
    fn stretch(&self, x: &[f64; 3], i: usize) -> f64 {
        let d = x[i + 1] - x[i] - 1.0;
        0.5 * self.stiffness * d * d
    }

    /// Two springs between three masses on a line.
    #[differentiate]
    fn energy(&self, x: [f64; 3]) -> f64 {
        self.stretch(&x, 0) + self.stretch(&x, 1)
    }
}

#[test]
fn method_with_an_array_argument() {
    let s = Springs { stiffness: 3.0 };
    let point = |p: &[f64]| [p[0], p[1], p[2]];
    let k = s.stiffness;
    let gradient = move |p: &[f64]| {
        let (d0, d1) = (p[1] - p[0] - 1.0, p[2] - p[1] - 1.0);
        vec![-k * d0, k * (d0 - d1), k * d1]
    };
    let hessian = move |_: &[f64]| vec![vec![k, -k, 0.0], vec![-k, 2.0 * k, -k], vec![0.0, -k, k]];
    let s = &*Box::leak(Box::new(s));
    Check::new(
        "energy",
        Box::new(move |p| s.energy(point(p))),
        Box::new(move |p, d| s.energy_jvp(point(p), point(d))),
        Box::new(move |p, u| {
            let (y, g) = s.energy_vjp(point(p), u);
            [vec![y], g.to_vec()].concat()
        }),
        Box::new(move |p| {
            let (y, g) = s.energy_grad(point(p));
            [vec![y], g.to_vec()].concat()
        }),
    )
    .formula(gradient)
    .at(&[&[0.0, 1.5, 2.2], &[-1.0, 0.0, 3.0]]);
    SecondCheck::new(
        "energy",
        Box::new(move |p| {
            let (y, g) = s.energy_grad(point(p));
            [vec![y], g.to_vec()].concat()
        }),
        Box::new(move |p, v| {
            let (y, g, h) = s.energy_hvp(point(p), point(v));
            [vec![y], g.to_vec(), h.to_vec()].concat()
        }),
        Box::new(move |p| s.energy_hessian(point(p))),
    )
    .formula(hessian)
    .at(&[&[0.0, 1.5, 2.2], &[-1.0, 0.0, 3.0]]);
}
