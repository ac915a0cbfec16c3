//! The stack each generated function uses per level of a recursion, beside
//! the primal's, for the four recursions of `examples/recursion` (README.md,
//! "Deep recursion and long loops", quotes its output).
//!
//! The smallest thread stack on which a call of depth d returns is found by
//! bisection (to the page), running each attempt in a child process (an
//! overflow aborts the process); the stack per level is the slope between
//! d = 2·10^4 and d = 10^5, which cancels what the thread needs besides the
//! recursion. `_grad` runs the forward sweep and then the backward sweep, each
//! recursing d deep, and `_hvp` the same for the tangent program: their figure
//! is the larger of their two sweeps. It asserts that no generated function
//! takes more than twice its primal's stack per level (to the resolution of
//! the measurement, 0.1 byte), and that depth 10^5 of every function runs on
//! a thread with the stack README.md documents. Run it in both profiles:
//!
//! ```text
//! cargo run --example stack_depth
//! cargo run --release --example stack_depth
//! ```

#[path = "recursion/mod.rs"]
mod recursion;

use std::hint::black_box;
use std::process::{Command, Stdio};

use recursion::*;

/// The depths between which the stack per level is measured.
const DEPTHS: (u32, u32) = (20_000, 100_000);
/// The thread stack README.md documents for depth 10^5 of these functions.
const DOCUMENTED_STACK: usize = 96 << 20;
/// The depth that must fit in it.
const DEEP: u32 = 100_000;
/// The resolution of the bisection.
const PAGE: usize = 4096;
/// The resolution of the bytes per level: two bisections, each to a page,
/// over the levels between the two depths.
const RESOLUTION: f64 = 2.0 * PAGE as f64 / (DEPTHS.1 - DEPTHS.0) as f64;
/// The functions measured.
const FUNCTIONS: [&str; 4] = ["scalar", "slice", "branches", "reassigned"];
/// The primal and the generated functions measured.
const VARIANTS: [&str; 4] = ["primal", "jvp", "grad", "hvp"];

/// Runs `variant` of `function` at `depth` on the calling thread. Every
/// argument passes through `black_box`: with constant arguments in sight, the
/// compiler specialises the primal and `_jvp` to them and keeps no float
/// across the recursive call (16 bytes per level for `branches` instead of
/// 32), which no caller with real data sees.
fn run(function: &str, variant: &str, depth: u32) {
    let x = black_box([0.4, -0.3, 0.8]);
    let d = black_box(depth);
    // Named by their values.
    let (a12, a05, a18, a04, a10) = black_box((1.2, 0.5, 1.8, 0.4, 1.0));
    match (function, variant) {
        ("scalar", "primal") => drop(black_box(scalar(a12, d))),
        ("scalar", "jvp") => drop(black_box(scalar_jvp(a12, d, a10))),
        ("scalar", "grad") => drop(black_box(scalar_grad(a12, d))),
        ("scalar", "hvp") => drop(black_box(scalar_hvp(a12, d, a10))),
        ("slice", "primal") => drop(black_box(slice(&x, a05, d))),
        ("slice", "jvp") => drop(black_box(slice_jvp(&x, a05, d, &x, a10))),
        ("slice", "grad") => drop(black_box(slice_grad(&x, a05, d))),
        ("slice", "hvp") => drop(black_box(slice_hvp(&x, a05, d, &x, a10))),
        ("branches", "primal") => drop(black_box(branches(a18, a04, d))),
        ("branches", "jvp") => drop(black_box(branches_jvp(a18, a04, d, a10, a05))),
        ("branches", "grad") => drop(black_box(branches_grad(a18, a04, d))),
        ("branches", "hvp") => drop(black_box(branches_hvp(a18, a04, d, a10, a05))),
        ("reassigned", "primal") => drop(black_box(reassigned(a12, a05, d))),
        ("reassigned", "jvp") => drop(black_box(reassigned_jvp(a12, a05, d, a10, a05))),
        ("reassigned", "grad") => drop(black_box(reassigned_grad(a12, a05, d))),
        ("reassigned", "hvp") => drop(black_box(reassigned_hvp(a12, a05, d, a10, a05))),
        _ => panic!("unknown function {function} or variant {variant}"),
    }
}

/// Whether `variant` of `function` at `depth` returns on a thread of `stack`
/// bytes, in a child process.
fn fits(function: &str, variant: &str, depth: u32, stack: usize) -> bool {
    let exe = std::env::current_exe().expect("the example's path");
    Command::new(exe)
        .args([function, variant, &depth.to_string(), &stack.to_string()])
        .stderr(Stdio::null())
        .status()
        .expect("the example runs itself")
        .success()
}

/// The smallest stack (to [`PAGE`]) on which the call returns.
fn smallest_stack(function: &str, variant: &str, depth: u32) -> usize {
    let mut high = 64 * PAGE;
    while !fits(function, variant, depth, high) {
        high *= 2;
    }
    let mut low = 0;
    while high - low > PAGE {
        let middle = (low + high) / 2 / PAGE * PAGE;
        if fits(function, variant, depth, middle) {
            high = middle;
        } else {
            low = middle;
        }
    }
    high
}

/// Bytes of stack per level of recursion.
fn per_level(function: &str, variant: &str) -> f64 {
    let low = smallest_stack(function, variant, DEPTHS.0);
    let high = smallest_stack(function, variant, DEPTHS.1);
    (high - low) as f64 / f64::from(DEPTHS.1 - DEPTHS.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [function, variant, depth, stack] = args.as_slice() {
        let depth: u32 = depth.parse().expect("a depth");
        let (function, variant) = (function.clone(), variant.clone());
        let child = std::thread::Builder::new()
            .stack_size(stack.parse().expect("a stack size"))
            .spawn(move || run(&function, &variant, depth))
            .expect("a thread");
        std::process::exit(if child.join().is_ok() { 0 } else { 1 });
    }
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!("bytes of stack per level ({profile}), and the ratio to the primal's:");
    println!(
        "{:<10} {:>8} {:>14} {:>14} {:>14}",
        "function", "primal", "jvp", "grad", "hvp"
    );
    let mut over = Vec::new();
    for function in FUNCTIONS {
        let bytes: Vec<f64> = VARIANTS.iter().map(|v| per_level(function, v)).collect();
        let cells: Vec<String> = bytes[1..]
            .iter()
            .map(|b| format!("{b:.0} ({:.2}x)", b / bytes[0]))
            .collect();
        println!(
            "{function:<10} {:>8.0} {:>14} {:>14} {:>14}",
            bytes[0], cells[0], cells[1], cells[2]
        );
        for (variant, b) in VARIANTS.iter().zip(&bytes).skip(1) {
            if *b > 2.0 * bytes[0] + RESOLUTION {
                over.push(format!("{variant} of {function}"));
            }
        }
    }
    assert!(
        over.is_empty(),
        "more than twice the primal's stack per level: {}",
        over.join(", ")
    );
    for function in FUNCTIONS {
        for variant in VARIANTS {
            assert!(
                fits(function, variant, DEEP, DOCUMENTED_STACK),
                "{variant} of {function} at depth {DEEP} overflows {DOCUMENTED_STACK} bytes"
            );
        }
    }
    println!(
        "every function above runs at depth {DEEP} on a thread of {} MiB",
        DOCUMENTED_STACK >> 20
    );
}
