//! Multi-objective meta learning (MOML, Ye et al. 2021; issue 5): two
//! regression tasks share a model, and the task weights are learned by MGDA
//! on the two validation losses.
//!
//! The model has a shared part s and one head per task, task t predicting
//! `xᵀ(s + h_t)`. The inner problem trains it on both tasks with the task
//! weights e^λ_t:
//! `G(w, λ) = Σ_t e^λ_t (1/2n) ‖X_t (s + h_t) − y_t‖² + (ρ_s/2) ‖s‖² + (ρ_h/2) Σ_t ‖h_t‖²`
//! (w = [s, h_1, h_2]); the upper level is multi-objective,
//! `min_λ (F_1(w*(λ)), F_2(w*(λ)))` with `F_t` task t's validation loss. The
//! true weights of the two tasks differ (`BASE ± DELTA`), so the shared part
//! cannot serve both, while each task alone has too few samples: at every
//! outer step both hypergradients (exact method) are combined by `MinNorm`
//! into d, and λ ← λ − η d, until d vanishes (a Pareto-stationary point).
//!
//! Checked: the first hypergradients against central differences of the
//! closed-form losses; at every step, that d is a common descent direction
//! (`<d, g_t> ≥ ‖d‖²`) and that the step lowered both losses; at the end,
//! that d has vanished, and that the point reached is on the Pareto front of
//! a fine grid of task weights (no grid point is better in both losses), with
//! its trade-off against each single-objective optimum.
//!
//! Every check prints `ok` or `FAILED`; the example exits with status 1 if any failed.
#![allow(clippy::needless_range_loop)]

#[path = "bilevel/mod.rs"]
mod bilevel;

use autodiff::bilevel::{Bilevel, Exact, Hypergradient, InnerSolver, MinNorm, Objective};
use autodiff::{differentiate, objective};
use bilevel::{relative_error, Data, Rng};
use nalgebra::{DMatrix, DVector};

/// Features, training samples per task, validation samples per task.
const D: usize = 5;
const N: usize = 15;
const M: usize = 500;
/// The label noise.
const NOISE: f64 = 1.0;
/// The tasks' true weights are `BASE ± DELTA`.
const BASE: [f64; D] = [1.0, 1.0, 1.0, 0.5, 0.0];
const DELTA: [f64; D] = [0.0, 0.3, -0.5, 0.5, 0.3];
/// The penalties of the shared part and of the heads.
const RHO_SHARED: f64 = 0.1;
const RHO_HEAD: f64 = 1.0;
/// The task weights e^λ start at e^-2 (too much regularisation for both tasks).
const START: f64 = -2.0;
/// Outer steps and their size.
const OUTER_STEPS: usize = 200;
const OUTER_STEP: f64 = 2.0;

/// The PASS/FAIL record of the example's own checks.
#[derive(Default)]
struct Checks(usize);

impl Checks {
    fn check(&mut self, ok: bool, what: &str) {
        println!("  [{}] {what}", if ok { "ok" } else { "FAILED" });
        self.0 += usize::from(!ok);
    }
}

/// The two tasks' training sets and the penalties of the shared part and the heads.
struct Training {
    tasks: [Data; 2],
    rho_shared: f64,
    rho_head: f64,
}

/// `(1/2n) ‖X (s + h) − y‖²` for the task whose head starts at `head` in w.
#[differentiate(wrt(w))]
fn task_loss(w: &[f64], head: usize, data: &Data) -> f64 {
    let n = data.y.len();
    let mut s = 0.0;
    for i in 0..n {
        let mut p = 0.0;
        for j in 0..data.d {
            p += data.x[i * data.d + j] * (w[j] + w[head + j]);
        }
        s += (p - data.y[i]) * (p - data.y[i]);
    }
    s / (2.0 * n as f64)
}

/// The inner problem G(w, λ) over w = [s, h_1, h_2].
#[differentiate(wrt(w, lam))]
fn inner_cost(w: &[f64], lam: &[f64], training: &Training) -> f64 {
    let d = training.tasks[0].d;
    let mut fit = 0.0;
    for t in 0..2 {
        fit += lam[t].exp() * task_loss(w, d * (t + 1), &training.tasks[t]);
    }
    let mut shared = 0.0;
    let mut heads = 0.0;
    for j in 0..d {
        shared += w[j] * w[j];
        heads += w[d + j] * w[d + j] + w[2 * d + j] * w[2 * d + j];
    }
    fit + 0.5 * training.rho_shared * shared + 0.5 * training.rho_head * heads
}

/// Task `task`'s validation loss F_t(w).
#[differentiate(wrt(w, _lam))]
fn validation_cost(w: &[f64], _lam: &[f64], task: usize, data: &Data) -> f64 {
    task_loss(w, data.d * (task + 1), data)
}

