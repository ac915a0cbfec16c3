//! Time and peak memory of one hypergradient by each method, on ridge
//! regression with one penalty per parameter (`examples/bilevel`:
//! `G(w, λ) = (1/2N) ‖Xw − y‖² + ½ Σ_j λ_j w_j²`, F the validation loss), at
//! n = 10^3 and n = 10^5 parameters: `cargo bench --bench hypergradient`.
//!
//! Each hypergradient starts from the solved inner problem (w* to
//! ‖∇G‖ ≤ 1e-11; the solve then only checks the gradient), except ITD, which
//! unrolls its K steps from there and keeps them. Budgets: CG 20 iterations,
//! Neumann 20 terms, ITD K = 20 (and its last T = 5), DARTS one step; the exact
//! method (a dense Hessian of order 2n) only at n = 10^3. Times are over one
//! inner gradient (`ridge_grad_into`), median of interleaved rounds
//! (`ROUNDS=N`, default 5). Peak memory is the most heap held at once during
//! one call, above what was held before it, counted by a global allocator
//! around the system's, twice: with the thread's reusable tape released
//! before the call (cold: the tape's growth counts, as on a fresh thread),
//! and right after a first call (warm: the tape is already grown, so what
//! remains is the method's own working memory); both also in units of one
//! parameter vector (8n bytes). The error is against CG run to convergence.

// The shared objectives read vectors by index, as differentiated code does.
#![allow(clippy::needless_range_loop)]

#[path = "../examples/bilevel/mod.rs"]
mod bilevel;
mod common;
#[path = "hypergradient/counting.rs"]
mod counting;

use std::hint::black_box;

use autodiff::bilevel::{
    Bilevel, ConjugateGradient, Exact, FiniteDifference, InnerSolver, Itd, Method, Neumann,
    Objective,
};
use autodiff::{objective, TapeScalar};
use bilevel::*;

#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;

/// Training and validation samples.
const SAMPLES: usize = 20;

/// A data set of `SAMPLES` rows of n features `N(0, SAMPLES / n)`, so that
/// `XᵀX / SAMPLES` has its non-zero eigenvalues near 1 at every n.
fn data(n: usize, w_true: &[f64], rng: &mut Rng) -> Data {
    let scale = (SAMPLES as f64 / n as f64).sqrt();
    let x: Vec<f64> = (0..SAMPLES * n).map(|_| scale * rng.normal()).collect();
    let y = x
        .chunks(n)
        .map(|row| row.iter().zip(w_true).map(|(a, b)| a * b).sum::<f64>() + 0.1 * rng.normal())
        .collect();
    Data { x, y, d: n }
}

/// The largest eigenvalue of `XᵀX / N`, from the small `X Xᵀ / N`.
fn gram_curvature(train: &Data) -> f64 {
    let x = train.matrix();
    (&x * x.transpose() / train.len() as f64)
        .symmetric_eigenvalues()
        .max()
}

