//! Branches: `if` / `else if` / `else` as statements and as expressions,
//! conditions on active and on passive values, nested `if`s, `match` on
//! passive values (guards, bindings, `_`, as a value), `&&` / `||` / `!`,
//! and `if let` on a passive `Option`. Every function is checked at points on
//! each side of each switch (never exactly at one).

mod common;
use autodiff::differentiate;

/// `if` / `else if` / `else` as a statement, on an active condition.
#[differentiate]
fn piecewise_statement(x: f64, y: f64) -> f64 {
    let mut r = x * y;
    if x > 1.0 {
        r *= x;
    } else if x > -1.0 {
        r += y.sin();
    } else {
        r = (x * x).exp() - y;
    }
    r
}

#[test]
fn if_else_if_else_statement() {
    check!(piecewise_statement, piecewise_statement_jvp, piecewise_statement_vjp, piecewise_statement_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            if x > 1.0 {
                // x² y
                vec![2.0 * x * y, x * x]
            } else if x > -1.0 {
                // x y + sin y
                vec![y, x + y.cos()]
            } else {
                // exp(x²) − y
                vec![2.0 * x * (x * x).exp(), -1.0]
            }
        })
        .at(&[
            &[1.5, 0.7],
            &[1.001, -0.3],
            &[0.999, -0.3],
            &[0.3, -1.2],
            &[-0.999, 2.0],
            &[-1.001, 2.0],
            &[-1.6, 0.4],
        ]);
}

/// `if` as an expression: in a `let`, and as the tail; the first condition
/// reads a nonlinear function of the active values.
#[differentiate]
fn branch_expression(x: f64, y: f64) -> f64 {
    let s = x * y;
    let z = if s.sin() > 0.0 {
        s.sin() * x
    } else {
        s.cos() - y
    };
    if z > 0.5 {
        z * z
    } else {
        z + 0.25
    }
}

#[test]
fn if_as_expression() {
    check!(branch_expression, branch_expression_jvp, branch_expression_vjp, branch_expression_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let s = x * y;
            // (z, ∂z/∂x, ∂z/∂y)
            let (z, zx, zy) = if s.sin() > 0.0 {
                (s.sin() * x, s.cos() * y * x + s.sin(), s.cos() * x * x)
            } else {
                (s.cos() - y, -s.sin() * y, -s.sin() * x - 1.0)
            };
            let outer = if z > 0.5 { 2.0 * z } else { 1.0 };
            vec![outer * zx, outer * zy]
        })
        // sin s > 0 with z > 0.5, sin s > 0 with z < 0.5, sin s < 0 with
        // z > 0.5 and with z < 0.5.
        .at(&[&[1.2, 0.9], &[0.2, 0.5], &[-0.5, 3.0], &[1.0, -0.8], &[2.0, 2.0]]);
}

/// Conditions on passive values only.
#[differentiate]
fn passive_condition(x: f64, flag: bool, k: i32) -> f64 {
    if flag {
        x.exp()
    } else if k > 2 {
        x.powi(k)
    } else {
        x.sin() * k as f64
    }
}

#[test]
fn conditions_on_passive_values() {
    for (flag, k) in [
        (true, 0),
        (true, 5),
        (false, 4),
        (false, 3),
        (false, 2),
        (false, -1),
    ] {
        check!(passive_condition, passive_condition_jvp, passive_condition_vjp, passive_condition_grad; [0]; flag, k)
            .formula(move |v| {
                let x = v[0];
                if flag {
                    vec![x.exp()]
                } else if k > 2 {
                    vec![k as f64 * x.powi(k - 1)]
                } else {
                    vec![x.cos() * k as f64]
                }
            })
            .at(&[&[0.8], &[-1.3]]);
    }
}

/// Nested `if`s, with an `if` expression inside a branch of a statement `if`.
#[differentiate]
fn nested(x: f64, y: f64) -> f64 {
    let mut r;
    if x > 0.0 {
        if y > 0.0 {
            r = x * y;
        } else {
            r = x / (1.0 - y);
        }
        r += x;
    } else if y > x {
        r = if y > 1.0 { y.ln() * x } else { x - y * y };
    } else {
        r = (x + y).cos();
    }
    r * 2.0
}

