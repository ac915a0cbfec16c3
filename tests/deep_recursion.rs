//! Recursion of depth 10^5 through every generated function, on a thread
//! with the stack README.md documents for it ("Deep recursion and long
//! loops": 96 MiB, which `examples/stack_depth.rs` measures and checks in
//! both profiles; the tests run in the test profile, a debug build). Each
//! result is checked against the chain rule written out by hand
//! (`examples/recursion`): the value and gradient to 1e-12 and H v to 1e-10,
//! relative to the largest entry of the vector compared (the hand loops
//! multiply the same factors in another order over 10^5 levels). The hand
//! chain rule of `reassigned` is checked against central differences, and
//! its generated functions at shallow depths through `common`'s checks.

mod common;
#[path = "../examples/recursion/mod.rs"]
mod recursion;

use approx::relative_eq;
use recursion::*;

/// The stack README.md documents for depth 10^5.
const STACK: usize = 96 << 20;
const DEPTH: u32 = 100_000;

/// Runs `f` on a new thread with the documented stack.
fn on_documented_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(f)
        .expect("a thread")
        .join()
        .expect("no overflow, no failed check")
}

/// Every entry of `got` within `relative` of `want`, relative to the largest
/// entry of `want` (or 1).
fn assert_close(what: &str, got: &[f64], want: &[f64], relative: f64) {
    let scale = want.iter().fold(1.0f64, |m, w| m.max(w.abs()));
    assert_eq!(got.len(), want.len(), "{what}");
    for (g, w) in got.iter().zip(want) {
        assert!(
            relative_eq!(*g, *w, epsilon = relative * scale, max_relative = relative),
            "{what}: {got:?} vs {want:?}"
        );
    }
}

/// The primal, `_jvp` along `v`, `_grad` and `_hvp` along `v`, as flat vectors.
struct Generated {
    value: f64,
    jvp: (f64, f64),
    grad: (f64, Vec<f64>),
    hvp: (f64, Vec<f64>, Vec<f64>),
}

/// `generated` against `hand` at direction `v`.
fn check(name: &str, generated: Generated, hand: ChainRule, v: &[f64]) {
    let directional: f64 = hand.gradient.iter().zip(v).map(|(g, d)| g * d).sum();
    assert_close(name, &[generated.value], &[hand.value], 1e-12);
    for value in [generated.jvp.0, generated.grad.0, generated.hvp.0] {
        assert_eq!(
            value, generated.value,
            "{name}: value of a generated function"
        );
    }
    assert_close(
        &format!("{name}_jvp"),
        &[generated.jvp.1],
        &[directional],
        1e-12,
    );
    let gradient = &hand.gradient;
    assert_close(&format!("{name}_grad"), &generated.grad.1, gradient, 1e-12);
    assert_close(
        &format!("{name}_hvp gradient"),
        &generated.hvp.1,
        gradient,
        1e-12,
    );
    assert_close(
        &format!("{name}_hvp H v"),
        &generated.hvp.2,
        &hand.hessian_times,
        1e-10,
    );
}

#[test]
fn scalar_recursion_of_depth_ten_to_the_fifth() {
    on_documented_stack(|| {
        for (x, v) in [(1.2, 1.0), (0.3, -0.5)] {
            let (y, g) = scalar_grad(x, DEPTH);
            let (yh, gh, h) = scalar_hvp(x, DEPTH, v);
            let generated = Generated {
                value: scalar(x, DEPTH),
                jvp: scalar_jvp(x, DEPTH, v),
                grad: (y, vec![g]),
                hvp: (yh, vec![gh], vec![h]),
            };
            check("scalar", generated, scalar_chain_rule(x, DEPTH, v), &[v]);
        }
    });
}

#[test]
fn recursion_with_a_slice_of_depth_ten_to_the_fifth() {
    on_documented_stack(|| {
        let (x, a) = ([0.4, -0.3, 0.8], 0.5);
        let (vx, va) = ([1.0, -0.5, 0.25], 2.0);
        let (y, gx, ga) = slice_grad(&x, a, DEPTH);
        let (yh, hgx, hga, hx, ha) = slice_hvp(&x, a, DEPTH, &vx, va);
        let generated = Generated {
            value: slice(&x, a, DEPTH),
            jvp: slice_jvp(&x, a, DEPTH, &vx, va),
            grad: (y, [gx, vec![ga]].concat()),
            hvp: (yh, [hgx, vec![hga]].concat(), [hx, vec![ha]].concat()),
        };
        let v = [vx.to_vec(), vec![va]].concat();
        check(
            "slice",
            generated,
            slice_chain_rule(&x, a, DEPTH, &vx, va),
            &v,
        );
    });
}

