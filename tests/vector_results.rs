//! Functions with a vector result (`[f64; N]`, `Vec<f64>`, nalgebra's
//! `Vector3` and `DVector`): `_jvp` returns the tangent vector, `_vjp` takes
//! the seed as a slice, `_jacobian` builds the dense Jacobian in forward mode
//! (no more inputs than outputs) or reverse mode (more inputs). Each function
//! goes through the checks of `common::jacobian`: formula, central
//! differences, the dot-product test, and agreement of `_jacobian` with both
//! modes.
// The closures keep every check's arguments visible side by side.
#![allow(clippy::needless_range_loop, clippy::redundant_closure)]

mod common;

use autodiff::__private::nalgebra::{DMatrix, DVector, Vector3};
use autodiff::differentiate;
use common::jacobian::JacobianCheck;

#[differentiate]
fn polar(r: f64, t: f64) -> [f64; 2] {
    [r * t.cos(), r * t.sin()]
}

#[test]
fn array_result_from_a_list() {
    JacobianCheck::new(
        "polar",
        Box::new(|p| polar(p[0], p[1]).to_vec()),
        Box::new(|p, d| {
            let (y, dy) = polar_jvp(p[0], p[1], d[0], d[1]);
            (y.to_vec(), dy.to_vec())
        }),
        Box::new(|p, u| {
            let (y, gr, gt) = polar_vjp(p[0], p[1], u);
            (y.to_vec(), vec![gr, gt])
        }),
        Box::new(|p| polar_jacobian(p[0], p[1])),
    )
    .formula(|p| {
        let (r, t) = (p[0], p[1]);
        vec![vec![t.cos(), -r * t.sin()], vec![t.sin(), r * t.cos()]]
    })
    .at(&[&[2.0, 0.5], &[0.3, -2.0]]);
}

/// The softmax, shifted by the maximum for stability (a passive shift: the
/// maximum's derivative cancels out).
#[differentiate]
fn softmax(x: &[f64]) -> Vec<f64> {
    let mut top = x[0];
    for i in 1..x.len() {
        if x[i] > top {
            top = x[i];
        }
    }
    let mut e = vec![0.0; x.len()];
    let mut total = 0.0;
    for i in 0..x.len() {
        e[i] = (x[i] - top).exp();
        total += e[i];
    }
    for i in 0..x.len() {
        e[i] /= total;
    }
    e
}

/// ∂s_i/∂x_j = s_i (δ_ij - s_j).
fn softmax_jacobian_formula(x: &[f64]) -> Vec<Vec<f64>> {
    let e: Vec<f64> = x.iter().map(|v| v.exp()).collect();
    let total: f64 = e.iter().sum();
    let s: Vec<f64> = e.iter().map(|v| v / total).collect();
    (0..x.len())
        .map(|i| {
            (0..x.len())
                .map(|j| s[i] * (if i == j { 1.0 } else { 0.0 } - s[j]))
                .collect()
        })
        .collect()
}

#[test]
fn vec_result_with_a_passive_shift() {
    JacobianCheck::new(
        "softmax",
        Box::new(|x| softmax(x)),
        Box::new(|x, d| softmax_jvp(x, d)),
        Box::new(|x, u| softmax_vjp(x, u)),
        Box::new(|x| softmax_jacobian(x)),
    )
    .formula(softmax_jacobian_formula)
    .at(&[&[0.5, -1.0, 2.0], &[1.0, 1.0, 0.0, -3.0, 0.25]]);
}

/// Mean and variance of a slice: two outputs of many inputs (reverse mode).
#[differentiate]
fn moments(x: &[f64]) -> [f64; 2] {
    let n = x.len() as f64;
    let mut mean = 0.0;
    for i in 0..x.len() {
        mean += x[i];
    }
    mean /= n;
    let mut variance = 0.0;
    for i in 0..x.len() {
        variance += (x[i] - mean) * (x[i] - mean);
    }
    [mean, variance / n]
}

#[test]
fn few_outputs_of_many_inputs() {
    JacobianCheck::new(
        "moments",
        Box::new(|x| moments(x).to_vec()),
        Box::new(|x, d| {
            let (y, dy) = moments_jvp(x, d);
            (y.to_vec(), dy.to_vec())
        }),
        Box::new(|x, u| {
            let (y, g) = moments_vjp(x, u);
            (y.to_vec(), g)
        }),
        Box::new(|x| moments_jacobian(x)),
    )
    .formula(|x| {
        let n = x.len() as f64;
        let mean = x.iter().sum::<f64>() / n;
        vec![
            vec![1.0 / n; x.len()],
            x.iter().map(|v| 2.0 * (v - mean) / n).collect(),
        ]
    })
    .at(&[&[0.5, -1.0, 2.0, 0.7], &[1.0, 3.0, -2.0, 0.0, 0.5, 4.0]]);
}

