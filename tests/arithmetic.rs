//! Straight-line arithmetic, literals, casts, blocks and shadowing.
// The functions below spell out on purpose what these lints would rewrite:
// the forms themselves are under test.
#![allow(
    clippy::let_and_return,
    clippy::needless_return,
    clippy::needless_late_init,
    clippy::assign_op_pattern
)]

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

// ---------------------------------------------------------------------------
// Operators.

/// `+ - * / %` on floats.
#[differentiate]
fn operators(x: f64, y: f64) -> f64 {
    x * y + x / y - (x - y) + (x * 3.0) % y
}

#[test]
fn arithmetic_operators() {
    // ∂(a % b)/∂a = 1, ∂(a % b)/∂b = -trunc(a / b); points away from the
    // jumps of % (3x / y not an integer).
    check!(operators, operators_jvp, operators_vjp, operators_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![
                y + 1.0 / y - 1.0 + 3.0,
                x - x / (y * y) + 1.0 - (3.0 * x / y).trunc(),
            ]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.45], &[1.1, -0.8]]);
}

/// The same variable as both operands.
#[allow(clippy::eq_op)] // the same variable as both operands, on purpose
#[differentiate]
fn same_operand(x: f64, y: f64) -> f64 {
    x * x + y / y + (x - x) * y + x % x + (y + y) / x
}

#[test]
fn same_variable_on_both_sides() {
    check!(same_operand, same_operand_jvp, same_operand_vjp, same_operand_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![2.0 * x - 2.0 * y / (x * x), 2.0 / x]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
}

/// Unary minus on variables, parenthesized expressions and method calls.
#[differentiate]
fn unary_minus(x: f64, y: f64) -> f64 {
    -x * -(y - x) + -(-x) - -x.sin() + (-y).exp()
}

#[test]
fn unary_minus_everywhere() {
    // x (y - x) + x + sin x + e^{-y}.
    check!(unary_minus, unary_minus_jvp, unary_minus_vjp, unary_minus_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![y - 2.0 * x + 1.0 + x.cos(), x - (-y).exp()]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
}

/// Float literals with and without suffix, exponent notation, underscores,
/// a trailing dot and a negative literal.
#[differentiate]
fn literals(x: f64) -> f64 {
    2.0 * x + 1.5f64 * x * x - 3e-1 + 0.25_f64 / x + 1e2 * x + 2.0E0 * x - -2.5 + 1_000.0 * x
}

#[test]
fn float_literals() {
    check!(literals, literals_jvp, literals_vjp, literals_grad; [0])
        .formula(|v| vec![2.0 + 3.0 * v[0] - 0.25 / (v[0] * v[0]) + 100.0 + 2.0 + 1000.0])
        .at(&[&[0.7], &[-2.0], &[13.0]]);
    assert_eq!(
        literals(1.0),
        2.0 + 1.5 - 0.3 + 0.25 + 100.0 + 2.0 + 2.5 + 1000.0
    );
}

/// Integer-to-float casts of passive integers of several types, of integer
/// expressions and of integer literals.
#[allow(clippy::unnecessary_cast)] // `3 as f64` on purpose
#[differentiate]
fn int_casts(x: f64, i: i32, n: usize, k: u8) -> f64 {
    x * i as f64 + (n as f64).sqrt() * x * x + k as f64 / x + ((i * 2 + 1) as f64) * x + 3 as f64
}

#[test]
fn integer_to_float_casts() {
    for (i, n, k) in [(3, 4usize, 7u8), (-2, 0, 255), (0, 9, 1)] {
        check!(int_casts, int_casts_jvp, int_casts_vjp, int_casts_grad; [0]; i, n, k)
            .formula(move |v| {
                let x = v[0];
                vec![
                    i as f64 + 2.0 * (n as f64).sqrt() * x - k as f64 / (x * x)
                        + (2 * i + 1) as f64,
                ]
            })
            .at(&[&[0.7], &[-2.0]]);
    }
}

/// Parenthesized expressions, nested.
#[differentiate]
fn parens(x: f64, y: f64) -> f64 {
    ((x + y) * (x - y)) / (x * (y + 1.0)) - (x)
}

#[test]
fn parenthesized_expressions() {
    check!(parens, parens_jvp, parens_vjp, parens_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            // (x² - y²) / (x (y + 1)) - x = x / (y + 1) - y² / (x (y + 1)) - x.
            let d = y + 1.0;
            vec![
                1.0 / d + y * y / (x * x * d) - 1.0,
                -x / (d * d) - (2.0 * y * d - y * y) / (x * d * d),
            ]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.45], &[3.0, -0.5]]);
}