/// w*(λ) by the closed form: the stationarity conditions of the quadratic G,
/// `Σ_t e^λ_t (A_t (s + h_t) − b_t) + ρ_s s = 0` and
/// `e^λ_t (A_t (s + h_t) − b_t) + ρ_h h_t = 0`, with `A_t = X_tᵀX_t / n`, `b_t = X_tᵀy_t / n`.
fn closed_form_solution(training: &Training, lam: &[f64]) -> DVector<f64> {
    let mut m = DMatrix::zeros(3 * D, 3 * D);
    let mut rhs = DVector::zeros(3 * D);
    for (t, data) in training.tasks.iter().enumerate() {
        let (x, n) = (data.matrix(), data.len() as f64);
        let a = x.transpose() * &x * (lam[t].exp() / n);
        let b = x.transpose() * DVector::from_column_slice(&data.y) * (lam[t].exp() / n);
        let h = D * (t + 1);
        for (row, col) in [(0, 0), (0, h), (h, 0), (h, h)] {
            let mut block = m.view_mut((row, col), (D, D));
            block += &a;
        }
        for row in [0, h] {
            let mut part = rhs.rows_mut(row, D);
            part += &b;
        }
    }
    for j in 0..D {
        m[(j, j)] += training.rho_shared;
        m[(D + j, D + j)] += training.rho_head;
        m[(2 * D + j, 2 * D + j)] += training.rho_head;
    }
    m.cholesky().expect("positive definite").solve(&rhs)
}

