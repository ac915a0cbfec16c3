//! Second order (`_hvp`, `_hessian`): reverse mode over the tangent program,
//! through arithmetic, the rules table, branches, loops, calls and recursion.
//! Each function goes through the three checks of `common::second`.

mod common;

use autodiff::differentiate;

#[differentiate]
fn baydin(x1: f64, x2: f64) -> f64 {
    x1.ln() + x1 * x2 - x2.sin()
}

#[test]
fn baydin_second_order() {
    check2!(baydin, baydin_grad, baydin_hvp, baydin_hessian; [0, 1])
        .formula(|x| vec![vec![-1.0 / (x[0] * x[0]), 1.0], vec![1.0, x[1].sin()]])
        .at(&[&[2.0, 5.0], &[0.5, -1.0]]);
}

#[differentiate]
fn cubic(x: f64, y: f64, z: f64) -> f64 {
    x * x * y + y * y * y * z - 3.0 * x * z
}

#[test]
fn polynomial_hessian() {
    check2!(cubic, cubic_grad, cubic_hvp, cubic_hessian; [0, 1, 2])
        .formula(|v| {
            let (x, y, z) = (v[0], v[1], v[2]);
            vec![
                vec![2.0 * y, 2.0 * x, -3.0],
                vec![2.0 * x, 6.0 * y * z, 3.0 * y * y],
                vec![-3.0, 3.0 * y * y, 0.0],
            ]
        })
        .at(&[&[1.0, 2.0, 3.0], &[-0.5, 0.25, 2.0]]);
}

#[differentiate]
fn quotient(x: f64, y: f64) -> f64 {
    x / y + (x * y).exp() / 4.0
}

#[test]
fn quotient_and_exp_hessian() {
    check2!(quotient, quotient_grad, quotient_hvp, quotient_hessian; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let e = (x * y).exp() / 4.0;
            vec![
                vec![y * y * e, -1.0 / (y * y) + e * (1.0 + x * y)],
                vec![
                    -1.0 / (y * y) + e * (1.0 + x * y),
                    2.0 * x / (y * y * y) + x * x * e,
                ],
            ]
        })
        .at(&[&[0.3, 1.5], &[-1.0, 0.7]]);
}

#[differentiate]
fn transcendental(x: f64, y: f64) -> f64 {
    x.sin() * y.cos() + x.atan2(y) + (x * x + y * y).sqrt() + x.tanh() * y.asinh()
}

#[test]
fn transcendental_second_order() {
    check2!(transcendental, transcendental_grad, transcendental_hvp, transcendental_hessian; [0, 1])
        .at(&[&[0.4, 1.3], &[-1.2, 0.6], &[2.0, -0.9]]);
}

#[differentiate]
fn piecewise_rules(x: f64, y: f64) -> f64 {
    x.abs() * y + x.max(y) * x.min(y) + x.powi(3) * y.hypot(x) + y.abs().powf(x)
}

#[test]
fn rules_with_selects_in_their_derivatives() {
    // abs, max, min, powi, hypot and powf have partials built with selects;
    // their second derivatives go through those selects.
    check2!(piecewise_rules, piecewise_rules_grad, piecewise_rules_hvp, piecewise_rules_hessian; [0, 1])
        .at(&[&[0.7, 1.9], &[-1.3, 0.8], &[2.5, -1.1]]);
}

#[differentiate]
fn powi_fixed(x: f64) -> f64 {
    x.powi(4) - 2.0 * x.powi(-2)
}

#[test]
fn powi_second_derivative() {
    check2!(powi_fixed, powi_fixed_grad, powi_fixed_hvp, powi_fixed_hessian; [0])
        .formula(|v| {
            let x = v[0];
            vec![vec![12.0 * x * x - 12.0 / x.powi(4)]]
        })
        .at(&[&[1.5], &[-0.8]]);
}

