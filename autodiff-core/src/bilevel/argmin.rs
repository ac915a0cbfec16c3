//! The derivative of a scalar argmin (the MOML note's derivation).

use super::error::{BilevelError, Result};

/// `h'(x) = −∂₁∂₂g / ∂₂²g` for `h(x) = argmin_y g(x, y)`, at a minimiser
/// `y = h(x)`: differentiating the stationarity condition `∂₂g(x, h(x)) = 0`
/// gives `∂₁∂₂g + h'(x) ∂₂²g = 0`. The arguments are the two entries of the
/// Hessian's column for `y`, which a generated `g_hvp(x, y, 0.0, 1.0)`
/// returns as its last two values. The derivation needs `∂₂²g > 0` (a strict
/// minimum); otherwise the result is [`BilevelError::NotAMinimum`].
///
/// ```
/// use autodiff_core::bilevel::argmin_derivative;
/// // g(x, y) = cosh y − x y: h(x) = asinh x, h'(x) = 1 / √(1 + x²).
/// let x = 0.75f64;
/// let y = x.asinh();
/// let (cross, curvature) = (-1.0, y.cosh());
/// let slope = argmin_derivative(cross, curvature)?;
/// assert!((slope - 1.0 / (1.0 + x * x).sqrt()).abs() < 1e-15);
/// // g(x, y) = x y − y²: a maximum in y.
/// assert!(argmin_derivative(1.0, -2.0).is_err());
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
pub fn argmin_derivative(cross: f64, curvature: f64) -> Result<f64> {
    if curvature > 0.0 && cross.is_finite() && curvature.is_finite() {
        Ok(-cross / curvature)
    } else if curvature.is_nan() || !cross.is_finite() {
        Err(BilevelError::NotFinite {
            what: "the second derivatives of g",
            step: 0,
        })
    } else {
        Err(BilevelError::NotAMinimum { curvature })
    }
}
