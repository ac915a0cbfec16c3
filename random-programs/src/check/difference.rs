//! Central differences at two steps, h and h/2, which tell a smooth point
//! from one near a kink or jump and give a tolerance from the function's own
//! conditioning:
//! - D(h) = (φ(h) - φ(-h)) / 2h has the truncation error c h² + O(h⁴), so
//!   E = |D(h) - D(h/2)| ≈ ¾ c h² measures it, and the Richardson value
//!   R = (4 D(h/2) - D(h)) / 3 is accurate to O(h⁴), far below E;
//! - rounding in the evaluations of φ adds about ε |φ| / h to each quotient,
//!   or more where φ is a small difference of larger terms:
//!   [`Estimate::noise`] allows 256 ε max(1, max|φ|) / h, room for the
//!   rounding of a few hundred operations on values the generator keeps O(1);
//! - near a kink D(h) and D(h/2) see different slopes, and across a jump they
//!   grow like 1/h: E is then comparable to the derivative itself, and the
//!   point says nothing about the derivative there.

/// The relative disagreement between the two steps above which a point is
/// taken to be near a kink or jump.
pub const KINK: f64 = 1e-3;
/// The relative floor of the tolerance, for functions whose differences
/// agree exactly (linear pieces).
const FLOOR: f64 = 1e-12;

/// The two-step estimate of one derivative.
#[derive(Clone, Copy, Debug)]
pub struct Estimate {
    /// The Richardson value R.
    pub value: f64,
    /// The disagreement E between the two steps.
    pub disagreement: f64,
    /// The rounding allowance, 256 ε max(1, max|φ|) / h over all components.
    pub noise: f64,
}

impl Estimate {
    /// Whether the differences converge at this point: E ≤ KINK · scale +
    /// noise, `scale` being the size of the derivatives at the point.
    pub fn smooth(&self, scale: f64) -> bool {
        self.disagreement <= KINK * scale + self.noise
    }

    /// The tolerance for a derivative against R: 2E + noise + 1e-12 · scale.
    pub fn tolerance(&self, scale: f64) -> f64 {
        2.0 * self.disagreement + self.noise + FLOOR * scale
    }
}

/// The derivative at t = 0 of each component of `phi`, from `phi` at ±h and
/// ±h/2.
pub fn estimate(phi: impl Fn(f64) -> Vec<f64>, h: f64) -> Vec<Estimate> {
    let (up, down) = (phi(h), phi(-h));
    let (half_up, half_down) = (phi(h / 2.0), phi(-h / 2.0));
    let size = [&up, &down, &half_up, &half_down]
        .iter()
        .flat_map(|values| values.iter())
        .fold(1.0f64, |m, v| m.max(v.abs()));
    (0..up.len())
        .map(|k| {
            let d1 = (up[k] - down[k]) / (2.0 * h);
            let d2 = (half_up[k] - half_down[k]) / h;
            Estimate {
                value: (4.0 * d2 - d1) / 3.0,
                disagreement: (d1 - d2).abs(),
                noise: 256.0 * f64::EPSILON * size / h,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smooth_function_is_estimated_far_within_its_tolerance() {
        let e = estimate(|t| vec![(0.3 + t).sin()], 1e-5)[0];
        assert!(e.smooth(1.0));
        assert!((e.value - 0.3f64.cos()).abs() < 1e-10, "{e:?}");
        assert!(e.tolerance(1.0) < 1e-8, "{e:?}");
    }

    #[test]
    fn kink_and_jump_are_not_smooth() {
        let kink = estimate(|t| vec![(t - 3e-6).abs()], 1e-5)[0];
        assert!(!kink.smooth(1.0), "{kink:?}");
        let jump = estimate(|t| vec![if t > 4e-6 { 1.0 } else { 0.0 }], 1e-5)[0];
        assert!(!jump.smooth(1.0), "{jump:?}");
    }
}
