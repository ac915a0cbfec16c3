//! Speed of the generated derivatives of functions of vectors, against the
//! primal, hand-written gradients and central finite differences, measured
//! side by side in one run: `cargo bench --bench vectors`.
//!
//! Kernels: the extended Rosenbrock function over a slice (d = 10^5), the
//! multidimensional-scaling loss (N = 300 points in the plane, d = 600), a
//! logistic-regression loss (10^4 samples, 100 features). For each, in
//! interleaved rounds: the primal, `_grad` (allocating its result), `_grad_into`
//! (adding into a buffer allocated once), the fastest plain hand-written
//! gradient, `_hvp` (allocating its two results), `_hvp_into` (adding into
//! buffers allocated once), central differences where 2d evaluations are feasible,
//! and one directional derivative by `_jvp` and by num-dual's `Dual64` (its
//! forward-mode gradient would take d such passes). It prints the median over rounds of each time over the primal's
//! in the same round, and checks that the generated and hand-written gradients
//! agree.

// The generated functions read vectors by index, as the hand-written ones they race.
#![allow(clippy::needless_range_loop)]

mod common;
#[path = "../examples/lecture/mod.rs"]
mod lecture;

use std::hint::black_box;

use autodiff::differentiate;
use num_dual::{Dual64, DualNum};

// ---- Extended Rosenbrock: Σ 100 (x_{i+1} - x_i²)² + (1 - x_i)².

#[differentiate]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i];
        let b = x[i + 1];
        let t = b - a * a;
        let u = 1.0 - a;
        s += 100.0 * t * t + u * u;
    }
    s
}

/// The fastest plain form: the adjoint of x[i + 1] carried in a register to
/// the next iteration, one store per element (a `g[i] += ..; g[i + 1] += ..`
/// scatter stalls on store forwarding).
#[inline(never)]
fn rosenbrock_hand_grad(x: &[f64], g: &mut [f64]) -> f64 {
    let (mut s, mut carry) = (0.0, 0.0);
    for i in 0..x.len() - 1 {
        let (a, b) = (x[i], x[i + 1]);
        let (t, u) = (b - a * a, 1.0 - a);
        s += 100.0 * t * t + u * u;
        g[i] += carry - 400.0 * a * t - 2.0 * u;
        carry = 200.0 * t;
    }
    g[x.len() - 1] += carry;
    s
}

/// Rosenbrock over num-dual's dual numbers: one directional derivative.
#[inline(never)]
fn rosenbrock_dual(x: &[Dual64]) -> Dual64 {
    let mut s = Dual64::from(0.0);
    for i in 0..x.len() - 1 {
        let (a, b) = (x[i], x[i + 1]);
        let t = b - a * a;
        let u = -a + 1.0;
        s += t * t * 100.0 + u * u;
    }
    s
}

/// `x + ε v` as dual numbers, into `out`.
fn seeded(x: &[f64], v: &[f64], out: &mut [Dual64]) {
    for ((o, a), b) in out.iter_mut().zip(x).zip(v) {
        *o = Dual64::new(*a, *b);
    }
}

// ---- Multidimensional scaling (`lecture::mds_loss`): Σ_ij (‖W_i - W_j‖² - D_ij)².

/// The gradient for any D, in one pass: term (i, j), with r_ij = ‖W_i -
/// W_j‖² - D_ij, adds 4 r_ij (W_i - W_j) to ∂L/∂W_i (summed in registers over
/// j) and subtracts it from ∂L/∂W_j (stored).
#[inline(never)]
fn mds_hand_grad(w: &[f64], d: &[f64], g: &mut [f64]) -> f64 {
    let n = w.len() / 2;
    let mut loss = 0.0;
    for i in 0..n {
        let (mut gx, mut gy) = (0.0, 0.0);
        for j in 0..n {
            let (dx, dy) = (w[2 * i] - w[2 * j], w[2 * i + 1] - w[2 * j + 1]);
            let r = dx * dx + dy * dy - d[i * n + j];
            loss += r * r;
            let (ax, ay) = (4.0 * r * dx, 4.0 * r * dy);
            gx += ax;
            gy += ay;
            g[2 * j] -= ax;
            g[2 * j + 1] -= ay;
        }
        g[2 * i] += gx;
        g[2 * i + 1] += gy;
    }
    loss
}

