//! Multilevel hypergradients against closed forms: a three-level chain
//! (sample weights A → model W → second model V, the shape of the
//! three-level note) and a diamond (A → W1, W2 → V: two paths), with linear
//! best responses W* = S⁻¹PA, so that dC/dA has a closed form through
//! nalgebra solves. Every method on every level, including DARTS's
//! finite-difference method, the descent over all levels (`descend`, with
//! converged lower solves and with one inner step per level and outer step)
//! against the closed-form optimum, and the graph's errors.
#![allow(clippy::needless_range_loop)]

#[path = "../examples/bilevel/mod.rs"]
mod bilevel;

use autodiff::bilevel::{
    BilevelError, ConjugateGradient, Exact, FiniteDifference, InnerSolver, Itd, Method, Multilevel,
    Neumann, OuterStep, Problem,
};
use autodiff::{differentiate, objective};
use bilevel::{relative_error, Rng};
use nalgebra::{DMatrix, DVector};

/// `½ xᵀSx − xᵀPz`: the best response to z is x* = S⁻¹Pz.
struct Coupling {
    s: DMatrix<f64>,
    p: DMatrix<f64>,
}

impl Coupling {
    /// S = MᵀM / n + I (eigenvalues in about [1, 5]), P standard normal.
    fn random(n: usize, m: usize, rng: &mut Rng) -> Self {
        let a = DMatrix::from_fn(n, n, |_, _| rng.normal());
        let p = DMatrix::from_fn(n, m, |_, _| rng.normal());
        Self {
            s: a.transpose() * &a / n as f64 + DMatrix::identity(n, n),
            p,
        }
    }

    /// The response x* = S⁻¹Pz as a matrix, S⁻¹P.
    fn response(&self) -> DMatrix<f64> {
        self.s.clone().lu().solve(&self.p).unwrap()
    }
}

#[differentiate(wrt(x, z))]
fn coupled(x: &[f64], z: &[f64], c: &Coupling) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        for j in 0..x.len() {
            s += 0.5 * x[i] * c.s[(i, j)] * x[j];
        }
        for j in 0..z.len() {
            s -= x[i] * c.p[(i, j)] * z[j];
        }
    }
    s
}

/// The top cost `½ ‖v − t‖² + ½ ρ ‖a‖²`.
struct Target {
    t: Vec<f64>,
    rho: f64,
}

#[differentiate(wrt(a, v))]
fn top(a: &[f64], v: &[f64], c: &Target) -> f64 {
    let mut s = 0.0;
    for i in 0..v.len() {
        s += 0.5 * (v[i] - c.t[i]) * (v[i] - c.t[i]);
    }
    for i in 0..a.len() {
        s += 0.5 * c.rho * a[i] * a[i];
    }
    s
}

/// `dC/dA = ρA + Jᵀ (V* − t)` for the response V* = J A.
fn closed_form(j: &DMatrix<f64>, target: &Target, a: &[f64]) -> Vec<f64> {
    let a = DVector::from_column_slice(a);
    let residual = j * &a - DVector::from_column_slice(&target.t);
    (j.transpose() * residual + a * target.rho)
        .as_slice()
        .to_vec()
}

/// Inner solves to ‖∇‖ ≤ 1e-13: η = 0.2 contracts by ≤ 0.8 on eigenvalues in [1, 5].
fn solver() -> InnerSolver {
    InnerSolver::new(5000, 0.2).tolerance(1e-13)
}

/// The methods by name, made fresh for each problem.
fn method(name: &str) -> Box<dyn Method> {
    match name {
        "exact" => Box::new(Exact),
        "cg" => Box::new(ConjugateGradient::new(50, 1e-14)),
        // α = 0.2: (1 − 0.2)^300 < 1e-29.
        "neumann" => Box::new(Neumann::new(300, 0.2)),
        _ => Box::new(Itd::default()),
    }
}

const PAIRS: [(&str, &str); 6] = [
    ("exact", "exact"),
    ("cg", "cg"),
    ("neumann", "neumann"),
    ("itd", "itd"),
    ("itd", "cg"),
    ("neumann", "exact"),
];

