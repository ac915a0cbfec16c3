//! Speed of the generated derivatives against the primal and against
//! hand-written derivatives of the same functions, measured side by side in
//! one run: `cargo bench --bench speed`.
//!
//! For each kernel the bench times the primal, the generated `_jvp` and
//! `_grad`, a hand-written forward derivative and a hand-written reverse sweep
//! with an explicit stack, in interleaved rounds, and prints the median over
//! rounds of each time divided by the primal's time in the same round (the
//! machine is shared, so only ratios measured together mean anything). It
//! also checks that the generated and the hand-written derivatives agree.

mod common;

use std::hint::black_box;

use autodiff::differentiate;

// ---- Kernel 1: the logistic map, l(k+1) = 4 l(k) (1 - l(k)), 10^6 steps.

#[differentiate]
fn logistic(x: f64, n: usize) -> f64 {
    let mut l = x;
    for _ in 1..n {
        l = 4.0 * l * (1.0 - l);
    }
    l
}

fn logistic_hand_jvp(x: f64, n: usize) -> (f64, f64) {
    let (mut l, mut d) = (x, 1.0);
    for _ in 1..n {
        d *= 4.0 - 8.0 * l;
        l = 4.0 * l * (1.0 - l);
    }
    (l, d)
}

/// The fastest plain reverse sweep: the trajectory written by index into a
/// buffer allocated once outside the timed loop.
#[inline(never)]
fn logistic_hand_grad(x: f64, n: usize, trajectory: &mut Vec<f64>) -> (f64, f64) {
    trajectory.resize(n, 0.0);
    let mut l = x;
    for slot in trajectory.iter_mut().skip(1) {
        *slot = l;
        l = 4.0 * l * (1.0 - l);
    }
    let mut adjoint = 1.0;
    for &lk in trajectory.iter().skip(1).rev() {
        adjoint *= 4.0 - 8.0 * lk;
    }
    (l, adjoint)
}

// ---- Kernel 2: a loop with a branch on an active value and transcendental functions.

#[differentiate]
fn oscillator(x: f64, y: f64, n: usize) -> f64 {
    let mut s = 0.0;
    let mut u = x;
    for i in 0..n {
        let t = i as f64 * 1e-4;
        if u > 0.0 {
            u = (u * y + t).sin();
        } else {
            u = (u - t).cos() * y;
        }
        s += u * u;
    }
    s
}

fn oscillator_hand_jvp(x: f64, y: f64, n: usize, dx: f64, dy: f64) -> (f64, f64) {
    let (mut s, mut ds, mut u, mut du) = (0.0, 0.0, x, dx);
    for i in 0..n {
        let t = i as f64 * 1e-4;
        if u > 0.0 {
            let a = u * y + t;
            du = a.cos() * (du * y + u * dy);
            u = a.sin();
        } else {
            let (c, sn) = ((u - t).cos(), (u - t).sin());
            du = -sn * du * y + c * dy;
            u = c * y;
        }
        ds += 2.0 * u * du;
        s += u * u;
    }
    (s, ds)
}

#[inline(never)]
fn oscillator_hand_grad(x: f64, y: f64, n: usize, stack: &mut Vec<f64>) -> (f64, f64, f64) {
    stack.resize(n, 0.0);
    let (mut s, mut u) = (0.0, x);
    for (i, slot) in stack.iter_mut().enumerate() {
        *slot = u;
        let t = i as f64 * 1e-4;
        u = if u > 0.0 {
            (u * y + t).sin()
        } else {
            (u - t).cos() * y
        };
        s += u * u;
    }
    let (mut bu, mut by) = (0.0, 0.0);
    for (i, &u0) in stack.iter().enumerate().rev() {
        let t = i as f64 * 1e-4;
        if u0 > 0.0 {
            let a = u0 * y + t;
            let u1 = a.sin();
            bu += 2.0 * u1;
            let ba = bu * a.cos();
            by += ba * u0;
            bu = ba * y;
        } else {
            let c = (u0 - t).cos();
            let u1 = c * y;
            bu += 2.0 * u1;
            by += bu * c;
            bu = -bu * y * (u0 - t).sin();
        }
    }
    (s, bu, by)
}

