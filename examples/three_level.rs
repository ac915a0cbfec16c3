//! The three-level problem of the seed note (issue 5): sample weights A, a
//! model W trained with them, a second model V trained on W's predictions.
//!
//! `min_A L(D_val; V*(W*(A)))` with
//! `V*(W) = argmin_V (1/2M) Σ_i (u'_iᵀV − u_iᵀW)² + λ (1/2K) Σ_j (p'_jᵀV − q_j)² + (ρ_V/2) ‖V‖²`
//! (V learns from W's predictions `g(u_i; W) = u_iᵀW` on M unlabelled samples
//! and from K labelled ones, through its own features `u' = T u`) and
//! `W*(A) = argmin_W ½ Σ_i σ(A_i) (x_iᵀW − y_i)² + (ρ_W/2) ‖W‖²` on a training
//! set with a fifth of the labels corrupted; L is V's validation loss. All
//! three costs are `#[differentiate]` functions, assembled into a
//! `Multilevel` graph (A reads V*, V reads W*, W is a best response to A).
//!
//! Two ways to get dL/dA, side by side:
//! - exact products: each lower problem solved to ‖∇‖ ≤ 1e-12, then the
//!   implicit-function products with the dense Hessians (`Exact`), checked
//!   against the closed form through nalgebra solves;
//! - the seed's finite-difference method: one unrolled step on each level
//!   (W̄ = W − ξ_W ∇_W, V̄ = V − ξ_V ∇_V) and both second-order terms by central
//!   differences (`FiniteDifference` on both levels), checked against the
//!   note's formula (3) written out literally — which takes the two finite
//!   differences of its R separately, where the graph takes one of their
//!   difference (the same by linearity).
//!
//! Then descent on A by both, from the same start: the exact method re-solves
//! the lower levels at every outer step, the seed's method takes one inner
//! step per level and outer step (DARTS's alternation). Printed: both
//! trajectories of the true objective `L(V*(W*(A)))` (closed form) and their
//! difference.
//!
//! Every check prints `ok` or `FAILED`; the example exits with status 1 if any failed.
#![allow(clippy::needless_range_loop)]

#[path = "bilevel/mod.rs"]
mod bilevel;

use autodiff::bilevel::{
    Exact, FiniteDifference, InnerSolver, Method, Multilevel, Objective, Problem,
};
use autodiff::{differentiate, objective};
// The glob brings the hidden companions of `weighted`, `half_mse` and
// `sigmoid` (which the generated code calls) into scope with them.
use bilevel::*;
use nalgebra::{DMatrix, DVector};

/// W's training samples and features, V's features, unlabelled and
/// labelled samples for V, validation samples.
const N: usize = 100;
const D_W: usize = 8;
const D_V: usize = 6;
const UNLABELLED: usize = 100;
const LABELLED: usize = 10;
const VALIDATION: usize = 200;
/// Outer steps on A, and their size (the same for both methods).
const OUTER_STEPS: usize = 100;
const OUTER_STEP: f64 = 100.0;

/// The PASS/FAIL record of the example's own checks.
#[derive(Default)]
struct Checks(usize);

impl Checks {
    fn check(&mut self, ok: bool, what: &str) {
        println!("  [{}] {what}", if ok { "ok" } else { "FAILED" });
        self.0 += usize::from(!ok);
    }
}

/// V's training data: the unlabelled samples in W's features (`teacher`)
/// and in V's (`student`), the labelled samples in V's features, the weight
/// λ of the labelled part and the penalty ρ_V.
struct Student {
    teacher: Data,
    student: Data,
    labelled: Data,
    lambda: f64,
    rho: f64,
}

