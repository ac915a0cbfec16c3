//! The rules table: every elementary function, each composed so that its
//! derivative is not trivial, checked against a hand-derived gradient, central
//! differences and the dot-product test; the method form (`x.sin()`) and the
//! path form (`f64::sin(x)`); `f32` functions; and the documented values at
//! non-differentiable points, asserted exactly.

mod common;
use autodiff::differentiate;
use std::f64::consts::{LN_10, LN_2};

// ---------------------------------------------------------------------------
// Trigonometric functions.

#[differentiate]
fn sin_times(x: f64, y: f64) -> f64 {
    x.sin() * y
}

#[test]
fn rule_sin() {
    check!(sin_times, sin_times_jvp, sin_times_vjp, sin_times_grad; [0, 1])
        .formula(|v| vec![v[0].cos() * v[1], v[0].sin()])
        .at(&[&[0.7, 1.3], &[-2.1, -0.4], &[4.0, 2.5]]);
}

#[differentiate]
fn cos_of_product(x: f64, y: f64) -> f64 {
    (x * y).cos() + x
}

#[test]
fn rule_cos() {
    check!(cos_of_product, cos_of_product_jvp, cos_of_product_vjp, cos_of_product_grad; [0, 1])
        .formula(|v| {
            let s = (v[0] * v[1]).sin();
            vec![1.0 - s * v[1], -s * v[0]]
        })
        .at(&[&[0.7, 1.3], &[-2.1, 0.4], &[3.0, -1.5]]);
}

#[differentiate]
fn tan_of_product(x: f64, y: f64) -> f64 {
    (x * y).tan() * y
}

#[test]
fn rule_tan() {
    // Points with |x y| < π/2, away from the poles.
    check!(tan_of_product, tan_of_product_jvp, tan_of_product_vjp, tan_of_product_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let t = (x * y).tan();
            let sec2 = 1.0 + t * t;
            vec![sec2 * y * y, t + sec2 * x * y]
        })
        .at(&[&[0.3, 1.2], &[-0.5, 2.0], &[1.1, -0.9]]);
}

#[differentiate]
fn asin_of_product(x: f64, y: f64) -> f64 {
    (x * y).asin() * x
}

#[test]
fn rule_asin() {
    // |x y| < 1.
    check!(asin_of_product, asin_of_product_jvp, asin_of_product_vjp, asin_of_product_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let u = x * y;
            let s = 1.0 / (1.0 - u * u).sqrt();
            vec![u.asin() + x * y * s, x * x * s]
        })
        .at(&[&[0.5, 0.8], &[-0.9, 0.3], &[1.5, -0.4]]);
}

/// Path form `f64::acos`.
#[differentiate]
fn acos_of_ratio(x: f64, y: f64) -> f64 {
    f64::acos(x / y) + y
}

#[test]
fn rule_acos_path_form() {
    // |x / y| < 1.
    check!(acos_of_ratio, acos_of_ratio_jvp, acos_of_ratio_vjp, acos_of_ratio_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let u = x / y;
            let s = -1.0 / (1.0 - u * u).sqrt();
            vec![s / y, s * (-x / (y * y)) + 1.0]
        })
        .at(&[&[0.3, 1.1], &[-0.8, 1.5], &[0.5, -2.0]]);
}

#[differentiate]
fn atan_of_sum(x: f64, y: f64) -> f64 {
    (x * x + y).atan()
}

#[test]
fn rule_atan() {
    check!(atan_of_sum, atan_of_sum_jvp, atan_of_sum_vjp, atan_of_sum_grad; [0, 1])
        .formula(|v| {
            let u = v[0] * v[0] + v[1];
            let w = 1.0 / (1.0 + u * u);
            vec![2.0 * v[0] * w, w]
        })
        .at(&[&[0.7, -0.2], &[-1.5, 3.0], &[0.1, -4.0]]);
}

/// Method form: `(x y).atan2(x + 1)`, the angle of the point (x + 1, x y).
#[differentiate]
fn atan2_method(x: f64, y: f64) -> f64 {
    (x * y).atan2(x + 1.0)
}

#[test]
fn rule_atan2_method_form() {
    // Points in the first, third and second quadrants of (x + 1, x y), away
    // from the branch cut on the negative axis.
    check!(atan2_method, atan2_method_jvp, atan2_method_vjp, atan2_method_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let (a, b) = (x * y, x + 1.0);
            let n = a * a + b * b;
            // ∂/∂a = b / n, ∂/∂b = -a / n.
            vec![(b * y - a) / n, b * x / n]
        })
        .at(&[&[0.5, 1.2], &[-2.0, 0.7], &[-3.0, -0.5]]);
}

/// Path form: `f64::atan2(y, x)` (y first), times x.
#[differentiate]
fn atan2_path(x: f64, y: f64) -> f64 {
    f64::atan2(y, x) * x
}

#[test]
fn rule_atan2_path_form() {
    // All four quadrants, away from the branch cut.
    check!(atan2_path, atan2_path_jvp, atan2_path_vjp, atan2_path_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let n = x * x + y * y;
            vec![y.atan2(x) - x * y / n, x * x / n]
        })
        .at(&[&[1.0, 0.5], &[-0.7, 0.4], &[-0.6, -1.3], &[0.2, -2.0]]);
}

// ---------------------------------------------------------------------------
// Hyperbolic functions.

#[differentiate]
fn sinh_of_difference(x: f64, y: f64) -> f64 {
    (x - y).sinh() * y
}

#[test]
fn rule_sinh() {
    check!(sinh_of_difference, sinh_of_difference_jvp, sinh_of_difference_vjp, sinh_of_difference_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let c = (x - y).cosh();
            vec![c * y, (x - y).sinh() - c * y]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[3.0, -1.0]]);
}

/// Path form `f64::cosh`.
#[differentiate]
fn cosh_of_product(x: f64, y: f64) -> f64 {
    f64::cosh(x * y)
}

#[test]
fn rule_cosh_path_form() {
    check!(cosh_of_product, cosh_of_product_jvp, cosh_of_product_vjp, cosh_of_product_grad; [0, 1])
        .formula(|v| {
            let s = (v[0] * v[1]).sinh();
            vec![s * v[1], s * v[0]]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[1.5, -1.5]]);
}

#[differentiate]
fn tanh_of_product(x: f64, y: f64) -> f64 {
    (x * y).tanh() + x
}

#[test]
fn rule_tanh() {
    check!(tanh_of_product, tanh_of_product_jvp, tanh_of_product_vjp, tanh_of_product_grad; [0, 1])
        .formula(|v| {
            let t = (v[0] * v[1]).tanh();
            let d = 1.0 - t * t;
            vec![d * v[1] + 1.0, d * v[0]]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[1.5, -1.1]]);
}

#[differentiate]
fn asinh_of_product(x: f64, y: f64) -> f64 {
    (x * y).asinh() * y
}