#[test]
fn nested_ifs() {
    check!(nested, nested_jvp, nested_vjp, nested_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let g = if x > 0.0 {
                if y > 0.0 {
                    // x y + x
                    vec![y + 1.0, x]
                } else {
                    // x / (1 − y) + x
                    vec![1.0 / (1.0 - y) + 1.0, x / ((1.0 - y) * (1.0 - y))]
                }
            } else if y > x {
                if y > 1.0 {
                    vec![y.ln(), x / y]
                } else {
                    vec![1.0, -2.0 * y]
                }
            } else {
                let s = -(x + y).sin();
                vec![s, s]
            };
            vec![2.0 * g[0], 2.0 * g[1]]
        })
        .at(&[
            &[0.5, 0.8],
            &[0.5, -0.8],
            &[-0.5, 1.8],
            &[-0.5, 0.3],
            &[-0.5, -0.9],
            &[-2.0, -2.5],
        ]);
}

/// `match` on a passive integer as a statement: literal, or-pattern, guard
/// with a binding, `@` binding with a range, and `_`.
#[differentiate]
fn match_statement(x: f64, k: i32) -> f64 {
    let mut r = x;
    match k {
        0 => r = 1.5,
        1 | 2 => r *= x,
        n if n < 0 => {
            r = x.powi(-n) + n as f64;
        }
        n @ 3..=5 => {
            r *= n as f64;
            r = r.sin();
        }
        _ => {
            r *= x.exp();
        }
    }
    r
}

#[test]
fn match_on_passive_integer() {
    for k in [0, 1, 2, -1, -3, 3, 5, 6, 100] {
        check!(match_statement, match_statement_jvp, match_statement_vjp, match_statement_grad; [0]; k)
            .formula(move |v| {
                let x = v[0];
                vec![match k {
                    0 => 0.0,
                    1 | 2 => 2.0 * x,
                    n if n < 0 => (-n) as f64 * x.powi(-n - 1),
                    n @ 3..=5 => (n as f64 * x).cos() * n as f64,
                    _ => x.exp() * (x + 1.0),
                }]
            })
            .at(&[&[0.7], &[-1.1]]);
    }
}

/// `match` as a value: in a `let`, and as an operand of `+`.
#[differentiate]
fn match_expression(x: f64, y: f64, mode: u8) -> f64 {
    let c = match mode {
        0 => x + y,
        1 => x * y,
        m if m % 2 == 0 => (x - y) * m as f64,
        _ => x.atan2(y),
    };
    c * c
        + match mode {
            0 => 1.0,
            _ => x,
        }
}

#[test]
fn match_as_expression() {
    for mode in [0u8, 1, 2, 4, 3, 7] {
        check!(match_expression, match_expression_jvp, match_expression_vjp, match_expression_grad; [0, 1]; mode)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                let (c, cx, cy) = match mode {
                    0 => (x + y, 1.0, 1.0),
                    1 => (x * y, y, x),
                    m if m % 2 == 0 => ((x - y) * m as f64, m as f64, -(m as f64)),
                    _ => {
                        let r2 = x * x + y * y;
                        (x.atan2(y), y / r2, -x / r2)
                    }
                };
                let extra = if mode == 0 { 0.0 } else { 1.0 };
                vec![2.0 * c * cx + extra, 2.0 * c * cy]
            })
            .at(&[&[0.6, 1.4], &[-0.9, 0.35]]);
    }
}

/// `match` on a tuple of passive values, with wildcards and a guard that
/// compares the bindings.
#[differentiate]
fn match_tuple(x: f64, a: usize, b: usize) -> f64 {
    match (a, b) {
        (0, _) => x.tanh(),
        (_, 0) => x.sinh() * a as f64,
        (i, j) if i == j => x.powi(i as i32) * 0.5,
        (i, j) => x * i as f64 - x.cosh() * j as f64,
    }
}

