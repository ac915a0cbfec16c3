//! User-supplied derivatives: `#[differentiate(partials(..))]` declares a
//! function's partial derivatives instead of differentiating its body, and
//! differentiated code that calls it works in forward mode, reverse mode,
//! second order and the trace. Each caller goes through the checks of
//! `common` and `common::second`.

mod common;

use autodiff::differentiate;
use common::Check;
use std::f64::consts::PI;

/// The error function by its Taylor series (|x| <= 3): a body the macro need
/// not see, with its derivative declared.
#[differentiate(partials(erf_derivative))]
fn erf(x: f64) -> f64 {
    let (mut term, mut sum) = (x, x);
    for n in 1..80 {
        term *= -x * x / n as f64;
        sum += term / (2 * n + 1) as f64;
    }
    2.0 / PI.sqrt() * sum
}

/// erf'(x) = 2/√π exp(-x²), itself differentiated (second order needs it).
#[differentiate]
fn erf_derivative(x: f64) -> f64 {
    2.0 / PI.sqrt() * (-x * x).exp()
}

/// The Gaussian CDF through erf, times a scale: Φ(x s) s.
#[differentiate]
fn scaled_cdf(x: f64, s: f64) -> f64 {
    0.5 * (1.0 + erf(x * s / 2f64.sqrt())) * s
}

fn gaussian(z: f64) -> f64 {
    (-z * z / 2.0).exp() / (2.0 * PI).sqrt()
}

fn cdf(z: f64) -> f64 {
    0.5 * (1.0 + erf(z / 2f64.sqrt()))
}

#[test]
fn erf_in_forward_reverse_and_second_order() {
    assert!((erf(0.5) - 0.520_499_877_813_046_5).abs() < 1e-15);
    check!(scaled_cdf, scaled_cdf_jvp, scaled_cdf_vjp, scaled_cdf_grad; [0, 1])
        .formula(|p| {
            let (x, s) = (p[0], p[1]);
            vec![
                gaussian(x * s) * s * s,
                gaussian(x * s) * x * s + cdf(x * s),
            ]
        })
        .at(&[&[0.3, 1.5], &[-1.0, 0.7], &[1.2, -0.4]]);
    check2!(scaled_cdf, scaled_cdf_grad, scaled_cdf_hvp, scaled_cdf_hessian; [0, 1])
        .formula(|p| {
            // With z = x s and φ'(z) = -z φ(z):
            let (x, s) = (p[0], p[1]);
            let (z, phi) = (x * s, gaussian(x * s));
            let hxx = -z * phi * s * s * s;
            let hxs = -z * phi * x * s * s + 2.0 * phi * s;
            let hss = -z * phi * x * x * s + 2.0 * phi * x;
            vec![vec![hxx, hxs], vec![hxs, hss]]
        })
        .at(&[&[0.3, 1.5], &[-1.0, 0.7], &[1.2, -0.4]]);
}

/// A hand-optimised kernel with a passive parameter between the floats:
/// log(exp(a) + k exp(b)), computed stably; partials softmax weights.
#[differentiate(partials(lse_a, lse_b))]
fn log_sum_exp(a: f64, k: u32, b: f64) -> f64 {
    let m = a.max(b);
    m + ((a - m).exp() + k as f64 * (b - m).exp()).ln()
}

#[differentiate]
fn lse_a(a: f64, k: u32, b: f64) -> f64 {
    1.0 / (1.0 + k as f64 * (b - a).exp())
}

#[differentiate]
fn lse_b(a: f64, k: u32, b: f64) -> f64 {
    1.0 / (1.0 + (a - b).exp() / k as f64)
}

/// A loop of kernel calls: x ← lse(x, 2, c x) five times.
#[differentiate]
fn chained(x: f64, c: f64) -> f64 {
    let mut y = x;
    for _ in 0..5 {
        y = log_sum_exp(y, 2, c * y);
    }
    y
}

