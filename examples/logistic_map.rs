//! Derivatives of the logistic map `l_1 = x`, `l_{k+1} = 4 l_k (1 - l_k)`,
//! the example Baydin et al. use to contrast automatic differentiation with
//! symbolic differentiation (expression swell).
//!
//! It shows `dl_n/dx` from forward mode (`logistic_jvp`) and reverse mode
//! (`logistic_grad`) as `n` grows, beside central finite differences (two
//! step sizes) and the chain-rule product `Π_{k=1}^{n-1} (4 - 8 l_k)` computed
//! by a hand loop. The map is chaotic, so the derivative roughly doubles each
//! step: finite differences lose every digit near `n ≈ 50`, AD stays at
//! rounding level, and the derivative itself overflows `f64` a little past
//! `n = 1000`. Finally it times the primal, `jvp` and `grad` at `n = 10^6`.
//!
//! It asserts AD against the product wherever the product is finite, so
//! running it is a test:
//!
//! ```text
//! cargo run --release --example logistic_map
//! ```

use std::hint::black_box;
use std::time::{Duration, Instant};

use autodiff::check::central_difference;
use autodiff::differentiate;

/// `l_n`, the `n`-th term of the logistic map started at `l_1 = x`
/// (`n` counts terms, so `n - 1` steps are taken and `logistic(x, 1) == x`).
#[differentiate]
fn logistic(x: f64, n: usize) -> f64 {
    let mut l = x;
    for _ in 1..n {
        l = 4.0 * l * (1.0 - l);
    }
    l
}

/// `(l_n, dl_n/dx)` by the chain rule written out by hand:
/// `dl_n/dx = Π_{k=1}^{n-1} dl_{k+1}/dl_k = Π_{k=1}^{n-1} (4 - 8 l_k)`.
fn chain_rule_product(x: f64, n: usize) -> (f64, f64) {
    let mut l = x;
    let mut d = 1.0;
    for _ in 1..n {
        d *= 4.0 - 8.0 * l;
        l = 4.0 * l * (1.0 - l);
    }
    (l, d)
}

/// `|got - want| / |want|`, or NaN when the reference is not finite.
fn rel_err(got: f64, want: f64) -> f64 {
    if !want.is_finite() {
        return f64::NAN;
    }
    if want == 0.0 {
        return got.abs();
    }
    ((got - want) / want).abs()
}

/// A relative error for the table: `overflow` when there is no finite reference.
fn fmt_err(e: f64) -> String {
    if e.is_nan() {
        "overflow".to_string()
    } else {
        format!("{e:.1e}")
    }
}

/// The fastest of `reps` runs of `f`, after one warm-up run.
fn best_of<T>(reps: usize, mut f: impl FnMut() -> T) -> Duration {
    black_box(f());
    (0..reps)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .min()
        .expect("at least one repetition")
}

/// Relative tolerance for AD against the hand product for `n <= 100`.
const TOL_SMALL_N: f64 = 1e-10;
/// Relative tolerance for AD against the hand product for larger `n` where the
/// product is still finite (rounding error grows slowly, about linearly in `n`).
const TOL_LARGE_N: f64 = 1e-8;

