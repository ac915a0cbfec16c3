//! The inner solve: gradient descent on `G(·, λ)` from a warm start.

use super::error::{check_finite, BilevelError, Result};
use super::problem::Objective;
use super::vector::{axpy, norm};

/// K gradient-descent steps `w ← w − η ∇_w G(w, λ)` from a warm start.
///
/// Stops early once ‖∇_w G‖ ≤ `tolerance` (default 1e-12, so that an
/// already solved problem takes no steps; set it to 0 to always take K steps).
/// A NaN or infinite value or gradient is [`BilevelError::NotFinite`]; a solve
/// that ends with a larger gradient norm than it started with is
/// [`BilevelError::NotConverging`] (usually a step size above 2 / L).
///
/// ```
/// use autodiff_core::bilevel::{FnObjective, InnerSolver};
/// // G(w, λ) = ½ (w₀ − λ₀)²: the minimiser is w = λ.
/// let g = FnObjective::new(
///     |w, lam, gw, glam| { let r = w[0] - lam[0]; gw[0] += r; glam[0] -= r; 0.5 * r * r },
///     |_, _, vw, vlam| (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
/// );
/// let run = InnerSolver::new(50, 0.5).solve(&g, &[0.0], &[2.0], false)?;
/// assert!((run.w[0] - 2.0).abs() < 1e-12 && run.grad_norm < 1e-12);
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InnerSolver {
    /// The number of steps K (at most).
    pub steps: usize,
    /// The step size η.
    pub step_size: f64,
    /// Stop once ‖∇_w G‖ is at most this.
    pub tolerance: f64,
}

/// What an inner solve returns.
///
/// ```
/// # use autodiff_core::bilevel::{FnObjective, InnerSolver};
/// # let g = FnObjective::new(
/// #     |w, lam, gw, glam| { let r = w[0] - lam[0]; gw[0] += r; glam[0] -= r; 0.5 * r * r },
/// #     |_, _, vw, vlam| (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
/// # );
/// let run = InnerSolver::new(3, 0.5).tolerance(0.0).solve(&g, &[0.0], &[8.0], true)?;
/// assert_eq!(run.iterates, [vec![0.0], vec![4.0], vec![6.0]]); // w₀, w₁, w₂
/// assert_eq!(run.w, [7.0]); // w₃
/// assert_eq!((run.initial_grad_norm, run.grad_norm), (8.0, 1.0));
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct InnerRun {
    /// The last iterate w_K.
    pub w: Vec<f64>,
    /// w_0, ..., w_{K−1} if the solve recorded them (for ITD), else empty.
    pub iterates: Vec<Vec<f64>>,
    /// The step size η used.
    pub step_size: f64,
    /// The steps taken (K, or fewer if the tolerance was reached).
    pub steps: usize,
    /// ‖∇_w G‖ at the warm start.
    pub initial_grad_norm: f64,
    /// ‖∇_w G‖ at w_K.
    pub grad_norm: f64,
}

impl Default for InnerSolver {
    /// 100 steps of size 0.1, tolerance 1e-12.
    ///
    /// ```
    /// let s = autodiff_core::bilevel::InnerSolver::default();
    /// assert_eq!((s.steps, s.step_size, s.tolerance), (100, 0.1, 1e-12));
    /// ```
    fn default() -> Self {
        Self::new(100, 0.1)
    }
}

impl InnerSolver {
    /// `steps` steps of size `step_size`, tolerance 1e-12.
    ///
    /// ```
    /// let s = autodiff_core::bilevel::InnerSolver::new(10, 0.5);
    /// assert_eq!((s.steps, s.step_size), (10, 0.5));
    /// ```
    pub fn new(steps: usize, step_size: f64) -> Self {
        Self {
            steps,
            step_size,
            tolerance: 1e-12,
        }
    }

    /// The same solver with another early-stopping tolerance.
    ///
    /// ```
    /// let s = autodiff_core::bilevel::InnerSolver::new(10, 0.5).tolerance(0.0);
    /// assert_eq!(s.tolerance, 0.0);
    /// ```
    pub fn tolerance(self, tolerance: f64) -> Self {
        Self { tolerance, ..self }
    }

    /// Runs the descent on `inner` from `start` with `λ = lam`, keeping the
    /// iterates if `record` (memory O(K·n)). See [`InnerSolver`] for the errors.
    ///
    /// ```
    /// # use autodiff_core::bilevel::{BilevelError, FnObjective, InnerSolver};
    /// # let g = FnObjective::new(
    /// #     |w, lam, gw, glam| { let r = w[0] - lam[0]; gw[0] += r; glam[0] -= r; 0.5 * r * r },
    /// #     |_, _, vw, vlam| (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
    /// # );
    /// // On this G the step 3 overshoots: |w − λ| doubles at every step.
    /// let err = InnerSolver::new(5, 3.0).solve(&g, &[0.0], &[1.0], false).unwrap_err();
    /// assert!(matches!(err, BilevelError::NotConverging { .. }));
    /// ```
    pub fn solve(
        &self,
        inner: &dyn Objective,
        start: &[f64],
        lam: &[f64],
        record: bool,
    ) -> Result<InnerRun> {
        let mut w = start.to_vec();
        let mut iterates = Vec::new();
        let mut gw = inner_gradient(inner, &w, lam, 0)?;
        let initial_grad_norm = norm(&gw);
        let mut steps = 0;
        while steps < self.steps && norm(&gw) > self.tolerance {
            if record {
                iterates.push(w.clone());
            }
            axpy(-self.step_size, &gw, &mut w);
            steps += 1;
            gw = inner_gradient(inner, &w, lam, steps)?;
        }
        let run = InnerRun {
            w,
            iterates,
            step_size: self.step_size,
            steps,
            initial_grad_norm,
            grad_norm: norm(&gw),
        };
        check_progress(run)
    }
}

/// `∇_w G(w, λ)`, checked finite (value and gradient).
fn inner_gradient(inner: &dyn Objective, w: &[f64], lam: &[f64], step: usize) -> Result<Vec<f64>> {
    let mut gw = vec![0.0; w.len()];
    let value = inner.value_grad_into(w, lam, &mut gw, &mut vec![0.0; lam.len()]);
    check_finite("the inner objective", step, &[value])?;
    check_finite("the inner gradient", step, &gw)?;
    Ok(gw)
}

/// The run, or `NotConverging` if its gradient norm grew.
fn check_progress(run: InnerRun) -> Result<InnerRun> {
    if run.grad_norm > run.initial_grad_norm {
        Err(BilevelError::NotConverging {
            initial: run.initial_grad_norm,
            last: run.grad_norm,
            steps: run.steps,
        })
    } else {
        Ok(run)
    }
}