// ---------------------------------------------------------------------------
// Bindings.

/// Block expressions as values: as a `let` initializer, as an operand, with
/// nested blocks, and as the tail.
#[differentiate]
fn blocks(x: f64, y: f64) -> f64 {
    let a = {
        let t = x * y;
        t * x
    };
    let b = { x + 1.0 };
    let c = a * b + {
        let u = y.sin();
        let w = {
            let v = u * x;
            v + 1.0
        };
        u * w
    };
    {
        let t = c * 2.0;
        t * x
    }
}

#[test]
fn block_expressions() {
    // c = x²y (x + 1) + sin y (x sin y + 1); result 2 c x.
    check!(blocks, blocks_jvp, blocks_vjp, blocks_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let s = y.sin();
            let c = x * x * y * (x + 1.0) + s * (x * s + 1.0);
            let cx = y * (3.0 * x * x + 2.0 * x) + s * s;
            let cy = x * x * (x + 1.0) + y.cos() * (2.0 * x * s + 1.0);
            vec![2.0 * (cx * x + c), 2.0 * cy * x]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
}

/// Shadowing of parameters and of locals, including a shadowed passive
/// integer and a shadowing inside a block that does not leak out.
#[differentiate]
fn shadow_params(x: f64, y: f64, n: i32) -> f64 {
    let x = x * 2.0;
    let x = x.sin() + y;
    let n = n + 1;
    let y = x * y;
    let z = {
        let x = y * y;
        x + 1.0
    };
    let y: f64 = y + x * n as f64;
    y * z
}

#[test]
fn shadowing_of_parameters() {
    for n in [0, 2] {
        check!(shadow_params, shadow_params_jvp, shadow_params_vjp, shadow_params_grad; [0, 1]; n)
            .formula(move |v| {
                let (x0, y0) = (v[0], v[1]);
                let m = (n + 1) as f64;
                let x1 = (2.0 * x0).sin() + y0;
                let (x1x, x1y) = (2.0 * (2.0 * x0).cos(), 1.0);
                let y1 = x1 * y0;
                let (y1x, y1y) = (x1x * y0, x1y * y0 + x1);
                let z = y1 * y1 + 1.0;
                let (zx, zy) = (2.0 * y1 * y1x, 2.0 * y1 * y1y);
                let y2 = y1 + x1 * m;
                let (y2x, y2y) = (y1x + x1x * m, y1y + x1y * m);
                vec![y2x * z + y2 * zx, y2y * z + y2 * zy]
            })
            .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
    }
}

/// `let` with and without a type annotation, and `let x;` / `let x: f64;`
/// declared first and assigned later (also in both arms of an `if`).
#[differentiate]
fn deferred_lets(x: f64, y: f64) -> f64 {
    let a: f64 = x * y;
    let b = a + x;
    let c;
    c = b * b;
    let d: f64;
    d = c.exp() * 0.1;
    let e;
    if y > 0.0 {
        e = d * x;
    } else {
        e = d / x;
    }
    let f: f64 = e;
    f + a
}

#[test]
fn let_with_and_without_types_and_deferred_initialization() {
    check!(deferred_lets, deferred_lets_jvp, deferred_lets_vjp, deferred_lets_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let b = x * y + x;
            let d = (b * b).exp() * 0.1;
            let (dx, dy) = (d * 2.0 * b * (y + 1.0), d * 2.0 * b * x);
            let (ex, ey) = if y > 0.0 {
                (dx * x + d, dy * x)
            } else {
                (dx / x - d / (x * x), dy / x)
            };
            vec![ex + y, ey + x]
        })
        .at(&[&[0.7, 0.3], &[-0.4, -0.45]]);
}

