//! The worked example from Baydin et al., "Automatic differentiation in
//! machine learning: a survey" (JMLR 18, 2018): `f(x1, x2) = ln x1 + x1 x2 - sin x2`
//! at `(x1, x2) = (2, 5)`.
//!
//! It prints the evaluation trace (forward primal and tangent tables and the
//! reverse adjoint table), then the value and gradient from forward mode (two
//! `f_jvp` calls with unit seeds) and reverse mode (`f_grad`), beside the hand
//! formulas `df/dx1 = 1/x1 + x2` and `df/dx2 = x1 - cos x2`. It asserts the
//! survey's printed values (to their 3 decimals) and AD against the formulas
//! (to 1e-12), so running it is a test:
//!
//! ```text
//! cargo run --release --example baydin
//! ```

use autodiff::differentiate;

/// Baydin et al.'s example function `f(x1, x2) = ln x1 + x1 x2 - sin x2`.
#[differentiate]
fn f(x1: f64, x2: f64) -> f64 {
    x1.ln() + x1 * x2 - x2.sin()
}

/// Tolerance for the survey's values, which it prints to 3 decimals.
const SURVEY_TOL: f64 = 5e-4;
/// Tolerance for AD against the hand-derived formulas.
const FORMULA_TOL: f64 = 1e-12;

fn main() {
    let (x1, x2) = (2.0_f64, 5.0_f64);

    println!("f(x1, x2) = ln x1 + x1 x2 - sin x2   at (x1, x2) = ({x1}, {x2})");
    println!("(the worked example of Baydin et al., JMLR 18 (2018))\n");

    let trace = f_trace(x1, x2);
    println!("Evaluation trace:\n{trace}");

    // Forward mode: one jvp per input direction (unit seeds).
    let (y_fwd1, d1_fwd) = f_jvp(x1, x2, 1.0, 0.0);
    let (y_fwd2, d2_fwd) = f_jvp(x1, x2, 0.0, 1.0);
    // Reverse mode: one sweep gives the whole gradient.
    let (y_rev, d1_rev, d2_rev) = f_grad(x1, x2);
    // The trace computes the same things.
    let trace_grad = trace.gradient();

    // The plain (undifferentiated) function, kept by the macro.
    let y_plain = f(x1, x2);
    // Hand formulas.
    let y_hand = x1.ln() + x1 * x2 - x2.sin();
    let d1_hand = 1.0 / x1 + x2;
    let d2_hand = x1 - x2.cos();

    // The survey's printed values.
    let (y_paper, d1_paper, d2_paper) = (11.652, 5.5, 1.716);

    println!(
        "{:<10} {:>20} {:>20} {:>20} {:>10}",
        "quantity", "forward (jvp)", "reverse (grad)", "hand formula", "survey"
    );
    println!("{}", "-".repeat(84));
    println!(
        "{:<10} {:>20.15} {:>20.15} {:>20.15} {:>10.3}",
        "f", y_fwd1, y_rev, y_hand, y_paper
    );
    println!(
        "{:<10} {:>20.15} {:>20.15} {:>20.15} {:>10.3}",
        "df/dx1", d1_fwd, d1_rev, d1_hand, d1_paper
    );
    println!(
        "{:<10} {:>20.15} {:>20.15} {:>20.15} {:>10.3}",
        "df/dx2", d2_fwd, d2_rev, d2_hand, d2_paper
    );
    println!();
    println!("hand formulas: df/dx1 = 1/x1 + x2,  df/dx2 = x1 - cos x2");
    println!(
        "forward mode needed 2 sweeps (one per input); reverse mode needed 1 \
         forward + 1 reverse sweep for both partials."
    );

    // --- checks: running the example is a test ---------------------------
    let close = |a: f64, b: f64, tol: f64| (a - b).abs() <= tol;

    // Values: forward, reverse, trace and hand formula agree to rounding.
    for (name, y) in [
        ("jvp #1", y_fwd1),
        ("jvp #2", y_fwd2),
        ("grad", y_rev),
        ("trace", trace.value()),
        ("plain f", y_plain),
    ] {
        assert!(
            close(y, y_hand, FORMULA_TOL),
            "{name} value {y} != hand value {y_hand} (tol {FORMULA_TOL:e})"
        );
    }
    // Partials: AD vs formula to 1e-12.
    for (name, got, want) in [
        ("forward df/dx1", d1_fwd, d1_hand),
        ("forward df/dx2", d2_fwd, d2_hand),
        ("reverse df/dx1", d1_rev, d1_hand),
        ("reverse df/dx2", d2_rev, d2_hand),
        ("trace df/dx1", trace_grad[0], d1_hand),
        ("trace df/dx2", trace_grad[1], d2_hand),
    ] {
        assert!(
            close(got, want, FORMULA_TOL),
            "{name} = {got} but formula gives {want} (tol {FORMULA_TOL:e})"
        );
    }
    assert_eq!(
        trace_grad.len(),
        2,
        "trace gradient has one entry per input"
    );
    // The survey's 3-decimal values.
    for (name, got, want) in [
        ("f", y_rev, y_paper),
        ("df/dx1", d1_rev, d1_paper),
        ("df/dx2", d2_rev, d2_paper),
    ] {
        assert!(
            close(got, want, SURVEY_TOL),
            "{name} = {got} does not round to the survey's {want:.3}"
        );
    }

    println!(
        "\nOK: AD (forward, reverse, trace) matches the hand formulas to {FORMULA_TOL:e} \
         and the survey's values to 3 decimals (tolerance {SURVEY_TOL:e})."
    );
}
