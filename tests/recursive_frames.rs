//! Recursions whose generated functions get their runs of statements
//! outlined (`autodiff-expand/src/outline`): the work between recursive calls
//! moves into closures with values passed in and handed back, local buffers
//! captured, variables assigned on every path of a branch, a macro reading a
//! value computed before it, loops around the recursive calls, early exits
//! that keep their statements in place, two vectors changed around a call
//! in a branch inside a loop (reassigned parameters: `reassigned`
//! of `examples/recursion`, checked in `tests/deep_recursion.rs`). Each goes
//! through central differences and the dot-product test (`common::check!`),
//! and its Hessian through differences of the gradient (`common::check2!`);
//! `scaled` also against its closed form.
#![allow(clippy::needless_late_init, clippy::useless_vec)]

mod common;

use approx::assert_relative_eq;
use autodiff::{differentiate, TapeScalar};

/// Two recursive calls per level, in a loop: `t_d = Σ_k w_k t_{d−1}(x_k)`.
#[differentiate]
fn tree(x: f64, y: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x.sin() * y;
    }
    let mut s = 0.0;
    for k in 0..2 {
        let w = 0.5 + 0.25 * k as f64;
        let shifted = x * w + 0.1 * y;
        s += w * tree(shifted, y.cos(), depth - 1);
    }
    s + 0.1 * x * y
}

/// A local buffer (not `Copy`) filled before the recursive call and read
/// after it.
#[differentiate]
fn buffered(x: f64, depth: u32) -> f64 {
    let mut b = vec![x, x * x];
    b[1] += x.exp() * 0.1;
    if depth == 0 {
        return b[0] + b[1];
    }
    let r = buffered(0.9 * x, depth - 1);
    b[0] * r + b[1].sqrt()
}

/// A value assigned on both branches after the recursive call, then read by
/// a macro (`vec!`).
#[differentiate]
fn late(x: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x * x;
    }
    let r = late(0.8 * x, depth - 1);
    let t;
    if r > 0.5 {
        t = r * r.ln_1p();
    } else {
        t = 0.5 * r + x;
    }
    let v = vec![t; 2];
    v[0] + v[1] * x.tanh()
}

/// Early exits around the recursive call: a `return` from inside a run and
/// a `while` loop with a `break` after it.
#[differentiate]
fn early(x: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x.cos();
    }
    let r = early(x * 0.7 + 0.2, depth - 1);
    if r > 3.0 {
        return r;
    }
    let mut acc = r;
    let mut k = 0;
    while k < 4 {
        acc = acc * 0.5 + x.sin();
        if acc > 2.5 {
            break;
        }
        k += 1;
    }
    acc * x
}

/// `scaled(x, d) = x·2^d + (2^d − 1)·c`, with a closed-form gradient.
#[differentiate]
fn scaled(x: f64, c: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x;
    }
    let inner = scaled(x, c, depth - 1);
    let twice = 2.0 * inner;
    twice + c
}

/// A parameter shadowed by a `let` before the recursive call, read before
/// and after the shadowing: a run may not move `let b = x;` in front of it.
#[differentiate]
fn shadowed(x: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x * x;
    }
    let a = x;
    let x = 0.5 * a + 0.1;
    let b = x;
    let r = shadowed(x, depth - 1);
    r * a + b
}

/// A `return` inside a loop, before a recursive call in the same loop body:
/// the backward code of the call resets the adjoint of the result, which is
/// zero there once the level got past the `return`. At 1.3 and depth 0 the
/// `return` runs in the second pass (and so at the deepest level under 1.3
/// and depth 1, called with 1.17); at 0.4 the loop runs to its end.
#[differentiate]
fn looped(x: f64, depth: u32) -> f64 {
    let mut s = x;
    for k in 0..3 {
        if s > 1.5 + 0.5 * k as f64 {
            return s * x;
        }
        if depth > 0 {
            s += 0.5 * looped(0.9 * s, depth - 1).sin();
        } else {
            s += x.sin();
        }
    }
    s
}

