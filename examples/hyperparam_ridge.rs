//! Learning ridge penalties by hypergradient descent (issue 5).
//!
//! The inner problem is ridge regression on a training set,
//! `G(w, λ) = (1/2n) ‖Xw − y‖² + ½ Σ_j λ_j w_j²`, the outer problem the
//! validation loss `F(w) = (1/2m) ‖X_v w − y_v‖²`; both are `#[differentiate]`
//! functions (`examples/bilevel/mod.rs`). The penalties are kept positive as
//! `λ = exp(ρ)` and ρ follows `−λ ⊙ dF/dλ`, with 20 warm-started inner
//! gradient steps per outer step of size η = 1 / (L + max λ), L the largest
//! eigenvalue of XᵀX/n (a fixed step diverges once a penalty grows: the inner
//! solve reports that as an error).
//!
//! 1. One penalty λ, by each method: validation loss against outer steps,
//!    plotted to `target/hyperparam_ridge.png`; the learned λ is checked
//!    against a grid search of the closed-form validation loss.
//! 2. One penalty per feature, started from the learned λ: the validation loss
//!    must fall below the single penalty's.
//! 3. The error table: each method's hypergradient against the closed form
//!    `dF/dλ_j = −n [(XᵀX + nΛ)⁻¹ ∇F(w*)]_j w*_j` as its budget grows (the
//!    inner steps for the exact method, CG iterations, Neumann terms, ITD
//!    steps, the steps truncated ITD keeps), and DARTS against the closed form
//!    of its one-step hypergradient as its difference step shrinks.
//!
//! Every check prints `ok` or `FAILED`; the example exits with status 1 if any failed.
#![allow(clippy::needless_range_loop)]

#[path = "bilevel/mod.rs"]
mod bilevel;

use autodiff::bilevel::{
    Bilevel, ConjugateGradient, Exact, FiniteDifference, InnerSolver, Itd, Method, Neumann,
};
use autodiff::objective;
use bilevel::*;
use nalgebra::DVector;
use plotters::prelude::*;

/// Features of the synthetic data (the true weights shrink as 2 / (1 + j)).
const D: usize = 20;
/// Outer steps of each descent.
const OUTER_STEPS: usize = 60;
/// Outer step size on ρ = ln λ.
const OUTER_STEP: f64 = 2.0;
/// Inner gradient steps per outer step.
const INNER_STEPS: usize = 20;

/// The PASS/FAIL record of the example's own checks.
#[derive(Default)]
struct Checks(usize);

impl Checks {
    fn check(&mut self, ok: bool, what: &str) {
        println!("  [{}] {what}", if ok { "ok" } else { "FAILED" });
        self.0 += usize::from(!ok);
    }
}

/// The validation loss at the exact inner solution w*(λ), by the closed form.
fn validation_at_optimum(train: &Data, val: &Data, lam: &[f64]) -> f64 {
    let w = ridge_solution(train, lam);
    let r = val.matrix() * w - DVector::from_column_slice(&val.y);
    r.norm_squared() / (2.0 * val.len() as f64)
}

/// The inner step size 1 / (L + max λ): below 2 over the largest curvature.
fn step_size(train: &Data, lam: &[f64]) -> f64 {
    1.0 / (data_curvature(train) + lam.iter().fold(0.0f64, |m, l| m.max(*l)))
}

/// Hypergradient descent on ρ = ln λ from `rho`, the method made for each
/// outer step by `method` from the inner step size (Neumann's α and DARTS's ξ
/// follow it); `report` sees each step's number, validation loss and λ.
/// Returns the validation loss seen at each outer step, and the learned λ.
fn descend(
    method: &dyn Fn(f64) -> Box<dyn Method>,
    (train, val): (&Data, &Data),
    mut rho: Vec<f64>,
    report: &mut dyn FnMut(usize, f64, &[f64]),
) -> Result<(Vec<f64>, Vec<f64>), autodiff::bilevel::BilevelError> {
    let inner = objective!(ridge_grad_into, ridge_hvp, train);
    let outer = objective!(validation_grad_into, validation_hvp, val);
    let mut w = vec![0.0; train.d];
    let mut losses = Vec::with_capacity(OUTER_STEPS);
    for step in 0..OUTER_STEPS {
        let lam: Vec<f64> = rho.iter().map(|r| r.exp()).collect();
        let eta = step_size(train, &lam);
        let problem = Bilevel::new(&inner, &outer, InnerSolver::new(INNER_STEPS, eta));
        let hg = problem.hypergradient(method(eta).as_ref(), &mut w, &lam)?;
        for j in 0..rho.len() {
            rho[j] -= OUTER_STEP * lam[j] * hg.gradient[j];
        }
        report(step, hg.value, &lam);
        losses.push(hg.value);
    }
    Ok((losses, rho.iter().map(|r| r.exp()).collect()))
}

