//! Straight-line arithmetic, literals, casts, blocks and shadowing.

mod common;
use autodiff::differentiate;

#[differentiate]
fn baydin(x1: f64, x2: f64) -> f64 {
    x1.ln() + x1 * x2 - x2.sin()
}

#[test]
fn baydin_example() {
    check!(baydin, baydin_jvp, baydin_vjp, baydin_grad; [0, 1])
        .formula(|x| vec![1.0 / x[0] + x[1], x[0] - x[1].cos()])
        .at(&[&[2.0, 5.0], &[0.5, -1.0]]);
    let (y, g1, g2) = baydin_grad(2.0, 5.0);
    approx::assert_abs_diff_eq!(y, 11.652, epsilon = 5e-4);
    approx::assert_abs_diff_eq!(g1, 5.5, epsilon = 1e-12);
    approx::assert_abs_diff_eq!(g2, 1.716, epsilon = 5e-4);
}

#[differentiate]
fn shadowing(x: f64, y: f64) -> f64 {
    let z = x * y;
    let z = z * z + x;
    let mut w: f64 = 2.0;
    w *= z;
    w -= y / x;
    w += -x;
    w /= 1.5 + y * y;
    let w = {
        let t = w * 3.0;
        t - x
    };
    w
}

#[test]
fn let_shadowing_compound_assignment() {
    check!(shadowing, shadowing_jvp, shadowing_vjp, shadowing_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let d = 1.5 + y * y;
            let n = 2.0 * ((x * y).powi(2) + x) - y / x - x;
            let dn_dx = 2.0 * (2.0 * x * y * y + 1.0) + y / (x * x) - 1.0;
            let dn_dy = 2.0 * (2.0 * x * x * y) - 1.0 / x;
            vec![
                3.0 * dn_dx / d - 1.0,
                3.0 * (dn_dy / d - n * 2.0 * y / (d * d)),
            ]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4]]);
}
