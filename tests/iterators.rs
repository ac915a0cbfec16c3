//! Iterator chains over vector parameters (`iter`, `enumerate`, `zip`,
//! `map`, `sum`, `product`, `fold`), which the macro rewrites into index
//! loops. Each function goes through the checks of `common` (formula, central
//! differences, dot-product test) and of `common::second` (Hessian formula,
//! differences of the gradient, symmetry).
#![allow(clippy::ptr_arg)]

mod common;

use autodiff::differentiate;
use common::second::SecondCheck;
use common::Check;

fn diagonal(d: Vec<f64>) -> Vec<Vec<f64>> {
    let n = d.len();
    (0..n)
        .map(|i| (0..n).map(|j| if i == j { d[i] } else { 0.0 }).collect())
        .collect()
}

const POINTS: &[&[f64]] = &[&[0.5, -1.2, 2.0], &[1.5, 0.3, -0.7, 0.9]];

/// Σ v³ + Σ i v, by `for v in x.iter()` with `*v` and `for (i, &v) in .enumerate()`.
#[differentiate]
fn cubes(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x.iter() {
        s += *v * *v * *v;
    }
    for (i, &v) in x.iter().enumerate() {
        s += i as f64 * v;
    }
    s
}

#[test]
fn for_over_iter_and_enumerate() {
    check_slice!(cubes, cubes_jvp, cubes_vjp, cubes_grad, cubes_hvp, cubes_hessian;
        gradient: |x| x.iter().enumerate().map(|(i, v)| 3.0 * v * v + i as f64).collect(),
        hessian: |x| diagonal(x.iter().map(|v| 6.0 * v).collect()),
        at: POINTS);
}

/// ‖x‖ = sqrt(Σ v²) by `.map(..).sum::<f64>()` inside an expression.
#[differentiate]
fn norm(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>().sqrt()
}

#[test]
fn map_sum_inside_an_expression() {
    check_slice!(norm, norm_jvp, norm_vjp, norm_grad, norm_hvp, norm_hessian;
        gradient: |x| {
            let r = x.iter().map(|v| v * v).sum::<f64>().sqrt();
            x.iter().map(|v| v / r).collect()
        },
        hessian: |x| {
            let r = x.iter().map(|v| v * v).sum::<f64>().sqrt();
            let n = x.len();
            (0..n)
                .map(|i| {
                    (0..n)
                        .map(|j| (if i == j { 1.0 } else { 0.0 }) / r - x[i] * x[j] / (r * r * r))
                        .collect()
                })
                .collect()
        },
        at: POINTS);
}

/// Π (1 + v²) by `.product()`, plus Σ v by `.sum()`, over a `Vec` iterated as `&x`.
#[differentiate]
fn product_and_sum(x: Vec<f64>) -> f64 {
    let mut p = 1.0;
    for v in &x {
        p *= 1.0 + v * v;
    }
    p + x.iter().sum::<f64>() + x.iter().map(|&v| 1.0 + v * v).product::<f64>()
}

#[test]
fn product_sum_over_a_vec() {
    let product = |x: &[f64]| x.iter().map(|v| 1.0 + v * v).product::<f64>();
    Check::new(
        "product_and_sum",
        Box::new(|x| product_and_sum(x.to_vec())),
        Box::new(|x, d| product_and_sum_jvp(x.to_vec(), d.to_vec())),
        Box::new(|x, u| {
            let (y, g) = product_and_sum_vjp(x.to_vec(), u);
            [vec![y], g].concat()
        }),
        Box::new(|x| {
            let (y, g) = product_and_sum_grad(x.to_vec());
            [vec![y], g].concat()
        }),
    )
    .formula(move |x| {
        let p = product(x);
        x.iter()
            .map(|v| 2.0 * 2.0 * v * p / (1.0 + v * v) + 1.0)
            .collect()
    })
    .at(POINTS);
    SecondCheck::new(
        "product_and_sum",
        Box::new(|x| {
            let (y, g) = product_and_sum_grad(x.to_vec());
            [vec![y], g].concat()
        }),
        Box::new(|x, v| {
            let (y, g, h) = product_and_sum_hvp(x.to_vec(), v.to_vec());
            [vec![y], g, h].concat()
        }),
        Box::new(|x| product_and_sum_hessian(x.to_vec())),
    )
    .formula(move |x| {
        // 2P with P = Π(1 + v²): ∂ᵢ∂ⱼ = 2 P 4 vᵢ vⱼ / ((1+vᵢ²)(1+vⱼ²)) off the diagonal, 2 P 2 / (1+vᵢ²) on it.
        let p = product(x);
        let n = x.len();
        (0..n)
            .map(|i| {
                (0..n)
                    .map(|j| {
                        let (a, b) = (1.0 + x[i] * x[i], 1.0 + x[j] * x[j]);
                        if i == j {
                            2.0 * 2.0 * p / a
                        } else {
                            2.0 * 4.0 * x[i] * x[j] * p / (a * b)
                        }
                    })
                    .collect()
            })
            .collect()
    })
    .at(POINTS);
}

