//! Regressions for the bugs the random programs found
//! (`random-programs/FINDINGS.md`), each through the checks of `common`.
// `vec![..]` where an array would do, and `Vec::new()` then `push`, are
// constructs under test.
#![allow(clippy::useless_vec, clippy::vec_init_then_push)]

mod common;

use autodiff::differentiate;

const POINTS: &[&[f64]] = &[&[2.0, 3.0], &[0.3, -0.7, 1.1], &[-1.5]];

/// F2: `*v` of a `for v in x.iter()` item inside `vec![..]`, in both forms:
/// Σ_v (v·v + v·2v) = 3 Σ v².
#[differentiate]
fn deref_in_vec(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x.iter() {
        let b = vec![*v; 2];
        let c = vec![*v, 2.0 * *v];
        s += b[1] * b[0] + c[0] * c[1];
    }
    s
}

#[test]
fn deref_of_an_iterated_element_inside_vec() {
    check_slice!(deref_in_vec, deref_in_vec_jvp, deref_in_vec_vjp, deref_in_vec_grad,
        deref_in_vec_hvp, deref_in_vec_hessian;
        gradient: |x: &[f64]| x.iter().map(|v| 6.0 * v).collect(),
        hessian: |x: &[f64]| (0..x.len())
            .map(|i| (0..x.len()).map(|j| if i == j { 6.0 } else { 0.0 }).collect())
            .collect(),
        at: POINTS);
}

/// F3: `x.powi(n)` had the Hessian NaN at x = 0 (the arm of its partial for
/// n = i32::MIN divided by x). f = x² + y³ + x³ y².
#[differentiate]
fn powers(x: f64, y: f64) -> f64 {
    x.powi(2) + y.powi(3) + x.powi(3) * y.powi(2)
}

#[test]
fn powi_has_its_hessian_at_zero() {
    let at: &[&[f64]] = &[&[0.0, 0.0], &[0.0, 1.5], &[-0.5, 0.0], &[0.7, -1.2]];
    check!(powers, powers_jvp, powers_vjp, powers_grad; [0, 1])
        .formula(|p| {
            let (x, y) = (p[0], p[1]);
            vec![
                2.0 * x + 3.0 * x * x * y * y,
                3.0 * y * y + 2.0 * x.powi(3) * y,
            ]
        })
        .at(at);
    check2!(powers, powers_grad, powers_hvp, powers_hessian; [0, 1])
        .formula(|p| {
            let (x, y) = (p[0], p[1]);
            let xy = 6.0 * x * x * y;
            vec![
                vec![2.0 + 6.0 * x * y * y, xy],
                vec![xy, 6.0 * y + 2.0 * x.powi(3)],
            ]
        })
        .at(at);
}

/// F1: elementary functions in path form on float literals, on a variable
/// bound to one and on an element of a `vec![0.25; 2]` did not compile
/// (`0.5.abs()`: ambiguous numeric type).
/// f = x |−0.5| + max(1/4, x) hypot(0.6, 0.8) + sin(1/2) x² + tanh(1/4) x.
#[differentiate]
fn literal_paths(x: f64) -> f64 {
    let c = 0.5;
    let b = vec![0.25; 2];
    x * f64::abs(-0.5)
        + f64::max(0.25, x) * f64::hypot(0.3 * 2.0, 0.8)
        + f64::sin(c) * x * x
        + f64::tanh(b[1]) * x
}

/// The same in f32, where the literals must be computed in f32 as in the
/// primal (a first fix cast them, computing `1.5 + (-1.47) 0.68` in f64, and
/// `_grad`'s value differed from the primal's in the last bit; random
/// program 20280623): f = x |−0.5| + √2 x² + x log_{2.5}(1.5 − 1.47·0.68)
/// + sin(c) x with c = 0.1·3.
#[differentiate]
fn literal_paths_f32(x: f32) -> f32 {
    let c = 0.1 * 3.0;
    x * f32::abs(-0.5)
        + f32::sqrt(2.0) * x * x
        + x * f32::log(1.5 + (-1.470) * 0.680, 2.5)
        + f32::sin(c) * x
}