/// Both validation losses at w*(λ), by the closed form.
fn losses(training: &Training, val: &[Data; 2], lam: &[f64]) -> [f64; 2] {
    let w = closed_form_solution(training, lam);
    [0, 1].map(|t| validation_cost(w.as_slice(), lam, t, &val[t]))
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The two tasks' true weights, `BASE + DELTA` and `BASE − DELTA`.
fn truths() -> [[f64; D]; 2] {
    [1.0, -1.0].map(|sign| {
        let mut w = BASE;
        for (wj, dj) in w.iter_mut().zip(DELTA) {
            *wj += sign * dj;
        }
        w
    })
}

/// Each task's hypergradient `dF_t/dλ` against central differences of the
/// closed-form `F_t(w*(λ))` (step 1e-5: truncation ~1e-10, rounding ~1e-11).
fn check_against_differences(
    first: &[Hypergradient; 2],
    (training, val): (&Training, &[Data; 2]),
    lam: &[f64],
    checks: &mut Checks,
) {
    let h = 1e-5;
    for (t, hg) in first.iter().enumerate() {
        let difference = |k: usize| {
            let (mut up, mut down) = (lam.to_vec(), lam.to_vec());
            up[k] += h;
            down[k] -= h;
            (losses(training, val, &up)[t] - losses(training, val, &down)[t]) / (2.0 * h)
        };
        let reference = [difference(0), difference(1)];
        let error = relative_error(&hg.gradient, &reference);
        checks.check(
            error < 1e-7,
            &format!(
                "dF_{}/dλ against central differences of the closed form: {error:.1e}",
                t + 1
            ),
        );
    }
}

/// What the MGDA descent saw at each step.
struct Trajectory {
    losses: Vec<[f64; 2]>,
    norms: Vec<f64>,
    not_common: usize,
}

/// MGDA on the two hypergradients from `lam`: `OUTER_STEPS` steps λ ← λ − η d.
fn descend(hypergradients: &dyn Fn(&[f64]) -> [Hypergradient; 2], lam: &mut [f64]) -> Trajectory {
    let mut trajectory = Trajectory {
        losses: Vec::new(),
        norms: Vec::new(),
        not_common: 0,
    };
    for step in 0..OUTER_STEPS {
        let hg = hypergradients(lam);
        let g = [hg[0].gradient.clone(), hg[1].gradient.clone()];
        let solution = MinNorm::default()
            .solve(&g)
            .expect("two gradients of one length");
        let d = &solution.direction;
        let dd = dot(d, d);
        // −d lowers both losses to first order iff <d, g_t> > 0; the min-norm
        // point has <d, g_t> ≥ ‖d‖² (exactly, for the closed form of two).
        if g.iter().any(|gt| dot(d, gt) < dd - 1e-12 * dot(gt, gt)) {
            trajectory.not_common += 1;
        }
        if step % 20 == 0 || step + 1 == OUTER_STEPS {
            println!(
                "   step {step:>3}: F = ({:.5}, {:.5}), λ = ({:.3}, {:.3}), α = ({:.3}, {:.3}), ‖d‖ = {:.1e}",
                hg[0].value, hg[1].value, lam[0], lam[1], solution.weights[0], solution.weights[1], dd.sqrt()
            );
        }
        trajectory.losses.push([hg[0].value, hg[1].value]);
        trajectory.norms.push(dd.sqrt());
        for (l, di) in lam.iter_mut().zip(d) {
            *l -= OUTER_STEP * di;
        }
    }
    trajectory
}

/// A point of the grid: λ, and both losses there.
type GridPoint = ([f64; 2], [f64; 2]);

/// The best point of the grid λ ∈ [−8, 8]² (step 0.1) for each loss alone,
/// as (λ, both losses), and how many grid points beat `reached` in both losses.
fn grid(training: &Training, val: &[Data; 2], reached: [f64; 2]) -> ([GridPoint; 2], usize) {
    let mut best = [([0.0; 2], [f64::INFINITY; 2]); 2];
    let mut dominating = 0;
    for i in 0..=160 {
        for j in 0..=160 {
            let point = [-8.0 + 0.1 * i as f64, -8.0 + 0.1 * j as f64];
            let f = losses(training, val, &point);
            for t in 0..2 {
                if f[t] < best[t].1[t] {
                    best[t] = (point, f);
                }
            }
            // `reached` is by the same closed form: 1e-9 only keeps rounding out.
            if f[0] < reached[0] - 1e-9 && f[1] < reached[1] - 1e-9 {
                dominating += 1;
            }
        }
    }
    (best, dominating)
}

fn main() {
    let mut rng = Rng::new(7);
    let truths = truths();
    let training = Training {
        tasks: truths.map(|w| Data::linear(N, &w, NOISE, &mut rng)),
        rho_shared: RHO_SHARED,
        rho_head: RHO_HEAD,
    };
    let val = truths.map(|w| Data::linear(M, &w, NOISE, &mut rng));
    let mut checks = Checks::default();
    let inner = objective!(inner_cost_grad_into, inner_cost_hvp, &training);
    let first_task = objective!(validation_cost_grad_into, validation_cost_hvp, 0, &val[0]);
    let second_task = objective!(validation_cost_grad_into, validation_cost_hvp, 1, &val[1]);
    // The task weights stay below e^3 here: 1 / λ_max of the Hessian there is below 2 / L.
    let hessian = inner.hessian(&[0.0; 3 * D], &[3.0, 3.0]);
    let step = 1.0
        / hessian
            .view((0, 0), (3 * D, 3 * D))
            .symmetric_eigenvalues()
            .max();
    let solver = InnerSolver::new(100_000, step).tolerance(1e-12);
    let problems = [
        Bilevel::new(&inner, &first_task, solver),
        Bilevel::new(&inner, &second_task, solver),
    ];
    // Both hypergradients by the exact method, from one warm start.
    let w = std::cell::RefCell::new(vec![0.0; 3 * D]);
    let hypergradients = |lam: &[f64]| -> [Hypergradient; 2] {
        let mut w = w.borrow_mut();
        [0, 1].map(|t| {
            problems[t]
                .hypergradient(&Exact, &mut w, lam)
                .expect("hypergradient")
        })
    };
    println!(
        "Two regression tasks, {N} training and {M} validation samples each, {D} features; \
         true weights BASE ± DELTA"
    );
    let mut lam = vec![START; 2];
    check_against_differences(&hypergradients(&lam), (&training, &val), &lam, &mut checks);

    println!(
        "\nMGDA on (F_1, F_2) over the task weights e^λ, {OUTER_STEPS} steps of {OUTER_STEP}:"
    );
    let trajectory = descend(&hypergradients, &mut lam);
    checks.check(
        trajectory.not_common == 0,
        "every direction d had <d, g_t> >= ‖d‖² for both tasks (a common descent direction)",
    );
    let rises = trajectory
        .losses
        .windows(2)
        .filter(|p| p[1][0] > p[0][0] + 1e-12 || p[1][1] > p[0][1] + 1e-12)
        .count();
    checks.check(rises == 0, "every step lowered both validation losses");
    let (first_norm, last_norm) = (trajectory.norms[0], trajectory.norms[OUTER_STEPS - 1]);
    checks.check(
        last_norm < 1e-6 * first_norm,
        &format!("d vanished: ‖d‖ from {first_norm:.2e} to {last_norm:.1e} (Pareto-stationary)"),
    );

    let start = losses(&training, &val, &[START, START]);
    let reached = losses(&training, &val, &lam);
    let (best, dominating) = grid(&training, &val, reached);
    println!("\nThe trade-off (validation losses at the exact w*(λ)):");
    println!("   {:<34} {:>8} {:>8}   λ", "", "F_1", "F_2");
    let row = |name: &str, f: [f64; 2], l: [f64; 2]| {
        println!(
            "   {name:<34} {:>8.5} {:>8.5}   ({:.2}, {:.2})",
            f[0], f[1], l[0], l[1]
        );
    };
    row("start", start, [START, START]);
    row("MGDA", reached, [lam[0], lam[1]]);
    row("best F_1 alone (grid)", best[0].1, best[0].0);
    row("best F_2 alone (grid)", best[1].1, best[1].0);
    checks.check(
        dominating == 0,
        "no point of the grid λ ∈ [−8, 8]² (step 0.1) is better in both losses: MGDA's point is on the grid's Pareto front",
    );
    let trade_off = (0..2).all(|t| reached[t] < best[1 - t].1[t]);
    checks.check(
        trade_off,
        "each loss at MGDA's point is below its value at the other loss's single-objective optimum",
    );
    if checks.0 > 0 {
        println!("{} checks FAILED", checks.0);
        std::process::exit(1);
    }
    println!("all checks passed");
}