#[test]
fn rule_asinh() {
    check!(asinh_of_product, asinh_of_product_jvp, asinh_of_product_vjp, asinh_of_product_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let u = x * y;
            let s = 1.0 / (u * u + 1.0).sqrt();
            vec![s * y * y, u.asinh() + s * x * y]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[3.0, -2.5]]);
}

#[differentiate]
fn acosh_of_sum(x: f64, y: f64) -> f64 {
    (x * x + y).acosh()
}

#[test]
fn rule_acosh() {
    // x² + y > 1.
    check!(acosh_of_sum, acosh_of_sum_jvp, acosh_of_sum_vjp, acosh_of_sum_grad; [0, 1])
        .formula(|v| {
            let u = v[0] * v[0] + v[1];
            let s = 1.0 / (u * u - 1.0).sqrt();
            vec![2.0 * v[0] * s, s]
        })
        .at(&[&[1.2, 0.5], &[-2.0, -1.0], &[0.3, 4.0]]);
}

#[differentiate]
fn atanh_of_product(x: f64, y: f64) -> f64 {
    (x * y).atanh()
}

#[test]
fn rule_atanh() {
    // |x y| < 1.
    check!(atanh_of_product, atanh_of_product_jvp, atanh_of_product_vjp, atanh_of_product_grad; [0, 1])
        .formula(|v| {
            let u = v[0] * v[1];
            let s = 1.0 / (1.0 - u * u);
            vec![s * v[1], s * v[0]]
        })
        .at(&[&[0.5, 0.9], &[-1.2, 0.6], &[2.0, -0.1]]);
}

// ---------------------------------------------------------------------------
// Exponentials and logarithms.

#[differentiate]
fn exp_of_product(x: f64, y: f64) -> f64 {
    (x * y).exp() - y
}

#[test]
fn rule_exp() {
    check!(exp_of_product, exp_of_product_jvp, exp_of_product_vjp, exp_of_product_grad; [0, 1])
        .formula(|v| {
            let e = (v[0] * v[1]).exp();
            vec![e * v[1], e * v[0] - 1.0]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[1.5, -1.1]]);
}

#[differentiate]
fn exp2_of_difference(x: f64, y: f64) -> f64 {
    (x - y).exp2() * x
}

#[test]
fn rule_exp2() {
    check!(exp2_of_difference, exp2_of_difference_jvp, exp2_of_difference_vjp, exp2_of_difference_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let e = (x - y).exp2();
            vec![e * LN_2 * x + e, -e * LN_2 * x]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[3.5, -1.0]]);
}

#[differentiate]
fn exp_m1_of_product(x: f64, y: f64) -> f64 {
    (x * y).exp_m1() + y
}

#[test]
fn rule_exp_m1() {
    // Including a point where x y is tiny, exp_m1's reason to exist.
    check!(exp_m1_of_product, exp_m1_of_product_jvp, exp_m1_of_product_vjp, exp_m1_of_product_grad; [0, 1])
        .formula(|v| {
            let e = (v[0] * v[1]).exp();
            vec![e * v[1], e * v[0] + 1.0]
        })
        .at(&[&[0.4, 1.1], &[-2.0, 0.4], &[1e-4, -3e-3]]);
}

#[differentiate]
fn ln_of_product(x: f64, y: f64) -> f64 {
    (x * y).ln() * x
}

#[test]
fn rule_ln() {
    // x y > 0, with both signs.
    check!(ln_of_product, ln_of_product_jvp, ln_of_product_vjp, ln_of_product_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![(x * y).ln() + 1.0, x / y]
        })
        .at(&[&[0.5, 3.0], &[-2.0, -0.25], &[4.0, 0.1]]);
}

#[differentiate]
fn log10_of_sum(x: f64, y: f64) -> f64 {
    (x + y * y).log10()
}

#[test]
fn rule_log10() {
    check!(log10_of_sum, log10_of_sum_jvp, log10_of_sum_vjp, log10_of_sum_grad; [0, 1])
        .formula(|v| {
            let u = v[0] + v[1] * v[1];
            vec![1.0 / (u * LN_10), 2.0 * v[1] / (u * LN_10)]
        })
        .at(&[&[0.5, 3.0], &[-2.0, -1.5], &[40.0, 0.1]]);
}

/// Path form `f64::log2`.
#[differentiate]
fn log2_of_product(x: f64, y: f64) -> f64 {
    f64::log2(x * y) * y
}

#[test]
fn rule_log2_path_form() {
    check!(log2_of_product, log2_of_product_jvp, log2_of_product_vjp, log2_of_product_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![y / (x * LN_2), (x * y).log2() + 1.0 / LN_2]
        })
        .at(&[&[0.5, 3.0], &[-2.0, -0.25], &[7.0, 1.5]]);
}

/// `log` with both the argument and the base active.
#[differentiate]
fn log_base(x: f64, b: f64) -> f64 {
    x.log(b)
}

#[test]
fn rule_log() {
    // log_b x = ln x / ln b.
    check!(log_base, log_base_jvp, log_base_vjp, log_base_grad; [0, 1])
        .formula(|v| {
            let (x, b) = (v[0], v[1]);
            vec![1.0 / (x * b.ln()), -x.ln() / (b * b.ln() * b.ln())]
        })
        .at(&[&[3.0, 2.0], &[0.5, 10.0], &[7.0, 0.3]]);
}

/// Path form `f64::log` with a constant base.
#[differentiate]
fn log_path(x: f64, y: f64) -> f64 {
    f64::log(x * y, 3.0) + f64::log(2.0, y)
}

#[test]
fn rule_log_path_form() {
    check!(log_path, log_path_jvp, log_path_vjp, log_path_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let l3 = 3.0f64.ln();
            vec![
                1.0 / (x * l3),
                1.0 / (y * l3) - 2.0f64.ln() / (y * y.ln() * y.ln()),
            ]
        })
        .at(&[&[3.0, 2.0], &[0.5, 10.0], &[7.0, 0.3]]);
}

#[differentiate]
fn ln_1p_of_product(x: f64, y: f64) -> f64 {
    (x * y).ln_1p()
}

#[test]
fn rule_ln_1p() {
    // x y > -1, including a tiny x y.
    check!(ln_1p_of_product, ln_1p_of_product_jvp, ln_1p_of_product_vjp, ln_1p_of_product_grad; [0, 1])
        .formula(|v| {
            let u = 1.0 + v[0] * v[1];
            vec![v[1] / u, v[0] / u]
        })
        .at(&[&[0.5, 0.4], &[-0.9, 0.7], &[1e-5, 3e-4]]);
}

// ---------------------------------------------------------------------------
// Powers and roots.

#[differentiate]
fn sqrt_of_sum(x: f64, y: f64) -> f64 {
    (x * x + y).sqrt()
}

