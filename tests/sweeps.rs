//! White-box cases for the reverse sweep's bookkeeping: each function below
//! exercises one mechanism of `autodiff-expand/src/reverse` (snapshots of
//! needed variables, copies kept of shadowed ones, stop codes of blocks left
//! early, records of passive values), checked three ways like every other
//! derivative.
#![allow(
    clippy::let_and_return,
    clippy::needless_return,
    clippy::needless_late_init,
    clippy::assign_op_pattern,
    unused_assignments
)]

mod common;
use autodiff::differentiate;

/// A needed variable shadowed in the same block: its snapshot must be of the
/// first binding, not of the one that hides it.
#[differentiate]
fn shadowed_needed(x: f64, y: f64) -> f64 {
    let z = x * y;
    let w = z.sin();
    let z = z * z;
    w * z + z.cos()
}

#[test]
fn a_shadowed_variable_keeps_its_own_snapshot() {
    check!(shadowed_needed, shadowed_needed_jvp, shadowed_needed_vjp, shadowed_needed_grad; [0, 1])
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            let z = x * y;
            // f = sin(z) z² + cos(z²), dz/dx = y, dz/dy = x
            let df_dz = z.cos() * z * z + z.sin() * 2.0 * z - (z * z).sin() * 2.0 * z;
            vec![df_dz * y, df_dz * x]
        })
        .at(&[&[0.7, 1.1], &[-1.3, 0.4]]);
}

/// A shadowed parameter.
#[differentiate]
fn shadowed_parameter(x: f64) -> f64 {
    let s = x.sin();
    let x = x * 3.0;
    s * x
}

#[test]
fn a_shadowed_parameter_keeps_its_own_snapshot() {
    check!(shadowed_parameter, shadowed_parameter_jvp, shadowed_parameter_vjp, shadowed_parameter_grad; [0])
        .formula(|v| vec![3.0 * (v[0].cos() * v[0] + v[0].sin())])
        .at(&[&[0.9], &[-2.2]]);
}

/// `let y;` assigned on both branches, then read by a nonlinear rule.
#[differentiate]
fn deferred(x: f64) -> f64 {
    let y;
    if x > 0.0 {
        y = x * x;
    } else {
        y = -x;
    }
    y.exp() * y
}

#[test]
fn deferred_initialisation() {
    check!(deferred, deferred_jvp, deferred_vjp, deferred_grad; [0])
        .formula(|v| {
            let (y, dy) = if v[0] > 0.0 {
                (v[0] * v[0], 2.0 * v[0])
            } else {
                (-v[0], -1.0)
            };
            vec![(y.exp() * y + y.exp()) * dy]
        })
        .at(&[&[0.6], &[-0.8]]);
}

/// A loop body left by `continue` before and after declaring a needed
/// variable, by `break` from an inner loop labelled outer, and a `return`
/// from two loops deep: the body's stop code decides which snapshots exist.
#[differentiate]
fn exits(x: f64, n: usize) -> f64 {
    let mut s = 0.0;
    'outer: for i in 0..n {
        if i % 4 == 1 {
            continue;
        }
        let t = (x * (i as f64 + 1.0)).sin();
        if i % 4 == 2 {
            s += t * t;
            continue;
        }
        for j in 0..3 {
            if i + j == 9 {
                break 'outer;
            }
            if s > 40.0 {
                return s * t;
            }
            s += t * (j as f64 + x);
        }
    }
    s
}

fn exits_reference(x: f64, n: usize) -> (f64, f64) {
    let (mut s, mut ds) = (0.0, 0.0);
    'outer: for i in 0..n {
        if i % 4 == 1 {
            continue;
        }
        let c = i as f64 + 1.0;
        let (t, dt) = ((x * c).sin(), (x * c).cos() * c);
        if i % 4 == 2 {
            s += t * t;
            ds += 2.0 * t * dt;
            continue;
        }
        for j in 0..3 {
            if i + j == 9 {
                break 'outer;
            }
            if s > 40.0 {
                return (s * t, ds * t + s * dt);
            }
            s += t * (j as f64 + x);
            ds += dt * (j as f64 + x) + t;
        }
    }
    (s, ds)
}

