//! nalgebra vectors as parameters: `&DVector<f64>`, `DVector<f64>`,
//! `SVector<f64, N>` and `&SVector<f64, N>`, read by index and iterated,
//! beside passive matrices (`&DMatrix<f64>`). Adjoints come back as the same
//! nalgebra type; the `_into` forms take `&mut` of it.

mod common;

use autodiff::differentiate;
use common::second::SecondCheck;
use common::Check;
use nalgebra::{DMatrix, DVector, SVector, Vector3};

/// The lecture's quadratic f(x) = <x, A x> - <b, x> + c, with A and b data.
#[differentiate(wrt(x))]
fn quadratic(x: &DVector<f64>, a: &DMatrix<f64>, b: &DVector<f64>, c: f64) -> f64 {
    let n = x.len();
    let mut s = c;
    for i in 0..n {
        for j in 0..n {
            s += x[i] * a[(i, j)] * x[j];
        }
        s -= b[i] * x[i];
    }
    s
}

fn problem() -> (DMatrix<f64>, DVector<f64>) {
    let a = DMatrix::from_row_slice(3, 3, &[2.0, -1.0, 0.5, 0.3, 1.5, -0.2, 0.0, 0.7, 3.0]);
    (a, DVector::from_vec(vec![1.0, -2.0, 0.5]))
}

#[test]
fn dvector_quadratic_form() {
    let (a, b) = problem();
    let (a2, b2, a3, b3, a4, b4) = (
        a.clone(),
        b.clone(),
        a.clone(),
        b.clone(),
        a.clone(),
        b.clone(),
    );
    let sym = &a + a.transpose();
    let (sym2, b5) = (sym.clone(), b.clone());
    Check::new(
        "quadratic",
        Box::new(move |x| quadratic(&DVector::from_column_slice(x), &a, &b, 0.5)),
        Box::new(move |x, d| {
            let (x, d) = (DVector::from_column_slice(x), DVector::from_column_slice(d));
            quadratic_jvp(&x, &a2, &b2, 0.5, &d)
        }),
        Box::new(move |x, u| {
            let (y, g) = quadratic_vjp(&DVector::from_column_slice(x), &a3, &b3, 0.5, u);
            [vec![y], g.as_slice().to_vec()].concat()
        }),
        Box::new(move |x| {
            let (y, g): (f64, DVector<f64>) =
                quadratic_grad(&DVector::from_column_slice(x), &a4, &b4, 0.5);
            [vec![y], g.as_slice().to_vec()].concat()
        }),
    )
    .formula(move |x| {
        (&sym * DVector::from_column_slice(x) - &b5)
            .as_slice()
            .to_vec()
    })
    .at(&[&[0.5, -1.0, 2.0], &[1.0, 1.0, 1.0]]);

    let (a, b) = problem();
    let (a2, b2, a3, b3) = (a.clone(), b.clone(), a.clone(), b.clone());
    SecondCheck::new(
        "quadratic",
        Box::new(move |x| {
            let (y, g) = quadratic_grad(&DVector::from_column_slice(x), &a, &b, 0.5);
            [vec![y], g.as_slice().to_vec()].concat()
        }),
        Box::new(move |x, v| {
            let (x, v) = (DVector::from_column_slice(x), DVector::from_column_slice(v));
            let (y, g, h) = quadratic_hvp(&x, &a2, &b2, 0.5, &v);
            [vec![y], g.as_slice().to_vec(), h.as_slice().to_vec()].concat()
        }),
        Box::new(move |x| quadratic_hessian(&DVector::from_column_slice(x), &a3, &b3, 0.5)),
    )
    .formula(move |_| {
        (0..3)
            .map(|i| (0..3).map(|j| sym2[(i, j)]).collect())
            .collect()
    })
    .at(&[&[0.5, -1.0, 2.0]]);

    // The `_into` form adds into a DVector.
    let (a, b) = problem();
    let x = DVector::from_vec(vec![0.5, -1.0, 2.0]);
    let mut g = DVector::from_element(3, 1.0);
    quadratic_grad_into(&x, &a, &b, 0.5, &mut g);
    let expected = (&a + a.transpose()) * &x - &b;
    for i in 0..3 {
        approx::assert_relative_eq!(g[i], expected[i] + 1.0, max_relative = 1e-14);
    }
}

/// f(x, y) = ‖x‖² y₀ + exp(x₂ y₁), over static vectors by value and by reference.
#[differentiate]
fn static_vectors(x: Vector3<f64>, y: &SVector<f64, 2>) -> f64 {
    let squares: f64 = x.iter().map(|v| v * v).sum();
    squares * y[0] + (x[2] * y[1]).exp()
}