#[test]
fn three_level_chain_matches_the_closed_form_with_every_method_on_every_level() {
    let mut rng = Rng::new(17);
    let (cw, cv) = (
        Coupling::random(4, 3, &mut rng),
        Coupling::random(2, 4, &mut rng),
    );
    let target = Target {
        t: vec![1.0, -2.0],
        rho: 0.1,
    };
    let a = [0.5, -1.0, 2.0];
    let reference = closed_form(&(cv.response() * cw.response()), &target, &a);
    let (w_cost, v_cost) = (
        objective!(coupled_grad_into, coupled_hvp, &cw),
        objective!(coupled_grad_into, coupled_hvp, &cv),
    );
    let a_cost = objective!(top_grad_into, top_hvp, &target);
    for (on_w, on_v) in PAIRS {
        let graph = Multilevel::new(vec![
            Problem::new("A", &a_cost).lower(&["V"]),
            Problem::new("V", &v_cost)
                .lower(&["W"])
                .solver(solver())
                .method(method(on_v)),
            Problem::new("W", &w_cost)
                .upper(&["A"])
                .solver(solver())
                .method(method(on_w)),
        ])
        .unwrap();
        let mut params = vec![a.to_vec(), vec![0.0; 2], vec![0.0; 4]];
        let got = graph.hypergradient("A", &mut params).unwrap();
        // Each solve leaves ~1e-13 / λ_min(S) ≈ 1e-13 in its parameters, and two
        // levels of conditioning (≈ 5 each) amplify it to ~1e-11 relative;
        // ITD's derivative converges like the solve: 1e-9 is a margin of 100.
        let error = relative_error(&got, &reference);
        assert!(
            error < 1e-9,
            "W by {on_w}, V by {on_v}: {got:?} vs {reference:?} ({error:e})"
        );
    }
}

#[test]
fn diamond_sums_both_paths() {
    let mut rng = Rng::new(23);
    let (c1, c2) = (
        Coupling::random(3, 2, &mut rng),
        Coupling::random(2, 2, &mut rng),
    );
    let cv = Coupling::random(2, 5, &mut rng); // z = [W1; W2]
    let target = Target {
        t: vec![0.5, 1.5],
        rho: 0.0,
    };
    let a = [1.0, -0.5];
    // V* = S_V⁻¹ (Q1 W1* + Q2 W2*) with P_V = [Q1 Q2].
    let j =
        cv.s.clone()
            .lu()
            .solve(&(cv.p.columns(0, 3) * c1.response() + cv.p.columns(3, 2) * c2.response()))
            .unwrap();
    let reference = closed_form(&j, &target, &a);
    let costs = [&c1, &c2, &cv].map(|c| objective!(coupled_grad_into, coupled_hvp, c));
    let a_cost = objective!(top_grad_into, top_hvp, &target);
    let graph = Multilevel::new(vec![
        Problem::new("A", &a_cost).lower(&["V"]),
        Problem::new("W1", &costs[0])
            .upper(&["A"])
            .solver(solver())
            .method(Itd::default()),
        Problem::new("W2", &costs[1])
            .upper(&["A"])
            .solver(solver())
            .method(ConjugateGradient::default()),
        Problem::new("V", &costs[2])
            .lower(&["W1", "W2"])
            .solver(solver())
            .method(Neumann::new(300, 0.2)),
    ])
    .unwrap();
    assert_eq!(
        graph.paths("A", "V").unwrap(),
        [vec!["W1", "V"], vec!["W2", "V"]]
    );
    let mut params = vec![a.to_vec(), vec![0.0; 3], vec![0.0; 2], vec![0.0; 2]];
    let got = graph.hypergradient("A", &mut params).unwrap();
    // As for the chain (CG's relative tolerance 1e-10 adds at most that).
    assert!(
        relative_error(&got, &reference) < 1e-9,
        "{got:?} vs {reference:?}"
    );
}