/// V's cost over (V, W).
#[differentiate(wrt(v, w))]
fn student_cost(v: &[f64], w: &[f64], s: &Student) -> f64 {
    let m = s.student.y.len();
    let (dv, dw) = (s.student.d, s.teacher.d);
    let mut distill = 0.0;
    for i in 0..m {
        let mut p = 0.0;
        for j in 0..dv {
            p += s.student.x[i * dv + j] * v[j];
        }
        let mut g = 0.0;
        for j in 0..dw {
            g += s.teacher.x[i * dw + j] * w[j];
        }
        distill += (p - g) * (p - g);
    }
    let mut norm2 = 0.0;
    for j in 0..dv {
        norm2 += v[j] * v[j];
    }
    let labelled = half_mse(v, &s.labelled);
    distill / (2.0 * m as f64) + s.lambda * labelled + 0.5 * s.rho * norm2
}

/// A's cost over (A, V): V's validation loss.
#[differentiate(wrt(_a, v))]
fn top_cost(_a: &[f64], v: &[f64], val: &Data) -> f64 {
    half_mse(v, val)
}

/// The whole problem's data.
struct Setup {
    train: Data,
    corrupted: Vec<bool>,
    rho_w: f64,
    student: Student,
    val: Data,
}

/// `n` rows of `T x` for the rows x of `data` (V's features).
fn transformed(data: &Data, t: &DMatrix<f64>) -> Data {
    let x = data.matrix() * t.transpose();
    Data {
        x: x.transpose().as_slice().to_vec(),
        y: data.y.clone(),
        d: t.nrows(),
    }
}

/// The data, with the labels of about a fifth of W's training samples flipped.
fn setup(rng: &mut Rng) -> Setup {
    let mut train = Data::synthetic(N, D_W, 0.3, rng);
    let corrupted: Vec<bool> = (0..train.len()).map(|_| rng.uniform() < 0.2).collect();
    for (y, &c) in train.y.iter_mut().zip(&corrupted) {
        if c {
            *y = -*y;
        }
    }
    // V sees a random projection of W's features.
    let t = DMatrix::from_fn(D_V, D_W, |_, _| rng.normal() / (D_W as f64).sqrt());
    let unlabelled = Data::synthetic(UNLABELLED, D_W, 0.3, rng);
    let labelled = Data::synthetic(LABELLED, D_W, 0.3, rng);
    let val = Data::synthetic(VALIDATION, D_W, 0.3, rng);
    Setup {
        train,
        corrupted,
        rho_w: 1.0,
        student: Student {
            student: transformed(&unlabelled, &t),
            teacher: unlabelled,
            labelled: transformed(&labelled, &t),
            lambda: 0.5,
            rho: 0.1,
        },
        val: transformed(&val, &t),
    }
}

/// V's cost as the quadratic `½ VᵀSV − Vᵀ(P W + c) + const`: (S, P, c).
fn student_quadratic(s: &Student) -> (DMatrix<f64>, DMatrix<f64>, DVector<f64>) {
    let (m, k) = (s.student.len() as f64, s.labelled.len() as f64);
    let (us, ut, pl) = (s.student.matrix(), s.teacher.matrix(), s.labelled.matrix());
    let dv = s.student.d;
    let hessian = us.transpose() * &us / m
        + pl.transpose() * &pl * (s.lambda / k)
        + DMatrix::identity(dv, dv) * s.rho;
    let coupling = us.transpose() * ut / m;
    let offset = pl.transpose() * DVector::from_column_slice(&s.labelled.y) * (s.lambda / k);
    (hessian, coupling, offset)
}

/// The closed form: V*(W) = S⁻¹(P W + c), W* the weighted solution, and
/// `dL/dA = weighted_hypergradient_of(.., J_Vᵀ ∇L(V*(W)))` with `J_V = S⁻¹P`.
struct ClosedForm {
    solve: nalgebra::Cholesky<f64, nalgebra::Dyn>,
    coupling: DMatrix<f64>,
    offset: DVector<f64>,
}

impl ClosedForm {
    fn new(s: &Student) -> Self {
        let (hessian, coupling, offset) = student_quadratic(s);
        Self {
            solve: hessian.cholesky().expect("positive definite"),
            coupling,
            offset,
        }
    }

    fn v_star(&self, w: &DVector<f64>) -> DVector<f64> {
        self.solve.solve(&(&self.coupling * w + &self.offset))
    }