/// Reassignment and every compound assignment on active locals, with
/// active, passive and literal right-hand sides, and `a op= a`.
#[differentiate(wrt(x, y))]
fn compound_assignments(x: f64, y: f64, c: f64) -> f64 {
    let mut a = x;
    a = a * y;
    a += x;
    a -= y * 2.0;
    a *= x;
    a /= y;
    a += c;
    a *= 3.0;
    a -= a * 0.5;
    let mut b = y;
    b += b;
    b *= b;
    b /= c;
    b -= 1.0;
    b %= 5.0;
    a = a + b;
    a %= 7.0;
    a
}

#[test]
fn reassignment_and_compound_assignment() {
    for c in [1.5, -0.8] {
        check!(compound_assignments, compound_assignments_jvp, compound_assignments_vjp, compound_assignments_grad; [0, 1]; c)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                // a = 1.5 ((x y + x - 2 y) x / y + c); b = (4 y² / c - 1) % 5;
                // result (a + b) % 7: derivative of % in its first operand is 1.
                let p = x * y + x - 2.0 * y;
                let ax = 1.5 * ((y + 1.0) * x + p) / y;
                let ay = 1.5 * ((x - 2.0) * x / y - p * x / (y * y));
                let by = 8.0 * y / c;
                vec![ax, ay + by]
            })
            .at(&[&[0.7, 1.3], &[-2.0, 0.45], &[1.2, -0.9]]);
    }
}

/// Compound assignments on an active `mut` parameter.
#[differentiate]
fn compound_on_parameter(mut x: f64, mut y: f64) -> f64 {
    x += y;
    x *= x;
    y -= x;
    y /= 2.0;
    x = y * x;
    x
}

#[test]
fn compound_assignment_of_parameters() {
    // s = (x + y)²; y' = (y - s) / 2; result y' s.
    check!(compound_on_parameter, compound_on_parameter_jvp, compound_on_parameter_vjp, compound_on_parameter_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let s = (x + y) * (x + y);
            let sd = 2.0 * (x + y);
            let w = (y - s) / 2.0;
            vec![-sd / 2.0 * s + w * sd, (1.0 - sd) / 2.0 * s + w * sd]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
}

/// Copies: a later update of `a` does not change `b`; swapping through
/// shadowing.
#[differentiate]
fn copies_and_swap(x: f64, y: f64) -> f64 {
    let mut a = x;
    let b = a;
    a += y;
    a *= b;
    let z = x;
    let x = y;
    let y = z;
    a + x * y * y
}

#[test]
fn copies_are_values_and_shadowing_swaps() {
    // (x + y) x + y x².
    check!(copies_and_swap, copies_and_swap_jvp, copies_and_swap_vjp, copies_and_swap_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![2.0 * x + y + 2.0 * x * y, x + x * x]
        })
        .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
}

/// Negated operands of `/` and `%`, and `%` with a passive divisor.
#[differentiate]
fn negated_division(x: f64, y: f64, n: i32) -> f64 {
    x / -y - (-x) % y + (x * y) % n as f64
}

#[test]
fn negation_in_division_and_remainder() {
    for n in [3, -2] {
        check!(negated_division, negated_division_jvp, negated_division_vjp, negated_division_grad; [0, 1]; n)
            .formula(|v| {
                let (x, y) = (v[0], v[1]);
                // -(-x % y): ∂x = 1, ∂y = trunc(-x / y).
                vec![-1.0 / y + 1.0 + y, x / (y * y) + (-x / y).trunc() + x]
            })
            .at(&[&[0.7, 1.3], &[-2.0, 0.45], &[2.6, -0.7]]);
    }
}