#[test]
fn match_on_tuple_of_passive_values() {
    for (a, b) in [(0, 0), (0, 4), (3, 0), (2, 2), (5, 5), (1, 3), (4, 2)] {
        check!(match_tuple, match_tuple_jvp, match_tuple_vjp, match_tuple_grad; [0]; a, b)
            .formula(move |v| {
                let x = v[0];
                vec![match (a, b) {
                    (0, _) => 1.0 - x.tanh().powi(2),
                    (_, 0) => x.cosh() * a as f64,
                    (i, j) if i == j => 0.5 * i as f64 * x.powi(i as i32 - 1),
                    (i, j) => i as f64 - x.sinh() * j as f64,
                }]
            })
            .at(&[&[0.45], &[-1.25]]);
    }
}

/// `&&`, `||` and `!` combining conditions on active and passive values
/// (`!(x < y)` on purpose: it is the `!` under test).
#[allow(clippy::neg_cmp_op_on_partial_ord)]
#[differentiate]
fn logic(x: f64, y: f64, strict: bool) -> f64 {
    if (x > 0.0 && y > 0.0) || (!strict && x + y < -1.0) {
        x * y.exp()
    } else if !(x < y) {
        x - y.sin()
    } else {
        y * x.cos()
    }
}

fn logic_reference(x: f64, y: f64, strict: bool) -> Vec<f64> {
    let first = (x > 0.0 && y > 0.0) || (!strict && x + y < -1.0);
    if first {
        vec![y.exp(), x * y.exp()]
    } else if x >= y {
        vec![1.0, -y.cos()]
    } else {
        vec![-y * x.sin(), x.cos()]
    }
}

#[test]
fn and_or_not_in_conditions() {
    // (x, y): both positive; x + y < −1 (first branch only when not
    // strict); x ≥ y otherwise; x < y otherwise.
    let points: &[&[f64]] = &[
        &[0.7, 1.2],
        &[-0.8, -0.9],
        &[-1.5, 0.2],
        &[0.3, -0.4],
        &[-0.6, -0.2],
        &[-0.2, 0.6],
    ];
    for strict in [false, true] {
        check!(logic, logic_jvp, logic_vjp, logic_grad; [0, 1]; strict)
            .formula(move |v| logic_reference(v[0], v[1], strict))
            .at(points);
    }
}

/// `if let` on passive `Option`s, as a statement and as a value.
#[differentiate]
fn if_let(x: f64, power: Option<i32>, scale: Option<f64>) -> f64 {
    let mut r = x.sin();
    if let Some(k) = power {
        r *= x.powi(k);
    }
    let w = if let Some(s) = scale { s * x } else { x * x };
    r + w
}

#[test]
fn if_let_on_passive_option() {
    for power in [None, Some(0), Some(3), Some(-2)] {
        for scale in [None, Some(2.5)] {
            check!(if_let, if_let_jvp, if_let_vjp, if_let_grad; [0]; power, scale)
                .formula(move |v| {
                    let x = v[0];
                    let dr = match power {
                        Some(k) => x.cos() * x.powi(k) + x.sin() * k as f64 * x.powi(k - 1),
                        None => x.cos(),
                    };
                    let dw = match scale {
                        Some(s) => s,
                        None => 2.0 * x,
                    };
                    vec![dr + dw]
                })
                .at(&[&[0.9], &[-0.4]]);
        }
    }
}

/// `match` on a passive `Option` with a guard on the binding.
#[differentiate]
fn option_match(x: f64, y: f64, k: Option<u32>) -> f64 {
    let t = match k {
        Some(n) if n > 2 => (x * y).powi(n as i32),
        Some(n) => x * n as f64 + y,
        None => x / y,
    };
    t.atan()
}

#[test]
fn match_on_option_with_guard() {
    for k in [None, Some(0), Some(2), Some(3), Some(4)] {
        check!(option_match, option_match_jvp, option_match_vjp, option_match_grad; [0, 1]; k)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                let (t, tx, ty) = match k {
                    Some(n) if n > 2 => {
                        let n = n as i32;
                        let p = (x * y).powi(n - 1) * n as f64;
                        ((x * y).powi(n), p * y, p * x)
                    }
                    Some(n) => (x * n as f64 + y, n as f64, 1.0),
                    None => (x / y, 1.0 / y, -x / (y * y)),
                };
                let d = 1.0 / (1.0 + t * t);
                vec![d * tx, d * ty]
            })
            .at(&[&[0.8, 1.1], &[-0.7, 0.6]]);
    }
}