    /// `L(V*(W*(A)))`.
    fn objective(&self, setup: &Setup, a: &[f64]) -> f64 {
        let v = self.v_star(&weighted_solution(&setup.train, a, setup.rho_w));
        let r = setup.val.matrix() * v - DVector::from_column_slice(&setup.val.y);
        r.norm_squared() / (2.0 * setup.val.len() as f64)
    }

    fn hypergradient(&self, setup: &Setup, a: &[f64]) -> Vec<f64> {
        weighted_hypergradient_of(&setup.train, a, setup.rho_w, |w| {
            let grad_v = validation_gradient(&setup.val, &self.v_star(w));
            self.coupling.transpose() * self.solve.solve(&grad_v)
        })
    }
}

/// The seed's formula (3) for dL/dA, literally: from W and V,
/// `W̄ = W − ξ_W ∇_W G_W(W, A)`, `V̄ = V − ξ_V ∇_V G_V(V, W̄)`,
/// `V± = V ± α_W ∇L(V̄)` with `α_W = 0.01 / ‖∇L(V̄)‖`, and for each sign s the
/// product `∇_W G_V(V^s, W̄) · ∇_W∇_A G_W` by central differences at
/// `W ± α_A h_s` with `h_s = ∇_W G_V(V^s, W̄)`, `α_A = 0.01 / ‖h_s‖`; then
/// `dL/dA = ξ_W ξ_V (R₊ − R₋) / (2 α_W)`.
fn seed_formula(
    (top, v_cost, w_cost): Costs,
    (a, w, v): (&[f64], &[f64], &[f64]),
    (xi_w, xi_v): (f64, f64),
) -> Vec<f64> {
    let shifted = |x: &[f64], s: f64, d: &[f64]| -> Vec<f64> {
        x.iter().zip(d).map(|(xi, di)| xi + s * di).collect()
    };
    let norm = |x: &[f64]| x.iter().map(|v| v * v).sum::<f64>().sqrt();
    let w_bar = shifted(w, -xi_w, &w_cost.gradient(w, a).1);
    let v_bar = shifted(v, -xi_v, &v_cost.gradient(v, &w_bar).1);
    let grad_l = top.gradient(a, &v_bar).2;
    let alpha_w = 0.01 / norm(&grad_l);
    let term = |sign: f64| -> Vec<f64> {
        let h = v_cost
            .gradient(&shifted(v, sign * alpha_w, &grad_l), &w_bar)
            .2;
        let alpha_a = 0.01 / norm(&h);
        let up = w_cost.gradient(&shifted(w, alpha_a, &h), a).2;
        let down = w_cost.gradient(&shifted(w, -alpha_a, &h), a).2;
        up.iter()
            .zip(&down)
            .map(|(u, d)| (u - d) / (2.0 * alpha_a))
            .collect()
    };
    let (plus, minus) = (term(1.0), term(-1.0));
    let scale = xi_w * xi_v / (2.0 * alpha_w);
    plus.iter()
        .zip(&minus)
        .map(|(p, m)| scale * (p - m))
        .collect()
}

/// 1 / λ_max of `cost`'s Hessian in its own parameters at (x, z).
fn inverse_curvature(cost: &dyn Objective, x: &[f64], z: &[f64]) -> f64 {
    let n = x.len();
    let h = cost.hessian(x, z);
    1.0 / h.view((0, 0), (n, n)).symmetric_eigenvalues().max()
}

fn cosine(a: &[f64], b: &[f64]) -> f64 {
    let dot = |x: &[f64], y: &[f64]| x.iter().zip(y).map(|(p, q)| p * q).sum::<f64>();
    dot(a, b) / (dot(a, a) * dot(b, b)).sqrt()
}

/// The costs of the three levels: A's, V's, W's.
type Costs<'a> = (&'a dyn Objective, &'a dyn Objective, &'a dyn Objective);