#[differentiate]
fn branchy(x: f64, y: f64) -> f64 {
    if x * y > 1.0 {
        x * x * y
    } else if x > 0.0 {
        (x + y).exp()
    } else {
        y.sin() * x
    }
}

#[test]
fn branches_on_active_conditions() {
    check2!(branchy, branchy_grad, branchy_hvp, branchy_hessian; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            if x * y > 1.0 {
                vec![vec![2.0 * y, 2.0 * x], vec![2.0 * x, 0.0]]
            } else if x > 0.0 {
                let e = (x + y).exp();
                vec![vec![e, e], vec![e, e]]
            } else {
                vec![vec![0.0, y.cos()], vec![y.cos(), -y.sin() * x]]
            }
        })
        .at(&[&[2.0, 3.0], &[0.5, 0.3], &[-1.0, 0.4]]);
}

#[differentiate]
fn logistic_steps(x: f64, r: f64, n: usize) -> f64 {
    let mut l = x;
    for _ in 0..n {
        l = r * l * (1.0 - l);
    }
    l
}

/// Value, first and second derivatives of the logistic iteration in x, by
/// the chain rule carried along the loop.
fn logistic_by_hand(x: f64, r: f64, n: usize) -> (f64, f64, f64) {
    let (mut l, mut d, mut dd) = (x, 1.0, 0.0);
    for _ in 0..n {
        let slope = r * (1.0 - 2.0 * l);
        dd = slope * dd - 2.0 * r * d * d;
        d *= slope;
        l = r * l * (1.0 - l);
    }
    (l, d, dd)
}

#[test]
fn loops_with_run_time_trip_counts() {
    check2!(logistic_steps, logistic_steps_grad, logistic_steps_hvp, logistic_steps_hessian; [0, 1]; 6)
        .at(&[&[0.3, 3.2], &[0.61, 2.5]]);
    let (_, _, dd) = logistic_by_hand(0.3, 3.2, 6);
    let h = logistic_steps_hessian(0.3, 3.2, 6);
    approx::assert_relative_eq!(h[(0, 0)], dd, max_relative = 1e-12);
}

#[differentiate]
fn while_and_break(x: f64, y: f64) -> f64 {
    let mut acc = 0.0;
    let mut t = x;
    let mut k = 0;
    while k < 20 {
        k += 1;
        t = t * y + 0.1;
        if t.abs() > 4.0 {
            break;
        }
        if k % 3 == 0 {
            continue;
        }
        acc += t.sin() * x;
    }
    acc + t
}

#[test]
fn while_break_continue() {
    check2!(while_and_break, while_and_break_grad, while_and_break_hvp, while_and_break_hessian; [0, 1])
        .at(&[&[0.5, 1.3], &[1.2, 0.9], &[-0.7, -1.1]]);
}

#[differentiate]
fn early_return(x: f64, n: i32) -> f64 {
    let mut v = x;
    for i in 0..n {
        if v > 10.0 {
            return v.ln() * x;
        }
        v = v * v + i as f64;
    }
    v.sqrt()
}

#[test]
fn early_return_from_a_loop() {
    check2!(early_return, early_return_grad, early_return_hvp, early_return_hessian; [0]; 5).at(&[
        &[1.1],
        &[2.5],
        &[0.3],
    ]);
}

#[differentiate]
fn inner(a: f64, b: f64) -> f64 {
    a * b.exp() + a.sin()
}

#[differentiate]
fn outer(x: f64, y: f64) -> f64 {
    let u = inner(x, y);
    let v = inner(u, x * y);
    u * v + inner(2.0, x)
}

#[test]
fn calls_between_differentiated_functions() {
    check2!(outer, outer_grad, outer_hvp, outer_hessian; [0, 1]).at(&[&[0.3, -0.2], &[0.6, 0.1]]);
}