/// For a symmetric D the (i, j) and (j, i) terms are equal, so ∂L/∂W_i =
/// Σ_j 8 r_ij (W_i - W_j), accumulated in registers: no scatter, half the
/// work of the general gradient (which a tool that does not know D cannot
/// use).
#[inline(never)]
fn mds_hand_grad_symmetric(w: &[f64], d: &[f64], g: &mut [f64]) -> f64 {
    let n = w.len() / 2;
    let mut loss = 0.0;
    for i in 0..n {
        let (mut gx, mut gy) = (0.0, 0.0);
        for j in 0..n {
            let (dx, dy) = (w[2 * i] - w[2 * j], w[2 * i + 1] - w[2 * j + 1]);
            let r = dx * dx + dy * dy - d[i * n + j];
            loss += r * r;
            gx += 8.0 * r * dx;
            gy += 8.0 * r * dy;
        }
        g[2 * i] += gx;
        g[2 * i + 1] += gy;
    }
    loss
}

#[inline(never)]
fn mds_dual(w: &[Dual64], d: &[f64]) -> Dual64 {
    let n = w.len() / 2;
    let mut loss = Dual64::from(0.0);
    for i in 0..n {
        for j in 0..n {
            let dx = w[2 * i] - w[2 * j];
            let dy = w[2 * i + 1] - w[2 * j + 1];
            let r = dx * dx + dy * dy - d[i * n + j];
            loss += r * r;
        }
    }
    loss
}

// ---- Logistic regression (`lecture::logistic_loss`): (1/m) Σ ln(1 + exp(-y_i <w, x_i>)) + λ/2 ‖w‖².

#[inline(never)]
fn logistic_hand_grad(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    g: &mut [f64],
) -> f64 {
    let (d, m) = (w.len(), labels.len() as f64);
    let mut loss = 0.0;
    for (row, y) in features.chunks_exact(d).zip(labels) {
        let z: f64 = row.iter().zip(w).map(|(a, b)| a * b).sum();
        let e = (-y * z).exp();
        loss += e.ln_1p();
        let coefficient = -y * e / (1.0 + e) / m;
        for (gj, xj) in g.iter_mut().zip(row) {
            *gj += coefficient * xj;
        }
    }
    let mut penalty = 0.0;
    for (gj, wj) in g.iter_mut().zip(w) {
        penalty += wj * wj;
        *gj += lambda * wj;
    }
    loss / m + 0.5 * lambda * penalty
}

#[inline(never)]
fn logistic_dual(w: &[Dual64], features: &[f64], labels: &[f64], lambda: f64) -> Dual64 {
    let d = w.len();
    let mut loss = Dual64::from(0.0);
    for (i, y) in labels.iter().enumerate() {
        let mut z = Dual64::from(0.0);
        for j in 0..d {
            z += w[j] * features[i * d + j];
        }
        loss += (z * -y).exp().ln_1p();
    }
    let mut penalty = Dual64::from(0.0);
    for wj in w {
        penalty += *wj * *wj;
    }
    loss / labels.len() as f64 + penalty * (0.5 * lambda)
}

// ---- Data, differences, measurement.

struct Rng(u64);

impl Rng {
    fn uniform(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0
    }
}

/// Central differences: 2d evaluations of `f`.
fn central_differences(x: &[f64], g: &mut [f64], f: impl Fn(&[f64]) -> f64) {
    let mut probe = x.to_vec();
    for k in 0..x.len() {
        let h = 1e-6 * x[k].abs().max(1.0);
        probe[k] = x[k] + h;
        let plus = f(&probe);
        probe[k] = x[k] - h;
        let minus = f(&probe);
        probe[k] = x[k];
        g[k] = (plus - minus) / (2.0 * h);
    }
}

fn assert_close_scalar(kernel: &str, generated: f64, reference: f64) {
    assert!(
        (generated - reference).abs() <= 1e-10 * reference.abs().max(1.0),
        "{kernel}: generated {generated} vs num-dual {reference}"
    );
}

fn assert_close(kernel: &str, generated: &[f64], hand: &[f64]) {
    let scale = hand.iter().fold(1.0f64, |m, v| m.max(v.abs()));
    for (k, (a, b)) in generated.iter().zip(hand).enumerate() {
        assert!(
            (a - b).abs() <= 1e-10 * scale,
            "{kernel}: gradient entry {k}: generated {a} vs hand {b}"
        );
    }
}

