//! AID with the Neumann series for H⁻¹.

use super::error::{check_finite, check_len, Result};
use super::inner::InnerRun;
use super::method::{Method, ResponseProduct};
use super::problem::Objective;
use super::vector::axpy;

/// Approximates `H⁻¹ v` by the truncated Neumann series
/// `x = α Σ_{j=0}^{terms−1} (I − αH)^j v` (Lorraine et al.), with exact HVPs;
/// the series converges when `0 < α < 2 / λ_max(H)`. Each term costs one HVP,
/// which also yields the mixed product of that term, so the whole method is
/// `terms` HVPs and O(n + m) memory. With `terms = K` and `α = η` it equals
/// [`Itd`](super::Itd) over K steps of size η on a quadratic. (In the issue's
/// notation `x = α Σ_{j=0}^{K} (I − αH)^j v`, K is `terms − 1`.)
///
/// ```
/// use autodiff_core::bilevel::{FnObjective, InnerSolver, Method, Neumann};
/// // G(w, λ) = w₀² − λ₀ w₀: H = 2, exact (∂w*/∂λ)ᵀ v = v / 2.
/// let g = FnObjective::new(
///     |w, lam, gw, glam| { gw[0] += 2.0 * w[0] - lam[0]; glam[0] -= w[0]; w[0] * w[0] - lam[0] * w[0] },
///     |_, _, vw, vlam| (vec![2.0 * vw[0] - vlam[0]], vec![-vw[0]]),
/// );
/// let run = InnerSolver::new(0, 0.0).solve(&g, &[1.0], &[2.0], false)?;
/// // α = 0.25: x = 0.25 (1 + 0.5 + 0.25) v = 0.4375 v with three terms.
/// let p = Neumann::new(3, 0.25).response_product(&g, &run, &[2.0], &[1.0])?;
/// assert_eq!(p.gradient, [0.4375]);
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Neumann {
    /// The number of terms of the series (≥ 1 for a non-zero result).
    pub terms: usize,
    /// The scaling α.
    pub alpha: f64,
}

impl Neumann {
    /// The series with `terms` terms and scaling `alpha`.
    ///
    /// ```
    /// let n = autodiff_core::bilevel::Neumann::new(20, 0.1);
    /// assert_eq!((n.terms, n.alpha), (20, 0.1));
    /// ```
    pub fn new(terms: usize, alpha: f64) -> Self {
        Self { terms, alpha }
    }
}

impl Default for Neumann {
    /// 20 terms, α = 0.1.
    ///
    /// ```
    /// assert_eq!(autodiff_core::bilevel::Neumann::default().terms, 20);
    /// ```
    fn default() -> Self {
        Self::new(20, 0.1)
    }
}

impl Method for Neumann {
    fn response_product(
        &self,
        inner: &dyn Objective,
        run: &InnerRun,
        lam: &[f64],
        v: &[f64],
    ) -> Result<ResponseProduct> {
        check_len("the outer gradient ∇_w F", run.w.len(), v.len())?;
        let zero = vec![0.0; lam.len()];
        let mut term = v.to_vec();
        let mut mixed = vec![0.0; lam.len()];
        for _ in 0..self.terms {
            let (h_term, m_term) = inner.hvp(&run.w, lam, &term, &zero);
            axpy(self.alpha, &m_term, &mut mixed);
            axpy(-self.alpha, &h_term, &mut term);
        }
        check_finite("the Neumann series", 0, &mixed)?;
        Ok(ResponseProduct::negated(mixed))
    }
}