#[differentiate]
fn power_tower(x: f64, n: u32) -> f64 {
    if n == 0 {
        return x;
    }
    (power_tower(x, n - 1) * 0.5).sin() + x * x
}

/// The same recursion by hand: value, first and second derivative.
fn power_tower_by_hand(x: f64, n: u32) -> (f64, f64, f64) {
    if n == 0 {
        return (x, 1.0, 0.0);
    }
    let (p, dp, ddp) = power_tower_by_hand(x, n - 1);
    let (s, c) = ((p * 0.5).sin(), (p * 0.5).cos());
    (
        s + x * x,
        0.5 * c * dp + 2.0 * x,
        -0.25 * s * dp * dp + 0.5 * c * ddp + 2.0,
    )
}

#[test]
fn recursion() {
    check2!(power_tower, power_tower_grad, power_tower_hvp, power_tower_hessian; [0]; 7)
        .formula(|v| vec![vec![power_tower_by_hand(v[0], 7).2]])
        .at(&[&[0.4], &[-1.3]]);
}

#[differentiate]
fn ping(x: f64, n: u32) -> f64 {
    if n == 0 {
        x.exp()
    } else {
        pong(x * 0.9, n - 1) + x * x
    }
}

#[differentiate]
fn pong(x: f64, n: u32) -> f64 {
    if n == 0 {
        x.cos()
    } else {
        ping(x, n - 1) * x
    }
}

#[test]
fn mutual_recursion() {
    check2!(ping, ping_grad, ping_hvp, ping_hessian; [0]; 9).at(&[&[0.4], &[1.1]]);
}

#[differentiate(wrt(x))]
fn restricted(x: f64, y: f64) -> f64 {
    x * x * y + y.exp() * x
}

#[test]
fn wrt_restricts_the_hessian() {
    let h = restricted_hessian(1.5, 0.5);
    assert_eq!(h.shape(), (1, 1));
    approx::assert_relative_eq!(h[(0, 0)], 2.0 * 0.5, max_relative = 1e-15);
    let (value, gradient, product) = restricted_hvp(1.5, 0.5, 2.0);
    approx::assert_relative_eq!(value, restricted(1.5, 0.5), max_relative = 1e-15);
    approx::assert_relative_eq!(
        gradient,
        2.0 * 1.5 * 0.5 + 0.5f64.exp(),
        max_relative = 1e-15
    );
    approx::assert_relative_eq!(product, 2.0 * 1.0, max_relative = 1e-15);
}

struct Model {
    scale: f64,
}

impl Model {
    #[differentiate]
    fn energy(&self, x: f64, y: f64) -> f64 {
        self.scale * (x * x * y - y.cos()) + self.shift(x)
    }

    #[differentiate]
    fn shift(&self, x: f64) -> f64 {
        (x * self.scale).sin()
    }
}

#[test]
fn methods() {
    let m = Model { scale: 1.7 };
    let h = m.energy_hessian(0.4, 1.2);
    let s = m.scale;
    let expected = [
        [2.0 * s * 1.2 - s * s * (0.4 * s).sin(), 2.0 * s * 0.4],
        [2.0 * s * 0.4, s * 1.2f64.cos()],
    ];
    for i in 0..2 {
        for j in 0..2 {
            approx::assert_relative_eq!(h[(i, j)], expected[i][j], max_relative = 1e-12);
        }
    }
}

#[differentiate]
fn single_precision(x: f32, y: f32) -> f32 {
    x * x * y.sin()
}

#[test]
fn f32_hessian() {
    let h = single_precision_hessian(1.5, 0.5);
    let expected = [
        [2.0 * 0.5f32.sin(), 3.0 * 0.5f32.cos()],
        [3.0 * 0.5f32.cos(), -2.25 * 0.5f32.sin()],
    ];
    for i in 0..2 {
        for j in 0..2 {
            approx::assert_relative_eq!(h[(i, j)], expected[i][j], max_relative = 1e-6);
        }
    }
}
