//! A program's f32 twin against the program itself, at the point rounded to
//! f32 (so that only the precision of the arithmetic differs): the value,
//! the gradient, a directional derivative and H v of the twin agree with the
//! program's within [`TOLERANCE`] of the largest entry compared (or 1); and
//! within the twin, as in f64, every derivative returns the primal's value
//! and `_grad` is `_vjp` with seed 1, bit for bit. Where the two primals
//! themselves differ by more than the tolerance, the f32 rounding has taken
//! the program to the other side of a jump (a branch, `trunc`, `signum`)
//! that the checks of differences did not come near: the point is not
//! compared (both programs are the untouched originals, so the difference
//! says nothing of the generated code).

use super::first::same;
use crate::generator::rng::Rng;
use crate::{Case, Twin};

/// The tolerance of the twin's results against the program's, relative to
/// the largest entry compared or 1: 1e-5, about 80 times f32's machine
/// epsilon (1.2e-7). A program runs up to a few thousand operations on values
/// the generator keeps O(1), and their rounding errors add up and are
/// amplified by divisions by values in [0.5, 2.5] and the like; measured over
/// 1,000 programs, the largest difference is about 2e-7.
pub const TOLERANCE: f64 = 1e-5;

/// Every check of the twin at `p`; returns the largest relative difference
/// from the program's results, or `None` if the primals differ (see the module).
pub fn check(case: &Case, twin: &Twin, p: &[f64], rng: &mut Rng) -> Result<Option<f64>, String> {
    let q: Vec<f64> = p.iter().map(|c| f64::from(*c as f32)).collect();
    let v: Vec<f64> = q
        .iter()
        .map(|_| f64::from(rng.uniform(-1.0, 1.0) as f32))
        .collect();
    let y = (twin.value)(&q);
    let y64 = (case.value)(&q);
    if (y - y64).abs() > TOLERANCE * y64.abs().max(1.0) {
        return Ok(None);
    }
    let g = (twin.grad)(&q);
    same("the f32 twin's _grad value", g[0], y)?;
    let v1 = (twin.vjp)(&q, 1.0);
    if !v1.iter().zip(&g).all(|(a, b)| a.to_bits() == b.to_bits()) {
        return Err(format!("f32 twin: _grad {g:?} != _vjp with seed 1 {v1:?}"));
    }
    let (yj, jv) = (twin.jvp)(&q, &v);
    same("the f32 twin's _jvp value", yj, y)?;
    let h = (twin.hvp)(&q, &v);
    same("the f32 twin's _hvp value", h[0], y)?;
    let (jv64, h64) = ((case.jvp)(&q, &v).1, (case.hvp)(&q, &v));
    let compared = [
        ("value", vec![y], vec![y64]),
        ("gradient", g[1..].to_vec(), (case.grad)(&q)[1..].to_vec()),
        ("directional derivative", vec![jv], vec![jv64]),
        ("H v", h[1..].to_vec(), h64[1..].to_vec()),
    ];
    let mut largest: f64 = 0.0;
    for (what, got, want) in compared {
        let scale = want.iter().fold(1.0f64, |m, w| m.max(w.abs()));
        let error = got
            .iter()
            .zip(&want)
            .map(|(a, b)| (a - b).abs() / scale)
            .fold(0.0, |m: f64, e| {
                if m.is_nan() || e.is_nan() {
                    f64::NAN
                } else {
                    m.max(e)
                }
            });
        // A NaN error fails too.
        if error.is_nan() || error > TOLERANCE {
            return Err(format!(
                "f32 twin's {what} {got:?} against f64 {want:?} (along v = {v:?}): relative \
                 difference {error:e} above {TOLERANCE:e}"
            ));
        }
        largest = largest.max(error);
    }
    Ok(Some(largest))
}