/// Running products pushed into a `Vec` with capacity: y_i = Π_{j ≤ i} x_j.
#[differentiate]
fn running_products(x: &[f64]) -> Vec<f64> {
    let mut y = Vec::with_capacity(x.len());
    let mut p = 1.0;
    for i in 0..x.len() {
        p *= x[i];
        y.push(p);
    }
    y
}

#[test]
fn pushed_result() {
    JacobianCheck::new(
        "running_products",
        Box::new(|x| running_products(x)),
        Box::new(|x, d| running_products_jvp(x, d)),
        Box::new(|x, u| running_products_vjp(x, u)),
        Box::new(|x| running_products_jacobian(x)),
    )
    .formula(|x| {
        (0..x.len())
            .map(|i| {
                (0..x.len())
                    .map(|j| {
                        if j > i {
                            return 0.0;
                        }
                        (0..=i).filter(|k| *k != j).map(|k| x[k]).product()
                    })
                    .collect()
            })
            .collect()
    })
    .at(&[&[0.5, -1.5, 2.0], &[1.1, 0.9, -0.8, 1.3]]);
}

#[differentiate]
fn cross(a: &Vector3<f64>, b: &Vector3<f64>) -> Vector3<f64> {
    Vector3::new(
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    )
}

#[test]
fn nalgebra_result_from_new() {
    let split = |p: &[f64]| {
        (
            Vector3::new(p[0], p[1], p[2]),
            Vector3::new(p[3], p[4], p[5]),
        )
    };
    JacobianCheck::new(
        "cross",
        Box::new(move |p| {
            let (a, b) = split(p);
            cross(&a, &b).as_slice().to_vec()
        }),
        Box::new(move |p, d| {
            let ((a, b), (da, db)) = (split(p), split(d));
            let (y, dy) = cross_jvp(&a, &b, &da, &db);
            (y.as_slice().to_vec(), dy.as_slice().to_vec())
        }),
        Box::new(move |p, u| {
            let (a, b) = split(p);
            let (y, ga, gb) = cross_vjp(&a, &b, u);
            (
                y.as_slice().to_vec(),
                [ga.as_slice(), gb.as_slice()].concat(),
            )
        }),
        Box::new(move |p| {
            let (a, b) = split(p);
            cross_jacobian(&a, &b)
        }),
    )
    .formula(|p| {
        let (a, b) = (&p[..3], &p[3..]);
        // ∂(a × b)/∂a = -[b]ₓ, ∂(a × b)/∂b = [a]ₓ.
        vec![
            vec![0.0, b[2], -b[1], 0.0, -a[2], a[1]],
            vec![-b[2], 0.0, b[0], a[2], 0.0, -a[0]],
            vec![b[1], -b[0], 0.0, -a[1], a[0], 0.0],
        ]
    })
    .at(&[&[1.0, 2.0, 3.0, -0.5, 0.25, 4.0]]);
}

/// y_i = a exp(x_i) into `DVector::zeros(n)`: n + 1 inputs, n outputs.
#[differentiate]
fn scaled_exp(x: &DVector<f64>, a: f64) -> DVector<f64> {
    let mut y = DVector::zeros(x.len());
    for i in 0..x.len() {
        y[i] = a * x[i].exp();
    }
    y
}

#[test]
fn dvector_result_from_zeros() {
    let split = |p: &[f64]| {
        (
            DVector::from_column_slice(&p[..p.len() - 1]),
            p[p.len() - 1],
        )
    };
    JacobianCheck::new(
        "scaled_exp",
        Box::new(move |p| {
            let (x, a) = split(p);
            scaled_exp(&x, a).as_slice().to_vec()
        }),
        Box::new(move |p, d| {
            let ((x, a), (dx, da)) = (split(p), split(d));
            let (y, dy) = scaled_exp_jvp(&x, a, &dx, da);
            (y.as_slice().to_vec(), dy.as_slice().to_vec())
        }),
        Box::new(move |p, u| {
            let (x, a) = split(p);
            let (y, gx, ga) = scaled_exp_vjp(&x, a, u);
            (y.as_slice().to_vec(), [gx.as_slice(), &[ga]].concat())
        }),
        Box::new(move |p| {
            let (x, a) = split(p);
            scaled_exp_jacobian(&x, a)
        }),
    )
    .formula(|p| {
        let (x, a) = (&p[..p.len() - 1], p[p.len() - 1]);
        (0..x.len())
            .map(|i| {
                let mut row = vec![0.0; x.len() + 1];
                row[i] = a * x[i].exp();
                row[x.len()] = x[i].exp();
                row
            })
            .collect()
    })
    .at(&[&[0.5, -1.0, 2.0, 1.5], &[0.1, 0.7]]);
}

