//! Multilevel problems: Betty's dataflow graph of best responses.

mod descent;

pub use descent::OuterStep;

use super::error::{check_len, BilevelError, Result};
use super::exact::Exact;
use super::inner::{InnerRun, InnerSolver};
use super::method::Method;
use super::problem::Objective;
use super::vector::axpy;

/// One problem of a [`Multilevel`] graph: its cost `C(θ, z)` over its own
/// parameters θ and the context `z`, the parameters of its `upper`
/// dependencies (held fixed: it is a best response to them) followed by those
/// of its `lower` dependencies (optimal parameters of lower problems), each
/// list in the order given. A problem that appears in another's `lower` list
/// is solved by its `solver`, and its best-response products use its `method`
/// (default: [`Exact`] with [`InnerSolver::default`]); a problem that no
/// other reads is stepped by [`Multilevel::descend`] with its `outer_step`
/// (default 0.1).
///
/// ```
/// use autodiff_core::bilevel::{FnObjective, Itd, InnerSolver, Problem};
/// let cost = FnObjective::new(|_, _, _, _| 0.0, |w, z, _, _| (vec![0.0; w.len()], vec![0.0; z.len()]));
/// let p = Problem::new("W", &cost).upper(&["A"]).method(Itd::default()).solver(InnerSolver::new(10, 0.1));
/// assert_eq!(p.name(), "W");
/// ```
pub struct Problem<'a> {
    name: String,
    objective: &'a dyn Objective,
    upper: Vec<String>,
    lower: Vec<String>,
    solver: InnerSolver,
    method: Box<dyn Method + 'a>,
    outer_step: f64,
}

impl<'a> Problem<'a> {
    /// The problem `name` with cost `objective`, no dependencies yet.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{FnObjective, Problem};
    /// let cost = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// assert_eq!(Problem::new("A", &cost).name(), "A");
    /// ```
    pub fn new(name: &str, objective: &'a dyn Objective) -> Self {
        Self {
            name: name.to_string(),
            objective,
            upper: Vec::new(),
            lower: Vec::new(),
            solver: InnerSolver::default(),
            method: Box::new(Exact),
            outer_step: 0.1,
        }
    }

    /// The problems whose parameters this one is a best response to.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{FnObjective, Problem};
    /// # let cost = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// let _w = Problem::new("W", &cost).upper(&["A"]);
    /// ```
    pub fn upper(self, names: &[&str]) -> Self {
        let upper = names.iter().map(|n| n.to_string()).collect();
        Self { upper, ..self }
    }

    /// The lower problems whose optimal parameters this one's cost reads.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{FnObjective, Problem};
    /// # let cost = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// let _a = Problem::new("A", &cost).lower(&["V"]);
    /// ```
    pub fn lower(self, names: &[&str]) -> Self {
        let lower = names.iter().map(|n| n.to_string()).collect();
        Self { lower, ..self }
    }

    /// The inner solver of this problem.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{FnObjective, InnerSolver, Problem};
    /// # let cost = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// let _w = Problem::new("W", &cost).solver(InnerSolver::new(5, 0.1));
    /// ```
    pub fn solver(self, solver: InnerSolver) -> Self {
        Self { solver, ..self }
    }

    /// The method of this problem's best-response products.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{FnObjective, Neumann, Problem};
    /// # let cost = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// let _w = Problem::new("W", &cost).method(Neumann::new(10, 0.1));
    /// ```
    pub fn method(self, method: impl Method + 'a) -> Self {
        Self {
            method: Box::new(method),
            ..self
        }
    }

    /// The step size of this problem's hypergradient steps in
    /// [`Multilevel::descend`] (used if no other problem reads this one as a
    /// lower dependency; the others are solved by their `solver`).
    ///
    /// ```
    /// # use autodiff_core::bilevel::{FnObjective, Problem};
    /// # let cost = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// let _a = Problem::new("A", &cost).lower(&["V"]).outer_step(0.5);
    /// ```
    pub fn outer_step(self, step_size: f64) -> Self {
        Self {
            outer_step: step_size,
            ..self
        }
    }