/// The same argument passed twice to the recursive call. The backward sweep
/// of `_hvp` returns four adjoints, more than the return registers hold, and
/// hands them back through the tape (`outline/handback.rs`); the caller adds
/// two of them into the adjoint of `x`.
#[differentiate]
fn repeated(x: f64, y: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x * y.sin();
    }
    let r = repeated(x, x, depth - 1);
    r * y + 0.5 * x
}

/// Two recursive calls, each with one argument passed twice: each call's
/// adjoints come back through the tape into locals of their own
/// (`outline/handback.rs`), which must not mix.
#[differentiate]
fn twice(x: f64, y: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x * y.sin();
    }
    let r = twice(x, x, depth - 1);
    let q = twice(y, y, depth - 1);
    r * y + 0.5 * x * q
}

/// A weighted end of a slice, called on the local vectors of `stacked`.
#[differentiate]
fn weigh(v: &[f64], w: f64) -> f64 {
    v[0] * w + v[v.len() - 1]
}

/// Three local vectors kept across the recursive call, read by index, by
/// length and as slices passed to another function: optimised builds keep
/// them in a heap frame (`outline/heap.rs`), six with the tangents in `_jvp`,
/// and the checks below run in both builds.
#[differentiate]
fn stacked(x: f64, y: f64, depth: u32) -> f64 {
    let mut a = vec![x, y];
    let mut b = vec![x * y; 3];
    let mut c = vec![0.5 * x, y.sin(), 1.0];
    a[1] += weigh(&c, x);
    let r = if depth > 0 {
        stacked(a[0] * 0.7, b[2] * 0.5, depth - 1)
    } else {
        a[1]
    };
    b[0] += r * c[1];
    c[2] = weigh(&b, r);
    a[0] * b[0] + c[2] * (a.len() as f64)
}

/// A local vector changed on both sides of a recursive call inside a branch
/// and read after it: the backward sweep moves the vector's adjoints to the
/// tape around the call inside the branch, and takes them back into the same
/// binding, which the code after the branch reads.
#[differentiate]
fn refilled(x: f64, depth: u32) -> f64 {
    let mut b = vec![x, x * x];
    let mut r = b[1];
    if depth > 0 {
        b[0] *= 1.5;
        r *= refilled(0.8 * x, depth - 1);
        b[1] += r;
    }
    b[0] + b[1] * r
}

/// Two buffers changed before and after the recursive call, which is in a
/// branch inside a loop, and an early return after the loop (taken at
/// x = 1.3, depth 0).
#[differentiate]
fn juggled(x: f64, depth: u32) -> f64 {
    let mut a = vec![x, 0.5 * x];
    let mut b = vec![x * x, 1.0];
    let mut s = 0.0;
    for k in 0..2 {
        a[k] *= 1.1;
        if depth > 0 {
            let r = juggled(0.7 * a[k], depth - 1);
            b[k] += r * a[1 - k];
        } else {
            b[k] += a[k].sin();
        }
        s += b[k] * a[k];
    }
    if s > 1.5 {
        return s;
    }
    s + b[0] * b[1]
}

const POINTS: &[&[f64]] = &[&[0.4, 1.1], &[-0.7, 0.3], &[1.3, -0.8]];
const SCALAR_POINTS: &[&[f64]] = &[&[0.4], &[-0.7], &[1.3]];

#[test]
fn a_tree_of_calls_in_a_loop() {
    for depth in [0, 1, 3, 6] {
        check!(tree, tree_jvp, tree_vjp, tree_grad; [0, 1]; depth).at(POINTS);
        check2!(tree, tree_grad, tree_hvp, tree_hessian; [0, 1]; depth).at(POINTS);
    }
}

#[test]
fn a_buffer_across_the_call() {
    for depth in [0, 1, 4, 9] {
        check!(buffered, buffered_jvp, buffered_vjp, buffered_grad; [0]; depth).at(SCALAR_POINTS);
        check2!(buffered, buffered_grad, buffered_hvp, buffered_hessian; [0]; depth)
            .at(SCALAR_POINTS);
    }
}

