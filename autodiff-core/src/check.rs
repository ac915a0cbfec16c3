//! Independent checks of derivatives: central finite differences and the
//! dot-product test that ties forward mode to reverse mode.
//!
//! These are what the test suite uses to check the generated code; they are
//! public so that users can check their own functions the same way.

/// The central difference `(f(x + h) - f(x - h)) / (2h)`, with error O(h²).
///
/// # Example
/// ```
/// let d = autodiff_core::check::central_difference(|x| x * x, 3.0, 1e-5);
/// assert!((d - 6.0).abs() < 1e-8);
/// ```
pub fn central_difference(f: impl Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    (f(x + h) - f(x - h)) / (2.0 * h)
}

/// The central-difference gradient of `f` at `x`, one coordinate at a time,
/// with the step `h · max(1, |x_i|)`.
///
/// ```
/// let g = autodiff_core::check::central_difference_gradient(|v| v[0] * v[1], &[2.0, 5.0], 1e-6);
/// assert!((g[0] - 5.0).abs() < 1e-6 && (g[1] - 2.0).abs() < 1e-6);
/// ```
pub fn central_difference_gradient(f: impl Fn(&[f64]) -> f64, x: &[f64], h: f64) -> Vec<f64> {
    let mut point = x.to_vec();
    (0..x.len())
        .map(|i| {
            let step = h * x[i].abs().max(1.0);
            point[i] = x[i] + step;
            let up = f(&point);
            point[i] = x[i] - step;
            let down = f(&point);
            point[i] = x[i];
            (up - down) / (2.0 * step)
        })
        .collect()
}

/// The central difference of `f` along the direction `v`:
/// `(f(x + h v) - f(x - h v)) / (2h)`, which approximates `<∇f(x), v>`.
///
/// ```
/// let d = autodiff_core::check::directional_difference(|v| v[0] * v[1], &[2.0, 5.0], &[1.0, 1.0], 1e-6);
/// assert!((d - 7.0).abs() < 1e-6);
/// ```
pub fn directional_difference(f: impl Fn(&[f64]) -> f64, x: &[f64], v: &[f64], h: f64) -> f64 {
    assert_eq!(
        x.len(),
        v.len(),
        "directional_difference: point and direction differ in length"
    );
    let shifted =
        |sign: f64| -> Vec<f64> { x.iter().zip(v).map(|(xi, vi)| xi + sign * h * vi).collect() };
    (f(&shifted(1.0)) - f(&shifted(-1.0))) / (2.0 * h)
}

/// The inner product `<a, b>`.
///
/// ```
/// assert_eq!(autodiff_core::check::dot(&[1.0, 2.0], &[3.0, 4.0]), 11.0);
/// ```
pub fn dot(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len(), "dot: the vectors differ in length");
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The two sides of the dot-product test for a scalar function with gradient
/// `g` (from reverse mode) and directional derivative `jv = J v` (from forward
/// mode): `u · (J v)` and `<Jᵀ u, v> = u <g, v>`. Equal up to rounding when
/// forward and reverse mode agree.
///
/// ```
/// let (lhs, rhs) = autodiff_core::check::dot_product_sides(0.5, 7.0, &[5.0, 2.0], &[1.0, 1.0]);
/// assert_eq!(lhs, rhs);
/// ```
pub fn dot_product_sides(u: f64, jv: f64, g: &[f64], v: &[f64]) -> (f64, f64) {
    (u * jv, u * dot(g, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn central_difference_is_second_order_accurate() {
        let exact = 1.0f64.cos();
        let coarse = (central_difference(f64::sin, 1.0, 1e-2) - exact).abs();
        let fine = (central_difference(f64::sin, 1.0, 1e-3) - exact).abs();
        assert!(coarse / fine > 90.0, "error ratio {}", coarse / fine);
    }
}