    /// The problem's name.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{FnObjective, Problem};
    /// # let cost = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// assert_eq!(Problem::new("V", &cost).name(), "V");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// A multilevel problem as Betty's dataflow graph: an upper-to-lower edge
/// `θ_u → θ*_j` for each `upper` dependency, a lower-to-upper edge
/// `θ*_l → θ*_j` for each `lower` one. The hypergradient of problem k is
///
/// `dC_k/dθ_k = ∂C_k/∂θ_k + Σ_{l ∈ lower(k)} Σ_{paths k → q₁ → … → l} (∂θ*_{q₁}/∂θ_k) ⋯ (∂θ*_l/∂θ*_{…}) ∂C_k/∂θ*_l`,
///
/// the paths found by depth-first search (one upper-to-lower edge, then
/// lower-to-upper edges) and each product taken right to left as vector
/// products `(∂θ*_j/∂θ_i)ᵀ u`, by problem j's own [`Method`] — every method
/// on every level. A dependency on a missing problem, two problems of one
/// name, or a cycle is an error when the graph is built.
/// [`descend`](Multilevel::descend) runs the descent over all levels.
///
/// ```
/// use autodiff_core::bilevel::{FnObjective, InnerSolver, Multilevel, Problem};
/// // W*(A) = argmin ½ (W − A)² = A, V*(W) = argmin ½ (V − 2W)² = 2W, cost of A: ½ (V − 1)².
/// let w_cost = FnObjective::new(
///     |w, a, gw, ga| { gw[0] += w[0] - a[0]; ga[0] += a[0] - w[0]; 0.5 * (w[0] - a[0]).powi(2) },
///     |_, _, v, va| (vec![v[0] - va[0]], vec![va[0] - v[0]]),
/// );
/// let v_cost = FnObjective::new(
///     |v, w, gv, gw| { let r = v[0] - 2.0 * w[0]; gv[0] += r; gw[0] -= 2.0 * r; 0.5 * r * r },
///     |_, _, d, dw| (vec![d[0] - 2.0 * dw[0]], vec![4.0 * dw[0] - 2.0 * d[0]]),
/// );
/// let a_cost = FnObjective::new(
///     |_, v, _, gv| { gv[0] += v[0] - 1.0; 0.5 * (v[0] - 1.0).powi(2) },
///     |_, _, _, dv| (vec![0.0], vec![dv[0]]),
/// );
/// // Both lower costs have curvature 1 in their own variable: steps of 1 solve them.
/// let solver = InnerSolver::new(10, 1.0);
/// let graph = Multilevel::new(vec![
///     Problem::new("A", &a_cost).lower(&["V"]),
///     Problem::new("V", &v_cost).lower(&["W"]).solver(solver),
///     Problem::new("W", &w_cost).upper(&["A"]).solver(solver),
/// ])?;
/// assert_eq!(graph.paths("A", "V")?, [vec!["W", "V"]]);
/// let mut params = vec![vec![1.0], vec![0.0], vec![0.0]]; // A, V, W
/// let g = graph.hypergradient("A", &mut params)?;
/// // V* = 2A: d/dA ½ (2A − 1)² = 2 (2A − 1) = 2 at A = 1.
/// assert!((g[0] - 2.0).abs() < 1e-9);
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
pub struct Multilevel<'a> {
    problems: Vec<Problem<'a>>,
    upper: Vec<Vec<usize>>,
    lower: Vec<Vec<usize>>,
    order: Vec<usize>,
}

/// What the solve of one lower problem left for the products.
struct Solved {
    run: InnerRun,
    context: Vec<f64>,
    point: Vec<f64>,
}

impl<'a> Multilevel<'a> {
    /// The graph of `problems` (their parameters are passed in this order to
    /// [`hypergradient`](Multilevel::hypergradient)), checked for missing
    /// and duplicate names and cycles.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{BilevelError, FnObjective, Multilevel, Problem};
    /// # let cost = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// let err = Multilevel::new(vec![Problem::new("A", &cost).lower(&["B"])]).err();
    /// assert_eq!(err, Some(BilevelError::UnknownProblem { name: "B".into(), needed_by: "A".into() }));
    /// ```
    pub fn new(problems: Vec<Problem<'a>>) -> Result<Self> {
        for (i, p) in problems.iter().enumerate() {
            if problems[..i].iter().any(|q| q.name == p.name) {
                return Err(BilevelError::DuplicateProblem(p.name.clone()));
            }
        }
        let upper = resolve(&problems, |p| &p.upper)?;
        let lower = resolve(&problems, |p| &p.lower)?;
        let order = bottom_up(&problems, &upper, &lower)?;
        Ok(Self {
            problems,
            upper,
            lower,
            order,
        })
    }