#[differentiate]
fn hypot(a: f64, b: f64) -> f64 {
    (a * a + b * b).sqrt()
}

/// Branches, an early return of a one-element `vec![..]`, and a call of a
/// scalar #[differentiate] function per element.
#[differentiate]
fn pair_norms(x: &[f64]) -> Vec<f64> {
    if x.len() < 2 {
        return vec![x[0].abs()];
    }
    let mut y = vec![0.0; x.len() / 2];
    for i in 0..y.len() {
        y[i] = if x[2 * i] > 0.0 {
            hypot(x[2 * i], x[2 * i + 1])
        } else {
            -2.0 * x[2 * i] + x[2 * i + 1]
        };
    }
    y
}

#[test]
fn branches_early_return_and_calls() {
    JacobianCheck::new(
        "pair_norms",
        Box::new(|x| pair_norms(x)),
        Box::new(|x, d| pair_norms_jvp(x, d)),
        Box::new(|x, u| pair_norms_vjp(x, u)),
        Box::new(|x| pair_norms_jacobian(x)),
    )
    .formula(|x| {
        if x.len() < 2 {
            return vec![vec![x[0].signum()]];
        }
        (0..x.len() / 2)
            .map(|i| {
                let mut row = vec![0.0; x.len()];
                let (a, b) = (x[2 * i], x[2 * i + 1]);
                if a > 0.0 {
                    let r = (a * a + b * b).sqrt();
                    row[2 * i] = a / r;
                    row[2 * i + 1] = b / r;
                } else {
                    row[2 * i] = -2.0;
                    row[2 * i + 1] = 1.0;
                }
                row
            })
            .collect()
    })
    .at(&[
        &[3.0, 4.0, -1.0, 0.5],
        &[0.6, -0.8, 2.0, 1.0, -0.3],
        &[-1.5],
    ]);
}

/// With `wrt`, the Jacobian has the columns of the named parameters only.
#[differentiate(wrt(x))]
fn shifted_squares(x: &[f64], shift: f64) -> Vec<f64> {
    let mut y = vec![0.0; x.len()];
    for i in 0..x.len() {
        y[i] = (x[i] - shift) * (x[i] - shift);
    }
    y
}

#[test]
fn wrt_selects_the_columns() {
    JacobianCheck::new(
        "shifted_squares",
        Box::new(|x| shifted_squares(x, 0.5)),
        Box::new(|x, d| shifted_squares_jvp(x, 0.5, d)),
        Box::new(|x, u| shifted_squares_vjp(x, 0.5, u)),
        Box::new(|x| shifted_squares_jacobian(x, 0.5)),
    )
    .formula(|x| {
        (0..x.len())
            .map(|i| {
                let mut row = vec![0.0; x.len()];
                row[i] = 2.0 * (x[i] - 0.5);
                row
            })
            .collect()
    })
    .at(&[&[0.5, -1.0, 2.0]]);
}

#[test]
#[should_panic(expected = "moments_vjp: the seed has length 3 but the result has length 2")]
fn a_seed_of_the_wrong_length_panics() {
    let _ = moments_vjp(&[1.0, 2.0], &[1.0, 0.0, 0.0]);
}

#[test]
fn the_into_form_adds_into_buffers() {
    let x = [0.5, -1.0, 2.0];
    let mut g = vec![1.0; 3];
    let value = softmax_vjp_into(&x, &[1.0, -1.0, 0.5], &mut g);
    let (expected_value, expected) = softmax_vjp(&x, &[1.0, -1.0, 0.5]);
    assert_eq!(value, expected_value);
    for i in 0..3 {
        approx::assert_relative_eq!(g[i], 1.0 + expected[i], max_relative = 1e-15);
    }
}