#[test]
fn rule_sqrt() {
    check!(sqrt_of_sum, sqrt_of_sum_jvp, sqrt_of_sum_vjp, sqrt_of_sum_grad; [0, 1])
        .formula(|v| {
            let s = (v[0] * v[0] + v[1]).sqrt();
            vec![v[0] / s, 0.5 / s]
        })
        .at(&[&[0.5, 3.0], &[-2.0, -1.5], &[1.2, 0.01]]);
}

#[differentiate]
fn cbrt_of_product(x: f64, y: f64) -> f64 {
    (x * y).cbrt()
}

#[test]
fn rule_cbrt() {
    // Both signs of x y (cbrt is defined for negative operands).
    check!(cbrt_of_product, cbrt_of_product_jvp, cbrt_of_product_vjp, cbrt_of_product_grad; [0, 1])
        .formula(|v| {
            let c = (v[0] * v[1]).cbrt();
            let d = 1.0 / (3.0 * c * c);
            vec![v[1] * d, v[0] * d]
        })
        .at(&[&[2.0, 4.0], &[-0.5, 3.0], &[1.5, -0.2]]);
}

/// `powi` with a passive exponent.
#[differentiate]
fn powi_passive(x: f64, y: f64, n: i32) -> f64 {
    x.powi(n) * y
}

#[test]
fn rule_powi() {
    for n in [3, -2, 1, 0, 5] {
        check!(powi_passive, powi_passive_jvp, powi_passive_vjp, powi_passive_grad; [0, 1]; n)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                vec![n as f64 * x.powi(n - 1) * y, x.powi(n)]
            })
            .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[1.5, -1.1]]);
    }
}

/// `powi` with literal exponents, method and path form.
#[differentiate]
fn powi_literal(x: f64, y: f64) -> f64 {
    x.powi(3) * y + f64::powi(y, -2)
}

#[test]
fn rule_powi_literal_and_path_form() {
    check!(powi_literal, powi_literal_jvp, powi_literal_vjp, powi_literal_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![3.0 * x * x * y, x.powi(3) - 2.0 / (y * y * y)]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[1.5, -1.1]]);
}

#[differentiate]
fn powf_both(x: f64, y: f64) -> f64 {
    x.powf(y)
}

#[test]
fn rule_powf() {
    check!(powf_both, powf_both_jvp, powf_both_vjp, powf_both_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![y * x.powf(y - 1.0), x.powf(y) * x.ln()]
        })
        .at(&[&[1.5, 2.3], &[0.4, -1.7], &[3.0, 0.5]]);
}

/// `powf` with constant exponents (the base may be negative for an integral
/// exponent), method and path form.
#[differentiate]
fn powf_const_exponent(x: f64, y: f64) -> f64 {
    x.powf(3.0) + f64::powf(y, -0.5) * x
}

#[test]
fn rule_powf_constant_exponent_and_path_form() {
    check!(powf_const_exponent, powf_const_exponent_jvp, powf_const_exponent_vjp, powf_const_exponent_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![3.0 * x * x + y.powf(-0.5), -0.5 * y.powf(-1.5) * x]
        })
        .at(&[&[-2.0, 0.4], &[1.5, 3.0], &[-0.3, 1.1]]);
}

#[differentiate]
fn recip_of_product(x: f64, y: f64) -> f64 {
    (x * y).recip() + x
}

#[test]
fn rule_recip() {
    check!(recip_of_product, recip_of_product_jvp, recip_of_product_vjp, recip_of_product_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let u = x * y;
            vec![1.0 - y / (u * u), -x / (u * u)]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[1.5, -1.1]]);
}

#[differentiate]
fn hypot_times(x: f64, y: f64) -> f64 {
    x.hypot(y) * y
}

#[test]
fn rule_hypot() {
    check!(hypot_times, hypot_times_jvp, hypot_times_vjp, hypot_times_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let h = x.hypot(y);
            vec![x * y / h, y * y / h + h]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[3.0, -4.0]]);
}

/// Path form `f64::hypot` with an expression operand.
#[differentiate]
fn hypot_path(x: f64, y: f64) -> f64 {
    f64::hypot(x, 2.0 * y)
}

#[test]
fn rule_hypot_path_form() {
    check!(hypot_path, hypot_path_jvp, hypot_path_vjp, hypot_path_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let h = x.hypot(2.0 * y);
            vec![x / h, 4.0 * y / h]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[3.0, -4.0]]);
}

#[differentiate]
fn mul_add_three(x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z * x)
}

#[test]
fn rule_mul_add() {
    // x y + z x.
    check!(mul_add_three, mul_add_three_jvp, mul_add_three_vjp, mul_add_three_grad; [0, 1, 2])
        .formula(|v| vec![v[1] + v[2], v[0], v[0]])
        .at(&[&[0.7, 1.3, -0.2], &[-2.0, 0.4, 5.0]]);
}

/// Path form `f64::mul_add` with every operand an expression.
#[differentiate]
fn mul_add_path(x: f64, y: f64) -> f64 {
    f64::mul_add(x * x, y.sin(), x / y)
}

#[test]
fn rule_mul_add_path_form() {
    check!(mul_add_path, mul_add_path_jvp, mul_add_path_vjp, mul_add_path_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![2.0 * x * y.sin() + 1.0 / y, x * x * y.cos() - x / (y * y)]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[1.5, -1.1]]);
}

// ---------------------------------------------------------------------------
// Piecewise functions.

#[differentiate]
fn abs_times(x: f64, y: f64) -> f64 {
    (x - y).abs() * x
}

#[test]
fn rule_abs() {
    check!(abs_times, abs_times_jvp, abs_times_vjp, abs_times_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let s = (x - y).signum();
            vec![s * x + (x - y).abs(), -s * x]
        })
        .at(&[&[0.7, 1.3], &[2.0, -0.4], &[-1.5, -3.0]]);
}

/// Path form `f64::abs`.
#[differentiate]
fn abs_path(x: f64, y: f64) -> f64 {
    f64::abs(x * y) + y
}

#[test]
fn rule_abs_path_form() {
    check!(abs_path, abs_path_jvp, abs_path_vjp, abs_path_grad; [0, 1])
        .formula(|v| {
            let s = (v[0] * v[1]).signum();
            vec![s * v[1], s * v[0] + 1.0]
        })
        .at(&[&[0.7, 1.3], &[2.0, -0.4], &[-1.5, -3.0]]);
}

#[differentiate]
fn signum_times(x: f64, y: f64) -> f64 {
    x.signum() * y + x
}

#[test]
fn rule_signum() {
    check!(signum_times, signum_times_jvp, signum_times_vjp, signum_times_grad; [0, 1])
        .formula(|v| vec![1.0, v[0].signum()])
        .at(&[&[0.7, 1.3], &[-2.0, 0.4]]);
}

#[differentiate]
fn max_of_two(x: f64, y: f64) -> f64 {
    (x * y).max(x + y)
}