    /// Every path from θ_`from` to θ*_`to`, as the names along it after `from`.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{FnObjective, Multilevel, Problem};
    /// # let cost = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// let graph = Multilevel::new(vec![
    ///     Problem::new("A", &cost).lower(&["V"]),
    ///     Problem::new("W1", &cost).upper(&["A"]),
    ///     Problem::new("W2", &cost).upper(&["A"]),
    ///     Problem::new("V", &cost).lower(&["W1", "W2"]),
    /// ])?;
    /// assert_eq!(graph.paths("A", "V")?, [vec!["W1", "V"], vec!["W2", "V"]]);
    /// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
    /// ```
    pub fn paths(&self, from: &str, to: &str) -> Result<Vec<Vec<&str>>> {
        let (k, l) = (self.index(from)?, self.index(to)?);
        let named = |path: Vec<usize>| {
            path.into_iter()
                .map(|i| self.problems[i].name.as_str())
                .collect()
        };
        Ok(self.index_paths(k, l).into_iter().map(named).collect())
    }

    /// The hypergradient `dC/dθ` of the problem `name` at `params` (one vector
    /// per problem, in the graph's order). First every problem that another
    /// reads as a lower dependency (except `name`) is solved, lowest first,
    /// from its entry of `params` as a warm start, which it updates.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{BilevelError, FnObjective, Multilevel, Problem};
    /// # let cost = FnObjective::new(|_, _, _, _| 0.0, |w, z, _, _| (vec![0.0; w.len()], vec![0.0; z.len()]));
    /// let graph = Multilevel::new(vec![Problem::new("A", &cost)])?;
    /// assert!(matches!(graph.hypergradient("A", &mut []), Err(BilevelError::LengthMismatch { .. })));
    /// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
    /// ```
    pub fn hypergradient(&self, name: &str, params: &mut [Vec<f64>]) -> Result<Vec<f64>> {
        check_len("the list of parameters", self.problems.len(), params.len())?;
        let k = self.index(name)?;
        let solved = self.solve_lower(Some(k), params)?;
        Ok(self.total_gradient(k, params, &solved)?.1)
    }

    /// `C_k` and `dC_k/dθ_k` with the lower problems `solved`.
    fn total_gradient(
        &self,
        k: usize,
        params: &[Vec<f64>],
        solved: &[Option<Solved>],
    ) -> Result<(f64, Vec<f64>)> {
        let context = self.context(k, params, solved);
        let objective = self.problems[k].objective;
        let (value, mut gradient, direct) = objective.gradient(&params[k], &context);
        for (position, &l) in self.lower[k].iter().enumerate() {
            let offset = self.offset(k, self.upper[k].len() + position, params);
            let v = &direct[offset..offset + params[l].len()];
            for path in self.index_paths(k, l) {
                let product = self.along(k, &path, v, params, solved)?;
                axpy(1.0, &product, &mut gradient);
            }
        }
        Ok((value, gradient))
    }

    /// `(∂θ*_{q₁}/∂θ_k) ⋯ (∂θ*_l/∂θ*_…) v` along `path = [q₁, …, l]`, right to left.
    fn along(
        &self,
        k: usize,
        path: &[usize],
        v: &[f64],
        params: &[Vec<f64>],
        solved: &[Option<Solved>],
    ) -> Result<Vec<f64>> {
        let mut u = v.to_vec();
        for (i, &j) in path.iter().enumerate().rev() {
            let s = solved[j]
                .as_ref()
                .expect("every problem on a path is solved");
            let problem = &self.problems[j];
            let r = problem
                .method
                .response_product(problem.objective, &s.run, &s.context, &u)?
                .gradient;
            let previous = if i == 0 { k } else { path[i - 1] };
            let offset = self.offset_of(j, previous, params);
            u = r[offset..offset + params[previous].len()].to_vec();
        }
        Ok(u)
    }

    /// Solves, lowest first, every problem read as a lower dependency, except `skip`.
    fn solve_lower(
        &self,
        skip: Option<usize>,
        params: &mut [Vec<f64>],
    ) -> Result<Vec<Option<Solved>>> {
        let mut solved: Vec<Option<Solved>> = (0..params.len()).map(|_| None).collect();
        for &j in &self.order {
            if Some(j) == skip || !self.is_lower(j) {
                continue;
            }
            let problem = &self.problems[j];
            let context = self.context(j, params, &solved);
            let record = problem.method.records_iterates();
            let run = problem
                .solver
                .solve(problem.objective, &params[j], &context, record)?;
            let point = problem
                .method
                .evaluation_point(problem.objective, &run, &context)?;
            params[j].clone_from(&run.w);
            solved[j] = Some(Solved {
                run,
                context,
                point,
            });
        }
        Ok(solved)
    }

