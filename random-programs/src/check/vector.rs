//! A helper with a vector result, at its own points: `_jacobian` J against
//! `_jvp` (J d, for three directions), against `_vjp` (uᵀ J, for three
//! seeds), both with the tolerances of the dot-product test, and each column
//! of J against central differences of the value.

use super::difference::estimate;
use super::first::{same, DOT, FLOOR};
use super::{against_differences, within, Differences, STEP};
use crate::generator::rng::Rng;
use crate::VectorCase;

/// Every check of the helper `v` at `p` (its two float parameters).
pub fn check(
    v: &VectorCase,
    p: &[f64],
    rng: &mut Rng,
    diffs: &mut Differences,
) -> Result<(), String> {
    let name = v.name;
    let y = (v.value)(p);
    if y.len() != v.outputs || y.iter().any(|e| !e.is_finite()) {
        return Err(format!(
            "{name} = {y:?}: {} finite entries expected",
            v.outputs
        ));
    }
    let j = (v.jacobian)(p);
    if j.len() != y.len() || j.iter().any(|row| row.len() != p.len()) {
        return Err(format!("{name}_jacobian has the shape of {j:?}"));
    }
    for _ in 0..3 {
        let d: Vec<f64> = p.iter().map(|_| rng.uniform(-1.0, 1.0)).collect();
        let (yj, t) = (v.jvp)(p, &d);
        for (a, b) in yj.iter().zip(&y) {
            same(&format!("{name}_jvp's value"), *a, *b)?;
        }
        for (i, row) in j.iter().enumerate() {
            let terms: Vec<f64> = row.iter().zip(&d).map(|(a, b)| a * b).collect();
            agree(
                &format!("{name}_jvp along {d:?}, entry {i}"),
                t[i],
                &terms,
                &d,
            )?;
        }
    }
    for _ in 0..3 {
        let u: Vec<f64> = y.iter().map(|_| rng.uniform(-2.0, 2.0)).collect();
        let r = (v.vjp)(p, &u);
        for (a, b) in r.iter().zip(&y) {
            same(&format!("{name}_vjp's value"), *a, *b)?;
        }
        for k in 0..p.len() {
            let terms: Vec<f64> = j.iter().zip(&u).map(|(row, w)| row[k] * w).collect();
            let what = format!("{name}_vjp with the seed {u:?}, parameter {k}");
            agree(&what, r[y.len() + k], &terms, &u)?;
        }
    }
    for k in 0..p.len() {
        let estimates = estimate(
            |t| {
                let mut q = p.to_vec();
                q[k] += t;
                (v.value)(&q)
            },
            STEP,
        );
        let column: Vec<f64> = j.iter().map(|row| row[k]).collect();
        against_differences(&column, &estimates, diffs, |i| {
            format!("{name}_jacobian[({i}, {k})]")
        })?;
    }
    Ok(())
}

/// `got` equals the sum of `terms` (products of the Jacobian and the
/// vector `by`) within the tolerances of the dot-product test.
fn agree(what: &str, got: f64, terms: &[f64], by: &[f64]) -> Result<(), String> {
    let want: f64 = terms.iter().sum();
    let size: f64 = terms.iter().map(|t| t.abs()).sum();
    let floor = FLOOR * by.iter().map(|c| c.abs()).sum::<f64>();
    if within(got, want, DOT * size + floor) {
        Ok(())
    } else {
        Err(format!("{what}: {got:e} but the Jacobian gives {want:e}"))
    }
}
