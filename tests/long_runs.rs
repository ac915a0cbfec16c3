//! Long runs in reverse mode: loops of 10^6 iterations, and a self-recursion
//! of depth 10^4 run inside the default test thread (2 MiB of stack, no
//! thread with a bigger stack is spawned). Each is checked against forward
//! mode and against the chain rule written out by hand, and with the three
//! checks of `common`. Each test prints its time (`-- --nocapture`).

mod common;
use autodiff::differentiate;
use std::time::Instant;

const STEPS: usize = 1_000_000;

/// The logistic map with an active rate: `l_1 = x`, `l_{k+1} = r l_k (1 − l_k)`.
/// For r < 3 the orbit converges to the fixed point `1 − 1/r`, so the value
/// and `∂l_n/∂r → 1/r²` stay finite after 10^6 steps (for r = 4 the derivative
/// overflows a little past n = 1000).
#[differentiate]
fn logistic_rate(r: f64, x: f64, n: usize) -> f64 {
    let mut l = x;
    for _ in 1..n {
        l = r * l * (1.0 - l);
    }
    l
}

/// (l_n, ∂l_n/∂r, ∂l_n/∂x) by the chain rule along the trajectory:
/// `∂l_{k+1}/∂r = l_k (1 − l_k) + r (1 − 2 l_k) ∂l_k/∂r`,
/// `∂l_{k+1}/∂x = r (1 − 2 l_k) ∂l_k/∂x` (the product of the `r (1 − 2 l_k)`).
fn logistic_rate_chain_rule(r: f64, x: f64, n: usize) -> (f64, f64, f64) {
    let (mut l, mut dr, mut dx) = (x, 0.0, 1.0);
    for _ in 1..n {
        let slope = r * (1.0 - 2.0 * l);
        dr = l * (1.0 - l) + slope * dr;
        dx *= slope;
        l = r * l * (1.0 - l);
    }
    (l, dr, dx)
}

fn relative(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(1e-300)
}

#[test]
fn logistic_rate_reverse_mode_over_a_million_steps() {
    let start = Instant::now();
    for (r, x) in [(2.5, 0.3), (2.9, 0.8)] {
        let (l, dr, dx) = logistic_rate_chain_rule(r, x, STEPS);
        let (value, g_r, g_x) = logistic_rate_grad(r, x, STEPS);
        let (_, forward_r) = logistic_rate_jvp(r, x, STEPS, 1.0, 0.0);
        let (_, forward_x) = logistic_rate_jvp(r, x, STEPS, 0.0, 1.0);
        assert_eq!(value, l);
        assert!((value - (1.0 - 1.0 / r)).abs() < 1e-15);
        // The derivative is that of the fixed point, 1/r².
        assert!(relative(g_r, 1.0 / (r * r)) < 1e-12, "{g_r}");
        assert!(relative(g_r, dr) < 1e-12, "{g_r} vs {dr}");
        assert!(relative(g_r, forward_r) < 1e-12, "{g_r} vs {forward_r}");
        // |r (1 − 2 l*)| = |2 − r| < 1: the dependence on the start dies out
        // (the exact product is below 10^-100000). Where a factor rounds to
        // just above 1/2 in magnitude, the product gets stuck at a subnormal
        // instead of reaching 0, at a place that depends on the order of the
        // multiplications: the three need only be negligible.
        for d in [dx, g_x, forward_x] {
            assert!(d.abs() < 1e-300, "{d}");
        }
    }
    // r = 3.2: the orbit settles on a 2-cycle; the derivative stays finite
    // but has no simple closed form, so the hand chain rule is the reference.
    let (l, dr, dx) = logistic_rate_chain_rule(3.2, 0.3, STEPS);
    let (value, g_r, g_x) = logistic_rate_grad(3.2, 0.3, STEPS);
    let (_, forward) = logistic_rate_jvp(3.2, 0.3, STEPS, 1.0, 0.0);
    assert_eq!(value, l);
    assert!(dr.is_finite() && dr.abs() > 0.1);
    assert!(relative(g_r, dr) < 1e-12, "{g_r} vs {dr}");
    assert!(relative(g_r, forward) < 1e-12, "{g_r} vs {forward}");
    assert!(g_x.abs() < 1e-300 && dx.abs() < 1e-300, "{g_x} {dx}");
    // And the three checks of `common` (13 runs of 10^6 steps per point).
    check!(logistic_rate, logistic_rate_jvp, logistic_rate_vjp, logistic_rate_grad; [0, 1]; STEPS)
        .formula(|v| {
            let (_, dr, dx) = logistic_rate_chain_rule(v[0], v[1], STEPS);
            vec![dr, dx]
        })
        .at(&[&[2.5, 0.3], &[3.2, 0.3]]);
    println!(
        "logistic_rate, 10^6 steps: {:.3} s",
        start.elapsed().as_secs_f64()
    );
}

/// A damped oscillator `y'' = −ω² y − c y'`, `y(0) = 1`, `y'(0) = 0`,
/// integrated by symplectic Euler with 10^6 steps of h = 10^-5 (to t = 10).
#[differentiate]
fn oscillator(omega: f64, c: f64, n: usize) -> f64 {
    let h = 1e-5;
    let mut y = 1.0;
    let mut v = 0.0;
    for _ in 0..n {
        v += h * (-omega * omega * y - c * v);
        y += h * v;
    }
    y
}

