//! The reference method: the dense Hessian and a direct solve.

use nalgebra::{DMatrix, DVector};

use super::error::{check_finite, check_len, BilevelError, Result};
use super::inner::InnerRun;
use super::method::{Method, ResponseProduct};
use super::problem::Objective;

/// Builds the dense Hessian over `(w, λ)` ([`Objective::hessian`], one HVP
/// per column: n + m products and O((n + m)²) memory) and solves `H x = v`
/// by Cholesky, or by LU if `H` is not positive definite; the product is
/// `−∇²_λw G · x`. For small problems and as the reference in tests.
/// An `H` singular to working precision (smallest pivot at most n ε times the
/// largest) is [`BilevelError::SingularHessian`].
///
/// ```
/// use autodiff_core::bilevel::{Exact, FnObjective, InnerSolver, Method};
/// // G(w, λ) = w₀² − λ₀ w₀: w* = λ / 2, so (∂w*/∂λ)ᵀ v = v / 2.
/// let g = FnObjective::new(
///     |w, lam, gw, glam| { gw[0] += 2.0 * w[0] - lam[0]; glam[0] -= w[0]; w[0] * w[0] - lam[0] * w[0] },
///     |_, _, vw, vlam| (vec![2.0 * vw[0] - vlam[0]], vec![-vw[0]]),
/// );
/// let run = InnerSolver::new(0, 0.0).solve(&g, &[1.0], &[2.0], false)?;
/// let p = Exact.response_product(&g, &run, &[2.0], &[4.0])?;
/// assert!((p.gradient[0] - 2.0).abs() < 1e-15); // a 1 x 1 Cholesky solve
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Exact;

impl Method for Exact {
    fn response_product(
        &self,
        inner: &dyn Objective,
        run: &InnerRun,
        lam: &[f64],
        v: &[f64],
    ) -> Result<ResponseProduct> {
        let (n, m) = (run.w.len(), lam.len());
        check_len("the outer gradient ∇_w F", n, v.len())?;
        let h = inner.hessian(&run.w, lam);
        check_len("the Hessian's order", n + m, h.nrows())?;
        check_finite("the inner Hessian", 0, h.as_slice())?;
        let x = solve(
            h.view((0, 0), (n, n)).into_owned(),
            DVector::from_column_slice(v),
        )?;
        let mixed = h.view((n, 0), (m, n)) * x;
        Ok(ResponseProduct::negated(mixed.as_slice().to_vec()))
    }
}

/// `H⁻¹ v` by Cholesky, else LU; `SingularHessian` if the factor's pivots
/// show `H` singular to working precision.
pub(crate) fn solve(h: DMatrix<f64>, v: DVector<f64>) -> Result<DVector<f64>> {
    let n = h.nrows();
    if let Some(cholesky) = h.clone().cholesky() {
        let pivots = cholesky.l_dirty().diagonal().map(|l| l * l);
        return invertible(pivots.as_slice(), n)
            .then(|| cholesky.solve(&v))
            .ok_or(BilevelError::SingularHessian);
    }
    let lu = h.lu();
    let pivots = lu.u().diagonal();
    invertible(pivots.as_slice(), n)
        .then(|| lu.solve(&v))
        .flatten()
        .ok_or(BilevelError::SingularHessian)
}

/// Whether the smallest pivot is above `n ε` times the largest: a matrix
/// closer to singular than that has lost every significant digit of its
/// inverse (a Cholesky factor of the singular [[2, 2], [2, 2]] has the pivots
/// 2 and 4e-16 from rounding).
fn invertible(pivots: &[f64], n: usize) -> bool {
    let largest = pivots.iter().fold(0.0f64, |m, p| m.max(p.abs()));
    let smallest = pivots.iter().fold(f64::INFINITY, |m, p| m.min(p.abs()));
    smallest > largest * n as f64 * f64::EPSILON
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn solves_definite_and_indefinite_systems() {
        let definite = DMatrix::from_row_slice(2, 2, &[2.0, 1.0, 1.0, 2.0]);
        let x = solve(definite, DVector::from_column_slice(&[3.0, 3.0])).unwrap();
        // A 2 x 2 Cholesky solve: exact up to a few roundings.
        assert_relative_eq!(x.as_slice(), &[1.0, 1.0][..], max_relative = 1e-14);
        let indefinite = DMatrix::from_row_slice(2, 2, &[1.0, 0.0, 0.0, -2.0]);
        let x = solve(indefinite, DVector::from_column_slice(&[1.0, 4.0])).unwrap();
        assert_eq!(x.as_slice(), [1.0, -2.0]);
        let singular = DMatrix::from_row_slice(2, 2, &[1.0, 1.0, 1.0, 1.0]);
        let err = solve(singular, DVector::from_column_slice(&[1.0, 0.0]));
        assert_eq!(err, Err(BilevelError::SingularHessian));
        // Positive semi-definite and singular: Cholesky succeeds on rounding.
        let semidefinite = DMatrix::from_row_slice(2, 2, &[2.0, 2.0, 2.0, 2.0]);
        let err = solve(semidefinite, DVector::from_column_slice(&[1.0, 0.0]));
        assert_eq!(err, Err(BilevelError::SingularHessian));
    }
}