// ---- Kernel 3: recursion of depth 1000, called repeatedly.

#[differentiate]
fn recursive(x: f64, depth: u32) -> f64 {
    if depth == 0 {
        x
    } else {
        let r = recursive(x, depth - 1);
        r * (1.0 - 0.5 * r) + 0.25 * x
    }
}

fn recursive_hand_jvp(x: f64, depth: u32, dx: f64) -> (f64, f64) {
    if depth == 0 {
        (x, dx)
    } else {
        let (r, dr) = recursive_hand_jvp(x, depth - 1, dx);
        (r * (1.0 - 0.5 * r) + 0.25 * x, (1.0 - r) * dr + 0.25 * dx)
    }
}

/// The forward recursion records each level's `r` on an explicit stack; the
/// reverse sweep is a loop over it.
#[inline(never)]
fn recursive_hand_grad(x: f64, depth: u32, stack: &mut Vec<f64>) -> (f64, f64) {
    fn forward(x: f64, depth: u32, stack: &mut Vec<f64>) -> f64 {
        if depth == 0 {
            x
        } else {
            let r = forward(x, depth - 1, stack);
            stack.push(r);
            r * (1.0 - 0.5 * r) + 0.25 * x
        }
    }
    stack.clear();
    let y = forward(x, depth, stack);
    let (mut br, mut bx) = (1.0, 0.0);
    while let Some(r) = stack.pop() {
        bx += 0.25 * br;
        br *= 1.0 - r;
    }
    (y, bx + br)
}

// ---- Every variant behind an out-of-line call, so that each is compiled in
// the same context (inlining into the timing closure changes LLVM's choices).

macro_rules! out_of_line {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty = $body:expr;)*) => {
        $(
            #[inline(never)]
            fn $name($($arg: $ty),*) -> $ret {
                $body
            }
        )*
    };
}

out_of_line! {
    run_logistic(x: f64, n: usize) -> f64 = logistic(x, n);
    run_logistic_jvp(x: f64, n: usize) -> (f64, f64) = logistic_jvp(x, n, 1.0);
    run_logistic_hand_jvp(x: f64, n: usize) -> (f64, f64) = logistic_hand_jvp(x, n);
    run_logistic_grad(x: f64, n: usize) -> (f64, f64) = logistic_grad(x, n);
    run_oscillator(x: f64, y: f64, n: usize) -> f64 = oscillator(x, y, n);
    run_oscillator_jvp(x: f64, y: f64, n: usize) -> (f64, f64) = oscillator_jvp(x, y, n, 1.0, 0.5);
    run_oscillator_hand_jvp(x: f64, y: f64, n: usize) -> (f64, f64) = oscillator_hand_jvp(x, y, n, 1.0, 0.5);
    run_oscillator_grad(x: f64, y: f64, n: usize) -> (f64, f64, f64) = oscillator_grad(x, y, n);
    run_recursive(x: f64, depth: u32) -> f64 = recursive(x, depth);
    run_recursive_jvp(x: f64, depth: u32) -> (f64, f64) = recursive_jvp(x, depth, 1.0);
    run_recursive_hand_jvp(x: f64, depth: u32) -> (f64, f64) = recursive_hand_jvp(x, depth, 1.0);
    run_recursive_grad(x: f64, depth: u32) -> (f64, f64) = recursive_grad(x, depth);
}

// ---- Measurement.