#[test]
fn elementary_functions_in_path_form_on_literals() {
    // Away from the kink of max at x = 1/4.
    let at: &[&[f64]] = &[&[0.7], &[1.3], &[-0.4]];
    let hypot = 0.6f64.hypot(0.8);
    check!(literal_paths, literal_paths_jvp, literal_paths_vjp, literal_paths_grad; [0])
        .formula(move |p| {
            let max_slope = if p[0] > 0.25 { 1.0 } else { 0.0 };
            vec![0.5 + max_slope * hypot + 2.0 * 0.5f64.sin() * p[0] + 0.25f64.tanh()]
        })
        .at(at);
    check2!(literal_paths, literal_paths_grad, literal_paths_hvp, literal_paths_hessian; [0])
        .formula(|_| vec![vec![2.0 * 0.5f64.sin()]])
        .at(at);
    for x in [0.7f32, -1.5] {
        let constant = (1.5f32 + (-1.470f32) * 0.680).log(2.5) + (0.1f32 * 3.0).sin();
        let want = 0.5 + 2.0 * 2.0f32.sqrt() * x + constant;
        let (value, slope) = literal_paths_f32_grad(x);
        assert_eq!(value.to_bits(), literal_paths_f32(x).to_bits());
        assert_eq!(literal_paths_f32_hvp(x, 1.0).0.to_bits(), value.to_bits());
        assert!(
            (slope - want).abs() <= 4.0 * f32::EPSILON * want.abs(),
            "{slope} vs {want}"
        );
        let forward = literal_paths_f32_jvp(x, 1.0).1;
        assert!(
            (forward - want).abs() <= 4.0 * f32::EPSILON * want.abs(),
            "{forward} vs {want}"
        );
    }
}

/// F7: a local bound to a float literal, then given its type by a path
/// call (`f64::cos(a)`) before any other use: the generated code calls the
/// rule as a method on it (`a.cos()`) where the type is not known yet, and
/// did not compile (random program 20290666). Here a = 0.997 / (2 + sin p)²
/// and f = cos a.
#[differentiate]
fn typed_by_its_path(p: f64) -> f64 {
    let mut a = 0.997;
    let mut k = 0;
    loop {
        k += 1;
        if k > 2 {
            break f64::cos(a);
        }
        a /= 2.0 + p.sin();
    }
}

#[test]
fn a_local_typed_by_an_elementary_path_call() {
    let at: &[&[f64]] = &[&[0.4], &[-1.2], &[2.5]];
    check!(typed_by_its_path, typed_by_its_path_jvp, typed_by_its_path_vjp,
        typed_by_its_path_grad; [0])
    .formula(|p| {
        let q = 2.0 + p[0].sin();
        let a = 0.997 / (q * q);
        vec![-a.sin() * (-2.0 * 0.997 * p[0].cos() / (q * q * q))]
    })
    .at(at);
    check2!(typed_by_its_path, typed_by_its_path_grad, typed_by_its_path_hvp,
        typed_by_its_path_hessian; [0])
    .at(at);
}

/// F4: `_hvp` was NaN at the documented non-differentiable point of
/// `hypot`, the origin, and at x = 0 of `powf`: second order differentiates
/// both arms of the select in the partials, and the arm not taken divided by
/// 0 or took ln 0. f = hypot(x, y).
#[differentiate]
fn hyp(x: f64, y: f64) -> f64 {
    x.hypot(y)
}

/// f = x^y.
#[differentiate]
fn power(x: f64, y: f64) -> f64 {
    x.powf(y)
}

#[test]
fn hypot_has_the_documented_hessian_at_the_origin() {
    // Away from the origin: H = [[y², −xy], [−xy, x²]] / r³.
    check2!(hyp, hyp_grad, hyp_hvp, hyp_hessian; [0, 1])
        .formula(|p| {
            let (x, y) = (p[0], p[1]);
            let r3 = x.hypot(y).powi(3);
            vec![vec![y * y / r3, -x * y / r3], vec![-x * y / r3, x * x / r3]]
        })
        .at(&[&[0.3, -0.4], &[-1.2, 0.5]]);
    // At the origin the gradient is documented as 0, and H v is the
    // derivative of that 0.
    assert_eq!(hyp_grad(0.0, 0.0), (0.0, 0.0, 0.0));
    for v in [[1.0, 0.5], [-2.0, 3.0]] {
        assert_eq!(hyp_hvp(0.0, 0.0, v[0], v[1]), (0.0, 0.0, 0.0, 0.0, 0.0));
    }
}

