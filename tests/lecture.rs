//! The lecture's worked examples (`examples/lecture`): each function through
//! the checks of `common` (its hand-derived gradient, central differences,
//! the dot-product test) and `common::second` (its hand-derived Hessian,
//! differences of the gradient, symmetry).

mod common;
#[path = "../examples/lecture/mod.rs"]
mod lecture;

use common::second::SecondCheck;
use common::Check;
use lecture::*;
use nalgebra::{DMatrix, DVector};

fn rows(h: DMatrix<f64>) -> Vec<Vec<f64>> {
    (0..h.nrows())
        .map(|i| h.row(i).iter().copied().collect())
        .collect()
}

fn matrix() -> DMatrix<f64> {
    DMatrix::from_row_slice(3, 3, &[2.0, -1.0, 0.5, 0.3, 1.5, -0.2, 0.0, 0.7, 3.0])
}

/// The first- and second-order checks of a function of a flat point, given
/// as closures over a DVector.
// One closure per generated function and formula, side by side at each call.
#[allow(clippy::too_many_arguments)]
fn check_dvector(
    name: &'static str,
    f: impl Fn(&DVector<f64>) -> f64 + Copy + 'static,
    jvp: impl Fn(&DVector<f64>, &DVector<f64>) -> (f64, f64) + 'static,
    vjp: impl Fn(&DVector<f64>, f64) -> (f64, DVector<f64>) + Copy + 'static,
    hvp: impl Fn(&DVector<f64>, &DVector<f64>) -> (f64, DVector<f64>, DVector<f64>) + 'static,
    hessian: impl Fn(&DVector<f64>) -> DMatrix<f64> + 'static,
    gradient: impl Fn(&DVector<f64>) -> DVector<f64> + 'static,
    hessian_formula: impl Fn(&DVector<f64>) -> DMatrix<f64> + 'static,
    points: &[&[f64]],
) {
    let v = DVector::from_column_slice;
    let flat = |value: f64, g: DVector<f64>| [vec![value], g.as_slice().to_vec()].concat();
    Check::new(
        name,
        Box::new(move |x| f(&v(x))),
        Box::new(move |x, d| jvp(&v(x), &v(d))),
        Box::new(move |x, u| {
            let (y, g) = vjp(&v(x), u);
            flat(y, g)
        }),
        Box::new(move |x| {
            let (y, g) = vjp(&v(x), 1.0);
            flat(y, g)
        }),
    )
    .formula(move |x| gradient(&v(x)).as_slice().to_vec())
    .at(points);
    SecondCheck::new(
        name,
        Box::new(move |x| {
            let (y, g) = vjp(&v(x), 1.0);
            flat(y, g)
        }),
        Box::new(move |x, d| {
            let (y, g, h) = hvp(&v(x), &v(d));
            [flat(y, g), h.as_slice().to_vec()].concat()
        }),
        Box::new(move |x| hessian(&v(x))),
    )
    .formula(move |x| rows(hessian_formula(&v(x))))
    .at(points);
}

#[test]
fn example_1_quadratic() {
    let (a, b) = (matrix(), DVector::from_vec(vec![1.0, -2.0, 0.5]));
    let leak = |m: DMatrix<f64>| &*Box::leak(Box::new(m));
    let (a, b) = (leak(a), &*Box::leak(Box::new(b)));
    check_dvector(
        "quadratic",
        move |x| quadratic(x, a, b, 0.5),
        move |x, d| quadratic_jvp(x, a, b, 0.5, d),
        move |x, u| quadratic_vjp(x, a, b, 0.5, u),
        move |x, d| quadratic_hvp(x, a, b, 0.5, d),
        move |x| quadratic_hessian(x, a, b, 0.5),
        move |x| quadratic_gradient(x, a, b),
        move |_| quadratic_hessian_formula(a),
        &[&[0.5, -1.0, 2.0], &[1.0, 1.0, 1.0]],
    );
}

#[test]
fn example_2_log_quadratic() {
    let a = &*Box::leak(Box::new(matrix()));
    check_dvector(
        "log_quadratic",
        move |x| log_quadratic(x, a),
        move |x, d| log_quadratic_jvp(x, a, d),
        move |x, u| log_quadratic_vjp(x, a, u),
        move |x, d| log_quadratic_hvp(x, a, d),
        move |x| log_quadratic_hessian(x, a),
        move |x| log_quadratic_gradient(x, a),
        move |x| log_quadratic_hessian_formula(x, a),
        &[&[0.5, -1.0, 2.0], &[1.0, 1.0, 1.0]],
    );
}

const A: [f64; 4] = [0.5, -1.5, 2.0, 0.25];
const POINTS: &[&[f64]] = &[&[0.1, 0.4, -0.3, 1.0], &[1.0, -1.0, 2.0, 0.5]];

#[test]
fn example_3_logistic() {
    Check::new(
        "logistic",
        Box::new(|x| logistic(x, &A)),
        Box::new(|x, d| logistic_jvp(x, &A, d)),
        Box::new(|x, u| {
            let (y, g) = logistic_vjp(x, &A, u);
            [vec![y], g].concat()
        }),
        Box::new(|x| {
            let (y, g) = logistic_grad(x, &A);
            [vec![y], g].concat()
        }),
    )
    .formula(|x| logistic_gradient(x, &A))
    .at(POINTS);
    SecondCheck::new(
        "logistic",
        Box::new(|x| {
            let (y, g) = logistic_grad(x, &A);
            [vec![y], g].concat()
        }),
        Box::new(|x, v| {
            let (y, g, h) = logistic_hvp(x, &A, v);
            [vec![y], g, h].concat()
        }),
        Box::new(|x| logistic_hessian(x, &A)),
    )
    .formula(|x| rows(logistic_hessian_formula(x, &A)))
    .at(POINTS);
}

#[test]
fn logistic_regression_loss() {
    let (features, labels) = data_set(40, 4);
    let (features, labels) = (&*features.leak(), &*labels.leak());
    Check::new(
        "logistic_loss",
        Box::new(move |w| logistic_loss(w, features, labels, 0.1)),
        Box::new(move |w, d| logistic_loss_jvp(w, features, labels, 0.1, d)),
        Box::new(move |w, u| {
            let (y, g) = logistic_loss_vjp(w, features, labels, 0.1, u);
            [vec![y], g].concat()
        }),
        Box::new(move |w| {
            let (y, g) = logistic_loss_grad(w, features, labels, 0.1);
            [vec![y], g].concat()
        }),
    )
    .formula(move |w| logistic_loss_gradient(w, features, labels, 0.1))
    .at(POINTS);
    SecondCheck::new(
        "logistic_loss",
        Box::new(move |w| {
            let (y, g) = logistic_loss_grad(w, features, labels, 0.1);
            [vec![y], g].concat()
        }),
        Box::new(move |w, v| {
            let (y, g, h) = logistic_loss_hvp(w, features, labels, 0.1, v);
            [vec![y], g, h].concat()
        }),
        Box::new(move |w| logistic_loss_hessian(w, features, labels, 0.1)),
    )
    .formula(move |w| rows(logistic_loss_hessian_formula(w, features, labels, 0.1)))
    .at(POINTS);
}