fn main() {
    let rounds = common::rounds(11);
    let mut rng = Rng(3);
    let mut rows: Vec<(&str, Vec<(&'static str, f64)>)> = Vec::new();

    let n = 100_000;
    let x: Vec<f64> = (0..n).map(|_| 1.0 + 0.2 * rng.uniform()).collect();
    let v: Vec<f64> = (0..n).map(|_| rng.uniform()).collect();
    let (mut g, mut h) = (vec![0.0; n], vec![0.0; n]);
    let (mut hg, mut hv) = (vec![0.0; n], vec![0.0; n]);
    rosenbrock_grad_into(&x, &mut g);
    rosenbrock_hand_grad(&x, &mut h);
    assert_close("rosenbrock", &g, &h);
    let mut duals = vec![Dual64::from(0.0); n];
    seeded(&x, &v, &mut duals);
    assert_close_scalar(
        "rosenbrock jvp",
        rosenbrock_jvp(&x, &v).1,
        rosenbrock_dual(&duals).eps,
    );
    rows.push((
        "Rosenbrock, d = 10^5",
        common::measure(
            rounds,
            &mut [
                ("primal", 20, &mut || {
                    black_box(rosenbrock(black_box(&x)));
                }),
                ("grad", 20, &mut || {
                    black_box(rosenbrock_grad(black_box(&x)));
                }),
                ("grad_into", 20, &mut || {
                    black_box(rosenbrock_grad_into(black_box(&x), &mut g));
                }),
                ("hand grad", 20, &mut || {
                    black_box(rosenbrock_hand_grad(black_box(&x), &mut h));
                }),
                ("hvp", 20, &mut || {
                    black_box(rosenbrock_hvp(black_box(&x), &v));
                }),
                ("hvp_into", 20, &mut || {
                    black_box(rosenbrock_hvp_into(black_box(&x), &v, &mut hg, &mut hv));
                }),
                ("jvp", 20, &mut || {
                    black_box(rosenbrock_jvp(black_box(&x), &v));
                }),
                ("num-dual jvp", 20, &mut || {
                    seeded(black_box(&x), &v, &mut duals);
                    black_box(rosenbrock_dual(&duals));
                }),
            ],
        ),
    ));

    let points = 300;
    let truth: Vec<f64> = (0..2 * points).map(|_| rng.uniform()).collect();
    let d = lecture::squared_distances(&truth);
    let w: Vec<f64> = (0..2 * points).map(|_| rng.uniform()).collect();
    let v: Vec<f64> = (0..2 * points).map(|_| rng.uniform()).collect();
    let (mut g, mut h, mut fd) = (
        vec![0.0; 2 * points],
        vec![0.0; 2 * points],
        vec![0.0; 2 * points],
    );
    let (mut hg, mut hv) = (vec![0.0; 2 * points], vec![0.0; 2 * points]);
    lecture::mds_loss_grad_into(&w, &d, &mut g);
    mds_hand_grad(&w, &d, &mut h);
    assert_close("mds", &g, &h);
    let mut hs = vec![0.0; 2 * points];
    mds_hand_grad_symmetric(&w, &d, &mut hs);
    assert_close("mds, symmetric D", &hs, &h);
    let mut duals = vec![Dual64::from(0.0); 2 * points];
    seeded(&w, &v, &mut duals);
    assert_close_scalar(
        "mds jvp",
        lecture::mds_loss_jvp(&w, &d, &v).1,
        mds_dual(&duals, &d).eps,
    );
    rows.push((
        "MDS, N = 300 (d = 600)",
        common::measure(
            rounds,
            &mut [
                ("primal", 20, &mut || {
                    black_box(lecture::mds_loss(black_box(&w), &d));
                }),
                ("grad", 20, &mut || {
                    black_box(lecture::mds_loss_grad(black_box(&w), &d));
                }),
                ("grad_into", 20, &mut || {
                    black_box(lecture::mds_loss_grad_into(black_box(&w), &d, &mut g));
                }),
                ("hand grad", 20, &mut || {
                    black_box(mds_hand_grad(black_box(&w), &d, &mut h));
                }),
                ("hand grad, D symmetric", 20, &mut || {
                    black_box(mds_hand_grad_symmetric(black_box(&w), &d, &mut hs));
                }),
                ("hvp", 20, &mut || {
                    black_box(lecture::mds_loss_hvp(black_box(&w), &d, &v));
                }),
                ("hvp_into", 20, &mut || {
                    black_box(lecture::mds_loss_hvp_into(
                        black_box(&w),
                        &d,
                        &v,
                        &mut hg,
                        &mut hv,
                    ));
                }),
                ("jvp", 20, &mut || {
                    black_box(lecture::mds_loss_jvp(black_box(&w), &d, &v));
                }),
                ("num-dual jvp", 20, &mut || {
                    seeded(black_box(&w), &v, &mut duals);
                    black_box(mds_dual(&duals, &d));
                }),
                ("central differences", 1, &mut || {
                    central_differences(black_box(&w), &mut fd, |p| lecture::mds_loss(p, &d));
                }),
            ],
        ),
    ));

    let (m, features_per_sample, lambda) = (10_000, 100, 1e-3);
    let features: Vec<f64> = (0..m * features_per_sample)
        .map(|_| rng.uniform())
        .collect();
    let labels: Vec<f64> = (0..m)
        .map(|i| {
            if features[i * features_per_sample] + 0.3 * rng.uniform() > 0.0 {
                1.0
            } else {
                -1.0
            }
        })
        .collect();
    let w: Vec<f64> = (0..features_per_sample)
        .map(|_| 0.1 * rng.uniform())
        .collect();
    let v: Vec<f64> = (0..features_per_sample).map(|_| rng.uniform()).collect();
    let k = features_per_sample;
    let (mut g, mut h, mut fd) = (vec![0.0; k], vec![0.0; k], vec![0.0; k]);
    let (mut hg, mut hv) = (vec![0.0; k], vec![0.0; k]);
    lecture::logistic_loss_grad_into(&w, &features, &labels, lambda, &mut g);
    logistic_hand_grad(&w, &features, &labels, lambda, &mut h);
    assert_close("logistic regression", &g, &h);
    let mut duals = vec![Dual64::from(0.0); k];
    seeded(&w, &v, &mut duals);
    assert_close_scalar(
        "logistic jvp",
        lecture::logistic_loss_jvp(&w, &features, &labels, lambda, &v).1,
        logistic_dual(&duals, &features, &labels, lambda).eps,
    );
    rows.push((
        "logistic regression, 10^4 x 100",
        common::measure(
            rounds,
            &mut [
                ("primal", 10, &mut || {
                    black_box(lecture::logistic_loss(
                        black_box(&w),
                        &features,
                        &labels,
                        lambda,
                    ));
                }),
                ("grad", 10, &mut || {
                    black_box(lecture::logistic_loss_grad(
                        black_box(&w),
                        &features,
                        &labels,
                        lambda,
                    ));
                }),
                ("grad_into", 10, &mut || {
                    black_box(lecture::logistic_loss_grad_into(
                        black_box(&w),
                        &features,
                        &labels,
                        lambda,
                        &mut g,
                    ));
                }),
                ("hand grad", 10, &mut || {
                    black_box(logistic_hand_grad(
                        black_box(&w),
                        &features,
                        &labels,
                        lambda,
                        &mut h,
                    ));
                }),
                ("hvp", 10, &mut || {
                    black_box(lecture::logistic_loss_hvp(
                        black_box(&w),
                        &features,
                        &labels,
                        lambda,
                        &v,
                    ));
                }),
                ("hvp_into", 10, &mut || {
                    black_box(lecture::logistic_loss_hvp_into(
                        black_box(&w),
                        &features,
                        &labels,
                        lambda,
                        &v,
                        &mut hg,
                        &mut hv,
                    ));
                }),
                ("central differences", 1, &mut || {
                    central_differences(black_box(&w), &mut fd, |p| {
                        lecture::logistic_loss(p, &features, &labels, lambda)
                    });
                }),
                ("jvp", 10, &mut || {
                    black_box(lecture::logistic_loss_jvp(
                        black_box(&w),
                        &features,
                        &labels,
                        lambda,
                        &v,
                    ));
                }),
                ("num-dual jvp", 10, &mut || {
                    seeded(black_box(&w), &v, &mut duals);
                    black_box(logistic_dual(&duals, &features, &labels, lambda));
                }),
            ],
        ),
    ));

    println!("time / primal time, median of {rounds} interleaved rounds\n");
    println!(
        "| kernel | grad | grad_into | hand grad | grad_into / hand | hvp | hvp_into | central differences \
         | jvp | num-dual jvp |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for (kernel, ratios) in &rows {
        let r = |name: &str| ratios.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        let show = |v: Option<f64>| v.map_or("n/a".to_string(), |v| format!("{v:.2}"));
        let into_over_hand = r("grad_into").zip(r("hand grad")).map(|(a, b)| a / b);
        println!(
            "| {kernel} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            show(r("grad")),
            show(r("grad_into")),
            show(r("hand grad")),
            show(into_over_hand),
            show(r("hvp")),
            show(r("hvp_into")),
            show(r("central differences")),
            show(r("jvp")),
            show(r("num-dual jvp")),
        );
    }
    for (kernel, ratios) in &rows {
        for (name, ratio) in ratios.iter().filter(|(n, _)| n.starts_with("hand grad, ")) {
            let into = ratios
                .iter()
                .find(|(n, _)| *n == "grad_into")
                .map(|(_, v)| *v);
            let into = into.map_or("n/a".to_string(), |v| format!("{:.2}", v / ratio));
            println!("\n{kernel}: {name}: {ratio:.2} (grad_into / it: {into})");
        }
    }
}