/// A method made from the inner step size η.
type MakeMethod = Box<dyn Fn(f64) -> Box<dyn Method>>;

/// The methods compared along the descent, with their budgets.
fn methods() -> Vec<(&'static str, MakeMethod)> {
    vec![
        ("exact", Box::new(|_| Box::new(Exact))),
        (
            "CG, 10 iterations",
            Box::new(|_| Box::new(ConjugateGradient::new(10, 1e-12))),
        ),
        (
            "Neumann, 20 terms",
            Box::new(|eta| Box::new(Neumann::new(20, eta))),
        ),
        (
            "ITD through 20 steps",
            Box::new(|_| Box::new(Itd::default())),
        ),
        (
            "DARTS, ξ = η",
            Box::new(|eta| Box::new(FiniteDifference::new(eta))),
        ),
        (
            "first order",
            Box::new(|_| Box::new(FiniteDifference::first_order())),
        ),
    ]
}

/// The smallest closed-form validation loss over a grid of one penalty
/// (2001 points, ln λ from −10 to 4), and where it is.
fn grid_search(train: &Data, val: &Data) -> (f64, f64) {
    (0..=2000)
        .map(|i| (-10.0 + 14.0 * i as f64 / 2000.0).exp())
        .map(|lam| (validation_at_optimum(train, val, &[lam]), lam))
        .fold(
            (f64::INFINITY, 0.0),
            |best, c| if c.0 < best.0 { c } else { best },
        )
}