/// The same map written out, for the reference derivatives.
fn chained_plain(x: f64, c: f64) -> f64 {
    let mut y = x;
    for _ in 0..5 {
        y = (y.exp() + 2.0 * (c * y).exp()).ln();
    }
    y
}

#[test]
fn kernel_with_a_passive_parameter_in_a_loop() {
    let point: &[&[f64]] = &[&[0.3, 0.5], &[-1.0, 1.2]];
    for p in point {
        assert!((chained(p[0], p[1]) - chained_plain(p[0], p[1])).abs() < 1e-12);
    }
    check!(chained, chained_jvp, chained_vjp, chained_grad; [0, 1]).at(point);
    check2!(chained, chained_grad, chained_hvp, chained_hessian; [0, 1]).at(point);
    // The kernel alone, against its formula: softmax weights.
    Check::new(
        "log_sum_exp",
        Box::new(|p| log_sum_exp(p[0], 3, p[1])),
        Box::new(|p, d| log_sum_exp_jvp(p[0], 3, p[1], d[0], d[1])),
        Box::new(|p, u| {
            let (y, ga, gb) = log_sum_exp_vjp(p[0], 3, p[1], u);
            vec![y, ga, gb]
        }),
        Box::new(|p| {
            let (y, ga, gb) = log_sum_exp_grad(p[0], 3, p[1]);
            vec![y, ga, gb]
        }),
    )
    .formula(|p| {
        let (ea, eb) = (p[0].exp(), 3.0 * p[1].exp());
        vec![ea / (ea + eb), eb / (ea + eb)]
    })
    .at(&[&[0.2, -0.4], &[700.0, 699.0]]);
}

#[test]
fn the_trace_shows_the_kernel_as_one_node() {
    let trace = chained_trace(0.3, 0.5);
    let lse = trace
        .nodes()
        .iter()
        .filter(|n| n.op == "log_sum_exp")
        .count();
    assert_eq!(lse, 5, "{trace}");
    let (_, gx, gc) = chained_grad(0.3, 0.5);
    assert!((trace.gradient()[0] - gx).abs() < 1e-12 && (trace.gradient()[1] - gc).abs() < 1e-12);
}

struct Model {
    scale: f64,
}

impl Model {
    /// softplus(s x) / s, with its derivative σ(s x) declared.
    #[differentiate(partials(sigmoid))]
    fn softplus(&self, x: f64) -> f64 {
        (1.0 + (self.scale * x).exp()).ln() / self.scale
    }

    #[differentiate]
    fn sigmoid(&self, x: f64) -> f64 {
        1.0 / (1.0 + (-self.scale * x).exp())
    }

    #[differentiate]
    fn loss(&self, x: f64, y: f64) -> f64 {
        self.softplus(x * y) + self.softplus(x - y)
    }
}

#[test]
fn methods_with_declared_partials() {
    let m = Model { scale: 2.0 };
    let s = |z: f64| 1.0 / (1.0 + (-2.0 * z).exp());
    let (_, gx, gy) = m.loss_grad(0.4, -0.3);
    assert!((gx - (s(0.4 * -0.3) * -0.3 + s(0.7))).abs() < 1e-14);
    assert!((gy - (s(0.4 * -0.3) * 0.4 - s(0.7))).abs() < 1e-14);
    let h = m.loss_hessian(0.4, -0.3);
    let ds = |z: f64| 2.0 * s(z) * (1.0 - s(z));
    let (z1, z2) = (0.4 * -0.3, 0.7);
    let expected = [
        [ds(z1) * 0.09 + ds(z2), ds(z1) * 0.4 * -0.3 + s(z1) - ds(z2)],
        [ds(z1) * 0.4 * -0.3 + s(z1) - ds(z2), ds(z1) * 0.16 + ds(z2)],
    ];
    for i in 0..2 {
        for j in 0..2 {
            approx::assert_relative_eq!(h[(i, j)], expected[i][j], max_relative = 1e-13);
        }
    }
}
