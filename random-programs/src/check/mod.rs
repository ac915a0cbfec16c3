//! The checks every generated program goes through, at [`POINTS`] random
//! points of [-1, 1]^m drawn from its seed:
//! 1. `_jvp`, `_vjp`, `_grad` and `_hvp` return the primal's value, exactly
//!    (they evaluate the same operations in the same order);
//! 2. `_grad` equals `_vjp` with seed 1, exactly (the same code);
//! 3. the dot-product test u · (J v) = <Jᵀ u, v> between `_jvp` and `_vjp`
//!    for three random (u, v), relative 1e-10 of |u| Σ|∂_i f| |v_i| plus
//!    1e-12 |u| ‖v‖₁: both sides are exact derivatives up to rounding,
//!    accumulated in different orders over the up to a few thousand
//!    operations a program runs, on values the generator keeps O(1);
//! 4. each partial derivative against central differences at two steps
//!    ([`difference`]), skipping coordinates near a kink or jump;
//! 5. `_hvp`'s gradient against `_grad` (1e-13 of the largest partial or 1:
//!    a different program, the adjoint of the tangent program), H v against
//!    central differences of `_grad` along v (as in 4), and the symmetry
//!    <u, H v> = <H u, v> (as in 3);
//! 6. the program's f32 twin, if it has one, against the program ([`twin`]);
//! 7. its first helper with a vector result, if it has one, at three points
//!    of its own: `_jacobian` against `_jvp`, `_vjp` and central differences
//!    (`vector`).

pub mod difference;
mod first;
mod second;
pub mod twin;
mod vector;

use crate::generator::rng::Rng;
use crate::Case;
use difference::Estimate;

/// The number of points each program is checked at.
pub const POINTS: usize = 3;
/// The step of the central differences (of f and of its gradient).
pub const STEP: f64 = 1e-5;

/// The finite-difference comparisons of one kind.
#[derive(Default, Debug)]
pub struct Differences {
    /// Derivatives compared.
    pub checked: usize,
    /// Derivatives not compared: the point is near a kink or jump.
    pub skipped: usize,
    /// The tolerance of each comparison, relative to the size of the
    /// derivatives at its point (where that is not 0).
    pub tolerances: Vec<f64>,
}

impl Differences {
    /// The fraction of derivatives skipped.
    pub fn skipped_fraction(&self) -> f64 {
        self.skipped as f64 / (self.checked + self.skipped).max(1) as f64
    }

    /// The `q`-quantile (0 ≤ q ≤ 1) of the relative tolerances.
    pub fn tolerance_quantile(&self, q: f64) -> f64 {
        let mut t = self.tolerances.clone();
        t.sort_by(f64::total_cmp);
        t.get(((t.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    }
}

/// A check that failed.
#[derive(Debug)]
pub struct Failure {
    /// The program's seed.
    pub seed: u64,
    /// The program's source.
    pub source: &'static str,
    /// The point.
    pub point: Vec<f64>,
    /// What was expected and what came out.
    pub message: String,
}

/// The results of checking programs.
#[derive(Default, Debug)]
pub struct Tally {
    /// Programs checked.
    pub cases: usize,
    /// Points checked.
    pub points: usize,
    /// Partial derivatives against differences of f.
    pub gradient: Differences,
    /// Entries of H v against differences of the gradient.
    pub hessian: Differences,
    /// Entries of the Jacobians of helpers with a vector result against
    /// differences of their values.
    pub jacobian: Differences,
    /// The largest relative difference of each f32 twin's results from the
    /// program's, at each point compared.
    pub twin_errors: Vec<f64>,
    /// Points where a twin was not compared: the point is near a kink or
    /// jump, where f32 rounding may move it to the other side (the checks
    /// of differences skipped it, or the two primals differ).
    pub twin_skipped: usize,
    /// The first failure of each program that failed.
    pub failures: Vec<Failure>,
}

impl Tally {
    /// Runs every check on `case` at its points; records its first failure.
    pub fn check(&mut self, case: &Case) {
        self.cases += 1;
        let mut directions = Rng::new(case.seed ^ 0xd1b5_4a32_d192_ed03);
        for p in points(case.seed, case.inputs) {
            self.points += 1;
            let skipped = self.gradient.skipped + self.hessian.skipped;
            let result = first::check(case, &p, &mut directions, &mut self.gradient)
                .and_then(|()| second::check(case, &p, &mut directions, &mut self.hessian))
                .and_then(|()| match &case.twin {
                    Some(_) if self.gradient.skipped + self.hessian.skipped > skipped => {
                        self.twin_skipped += 1;
                        Ok(())
                    }
                    Some(twin) => {
                        twin::check(case, twin, &p, &mut directions).map(|error| match error {
                            Some(e) => self.twin_errors.push(e),
                            None => self.twin_skipped += 1,
                        })
                    }
                    None => Ok(()),
                });
            if let Err(message) = result {
                self.fail(case, p, message);
                return;
            }
        }
        if let Some(v) = &case.vector {
            for p in points(case.seed ^ 0x5851_f42d_4c95_7f2d, 2) {
                if let Err(message) = vector::check(v, &p, &mut directions, &mut self.jacobian) {
                    self.fail(case, p, message);
                    return;
                }
            }
        }
    }

    fn fail(&mut self, case: &Case, point: Vec<f64>, message: String) {
        self.failures.push(Failure {
            seed: case.seed,
            source: case.source,
            point,
            message,
        });
    }
}

/// The [`POINTS`] points in [-1, 1]^inputs at which the program of `seed` is
/// checked.
pub fn points(seed: u64, inputs: usize) -> Vec<Vec<f64>> {
    let mut rng = Rng::new(seed ^ 0x9e37_79b9_7f4a_7c15);
    (0..POINTS)
        .map(|_| (0..inputs).map(|_| rng.uniform(-1.0, 1.0)).collect())
        .collect()
}

/// Compares each `got[i]` with its difference estimate, skipping (and
/// counting) those near a kink or jump; `what(i)` names the derivative.
fn against_differences(
    got: &[f64],
    estimates: &[Estimate],
    diffs: &mut Differences,
    what: impl Fn(usize) -> String,
) -> Result<(), String> {
    let scale = max_abs(got).max(estimates.iter().fold(0.0, |m, e| m.max(e.value.abs())));
    for (i, e) in estimates.iter().enumerate() {
        if !e.smooth(scale) {
            diffs.skipped += 1;
            continue;
        }
        diffs.checked += 1;
        let tolerance = e.tolerance(scale);
        if scale > 0.0 {
            diffs.tolerances.push(tolerance / scale);
        }
        if !within(got[i], e.value, tolerance) {
            return Err(format!(
                "{} = {:e} but central differences give {:e} (tolerance {tolerance:e})",
                what(i),
                got[i],
                e.value
            ));
        }
    }
    Ok(())
}

/// `|a - b| ≤ tolerance`, with NaN never close.
fn within(a: f64, b: f64, tolerance: f64) -> bool {
    approx::abs_diff_eq!(a, b, epsilon = tolerance)
}

/// Σ |a_i| |b_i|.
fn abs_dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (x * y).abs()).sum()
}

/// <a, b>.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// max |a_i|.
fn max_abs(a: &[f64]) -> f64 {
    a.iter().fold(0.0, |m, v| m.max(v.abs()))
}

#[cfg(test)]
mod extra_tests;
#[cfg(test)]
mod tests;