/// <x, w> sin <x, x> by `zip` of two active vectors and `fold` over a zip.
#[differentiate]
fn zipped(x: &[f64], w: &[f64]) -> f64 {
    let d: f64 = x.iter().zip(w.iter()).map(|(a, b)| a * b).sum();
    let s = x.iter().zip(x).fold(0.0, |acc, (a, b)| acc + a * b);
    d * s.sin()
}

#[test]
fn zip_of_two_vectors_and_fold() {
    fn split(p: &[f64]) -> (&[f64], &[f64]) {
        p.split_at(p.len() / 2)
    }
    let gradient = move |p: &[f64]| {
        let (x, w) = split(p);
        let (d, s) = (autodiff::check::dot(x, w), autodiff::check::dot(x, x));
        let gx = (0..x.len()).map(|i| w[i] * s.sin() + d * s.cos() * 2.0 * x[i]);
        let gw = (0..x.len()).map(|i| x[i] * s.sin());
        gx.chain(gw).collect::<Vec<f64>>()
    };
    let hessian = move |p: &[f64]| {
        let (x, w) = split(p);
        let n = x.len();
        let (d, s) = (autodiff::check::dot(x, w), autodiff::check::dot(x, x));
        let mut h = vec![vec![0.0; 2 * n]; 2 * n];
        for i in 0..n {
            for j in 0..n {
                let delta = if i == j { 1.0 } else { 0.0 };
                h[i][j] = 2.0 * s.cos() * (w[i] * x[j] + w[j] * x[i])
                    + d * (2.0 * delta * s.cos() - 4.0 * x[i] * x[j] * s.sin());
                h[i][n + j] = delta * s.sin() + 2.0 * x[i] * s.cos() * x[j];
                h[n + j][i] = h[i][n + j];
            }
        }
        h
    };
    Check::new(
        "zipped",
        Box::new(move |p| {
            let (x, w) = split(p);
            zipped(x, w)
        }),
        Box::new(move |p, d| {
            let ((x, w), (dx, dw)) = (split(p), split(d));
            zipped_jvp(x, w, dx, dw)
        }),
        Box::new(move |p, u| {
            let (x, w) = split(p);
            let (y, gx, gw) = zipped_vjp(x, w, u);
            [vec![y], gx, gw].concat()
        }),
        Box::new(move |p| {
            let (x, w) = split(p);
            let (y, gx, gw) = zipped_grad(x, w);
            [vec![y], gx, gw].concat()
        }),
    )
    .formula(gradient)
    .at(&[&[0.5, -1.0, 0.3, 0.2, 0.7, -0.4], &[1.0, 0.6, 0.1, -0.3]]);
    SecondCheck::new(
        "zipped",
        Box::new(move |p| {
            let (x, w) = split(p);
            let (y, gx, gw) = zipped_grad(x, w);
            [vec![y], gx, gw].concat()
        }),
        Box::new(move |p, v| {
            let ((x, w), (vx, vw)) = (split(p), split(v));
            let (y, gx, gw, hx, hw) = zipped_hvp(x, w, vx, vw);
            [vec![y], gx, gw, hx, hw].concat()
        }),
        Box::new(move |p| {
            let (x, w) = split(p);
            zipped_hessian(x, w)
        }),
    )
    .formula(hessian)
    .at(&[&[0.5, -1.0, 0.3, 0.2, 0.7, -0.4], &[1.0, 0.6, 0.1, -0.3]]);
}

