//! Second order: `_hvp`'s value and gradient, H v against central
//! differences of `_grad`, and the symmetry of H.

use super::difference::estimate;
use super::first::{same, FLOOR};
use super::{abs_dot, against_differences, dot, max_abs, within, Differences, STEP};
use crate::generator::rng::Rng;
use crate::Case;

/// The tolerance of `_hvp`'s gradient against `_grad`, relative to the
/// largest partial or 1.
const GRADIENT: f64 = 1e-13;
/// The relative tolerance of the symmetry test (with the floor of the
/// dot-product test).
const SYMMETRY: f64 = 1e-10;

/// Every second-order check of `case` at `p`.
pub fn check(case: &Case, p: &[f64], rng: &mut Rng, diffs: &mut Differences) -> Result<(), String> {
    let m = p.len();
    let g = (case.grad)(p);
    let v: Vec<f64> = (0..m).map(|_| rng.uniform(-1.0, 1.0)).collect();
    let u: Vec<f64> = (0..m).map(|_| rng.uniform(-1.0, 1.0)).collect();
    let hv = (case.hvp)(p, &v);
    same("_hvp's value", hv[0], g[0])?;
    let gscale = max_abs(&g[1..]).max(1.0);
    for i in 1..=m {
        if !within(hv[i], g[i], GRADIENT * gscale) {
            return Err(format!(
                "_hvp's gradient {:?} != _grad's {:?}",
                &hv[1..=m],
                &g[1..]
            ));
        }
    }
    let hv = &hv[1 + m..];
    let hu = (case.hvp)(p, &u)[1 + m..].to_vec();
    let (lhs, rhs) = (dot(&u, hv), dot(&hu, &v));
    let size = abs_dot(&u, hv) + abs_dot(&hu, &v);
    let floor =
        FLOOR * u.iter().map(|c| c.abs()).sum::<f64>() * v.iter().map(|c| c.abs()).sum::<f64>();
    if !within(lhs, rhs, SYMMETRY * size + floor) {
        return Err(format!(
            "symmetry along u = {u:?}, v = {v:?}: <u, H v> = {lhs:e}, <H u, v> = {rhs:e}"
        ));
    }
    let estimates = estimate(
        |t| {
            let q: Vec<f64> = p.iter().zip(&v).map(|(pi, vi)| pi + t * vi).collect();
            (case.grad)(&q)[1..].to_vec()
        },
        STEP,
    );
    against_differences(hv, &estimates, diffs, |i| {
        format!("(H v)_{i} along v = {v:?}")
    })
}