#[test]
fn a_value_assigned_on_both_branches() {
    for depth in [0, 1, 4, 9] {
        check!(late, late_jvp, late_vjp, late_grad; [0]; depth).at(SCALAR_POINTS);
        check2!(late, late_grad, late_hvp, late_hessian; [0]; depth).at(SCALAR_POINTS);
    }
}

#[test]
fn early_exits() {
    for depth in [0, 1, 4, 9] {
        check!(early, early_jvp, early_vjp, early_grad; [0]; depth).at(SCALAR_POINTS);
        check2!(early, early_grad, early_hvp, early_hessian; [0]; depth).at(SCALAR_POINTS);
    }
}

#[test]
fn a_shadowed_parameter() {
    for depth in [0, 1, 4, 9] {
        check!(shadowed, shadowed_jvp, shadowed_vjp, shadowed_grad; [0]; depth).at(SCALAR_POINTS);
        check2!(shadowed, shadowed_grad, shadowed_hvp, shadowed_hessian; [0]; depth)
            .at(SCALAR_POINTS);
    }
}

#[test]
fn a_return_in_a_loop_before_a_call() {
    for depth in [0, 1, 2, 4] {
        check!(looped, looped_jvp, looped_vjp, looped_grad; [0]; depth).at(SCALAR_POINTS);
        check2!(looped, looped_grad, looped_hvp, looped_hessian; [0]; depth).at(SCALAR_POINTS);
    }
    let (s, x) = (1.3 + 1.3f64.sin(), 1.3);
    assert!(s > 2.0);
    assert_relative_eq!(looped(x, 0), s * x, max_relative = 1e-15);
    assert_relative_eq!(
        looped(0.4, 0),
        0.4 + 3.0 * 0.4f64.sin(),
        max_relative = 1e-15
    );
    let (_, g) = looped_grad(x, 0);
    assert_relative_eq!(g, 2.0 * x + x * x.cos() + x.sin(), max_relative = 1e-12);
}

/// The thread's tape holds nothing after the public functions return: the
/// spilled floats and adjoints of vectors were all taken back.
fn assert_tape_empty() {
    assert!(f64::with_tape(|tape| tape.is_empty()));
}

#[test]
fn an_argument_passed_twice() {
    for depth in [0, 1, 3, 6] {
        check!(repeated, repeated_jvp, repeated_vjp, repeated_grad; [0, 1]; depth).at(POINTS);
        check2!(repeated, repeated_grad, repeated_hvp, repeated_hessian; [0, 1]; depth).at(POINTS);
        assert_tape_empty();
    }
    // Depth 1: r = x sin x, so f = x y sin x + x / 2.
    let (x, y) = (0.4, 1.1);
    let (_, gx, gy) = repeated_grad(x, y, 1);
    assert_relative_eq!(gx, y * (x.sin() + x * x.cos()) + 0.5, max_relative = 1e-14);
    assert_relative_eq!(gy, x * x.sin(), max_relative = 1e-14);
}

#[test]
fn two_calls_with_an_argument_passed_twice() {
    for depth in [0, 1, 3, 5] {
        check!(twice, twice_jvp, twice_vjp, twice_grad; [0, 1]; depth).at(POINTS);
        check2!(twice, twice_grad, twice_hvp, twice_hessian; [0, 1]; depth).at(POINTS);
        assert_tape_empty();
    }
    // Depth 1: r = x sin x and q = y sin y, so f = x y sin x + x y sin(y) / 2.
    let (x, y) = (0.4, 1.1);
    let (_, gx, gy) = twice_grad(x, y, 1);
    assert_relative_eq!(
        gx,
        y * (x.sin() + x * x.cos()) + 0.5 * y * y.sin(),
        max_relative = 1e-14
    );
    assert_relative_eq!(
        gy,
        x * x.sin() + 0.5 * x * (y.sin() + y * y.cos()),
        max_relative = 1e-14
    );
}