#[test]
fn rule_max() {
    check!(max_of_two, max_of_two_jvp, max_of_two_vjp, max_of_two_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            if x * y > x + y {
                vec![y, x]
            } else {
                vec![1.0, 1.0]
            }
        })
        .at(&[&[2.0, 3.0], &[0.5, 0.5], &[-1.0, -2.0], &[-1.0, 0.7]]);
}

#[differentiate]
fn min_times(x: f64, y: f64) -> f64 {
    x.min(y * y) * y
}

#[test]
fn rule_min() {
    check!(min_times, min_times_jvp, min_times_vjp, min_times_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            if x < y * y {
                vec![y, x]
            } else {
                vec![0.0, 3.0 * y * y]
            }
        })
        .at(&[&[0.5, 1.0], &[2.0, 0.8], &[-1.0, -0.3], &[3.0, -1.2]]);
}

/// Path forms `f64::max` and `f64::min`, with a literal operand.
#[differentiate]
fn max_min_path(x: f64, y: f64) -> f64 {
    f64::max(x, 0.0) * y + f64::min(x * y, y)
}

#[test]
fn rule_max_min_path_form() {
    check!(max_min_path, max_min_path_jvp, max_min_path_vjp, max_min_path_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let (mut gx, mut gy) = (0.0, x.max(0.0));
            if x > 0.0 {
                gx += y;
            }
            if x * y < y {
                gx += y;
                gy += x;
            } else {
                gy += 1.0;
            }
            vec![gx, gy]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.4], &[1.5, -1.1], &[2.0, 3.0]]);
}

#[differentiate]
fn floor_times(x: f64, y: f64) -> f64 {
    x.floor() * y + x
}

#[test]
fn rule_floor() {
    check!(floor_times, floor_times_jvp, floor_times_vjp, floor_times_grad; [0, 1])
        .formula(|v| vec![1.0, v[0].floor()])
        .at(&[&[1.3, 2.0], &[-2.7, 0.5]]);
}

#[differentiate]
fn ceil_times(x: f64, y: f64) -> f64 {
    y.ceil() * x + y.sin()
}

#[test]
fn rule_ceil() {
    check!(ceil_times, ceil_times_jvp, ceil_times_vjp, ceil_times_grad; [0, 1])
        .formula(|v| vec![v[1].ceil(), v[1].cos()])
        .at(&[&[1.3, 2.2], &[-2.7, -0.5]]);
}

#[differentiate]
fn round_times(x: f64, y: f64) -> f64 {
    (x * 2.0).round() * y + x * y
}

#[test]
fn rule_round() {
    check!(round_times, round_times_jvp, round_times_vjp, round_times_grad; [0, 1])
        .formula(|v| vec![v[1], (2.0 * v[0]).round() + v[0]])
        .at(&[&[1.3, 2.2], &[-2.7, -0.5]]);
}

/// Path form `f64::trunc`.
#[differentiate]
fn trunc_times(x: f64, y: f64) -> f64 {
    f64::trunc(x - y) * x + y * y
}

#[test]
fn rule_trunc_path_form() {
    check!(trunc_times, trunc_times_jvp, trunc_times_vjp, trunc_times_grad; [0, 1])
        .formula(|v| vec![(v[0] - v[1]).trunc(), 2.0 * v[1]])
        .at(&[&[3.3, 1.2], &[-2.7, -0.5]]);
}

/// Path forms of several functions at once, including `f64::sin`.
#[differentiate]
fn many_paths(x: f64, y: f64) -> f64 {
    f64::sin(x) * f64::exp(y) + f64::sqrt(f64::ln(x * x + 1.0)) - f64::tanh(y) / f64::cos(x)
}

#[test]
fn rule_path_forms() {
    check!(many_paths, many_paths_jvp, many_paths_vjp, many_paths_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let l = (x * x + 1.0).ln();
            let t = y.tanh();
            vec![
                x.cos() * y.exp() + 0.5 / l.sqrt() * 2.0 * x / (x * x + 1.0)
                    - t * x.sin() / (x.cos() * x.cos()),
                x.sin() * y.exp() - (1.0 - t * t) / x.cos(),
            ]
        })
        .at(&[&[0.7, 1.3], &[-0.4, -0.6], &[1.2, 0.2]]);
}

// ---------------------------------------------------------------------------
// f32 functions, checked by hand: the harness compares in f64 at 1e-12, which
// f32 (ε ≈ 1.2e-7) cannot reach.

#[differentiate]
fn sin32(x: f32) -> f32 {
    x.sin() * x
}

#[differentiate]
fn exp2_32(x: f32) -> f32 {
    (x * 0.5).exp2() + x.log10()
}

#[differentiate]
fn log2_powi32(x: f32) -> f32 {
    x.log2() * x.powi(3)
}

#[differentiate]
fn sqrt_tanh32(x: f32) -> f32 {
    f32::sqrt(x * x + 1.0) - f32::tanh(x)
}

#[differentiate]
fn atan2_32(x: f32, y: f32) -> f32 {
    f32::atan2(y, x) + x.powf(y)
}

/// |got - want| <= relative · max(1, |want|).
fn close32(got: f32, want: f64, relative: f64) -> bool {
    (got as f64 - want).abs() <= relative * want.abs().max(1.0)
}

/// The f64 formula at the f32 point, relative 1e-5: a few operations in f32
/// stay within tens of ulps (ε ≈ 1.2e-7) of the exact derivative.
const F32_FORMULA: f64 = 1e-5;
/// Central differences in f32 with step 1e-2·max(1, |x|): truncation error
/// O(h²) ≈ 1e-4 and rounding error ε/h ≈ 1e-5, relative: 1e-2 leaves margin.
const F32_FD: f64 = 1e-2;
/// `_jvp`, `_vjp` and `_grad` compute the same products in possibly different
/// orders: a few ulps apart.
const F32_MODES: f64 = 1e-6;

/// One-input f32 function: value, formula, central differences, jvp and vjp.
fn check32_1(
    name: &str,
    f: fn(f32) -> f32,
    jvp: fn(f32, f32) -> (f32, f32),
    vjp: fn(f32, f32) -> (f32, f32),
    grad: fn(f32) -> (f32, f32),
    formula: fn(f64) -> f64,
    points: &[f32],
) {
    for &x in points {
        let (v, g) = grad(x);
        assert_eq!(v, f(x), "{name} at {x}: _grad value");
        let want = formula(x as f64);
        assert!(
            close32(g, want, F32_FORMULA),
            "{name} at {x}: {g} vs formula {want}"
        );
        let h = 1e-2 * x.abs().max(1.0);
        let fd = ((f(x + h) - f(x - h)) / (2.0 * h)) as f64;
        assert!(
            close32(g, fd, F32_FD),
            "{name} at {x}: {g} vs central differences {fd}"
        );
        let (vj, dj) = jvp(x, -1.5);
        assert_eq!(vj, v, "{name} at {x}: _jvp value");
        assert!(
            close32(dj, -1.5 * g as f64, F32_MODES),
            "{name} at {x}: jvp {dj} vs -1.5·{g}"
        );
        let (vv, gv) = vjp(x, 2.5);
        assert_eq!(vv, v, "{name} at {x}: _vjp value");
        assert!(
            close32(gv, 2.5 * g as f64, F32_MODES),
            "{name} at {x}: vjp {gv} vs 2.5·{g}"
        );
        let (_, g1) = vjp(x, 1.0);
        assert_eq!(g1, g, "{name} at {x}: _grad == _vjp(seed 1)");
    }
}