/// A method with its inner solver, by name.
type Run = (&'static str, Box<dyn Method>, InnerSolver);

/// The methods and their budgets at inner step `eta` (`exact` if feasible).
fn methods(eta: f64, exact: bool) -> Vec<Run> {
    let solved = InnerSolver::new(1000, eta).tolerance(1e-9);
    let unrolled = InnerSolver::new(20, eta).tolerance(0.0);
    let mut runs: Vec<Run> = vec![
        (
            "CG, 20 iterations",
            Box::new(ConjugateGradient::new(20, 1e-14)),
            solved,
        ),
        ("Neumann, 20 terms", Box::new(Neumann::new(20, eta)), solved),
        ("ITD, K = 20", Box::new(Itd::default()), unrolled),
        (
            "ITD, last T = 5 of 20",
            Box::new(Itd::truncated(5)),
            unrolled,
        ),
        (
            "DARTS (finite differences)",
            Box::new(FiniteDifference::new(eta)),
            solved,
        ),
    ];
    if exact {
        runs.insert(0, ("exact (dense Hessian)", Box::new(Exact), solved));
    }
    runs
}

/// One row of the results.
struct Row {
    method: &'static str,
    ratio: f64,
    peaks: Peaks,
    error: f64,
}

/// The most heap held at once during a call, above what was held before it:
/// from a released tape, and after a first call.
#[derive(Clone, Copy)]
struct Peaks {
    cold: usize,
    warm: usize,
}

/// The heap held at once during `f`, above what was held before it.
fn peak_of(f: &mut impl FnMut()) -> usize {
    let before = counting::current();
    counting::reset_peak();
    f();
    counting::peak() - before
}

/// `f`'s peaks: with the thread's tape released, then right after.
fn peaks(mut f: impl FnMut()) -> Peaks {
    f64::release_thread_tape();
    let cold = peak_of(&mut f);
    let warm = peak_of(&mut f);
    Peaks { cold, warm }
}

/// The ridge problem at n parameters, solved.
struct Ridge {
    train: Data,
    val: Data,
    lam: Vec<f64>,
    /// The inner step size 1 / L.
    eta: f64,
    /// The inner solution, to ‖∇G‖ ≤ 1e-11.
    w_star: Vec<f64>,
}

impl Ridge {
    fn new(n: usize) -> Self {
        let mut rng = Rng::new(n as u64);
        let w_true: Vec<f64> = (0..n).map(|_| rng.normal()).collect();
        let (train, val) = (data(n, &w_true, &mut rng), data(n, &w_true, &mut rng));
        // Penalties from 0.1 to 0.2: H has eigenvalues from 0.1 to L = 1/eta,
        // about 1.5 at n = 10^3 and 1.2 at n = 10^5 (XᵀX/N's are 1 ± 2√(N/n)).
        let lam: Vec<f64> = (0..n).map(|j| 0.1 * (1.0 + j as f64 / n as f64)).collect();
        let eta = 1.0 / (gram_curvature(&train) + 0.2);
        let inner = objective!(ridge_grad_into, ridge_hvp, &train);
        let w_star = InnerSolver::new(100_000, eta)
            .tolerance(1e-11)
            .solve(&inner, &vec![0.0; n], &lam, false)
            .expect("inner solve")
            .w;
        Self {
            train,
            val,
            lam,
            eta,
            w_star,
        }
    }
}

/// Every method at n parameters: time ratios, peak memory, errors; and the
/// inner gradient's peaks.
fn bench(n: usize, exact: bool, reps: usize, rounds: usize) -> (Vec<Row>, Peaks) {
    let ridge = Ridge::new(n);
    let (w_star, lam) = (&ridge.w_star, &ridge.lam);
    let inner = objective!(ridge_grad_into, ridge_hvp, &ridge.train);
    let outer = objective!(validation_grad_into, validation_hvp, &ridge.val);
    let hypergradient = |(_, method, solver): &Run, w: &mut Vec<f64>| {
        w.clone_from(w_star);
        Bilevel::new(&inner, &outer, *solver)
            .hypergradient(method.as_ref(), w, lam)
            .expect("hypergradient")
    };
    let converged: Run = (
        "reference",
        Box::new(ConjugateGradient::new(1000, 1e-14)),
        InnerSolver::new(1000, ridge.eta).tolerance(1e-9),
    );
    let reference = hypergradient(&converged, &mut w_star.clone()).gradient;
    let runs = methods(ridge.eta, exact);
    let (mut gw, mut glam) = (vec![0.0; n], vec![0.0; n]);
    let mut gradient = || {
        black_box(inner.value_grad_into(black_box(w_star), lam, &mut gw, &mut glam));
    };
    let gradient_peaks = peaks(&mut gradient);
    let mut w = w_star.clone();
    let mut rows: Vec<Row> = runs
        .iter()
        .map(|run| Row {
            method: run.0,
            ratio: 0.0,
            peaks: peaks(|| drop(black_box(hypergradient(run, &mut w)))),
            error: relative_error(&hypergradient(run, &mut w).gradient, &reference),
        })
        .collect();
    let mut buffers: Vec<Vec<f64>> = runs.iter().map(|_| w_star.clone()).collect();
    let mut timed: Vec<Box<dyn FnMut() + '_>> = runs
        .iter()
        .zip(buffers.iter_mut())
        .map(|(run, w)| {
            Box::new(move || drop(black_box(hypergradient(run, w)))) as Box<dyn FnMut()>
        })
        .collect();
    let mut variants: Vec<common::Variant> = vec![("inner gradient", 20 * reps, &mut gradient)];
    for (run, f) in runs.iter().zip(timed.iter_mut()) {
        // The exact method takes thousands of gradients' time: one call a round.
        let calls = if run.0.starts_with("exact") { 1 } else { reps };
        variants.push((run.0, calls, f.as_mut()));
    }
    let ratios = common::measure(rounds, &mut variants);
    for (row, (_, ratio)) in rows.iter_mut().zip(&ratios[1..]) {
        row.ratio = *ratio;
    }
    (rows, gradient_peaks)
}

/// A peak in MiB and in units of 8n bytes.
fn show(bytes: usize, n: usize) -> String {
    let mib = bytes as f64 / (1 << 20) as f64;
    format!("{mib:.2} MiB ({:.1})", bytes as f64 / (8 * n) as f64)
}

fn main() {
    let rounds = common::rounds(5);
    for (n, exact, reps) in [(1_000, true, 20), (100_000, false, 1)] {
        let (rows, gradient) = bench(n, exact, reps, rounds);
        println!(
            "\nn = {n} parameters and {n} penalties, {SAMPLES} samples, median of {rounds} rounds"
        );
        println!(
            "inner gradient: peak cold {}, warm {} (in units of 8n bytes)",
            show(gradient.cold, n),
            show(gradient.warm, n)
        );
        println!("| method | time / inner gradient | peak, cold tape | peak, warm tape | error |");
        println!("|---|---|---|---|---|");
        for r in &rows {
            println!(
                "| {} | {:.1} | {} | {} | {:.1e} |",
                r.method,
                r.ratio,
                show(r.peaks.cold, n),
                show(r.peaks.warm, n),
                r.error
            );
        }
        if !exact {
            println!(
                "| exact (dense Hessian) | n/a: 2n = 2·10^5 HVPs and a (2n)² Hessian of 320 GB | | | |"
            );
        }
    }
}
