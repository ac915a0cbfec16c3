//! AID with conjugate gradient on H x = v.

use super::error::{check_finite, check_len, BilevelError, Result};
use super::inner::InnerRun;
use super::method::{Method, ResponseProduct};
use super::problem::Objective;
use super::vector::{axpy, dot, norm};

/// Solves `H x = v` by conjugate gradient from `x = 0` with exact HVPs
/// (Rajeswaran et al.), until `‖r‖ ≤ tolerance · ‖v‖` or `max_iterations`;
/// the mixed product `∇²_λw G · x` is accumulated from the same HVPs, so the
/// cost is one HVP per iteration and O(n + m) memory. Reports the residual
/// `‖r‖` of the CG recursion. `H` must be positive definite along the search
/// directions: `pᵀ H p ≤ 0` is [`BilevelError::NonPositiveCurvature`].
///
/// ```
/// use autodiff_core::bilevel::{ConjugateGradient, FnObjective, InnerSolver, Method};
/// // G(w, λ) = w₀² + w₁² − λ₀ (w₀ + w₁): H = 2I, so (∂w*/∂λ)ᵀ v = (v₀ + v₁) / 2.
/// let g = FnObjective::new(
///     |w, lam, gw, glam| {
///         gw[0] += 2.0 * w[0] - lam[0];
///         gw[1] += 2.0 * w[1] - lam[0];
///         glam[0] -= w[0] + w[1];
///         w[0] * w[0] + w[1] * w[1] - lam[0] * (w[0] + w[1])
///     },
///     |_, _, vw, vlam| (vec![2.0 * vw[0] - vlam[0], 2.0 * vw[1] - vlam[0]], vec![-vw[0] - vw[1]]),
/// );
/// let run = InnerSolver::new(0, 0.0).solve(&g, &[0.5, 0.5], &[1.0], false)?;
/// let p = ConjugateGradient::default().response_product(&g, &run, &[1.0], &[1.0, 3.0])?;
/// assert_eq!(p.gradient, [2.0]);
/// assert_eq!(p.residual, Some(0.0));
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConjugateGradient {
    /// The iteration cap.
    pub max_iterations: usize,
    /// Stop once `‖r‖ ≤ tolerance · ‖v‖`.
    pub tolerance: f64,
}

impl ConjugateGradient {
    /// At most `max_iterations` iterations, to the relative residual `tolerance`.
    ///
    /// ```
    /// let cg = autodiff_core::bilevel::ConjugateGradient::new(5, 1e-8);
    /// assert_eq!((cg.max_iterations, cg.tolerance), (5, 1e-8));
    /// ```
    pub fn new(max_iterations: usize, tolerance: f64) -> Self {
        Self {
            max_iterations,
            tolerance,
        }
    }
}

impl Default for ConjugateGradient {
    /// 100 iterations, relative tolerance 1e-10.
    ///
    /// ```
    /// let cg = autodiff_core::bilevel::ConjugateGradient::default();
    /// assert_eq!((cg.max_iterations, cg.tolerance), (100, 1e-10));
    /// ```
    fn default() -> Self {
        Self::new(100, 1e-10)
    }
}

impl Method for ConjugateGradient {
    fn response_product(
        &self,
        inner: &dyn Objective,
        run: &InnerRun,
        lam: &[f64],
        v: &[f64],
    ) -> Result<ResponseProduct> {
        check_len("the outer gradient ∇_w F", run.w.len(), v.len())?;
        let zero = vec![0.0; lam.len()];
        let stop = self.tolerance * norm(v);
        let (mut residual, mut direction) = (v.to_vec(), v.to_vec());
        let mut mixed = vec![0.0; lam.len()];
        let mut rr = dot(&residual, &residual);
        for iteration in 0..self.max_iterations {
            if rr.sqrt() <= stop {
                break;
            }
            let (hp, mp) = inner.hvp(&run.w, lam, &direction, &zero);
            let curvature = dot(&direction, &hp);
            if curvature.is_nan() || curvature <= 0.0 {
                let per_length = curvature / dot(&direction, &direction);
                return Err(BilevelError::NonPositiveCurvature {
                    iteration,
                    curvature: per_length,
                });
            }
            let step = rr / curvature;
            axpy(step, &mp, &mut mixed);
            axpy(-step, &hp, &mut residual);
            let rr_next = dot(&residual, &residual);
            direction = next_direction(&residual, rr_next / rr, &direction);
            rr = rr_next;
        }
        check_finite("the conjugate-gradient solution", 0, &mixed)?;
        Ok(ResponseProduct {
            residual: Some(rr.sqrt()),
            ..ResponseProduct::negated(mixed)
        })
    }
}

/// `r + β p`.
fn next_direction(residual: &[f64], beta: f64, direction: &[f64]) -> Vec<f64> {
    residual
        .iter()
        .zip(direction)
        .map(|(r, p)| r + beta * p)
        .collect()
}