#[test]
fn rules_in_f32() {
    check32_1(
        "sin32",
        sin32,
        sin32_jvp,
        sin32_vjp,
        sin32_grad,
        |x| x.cos() * x + x.sin(),
        &[0.7, -2.1, 4.0],
    );
    check32_1(
        "exp2_32",
        exp2_32,
        exp2_32_jvp,
        exp2_32_vjp,
        exp2_32_grad,
        |x| 0.5 * LN_2 * (0.5 * x).exp2() + 1.0 / (x * LN_10),
        &[0.7, 2.5, 6.0],
    );
    check32_1(
        "log2_powi32",
        log2_powi32,
        log2_powi32_jvp,
        log2_powi32_vjp,
        log2_powi32_grad,
        |x| x * x / LN_2 + 3.0 * x * x * x.log2(),
        &[0.7, 2.5, 6.0],
    );
    check32_1(
        "sqrt_tanh32",
        sqrt_tanh32,
        sqrt_tanh32_jvp,
        sqrt_tanh32_vjp,
        sqrt_tanh32_grad,
        |x| x / (x * x + 1.0).sqrt() - (1.0 - x.tanh() * x.tanh()),
        &[0.7, -2.1, 4.0],
    );
}

/// f32 path forms of several rules.
#[differentiate]
fn paths32(x: f32, y: f32) -> f32 {
    f32::max(x, y) * f32::hypot(x, y)
        + x.exp_m1()
        + f32::ln_1p(y)
        + x.cbrt()
        + y.recip()
        + x.acosh()
}

type Fn32x2 = fn(f32, f32) -> f32;
type Jvp32x2 = fn(f32, f32, f32, f32) -> (f32, f32);
type Vjp32x2 = fn(f32, f32, f32) -> (f32, f32, f32);
type Grad32x2 = fn(f32, f32) -> (f32, f32, f32);

/// Two-input f32 function: as `check32_1`.
fn check32_2(
    name: &str,
    (f, jvp, vjp, grad): (Fn32x2, Jvp32x2, Vjp32x2, Grad32x2),
    formula: fn(f64, f64) -> [f64; 2],
    points: &[(f32, f32)],
) {
    for &(x, y) in points {
        let (v, gx, gy) = grad(x, y);
        assert_eq!(v, f(x, y), "{name} at ({x}, {y}): _grad value");
        let want = formula(x as f64, y as f64);
        for (g, w) in [(gx, want[0]), (gy, want[1])] {
            assert!(
                close32(g, w, F32_FORMULA),
                "{name} at ({x}, {y}): {g} vs formula {w}"
            );
        }
        let (hx, hy) = (1e-2 * x.abs().max(1.0), 1e-2 * y.abs().max(1.0));
        let fdx = ((f(x + hx, y) - f(x - hx, y)) / (2.0 * hx)) as f64;
        let fdy = ((f(x, y + hy) - f(x, y - hy)) / (2.0 * hy)) as f64;
        assert!(close32(gx, fdx, F32_FD), "{name}: {gx} vs {fdx}");
        assert!(close32(gy, fdy, F32_FD), "{name}: {gy} vs {fdy}");
        let (vj, dj) = jvp(x, y, 0.5, -1.5);
        assert_eq!(vj, v);
        assert!(
            close32(dj, 0.5 * gx as f64 - 1.5 * gy as f64, F32_MODES),
            "{name}: jvp {dj}"
        );
        let (vv, sx, sy) = vjp(x, y, -2.0);
        assert_eq!(vv, v);
        assert!(close32(sx, -2.0 * gx as f64, F32_MODES), "{name}: vjp {sx}");
        assert!(close32(sy, -2.0 * gy as f64, F32_MODES), "{name}: vjp {sy}");
        assert_eq!(vjp(x, y, 1.0), (v, gx, gy), "{name}: _grad == _vjp(seed 1)");
    }
}

#[test]
fn rules_in_f32_two_inputs() {
    check32_2(
        "atan2_32",
        (atan2_32, atan2_32_jvp, atan2_32_vjp, atan2_32_grad),
        |x, y| {
            let n = x * x + y * y;
            [-y / n + y * x.powf(y - 1.0), x / n + x.powf(y) * x.ln()]
        },
        &[(0.7, 1.3), (2.5, -0.6), (1.2, 0.4)],
    );
    // Points with y > x (max picks y) and x > y, x > 1 for acosh.
    check32_2(
        "paths32",
        (paths32, paths32_jvp, paths32_vjp, paths32_grad),
        |x, y| {
            let h = x.hypot(y);
            let m = x.max(y);
            let (mx, my) = if x > y { (1.0, 0.0) } else { (0.0, 1.0) };
            [
                mx * h
                    + m * x / h
                    + x.exp()
                    + 1.0 / (3.0 * x.cbrt() * x.cbrt())
                    + 1.0 / (x * x - 1.0).sqrt(),
                my * h + m * y / h + 1.0 / (1.0 + y) - 1.0 / (y * y),
            ]
        },
        &[(2.0, 3.0), (1.5, 0.5), (3.0, -0.4)],
    );
}

/// Paths through `core::primitive` and `std::primitive`.
#[differentiate]
fn primitive_paths(x: f64, y: f64) -> f64 {
    core::primitive::f64::sin(x) * std::primitive::f64::cos(y)
}

#[test]
fn rules_through_primitive_paths() {
    check!(primitive_paths, primitive_paths_jvp, primitive_paths_vjp, primitive_paths_grad; [0, 1])
        .formula(|v| vec![v[0].cos() * v[1].cos(), -v[0].sin() * v[1].sin()])
        .at(&[&[2.0, 3.0], &[-0.4, 0.9]]);
}

/// NaN and infinite constant operands of `max` / `min`.
#[allow(clippy::min_max)] // the constant result of `max(inf).min(5)` is under test
#[differentiate]
fn special_constant_operands(x: f64) -> f64 {
    x.max(f64::NAN) + f64::NAN.min(x) * 2.0 + x.max(f64::INFINITY).min(5.0) + x.min(f64::INFINITY)
}

#[test]
fn rules_with_nan_and_infinite_constant_operands() {
    // x + 2x + 5 + x.
    check!(special_constant_operands, special_constant_operands_jvp, special_constant_operands_vjp, special_constant_operands_grad; [0])
        .formula(|_| vec![4.0])
        .at(&[&[2.0], &[-0.7]]);
    assert_eq!(special_constant_operands_grad(2.0), (13.0, 4.0));
    assert_eq!(special_constant_operands_jvp(2.0, 1.0), (13.0, 4.0));
}

