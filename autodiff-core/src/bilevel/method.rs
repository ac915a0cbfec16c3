//! What every hypergradient method provides: the product of the transposed
//! best-response Jacobian with a vector.

use super::error::Result;
use super::inner::InnerRun;
use super::problem::Objective;

/// A way to compute `(∂w*/∂λ)ᵀ v`, the term that turns the outer gradient
/// `v = ∇_w F` into its share of the hypergradient
/// `dF/dλ = ∇_λ F + (∂w*/∂λ)ᵀ v`.
///
/// By the implicit function theorem `(∂w*/∂λ)ᵀ v = −∇²_λw G · H⁻¹ v` with
/// `H = ∇²_ww G`; the methods differ in how they approximate it:
/// [`Exact`](super::Exact), [`Neumann`](super::Neumann),
/// [`ConjugateGradient`](super::ConjugateGradient), [`Itd`](super::Itd)
/// (through the inner iterates) and [`FiniteDifference`](super::FiniteDifference) (DARTS).
///
/// ```
/// use autodiff_core::bilevel::{Exact, FnObjective, InnerSolver, Method};
/// // G(w, λ) = ½ (w₀ − λ₀)²: w* = λ, so (∂w*/∂λ)ᵀ v = v.
/// let g = FnObjective::new(
///     |w, lam, gw, glam| { let r = w[0] - lam[0]; gw[0] += r; glam[0] -= r; 0.5 * r * r },
///     |_, _, vw, vlam| (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
/// );
/// let run = InnerSolver::new(0, 0.0).solve(&g, &[2.0], &[2.0], false)?;
/// let product = Exact.response_product(&g, &run, &[2.0], &[3.0])?;
/// assert_eq!(product.gradient, [3.0]);
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
pub trait Method {
    /// Whether the inner solve must record its iterates for this method.
    fn records_iterates(&self) -> bool {
        false
    }

    /// The point at which the outer objective is evaluated: the inner
    /// solution `run.w`, or (DARTS) one more step from it.
    fn evaluation_point(
        &self,
        _inner: &dyn Objective,
        run: &InnerRun,
        _lam: &[f64],
    ) -> Result<Vec<f64>> {
        Ok(run.w.clone())
    }

    /// `(∂w*/∂λ)ᵀ v` at the end of `run`, with `v` of `w`'s length; the result
    /// has `λ`'s length.
    fn response_product(
        &self,
        inner: &dyn Objective,
        run: &InnerRun,
        lam: &[f64],
        v: &[f64],
    ) -> Result<ResponseProduct>;
}

/// A boxed method is a method, so that methods chosen at run time can be
/// handed to [`Problem::method`](super::Problem::method).
///
/// ```
/// use autodiff_core::bilevel::{Exact, Method, Neumann};
/// let methods: Vec<Box<dyn Method>> = vec![Box::new(Exact), Box::new(Neumann::default())];
/// assert!(!methods[0].records_iterates());
/// ```
impl<M: Method + ?Sized> Method for Box<M> {
    fn records_iterates(&self) -> bool {
        (**self).records_iterates()
    }

    fn evaluation_point(
        &self,
        inner: &dyn Objective,
        run: &InnerRun,
        lam: &[f64],
    ) -> Result<Vec<f64>> {
        (**self).evaluation_point(inner, run, lam)
    }

    fn response_product(
        &self,
        inner: &dyn Objective,
        run: &InnerRun,
        lam: &[f64],
        v: &[f64],
    ) -> Result<ResponseProduct> {
        (**self).response_product(inner, run, lam, v)
    }
}

/// The result of [`Method::response_product`].
///
/// ```
/// let p = autodiff_core::bilevel::ResponseProduct { gradient: vec![1.0], residual: None };
/// assert_eq!(p.gradient.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseProduct {
    /// `(∂w*/∂λ)ᵀ v`, of `λ`'s length.
    pub gradient: Vec<f64>,
    /// `‖H x − v‖` of the linear solve, for the methods that track it
    /// (conjugate gradient).
    pub residual: Option<f64>,
}

impl ResponseProduct {
    /// `−M x` for the mixed product `M x = ∇²_λw G · x`, without a residual.
    pub(crate) fn negated(mut mixed: Vec<f64>) -> Self {
        mixed.iter_mut().for_each(|m| *m = -*m);
        Self {
            gradient: mixed,
            residual: None,
        }
    }
}