#[test]
fn blocks_left_early_reverse_exactly() {
    for n in [0, 1, 3, 6, 9, 12] {
        check!(exits, exits_jvp, exits_vjp, exits_grad; [0]; n)
            .formula(move |v| vec![exits_reference(v[0], n).1])
            .at(&[&[0.3], &[1.7]]);
    }
}

/// A float bound by a `match` pattern, used in arithmetic with an active value.
#[differentiate]
fn bound_float(x: f64, k: Option<f64>) -> f64 {
    match k {
        Some(h) => (x * h).sin() * h,
        None => x,
    }
}

#[test]
fn pattern_bound_floats_are_recorded() {
    for k in [Some(2.5), None] {
        check!(bound_float, bound_float_jvp, bound_float_vjp, bound_float_grad; [0]; k)
            .formula(move |v| match k {
                Some(h) => vec![(v[0] * h).cos() * h * h],
                None => vec![1.0],
            })
            .at(&[&[0.4]]);
    }
}

/// A passive float read by nonlinear rules and overwritten in a branch inside
/// a loop: its old values must come back in the reverse sweep.
#[differentiate]
fn passive_needed(x: f64, n: usize) -> f64 {
    let mut h = 0.5;
    let mut s = 0.0;
    for i in 0..n {
        if i % 2 == 0 {
            h = h * 1.5;
        }
        s += (x * h).sin();
    }
    s
}

#[test]
fn overwritten_passive_values_are_restored() {
    let reference = |x: f64, n: usize| -> f64 {
        let (mut h, mut d) = (0.5, 0.0);
        for i in 0..n {
            if i % 2 == 0 {
                h *= 1.5;
            }
            d += (x * h).cos() * h;
        }
        d
    };
    for n in [0, 1, 5] {
        check!(passive_needed, passive_needed_jvp, passive_needed_vjp, passive_needed_grad; [0]; n)
            .formula(move |v| vec![reference(v[0], n)])
            .at(&[&[0.7], &[-0.2]]);
    }
}

#[differentiate]
fn helper(x: f64) -> f64 {
    x * x - 1.0
}

/// Calls inside conditions and `while` conditions run as primal calls; calls
/// in values are differentiated; a `loop` yields its value with `break`.
#[differentiate]
fn calls_in_conditions(x: f64) -> f64 {
    let mut y = x;
    while helper(y) > 0.5 {
        y = y * 0.75;
    }
    let z = loop {
        if helper(y) < 0.0 {
            break helper(y) * y;
        }
        y = y * 0.5;
    };
    if helper(x) > 0.0 {
        z + helper(x)
    } else {
        z
    }
}

fn calls_reference(x: f64) -> f64 {
    let h = |v: f64| v * v - 1.0;
    let (mut y, mut dy) = (x, 1.0);
    while h(y) > 0.5 {
        y *= 0.75;
        dy *= 0.75;
    }
    while h(y) >= 0.0 {
        y *= 0.5;
        dy *= 0.5;
    }
    let dz = (3.0 * y * y - 1.0) * dy;
    if h(x) > 0.0 {
        dz + 2.0 * x
    } else {
        dz
    }
}

#[test]
fn calls_in_conditions_are_primal_calls() {
    check!(calls_in_conditions, calls_in_conditions_jvp, calls_in_conditions_vjp, calls_in_conditions_grad; [0])
        .formula(|v| vec![calls_reference(v[0])])
        .at(&[&[2.3], &[0.4], &[-1.9]]);
}

/// The tape is empty after every reverse sweep, and reused between calls.
#[test]
fn repeated_calls_agree() {
    let first = exits_grad(0.3, 12);
    for _ in 0..3 {
        assert_eq!(exits_grad(0.3, 12), first);
    }
}