#[test]
fn darts_on_both_levels_is_exact_for_isotropic_curvature() {
    // S = s I: DARTS's step ξ = 1/s lands on the best response from anywhere,
    // and −ξ ∇²_zx G = S⁻¹P is the exact response Jacobian, so the seed's
    // finite-difference method (with no inner steps at all) is exact here up
    // to the central difference of a linear gradient (rounding).
    let mut rng = Rng::new(29);
    let mut isotropic = |n: usize, m: usize, s: f64| Coupling {
        s: DMatrix::identity(n, n) * s,
        p: DMatrix::from_fn(n, m, |_, _| rng.normal()),
    };
    let (cw, cv) = (isotropic(4, 3, 2.0), isotropic(2, 4, 4.0));
    let target = Target {
        t: vec![1.0, -2.0],
        rho: 0.3,
    };
    let a = [0.5, -1.0, 2.0];
    let reference = closed_form(&(cv.response() * cw.response()), &target, &a);
    let (w_cost, v_cost) = (
        objective!(coupled_grad_into, coupled_hvp, &cw),
        objective!(coupled_grad_into, coupled_hvp, &cv),
    );
    let a_cost = objective!(top_grad_into, top_hvp, &target);
    let none = InnerSolver::new(0, 0.0);
    let graph = Multilevel::new(vec![
        Problem::new("A", &a_cost).lower(&["V"]),
        Problem::new("V", &v_cost)
            .lower(&["W"])
            .solver(none)
            .method(FiniteDifference::new(0.25)),
        Problem::new("W", &w_cost)
            .upper(&["A"])
            .solver(none)
            .method(FiniteDifference::new(0.5)),
    ])
    .unwrap();
    let mut params = vec![a.to_vec(), vec![3.0, -3.0], vec![1.0; 4]];
    let got = graph.hypergradient("A", &mut params).unwrap();
    // Central differences of linear gradients with ε = 0.01 / ‖v‖: rounding
    // of O(1e-16 / 0.01) relative per level.
    assert!(
        relative_error(&got, &reference) < 1e-11,
        "{got:?} vs {reference:?}"
    );
}

#[test]
fn malformed_graphs_are_errors() {
    let target = Target {
        t: vec![0.0],
        rho: 0.0,
    };
    let cost = objective!(top_grad_into, top_hvp, &target);
    let cycle = Multilevel::new(vec![
        Problem::new("A", &cost).lower(&["B"]),
        Problem::new("B", &cost).lower(&["C"]),
        Problem::new("C", &cost).lower(&["A"]),
    ]);
    assert_eq!(
        cycle.err(),
        Some(BilevelError::Cycle(vec![
            "A".into(),
            "B".into(),
            "C".into()
        ]))
    );
    // A problem both above and below another.
    let inverted = Multilevel::new(vec![
        Problem::new("A", &cost).lower(&["W"]),
        Problem::new("W", &cost).lower(&["A"]),
    ]);
    assert!(matches!(inverted.err(), Some(BilevelError::Cycle(_))));
    let twice = Multilevel::new(vec![Problem::new("A", &cost), Problem::new("A", &cost)]);
    assert_eq!(
        twice.err(),
        Some(BilevelError::DuplicateProblem("A".into()))
    );
    let missing = Multilevel::new(vec![Problem::new("W", &cost).upper(&["A"])]);
    assert_eq!(
        missing.err(),
        Some(BilevelError::UnknownProblem {
            name: "A".into(),
            needed_by: "W".into()
        })
    );
    let graph = Multilevel::new(vec![Problem::new("A", &cost)]).unwrap();
    let unknown = graph.hypergradient("B", &mut [vec![0.0]]);
    assert!(matches!(unknown, Err(BilevelError::UnknownProblem { .. })));
}

/// `A* = (JᵀJ + ρI)⁻¹ Jᵀ t`, the minimiser of `½ ‖J A − t‖² + ½ ρ ‖A‖²`,
/// and `1 / (λ_max(JᵀJ) + ρ)`, the step that descent on it can take.
fn closed_form_optimum(j: &DMatrix<f64>, target: &Target) -> (Vec<f64>, f64) {
    let m = j.transpose() * j + DMatrix::identity(j.ncols(), j.ncols()) * target.rho;
    let rhs = j.transpose() * DVector::from_column_slice(&target.t);
    let optimum = m.clone().cholesky().unwrap().solve(&rhs);
    (
        optimum.as_slice().to_vec(),
        1.0 / m.symmetric_eigenvalues().max(),
    )
}

/// Descends the chain A → W → V (W and V by `solver` and the exact method)
/// from A = 0 for `steps` outer steps; the final A and each step's cost.
fn descend_chain(
    (cw, cv, target): (&Coupling, &Coupling, &Target),
    solver: InnerSolver,
    outer_step: f64,
    steps: usize,
) -> (Vec<f64>, Vec<f64>) {
    let (w_cost, v_cost) = (
        objective!(coupled_grad_into, coupled_hvp, cw),
        objective!(coupled_grad_into, coupled_hvp, cv),
    );
    let a_cost = objective!(top_grad_into, top_hvp, target);
    let graph = Multilevel::new(vec![
        Problem::new("A", &a_cost)
            .lower(&["V"])
            .outer_step(outer_step),
        Problem::new("V", &v_cost).lower(&["W"]).solver(solver),
        Problem::new("W", &w_cost).upper(&["A"]).solver(solver),
    ])
    .unwrap();
    let mut params = vec![vec![0.0; 3], vec![0.0; 2], vec![0.0; 4]];
    let mut costs = Vec::new();
    graph
        .descend(&mut params, steps, |_, tops: &[OuterStep]| {
            assert_eq!(tops.len(), 1);
            assert_eq!(tops[0].problem, "A");
            costs.push(tops[0].value);
        })
        .unwrap();
    (params.swap_remove(0), costs)
}

