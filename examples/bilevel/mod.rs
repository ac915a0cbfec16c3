//! The bilevel problems with closed-form hypergradients that the bilevel
//! examples, `tests/bilevel_*.rs` and `benches/hypergradient.rs` share: ridge
//! regression with one penalty or one per feature (also with a pseudo-Huber
//! penalty), and squared-loss regression with per-sample weights σ(λ_i);
//! with the data sets and the generator they are drawn from.
//! Each objective is a `#[differentiate]` function over the flat slices
//! `w` (the model) and `lam` (the hyperparameters) with the data passive.
#![allow(dead_code)]

use autodiff::differentiate;
use nalgebra::{DMatrix, DVector};

/// A regression data set: `n` rows of `d` features (row-major) and targets.
pub struct Data {
    /// The features, row after row.
    pub x: Vec<f64>,
    /// The targets.
    pub y: Vec<f64>,
    /// The number of features.
    pub d: usize,
}

/// A small deterministic generator (splitmix64), so that runs are reproducible.
pub struct Rng(u64);

impl Rng {
    /// The generator with this seed.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) as f64 / 2f64.powi(64)
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u = 1.0 - self.uniform();
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * self.uniform()).cos()
    }
}

impl Data {
    /// `n` samples `y = xᵀ w_true + noise · N(0, 1)` with standard normal
    /// features; `w_true` has entries that shrink with the feature index, so
    /// that the later features are mostly noise.
    pub fn synthetic(n: usize, d: usize, noise: f64, rng: &mut Rng) -> Self {
        let w_true: Vec<f64> = (0..d).map(|j| 2.0 / (1.0 + j as f64)).collect();
        Self::linear(n, &w_true, noise, rng)
    }

    /// `n` samples `y = xᵀ w_true + noise · N(0, 1)` with standard normal features.
    pub fn linear(n: usize, w_true: &[f64], noise: f64, rng: &mut Rng) -> Self {
        let d = w_true.len();
        let x: Vec<f64> = (0..n * d).map(|_| rng.normal()).collect();
        let y = (0..n)
            .map(|i| dot(&x[i * d..(i + 1) * d], w_true) + noise * rng.normal())
            .collect();
        Self { x, y, d }
    }

    /// The number of samples.
    pub fn len(&self) -> usize {
        self.y.len()
    }

    /// The feature matrix.
    pub fn matrix(&self) -> DMatrix<f64> {
        DMatrix::from_row_slice(self.len(), self.d, &self.x)
    }

