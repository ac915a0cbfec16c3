//! The checks of second-order derivatives (`_hvp`, `_hessian`):
//! 1. against a hand-derived Hessian, where there is one (relative 1e-12 of
//!    the Hessian's largest entry);
//! 2. against central finite differences of the reverse-mode gradient
//!    (relative 1e-6 by default: the step h = 1e-5·max(1, |x|) leaves a
//!    truncation error O(h²) and a rounding error O(ε |∇f| / h) ≈ 1e-11);
//! 3. the dot-product test `<u, H v> = <H u, v>` for several pairs of
//!    directions (relative 1e-11: both sides are exact up to rounding, along
//!    different paths through the reverse sweep).
//!
//! Also: `_hvp` returns the primal value and the gradient of `_grad`, and
//! `_hessian` has the columns of `_hvp` along the unit vectors.
#![allow(dead_code)]

use approx::relative_eq;
use autodiff::__private::nalgebra::DMatrix;
use autodiff::check::dot;

/// `_grad` at a point: [value, partials...].
pub type GradFn = Box<dyn Fn(&[f64]) -> Vec<f64>>;
/// `_hvp` at a point along a direction: [value, gradient..., H v...].
pub type HvpFn = Box<dyn Fn(&[f64], &[f64]) -> Vec<f64>>;
/// `_hessian` at a point.
pub type HessianFn = Box<dyn Fn(&[f64]) -> DMatrix<f64>>;
/// A hand-derived Hessian, row by row.
pub type FormulaFn = Box<dyn Fn(&[f64]) -> Vec<Vec<f64>>>;

/// `check2!(f_grad, f_hvp, f_hessian; [0, 1]; passive, args)`: as `check!`,
/// the active parameters come first, read from the point.
#[macro_export]
macro_rules! check2 {
    ($f:ident, $grad:ident, $hvp:ident, $hessian:ident; [$($i:literal),*] $(; $($p:expr),*)?) => {
        $crate::common::second::SecondCheck::new(
            stringify!($f),
            Box::new(move |x: &[f64]| {
                $crate::common::IntoVec::into_vec($grad($(x[$i] as _,)* $($($p,)*)?))
            }),
            Box::new(move |x: &[f64], v: &[f64]| {
                $crate::common::IntoVec::into_vec($hvp($(x[$i] as _,)* $($($p,)*)? $(v[$i] as _,)*))
            }),
            Box::new(move |x: &[f64]| $hessian($(x[$i] as _,)* $($($p,)*)?).map(|e| e as f64)),
        )
    };
}

/// Closures over the second-order functions of one `#[differentiate]` function.
pub struct SecondCheck {
    name: &'static str,
    grad: GradFn,
    hvp: HvpFn,
    hessian: HessianFn,
    formula: Option<FormulaFn>,
    fd_tolerance: f64,
}

fn close(a: f64, b: f64, relative: f64, absolute: f64) -> bool {
    relative_eq!(a, b, max_relative = relative, epsilon = absolute)
}

impl SecondCheck {
    pub fn new(name: &'static str, grad: GradFn, hvp: HvpFn, hessian: HessianFn) -> Self {
        SecondCheck {
            name,
            grad,
            hvp,
            hessian,
            formula: None,
            fd_tolerance: 1e-6,
        }
    }

    /// The hand-derived Hessian.
    pub fn formula(mut self, f: impl Fn(&[f64]) -> Vec<Vec<f64>> + 'static) -> Self {
        self.formula = Some(Box::new(f));
        self
    }

    /// A wider finite-difference tolerance: say why at the call.
    pub fn fd_tolerance(mut self, relative: f64) -> Self {
        self.fd_tolerance = relative;
        self
    }

    /// Runs every check at every point.
    pub fn at(self, points: &[&[f64]]) -> Self {
        for x in points {
            self.check_point(x);
        }
        self
    }

    fn check_point(&self, x: &[f64]) {
        let (name, n) = (self.name, x.len());
        let g = (self.grad)(x);
        let h = (self.hessian)(x);
        assert_eq!(h.shape(), (n, n), "{name}: _hessian is {n} x {n}");
        let hnorm = h.iter().map(|v| v.abs()).fold(1.0, f64::max);
        let gnorm = g[1..].iter().map(|v| v.abs()).fold(1.0, f64::max);

        for j in 0..n {
            let e: Vec<f64> = (0..n).map(|i| if i == j { 1.0 } else { 0.0 }).collect();
            let r = (self.hvp)(x, &e);
            assert_eq!(
                r.len(),
                1 + 2 * n,
                "{name}: _hvp returns value, gradient, H v"
            );
            for i in 0..=n {
                assert!(
                    close(r[i], g[i], 1e-14, 1e-14 * gnorm.max(g[0].abs())),
                    "{name} at {x:?}: _hvp's value and gradient {:?} differ from _grad {g:?}",
                    &r[..=n]
                );
            }
            for i in 0..n {
                assert_eq!(
                    r[1 + n + i],
                    h[(i, j)],
                    "{name} at {x:?}: _hessian column {j} is not _hvp along e{j}"
                );
            }
        }

        for i in 0..n {
            for j in 0..i {
                assert!(
                    close(h[(i, j)], h[(j, i)], 1e-11, 1e-11 * hnorm),
                    "{name} at {x:?}: Hessian not symmetric: H[{i},{j}] = {} vs H[{j},{i}] = {}",
                    h[(i, j)],
                    h[(j, i)]
                );
            }
        }

        if let Some(formula) = &self.formula {
            let expected = formula(x);
            for i in 0..n {
                for j in 0..n {
                    assert!(
                        close(h[(i, j)], expected[i][j], 1e-12, 1e-12 * hnorm),
                        "{name} at {x:?}: H[{i},{j}] = {} but the formula gives {}",
                        h[(i, j)],
                        expected[i][j]
                    );
                }
            }
        }

        for j in 0..n {
            let step = 1e-5 * x[j].abs().max(1.0);
            let mut plus = x.to_vec();
            let mut minus = x.to_vec();
            plus[j] += step;
            minus[j] -= step;
            let (gp, gm) = ((self.grad)(&plus), (self.grad)(&minus));
            for i in 0..n {
                let fd = (gp[1 + i] - gm[1 + i]) / (2.0 * step);
                let scale = hnorm.max(gnorm);
                assert!(
                    close(h[(i, j)], fd, self.fd_tolerance, self.fd_tolerance * scale),
                    "{name} at {x:?}: H[{i},{j}] = {} but differences of the gradient give {fd}",
                    h[(i, j)]
                );
            }
        }

        for k in 0..3 {
            let u: Vec<f64> = (0..n)
                .map(|i| ((i * 5 + k * 2 + 1) as f64 * 0.7).cos())
                .collect();
            let v: Vec<f64> = (0..n)
                .map(|i| ((i * 3 + k * 7 + 2) as f64 * 0.618).sin())
                .collect();
            let hv = (self.hvp)(x, &v);
            let hu = (self.hvp)(x, &u);
            let (lhs, rhs) = (dot(&u, &hv[1 + n..]), dot(&hu[1 + n..], &v));
            let size = hnorm
                * u.iter().map(|c| c.abs()).sum::<f64>()
                * v.iter().map(|c| c.abs()).sum::<f64>();
            assert!(
                close(lhs, rhs, 1e-11, 1e-12 * size),
                "{name} at {x:?}: dot-product test fails: <u, H v> = {lhs}, <H u, v> = {rhs}"
            );
        }
    }
}