type Curve = (&'static str, Vec<f64>);

/// Part 1: one penalty by every method; the curves and the exact method's λ.
fn one_penalty(train: &Data, val: &Data, checks: &mut Checks) -> (Vec<Curve>, f64) {
    println!("1. One penalty λ = exp(ρ), ρ from 0, {OUTER_STEPS} outer steps of {OUTER_STEP}:");
    let (best, best_lam) = grid_search(train, val);
    println!("   grid search of the closed form: F = {best:.6} at λ = {best_lam:.4}");
    let mut curves = Vec::new();
    let mut exact_lam = f64::NAN;
    for (name, method) in methods() {
        match descend(&method, (train, val), vec![0.0], &mut |_, _, _| {}) {
            Ok((losses, lam)) => {
                let f = validation_at_optimum(train, val, &lam);
                println!(
                    "   {name:<22} λ = {:.4}, F(w*(λ)) = {f:.6} (first step {:.6})",
                    lam[0], losses[0]
                );
                if name == "exact" {
                    exact_lam = lam[0];
                }
                curves.push((name, losses));
            }
            Err(e) => checks.check(false, &format!("{name}: {e}")),
        }
    }
    let learned = validation_at_optimum(train, val, &[exact_lam]);
    checks.check(
        learned <= best * (1.0 + 1e-6),
        &format!("exact method's λ is as good as the grid's best (F = {learned:.8} vs {best:.8})"),
    );
    (curves, exact_lam)
}

/// Part 2: one penalty per feature, from the learned single penalty.
fn per_feature(train: &Data, val: &Data, lam: f64, checks: &mut Checks) -> Vec<f64> {
    println!("\n2. One penalty per feature, from λ_j = {lam:.4}, by the exact method:");
    let single = validation_at_optimum(train, val, &[lam]);
    let exact = |_| Box::new(Exact) as Box<dyn Method>;
    let mut report = |step: usize, f: f64, lam: &[f64]| {
        if step % 10 == 0 {
            let largest = lam.iter().fold(0.0f64, |m, l| m.max(*l));
            println!("   outer step {step:>3}: F = {f:.6}, largest λ_j = {largest:.3}");
        }
    };
    let (_, learned) =
        descend(&exact, (train, val), vec![lam.ln(); D], &mut report).expect("per-feature descent");
    let f = validation_at_optimum(train, val, &learned);
    let shown: Vec<String> = learned.iter().map(|l| format!("{l:.3}")).collect();
    println!("   λ_j = [{}]", shown.join(", "));
    println!("   F(w*(Λ)) = {f:.6} against {single:.6} with one penalty");
    checks.check(
        f < single,
        "per-feature penalties lower the validation loss",
    );
    learned
}

/// The hypergradient by `method` after `solver` from w = 0, against the closed form.
fn error_of(
    method: &dyn Method,
    solver: InnerSolver,
    train: &Data,
    val: &Data,
    lam: &[f64],
) -> f64 {
    let inner = objective!(ridge_grad_into, ridge_hvp, train);
    let outer = objective!(validation_grad_into, validation_hvp, val);
    let hg =
        Bilevel::new(&inner, &outer, solver).hypergradient(method, &mut vec![0.0; train.d], lam);
    relative_error(
        &hg.expect("hypergradient").gradient,
        &ridge_hypergradient(train, val, lam),
    )
}

/// One row of the table: the errors of a method family over its budgets,
/// checked to fall over the last three budgets and to end below `last`. (At
/// small budgets the error need not fall: CG's error in the hypergradient is
/// not monotone in the iterations, and ITD's first iterates are far from w*.)
fn row(
    name: &str,
    budgets: &[usize],
    errors: impl Fn(usize) -> f64,
    last: f64,
    checks: &mut Checks,
) {
    let errors: Vec<f64> = budgets.iter().map(|&b| errors(b)).collect();
    let cells: Vec<String> = budgets
        .iter()
        .zip(&errors)
        .map(|(b, e)| format!("{b:>5}: {e:.1e}"))
        .collect();
    println!("   {name:<16} {}", cells.join("  "));
    let falls = errors[errors.len() - 3..].windows(2).all(|p| p[1] < p[0]);
    let what = format!("{name}: falls over the last three, ends below {last:e}");
    checks.check(falls && errors[errors.len() - 1] < last, &what);
}

/// Part 3: every method against the closed form at the learned penalties.
fn error_table(train: &Data, val: &Data, lam: &[f64], checks: &mut Checks) {
    println!("\n3. Relative error of dF/dΛ against the closed form at the learned Λ:");
    // Converged inner solve: ‖∇G‖ ≤ 1e-13.
    let eta = step_size(train, lam);
    let solved = InnerSolver::new(1_000_000, eta).tolerance(1e-13);
    let by = |method: &dyn Method, solver| error_of(method, solver, train, val, lam);
    // The exact method's only error is the inner solve's: its budget is K.
    let exact = |k| by(&Exact, InnerSolver::new(k, eta).tolerance(0.0));
    row(
        "exact, steps K",
        &[10, 40, 160, 640, 2560],
        exact,
        1e-9,
        checks,
    );
    // In floating point CG needs more than d = 20 iterations on this
    // ill-conditioned H (the per-feature penalties range over 500x).
    let cg = |k| by(&ConjugateGradient::new(k, 1e-14), solved);
    row("CG iterations", &[1, 2, 5, 10, 20, 40], cg, 1e-8, checks);
    let neumann = |k| by(&Neumann::new(k, eta), solved);
    let terms = [1, 4, 16, 64, 256, 1024];
    row("Neumann terms", &terms, neumann, 1e-8, checks);
    let itd = |k| by(&Itd::default(), InnerSolver::new(k, eta).tolerance(0.0));
    row("ITD steps K", &[10, 40, 160, 640, 2560], itd, 1e-8, checks);
    // The last T of 5000 steps, all at w*: T terms of the Neumann series with α = η.
    let unrolled = InnerSolver::new(5000, eta).tolerance(0.0);
    let truncated = |t| by(&Itd::truncated(t), unrolled);
    row("ITD last T", &terms, truncated, 1e-8, checks);
    for (name, xi) in [("DARTS ξ = η", eta), ("first order", 0.0)] {
        let e = by(&FiniteDifference::new(xi), solved);
        println!(
            "   {name:<16} {e:.1e}  (against the implicit derivative: biased, H⁻¹ ≈ ξ I; no budget removes it)"
        );
    }
    darts_row(train, val, lam, eta, checks);
}

/// DARTS against the closed form of its own one-step hypergradient, as the
/// difference scale r (ε = r / ‖v‖) shrinks. Ridge's `∇_λ G` is quadratic in
/// w, so its central differences are exact: the pseudo-Huber penalty
/// `Σ λ_j (√(1 + w_j²) − 1)` shows the O(ε²) truncation.
fn darts_row(train: &Data, val: &Data, lam: &[f64], eta: f64, checks: &mut Checks) {
    let inner = objective!(pseudo_huber_grad_into, pseudo_huber_hvp, train);
    let outer = objective!(validation_grad_into, validation_hvp, val);
    // The pseudo-Huber penalty's curvature is at most λ_j: η is still below 2 / L.
    let run = InnerSolver::new(200, eta)
        .solve(&inner, &vec![0.0; train.d], lam, false)
        .expect("pseudo-Huber inner solve");
    let reference = pseudo_huber_darts(train, val, lam, &run.w, eta);
    let error = |k: usize| {
        let darts = FiniteDifference::new(eta).with_r(10f64.powi(-(k as i32)));
        let problem = Bilevel::new(&inner, &outer, InnerSolver::new(0, eta));
        let hg = problem.hypergradient(&darts, &mut run.w.clone(), lam);
        relative_error(&hg.expect("DARTS").gradient, &reference)
    };
    println!(
        "   DARTS on the pseudo-Huber penalty, against its one-step closed form, by r = 10^-k:"
    );
    row("DARTS k", &[1, 2, 3, 4], error, 1e-8, checks);
}

/// DejaVu Sans from the system for the labels; `None` draws without text.
fn font() -> Option<&'static str> {
    let bytes = std::fs::read("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").ok()?;
    let bytes = Box::leak(bytes.into_boxed_slice());
    plotters::style::register_font("sans-serif", FontStyle::Normal, bytes).ok()?;
    Some("sans-serif")
}