#[test]
fn recursion_with_reassigned_parameters_of_depth_ten_to_the_fifth() {
    on_documented_stack(|| {
        for (x, y, v) in [(0.7, 1.5, [1.0, 0.5]), (-1.2, 0.3, [-0.5, 2.0])] {
            let (value, gx, gy) = reassigned_grad(x, y, DEPTH);
            let (vh, hgx, hgy, hx, hy) = reassigned_hvp(x, y, DEPTH, v[0], v[1]);
            let generated = Generated {
                value: reassigned(x, y, DEPTH),
                jvp: reassigned_jvp(x, y, DEPTH, v[0], v[1]),
                grad: (value, vec![gx, gy]),
                hvp: (vh, vec![hgx, hgy], vec![hx, hy]),
            };
            let hand = reassigned_chain_rule(x, y, DEPTH, v);
            check("reassigned", generated, hand, &v);
        }
    });
}

/// `reassigned` at shallow depths through central differences and the
/// dot-product test (`common::check!`), its Hessian through differences of
/// the gradient (`common::check2!`).
#[test]
fn reassigned_parameters_at_shallow_depths() {
    let points: &[&[f64]] = &[&[0.4, 1.1], &[-0.7, 0.3], &[1.3, -0.8]];
    for depth in [0, 1, 4, 9] {
        check!(reassigned, reassigned_jvp, reassigned_vjp, reassigned_grad; [0, 1]; depth)
            .at(points);
        check2!(reassigned, reassigned_grad, reassigned_hvp, reassigned_hessian; [0, 1]; depth)
            .at(points);
    }
}

/// The hand chain rule of `reassigned` against central differences of its
/// value and gradient at a shallow depth, where they are accurate: the
/// other tests compare the generated functions with it.
#[test]
fn the_hand_chain_rule_of_reassigned() {
    let h = 1e-6;
    for depth in [0, 1, 3, 10] {
        let (x, y, v) = (0.7, 1.5, [1.0, 0.5]);
        let hand = reassigned_chain_rule(x, y, depth, v);
        assert_close("value", &[hand.value], &[reassigned(x, y, depth)], 1e-14);
        let gradient = [
            (reassigned(x + h, y, depth) - reassigned(x - h, y, depth)) / (2.0 * h),
            (reassigned(x, y + h, depth) - reassigned(x, y - h, depth)) / (2.0 * h),
        ];
        assert_close("gradient", &hand.gradient, &gradient, 1e-8);
        let shifted = |s: f64| reassigned_chain_rule(x + s * v[0], y + s * v[1], depth, v);
        let (plus, minus) = (shifted(h).gradient, shifted(-h).gradient);
        let hessian_times = [0, 1].map(|k| (plus[k] - minus[k]) / (2.0 * h));
        assert_close("H v", &hand.hessian_times, &hessian_times, 1e-7);
    }
}

#[test]
fn recursion_with_a_branch_of_depth_ten_to_the_fifth() {
    on_documented_stack(|| {
        for (x, y, v) in [(1.8, 0.4, [1.0, 0.5]), (0.3, 0.2, [-0.5, 1.0])] {
            let (value, gx, gy) = branches_grad(x, y, DEPTH);
            let (vh, hgx, hgy, hx, hy) = branches_hvp(x, y, DEPTH, v[0], v[1]);
            let generated = Generated {
                value: branches(x, y, DEPTH),
                jvp: branches_jvp(x, y, DEPTH, v[0], v[1]),
                grad: (value, vec![gx, gy]),
                hvp: (vh, vec![hgx, hgy], vec![hx, hy]),
            };
            check(
                "branches",
                generated,
                branches_chain_rule(x, y, DEPTH, v),
                &v,
            );
        }
    });
}

/// The backward sweeps pop what the forward sweeps pushed and take back what
/// they spilled across their recursive calls (`Tape::spill`): the tape is
/// empty after each pair of sweeps, and the adjoints they return are those of
/// `_grad` and `_hvp`, at depths 0 to 5 and at two points.
#[test]
fn the_sweeps_of_reassigned_leave_the_tape_empty() {
    use autodiff::__private::Tape;
    for depth in 0..=5 {
        for (x, y) in [(0.3, 0.7), (-1.2, 0.4)] {
            let mut tape = Tape::<f64>::new();
            let value = reassigned__fwd(x, y, depth, &mut tape);
            let (gx, gy, ()) = reassigned__bwd(&mut tape, 1.0, -0.0, -0.0, ());
            assert!(tape.is_empty(), "_grad's sweeps at depth {depth}");
            assert_eq!((value, gx, gy), reassigned_grad(x, y, depth));
            let (v, dv) = (0.6, -0.8);
            let (value, _) = reassigned__jvp_fwd(x, y, depth, v, dv, (), &mut tape);
            let (hx, hy, (), ..) =
                reassigned__jvp_bwd(&mut tape, 0.0, 1.0, -0.0, -0.0, (), -0.0, -0.0, ());
            assert!(tape.is_empty(), "_hvp's sweeps at depth {depth}");
            let hvp = reassigned_hvp(x, y, depth, v, dv);
            assert_eq!((value, hx, hy), (hvp.0, hvp.3, hvp.4));
        }
    }
}
