//! AID with finite differences: the DARTS approximation.

use super::error::{check_finite, check_len, Result};
use super::inner::InnerRun;
use super::method::{Method, ResponseProduct};
use super::problem::Objective;
use super::vector::{norm, shifted};

/// The DARTS hypergradient (Liu et al.; the default of Betty, and the method
/// of the three-level note): the outer objective is evaluated one unrolled
/// step ahead, at `w' = w − ξ ∇_w G(w, λ)`, and with `v = ∇_w F(w', λ)`
///
/// `(∂w*/∂λ)ᵀ v ≈ −ξ ∇²_λw G(w, λ) v ≈ −ξ (∇_λ G(w + εv, λ) − ∇_λ G(w − εv, λ)) / (2ε)`,
///
/// with `ε = r / ‖v‖` (`r` = 0.01 by default). This is the exact derivative
/// through that one step (i.e. [`Itd`](super::Itd) over one step of size ξ)
/// up to the O(ε²) error of the central difference. `ξ = 0` is the
/// first-order approximation (the product is zero and `w' = w`). Two gradient
/// evaluations, no HVP.
///
/// ```
/// use autodiff_core::bilevel::{FiniteDifference, FnObjective, InnerSolver, Method};
/// // G(w, λ) = w₀² − 2 λ₀ w₀: ∇²_λw G = −2, so the product is 2 ξ v.
/// let g = FnObjective::new(
///     |w, lam, gw, glam| { gw[0] += 2.0 * w[0] - 2.0 * lam[0]; glam[0] -= 2.0 * w[0]; w[0] * w[0] - 2.0 * lam[0] * w[0] },
///     |_, _, vw, vlam| (vec![2.0 * vw[0] - 2.0 * vlam[0]], vec![-2.0 * vw[0]]),
/// );
/// let run = InnerSolver::new(0, 0.0).solve(&g, &[0.0], &[1.0], false)?;
/// let darts = FiniteDifference::new(0.5);
/// assert_eq!(darts.evaluation_point(&g, &run, &[1.0])?, [1.0]); // w − ξ (2w − 2λ)
/// let p = darts.response_product(&g, &run, &[1.0], &[3.0])?;
/// assert!((p.gradient[0] - 3.0).abs() < 1e-12);
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FiniteDifference {
    /// The unrolled step ξ (0: first order).
    pub xi: f64,
    /// The difference step is `ε = r / ‖v‖`.
    pub r: f64,
}

impl FiniteDifference {
    /// DARTS with the unrolled step `xi` and `r = 0.01`.
    ///
    /// ```
    /// let fd = autodiff_core::bilevel::FiniteDifference::new(0.1);
    /// assert_eq!((fd.xi, fd.r), (0.1, 0.01));
    /// ```
    pub fn new(xi: f64) -> Self {
        Self { xi, r: 0.01 }
    }

    /// The same method with the difference scale `r` (ε = r / ‖v‖).
    ///
    /// ```
    /// let fd = autodiff_core::bilevel::FiniteDifference::new(0.1).with_r(1e-3);
    /// assert_eq!(fd.r, 1e-3);
    /// ```
    pub fn with_r(self, r: f64) -> Self {
        Self { r, ..self }
    }

    /// The first-order variant (ξ = 0): the hypergradient is `∇_λ F(w, λ)`.
    ///
    /// ```
    /// assert_eq!(autodiff_core::bilevel::FiniteDifference::first_order().xi, 0.0);
    /// ```
    pub fn first_order() -> Self {
        Self::new(0.0)
    }
}

impl Method for FiniteDifference {
    fn evaluation_point(
        &self,
        inner: &dyn Objective,
        run: &InnerRun,
        lam: &[f64],
    ) -> Result<Vec<f64>> {
        if self.xi == 0.0 {
            return Ok(run.w.clone());
        }
        let (_, gw, _) = inner.gradient(&run.w, lam);
        check_finite("the inner gradient", 0, &gw)?;
        Ok(shifted(&run.w, -self.xi, &gw))
    }

    fn response_product(
        &self,
        inner: &dyn Objective,
        run: &InnerRun,
        lam: &[f64],
        v: &[f64],
    ) -> Result<ResponseProduct> {
        check_len("the outer gradient ∇_w F", run.w.len(), v.len())?;
        let length = norm(v);
        if self.xi == 0.0 || length == 0.0 {
            return Ok(ResponseProduct::negated(vec![0.0; lam.len()]));
        }
        let eps = self.r / length;
        let (_, _, up) = inner.gradient(&shifted(&run.w, eps, v), lam);
        let (_, _, down) = inner.gradient(&shifted(&run.w, -eps, v), lam);
        let mixed: Vec<f64> = up
            .iter()
            .zip(&down)
            .map(|(u, d)| self.xi * (u - d) / (2.0 * eps))
            .collect();
        check_finite("the finite-difference product", 0, &mixed)?;
        Ok(ResponseProduct::negated(mixed))
    }
}