/// The Huber loss: the branch compares two active values.
#[differentiate]
fn huber(r: f64, delta: f64) -> f64 {
    if r.abs() <= delta {
        0.5 * r * r
    } else {
        delta * (r.abs() - 0.5 * delta)
    }
}

#[test]
fn huber_loss_branches_on_two_active_values() {
    check!(huber, huber_jvp, huber_vjp, huber_grad; [0, 1])
        .formula(|v| {
            let (r, d) = (v[0], v[1]);
            if r.abs() <= d {
                vec![r, 0.0]
            } else {
                vec![d * r.signum(), r.abs() - d]
            }
        })
        .at(&[
            &[0.3, 1.0],
            &[-0.3, 1.0],
            &[2.5, 1.0],
            &[-2.5, 0.7],
            &[0.99, 1.0],
        ]);
}

/// Conditions through queries on active values (`is_sign_negative`), and a
/// branch whose value is a constant.
#[differentiate]
fn queries(x: f64, y: f64) -> f64 {
    let q = if x.is_sign_negative() { -x } else { x * y };
    let c = if y.abs() > 2.0 { 3.0 } else { y * y };
    q + c
}

#[test]
fn conditions_from_queries_and_constant_branches() {
    check!(queries, queries_jvp, queries_vjp, queries_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let (qx, qy) = if x < 0.0 { (-1.0, 0.0) } else { (y, x) };
            let cy = if y.abs() > 2.0 { 0.0 } else { 2.0 * y };
            vec![qx, qy + cy]
        })
        .at(&[&[0.5, 1.5], &[-0.5, 1.5], &[0.5, -2.5], &[-0.5, 3.0]]);
}

/// Branches that leave the function: an `if` expression whose `else`
/// returns, and a `match` on a comparison whose arm returns.
#[allow(clippy::needless_return)]
#[differentiate]
fn diverging_branches(x: f64, y: f64) -> f64 {
    let z = if x > 0.0 {
        x * y
    } else {
        return -x * y.sin();
    };
    let w = match z > 1.0 {
        true => z.ln(),
        false => {
            return z * 3.0;
        }
    };
    w * x
}

#[test]
fn branches_that_return() {
    check!(diverging_branches, diverging_branches_jvp, diverging_branches_vjp, diverging_branches_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            if x <= 0.0 {
                vec![-y.sin(), -x * y.cos()]
            } else if x * y <= 1.0 {
                vec![3.0 * y, 3.0 * x]
            } else {
                // x ln(x y)
                vec![(x * y).ln() + 1.0, x / y]
            }
        })
        .at(&[&[-0.5, 0.3], &[0.5, 1.0], &[2.0, 1.3], &[1.5, 0.7]]);
}

/// A branch-free and a branching ReLU agree (`max` with a typed constant).
#[differentiate]
fn relu_pair(x: f64, y: f64) -> f64 {
    let a = (x * y).max(0.0f64);
    let b = if x - y > 0.0 { x - y } else { 0.0 };
    a * 2.0 + b
}

#[test]
fn max_with_a_constant_and_the_equivalent_branch() {
    check!(relu_pair, relu_pair_jvp, relu_pair_vjp, relu_pair_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let (ax, ay) = if x * y > 0.0 {
                (2.0 * y, 2.0 * x)
            } else {
                (0.0, 0.0)
            };
            let (bx, by) = if x > y { (1.0, -1.0) } else { (0.0, 0.0) };
            vec![ax + bx, ay + by]
        })
        .at(&[&[0.8, 0.3], &[0.3, 0.8], &[-0.8, 0.3], &[-0.3, -0.8]]);
}

// The same with an unsuffixed literal operand: the rule's partial reads the
// literal, which the generated code types as the active float type.
mod literal_operand_of_max {
    use super::*;

    #[differentiate]
    fn relu(x: f64) -> f64 {
        x.max(0.0)
    }

    #[test]
    fn max_with_an_unsuffixed_literal() {
        check!(relu, relu_jvp, relu_vjp, relu_grad; [0])
            .formula(|v| vec![if v[0] > 0.0 { 1.0 } else { 0.0 }])
            .at(&[&[0.7], &[-0.7]]);
    }
}