struct Row {
    kernel: &'static str,
    ratios: Vec<(&'static str, f64)>,
}

/// Times `variants` (the first is the primal), `reps` calls each per round,
/// in `rounds` interleaved rounds: each one's median time over the primal's.
fn measure(
    kernel: &'static str,
    rounds: usize,
    reps: usize,
    variants: &mut [(&'static str, &mut dyn FnMut())],
) -> Row {
    let mut timed: Vec<common::Variant> = variants
        .iter_mut()
        .map(|(name, f)| (*name, reps, &mut **f as &mut dyn FnMut()))
        .collect();
    Row {
        kernel,
        ratios: common::measure(rounds, &mut timed),
    }
}

fn main() {
    let rounds = common::rounds(15);
    let mut rows = Vec::new();

    let (x, n) = (0.3, 1_000_000);
    let mut trajectory = Vec::new();
    let (y, d) = logistic_jvp(x, n, 1.0);
    let (yh, dh) = logistic_hand_jvp(x, n);
    assert_eq!(y, yh);
    assert_eq!(d.is_infinite(), dh.is_infinite());
    let (g, h) = (
        logistic_grad(x, 1000).1,
        logistic_hand_grad(x, 1000, &mut trajectory).1,
    );
    assert!(
        (g - h).abs() <= 1e-12 * h.abs(),
        "logistic: generated {g} vs hand {h}"
    );
    rows.push(measure(
        "logistic map, n = 10^6",
        rounds,
        3,
        &mut [
            ("primal", &mut || {
                black_box(run_logistic(black_box(x), n));
            }),
            ("jvp", &mut || {
                black_box(run_logistic_jvp(black_box(x), n));
            }),
            ("hand jvp", &mut || {
                black_box(run_logistic_hand_jvp(black_box(x), n));
            }),
            ("grad", &mut || {
                black_box(run_logistic_grad(black_box(x), n));
            }),
            ("hand grad", &mut || {
                black_box(logistic_hand_grad(black_box(x), n, &mut trajectory));
            }),
        ],
    ));

    let (x, yv, n) = (0.4, 0.8, 100_000);
    let mut stack = Vec::new();
    let (_, gx, gy) = oscillator_grad(x, yv, n);
    let (_, hx, hy) = oscillator_hand_grad(x, yv, n, &mut stack);
    let (_, dj) = oscillator_jvp(x, yv, n, 1.0, 0.5);
    let (_, hj) = oscillator_hand_jvp(x, yv, n, 1.0, 0.5);
    for (a, b) in [(gx, hx), (gy, hy), (dj, hj)] {
        assert!(
            (a - b).abs() <= 1e-9 * b.abs().max(1.0),
            "oscillator: generated {a} vs hand {b}"
        );
    }
    rows.push(measure(
        "loop with branch, sin/cos, n = 10^5",
        rounds,
        5,
        &mut [
            ("primal", &mut || {
                black_box(run_oscillator(black_box(x), yv, n));
            }),
            ("jvp", &mut || {
                black_box(run_oscillator_jvp(black_box(x), yv, n));
            }),
            ("hand jvp", &mut || {
                black_box(run_oscillator_hand_jvp(black_box(x), yv, n));
            }),
            ("grad", &mut || {
                black_box(run_oscillator_grad(black_box(x), yv, n));
            }),
            ("hand grad", &mut || {
                black_box(oscillator_hand_grad(black_box(x), yv, n, &mut stack));
            }),
        ],
    ));

    let (x, depth) = (0.6, 1000);
    let (_, g) = recursive_grad(x, depth);
    let (_, h) = recursive_hand_grad(x, depth, &mut stack);
    assert!(
        (g - h).abs() <= 1e-12 * h.abs().max(1.0),
        "recursive: generated {g} vs hand {h}"
    );
    rows.push(measure(
        "recursion, depth 1000",
        rounds,
        200,
        &mut [
            ("primal", &mut || {
                black_box(run_recursive(black_box(x), depth));
            }),
            ("jvp", &mut || {
                black_box(run_recursive_jvp(black_box(x), depth));
            }),
            ("hand jvp", &mut || {
                black_box(run_recursive_hand_jvp(black_box(x), depth));
            }),
            ("grad", &mut || {
                black_box(run_recursive_grad(black_box(x), depth));
            }),
            ("hand grad", &mut || {
                black_box(recursive_hand_grad(black_box(x), depth, &mut stack));
            }),
        ],
    ));

    println!("time / primal time, median of {rounds} interleaved rounds\n");
    println!("| kernel | jvp | hand jvp | grad | hand grad | jvp / hand | grad / hand |");
    println!("|---|---|---|---|---|---|---|");
    for row in &rows {
        let r = |name: &str| {
            row.ratios
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(f64::NAN, |(_, v)| *v)
        };
        println!(
            "| {} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} |",
            row.kernel,
            r("jvp"),
            r("hand jvp"),
            r("grad"),
            r("hand grad"),
            r("jvp") / r("hand jvp"),
            r("grad") / r("hand grad"),
        );
    }
}