#[test]
fn descent_over_three_levels_reaches_the_closed_form_optimum() {
    let mut rng = Rng::new(31);
    let (cw, cv) = (
        Coupling::random(4, 3, &mut rng),
        Coupling::random(2, 4, &mut rng),
    );
    let target = Target {
        t: vec![1.0, -2.0],
        rho: 0.5,
    };
    let (optimum, step) = closed_form_optimum(&(cv.response() * cw.response()), &target);
    // Descent on a quadratic with step 1/L contracts by 1 − μ/L per step, μ = ρ.
    let contraction = 1.0 - target.rho * step;
    let steps = (15.0 / -contraction.log10()).ceil() as usize;
    let (a, costs) = descend_chain((&cw, &cv, &target), solver(), step, steps);
    // After `steps` steps the contraction leaves 1e-15 of the start (A = 0,
    // so ‖A − A*‖ ≤ 1e-15 ‖A*‖); the lower solves stop at ‖∇‖ ≤ 1e-13, which
    // two levels of conditioning (≈ 5 each) make ~1e-12: 1e-10 is a margin of 100
    // (1e-14 measured).
    assert!(
        relative_error(&a, &optimum) < 1e-10,
        "{a:?} vs {optimum:?} after {steps} steps"
    );
    // Gradient descent with step 1/L on a convex quadratic never increases
    // the cost (up to the lower solves' rounding).
    for pair in costs.windows(2) {
        assert!(pair[1] <= pair[0] + 1e-12, "{costs:?}");
    }
}

#[test]
fn alternating_one_inner_step_per_level_reaches_the_same_optimum() {
    let mut rng = Rng::new(37);
    let (cw, cv) = (
        Coupling::random(4, 3, &mut rng),
        Coupling::random(2, 4, &mut rng),
    );
    let target = Target {
        t: vec![0.5, 1.5],
        rho: 0.5,
    };
    let (optimum, step) = closed_form_optimum(&(cv.response() * cw.response()), &target);
    // One step of η = 0.2 per level and outer step: a fixed point has the
    // lower problems solved (their gradients zero) and, with exact products
    // there, dC/dA = 0, so A = A*. The outer step is halved to let the lower
    // levels keep up.
    let one_step = InnerSolver::new(1, 0.2);
    let (a, costs) = descend_chain((&cw, &cv, &target), one_step, 0.5 * step, 1000);
    let error = relative_error(&a, &optimum);
    // The coupled iteration contracts linearly (6e-9 after 100 steps) until
    // the lower solvers' default tolerance, ‖∇‖ ≤ 1e-12, stops their steps:
    // 6e-13 from 300 steps on. 1e-10 is a margin of 100.
    assert!(error < 1e-10, "{a:?} vs {optimum:?} ({error:e})");
    assert!(costs[999] < costs[0], "{} vs {}", costs[999], costs[0]);
}

#[test]
fn descent_errors_are_values() {
    let target = Target {
        t: vec![],
        rho: f64::NAN,
    };
    let cost = objective!(top_grad_into, top_hvp, &target);
    let graph = Multilevel::new(vec![Problem::new("A", &cost)]).unwrap();
    // The cost ½ ρ ‖A‖² is NaN at the first outer step.
    let err = graph.descend(&mut [vec![1.0]], 3, |_, _| {});
    assert_eq!(
        err,
        Err(BilevelError::NotFinite {
            what: "a top problem's cost",
            step: 0
        })
    );
    let err = graph.descend(&mut [], 3, |_, _| {});
    assert!(matches!(err, Err(BilevelError::LengthMismatch { .. })));
    let empty = Multilevel::new(vec![]).unwrap();
    assert_eq!(
        empty.descend(&mut [], 1, |_, _| {}),
        Err(BilevelError::Empty("the graph's problems"))
    );
}