    /// Row `i` as a vector.
    pub fn row(&self, i: usize) -> DVector<f64> {
        DVector::from_column_slice(&self.x[i * self.d..(i + 1) * self.d])
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The mean squared error `(1/2n) ‖X w − y‖²`.
#[differentiate(wrt(w))]
pub fn half_mse(w: &[f64], data: &Data) -> f64 {
    let n = data.y.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut p = 0.0;
        for j in 0..data.d {
            p += data.x[i * data.d + j] * w[j];
        }
        s += (p - data.y[i]) * (p - data.y[i]);
    }
    s / (2.0 * n as f64)
}

/// The ridge objective `(1/2n) ‖X w − y‖² + ½ Σ_j λ_j w_j²`, with one
/// penalty for all features (`lam.len() == 1`) or one per feature.
#[differentiate(wrt(w, lam))]
pub fn ridge(w: &[f64], lam: &[f64], data: &Data) -> f64 {
    let mut penalty = 0.0;
    for j in 0..w.len() {
        let k = if lam.len() == 1 { 0 } else { j };
        penalty += lam[k] * w[j] * w[j];
    }
    half_mse(w, data) + 0.5 * penalty
}

/// The validation loss `(1/2m) ‖X_v w − y_v‖²` as an outer objective (it
/// does not depend on λ directly: its λ-gradient is zero).
#[differentiate(wrt(w, _lam))]
pub fn validation(w: &[f64], _lam: &[f64], data: &Data) -> f64 {
    half_mse(w, data)
}

/// The ridge penalties as a diagonal `n Λ` (Λ = diag(λ_j), or λ I).
fn scaled_penalty(lam: &[f64], n: usize, d: usize) -> DMatrix<f64> {
    let diagonal = (0..d).map(|j| n as f64 * lam[if lam.len() == 1 { 0 } else { j }]);
    DMatrix::from_diagonal(&DVector::from_iterator(d, diagonal))
}

/// `w* = (XᵀX + nΛ)⁻¹ Xᵀ y`.
pub fn ridge_solution(train: &Data, lam: &[f64]) -> DVector<f64> {
    let x = train.matrix();
    let a = x.transpose() * &x + scaled_penalty(lam, train.len(), train.d);
    let rhs = x.transpose() * DVector::from_column_slice(&train.y);
    a.cholesky()
        .expect("XᵀX + nΛ is positive definite")
        .solve(&rhs)
}

/// `∇F(w) = (1/m) X_vᵀ (X_v w − y_v)`.
pub fn validation_gradient(val: &Data, w: &DVector<f64>) -> DVector<f64> {
    let x = val.matrix();
    x.transpose() * (&x * w - DVector::from_column_slice(&val.y)) / val.len() as f64
}

/// The closed-form hypergradient of the validation loss through ridge:
/// `dF/dλ = −n ∇F(w*)ᵀ (XᵀX + nλI)⁻¹ w*` for one penalty,
/// `dF/dλ_j = −n [(XᵀX + nΛ)⁻¹ ∇F(w*)]_j w*_j` for one per feature.
pub fn ridge_hypergradient(train: &Data, val: &Data, lam: &[f64]) -> Vec<f64> {
    ridge_hypergradient_of(train, lam, |w| validation_gradient(val, w))
}

/// The same closed form for any outer objective `F(w)` (not reading λ),
/// given its gradient `outer_gradient(w)`.
pub fn ridge_hypergradient_of(
    train: &Data,
    lam: &[f64],
    outer_gradient: impl Fn(&DVector<f64>) -> DVector<f64>,
) -> Vec<f64> {
    let (x, n) = (train.matrix(), train.len());
    let a = x.transpose() * &x + scaled_penalty(lam, n, train.d);
    let w = ridge_solution(train, lam);
    let u = a
        .cholesky()
        .expect("positive definite")
        .solve(&outer_gradient(&w));
    if lam.len() == 1 {
        vec![-(n as f64) * u.dot(&w)]
    } else {
        (0..train.d).map(|j| -(n as f64) * u[j] * w[j]).collect()
    }
}

/// Ridge with the smooth penalty `Σ_j λ_j (√(1 + w_j²) − 1)`: `∇_λ G` is
/// not quadratic in w, so DARTS's central differences of it have a
/// truncation error that shrinks with ε.
#[differentiate(wrt(w, lam))]
pub fn pseudo_huber(w: &[f64], lam: &[f64], data: &Data) -> f64 {
    let mut penalty = 0.0;
    for j in 0..w.len() {
        penalty += lam[j] * ((1.0 + w[j] * w[j]).sqrt() - 1.0);
    }
    half_mse(w, data) + penalty
}

/// The DARTS hypergradient of the validation loss through `pseudo_huber`
/// from the inner iterate `w`, by the closed form: the outer point is
/// `w' = w − ξ ∇_w G(w, λ)` with `∇_w G = Xᵀ(Xw − y)/n + λ_j w_j / √(1 + w_j²)`,
/// and `dF/dλ_j ≈ −ξ [∇²_λw G]_jj [∇F(w')]_j = −ξ w_j / √(1 + w_j²) [∇F(w')]_j`.
pub fn pseudo_huber_darts(train: &Data, val: &Data, lam: &[f64], w: &[f64], xi: f64) -> Vec<f64> {
    let w = DVector::from_column_slice(w);
    let slope = w.map(|wj| wj / (1.0 + wj * wj).sqrt());
    let penalty = DVector::from_iterator(w.len(), lam.iter().zip(&slope).map(|(l, s)| l * s));
    let inner = validation_gradient(train, &w) + penalty;
    let v = validation_gradient(val, &(&w - inner * xi));
    (0..w.len()).map(|j| -xi * slope[j] * v[j]).collect()
}

/// The logistic σ(t).
#[differentiate]
pub fn sigmoid(t: f64) -> f64 {
    1.0 / (1.0 + (-t).exp())
}

/// Weighted least squares `½ Σ_i σ(λ_i) (x_iᵀ w − y_i)² + (ρ/2) ‖w‖²`.
#[differentiate(wrt(w, lam))]
pub fn weighted(w: &[f64], lam: &[f64], data: &Data, rho: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..data.y.len() {
        let mut p = 0.0;
        for j in 0..data.d {
            p += data.x[i * data.d + j] * w[j];
        }
        s += sigmoid(lam[i]) * (p - data.y[i]) * (p - data.y[i]);
    }
    let mut norm2 = 0.0;
    for j in 0..w.len() {
        norm2 += w[j] * w[j];
    }
    0.5 * s + 0.5 * rho * norm2
}

/// `A = XᵀDX + ρI` with `D = diag(σ(λ_i))`.
fn weighted_matrix(train: &Data, lam: &[f64], rho: f64) -> DMatrix<f64> {
    let x = train.matrix();
    let weights = DVector::from_iterator(train.len(), lam.iter().map(|&l| sigmoid(l)));
    x.transpose() * DMatrix::from_diagonal(&weights) * &x
        + DMatrix::identity(train.d, train.d) * rho
}

/// `w* = (XᵀDX + ρI)⁻¹ XᵀD y`.
pub fn weighted_solution(train: &Data, lam: &[f64], rho: f64) -> DVector<f64> {
    let x = train.matrix();
    let dy = DVector::from_iterator(
        train.len(),
        lam.iter().zip(&train.y).map(|(&l, y)| sigmoid(l) * y),
    );
    let a = weighted_matrix(train, lam, rho);
    a.cholesky()
        .expect("positive definite")
        .solve(&(x.transpose() * dy))
}

/// The closed-form hypergradient of the validation loss through the weights:
/// `∂w*/∂λ_i = σ'(λ_i) (XᵀDX + ρI)⁻¹ x_i (y_i − x_iᵀ w*)`, so
/// `dF/dλ_i = σ'(λ_i) (y_i − x_iᵀ w*) x_iᵀ (XᵀDX + ρI)⁻¹ ∇F(w*)`.
pub fn weighted_hypergradient(train: &Data, val: &Data, lam: &[f64], rho: f64) -> Vec<f64> {
    weighted_hypergradient_of(train, lam, rho, |w| validation_gradient(val, w))
}

/// The same closed form for any outer objective `F(w)` (not reading λ),
/// given its gradient `outer_gradient(w)`.
pub fn weighted_hypergradient_of(
    train: &Data,
    lam: &[f64],
    rho: f64,
    outer_gradient: impl Fn(&DVector<f64>) -> DVector<f64>,
) -> Vec<f64> {
    let w = weighted_solution(train, lam, rho);
    let a = weighted_matrix(train, lam, rho);
    let u = a
        .cholesky()
        .expect("positive definite")
        .solve(&outer_gradient(&w));
    (0..train.len())
        .map(|i| {
            let xi = train.row(i);
            let slope = sigmoid(lam[i]) * (1.0 - sigmoid(lam[i]));
            slope * (train.y[i] - xi.dot(&w)) * xi.dot(&u)
        })
        .collect()
}

/// `‖a − b‖ / ‖b‖`: the error of `a` against the reference `b`.
pub fn relative_error(a: &[f64], b: &[f64]) -> f64 {
    let difference: f64 = a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum();
    (difference / dot(b, b)).sqrt()
}

/// The largest eigenvalue of `XᵀX / n`: the ridge Hessian's largest
/// eigenvalue is this plus the largest penalty, and gradient descent on it
/// needs a step below 2 over that.
pub fn data_curvature(train: &Data) -> f64 {
    let x = train.matrix();
    let gram = x.transpose() * &x / train.len() as f64;
    gram.symmetric_eigenvalues().max()
}
