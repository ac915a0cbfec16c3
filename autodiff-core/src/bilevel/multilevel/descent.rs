//! The outer loop over a multilevel graph: inner steps at every lower level,
//! then a hypergradient step of every top problem.

use super::super::error::{check_finite, check_len, BilevelError, Result};
use super::super::vector::axpy;
use super::Multilevel;

/// What one top problem saw at one outer step of [`Multilevel::descend`]:
/// its cost and its hypergradient, both taken before its step.
///
/// ```
/// let s = autodiff_core::bilevel::OuterStep { problem: "A".into(), value: 0.5, gradient: vec![1.0] };
/// assert_eq!(s.gradient.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct OuterStep {
    /// The problem's name.
    pub problem: String,
    /// Its cost `C_k` at the lower problems' evaluation points.
    pub value: f64,
    /// `dC_k/dθ_k` by the graph's methods.
    pub gradient: Vec<f64>,
}

impl Multilevel<'_> {
    /// Multilevel descent, as Betty runs it: `steps` times, every problem
    /// that another reads as a lower dependency is solved by its own
    /// `solver`, lowest first, warm-started from `params` (so a solver of one
    /// step alternates one inner step per level with each outer step), then
    /// every top problem (one that no other reads) takes the step
    /// `θ_k ← θ_k − outer_step_k · dC_k/dθ_k` with its hypergradient through
    /// the graph. `observe` sees each outer step's number and the top
    /// problems' costs and hypergradients (taken before the step). A cost or
    /// hypergradient that is not finite is [`BilevelError::NotFinite`], with
    /// the outer step.
    ///
    /// ```
    /// use autodiff_core::bilevel::{FnObjective, InnerSolver, Multilevel, Problem};
    /// // W*(A) = A, V*(W) = 2W, and A's cost ½ (V − 1)²: the optimum is A = ½.
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
    /// // One inner step per level and outer step (a step of 1 solves these lower costs).
    /// let one_step = InnerSolver::new(1, 1.0);
    /// let graph = Multilevel::new(vec![
    ///     Problem::new("A", &a_cost).lower(&["V"]).outer_step(0.1),
    ///     Problem::new("V", &v_cost).lower(&["W"]).solver(one_step),
    ///     Problem::new("W", &w_cost).upper(&["A"]).solver(one_step),
    /// ])?;
    /// let mut params = vec![vec![2.0], vec![0.0], vec![0.0]]; // A, V, W
    /// let mut costs = Vec::new();
    /// graph.descend(&mut params, 60, |_, tops| costs.push(tops[0].value))?;
    /// // dC/dA = 2 (2A − 1): each step contracts A − ½ by 1 − 0.4.
    /// assert!((params[0][0] - 0.5).abs() < 1e-12 && costs[59] < costs[0]);
    /// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
    /// ```
    pub fn descend(
        &self,
        params: &mut [Vec<f64>],
        steps: usize,
        mut observe: impl FnMut(usize, &[OuterStep]),
    ) -> Result<()> {
        check_len("the list of parameters", self.problems.len(), params.len())?;
        let tops: Vec<usize> = (0..self.problems.len())
            .filter(|&k| !self.is_lower(k))
            .collect();
        if tops.is_empty() {
            return Err(BilevelError::Empty("the graph's problems"));
        }
        for step in 0..steps {
            let solved = self.solve_lower(None, params)?;
            let mut outer = Vec::with_capacity(tops.len());
            for &k in &tops {
                let (value, gradient) = self.total_gradient(k, params, &solved)?;
                check_finite("a top problem's cost", step, &[value])?;
                check_finite("a top problem's hypergradient", step, &gradient)?;
                outer.push(OuterStep {
                    problem: self.problems[k].name.clone(),
                    value,
                    gradient,
                });
            }
            for (s, &k) in outer.iter().zip(&tops) {
                axpy(-self.problems[k].outer_step, &s.gradient, &mut params[k]);
            }
            observe(step, &outer);
        }
        Ok(())
    }
}