/// (y_n, ∂y_n/∂ω, ∂y_n/∂c): the tangent recurrence of each step, written by
/// hand (the product of the steps' 2×2 Jacobians applied to each seed).
fn oscillator_chain_rule(omega: f64, c: f64, n: usize) -> (f64, f64, f64) {
    let h = 1e-5;
    let (mut y, mut v) = (1.0, 0.0);
    let (mut yw, mut vw, mut yc, mut vc) = (0.0, 0.0, 0.0, 0.0);
    for _ in 0..n {
        // v' = v + h (−ω² y − c v)
        let vw_new = vw + h * (-2.0 * omega * y - omega * omega * yw - c * vw);
        let vc_new = vc + h * (-omega * omega * yc - v - c * vc);
        v += h * (-omega * omega * y - c * v);
        vw = vw_new;
        vc = vc_new;
        // y' = y + h v'
        y += h * v;
        yw += h * vw;
        yc += h * vc;
    }
    (y, yw, yc)
}

#[test]
fn damped_oscillator_reverse_mode_over_a_million_steps() {
    let start = Instant::now();
    for (omega, c) in [(1.3, 0.3), (2.0, 0.05)] {
        let (y, yw, yc) = oscillator_chain_rule(omega, c, STEPS);
        let (value, gw, gc) = oscillator_grad(omega, c, STEPS);
        let (_, fw) = oscillator_jvp(omega, c, STEPS, 1.0, 0.0);
        let (_, fc) = oscillator_jvp(omega, c, STEPS, 0.0, 1.0);
        assert_eq!(value, y);
        assert_eq!(value, oscillator(omega, c, STEPS));
        // The exact solution y = e^{−ct/2} (cos μt + c/(2μ) sin μt),
        // μ = √(ω² − c²/4): the integrator is first-order accurate.
        let mu = (omega * omega - c * c / 4.0).sqrt();
        let exact = (-c * 5.0).exp() * ((mu * 10.0).cos() + c / (2.0 * mu) * (mu * 10.0).sin());
        assert!((value - exact).abs() < 1e-3, "{value} vs {exact}");
        // Forward and reverse mode agree to rounding (measured: 3e-14).
        let scale = yw.abs().max(yc.abs());
        assert!((gw - fw).abs() < 1e-12 * scale, "{gw} vs {fw}");
        assert!((gc - fc).abs() < 1e-12 * scale, "{gc} vs {fc}");
        // The hand recurrence orders its operations differently; over 10^6
        // steps of a slowly damped rotation the rounding errors add up
        // (bound n·ε ≈ 2e-10; measured: 4e-12 to 1e-11).
        for (got, want) in [(gw, yw), (fw, yw), (gc, yc), (fc, yc)] {
            assert!(
                (got - want).abs() < 1e-10 * scale,
                "{got} vs {want} ({omega}, {c})"
            );
        }
    }
    // Finite differences and the dot-product test (no formula: the hand
    // recurrence agrees only to the 1e-10 above).
    check!(oscillator, oscillator_jvp, oscillator_vjp, oscillator_grad; [0, 1]; STEPS)
        .at(&[&[1.3, 0.3]]);
    println!(
        "oscillator, 10^6 steps: {:.3} s",
        start.elapsed().as_secs_f64()
    );
}

/// `r_0 = x`, `r_d = r_{d−1} (1 − r_{d−1}/2) + x/4`: converges to the fixed
/// point `r* = √(x/2)` for 0 < x < 8.
#[differentiate]
fn recursive(x: f64, depth: u32) -> f64 {
    if depth == 0 {
        x
    } else {
        let r = recursive(x, depth - 1);
        r * (1.0 - 0.5 * r) + 0.25 * x
    }
}

/// (r_d, dr_d/dx) by the chain rule: `dr_d = (1 − r_{d−1}) dr_{d−1} + 1/4`.
fn recursive_chain_rule(x: f64, depth: u32) -> (f64, f64) {
    let (mut r, mut d) = (x, 1.0);
    for _ in 0..depth {
        d = (1.0 - r) * d + 0.25;
        r = r * (1.0 - 0.5 * r) + 0.25 * x;
    }
    (r, d)
}

const DEPTH: u32 = 10_000;

#[test]
fn recursion_of_depth_ten_thousand_in_reverse_mode_on_the_test_thread() {
    let start = Instant::now();
    for x in [1.2, 0.3, 3.0] {
        let (value, g) = recursive_grad(x, DEPTH);
        let (_, forward) = recursive_jvp(x, DEPTH, 1.0);
        let (r, d) = recursive_chain_rule(x, DEPTH);
        assert_eq!(value, recursive(x, DEPTH));
        assert!(relative(value, (x / 2.0).sqrt()) < 1e-15);
        assert!(relative(value, r) < 1e-15);
        // d√(x/2)/dx = 1/(2 √(2x))
        let formula = 0.5 / (2.0 * x).sqrt();
        assert!(relative(g, formula) < 1e-12, "{g} vs {formula}");
        assert!(relative(g, forward) < 1e-12, "{g} vs {forward}");
        assert!(relative(g, d) < 1e-12, "{g} vs {d}");
    }
    check!(recursive, recursive_jvp, recursive_vjp, recursive_grad; [0]; DEPTH)
        .formula(|v| vec![0.5 / (2.0 * v[0]).sqrt()])
        .at(&[&[1.2], &[0.3]]);
    println!(
        "recursion of depth 10^4: {:.3} s",
        start.elapsed().as_secs_f64()
    );
}
