//! Run-time edge semantics of the generated code, as README.md's "Values at
//! non-differentiable points" documents them:
//! - NaN and infinity propagate through values, tangents and adjoints as IEEE
//!   arithmetic says (a NaN input makes every derivative it reaches NaN; an
//!   infinite partial times a zero tangent is NaN);
//! - outside a function's domain the value is NaN and the derivative is the
//!   rule's formula at that point (`ln` at -2: -1/2; `sqrt` at -1: NaN);
//! - a branch condition exactly at its switch point gives the derivative of the
//!   branch the primal takes;
//! - the generated functions are safe to call from several threads at once:
//!   each thread has its own tape.

use autodiff::differentiate;

/// f(x, y) = x sin y + e^{x²}.
#[differentiate]
fn smooth(x: f64, y: f64) -> f64 {
    x * y.sin() + (x * x).exp()
}

#[test]
fn a_nan_input_makes_value_tangent_adjoint_and_hvp_nan() {
    let nan = f64::NAN;
    let (y, dy) = smooth_jvp(nan, 1.0, 1.0, 0.0);
    assert!(y.is_nan() && dy.is_nan(), "jvp: {y}, {dy}");
    let (y, gx, gy) = smooth_grad(nan, 1.0);
    assert!(
        y.is_nan() && gx.is_nan() && gy.is_nan(),
        "grad: {y}, {gx}, {gy}"
    );
    let (y, gx, gy, hx, hy) = smooth_hvp(nan, 1.0, 1.0, 0.0);
    assert!(
        [y, gx, gy, hx, hy].iter().all(|v| v.is_nan()),
        "hvp: {:?}",
        (y, gx, gy, hx, hy)
    );
}

#[test]
fn a_nan_tangent_or_seed_makes_the_derivative_nan_and_leaves_the_value() {
    let (y, dy) = smooth_jvp(0.5, 1.0, f64::NAN, 0.0);
    assert_eq!(y, smooth(0.5, 1.0));
    assert!(dy.is_nan());
    let (y, gx, gy) = smooth_vjp(0.5, 1.0, f64::NAN);
    assert_eq!(y, smooth(0.5, 1.0));
    assert!(gx.is_nan() && gy.is_nan());
}

#[test]
fn an_infinite_input_gives_infinite_partials_and_nan_where_they_meet_a_zero_tangent() {
    let inf = f64::INFINITY;
    // ∂f/∂x = sin y + 2x e^{x²} = inf, ∂f/∂y = x cos y = inf at x = inf, y = 1.
    let (y, gx, gy) = smooth_grad(inf, 1.0);
    assert_eq!((y, gx, gy), (inf, inf, inf));
    // Along (0, 1) the tangent is ∂f/∂x · 0 + ∂f/∂y · 1 = NaN + inf = NaN.
    let (_, dy) = smooth_jvp(inf, 1.0, 0.0, 1.0);
    assert!(dy.is_nan(), "{dy}");
}

/// ln(x) + sqrt(y): both outside their domain for x, y < 0.
#[differentiate]
fn logs_and_roots(x: f64, y: f64) -> f64 {
    x.ln() + y.sqrt()
}

#[differentiate]
fn log_only(x: f64) -> f64 {
    x.ln()
}

#[test]
fn outside_the_domain_the_value_is_nan_and_the_derivative_the_formula() {
    let (y, d) = log_only_grad(-2.0);
    assert!(y.is_nan());
    assert_eq!(d, -0.5, "d ln x / dx = 1/x, also at x = -2");
    // d sqrt(y) / dy = 1 / (2 |sqrt y|) = NaN at y = -1; the NaN value of
    // sqrt reaches only its own partial.
    let (y, gx, gy) = logs_and_roots_grad(2.0, -1.0);
    assert!(y.is_nan() && gy.is_nan());
    assert_eq!(gx, 0.5);
}

/// max(x, y) by a branch: at x == y the condition is false and the
/// derivative is that of `y`.
#[differentiate]
fn branch_max(x: f64, y: f64) -> f64 {
    if x > y {
        x * x
    } else {
        y * y
    }
}

#[test]
fn a_condition_at_its_switch_point_takes_the_branch_the_primal_takes() {
    assert_eq!(branch_max_grad(1.5, 1.5), (2.25, 0.0, 3.0));
    assert_eq!(branch_max_jvp(1.5, 1.5, 1.0, 1.0), (2.25, 3.0));
    let (_, _, _, hx, hy) = branch_max_hvp(1.5, 1.5, 1.0, 1.0);
    assert_eq!((hx, hy), (0.0, 2.0));
}

/// A function with a loop, a branch, recursion, a slice and a local vector,
/// whose reverse mode uses the tape.
#[differentiate]
fn busy(x: &[f64], a: f64, depth: u32) -> f64 {
    let mut b = vec![0.0; x.len()];
    for i in 0..x.len() {
        b[i] = (x[i] * a).sin();
        if b[i] > 0.0 {
            b[i] *= a;
        }
    }
    let s: f64 = b.iter().sum();
    if depth == 0 {
        s
    } else {
        s + 0.5 * busy(x, s.tanh(), depth - 1)
    }
}

/// Every derivative of `busy` at the point k, as bits.
fn busy_bits(k: usize) -> Vec<u64> {
    let x: Vec<f64> = (0..4).map(|i| ((k * 4 + i) as f64 * 0.37).sin()).collect();
    let a = (k as f64 * 0.11).cos();
    let d = [1.0, -0.5, 0.25, 2.0];
    let (y, gx, ga) = busy_grad(&x, a, 3);
    let (_, jv) = busy_jvp(&x, a, 3, &d, 0.5);
    let (_, hgx, hga, hx, ha) = busy_hvp(&x, a, 3, &d, 0.5);
    let mut all = vec![y, ga, jv, hga, ha];
    all.extend(gx.iter().chain(&hgx).chain(&hx));
    all.iter().map(|v| v.to_bits()).collect()
}

#[test]
fn generated_functions_called_from_several_threads_at_once_agree_with_one_thread() {
    const POINTS: usize = 200;
    let expected: Vec<Vec<u64>> = (0..POINTS).map(busy_bits).collect();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..4)
            .map(|t| {
                s.spawn(move || {
                    // Each thread walks the points from its own start, so
                    // that different points run at the same time.
                    (0..POINTS)
                        .map(|i| {
                            let k = (i + t * 50) % POINTS;
                            (k, busy_bits(k))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for w in workers {
            for (k, bits) in w.join().expect("no thread panics") {
                assert_eq!(bits, expected[k], "point {k}");
            }
        }
    });
}