#[test]
fn powf_has_its_hessian_where_the_base_is_zero() {
    // H of x^y = [[y(y−1)x^(y−2), x^(y−1)(1 + y ln x)], [.., x^y ln² x]].
    let hessian = |x: f64, y: f64| {
        let mixed = x.powf(y - 1.0) * (1.0 + y * x.ln());
        vec![
            vec![y * (y - 1.0) * x.powf(y - 2.0), mixed],
            vec![mixed, x.powf(y) * x.ln() * x.ln()],
        ]
    };
    check2!(power, power_grad, power_hvp, power_hessian; [0, 1])
        .formula(move |p| hessian(p[0], p[1]))
        .at(&[&[0.7, 2.0], &[1.5, 2.5]]);
    // At x = 0, y = 2 the gradient is (0, 0) (∂/∂y documented as 0 where the
    // result is 0) and H is its limit from x > 0, [[2, 0], [0, 0]]; at
    // y = 3, [[0, 0], [0, 0]].
    assert_eq!(power_grad(0.0, 2.0), (0.0, 0.0, 0.0));
    assert_eq!(power_hvp(0.0, 2.0, 1.0, 0.0), (0.0, 0.0, 0.0, 2.0, 0.0));
    assert_eq!(power_hvp(0.0, 2.0, 0.0, 1.0), (0.0, 0.0, 0.0, 0.0, 0.0));
    assert_eq!(power_hvp(0.0, 3.0, 1.0, 1.0), (0.0, 0.0, 0.0, 0.0, 0.0));
}

/// F8: a loop that the backward sweep replays (`for` over a range, here
/// inside a recorded `while`) and that sets a variable from outside without
/// reading it: the replay set a variable the backward sweep does not have,
/// and did not compile (random program 20400389). While a < 2 (three times
/// at most), a = sin(2q) + p, the last of the inner loop's values; then
/// f = |a| p.
#[differentiate]
fn set_in_a_replayed_loop(p: f64, q: f64) -> f64 {
    let mut a = p * q;
    let mut k = 0;
    while k < 3 && a < 2.0 {
        k += 1;
        for i in 0..3 {
            a = (q * i as f64).sin() + p;
        }
    }
    a.abs() * p
}

/// F8 at the top level, with a buffer the loop also only writes:
/// last = 3 x[n-1] and b = 2x, f = last² + Σ b[i] x[i] = 9 x[n-1]² + 2 Σ x².
#[differentiate]
fn set_in_a_top_level_loop(x: &[f64]) -> f64 {
    let mut last = 0.0;
    let mut b = vec![0.0; x.len()];
    for i in 0..x.len() {
        last = 3.0 * x[i];
        b[i] = 2.0 * x[i];
    }
    let mut s = last * last;
    for i in 0..x.len() {
        s += b[i] * x[i];
    }
    s
}

#[test]
fn a_replayed_loop_that_sets_an_outer_variable() {
    let at: &[&[f64]] = &[&[0.5, 0.3], &[-1.5, 0.4], &[2.0, 1.5]];
    check!(set_in_a_replayed_loop, set_in_a_replayed_loop_jvp, set_in_a_replayed_loop_vjp,
        set_in_a_replayed_loop_grad; [0, 1])
    .formula(|x| {
        let (p, q) = (x[0], x[1]);
        if p * q >= 2.0 {
            // The loop does not run: f = p² q.
            return vec![2.0 * p * q, p * p];
        }
        let a = (2.0 * q).sin() + p;
        vec![
            a.abs() + a.signum() * p,
            a.signum() * 2.0 * (2.0 * q).cos() * p,
        ]
    })
    .at(at);
    check2!(set_in_a_replayed_loop, set_in_a_replayed_loop_grad, set_in_a_replayed_loop_hvp,
        set_in_a_replayed_loop_hessian; [0, 1])
    .at(at);
    check_slice!(set_in_a_top_level_loop, set_in_a_top_level_loop_jvp,
        set_in_a_top_level_loop_vjp, set_in_a_top_level_loop_grad, set_in_a_top_level_loop_hvp,
        set_in_a_top_level_loop_hessian;
        gradient: |x: &[f64]| {
            let n = x.len();
            (0..n).map(|i| 4.0 * x[i] + if i == n - 1 { 18.0 * x[i] } else { 0.0 }).collect()
        },
        hessian: |x: &[f64]| {
            let n = x.len();
            (0..n)
                .map(|i| (0..n).map(|j| match (i == j, i == n - 1) {
                    (true, true) => 22.0,
                    (true, false) => 4.0,
                    _ => 0.0,
                }).collect())
                .collect()
        },
        at: POINTS);
}