// ---------------------------------------------------------------------------
// Values at non-differentiable points: the documented contract, exactly.

#[differentiate]
fn abs1(x: f64) -> f64 {
    x.abs()
}

#[test]
fn edge_abs_at_zero() {
    assert_eq!(abs1(0.0), 0.0);
    assert_eq!(abs1_grad(0.0), (0.0, 0.0));
    assert_eq!(abs1_jvp(0.0, 1.0), (0.0, 0.0));
    assert_eq!(abs1_vjp(0.0, 3.0), (0.0, 0.0));
    // -0.0 too.
    assert_eq!(abs1_grad(-0.0), (0.0, 0.0));
    assert_eq!(abs1_jvp(-0.0, 1.0), (0.0, 0.0));
    // Away from 0: the sign.
    assert_eq!(abs1_grad(-3.0), (3.0, -1.0));
    assert_eq!(abs1_jvp(2.0, 1.0), (2.0, 1.0));
}

#[differentiate]
fn max2(x: f64, y: f64) -> f64 {
    x.max(y)
}

#[differentiate]
fn min2(x: f64, y: f64) -> f64 {
    f64::min(x, y)
}

#[test]
fn edge_max_min_at_a_tie() {
    assert_eq!(max2(1.5, 1.5), 1.5);
    assert_eq!(min2(-2.0, -2.0), -2.0);
    assert_eq!(max2_grad(1.5, 1.5), (1.5, 0.5, 0.5));
    assert_eq!(max2_vjp(1.5, 1.5, 4.0), (1.5, 2.0, 2.0));
    assert_eq!(max2_jvp(1.5, 1.5, 1.0, 0.0), (1.5, 0.5));
    assert_eq!(max2_jvp(1.5, 1.5, 0.0, 1.0), (1.5, 0.5));
    assert_eq!(min2_grad(-2.0, -2.0), (-2.0, 0.5, 0.5));
    assert_eq!(min2_jvp(-2.0, -2.0, 1.0, 0.0), (-2.0, 0.5));
    assert_eq!(min2_jvp(-2.0, -2.0, 0.0, 1.0), (-2.0, 0.5));
    // 0.0 and -0.0 compare equal: a tie.
    assert_eq!(max2_grad(0.0, -0.0).1, 0.5);
    assert_eq!(min2_grad(0.0, -0.0).2, 0.5);
}

/// A tie reached through expressions: x y = x + y at (2, 2).
#[test]
fn edge_max_tie_through_expressions() {
    // ½ (y, x) + ½ (1, 1) at (2, 2).
    assert_eq!(max_of_two_grad(2.0, 2.0), (4.0, 1.5, 1.5));
    assert_eq!(max_of_two_jvp(2.0, 2.0, 1.0, 0.0), (4.0, 1.5));
    assert_eq!(max_of_two_jvp(2.0, 2.0, 0.0, 1.0), (4.0, 1.5));
}

#[test]
fn edge_max_min_with_nan() {
    let nan = f64::NAN;
    // NaN first: all to the second operand, whose value is returned.
    assert_eq!(max2_grad(nan, 2.0), (2.0, 0.0, 1.0));
    assert_eq!(max2_jvp(nan, 2.0, 1.0, 0.0), (2.0, 0.0));
    assert_eq!(max2_jvp(nan, 2.0, 0.0, 1.0), (2.0, 1.0));
    assert_eq!(min2_grad(nan, 2.0), (2.0, 0.0, 1.0));
    assert_eq!(min2_jvp(nan, 2.0, 1.0, 0.0), (2.0, 0.0));
    assert_eq!(min2_jvp(nan, 2.0, 0.0, 1.0), (2.0, 1.0));
    // NaN second.
    assert_eq!(max2_grad(-3.0, nan), (-3.0, 1.0, 0.0));
    assert_eq!(max2_jvp(-3.0, nan, 1.0, 0.0), (-3.0, 1.0));
    assert_eq!(max2_jvp(-3.0, nan, 0.0, 1.0), (-3.0, 0.0));
    assert_eq!(min2_grad(-3.0, nan), (-3.0, 1.0, 0.0));
    assert_eq!(min2_jvp(-3.0, nan, 1.0, 0.0), (-3.0, 1.0));
    assert_eq!(min2_jvp(-3.0, nan, 0.0, 1.0), (-3.0, 0.0));
}

#[differentiate]
fn piecewise_constant(x: f64) -> f64 {
    x.signum() + x.floor() + x.ceil() + x.round() + x.trunc()
}

#[differentiate]
fn signum1(x: f64) -> f64 {
    x.signum()
}

#[differentiate]
fn floor1(x: f64) -> f64 {
    x.floor()
}

#[differentiate]
fn ceil1(x: f64) -> f64 {
    f64::ceil(x)
}

#[differentiate]
fn round1(x: f64) -> f64 {
    x.round()
}

#[differentiate]
fn trunc1(x: f64) -> f64 {
    x.trunc()
}

#[test]
fn edge_piecewise_constant_functions_have_derivative_zero() {
    // At their jumps (0, integers, half-integers) and between them.
    for x in [0.0, -0.0, 1.0, -2.0, 0.5, -1.5, 2.5, 0.3, -7.8] {
        type Grad = fn(f64) -> (f64, f64);
        type Jvp = fn(f64, f64) -> (f64, f64);
        type Primal = fn(f64) -> f64;
        let fs: [(Grad, Jvp, Primal); 6] = [
            (signum1_grad, signum1_jvp, signum1),
            (floor1_grad, floor1_jvp, floor1),
            (ceil1_grad, ceil1_jvp, ceil1),
            (round1_grad, round1_jvp, round1),
            (trunc1_grad, trunc1_jvp, trunc1),
            (
                piecewise_constant_grad,
                piecewise_constant_jvp,
                piecewise_constant,
            ),
        ];
        assert_eq!(
            piecewise_constant(x),
            x.signum() + x.floor() + x.ceil() + x.round() + x.trunc()
        );
        for (i, (grad, jvp, plain)) in fs.into_iter().enumerate() {
            assert_eq!(grad(x), (plain(x), 0.0), "function {i} at {x}");
            assert_eq!(jvp(x, 1.0), (plain(x), 0.0), "function {i} at {x}");
        }
    }
}

#[differentiate]
fn powi1(x: f64, n: i32) -> f64 {
    x.powi(n)
}

#[differentiate]
fn powi_zero_literal(x: f64) -> f64 {
    x.powi(0)
}