/// Casts of other passive types: `bool as i32 as f64`, `u64`, `i128`, `u8`
/// arithmetic, `char` as u32.
#[differentiate]
fn more_casts(x: f64, y: f64, b: bool, n: u64, m: i128, c: char) -> f64 {
    (b as i32 as f64) * x
        + (n as f64) * y
        + (m as f64) * x * y
        + ((c as u32 - 'a' as u32) as f64) * x
}

#[test]
fn casts_of_other_integer_types() {
    for (b, n, m, c) in [(true, 4u64, -2i128, 'c'), (false, 0, 7, 'a')] {
        check!(more_casts, more_casts_jvp, more_casts_vjp, more_casts_grad; [0, 1]; b, n, m, c)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                let k = (c as u32 - 'a' as u32) as f64;
                vec![b as i32 as f64 + m as f64 * y + k, n as f64 + m as f64 * x]
            })
            .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
    }
}

// ---------------------------------------------------------------------------
// Passive values.

/// Passive integer arithmetic and comparisons feeding the float computation.
#[differentiate]
fn integer_logic(x: f64, n: i32, m: usize) -> f64 {
    let k = n * 2 - 1;
    let j = (m % 3) as i32 + k / 2;
    let scale = if k > j && m >= 2 { 2.0 } else { 0.5 };
    let b = n == 3 || m != 0;
    let sign = if b { 1.0 } else { -1.0 };
    let mut p = 1;
    p <<= m.min(4);
    p -= 1;
    x.powi(j) * scale + sign * (j as f64) * x + (p as f64) * x * x
}

#[test]
fn passive_integer_arithmetic_and_comparisons() {
    for (n, m) in [(3, 2usize), (0, 0), (-2, 5), (1, 1)] {
        let k = n * 2 - 1;
        let j = (m % 3) as i32 + k / 2;
        let scale = if k > j && m >= 2 { 2.0 } else { 0.5 };
        let sign = if n == 3 || m != 0 { 1.0 } else { -1.0 };
        let p = ((1 << m.min(4)) - 1) as f64;
        check!(integer_logic, integer_logic_jvp, integer_logic_vjp, integer_logic_grad; [0]; n, m)
            .formula(move |v| {
                let x = v[0];
                vec![j as f64 * x.powi(j - 1) * scale + sign * j as f64 + 2.0 * p * x]
            })
            .at(&[&[0.7], &[-2.0], &[1.3]]);
    }
}

/// Passive `f64` parameters under `wrt(...)`, used as operands, in rules and
/// in a comparison.
#[differentiate(wrt(x, y))]
fn wrt_passive_floats(x: f64, y: f64, a: f64, b: f64) -> f64 {
    let s = if a > b { a - b } else { b * 2.0 };
    a * x * x + (b * y).sin() + a.exp() * b + s * x * y
}

#[test]
fn passive_float_parameters_under_wrt() {
    for (a, b) in [(0.5, -1.5), (-0.3, 2.0)] {
        let s = if a > b { a - b } else { b * 2.0 };
        check!(wrt_passive_floats, wrt_passive_floats_jvp, wrt_passive_floats_vjp, wrt_passive_floats_grad; [0, 1]; a, b)
            .formula(move |v| {
                let (x, y) = (v[0], v[1]);
                vec![2.0 * a * x + s * y, b * (b * y).cos() + s * x]
            })
            .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
    }
}

/// `wrt` naming a parameter that is not the first float: the passive float
/// comes first.
#[differentiate(wrt(y))]
fn wrt_second(a: f64, y: f64) -> f64 {
    a * y * y + a.sin()
}

