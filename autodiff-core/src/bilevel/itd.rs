//! ITD: reverse differentiation through the unrolled inner steps.

use super::error::{check_finite, check_len, BilevelError, Result};
use super::inner::InnerRun;
use super::method::{Method, ResponseProduct};
use super::problem::Objective;
use super::vector::axpy;

/// Iterative differentiation: the exact reverse-mode derivative of the last
/// iterate `w_K` of the inner solve (K steps `w_{k+1} = w_k − η ∇_w G(w_k, λ)`
/// from a warm start held constant) with respect to λ.
///
/// The adjoint recursion runs from `a_K = v` down the stored iterates:
/// `g ← g − η ∇²_λw G(w_k) a_{k+1}` and `a_k = a_{k+1} − η ∇²_ww G(w_k) a_{k+1}`,
/// one exact HVP per step. The inner solve must keep its iterates
/// ([`Method::records_iterates`] is true): memory O(K·n). With
/// `truncate = Some(T)` only the last T steps are differentiated (Shaban
/// et al.'s truncated back-propagation), T HVPs.
///
/// ```
/// use autodiff_core::bilevel::{FnObjective, InnerSolver, Itd, Method};
/// // G(w, λ) = ½ (w₀ − λ₀)²: w_{k+1} = w_k − η (w_k − λ), so ∂w_K/∂λ = 1 − (1 − η)^K.
/// let g = FnObjective::new(
///     |w, lam, gw, glam| { let r = w[0] - lam[0]; gw[0] += r; glam[0] -= r; 0.5 * r * r },
///     |_, _, vw, vlam| (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
/// );
/// let run = InnerSolver::new(3, 0.5).tolerance(0.0).solve(&g, &[0.0], &[1.0], true)?;
/// let p = Itd::default().response_product(&g, &run, &[1.0], &[1.0])?;
/// assert_eq!(p.gradient, [1.0 - 0.125]);
/// let last = Itd::truncated(1).response_product(&g, &run, &[1.0], &[1.0])?;
/// assert_eq!(last.gradient, [0.5]);
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Itd {
    /// Differentiate only through the last T steps (`None`: all of them).
    pub truncate: Option<usize>,
}

impl Itd {
    /// ITD through the last `steps` inner steps only.
    ///
    /// ```
    /// assert_eq!(autodiff_core::bilevel::Itd::truncated(5).truncate, Some(5));
    /// ```
    pub fn truncated(steps: usize) -> Self {
        Self {
            truncate: Some(steps),
        }
    }
}

impl Method for Itd {
    fn records_iterates(&self) -> bool {
        true
    }

    fn response_product(
        &self,
        inner: &dyn Objective,
        run: &InnerRun,
        lam: &[f64],
        v: &[f64],
    ) -> Result<ResponseProduct> {
        check_len("the outer gradient ∇_w F", run.w.len(), v.len())?;
        if run.iterates.len() != run.steps {
            return Err(BilevelError::MissingIterates);
        }
        let first = run.steps - self.truncate.unwrap_or(run.steps).min(run.steps);
        let zero = vec![0.0; lam.len()];
        let mut adjoint = v.to_vec();
        let mut gradient = vec![0.0; lam.len()];
        for w_k in run.iterates[first..].iter().rev() {
            let (h_a, m_a) = inner.hvp(w_k, lam, &adjoint, &zero);
            axpy(-run.step_size, &m_a, &mut gradient);
            axpy(-run.step_size, &h_a, &mut adjoint);
        }
        check_finite("the ITD adjoint", 0, &gradient)?;
        Ok(ResponseProduct {
            gradient,
            residual: None,
        })
    }
}