/// Whole-vector arithmetic of nalgebra vectors: a passive matrix times an
/// active vector, plus an active vector.
#[differentiate]
fn affine(m: &DMatrix<f64>, x: &DVector<f64>, b: &DVector<f64>) -> DVector<f64> {
    m * x + b
}

fn affine_matrix() -> DMatrix<f64> {
    DMatrix::from_row_slice(2, 3, &[2.0, -1.0, 0.5, 0.3, 1.5, -0.2])
}

#[test]
fn matrix_times_vector_plus_vector() {
    let m = affine_matrix();
    let split = |p: &[f64]| {
        (
            DVector::from_column_slice(&p[..3]),
            DVector::from_column_slice(&p[3..]),
        )
    };
    let (m1, m2, m3, m4) = (m.clone(), m.clone(), m.clone(), m.clone());
    JacobianCheck::new(
        "affine",
        Box::new(move |p| {
            let (x, b) = split(p);
            affine(&m1, &x, &b).as_slice().to_vec()
        }),
        Box::new(move |p, d| {
            let ((x, b), (dx, db)) = (split(p), split(d));
            let (y, dy) = affine_jvp(&m2, &x, &b, &dx, &db);
            (y.as_slice().to_vec(), dy.as_slice().to_vec())
        }),
        Box::new(move |p, u| {
            let (x, b) = split(p);
            let (y, gx, gb) = affine_vjp(&m3, &x, &b, u);
            (
                y.as_slice().to_vec(),
                [gx.as_slice(), gb.as_slice()].concat(),
            )
        }),
        Box::new(move |p| {
            let (x, b) = split(p);
            affine_jacobian(&m4, &x, &b)
        }),
    )
    .formula(move |_| {
        (0..2)
            .map(|r| {
                let mut row: Vec<f64> = (0..3).map(|c| m[(r, c)]).collect();
                row.extend((0..2).map(|c| if c == r { 1.0 } else { 0.0 }));
                row
            })
            .collect()
    })
    .at(&[&[0.5, -1.0, 2.0, 0.1, 0.2]]);
}

/// `a x - y / 2 + (-x)` of static vectors and a scalar.
#[differentiate]
fn combination(x: &Vector3<f64>, y: &Vector3<f64>, a: f64) -> Vector3<f64> {
    a * x - y / 2.0 + (-x)
}

#[test]
fn scalar_times_vector_and_negation() {
    let split = |p: &[f64]| {
        (
            Vector3::new(p[0], p[1], p[2]),
            Vector3::new(p[3], p[4], p[5]),
            p[6],
        )
    };
    JacobianCheck::new(
        "combination",
        Box::new(move |p| {
            let (x, y, a) = split(p);
            combination(&x, &y, a).as_slice().to_vec()
        }),
        Box::new(move |p, d| {
            let ((x, y, a), (dx, dy, da)) = (split(p), split(d));
            let (z, dz) = combination_jvp(&x, &y, a, &dx, &dy, da);
            (z.as_slice().to_vec(), dz.as_slice().to_vec())
        }),
        Box::new(move |p, u| {
            let (x, y, a) = split(p);
            let (z, gx, gy, ga) = combination_vjp(&x, &y, a, u);
            (
                z.as_slice().to_vec(),
                [gx.as_slice(), gy.as_slice(), &[ga]].concat(),
            )
        }),
        Box::new(move |p| {
            let (x, y, a) = split(p);
            combination_jacobian(&x, &y, a)
        }),
    )
    .formula(|p| {
        (0..3)
            .map(|r| {
                let mut row = vec![0.0; 7];
                row[r] = p[6] - 1.0;
                row[3 + r] = -0.5;
                row[6] = p[r];
                row
            })
            .collect()
    })
    .at(&[&[0.5, -1.0, 2.0, 0.1, 0.2, -0.3, 1.5]]);
}

/// A vector result that does not depend on the active parameter: zero
/// tangent, zero adjoint, a zero Jacobian.
#[differentiate]
fn constant_pair(x: f64) -> Vec<f64> {
    let _ = x;
    vec![1.0, 2.0]
}

#[test]
fn a_result_without_active_influence() {
    assert_eq!(
        constant_pair_jvp(3.0, 1.0),
        (vec![1.0, 2.0], vec![0.0, 0.0])
    );
    assert_eq!(constant_pair_vjp(3.0, &[1.0, 1.0]), (vec![1.0, 2.0], 0.0));
    assert_eq!(constant_pair_jacobian(3.0), DMatrix::zeros(2, 1));
}
