//! The objectives of a bilevel problem, as the methods see them.

use nalgebra::DMatrix;

/// A twice-differentiable objective `G(w, λ)` of a lower-level variable `w`
/// and an upper-level variable `λ`, both flat vectors.
///
/// The methods need first derivatives and Hessian-vector products only;
/// [`hessian`](Objective::hessian) (for [`Exact`](super::Exact)) has a default
/// that takes one product per column. The functions `#[differentiate]`
/// generates satisfy this trait through [`FnObjective`]: the facade crate's
/// `autodiff::objective!(NAME_grad_into, NAME_hvp, data...)` builds one in a line.
///
/// ```
/// use autodiff_core::bilevel::Objective;
///
/// /// G(w, λ) = ½ (w₀ − λ₀)², by hand.
/// struct Square;
/// impl Objective for Square {
///     fn value_grad_into(&self, w: &[f64], lam: &[f64], gw: &mut [f64], glam: &mut [f64]) -> f64 {
///         let r = w[0] - lam[0];
///         gw[0] += r;
///         glam[0] -= r;
///         0.5 * r * r
///     }
///     fn hvp(&self, _: &[f64], _: &[f64], vw: &[f64], vlam: &[f64]) -> (Vec<f64>, Vec<f64>) {
///         (vec![vw[0] - vlam[0]], vec![vlam[0] - vw[0]])
///     }
/// }
/// let (value, gw, glam) = Square.gradient(&[3.0], &[1.0]);
/// assert_eq!((value, gw, glam), (2.0, vec![2.0], vec![-2.0]));
/// let h = Square.hessian(&[3.0], &[1.0]);
/// assert_eq!(h.as_slice(), [1.0, -1.0, -1.0, 1.0]);
/// ```
pub trait Objective {
    /// Returns `G(w, λ)` and **adds** `∇_w G` into `gw` and `∇_λ G` into `glam`
    /// (as the generated `NAME_grad_into` does).
    fn value_grad_into(&self, w: &[f64], lam: &[f64], gw: &mut [f64], glam: &mut [f64]) -> f64;

    /// The Hessian of `G` over `(w, λ)` times the direction `(vw, vlam)`,
    /// split into its `w` and `λ` blocks: with `vlam = 0` these are
    /// `∇²_ww G · vw` and the mixed product `∇²_λw G · vw`.
    fn hvp(&self, w: &[f64], lam: &[f64], vw: &[f64], vlam: &[f64]) -> (Vec<f64>, Vec<f64>);

    /// The value and both gradients in new vectors.
    fn gradient(&self, w: &[f64], lam: &[f64]) -> (f64, Vec<f64>, Vec<f64>) {
        let (mut gw, mut glam) = (vec![0.0; w.len()], vec![0.0; lam.len()]);
        let value = self.value_grad_into(w, lam, &mut gw, &mut glam);
        (value, gw, glam)
    }

    /// The dense Hessian over `(w, λ)` (`w`'s entries first), one
    /// [`hvp`](Objective::hvp) per column, as the generated `NAME_hessian` builds it.
    fn hessian(&self, w: &[f64], lam: &[f64]) -> DMatrix<f64> {
        let (n, m) = (w.len(), lam.len());
        let mut h = DMatrix::zeros(n + m, n + m);
        let mut direction = vec![0.0; n + m];
        for column in 0..n + m {
            direction[column] = 1.0;
            let (hw, hlam) = self.hvp(w, lam, &direction[..n], &direction[n..]);
            direction[column] = 0.0;
            for (row, value) in hw.iter().chain(&hlam).enumerate() {
                h[(row, column)] = *value;
            }
        }
        h
    }
}

/// An [`Objective`] made of two closures: one with the signature of a
/// generated `NAME_grad_into` (data arguments bound), one returning the two
/// H v blocks of `NAME_hvp`.
///
/// ```
/// use autodiff_core::bilevel::{FnObjective, Objective};
///
/// let scale = 3.0; // passive data, captured by the closures
/// // G(w, λ) = scale · w₀ λ₀
/// let g = FnObjective::new(
///     |w, lam, gw, glam| {
///         gw[0] += scale * lam[0];
///         glam[0] += scale * w[0];
///         scale * w[0] * lam[0]
///     },
///     |_, _, vw, vlam| (vec![scale * vlam[0]], vec![scale * vw[0]]),
/// );
/// assert_eq!(g.gradient(&[2.0], &[5.0]), (30.0, vec![15.0], vec![6.0]));
/// ```
pub struct FnObjective<G, H> {
    grad_into: G,
    hvp: H,
}

impl<G, H> FnObjective<G, H>
where
    G: Fn(&[f64], &[f64], &mut [f64], &mut [f64]) -> f64,
    H: Fn(&[f64], &[f64], &[f64], &[f64]) -> (Vec<f64>, Vec<f64>),
{
    /// The objective whose gradient `grad_into` adds into its buffers and whose
    /// Hessian-vector product is `hvp` (see [`Objective`]).
    ///
    /// ```
    /// let g = autodiff_core::bilevel::FnObjective::new(
    ///     |w, _, gw, _| { gw[0] += 2.0 * w[0]; w[0] * w[0] },
    ///     |_, _, vw, _| (vec![2.0 * vw[0]], vec![]),
    /// );
    /// # use autodiff_core::bilevel::Objective;
    /// assert_eq!(g.gradient(&[1.5], &[]).1, [3.0]);
    /// ```
    pub fn new(grad_into: G, hvp: H) -> Self {
        Self { grad_into, hvp }
    }
}

impl<G, H> Objective for FnObjective<G, H>
where
    G: Fn(&[f64], &[f64], &mut [f64], &mut [f64]) -> f64,
    H: Fn(&[f64], &[f64], &[f64], &[f64]) -> (Vec<f64>, Vec<f64>),
{
    fn value_grad_into(&self, w: &[f64], lam: &[f64], gw: &mut [f64], glam: &mut [f64]) -> f64 {
        (self.grad_into)(w, lam, gw, glam)
    }

    fn hvp(&self, w: &[f64], lam: &[f64], vw: &[f64], vlam: &[f64]) -> (Vec<f64>, Vec<f64>) {
        (self.hvp)(w, lam, vw, vlam)
    }
}