#[test]
fn svector_parameters() {
    let split = |p: &[f64]| {
        (
            Vector3::new(p[0], p[1], p[2]),
            SVector::<f64, 2>::new(p[3], p[4]),
        )
    };
    let flat = |x: Vector3<f64>, y: SVector<f64, 2>| [x.as_slice(), y.as_slice()].concat();
    Check::new(
        "static_vectors",
        Box::new(move |p| {
            let (x, y) = split(p);
            static_vectors(x, &y)
        }),
        Box::new(move |p, d| {
            let ((x, y), (dx, dy)) = (split(p), split(d));
            static_vectors_jvp(x, &y, dx, &dy)
        }),
        Box::new(move |p, u| {
            let (x, y) = split(p);
            let (v, gx, gy) = static_vectors_vjp(x, &y, u);
            [vec![v], flat(gx, gy)].concat()
        }),
        Box::new(move |p| {
            let (x, y) = split(p);
            let (v, gx, gy) = static_vectors_grad(x, &y);
            [vec![v], flat(gx, gy)].concat()
        }),
    )
    .formula(|p| {
        let e = (p[2] * p[4]).exp();
        let sq = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
        vec![
            2.0 * p[0] * p[3],
            2.0 * p[1] * p[3],
            2.0 * p[2] * p[3] + p[4] * e,
            sq,
            p[2] * e,
        ]
    })
    .at(&[&[0.5, -1.0, 0.3, 2.0, 0.7]]);
    SecondCheck::new(
        "static_vectors",
        Box::new(move |p| {
            let (x, y) = split(p);
            let (v, gx, gy) = static_vectors_grad(x, &y);
            [vec![v], flat(gx, gy)].concat()
        }),
        Box::new(move |p, d| {
            let ((x, y), (vx, vy)) = (split(p), split(d));
            let (v, gx, gy, hx, hy) = static_vectors_hvp(x, &y, vx, &vy);
            [vec![v], flat(gx, gy), flat(hx, hy)].concat()
        }),
        Box::new(move |p| {
            let (x, y) = split(p);
            static_vectors_hessian(x, &y)
        }),
    )
    .formula(|p| {
        let e = (p[2] * p[4]).exp();
        let mut h = vec![vec![0.0; 5]; 5];
        for i in 0..3 {
            h[i][i] = 2.0 * p[3];
            h[i][3] = 2.0 * p[i];
            h[3][i] = 2.0 * p[i];
        }
        h[2][2] += p[4] * p[4] * e;
        h[2][4] = e + p[2] * p[4] * e;
        h[4][2] = h[2][4];
        h[4][4] = p[2] * p[2] * e;
        h
    })
    .at(&[&[0.5, -1.0, 0.3, 2.0, 0.7]]);
}

/// nalgebra's reductions of active vectors: ln(1 + <x, y>² + ‖x‖ + ‖y‖² + Σ x).
#[differentiate]
fn reductions(x: &DVector<f64>, y: DVector<f64>) -> f64 {
    let d = x.dot(&y);
    (1.0 + d * d + x.norm() + y.norm_squared() + x.sum()).ln()
}