/// The validation loss against outer steps, one line per method.
fn plot(path: &str, curves: &[Curve]) -> Result<(), Box<dyn std::error::Error>> {
    let font = font();
    let root = BitMapBackend::new(path, (900, 560)).into_drawing_area();
    root.fill(&WHITE)?;
    let values = curves.iter().flat_map(|(_, c)| c.iter().copied());
    let (low, high) = values.fold((f64::INFINITY, 0.0f64), |(l, h), v| (l.min(v), h.max(v)));
    let mut chart = ChartBuilder::on(&root);
    chart.margin(15).x_label_area_size(40).y_label_area_size(70);
    if let Some(font) = font {
        chart.caption("ridge penalty by hypergradient descent", (font, 22));
    }
    let mut chart = chart.build_cartesian_2d(0..OUTER_STEPS, low * 0.98..high * 1.02)?;
    if let Some(font) = font {
        let mut mesh = chart.configure_mesh();
        mesh.x_desc("outer step")
            .y_desc("validation loss")
            .label_style((font, 14))
            .draw()?;
    }
    let colors = [BLACK, RED, BLUE, GREEN, MAGENTA, CYAN];
    for ((name, curve), color) in curves.iter().zip(colors) {
        let line = LineSeries::new(curve.iter().copied().enumerate(), color.stroke_width(2));
        let series = chart.draw_series(line)?;
        if font.is_some() {
            let legend =
                move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2));
            series.label(*name).legend(legend);
        }
    }
    if let Some(font) = font {
        let mut labels = chart.configure_series_labels();
        labels
            .label_font((font, 14))
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()?;
    }
    root.present()?;
    Ok(())
}

fn main() {
    let mut rng = Rng::new(2024);
    let (train, val) = (
        Data::synthetic(30, D, 1.5, &mut rng),
        Data::synthetic(200, D, 1.5, &mut rng),
    );
    let mut checks = Checks::default();
    let (curves, lam) = one_penalty(&train, &val, &mut checks);
    let learned = per_feature(&train, &val, lam, &mut checks);
    error_table(&train, &val, &learned, &mut checks);
    std::fs::create_dir_all("target").expect("target directory");
    match plot("target/hyperparam_ridge.png", &curves) {
        Ok(()) => println!("\nwrote target/hyperparam_ridge.png"),
        Err(e) => checks.check(false, &format!("plot: {e}")),
    }
    if checks.0 > 0 {
        println!("{} checks FAILED", checks.0);
        std::process::exit(1);
    }
    println!("all checks passed");
}