/// The chain A → W → V with V's and W's solvers and methods.
fn chain<'a>(
    (top, v_cost, w_cost): Costs<'a>,
    v: (InnerSolver, Box<dyn Method + 'a>),
    w: (InnerSolver, Box<dyn Method + 'a>),
) -> Multilevel<'a> {
    Multilevel::new(vec![
        Problem::new("A", top).lower(&["V"]).outer_step(OUTER_STEP),
        Problem::new("V", v_cost)
            .lower(&["W"])
            .solver(v.0)
            .method(v.1),
        Problem::new("W", w_cost)
            .upper(&["A"])
            .solver(w.0)
            .method(w.1),
    ])
    .expect("a three-level chain")
}

fn norm(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>().sqrt()
}

/// The mean learned weight σ(A_i) of the clean and of the corrupted samples.
fn mean_weights(a: &[f64], corrupted: &[bool]) -> (f64, f64) {
    let mean = |want: bool| {
        let picked: Vec<f64> = a
            .iter()
            .zip(corrupted)
            .filter(|(_, &c)| c == want)
            .map(|(&ai, _)| sigmoid(ai))
            .collect();
        picked.iter().sum::<f64>() / picked.len() as f64
    };
    (mean(false), mean(true))
}

fn main() {
    let mut rng = Rng::new(11);
    let setup = setup(&mut rng);
    let closed = ClosedForm::new(&setup.student);
    let mut checks = Checks::default();
    let w_cost = objective!(weighted_grad_into, weighted_hvp, &setup.train, setup.rho_w);
    let v_cost = objective!(student_cost_grad_into, student_cost_hvp, &setup.student);
    let top = objective!(top_cost_grad_into, top_cost_hvp, &setup.val);
    let costs: Costs = (&top, &v_cost, &w_cost);
    // σ(A) ≤ 1: W's curvature is largest with every weight 1 (A large); V's
    // cost is quadratic. The unrolled steps ξ are the inner step sizes.
    let xi_w = inverse_curvature(&w_cost, &[0.0; D_W], &[40.0; N]);
    let xi_v = inverse_curvature(&v_cost, &[0.0; D_V], &[0.0; D_W]);
    let solved = |xi| InnerSolver::new(1_000_000, xi).tolerance(1e-12);
    let exact = chain(
        costs,
        (solved(xi_v), Box::new(Exact)),
        (solved(xi_w), Box::new(Exact)),
    );
    let darts = |xi: f64| -> Box<dyn Method> { Box::new(FiniteDifference::new(xi)) };
    let none = InnerSolver::new(0, 0.0);
    let seed_here = chain(costs, (none, darts(xi_v)), (none, darts(xi_w)));
    println!(
        "W: {N} samples ({} labels flipped), {D_W} features; V: {UNLABELLED} samples labelled \
         by W, {LABELLED} labelled, {D_V} features; {VALIDATION} validation samples",
        setup.corrupted.iter().filter(|&&c| c).count()
    );

    // At A = 0 with W and V solved, every way to get dL/dA.
    let a0 = vec![0.0; N];
    let mut params = vec![a0.clone(), vec![0.0; D_V], vec![0.0; D_W]];
    let by_exact = exact.hypergradient("A", &mut params).expect("exact");
    let reference = closed.hypergradient(&setup, &a0);
    let by_seed = seed_here
        .hypergradient("A", &mut params)
        .expect("finite differences");
    let literal = seed_formula(costs, (&a0, &params[2], &params[1]), (xi_w, xi_v));
    println!("\ndL/dA at A = 0 (the first 6 of {N}), W and V solved:");
    let show = |name: &str, g: &[f64]| {
        let cells: Vec<String> = g[..6].iter().map(|x| format!("{x:>10.3e}")).collect();
        println!("   {name:<28} {}", cells.join(" "));
    };
    show("closed form", &reference);
    show("exact products (graph)", &by_exact);
    show("finite differences (graph)", &by_seed);
    show("the seed's formula (3)", &literal);
    let difference: Vec<f64> = by_seed.iter().zip(&by_exact).map(|(s, e)| s - e).collect();
    show("finite differences − exact", &difference);
    // The lower solves stop at ‖∇‖ ≤ 1e-12; two levels of conditioning make
    // that ~1e-10 at most (4e-13 measured).
    let error = relative_error(&by_exact, &reference);
    checks.check(
        error < 1e-8,
        &format!("exact products against the closed form: {error:.1e}"),
    );
    // The same central differences, of gradients quadratic in W and linear in
    // V (exact up to rounding, ~1e-16 / 0.01 relative), grouped differently.
    let error = relative_error(&by_seed, &literal);
    checks.check(
        error < 1e-8,
        &format!("the graph's finite differences against the seed's formula: {error:.1e}"),
    );
    let cos = cosine(&by_seed, &by_exact);
    println!(
        "   finite differences against exact: ‖difference‖ / ‖exact‖ = {:.3}, cosine {cos:.3}, \
         norms {:.3e} and {:.3e} (one step of ξ stands for H⁻¹)",
        relative_error(&by_seed, &by_exact),
        norm(&by_seed),
        norm(&by_exact),
    );
    checks.check(
        cos > 0.0,
        "the finite-difference hypergradient is a descent direction of the true objective",
    );

    descend_both(&setup, &closed, costs, (xi_w, xi_v), &mut checks);
    if checks.0 > 0 {
        println!("{} checks FAILED", checks.0);
        std::process::exit(1);
    }
    println!("all checks passed");
}

