//! Multidimensional scaling, the lecture's example of why gradients matter:
//! recover N points W_i in the plane from their squared distances D_ij by
//! minimising L(W) = Σ_ij (‖W_i - W_j‖² - D_ij)² with gradient descent, the
//! gradient taken three ways:
//! - reverse mode (`mds_loss_grad_into`): one sweep, about the cost of a few
//!   evaluations of L whatever the dimension d = 2N;
//! - central finite differences: 2d evaluations of L per gradient;
//! - the two-point estimator G = d (L(w + εv) - L(w - εv)) / (2ε) v with v
//!   uniform on the unit sphere: 2 evaluations per step, but a noisy direction.
//!
//! It prints the progress of each run, a table of loss against evaluations of
//! L and wall time, the cost of one gradient by finite differences over one by
//! reverse mode for growing d (the O(d) gap), and writes `target/mds.png`: the
//! three convergence curves and the recovered point cloud over the true one.
//! It asserts that reverse mode's gradient matches finite differences, that
//! its descent recovers the cloud first (time to 1e-12 of the starting loss),
//! and that the cost ratio grows with d:
//!
//! ```text
//! cargo run --release --example mds
//! ```

#[path = "lecture/mod.rs"]
mod lecture;

use lecture::{mds_loss, mds_loss_grad_into, squared_distances};
use nalgebra::{Matrix2, Vector2};
use plotters::prelude::*;
use std::time::Instant;

/// A small linear congruential generator, so that runs repeat.
struct Rng(u64);