    /// `z_j`: the upper dependencies' parameters, then the lower ones' at
    /// their evaluation points.
    fn context(&self, j: usize, params: &[Vec<f64>], solved: &[Option<Solved>]) -> Vec<f64> {
        let uppers = self.upper[j].iter().map(|&u| params[u].as_slice());
        let at = |l: usize| {
            solved[l]
                .as_ref()
                .map_or(params[l].as_slice(), |s| s.point.as_slice())
        };
        let lowers = self.lower[j].iter().map(|&l| at(l));
        uppers.chain(lowers).flatten().copied().collect()
    }

    /// Where the `position`-th dependency of `j` starts in `z_j`.
    fn offset(&self, j: usize, position: usize, params: &[Vec<f64>]) -> usize {
        let dependencies = self.upper[j].iter().chain(&self.lower[j]);
        dependencies.take(position).map(|&d| params[d].len()).sum()
    }

    /// Where the parameters of `dependency` start in `z_j`.
    fn offset_of(&self, j: usize, dependency: usize, params: &[Vec<f64>]) -> usize {
        let mut dependencies = self.upper[j].iter().chain(&self.lower[j]);
        let position = dependencies
            .position(|&d| d == dependency)
            .expect("an edge of the path");
        self.offset(j, position, params)
    }

    /// The paths from θ_k to θ*_l: an upper-to-lower edge k → q₁, then
    /// lower-to-upper edges, by depth-first search.
    fn index_paths(&self, k: usize, l: usize) -> Vec<Vec<usize>> {
        let mut paths = Vec::new();
        for q in (0..self.problems.len()).filter(|&q| self.upper[q].contains(&k)) {
            self.extend(vec![q], l, &mut paths);
        }
        paths
    }

    /// Depth-first search over lower-to-upper edges from the end of `path`.
    fn extend(&self, path: Vec<usize>, l: usize, paths: &mut Vec<Vec<usize>>) {
        let last = path[path.len() - 1];
        if last == l {
            paths.push(path);
            return;
        }
        for next in (0..self.problems.len()).filter(|&j| self.lower[j].contains(&last)) {
            let mut longer = path.clone();
            longer.push(next);
            self.extend(longer, l, paths);
        }
    }

    /// Whether another problem reads `j` as a lower dependency.
    fn is_lower(&self, j: usize) -> bool {
        self.lower.iter().any(|l| l.contains(&j))
    }

    /// The index of the problem `name`.
    fn index(&self, name: &str) -> Result<usize> {
        find(&self.problems, name, "the caller")
    }
}

/// The indices of the names each problem lists (`list` picks the list).
fn resolve<'p>(
    problems: &'p [Problem],
    list: impl Fn(&'p Problem) -> &'p Vec<String>,
) -> Result<Vec<Vec<usize>>> {
    let indices = |p: &'p Problem| list(p).iter().map(|n| find(problems, n, &p.name)).collect();
    problems.iter().map(indices).collect()
}

/// The index of `name` among `problems`.
fn find(problems: &[Problem], name: &str, needed_by: &str) -> Result<usize> {
    problems
        .iter()
        .position(|p| p.name == name)
        .ok_or_else(|| BilevelError::UnknownProblem {
            name: name.to_string(),
            needed_by: needed_by.to_string(),
        })
}

/// The problems lowest first (Kahn's algorithm over "l is below j" for
/// `l ∈ lower(j)` and "j is below u" for `u ∈ upper(j)`); a cycle is an error
/// naming the problems on or behind it.
fn bottom_up(
    problems: &[Problem],
    upper: &[Vec<usize>],
    lower: &[Vec<usize>],
) -> Result<Vec<usize>> {
    let n = problems.len();
    let mut above: Vec<Vec<usize>> = vec![Vec::new(); n];
    for j in 0..n {
        lower[j].iter().for_each(|&l| above[l].push(j));
        upper[j].iter().for_each(|&u| above[j].push(u));
    }
    let mut below_count = vec![0; n];
    above.iter().flatten().for_each(|&a| below_count[a] += 1);
    let mut ready: Vec<usize> = (0..n).filter(|&j| below_count[j] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(j) = ready.pop() {
        order.push(j);
        for &a in &above[j] {
            below_count[a] -= 1;
            if below_count[a] == 0 {
                ready.push(a);
            }
        }
    }
    if order.len() < n {
        let stuck = (0..n)
            .filter(|j| !order.contains(j))
            .map(|j| problems[j].name.clone());
        return Err(BilevelError::Cycle(stuck.collect()));
    }
    Ok(order)
}