#[test]
fn dot_norm_and_sum() {
    let split = |p: &[f64]| {
        (
            DVector::from_column_slice(&p[..2]),
            DVector::from_column_slice(&p[2..]),
        )
    };
    let inner = |p: &[f64]| {
        let (x, y) = (&p[..2], &p[2..]);
        let d = x[0] * y[0] + x[1] * y[1];
        let nx = (x[0] * x[0] + x[1] * x[1]).sqrt();
        (
            d,
            nx,
            1.0 + d * d + nx + y[0] * y[0] + y[1] * y[1] + x[0] + x[1],
        )
    };
    Check::new(
        "reductions",
        Box::new(move |p| {
            let (x, y) = split(p);
            reductions(&x, y)
        }),
        Box::new(move |p, d| {
            let ((x, y), (dx, dy)) = (split(p), split(d));
            reductions_jvp(&x, y, &dx, dy)
        }),
        Box::new(move |p, u| {
            let (x, y) = split(p);
            let (v, gx, gy) = reductions_vjp(&x, y, u);
            [vec![v], gx.as_slice().to_vec(), gy.as_slice().to_vec()].concat()
        }),
        Box::new(move |p| {
            let (x, y) = split(p);
            let (v, gx, gy) = reductions_grad(&x, y);
            [vec![v], gx.as_slice().to_vec(), gy.as_slice().to_vec()].concat()
        }),
    )
    .formula(move |p| {
        let (d, nx, s) = inner(p);
        let (x, y) = (&p[..2], &p[2..]);
        let gx = (0..2).map(|i| (2.0 * d * y[i] + x[i] / nx + 1.0) / s);
        let gy = (0..2).map(|i| (2.0 * d * x[i] + 2.0 * y[i]) / s);
        gx.chain(gy).collect()
    })
    .at(&[&[0.5, -1.0, 2.0, 0.3], &[1.0, 2.0, -0.5, 0.25]]);
    SecondCheck::new(
        "reductions",
        Box::new(move |p| {
            let (x, y) = split(p);
            let (v, gx, gy) = reductions_grad(&x, y);
            [vec![v], gx.as_slice().to_vec(), gy.as_slice().to_vec()].concat()
        }),
        Box::new(move |p, d| {
            let ((x, y), (vx, vy)) = (split(p), split(d));
            let (v, gx, gy, hx, hy) = reductions_hvp(&x, y, &vx, vy);
            [
                vec![v],
                gx.as_slice().to_vec(),
                gy.as_slice().to_vec(),
                hx.as_slice().to_vec(),
                hy.as_slice().to_vec(),
            ]
            .concat()
        }),
        Box::new(move |p| {
            let (x, y) = split(p);
            reductions_hessian(&x, y)
        }),
    )
    .formula(move |p| {
        // f = ln s: H = ∇²s / s - ∇s ∇sᵀ / s², over z = (x, y).
        let (d, nx, s) = inner(p);
        let (x, y) = (&p[..2], &p[2..]);
        let mut grad = [0.0; 4];
        let mut hs = [[0.0; 4]; 4];
        for i in 0..2 {
            grad[i] = 2.0 * d * y[i] + x[i] / nx + 1.0;
            grad[2 + i] = 2.0 * d * x[i] + 2.0 * y[i];
            for j in 0..2 {
                let delta = if i == j { 1.0 } else { 0.0 };
                hs[i][j] = 2.0 * y[i] * y[j] + delta / nx - x[i] * x[j] / (nx * nx * nx);
                hs[i][2 + j] = 2.0 * x[j] * y[i] + 2.0 * d * delta;
                hs[2 + j][i] = hs[i][2 + j];
                hs[2 + i][2 + j] = 2.0 * x[i] * x[j] + 2.0 * delta;
            }
        }
        (0..4)
            .map(|i| {
                (0..4)
                    .map(|j| hs[i][j] / s - grad[i] * grad[j] / (s * s))
                    .collect()
            })
            .collect()
    })
    .at(&[&[0.5, -1.0, 2.0, 0.3], &[1.0, 2.0, -0.5, 0.25]]);
}

/// The same quadratic written with whole-vector arithmetic: `a * x` is a
/// local vector, then two dot products.
#[differentiate(wrt(x))]
fn quadratic_arithmetic(x: &DVector<f64>, a: &DMatrix<f64>, b: &DVector<f64>, c: f64) -> f64 {
    let ax = a * x;
    x.dot(&ax) - b.dot(x) + c
}

#[test]
fn quadratic_form_by_matrix_times_vector() {
    // Each closure builds its own copy of the small problem.
    let vector = |x: &[f64]| DVector::from_column_slice(x);
    let symmetric = || {
        let (a, _) = problem();
        &a + a.transpose()
    };
    Check::new(
        "quadratic_arithmetic",
        Box::new(move |x| {
            let (a, b) = problem();
            quadratic_arithmetic(&vector(x), &a, &b, 0.5)
        }),
        Box::new(move |x, d| {
            let (a, b) = problem();
            quadratic_arithmetic_jvp(&vector(x), &a, &b, 0.5, &vector(d))
        }),
        Box::new(move |x, u| {
            let (a, b) = problem();
            let (y, g) = quadratic_arithmetic_vjp(&vector(x), &a, &b, 0.5, u);
            [vec![y], g.as_slice().to_vec()].concat()
        }),
        Box::new(move |x| {
            let (a, b) = problem();
            let (y, g) = quadratic_arithmetic_grad(&vector(x), &a, &b, 0.5);
            [vec![y], g.as_slice().to_vec()].concat()
        }),
    )
    .formula(move |x| {
        let (_, b) = problem();
        (symmetric() * vector(x) - b).as_slice().to_vec()
    })
    .at(&[&[0.5, -1.0, 2.0], &[1.0, 1.0, 1.0]]);
    SecondCheck::new(
        "quadratic_arithmetic",
        Box::new(move |x| {
            let (a, b) = problem();
            let (y, g) = quadratic_arithmetic_grad(&vector(x), &a, &b, 0.5);
            [vec![y], g.as_slice().to_vec()].concat()
        }),
        Box::new(move |x, v| {
            let (a, b) = problem();
            let (y, g, h) = quadratic_arithmetic_hvp(&vector(x), &a, &b, 0.5, &vector(v));
            [vec![y], g.as_slice().to_vec(), h.as_slice().to_vec()].concat()
        }),
        Box::new(move |x| {
            let (a, b) = problem();
            quadratic_arithmetic_hessian(&vector(x), &a, &b, 0.5)
        }),
    )
    .formula(move |_| {
        let sym = symmetric();
        (0..3)
            .map(|i| (0..3).map(|j| sym[(i, j)]).collect())
            .collect()
    })
    .at(&[&[0.5, -1.0, 2.0]]);
}
