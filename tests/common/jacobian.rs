//! The checks of functions with a vector result (`_jvp`, `_vjp`, `_jacobian`):
//! 1. the Jacobian against a hand-derived one, where there is one (relative
//!    1e-12 of its largest entry);
//! 2. the Jacobian against central finite differences of the primal, column
//!    by column (relative 1e-6 of the largest entry, as in `common`);
//! 3. the dot-product test `<u, J v> = <Jᵀ u, v>` between `_jvp` and `_vjp`
//!    for several seeds u and directions v (relative 1e-12);
//! 4. `_jacobian` has the columns of `_jvp` along the unit vectors and the
//!    rows of `_vjp` with unit seeds, whichever mode it used;
//!
//! and the values of `_jvp` and `_vjp` equal the primal.
#![allow(dead_code)]

use autodiff::__private::nalgebra::DMatrix;
use autodiff::check::dot;

/// The primal at a point.
pub type ValueFn = Box<dyn Fn(&[f64]) -> Vec<f64>>;
/// `_jvp` at a point along a direction: (value, J v).
pub type JvpFn = Box<dyn Fn(&[f64], &[f64]) -> (Vec<f64>, Vec<f64>)>;
/// `_vjp` at a point with a seed: (value, Jᵀ u).
pub type VjpFn = Box<dyn Fn(&[f64], &[f64]) -> (Vec<f64>, Vec<f64>)>;
/// `_jacobian` at a point.
pub type JacobianFn = Box<dyn Fn(&[f64]) -> DMatrix<f64>>;
/// A hand-derived Jacobian, row by row.
pub type FormulaFn = Box<dyn Fn(&[f64]) -> Vec<Vec<f64>>>;

/// Closures over the generated functions of one vector-valued function.
pub struct JacobianCheck {
    name: &'static str,
    value: ValueFn,
    jvp: JvpFn,
    vjp: VjpFn,
    jacobian: JacobianFn,
    formula: Option<FormulaFn>,
}

/// `a` and `b` agree to `relative`, or within `relative` of `scale` near zero.
fn close(a: f64, b: f64, relative: f64, scale: f64) -> bool {
    super::close(a, b, relative, relative * scale)
}

fn direction(n: usize, k: usize) -> Vec<f64> {
    (0..n)
        .map(|i| ((i * 7 + k * 3 + 1) % 5) as f64 / 2.0 - 1.0)
        .collect()
}

impl JacobianCheck {
    pub fn new(
        name: &'static str,
        value: ValueFn,
        jvp: JvpFn,
        vjp: VjpFn,
        jacobian: JacobianFn,
    ) -> Self {
        JacobianCheck {
            name,
            value,
            jvp,
            vjp,
            jacobian,
            formula: None,
        }
    }

    /// The hand-derived Jacobian, row by row.
    pub fn formula(mut self, f: impl Fn(&[f64]) -> Vec<Vec<f64>> + 'static) -> Self {
        self.formula = Some(Box::new(f));
        self
    }

    /// Runs every check at every point.
    pub fn at(self, points: &[&[f64]]) -> Self {
        for x in points {
            self.check(x);
        }
        self
    }

    fn check(&self, x: &[f64]) {
        let name = self.name;
        let (n, y) = (x.len(), (self.value)(x));
        let m = y.len();
        let j = (self.jacobian)(x);
        assert_eq!(
            (j.nrows(), j.ncols()),
            (m, n),
            "{name}: Jacobian shape at {x:?}"
        );
        let scale = j.iter().fold(1e-300_f64, |s, e| s.max(e.abs()));
        if let Some(formula) = &self.formula {
            let expected = formula(x);
            for r in 0..m {
                for c in 0..n {
                    assert!(
                        close(j[(r, c)], expected[r][c], 1e-12, scale),
                        "{name}: J[{r}][{c}] = {} but the formula gives {} at {x:?}",
                        j[(r, c)],
                        expected[r][c]
                    );
                }
            }
        }
        for c in 0..n {
            let h = 1e-6 * x[c].abs().max(1.0);
            let (mut up, mut down) = (x.to_vec(), x.to_vec());
            up[c] += h;
            down[c] -= h;
            let (fu, fd) = ((self.value)(&up), (self.value)(&down));
            let unit: Vec<f64> = (0..n).map(|i| if i == c { 1.0 } else { 0.0 }).collect();
            let (value, column) = (self.jvp)(x, &unit);
            assert_eq!(
                value, y,
                "{name}: _jvp's value differs from the primal at {x:?}"
            );
            for r in 0..m {
                let difference = (fu[r] - fd[r]) / (2.0 * h);
                assert!(
                    close(j[(r, c)], difference, 1e-6, scale),
                    "{name}: J[{r}][{c}] = {} but central differences give {difference} at {x:?}",
                    j[(r, c)]
                );
                assert!(
                    close(j[(r, c)], column[r], 1e-14, scale),
                    "{name}: J[{r}][{c}] = {} but _jvp along e_{c} gives {} at {x:?}",
                    j[(r, c)],
                    column[r]
                );
            }
        }
        for r in 0..m {
            let seed: Vec<f64> = (0..m).map(|i| if i == r { 1.0 } else { 0.0 }).collect();
            let (value, row) = (self.vjp)(x, &seed);
            assert_eq!(
                value, y,
                "{name}: _vjp's value differs from the primal at {x:?}"
            );
            for c in 0..n {
                assert!(
                    close(j[(r, c)], row[c], 1e-14, scale),
                    "{name}: J[{r}][{c}] = {} but _vjp with seed e_{r} gives {} at {x:?}",
                    j[(r, c)],
                    row[c]
                );
            }
        }
        for k in 0..4 {
            let (u, v) = (direction(m, k), direction(n, k + 5));
            let (_, jv) = (self.jvp)(x, &v);
            let (_, jtu) = (self.vjp)(x, &u);
            let (left, right) = (dot(&u, &jv), dot(&jtu, &v));
            let size = dot(&u, &u).sqrt() * dot(&v, &v).sqrt() * scale;
            assert!(
                close(left, right, 1e-12, size),
                "{name}: dot-product test <u, J v> = {left} but <Jᵀu, v> = {right} at {x:?}"
            );
        }
    }
}
