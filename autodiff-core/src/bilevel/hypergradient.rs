//! A bilevel problem: inner solve, outer gradient and a method, put together.

use super::error::{check_finite, Result};
use super::inner::InnerSolver;
use super::method::Method;
use super::problem::Objective;
use super::vector::axpy;

/// The bilevel problem `min_λ F(w*(λ), λ)` with `w*(λ) = argmin_w G(w, λ)`,
/// with the inner solver that approximates `w*`.
///
/// ```
/// use autodiff_core::bilevel::{Bilevel, Exact, FnObjective, InnerSolver};
/// // G = ½ (w₀ − λ₀)² (w* = λ), F = ½ (w₀ − 3)²: dF/dλ = λ − 3.
/// let inner = FnObjective::new(
///     |w, lam, gw, glam| { let r = w[0] - lam[0]; gw[0] += r; glam[0] -= r; 0.5 * r * r },
///     |_, _, vw, vlam| (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
/// );
/// let outer = FnObjective::new(
///     |w, _, gw, _| { gw[0] += w[0] - 3.0; 0.5 * (w[0] - 3.0).powi(2) },
///     |_, _, vw, _| (vec![vw[0]], vec![0.0]),
/// );
/// let problem = Bilevel::new(&inner, &outer, InnerSolver::new(100, 0.5));
/// let mut w = vec![0.0];
/// let hg = problem.hypergradient(&Exact, &mut w, &[1.0])?;
/// assert!((hg.gradient[0] + 2.0).abs() < 1e-11);
/// assert!((w[0] - 1.0).abs() < 1e-12); // warm start for the next call
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
pub struct Bilevel<'a> {
    inner: &'a dyn Objective,
    outer: &'a dyn Objective,
    solver: InnerSolver,
}

/// One hypergradient with what was seen on the way.
///
/// ```
/// # use autodiff_core::bilevel::{Bilevel, Exact, FnObjective, InnerSolver};
/// # let inner = FnObjective::new(
/// #     |w, lam, gw, glam| { let r = w[0] - lam[0]; gw[0] += r; glam[0] -= r; 0.5 * r * r },
/// #     |_, _, vw, vlam| (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
/// # );
/// # let outer = FnObjective::new(
/// #     |w, _, gw, _| { gw[0] += w[0] - 3.0; 0.5 * (w[0] - 3.0).powi(2) },
/// #     |_, _, vw, _| (vec![vw[0]], vec![0.0]),
/// # );
/// let hg = Bilevel::new(&inner, &outer, InnerSolver::new(100, 0.5)).hypergradient(&Exact, &mut vec![0.0], &[1.0])?;
/// // The solve stops at ‖∇_w G‖ ≤ 1e-12 (after 40 halvings), so F is 2 up to ~2e-12.
/// assert!((hg.value - 2.0).abs() < 1e-11 && hg.inner_grad_norm <= 1e-12 && hg.inner_steps == 40);
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Hypergradient {
    /// `F` at the evaluation point.
    pub value: f64,
    /// `dF/dλ` as the method approximates it.
    pub gradient: Vec<f64>,
    /// ‖∇_w G‖ at the end of the inner solve.
    pub inner_grad_norm: f64,
    /// The inner steps taken.
    pub inner_steps: usize,
    /// The linear solve's residual, if the method reports one.
    pub residual: Option<f64>,
}

impl<'a> Bilevel<'a> {
    /// The problem with inner objective `inner` (G), outer objective `outer`
    /// (F), both over `(w, λ)`, and the inner solver `solver`.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{Bilevel, FnObjective, InnerSolver};
    /// let g = FnObjective::new(|_, _, _, _| 0.0, |_, _, _, _| (vec![], vec![]));
    /// let _problem = Bilevel::new(&g, &g, InnerSolver::default());
    /// ```
    pub fn new(inner: &'a dyn Objective, outer: &'a dyn Objective, solver: InnerSolver) -> Self {
        Self {
            inner,
            outer,
            solver,
        }
    }