/// F9: `f64::exp_m1(b[0])` on an element of a local vector whose element
/// type only that path gives (`Vec::new()` filled with a literal), the vector
/// active: with c = tanh(expm1(0.7)) and b = 0.35 + x[0] x[l] (l the last
/// index), f = c x[0] + expm1(b).
#[differentiate]
fn typed_by_a_path(x: &[f64]) -> f64 {
    let mut b = Vec::new();
    b.push(0.7);
    let t = f64::exp_m1(b[0]).tanh();
    b[0] = 0.5 * b[0] + x[0] * x[x.len() - 1];
    t * x[0] + f64::exp_m1(b[0])
}

/// b = 0.35 + x[0] x[l] of `typed_by_a_path`, and its derivatives.
fn path_b(x: &[f64]) -> f64 {
    0.35 + x[0] * x[x.len() - 1]
}

fn path_db(x: &[f64], i: usize) -> f64 {
    let l = x.len() - 1;
    f64::from(u8::from(i == 0)) * x[l] + f64::from(u8::from(i == l)) * x[0]
}

fn path_ddb(x: &[f64], i: usize, j: usize) -> f64 {
    let l = x.len() - 1;
    f64::from(u8::from(i == 0 && j == l)) + f64::from(u8::from(i == l && j == 0))
}

#[test]
fn an_element_typed_by_the_path_of_its_function() {
    check_slice!(typed_by_a_path, typed_by_a_path_jvp, typed_by_a_path_vjp, typed_by_a_path_grad,
        typed_by_a_path_hvp, typed_by_a_path_hessian;
        gradient: |x: &[f64]| (0..x.len())
            .map(|i| {
                let c = if i == 0 { 0.7f64.exp_m1().tanh() } else { 0.0 };
                c + path_b(x).exp() * path_db(x, i)
            })
            .collect(),
        hessian: |x: &[f64]| (0..x.len())
            .map(|i| (0..x.len())
                .map(|j| path_b(x).exp() * (path_db(x, i) * path_db(x, j) + path_ddb(x, i, j)))
                .collect())
            .collect(),
        at: POINTS);
}

/// F10: std's `Iterator::sum` of floats starts at `-0.0`, and the generated
/// code's sum started at `0.0`: a sum of negative zeros was `-0.0` in the
/// primal and `0.0` in the derivatives, and p · sum had the other sign.
/// f = p · Σ_v round(v) / 2, whose gradient is (Σ_v round(v) / 2, 0).
#[differentiate]
fn summed_zeros(p: f64, x: &[f64]) -> f64 {
    let t: f64 = x.iter().map(|v| v.round() * 0.5).sum();
    p * t
}

#[test]
fn a_sum_keeps_the_sign_of_its_zeros() {
    for (p, x) in [
        (-2.0, vec![-0.3, -0.2]),
        (3.0, vec![-0.1]),
        (1.5, vec![0.7, -2.2]),
    ] {
        let f = summed_zeros(p, &x);
        let t: f64 = x.iter().map(|v| v.round() * 0.5).sum();
        let (y_jvp, dy) = summed_zeros_jvp(p, &x, 1.0, &vec![1.0; x.len()]);
        let (y_vjp, gp_vjp, gx_vjp) = summed_zeros_vjp(p, &x, 1.0);
        let (y_grad, gp, gx) = summed_zeros_grad(p, &x);
        for y in [y_jvp, y_vjp, y_grad] {
            assert_eq!(
                y.to_bits(),
                f.to_bits(),
                "value {y:e} != f = {f:e} at p = {p}, x = {x:?}"
            );
        }
        assert_eq!((gp, gp_vjp, dy), (t, t, t));
        assert!(gx.iter().chain(&gx_vjp).all(|g| *g == 0.0));
    }
}