#[test]
fn three_vectors_across_the_call() {
    for depth in [0, 1, 3, 5] {
        check!(stacked, stacked_jvp, stacked_vjp, stacked_grad; [0, 1]; depth).at(POINTS);
        check2!(stacked, stacked_grad, stacked_hvp, stacked_hessian; [0, 1]; depth).at(POINTS);
        assert_tape_empty();
    }
    // Depth 0: with c = (x/2, sin y, 1), a[1] = y + x²/2 + 1 = r, b[0] = xy + r sin y,
    // c[2] = b[0]·r + xy, f = x b[0] + 2 c[2].
    let (x, y) = (0.4f64, 1.1f64);
    let r = y + 0.5 * x * x + 1.0;
    let b0 = x * y + r * y.sin();
    let (dr_dx, dr_dy) = (x, 1.0);
    let (db0_dx, db0_dy) = (y + dr_dx * y.sin(), x + dr_dy * y.sin() + r * y.cos());
    let (dc2_dx, dc2_dy) = (db0_dx * r + b0 * dr_dx + y, db0_dy * r + b0 * dr_dy + x);
    let (_, gx, gy) = stacked_grad(x, y, 0);
    assert_relative_eq!(gx, b0 + x * db0_dx + 2.0 * dc2_dx, max_relative = 1e-14);
    assert_relative_eq!(gy, x * db0_dy + 2.0 * dc2_dy, max_relative = 1e-14);
}

#[test]
fn a_buffer_spilled_inside_a_branch() {
    for depth in [0, 1, 4, 9] {
        check!(refilled, refilled_jvp, refilled_vjp, refilled_grad; [0]; depth).at(SCALAR_POINTS);
        check2!(refilled, refilled_grad, refilled_hvp, refilled_hessian; [0]; depth)
            .at(SCALAR_POINTS);
        assert_tape_empty();
    }
    // Depth 0: f = x + x^4, f' = 1 + 4x^3.
    let (_, g) = refilled_grad(0.4, 0);
    assert_relative_eq!(g, 1.0 + 4.0 * 0.4f64.powi(3), max_relative = 1e-14);
}

#[test]
fn buffers_around_a_call_in_a_loop() {
    for depth in [0, 1, 2, 4] {
        check!(juggled, juggled_jvp, juggled_vjp, juggled_grad; [0]; depth).at(SCALAR_POINTS);
        check2!(juggled, juggled_grad, juggled_hvp, juggled_hessian; [0]; depth).at(SCALAR_POINTS);
        assert_tape_empty();
    }
    // Depth 0: a = (1.1x, 0.55x), b = (x^2 + sin 1.1x, 1 + sin 0.55x).
    let x: f64 = 0.4;
    let (a0, a1) = (1.1 * x, 0.55 * x);
    let (b0, b1) = (x * x + a0.sin(), 1.0 + a1.sin());
    let (db0, db1) = (2.0 * x + 1.1 * a0.cos(), 0.55 * a1.cos());
    let slope = db0 * a0 + 1.1 * b0 + db1 * a1 + 0.55 * b1 + db0 * b1 + b0 * db1;
    let (_, g) = juggled_grad(x, 0);
    assert_relative_eq!(g, slope, max_relative = 1e-14);
    let x: f64 = 1.3;
    let (a0, a1) = (1.1 * x, 0.55 * x);
    let s = (x * x + a0.sin()) * a0 + (1.0 + a1.sin()) * a1;
    assert!(s > 1.5);
    assert_relative_eq!(juggled(x, 0), s, max_relative = 1e-14);
}

#[test]
fn a_closed_form() {
    for depth in [0u32, 1, 5, 12] {
        let p = f64::from(1u32 << depth);
        check!(scaled, scaled_jvp, scaled_vjp, scaled_grad; [0, 1]; depth)
            .formula(move |_| vec![p, p - 1.0])
            .at(POINTS);
        check2!(scaled, scaled_grad, scaled_hvp, scaled_hessian; [0, 1]; depth)
            .formula(|_| vec![vec![0.0, 0.0], vec![0.0, 0.0]])
            .at(POINTS);
    }
}