fn main() {
    let x = 0.3_f64;
    let (h1, h2) = (1e-6_f64, 1e-9_f64);

    // Where the exact derivative first overflows f64 (found with the hand loop).
    let first_inf = (1..5000)
        .find(|&n| !chain_rule_product(x, n).1.is_finite())
        .expect("the derivative overflows within 5000 terms");

    let mut ns = vec![1, 2, 5, 10, 20, 30, 40, 50, 60, 100, 500, 1000];
    ns.extend([first_inf - 1, first_inf, 1100]);

    println!("Logistic map  l_1 = x,  l_(k+1) = 4 l_k (1 - l_k),  at x = {x}");
    println!(
        "n counts terms: l_n is reached after n - 1 steps, so l_1 = x and dl_1/dx = 1.\n\
         Reference: the chain-rule product dl_n/dx = prod_(k=1)^(n-1) (4 - 8 l_k), by a hand loop.\n\
         FD = central difference (f(x+h) - f(x-h)) / 2h.  Columns 'rel' are |method - product| / |product|.\n"
    );
    println!(
        "{:>5} {:>9} {:>11} {:>11} {:>11} {:>9} {:>9} {:>11} {:>9} {:>11} {:>9} {:>9}",
        "n",
        "l_n",
        "product",
        "jvp",
        "grad",
        "rel jvp",
        "rel grad",
        "FD h=1e-6",
        "rel",
        "FD h=1e-9",
        "rel",
        "best FD"
    );
    println!("{}", "-".repeat(125));

    // First n in the table at which each FD step is off by more than 10%.
    let mut fd_fails: [Option<usize>; 2] = [None, None];
    // The same for the best step size (chosen knowing the answer).
    let mut best_fails: Option<usize> = None;

    for &n in &ns {
        let (l_hand, d_hand) = chain_rule_product(x, n);
        let (l_fwd, d_fwd) = logistic_jvp(x, n, 1.0);
        let (l_rev, d_rev) = logistic_grad(x, n);
        let l_plain = logistic(x, n);
        let fd1 = central_difference(|t| logistic(t, n), x, h1);
        let fd2 = central_difference(|t| logistic(t, n), x, h2);
        let (e_fwd, e_rev) = (rel_err(d_fwd, d_hand), rel_err(d_rev, d_hand));
        let (e_fd1, e_fd2) = (rel_err(fd1, d_hand), rel_err(fd2, d_hand));
        // The best central difference over h = 1e-1, 1e-2, ..., 1e-16, picked
        // with knowledge of the answer: a lower bound on what any step can do.
        let e_best = (1..=16)
            .map(|k| {
                let fd = central_difference(|t| logistic(t, n), x, 10f64.powi(-k));
                rel_err(fd, d_hand)
            })
            .fold(f64::NAN, f64::min);
        for (slot, e) in fd_fails.iter_mut().zip([e_fd1, e_fd2]) {
            if slot.is_none() && e > 0.1 {
                *slot = Some(n);
            }
        }
        if best_fails.is_none() && e_best > 0.1 {
            best_fails = Some(n);
        }

        println!(
            "{:>5} {:>9.6} {:>11.3e} {:>11.3e} {:>11.3e} {:>9} {:>9} {:>11.3e} {:>9} {:>11.3e} {:>9} {:>9}",
            n,
            l_plain,
            d_hand,
            d_fwd,
            d_rev,
            fmt_err(e_fwd),
            fmt_err(e_rev),
            fd1,
            fmt_err(e_fd1),
            fd2,
            fmt_err(e_fd2),
            fmt_err(e_best),
        );

        // Checks: every generated function returns the plain function's value.
        // Any difference in evaluation order would be amplified by ~2^n, so at
        // large n this is in effect a bitwise check.
        for (name, l) in [("jvp", l_fwd), ("grad", l_rev), ("hand loop", l_hand)] {
            assert!(
                (l - l_plain).abs() <= 1e-12,
                "n = {n}: {name} primal {l} differs from plain {l_plain}"
            );
        }
        if d_hand.is_finite() {
            let tol = if n <= 100 { TOL_SMALL_N } else { TOL_LARGE_N };
            assert!(
                e_fwd <= tol,
                "n = {n}: jvp {d_fwd} vs product {d_hand}: rel err {e_fwd:e} > {tol:e}"
            );
            assert!(
                e_rev <= tol,
                "n = {n}: grad {d_rev} vs product {d_hand}: rel err {e_rev:e} > {tol:e}"
            );
        } else {
            assert!(
                !d_fwd.is_finite() && !d_rev.is_finite(),
                "n = {n}: product overflowed but AD gave jvp {d_fwd}, grad {d_rev}"
            );
        }
    }

    let show = |n: Option<usize>| n.map_or("never".to_string(), |n| format!("n = {n}"));
    println!(
        "\n'best FD' is the smallest relative error of a central difference over h = 1e-1, 1e-2, \
         ..., 1e-16,\nchosen knowing the answer. In this table FD is first more than 10% off at \
         {} (h = 1e-6),\nat {} (h = 1e-9), and at {} for the best h.",
        show(fd_fails[0]),
        show(fd_fails[1]),
        show(best_fails)
    );
    println!(
        "The exact derivative first overflows f64 at n = {first_inf} (|dl_n/dx| > 1.8e308): from \
         there on the\nproduct, jvp and grad are all inf or -inf and there is no finite reference \
         ('overflow').\n"
    );
    println!(
        "Why: |dl_(k+1)/dl_k| = |4 - 8 l_k| averages a factor 2 per step on this chaotic orbit \
         (Lyapunov\nexponent ln 2), so |dl_n/dx| grows like 2^n. Forward and reverse mode apply \
         the chain rule\nstep by step, like the hand product, so their relative error stays at \
         rounding level for\nevery n until the value itself overflows. A central difference with \
         step h needs l_n to be\nsmooth over [x - h, x + h]; once 2^n h is of order 1 the two \
         evaluations land on unrelated\npoints of the orbit and the estimate is garbage. Smaller \
         h only helps until rounding noise\nin l_n (about eps 2^n) divided by h takes over; the \
         best any step can do is a relative error\nof roughly (eps |dl_n/dx|)^(2/3), which \
         reaches 1 once |dl_n/dx| is about 1/eps = 4.5e15 (between\nn = 50 and n = 60 here).\n\
         Caveat: from about n = 50 the computed orbit l_n itself has no correct digits compared \
         with\nexact real arithmetic (rounding errors grow by the same 2^n). AD, like the hand \
         product,\ndifferentiates the floating-point orbit that the program actually computes."
    );

    // ---- timing at n = 10^6 ---------------------------------------------------
    let n_big = 1_000_000;
    let reps = 5;
    let t_primal = best_of(reps, || logistic(black_box(x), black_box(n_big)));
    let t_jvp = best_of(reps, || logistic_jvp(black_box(x), black_box(n_big), 1.0));
    let t_grad = best_of(reps, || logistic_grad(black_box(x), black_box(n_big)));
    let (_, d_jvp_big) = logistic_jvp(x, n_big, 1.0);
    let (l_big, d_grad_big) = logistic_grad(x, n_big);

    // The same jvp in a regime where the derivative stays finite: 1000 calls at
    // n = 1000 (999 steps each) are about the same 10^6 steps.
    let n_fin = 1000;
    let starts = |i: usize| x + 1e-9 * i as f64;
    let non_finite = (0..n_big / n_fin)
        .filter(|&i| !logistic_jvp(starts(i), n_fin, 1.0).1.is_finite())
        .count();
    let t_jvp_finite = best_of(reps, || {
        (0..n_big / n_fin)
            .map(|i| logistic_jvp(black_box(starts(i)), black_box(n_fin), 1.0).1)
            .sum::<f64>()
    });

    let secs = |d: Duration| d.as_secs_f64();
    println!("\nTiming at n = {n_big} (best of {reps} runs after a warm-up, --release):");
    println!(
        "  primal  {:>10.3} ms   (l_n = {l_big:.6})",
        secs(t_primal) * 1e3
    );
    println!(
        "  jvp     {:>10.3} ms   ratio jvp/primal  = {:.2}   (dl_n/dx = {d_jvp_big})",
        secs(t_jvp) * 1e3,
        secs(t_jvp) / secs(t_primal)
    );
    println!(
        "  grad    {:>10.3} ms   ratio grad/primal = {:.2}   (dl_n/dx = {d_grad_big})",
        secs(t_grad) * 1e3,
        secs(t_grad) / secs(t_primal)
    );
    println!(
        "  jvp, {} calls at n = {n_fin} (999 steps each, x = 0.3 + i 1e-9): {:.3} ms   \
         ({non_finite} of these {} tangents are non-finite)",
        n_big / n_fin,
        secs(t_jvp_finite) * 1e3,
        n_big / n_fin
    );
    println!(
        "At n = {n_big} the derivative has long overflowed (it is {d_jvp_big} from jvp and \
         {d_grad_big} from grad),\nbut the timings still measure the full cost: the loop runs \
         all its steps whatever the\nvalues, and the last line times about the same number of \
         jvp steps with finite tangents."
    );

    println!(
        "\nOK: jvp and grad match the chain-rule product to {TOL_SMALL_N:e} (relative) for n <= 100 \
         and to\n{TOL_LARGE_N:e} for larger n while it is finite; both overflow where it does."
    );
}