/// Descent on A from 0 by both methods, side by side: the exact method with
/// the lower levels solved at every outer step, the seed's with one inner step
/// per level and outer step.
fn descend_both(
    setup: &Setup,
    closed: &ClosedForm,
    costs: Costs,
    (xi_w, xi_v): (f64, f64),
    checks: &mut Checks,
) {
    let solved = |xi| InnerSolver::new(1_000_000, xi).tolerance(1e-12);
    let one_step = |xi| InnerSolver::new(1, xi);
    let darts = |xi: f64| -> Box<dyn Method> { Box::new(FiniteDifference::new(xi)) };
    let graphs = [
        chain(
            costs,
            (solved(xi_v), Box::new(Exact)),
            (solved(xi_w), Box::new(Exact)),
        ),
        chain(
            costs,
            (one_step(xi_v), darts(xi_v)),
            (one_step(xi_w), darts(xi_w)),
        ),
    ];
    let mut states = [0, 1].map(|_| vec![vec![0.0; N], vec![0.0; D_V], vec![0.0; D_W]]);
    println!(
        "\nDescent on A, {OUTER_STEPS} steps of {OUTER_STEP}: L(V*(W*(A))) by the closed form"
    );
    println!(
        "   {:>5} {:>12} {:>12} {:>12}",
        "step", "exact", "seed's FD", "difference"
    );
    let mut trajectories = [Vec::new(), Vec::new()];
    for step in 0..=OUTER_STEPS {
        let f = [0, 1].map(|k| closed.objective(setup, &states[k][0]));
        if step % 10 == 0 {
            println!(
                "   {step:>5} {:>12.6} {:>12.6} {:>12.2e}",
                f[0],
                f[1],
                f[1] - f[0]
            );
        }
        for k in 0..2 {
            trajectories[k].push(f[k]);
        }
        if step < OUTER_STEPS {
            for k in 0..2 {
                graphs[k]
                    .descend(&mut states[k], 1, |_, _| {})
                    .expect("descent");
            }
        }
    }
    for (k, name) in ["exact", "seed's FD"].iter().enumerate() {
        let (clean, corrupted) = mean_weights(&states[k][0], &setup.corrupted);
        println!("   {name}: mean weight σ(A_i) of the clean samples {clean:.3}, of the flipped {corrupted:.3}");
    }
    let start = trajectories[0][0];
    let [exact, seed] = [0, 1].map(|k| trajectories[k][OUTER_STEPS]);
    let rises = trajectories[0].windows(2).filter(|p| p[1] > p[0]).count();
    checks.check(rises == 0, "the exact method's descent never raised L");
    checks.check(
        exact < 0.5 * start,
        &format!("exact: L from {start:.4} to {exact:.4}, below half"),
    );
    checks.check(
        seed < 0.75 * start,
        &format!("seed's FD: L from {start:.4} to {seed:.4}, below three quarters"),
    );
}