    /// Solves the inner problem from the warm start `w` (which it updates to
    /// the solve's last iterate) and returns `dF/dλ` by `method`.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{Bilevel, FnObjective, InnerSolver, Itd};
    /// # let inner = FnObjective::new(
    /// #     |w, lam, gw, glam| { let r = w[0] - lam[0]; gw[0] += r; glam[0] -= r; 0.5 * r * r },
    /// #     |_, _, vw, vlam| (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
    /// # );
    /// # let outer = FnObjective::new(
    /// #     |w, _, gw, _| { gw[0] += w[0] - 3.0; 0.5 * (w[0] - 3.0).powi(2) },
    /// #     |_, _, vw, _| (vec![vw[0]], vec![0.0]),
    /// # );
    /// // Two steps of size ½ from 0 reach w₂ = ¾ λ, and ITD differentiates exactly that.
    /// let problem = Bilevel::new(&inner, &outer, InnerSolver::new(2, 0.5));
    /// let hg = problem.hypergradient(&Itd::default(), &mut vec![0.0], &[1.0])?;
    /// assert_eq!(hg.gradient, [0.75 * (0.75 - 3.0)]);
    /// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
    /// ```
    pub fn hypergradient(
        &self,
        method: &dyn Method,
        w: &mut Vec<f64>,
        lam: &[f64],
    ) -> Result<Hypergradient> {
        let run = self
            .solver
            .solve(self.inner, w, lam, method.records_iterates())?;
        let point = method.evaluation_point(self.inner, &run, lam)?;
        let (value, v, mut gradient) = self.outer.gradient(&point, lam);
        check_finite("the outer objective", 0, &[value])?;
        check_finite("the outer gradient", 0, &v)?;
        check_finite("the outer gradient", 0, &gradient)?;
        let product = method.response_product(self.inner, &run, lam, &v)?;
        axpy(1.0, &product.gradient, &mut gradient);
        *w = run.w;
        Ok(Hypergradient {
            value,
            gradient,
            inner_grad_norm: run.grad_norm,
            inner_steps: run.steps,
            residual: product.residual,
        })
    }

    /// Hypergradient descent: `steps` times, an inner solve (warm-started from
    /// `w`) and the step `λ ← λ − step_size · dF/dλ`; `observe` sees each
    /// outer step's number and hypergradient (taken before the step).
    ///
    /// ```
    /// # use autodiff_core::bilevel::{Bilevel, Exact, FnObjective, InnerSolver};
    /// # let inner = FnObjective::new(
    /// #     |w, lam, gw, glam| { let r = w[0] - lam[0]; gw[0] += r; glam[0] -= r; 0.5 * r * r },
    /// #     |_, _, vw, vlam| (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
    /// # );
    /// # let outer = FnObjective::new(
    /// #     |w, _, gw, _| { gw[0] += w[0] - 3.0; 0.5 * (w[0] - 3.0).powi(2) },
    /// #     |_, _, vw, _| (vec![vw[0]], vec![0.0]),
    /// # );
    /// let problem = Bilevel::new(&inner, &outer, InnerSolver::new(100, 0.5));
    /// let (mut w, mut lam) = (vec![0.0], vec![0.0]);
    /// let mut values = Vec::new();
    /// problem.descend(&Exact, &mut w, &mut lam, 50, 0.5, |_, hg| values.push(hg.value))?;
    /// assert!((lam[0] - 3.0).abs() < 1e-9 && values[49] < values[0]);
    /// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
    /// ```
    pub fn descend(
        &self,
        method: &dyn Method,
        w: &mut Vec<f64>,
        lam: &mut [f64],
        steps: usize,
        step_size: f64,
        mut observe: impl FnMut(usize, &Hypergradient),
    ) -> Result<()> {
        for step in 0..steps {
            let hg = self.hypergradient(method, w, lam)?;
            axpy(-step_size, &hg.gradient, lam);
            observe(step, &hg);
        }
        Ok(())
    }
}
