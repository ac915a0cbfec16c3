//! The worked examples of the lecture on automatic differentiation
//! (`shared/seeds/003`): each function with its hand-derived gradient and
//! Hessian, and the multidimensional-scaling loss. Shared by the examples
//! `quadratic`, `log_quadratic`, `logistic` and `mds`, by `tests/lecture.rs`
//! and by `benches/vectors.rs`; each user takes what it needs.
#![allow(dead_code)]

use autodiff::differentiate;
use nalgebra::{DMatrix, DVector};

/// Example 1: f(x) = <x, A x> - bᵀx + c.
#[differentiate(wrt(x))]
pub fn quadratic(x: &DVector<f64>, a: &DMatrix<f64>, b: &DVector<f64>, c: f64) -> f64 {
    let ax = a * x;
    x.dot(&ax) - x.dot(b) + c
}

/// ∇f = (A + Aᵀ) x - b.
pub fn quadratic_gradient(x: &DVector<f64>, a: &DMatrix<f64>, b: &DVector<f64>) -> DVector<f64> {
    (a + a.transpose()) * x - b
}

/// ∇²f = A + Aᵀ.
pub fn quadratic_hessian_formula(a: &DMatrix<f64>) -> DMatrix<f64> {
    a + a.transpose()
}

/// Example 2: f(x) = ln <x, A x>.
#[differentiate(wrt(x))]
pub fn log_quadratic(x: &DVector<f64>, a: &DMatrix<f64>) -> f64 {
    let ax = a * x;
    x.dot(&ax).ln()
}

/// ∇f = (A + Aᵀ) x / q with q = <x, A x>.
pub fn log_quadratic_gradient(x: &DVector<f64>, a: &DMatrix<f64>) -> DVector<f64> {
    let q = x.dot(&(a * x));
    (a + a.transpose()) * x / q
}

/// ∇²f = (A + Aᵀ) / q - (A + Aᵀ) x xᵀ (A + Aᵀ)ᵀ / q².
pub fn log_quadratic_hessian_formula(x: &DVector<f64>, a: &DMatrix<f64>) -> DMatrix<f64> {
    let q = x.dot(&(a * x));
    let s = a + a.transpose();
    let g = &s * x;
    s / q - &g * g.transpose() / (q * q)
}

/// Example 3: f(x) = ln(1 + exp <a, x>).
#[differentiate(wrt(x))]
pub fn logistic(x: &[f64], a: &[f64]) -> f64 {
    let t: f64 = x.iter().zip(a).map(|(xi, ai)| xi * ai).sum();
    t.exp().ln_1p()
}

/// σ(t) = 1 / (1 + exp(-t)).
pub fn sigmoid(t: f64) -> f64 {
    1.0 / (1.0 + (-t).exp())
}

/// ∇f = σ(<a, x>) a.
pub fn logistic_gradient(x: &[f64], a: &[f64]) -> Vec<f64> {
    let s = sigmoid(autodiff::check::dot(a, x));
    a.iter().map(|ai| s * ai).collect()
}

/// ∇²f = σ (1 - σ) a aᵀ.
pub fn logistic_hessian_formula(x: &[f64], a: &[f64]) -> DMatrix<f64> {
    let s = sigmoid(autodiff::check::dot(a, x));
    let a = DVector::from_column_slice(a);
    &a * a.transpose() * (s * (1.0 - s))
}

/// The logistic-regression loss over a data set (rows `features` of length
/// `w.len()`, labels ±1) with an L2 penalty:
/// L(w) = (1/m) Σᵢ ln(1 + exp(-yᵢ <w, xᵢ>)) + λ/2 ‖w‖².
#[differentiate(wrt(w))]
pub fn logistic_loss(w: &[f64], features: &[f64], labels: &[f64], lambda: f64) -> f64 {
    let d = w.len();
    let mut loss = 0.0;
    for (i, y) in labels.iter().enumerate() {
        let mut z = 0.0;
        for j in 0..d {
            z += w[j] * features[i * d + j];
        }
        loss += (-y * z).exp().ln_1p();
    }
    let penalty: f64 = w.iter().map(|v| v * v).sum();
    loss / labels.len() as f64 + 0.5 * lambda * penalty
}

/// ∇L = -(1/m) Σᵢ σ(-yᵢ zᵢ) yᵢ xᵢ + λ w.
pub fn logistic_loss_gradient(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
) -> Vec<f64> {
    let d = w.len();
    let m = labels.len() as f64;
    let mut g: Vec<f64> = w.iter().map(|v| lambda * v).collect();
    for (i, y) in labels.iter().enumerate() {
        let row = &features[i * d..(i + 1) * d];
        let s = sigmoid(-y * autodiff::check::dot(w, row));
        for j in 0..d {
            g[j] -= s * y * row[j] / m;
        }
    }
    g
}

/// ∇²L = (1/m) Σᵢ σ(zᵢ)(1 - σ(zᵢ)) xᵢ xᵢᵀ + λ I (labels ±1 drop out).
pub fn logistic_loss_hessian_formula(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
) -> DMatrix<f64> {
    let d = w.len();
    let m = labels.len() as f64;
    let mut h = DMatrix::identity(d, d) * lambda;
    for i in 0..labels.len() {
        let row = DVector::from_column_slice(&features[i * d..(i + 1) * d]);
        let s = sigmoid(autodiff::check::dot(w, row.as_slice()));
        h += &row * row.transpose() * (s * (1.0 - s) / m);
    }
    h
}

/// A reproducible data set for the loss: `m` rows of `d` features from a
/// linear congruential generator, labels from a fixed separating direction
/// with a few flipped.
pub fn data_set(m: usize, d: usize) -> (Vec<f64>, Vec<f64>) {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut uniform = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0
    };
    let features: Vec<f64> = (0..m * d).map(|_| uniform()).collect();
    let labels = (0..m)
        .map(|i| {
            let z: f64 = (0..d)
                .map(|j| features[i * d + j] * (j as f64 + 1.0).recip())
                .sum();
            let flip = uniform() > 0.9;
            if (z > 0.0) != flip {
                1.0
            } else {
                -1.0
            }
        })
        .collect();
    (features, labels)
}

/// The lecture's multidimensional scaling: L(W) = Σ_ij (‖W_i - W_j‖² - D_ij)²
/// over the N points `w = (x_0, y_0, x_1, ...)`, `d` the N x N squared
/// distances row by row.
#[differentiate(wrt(w))]
pub fn mds_loss(w: &[f64], d: &[f64]) -> f64 {
    let n = w.len() / 2;
    let mut loss = 0.0;
    for i in 0..n {
        for j in 0..n {
            let dx = w[2 * i] - w[2 * j];
            let dy = w[2 * i + 1] - w[2 * j + 1];
            let r = dx * dx + dy * dy - d[i * n + j];
            loss += r * r;
        }
    }
    loss
}

/// The N x N squared distances, row by row, between the points
/// `w = (x_0, y_0, x_1, ...)`: the data of `mds_loss`.
pub fn squared_distances(w: &[f64]) -> Vec<f64> {
    let n = w.len() / 2;
    (0..n * n)
        .map(|k| {
            let (i, j) = (k / n, k % n);
            let (dx, dy) = (w[2 * i] - w[2 * j], w[2 * i + 1] - w[2 * j + 1]);
            dx * dx + dy * dy
        })
        .collect()
}