#[test]
fn edge_powi_zero_exponent() {
    for x in [0.0, -0.0, 2.0, -3.0] {
        assert_eq!(powi1(x, 0), 1.0);
        assert_eq!(powi_zero_literal(x), 1.0);
        assert_eq!(powi1_grad(x, 0), (1.0, 0.0), "at {x}");
        assert_eq!(powi1_jvp(x, 0, 1.0), (1.0, 0.0), "at {x}");
        assert_eq!(powi_zero_literal_grad(x), (1.0, 0.0), "at {x}");
        assert_eq!(powi_zero_literal_jvp(x, 1.0), (1.0, 0.0), "at {x}");
    }
    // Other exponents at 0 follow the formula n 0^(n-1).
    assert_eq!(powi1_grad(0.0, 1), (0.0, 1.0));
    assert_eq!(powi1_grad(0.0, 2), (0.0, 0.0));
    assert_eq!(powi1_jvp(0.0, 1, 1.0), (0.0, 1.0));
}

#[differentiate]
fn powf_zero_literal(x: f64) -> f64 {
    x.powf(0.0)
}

/// `powf` with only the exponent active; the base is a passive `f64`.
#[differentiate(wrt(y))]
fn powf_wrt_exponent(y: f64, x: f64) -> f64 {
    x.powf(y)
}

#[test]
fn edge_powf_zero_exponent() {
    // With respect to x: 0 when the exponent is 0, also at x = 0.
    for x in [0.0, -0.0, 2.0, 0.5] {
        assert_eq!(powf_zero_literal(x), 1.0);
        assert_eq!(powf_both_grad(x, 0.0).1, 0.0, "at {x}");
        assert_eq!(powf_zero_literal_grad(x), (1.0, 0.0), "at {x}");
        assert_eq!(powf_zero_literal_jvp(x, 1.0), (1.0, 0.0), "at {x}");
    }
    // Along (1, 0) with both operands active, away from x = 0. (At x = 0 the
    // partial with respect to y is -inf, as the formula gives, and IEEE
    // makes -inf · 0 = NaN in the tangent sum.)
    for x in [2.0, 0.5] {
        assert_eq!(powf_both_jvp(x, 0.0, 1.0, 0.0), (1.0, 0.0), "at {x}");
    }
    // With respect to y away from x = 0: x^0 ln x.
    assert_eq!(powf_both_grad(2.0, 0.0), (1.0, 0.0, 2.0f64.ln()));
}

#[test]
fn edge_powf_zero_result() {
    // 0^y = 0 for y > 0: the partial with respect to y is 0, not 0·ln 0.
    for y in [2.0, 0.5, 3.0] {
        assert_eq!(powf_wrt_exponent(y, 0.0), 0.0);
        let (v, gx, gy) = powf_both_grad(0.0, y);
        assert_eq!(v, 0.0);
        assert_eq!(gy, 0.0, "y = {y}");
        // With respect to x: y 0^(y-1) as the formula gives (+inf for y < 1).
        assert_eq!(gx, y * 0.0f64.powf(y - 1.0), "y = {y}");
        // Only y active (x passive): the tangent is exactly 0. (With both
        // active, the direction (0, 1) at y < 1 gives inf · 0 = NaN from the
        // x partial, as IEEE says.)
        assert_eq!(powf_wrt_exponent_grad(y, 0.0), (0.0, 0.0), "y = {y}");
        assert_eq!(powf_wrt_exponent_jvp(y, 0.0, 1.0), (0.0, 0.0), "y = {y}");
        assert_eq!(powf_wrt_exponent_vjp(y, 0.0, -3.0), (0.0, 0.0), "y = {y}");
    }
    assert_eq!(powf_both_grad(0.0, 2.0), (0.0, 0.0, 0.0));
    assert_eq!(powf_both_jvp(0.0, 2.0, 1.0, 1.0), (0.0, 0.0));
    assert_eq!(powf_both_jvp(0.0, 2.0, 0.0, 1.0), (0.0, 0.0));
}

#[differentiate]
fn hypot2(x: f64, y: f64) -> f64 {
    x.hypot(y)
}

#[test]
fn edge_hypot_at_origin() {
    assert_eq!(hypot2(0.0, 0.0), 0.0);
    assert_eq!(hypot2_grad(0.0, 0.0), (0.0, 0.0, 0.0));
    assert_eq!(hypot2_vjp(0.0, 0.0, 2.0), (0.0, 0.0, 0.0));
    assert_eq!(hypot2_grad(-0.0, 0.0), (0.0, 0.0, 0.0));
    assert_eq!(hypot2_jvp(0.0, 0.0, 1.0, 0.0), (0.0, 0.0));
    assert_eq!(hypot2_jvp(0.0, 0.0, 0.0, 1.0), (0.0, 0.0));
    assert_eq!(hypot2_jvp(0.0, 0.0, 1.0, -1.0), (0.0, 0.0));
    // Away from the origin: (x, y) / r.
    assert_eq!(hypot2_grad(3.0, 4.0), (5.0, 0.6, 0.8));
}

#[differentiate]
fn angle(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

/// atan2 jumps at the origin (its value along a ray is the ray's angle), so
/// no finite number is a derivative there: the partials (x, −y) / (x² + y²)
/// are 0/0 = NaN, in first and second order, with the value finite (README's
/// table of values at non-differentiable points).
#[test]
fn edge_atan2_at_origin() {
    for (y, x) in [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0)] {
        let (value, gy, gx) = angle_grad(y, x);
        assert_eq!(value, y.atan2(x));
        assert!(gy.is_nan() && gx.is_nan(), "{gy} {gx}");
        let (_, dy) = angle_jvp(y, x, 1.0, 0.5);
        assert!(dy.is_nan());
        let (value, _, _, hy, hx) = angle_hvp(y, x, 1.0, 0.5);
        assert_eq!(value, y.atan2(x));
        assert!(hy.is_nan() && hx.is_nan(), "{hy} {hx}");
    }
    // On the axes away from the origin: (x, −y) / r².
    assert_eq!(angle_grad(0.0, 2.0), (0.0, 0.5, -0.0));
    assert_eq!(angle_grad(2.0, 0.0), (2.0f64.atan2(0.0), 0.0, -0.5));
}

#[differentiate]
fn sqrt1(x: f64) -> f64 {
    x.sqrt()
}

#[test]
fn edge_sqrt_at_zero() {
    assert_eq!(sqrt1(0.0), 0.0);
    assert_eq!(sqrt1_grad(0.0), (0.0, f64::INFINITY));
    assert_eq!(sqrt1_jvp(0.0, 1.0), (0.0, f64::INFINITY));
    assert_eq!(sqrt1_vjp(0.0, 2.0), (0.0, f64::INFINITY));
}

#[differentiate]
fn inf_slopes(x: f64) -> f64 {
    x.cbrt()
}

#[differentiate]
fn ln1(x: f64) -> f64 {
    x.ln()
}

#[differentiate]
fn asin1(x: f64) -> f64 {
    x.asin()
}

#[differentiate]
fn acos1(x: f64) -> f64 {
    x.acos()
}