#[test]
fn wrt_a_later_parameter() {
    for (a, y) in [(0.5f64, 1.3f64), (-2.0, 0.4)] {
        let want = 2.0 * a * y;
        let value = a * y * y + a.sin();
        assert_eq!(wrt_second(a, y), value);
        let (v, g) = wrt_second_grad(a, y);
        assert_eq!(v, value);
        approx::assert_relative_eq!(g, want, max_relative = 1e-15);
        let (v2, d) = wrt_second_jvp(a, y, -1.5);
        assert_eq!(v2, value);
        approx::assert_relative_eq!(d, -1.5 * want, max_relative = 1e-15);
        let (v3, s) = wrt_second_vjp(a, y, 2.5);
        assert_eq!(v3, value);
        approx::assert_relative_eq!(s, 2.5 * want, max_relative = 1e-15);
    }
}

/// No active influence on the result: the active values only reach a
/// comparison and dead code.
#[differentiate]
fn no_influence(x: f64, y: f64, n: i32) -> f64 {
    let t = x * y;
    let _unused = t.sin() * x;
    let k = if t > 1.0 { 3.0 } else { -1.0 };
    k + n as f64 * 0.5
}

/// The result does not mention the parameters at all.
#[differentiate]
fn constant_result(x: f64) -> f64 {
    let _ = x;
    4.0
}

#[test]
fn result_without_active_influence() {
    // Away from the switch x y = 1.
    check!(no_influence, no_influence_jvp, no_influence_vjp, no_influence_grad; [0, 1]; 3)
        .formula(|_| vec![0.0, 0.0])
        .at(&[&[0.7, 1.3], &[2.0, 0.45], &[-1.0, 0.5]]);
    assert_eq!(no_influence_grad(2.0, 3.0, 2), (4.0, 0.0, 0.0));
    assert_eq!(no_influence_jvp(2.0, 3.0, 2, 1.0, 1.0), (4.0, 0.0));
    check!(constant_result, constant_result_jvp, constant_result_vjp, constant_result_grad; [0])
        .formula(|_| vec![0.0])
        .at(&[&[0.7], &[-2.0]]);
    assert_eq!(constant_result_grad(1.0), (4.0, 0.0));
    assert_eq!(constant_result_jvp(1.0, 1.0), (4.0, 0.0));
    assert_eq!(constant_result_vjp(1.0, 2.0), (4.0, 0.0));
}

/// The result is a parameter, as the tail and with `return`.
#[differentiate]
fn returns_param(x: f64, y: f64) -> f64 {
    let _t = x * 2.0;
    y
}

#[differentiate]
fn returns_param_explicitly(x: f64, _y: f64) -> f64 {
    return x;
}

#[differentiate]
fn identity(x: f64) -> f64 {
    x
}

#[test]
fn result_is_a_parameter() {
    check!(returns_param, returns_param_jvp, returns_param_vjp, returns_param_grad; [0, 1])
        .formula(|_| vec![0.0, 1.0])
        .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
    assert_eq!(returns_param_grad(0.7, 1.3), (1.3, 0.0, 1.0));
    assert_eq!(returns_param_vjp(0.7, 1.3, -2.0), (1.3, 0.0, -2.0));
    check!(returns_param_explicitly, returns_param_explicitly_jvp, returns_param_explicitly_vjp, returns_param_explicitly_grad; [0, 1])
        .formula(|_| vec![1.0, 0.0])
        .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
    check!(identity, identity_jvp, identity_vjp, identity_grad; [0])
        .formula(|_| vec![1.0])
        .at(&[&[0.7], &[-2.0]]);
    assert_eq!(identity_grad(3.0), (3.0, 1.0));
    assert_eq!(identity_jvp(3.0, -0.5), (3.0, -0.5));
    assert_eq!(identity_vjp(3.0, 4.0), (3.0, 4.0));
}

/// A constant item outside the function.
const OUTER: f64 = 2.5;

/// Constants: `std::f64::consts`, a `core` path, an associated constant and
/// a `const` item of the enclosing module.
#[differentiate]
fn constants(x: f64, y: f64) -> f64 {
    OUTER * x * std::f64::consts::PI + y / core::f64::consts::E - f64::EPSILON * x
        + (OUTER * y).sin()
}