impl Rng {
    fn uniform(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A standard normal sample (Box-Muller).
    fn normal(&mut self) -> f64 {
        let (u, v) = (self.uniform().max(1e-300), self.uniform());
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

/// The true cloud: N points on a spiral, and their squared distances.
fn problem(n: usize) -> (Vec<f64>, Vec<f64>) {
    let truth: Vec<f64> = (0..n)
        .flat_map(|i| {
            let t = 0.5 + 3.0 * i as f64 / n as f64;
            [t * (2.0 * t).cos() / 3.0, t * (2.0 * t).sin() / 3.0]
        })
        .collect();
    let d = squared_distances(&truth);
    (truth, d)
}

/// Central differences of L, 2d evaluations.
fn finite_difference_gradient(w: &[f64], d: &[f64], g: &mut [f64]) {
    let eps = 1e-6;
    let mut probe = w.to_vec();
    for k in 0..w.len() {
        probe[k] = w[k] + eps;
        let plus = mds_loss(&probe, d);
        probe[k] = w[k] - eps;
        let minus = mds_loss(&probe, d);
        probe[k] = w[k];
        g[k] = (plus - minus) / (2.0 * eps);
    }
}

/// The two-point estimator along a random unit direction, 2 evaluations.
fn two_point_gradient(w: &[f64], d: &[f64], g: &mut [f64], rng: &mut Rng) {
    let eps = 1e-6;
    let mut v: Vec<f64> = (0..w.len()).map(|_| rng.normal()).collect();
    let norm = v.iter().map(|x| x * x).sum::<f64>().sqrt();
    v.iter_mut().for_each(|x| *x /= norm);
    let shifted = |s: f64| -> Vec<f64> { w.iter().zip(&v).map(|(a, b)| a + s * b).collect() };
    let slope = (mds_loss(&shifted(eps), d) - mds_loss(&shifted(-eps), d)) / (2.0 * eps);
    for (gk, vk) in g.iter_mut().zip(&v) {
        *gk = w.len() as f64 * slope * vk;
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Method {
    Reverse,
    FiniteDifferences,
    TwoPoint,
}

impl Method {
    fn name(self) -> &'static str {
        match self {
            Method::Reverse => "reverse-mode AD",
            Method::FiniteDifferences => "finite differences",
            Method::TwoPoint => "two-point estimator",
        }
    }
}

/// One point of a convergence curve.
struct Sample {
    evaluations: f64,
    seconds: f64,
    loss: f64,
}

/// Gradient descent from `w0` for `budget` seconds; the evaluations of L are
/// counted as they happen (for reverse mode, one gradient counts as its cost
/// in evaluations, `grad_cost`, measured beforehand).
fn descend(
    method: Method,
    w0: &[f64],
    d: &[f64],
    step: f64,
    budget: f64,
    grad_cost: f64,
) -> (Vec<f64>, Vec<Sample>) {
    let mut w = w0.to_vec();
    let mut g = vec![0.0; w.len()];
    let mut rng = Rng(7);
    let mut curve = vec![Sample {
        evaluations: 0.0,
        seconds: 0.0,
        loss: mds_loss(&w, d),
    }];
    let (start, mut evaluations, mut last_print) = (Instant::now(), 0.0, 0.0);
    let mut iteration = 0usize;
    while start.elapsed().as_secs_f64() < budget {
        match method {
            Method::Reverse => {
                g.iter_mut().for_each(|x| *x = 0.0);
                mds_loss_grad_into(&w, d, &mut g);
                evaluations += grad_cost;
            }
            Method::FiniteDifferences => {
                finite_difference_gradient(&w, d, &mut g);
                evaluations += 2.0 * w.len() as f64;
            }
            Method::TwoPoint => {
                two_point_gradient(&w, d, &mut g, &mut rng);
                evaluations += 2.0;
            }
        }
        for (wk, gk) in w.iter_mut().zip(&g) {
            *wk -= step * gk;
        }
        iteration += 1;
        let seconds = start.elapsed().as_secs_f64();
        if iteration.is_power_of_two()
            || seconds - curve.last().map_or(0.0, |s| s.seconds) > budget / 200.0
        {
            curve.push(Sample {
                evaluations,
                seconds,
                loss: mds_loss(&w, d),
            });
        }
        if seconds - last_print > budget / 4.0 {
            last_print = seconds;
            println!(
                "  {:<20} {seconds:>5.2} s  iteration {iteration:>7}  evaluations of L {evaluations:>9.0}  loss {:.3e}",
                method.name(),
                mds_loss(&w, d)
            );
        }
    }
    curve.push(Sample {
        evaluations,
        seconds: start.elapsed().as_secs_f64(),
        loss: mds_loss(&w, d),
    });
    (w, curve)
}

/// Seconds per call of `f`, over enough calls to take about 50 ms.
fn seconds_per_call(mut f: impl FnMut()) -> f64 {
    let mut calls = 1;
    loop {
        let start = Instant::now();
        for _ in 0..calls {
            f();
        }
        let elapsed = start.elapsed().as_secs_f64();
        if elapsed > 0.05 {
            return elapsed / calls as f64;
        }
        calls *= 2;
    }
}

/// The recovered cloud rotated, reflected and shifted onto the true one
/// (orthogonal Procrustes): distances fix a cloud only up to those.
fn align(w: &[f64], truth: &[f64]) -> Vec<f64> {
    let n = w.len() / 2;
    let mean = |v: &[f64]| {
        (0..n).fold(Vector2::zeros(), |m, i| {
            m + Vector2::new(v[2 * i], v[2 * i + 1])
        }) / n as f64
    };
    let (mw, mt) = (mean(w), mean(truth));
    let mut cross = Matrix2::zeros();
    for i in 0..n {
        let a = Vector2::new(w[2 * i], w[2 * i + 1]) - mw;
        let b = Vector2::new(truth[2 * i], truth[2 * i + 1]) - mt;
        cross += b * a.transpose();
    }
    let svd = cross.svd(true, true);
    let rotation = svd.u.expect("u") * svd.v_t.expect("v_t");
    (0..n)
        .flat_map(|i| {
            let p = rotation * (Vector2::new(w[2 * i], w[2 * i + 1]) - mw) + mt;
            [p.x, p.y]
        })
        .collect()
}

/// DejaVu Sans from the system, for the plot's labels; `None` draws without text.
fn font() -> Option<&'static str> {
    let bytes = std::fs::read("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").ok()?;
    plotters::style::register_font(
        "sans-serif",
        FontStyle::Normal,
        Box::leak(bytes.into_boxed_slice()),
    )
    .ok()?;
    Some("sans-serif")
}

type Curves<'a> = [(Method, &'a [Sample])];

fn plot(
    path: &str,
    curves: &Curves,
    truth: &[f64],
    recovered: &[f64],
) -> Result<(), Box<dyn std::error::Error>> {
    let font = font();
    let root = BitMapBackend::new(path, (1200, 520)).into_drawing_area();
    root.fill(&WHITE)?;
    let (left, right) = root.split_horizontally(700);
    let colors = [RED, BLUE, GREEN];
    let max_time = curves
        .iter()
        .flat_map(|(_, c)| c.iter().map(|s| s.seconds))
        .fold(1e-9, f64::max);
    let losses = curves
        .iter()
        .flat_map(|(_, c)| c.iter().map(|s| s.loss.max(1e-30)));
    let (low, high) = losses.fold((f64::INFINITY, 0.0f64), |(l, h), v| (l.min(v), h.max(v)));
    let mut chart = ChartBuilder::on(&left);
    chart.margin(15).x_label_area_size(40).y_label_area_size(70);
    if let Some(font) = font {
        chart.caption("MDS: loss against wall time", (font, 22));
    }
    let mut chart = chart.build_cartesian_2d(0.0..max_time, (low * 0.5..high * 2.0).log_scale())?;
    if let Some(font) = font {
        chart
            .configure_mesh()
            .x_desc("seconds")
            .y_desc("L(W)")
            .label_style((font, 14))
            .draw()?;
    }
    for ((method, curve), color) in curves.iter().zip(colors) {
        let series = chart.draw_series(LineSeries::new(
            curve.iter().map(|s| (s.seconds, s.loss.max(1e-30))),
            color.stroke_width(2),
        ))?;
        if font.is_some() {
            series.label(method.name()).legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        }
    }
    if let Some(font) = font {
        chart
            .configure_series_labels()
            .label_font((font, 14))
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()?;
    }

    let bounds = truth
        .iter()
        .chain(recovered)
        .fold(0.0f64, |m, v| m.max(v.abs()))
        * 1.1;
    let mut cloud = ChartBuilder::on(&right);
    cloud.margin(15).x_label_area_size(30).y_label_area_size(40);
    if let Some(font) = font {
        cloud.caption("true (black) and recovered (red) points", (font, 18));
    }
    let mut cloud = cloud.build_cartesian_2d(-bounds..bounds, -bounds..bounds)?;
    if let Some(font) = font {
        cloud.configure_mesh().label_style((font, 12)).draw()?;
    }
    let points = |v: &[f64]| {
        (0..v.len() / 2)
            .map(|i| (v[2 * i], v[2 * i + 1]))
            .collect::<Vec<_>>()
    };
    cloud.draw_series(
        points(truth)
            .into_iter()
            .map(|p| Circle::new(p, 6, BLACK.stroke_width(2))),
    )?;
    cloud.draw_series(
        points(recovered)
            .into_iter()
            .map(|p| Circle::new(p, 3, RED.filled())),
    )?;
    root.present()?;
    Ok(())
}

fn main() {
    let n = 60;
    let (truth, d) = problem(n);
    let mut rng = Rng(1);
    let w0: Vec<f64> = (0..2 * n).map(|_| rng.normal()).collect();

    // Reverse mode against finite differences at the start.
    let (mut g_ad, mut g_fd) = (vec![0.0; 2 * n], vec![0.0; 2 * n]);
    mds_loss_grad_into(&w0, &d, &mut g_ad);
    finite_difference_gradient(&w0, &d, &mut g_fd);
    let scale = g_ad.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    let gap = g_ad
        .iter()
        .zip(&g_fd)
        .fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
    println!(
        "N = {n} points in 2-D (d = {}): |grad AD - grad FD| = {gap:.1e} (|grad| = {scale:.1e})",
        2 * n
    );
    assert!(gap < 1e-5 * scale);

    // Cost of one gradient, in evaluations of L and as a ratio, for growing d.
    println!(
        "\ncost of one gradient, by size ({:>3} = N points, d = 2N)",
        "N"
    );
    println!(
        "{:>5} {:>6} {:>14} {:>14} {:>12}",
        "N", "d", "AD / primal", "FD / primal", "FD / AD"
    );
    let mut ratios = Vec::new();
    for size in [10, 30, 100] {
        let (_, d_size) = problem(size);
        let w: Vec<f64> = (0..2 * size).map(|_| rng.normal()).collect();
        let mut g = vec![0.0; 2 * size];
        let primal = seconds_per_call(|| {
            std::hint::black_box(mds_loss(std::hint::black_box(&w), &d_size));
        });
        let ad = seconds_per_call(|| {
            mds_loss_grad_into(std::hint::black_box(&w), &d_size, &mut g);
        });
        let fd = seconds_per_call(|| {
            finite_difference_gradient(std::hint::black_box(&w), &d_size, &mut g)
        });
        println!(
            "{size:>5} {:>6} {:>14.2} {:>14.1} {:>12.1}",
            2 * size,
            ad / primal,
            fd / primal,
            fd / ad
        );
        ratios.push(fd / ad);
    }
    assert!(
        ratios[2] > 4.0 * ratios[0],
        "the FD / AD cost ratio grows with d"
    );

    let grad_cost = {
        let mut g = vec![0.0; 2 * n];
        let primal = seconds_per_call(|| {
            std::hint::black_box(mds_loss(std::hint::black_box(&w0), &d));
        });
        seconds_per_call(|| {
            mds_loss_grad_into(std::hint::black_box(&w0), &d, &mut g);
        }) / primal
    };

    // Gradient steps 1/(L n) for this cloud's scale; the two-point estimator,
    // whose direction has d times the variance, takes steps d times smaller
    // (the zero-order theory's step), or it diverges.
    let (step, budget) = (6e-3 / n as f64, 1.0);
    println!(
        "\ngradient descent, {budget} s each (step {step:.1e}, two-point step {:.1e}):",
        step / (2 * n) as f64
    );
    let mut results = Vec::new();
    for method in [Method::Reverse, Method::FiniteDifferences, Method::TwoPoint] {
        let step = match method {
            Method::TwoPoint => step / (2 * n) as f64,
            _ => step,
        };
        let (w, curve) = descend(method, &w0, &d, step, budget, grad_cost);
        results.push((method, w, curve));
    }
    println!(
        "\n{:<20} {:>14} {:>12} {:>10} {:>12}",
        "method", "evaluations", "seconds", "loss", "loss/start"
    );
    for (method, _, curve) in &results {
        let (first, last) = (&curve[0], curve.last().expect("samples"));
        println!(
            "{:<20} {:>14.0} {:>12.2} {:>10.3e} {:>12.1e}",
            method.name(),
            last.evaluations,
            last.seconds,
            last.loss,
            last.loss / first.loss
        );
    }
    // Wall time until the loss falls below 1e-12 of its start, per method.
    let reached = |curve: &[Sample]| {
        curve
            .iter()
            .find(|s| s.loss < 1e-12 * curve[0].loss)
            .map(|s| s.seconds)
    };
    println!();
    for (method, _, curve) in &results {
        match reached(curve) {
            Some(t) => println!(
                "{:<20} reached 1e-12 of the starting loss after {t:.3} s",
                method.name()
            ),
            None => println!(
                "{:<20} did not reach 1e-12 of the starting loss in {budget} s",
                method.name()
            ),
        }
    }
    let ad = reached(&results[0].2).expect("reverse-mode descent recovers the cloud");
    for (method, _, curve) in &results[1..] {
        assert!(
            reached(curve).is_none_or(|t| t > ad),
            "{} was faster than reverse mode",
            method.name()
        );
    }

    let recovered = align(&results[0].1, &truth);
    let error = recovered
        .iter()
        .zip(&truth)
        .fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
    println!("\nrecovered cloud (aligned): largest coordinate error {error:.1e}");
    let curves: Vec<(Method, &[Sample])> = results.iter().map(|(m, _, c)| (*m, &c[..])).collect();
    std::fs::create_dir_all("target").expect("target directory");
    plot("target/mds.png", &curves, &truth, &recovered).expect("plot");
    println!("wrote target/mds.png");
}