#[test]
fn edge_infinite_slopes_as_the_formula_gives() {
    assert_eq!(inf_slopes(0.0), 0.0);
    assert_eq!(inf_slopes_grad(0.0), (0.0, f64::INFINITY));
    assert_eq!(inf_slopes_grad(-0.0).1, f64::INFINITY);
    assert_eq!(ln1(0.0), f64::NEG_INFINITY);
    assert_eq!(ln1_grad(0.0), (f64::NEG_INFINITY, f64::INFINITY));
    assert_eq!(asin1(1.0), std::f64::consts::FRAC_PI_2);
    assert_eq!(acos1(1.0), 0.0);
    assert_eq!(asin1_grad(1.0).1, f64::INFINITY);
    assert_eq!(asin1_grad(-1.0).1, f64::INFINITY);
    assert_eq!(acos1_grad(1.0).1, f64::NEG_INFINITY);
    assert_eq!(acos1_jvp(-1.0, 1.0).1, f64::NEG_INFINITY);
}

// ---------------------------------------------------------------------------
// More operand shapes: literal receivers, typed literals, nested rules, rules
// of passive floats under `wrt`.

/// Rules whose receiver is a literal.
#[differentiate]
fn literal_receivers(x: f64, y: f64) -> f64 {
    2.0f64.powf(x) * y + 3.0_f64.atan2(y) + 0.5f64.mul_add(x, y)
}

#[test]
fn rules_with_literal_receivers() {
    check!(literal_receivers, literal_receivers_jvp, literal_receivers_vjp, literal_receivers_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![
                2.0f64.powf(x) * LN_2 * y + 0.5,
                2.0f64.powf(x) - 3.0 / (9.0 + y * y) + 1.0,
            ]
        })
        .at(&[&[0.7, 1.3], &[-2.0, -0.4]]);
}

/// Rules with suffixed literal operands.
#[differentiate]
fn typed_literal_operands(x: f64, y: f64) -> f64 {
    x.powf(2.0_f64) + x.max(0.0f64) * y + f64::min(y, 1.0f64) + x.powi(2i32)
}

#[test]
fn rules_with_typed_literal_operands() {
    check!(typed_literal_operands, typed_literal_operands_jvp, typed_literal_operands_vjp, typed_literal_operands_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let dmax = if x > 0.0 { 1.0 } else { 0.0 };
            let dmin = if y < 1.0 { 1.0 } else { 0.0 };
            vec![4.0 * x + dmax * y, x.max(0.0) + dmin]
        })
        .at(&[&[0.7, 1.3], &[-2.0, -0.4], &[1.5, 0.2]]);
}

/// Rules of rules.
#[differentiate]
fn nested_rules(x: f64, y: f64) -> f64 {
    x.sin().cos().exp() * y.tanh().asinh()
}

#[test]
fn rules_nested() {
    check!(nested_rules, nested_rules_jvp, nested_rules_vjp, nested_rules_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let e = x.sin().cos().exp();
            let t = y.tanh();
            vec![
                e * -x.sin().sin() * x.cos() * t.asinh(),
                e * (1.0 - t * t) / (t * t + 1.0).sqrt(),
            ]
        })
        .at(&[&[0.7, 1.3], &[-2.0, -0.4]]);
}

/// Rules applied to a passive `f64` parameter (constant under `wrt(x)`),
/// alone and mixed with the active one.
#[differentiate(wrt(x))]
fn rules_of_passive(x: f64, c: f64) -> f64 {
    c.sin() * x.hypot(c) + x.mul_add(c, c.exp()) + c.max(x)
}

#[test]
fn rules_with_passive_float_operands() {
    for c in [0.9, -1.7] {
        check!(rules_of_passive, rules_of_passive_jvp, rules_of_passive_vjp, rules_of_passive_grad; [0]; c)
            .formula(move |v| {
                let x = v[0];
                let dmax = if x > c { 1.0 } else { 0.0 };
                vec![c.sin() * x / x.hypot(c) + c + dmax]
            })
            .at(&[&[0.7], &[-2.0], &[1.4]]);
    }
}

// ---------------------------------------------------------------------------
// NaN operands, extreme exponents, signed zeros.

#[differentiate]
fn nan_operand_from_sqrt(x: f64, y: f64) -> f64 {
    x.sqrt().max(y)
}

#[differentiate]
fn nan_operand_from_ln(x: f64, y: f64) -> f64 {
    (x.ln() * y).min(y)
}

#[differentiate]
fn sqrt_or_y(x: f64, y: f64) -> f64 {
    if x >= 0.0 && x.sqrt() > y {
        x.sqrt()
    } else {
        y
    }
}

/// When the NaN operand of `max`/`min` is computed, `max`/`min` itself gives
/// the weight 0 to it and 1 to the other operand, but the NaN local
/// derivative of the computation behind it propagates as IEEE arithmetic
/// says (0 × NaN = NaN), as in standard forward and reverse mode. The README
/// documents this; a branch that does not evaluate the NaN operand gives the
/// clean derivative.
#[test]
fn computed_nan_operand_of_max_min_propagates_as_ieee_arithmetic_says() {
    assert_eq!(nan_operand_from_sqrt(-1.0, 2.0), 2.0);
    assert_eq!(nan_operand_from_ln(-1.0, 2.0), 2.0);
    let (v, dx, dy) = nan_operand_from_sqrt_grad(-1.0, 2.0);
    assert_eq!((v, dy), (2.0, 1.0));
    assert!(dx.is_nan());
    let (v, dx, dy) = nan_operand_from_ln_grad(-1.0, 2.0);
    assert_eq!((v, dx), (2.0, 0.0));
    assert!(dy.is_nan(), "0 × ln(-1) is NaN");
    assert_eq!(sqrt_or_y_grad(-1.0, 2.0), (2.0, 0.0, 1.0));
    assert_eq!(sqrt_or_y_jvp(-1.0, 2.0, 0.0, 1.0), (2.0, 1.0));
}

/// The derivative of `powi` at `n = i32::MIN`, where `n - 1` does not fit in
/// `i32`, is n x^n / x. Mathematically n·2^(n-1) underflows to (-)0.
#[test]
fn powi_at_i32_min() {
    assert_eq!(powi1(2.0, i32::MIN), 0.0);
    let (v, d) = powi1_grad(2.0, i32::MIN);
    assert_eq!(v, 0.0);
    assert_eq!(d, 0.0);
    assert_eq!(powi1_jvp(2.0, i32::MIN, 1.0), (0.0, 0.0));
}

/// `sqrt` at -0.0 (e.g. the product x·y with x = 0, y < 0) has derivative
/// +inf, as at +0.0: sqrt is increasing.
#[test]
fn sqrt_at_negative_zero_has_slope_plus_infinity() {
    assert_eq!(sqrt1_grad(-0.0).1, f64::INFINITY);
    assert_eq!(sqrt1_jvp(-0.0, 1.0).1, f64::INFINITY);
}