#[test]
fn constants_and_const_items() {
    use std::f64::consts::{E, PI};
    check!(constants, constants_jvp, constants_vjp, constants_grad; [0, 1])
        .formula(|v| vec![2.5 * PI - f64::EPSILON, 1.0 / E + 2.5 * (2.5 * v[1]).cos()])
        .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
}

/// Arithmetic in `f32`: operators, a cast, suffixed literals.
#[differentiate]
fn arithmetic32(x: f32, y: f32, i: i32) -> f32 {
    let mut a = x * i as f32 + 2.0f32 / x - y % 1.5;
    a *= y;
    a -= -x;
    a
}

#[test]
fn arithmetic_in_f32() {
    // A handful of f32 operations: within a few ulps (ε ≈ 1.2e-7) of the f64
    // formula; 1e-5 relative to max(1, |want|) leaves a wide margin.
    let close = |got: f32, want: f64| (got as f64 - want).abs() <= 1e-5 * want.abs().max(1.0);
    for (x, y, i) in [(0.7f32, 1.3f32, 3), (-2.0, 2.1, -1)] {
        let (xd, yd) = (x as f64, y as f64);
        let p = xd * i as f64 + 2.0 / xd - yd % 1.5;
        let gx = (i as f64 - 2.0 / (xd * xd)) * yd + 1.0;
        let gy = p - yd; // ∂(y % 1.5)/∂y = 1
        let (v, dx, dy) = arithmetic32_grad(x, y, i);
        assert_eq!(v, arithmetic32(x, y, i));
        assert!(close(dx, gx) && close(dy, gy), "{dx} {dy} vs {gx} {gy}");
        let (v2, dj) = arithmetic32_jvp(x, y, i, 0.5, -1.0);
        assert_eq!(v2, v);
        assert!(close(dj, 0.5 * gx - gy), "{dj}");
        let (v3, sx, sy) = arithmetic32_vjp(x, y, i, 2.0);
        assert_eq!(v3, v);
        assert!(close(sx, 2.0 * gx) && close(sy, 2.0 * gy));
    }
}

// ---------------------------------------------------------------------------
// Literals written with a trailing dot, and items declared in the body.
mod literals_and_local_items {
    use super::*;

    /// A float literal with a trailing dot (`2.`) as an operand of active
    /// arithmetic (the generated code types literal operands: `2f64`).
    #[differentiate]
    fn trailing_dot_literal(x: f64) -> f64 {
        2. * x + x * 3.
    }

    #[test]
    fn trailing_dot_literal_operands() {
        check!(trailing_dot_literal, trailing_dot_literal_jvp, trailing_dot_literal_vjp, trailing_dot_literal_grad; [0])
            .formula(|_| vec![5.0])
            .at(&[&[0.7], &[-2.0]]);
    }

    /// A `const` item in the body, read by a partial derivative (here the
    /// factor of a product): the backward sweep cannot name it, so its value
    /// is recorded like any passive operand.
    #[differentiate]
    fn local_const(x: f64, y: f64) -> f64 {
        const K: f64 = 2.5;
        K * x * std::f64::consts::PI + (K * y).sin()
    }

    #[test]
    fn local_const_item() {
        use std::f64::consts::PI;
        check!(local_const, local_const_jvp, local_const_vjp, local_const_grad; [0, 1])
            .formula(|v| vec![2.5 * PI, 2.5 * (2.5 * v[1]).cos()])
            .at(&[&[0.7, 1.3], &[-2.0, 0.45]]);
    }

    /// A function declared in the body, called on passive values only: the
    /// call runs as written (with an active argument it is a compile error,
    /// `tests/ui/calls/function_declared_in_body.rs`).
    #[differentiate]
    fn local_function(x: f64, n: usize) -> f64 {
        fn twice(k: usize) -> usize {
            2 * k
        }
        x * twice(n) as f64
    }

    #[test]
    fn local_function_on_passive_values() {
        assert_eq!(local_function_grad(0.5, 3), (3.0, 6.0));
        assert_eq!(local_function_jvp(0.5, 3, 1.0), (3.0, 6.0));
    }
}