/// A least-squares fit over rows of passive data zipped with the targets:
/// L(w) = Σ (w₀ + w₁ a + w₂ b - y)² over rows (a, b), stopping at a
/// sentinel row.
#[differentiate(wrt(w))]
fn least_squares(w: &[f64], rows: &[[f64; 2]], ys: &[f64]) -> f64 {
    let mut loss = 0.0;
    for (row, y) in rows.iter().zip(ys) {
        if row[0].is_nan() {
            break;
        }
        let r = w[0] + w[1] * row[0] + w[2] * row[1] - y;
        loss += r * r;
    }
    loss
}

/// The same loss with the data zipped onto the parameters' side: Σ over the
/// first three rows of (w_i a_i - b_i)², `(w_i, row)` from `w.iter().zip(rows)`.
#[differentiate(wrt(w))]
fn per_row(w: &[f64], rows: &[[f64; 2]]) -> f64 {
    let mut loss = 0.0;
    for (k, (wi, row)) in w.iter().zip(rows.iter()).enumerate() {
        let r = wi * row[0] - row[1] + k as f64;
        loss += r * r;
    }
    loss
}

const ROWS: [[f64; 2]; 4] = [[0.5, 1.0], [-1.0, 2.0], [2.0, 0.3], [f64::NAN, 0.0]];
const YS: [f64; 4] = [1.0, -0.5, 2.0, 100.0];

#[test]
fn passive_rows_zipped_in_step() {
    let features = |row: &[f64; 2]| [1.0, row[0], row[1]];
    let gram = move || {
        let mut h = vec![vec![0.0; 3]; 3];
        for row in &ROWS[..3] {
            let f = features(row);
            for i in 0..3 {
                for j in 0..3 {
                    h[i][j] += 2.0 * f[i] * f[j];
                }
            }
        }
        h
    };
    Check::new(
        "least_squares",
        Box::new(|w| least_squares(w, &ROWS, &YS)),
        Box::new(|w, d| least_squares_jvp(w, &ROWS, &YS, d)),
        Box::new(|w, u| {
            let (y, g) = least_squares_vjp(w, &ROWS, &YS, u);
            [vec![y], g].concat()
        }),
        Box::new(|w| {
            let (y, g) = least_squares_grad(w, &ROWS, &YS);
            [vec![y], g].concat()
        }),
    )
    .formula(move |w| {
        let mut g = vec![0.0; 3];
        for (row, y) in ROWS[..3].iter().zip(YS) {
            let f = features(row);
            let r = autodiff::check::dot(w, &f) - y;
            for i in 0..3 {
                g[i] += 2.0 * r * f[i];
            }
        }
        g
    })
    .at(&[&[0.1, 0.5, -0.3], &[1.0, -1.0, 2.0]]);
    SecondCheck::new(
        "least_squares",
        Box::new(|w| {
            let (y, g) = least_squares_grad(w, &ROWS, &YS);
            [vec![y], g].concat()
        }),
        Box::new(|w, v| {
            let (y, g, h) = least_squares_hvp(w, &ROWS, &YS, v);
            [vec![y], g, h].concat()
        }),
        Box::new(|w| least_squares_hessian(w, &ROWS, &YS)),
    )
    .formula(move |_| gram())
    .at(&[&[0.1, 0.5, -0.3]]);

    Check::new(
        "per_row",
        Box::new(|w| per_row(w, &ROWS[..3])),
        Box::new(|w, d| per_row_jvp(w, &ROWS[..3], d)),
        Box::new(|w, u| {
            let (y, g) = per_row_vjp(w, &ROWS[..3], u);
            [vec![y], g].concat()
        }),
        Box::new(|w| {
            let (y, g) = per_row_grad(w, &ROWS[..3]);
            [vec![y], g].concat()
        }),
    )
    .formula(|w| {
        (0..w.len().min(3))
            .map(|k| 2.0 * (w[k] * ROWS[k][0] - ROWS[k][1] + k as f64) * ROWS[k][0])
            .chain(std::iter::repeat(0.0))
            .take(w.len())
            .collect()
    })
    .at(&[&[0.1, 0.5, -0.3], &[1.0, -1.0, 2.0, 7.0]]);
}
