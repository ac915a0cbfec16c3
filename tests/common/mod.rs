//! The three checks every generated derivative goes through:
//! 1. against a hand-derived formula, where there is one (relative 1e-12);
//! 2. against central finite differences (relative 1e-6 by default: the
//!    step h = 1e-6·max(1, |x|) leaves a truncation error O(h²) and a
//!    rounding error O(ε/h) ≈ 1e-10 relative to the function's scale);
//! 3. the dot-product test `u·(J v) = <Jᵀu, v>` between `_jvp` and `_vjp` for
//!    several directions v and seeds u (relative 1e-12: both sides are exact
//!    up to rounding).
//!
//! Also: the values returned by `_jvp`, `_vjp` and `_grad` equal the primal,
//! and `_grad` equals `_vjp` with seed 1.
#![allow(dead_code)]

use approx::relative_eq;
use autodiff::check::{central_difference_gradient, dot};

/// Tuples `(value, g1, ..., gm)` as vectors.
pub trait IntoVec {
    fn into_vec(self) -> Vec<f64>;
}

macro_rules! f64_of {
    ($t:ident) => {
        f64
    };
}

macro_rules! into_vec {
    ($($t:ident),+) => {
        impl IntoVec for ($(f64_of!($t),)+) {
            #[allow(non_snake_case)]
            fn into_vec(self) -> Vec<f64> {
                let ($($t,)+) = self;
                vec![$($t as f64),+]
            }
        }
    };
}
into_vec!(A);
into_vec!(A, B);
into_vec!(A, B, C);
into_vec!(A, B, C, D);
into_vec!(A, B, C, D, E);
into_vec!(A, B, C, D, E, F);
into_vec!(A, B, C, D, E, F, G);
into_vec!(A, B, C, D, E, F, G, H);
into_vec!(A, B, C, D, E, F, G, H, I);
into_vec!(A, B, C, D, E, F, G, H, I, J);
into_vec!(A, B, C, D, E, F, G, H, I, J, K);

/// The primal at a point.
pub type ValueFn = Box<dyn Fn(&[f64]) -> f64>;
/// `_jvp` at a point along a direction: (value, directional derivative).
pub type JvpFn = Box<dyn Fn(&[f64], &[f64]) -> (f64, f64)>;
/// `_vjp` at a point with a seed: [value, adjoints...].
pub type VjpFn = Box<dyn Fn(&[f64], f64) -> Vec<f64>>;
/// `_grad` at a point, or a hand formula: [value, partials...] / [partials...].
pub type GradFn = Box<dyn Fn(&[f64]) -> Vec<f64>>;

/// Closures over the generated functions of one `#[differentiate]` function.
pub struct Check {
    pub name: &'static str,
    pub value: ValueFn,
    pub jvp: JvpFn,
    pub vjp: VjpFn,
    pub grad: GradFn,
    formula: Option<GradFn>,
    fd_tolerance: f64,
    fd_step: f64,
}

/// `check_slice!(f, f_jvp, f_vjp, f_grad, f_hvp, f_hessian; gradient: g,
/// (hessian: h,)? at: points)`: every first- and second-order check of a
/// function of one slice, with the hand-derived gradient and, optionally,
/// Hessian.
#[macro_export]
macro_rules! check_slice {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident, $hvp:ident, $hessian:ident;
     gradient: $g:expr, $(hessian: $h:expr,)? at: $points:expr) => {{
        $crate::common::Check::new(
            stringify!($f),
            Box::new(|x| $f(x)),
            Box::new(|x, d| $jvp(x, d)),
            Box::new(|x, u| {
                let (y, g) = $vjp(x, u);
                [vec![y], g].concat()
            }),
            Box::new(|x| {
                let (y, g) = $grad(x);
                [vec![y], g].concat()
            }),
        )
        .formula($g)
        .at($points);
        $crate::common::second::SecondCheck::new(
            stringify!($f),
            Box::new(|x| {
                let (y, g) = $grad(x);
                [vec![y], g].concat()
            }),
            Box::new(|x, v| {
                let (y, g, h) = $hvp(x, v);
                [vec![y], g, h].concat()
            }),
            Box::new(|x| $hessian(x)),
        )
        $(.formula($h))?
        .at($points);
    }};
}

/// `check!(f, f_jvp, f_vjp, f_grad; [0, 1]; passive, args)`: the active
/// parameters come first and are read from the point `x[0], x[1], ...`; the
/// passive arguments follow.
#[macro_export]
macro_rules! check {
    ($f:ident, $jvp:ident, $vjp:ident, $grad:ident; [$($i:literal),*] $(; $($p:expr),*)?) => {
        $crate::common::Check::new(
            stringify!($f),
            Box::new(move |x: &[f64]| $f($(x[$i] as _,)* $($($p,)*)?) as f64),
            Box::new(move |x: &[f64], d: &[f64]| {
                let (y, dy) = $jvp($(x[$i] as _,)* $($($p,)*)? $(d[$i] as _,)*);
                (y as f64, dy as f64)
            }),
            Box::new(move |x: &[f64], u: f64| {
                $crate::common::IntoVec::into_vec($vjp($(x[$i] as _,)* $($($p,)*)? u as _))
            }),
            Box::new(move |x: &[f64]| $crate::common::IntoVec::into_vec($grad($(x[$i] as _,)* $($($p,)*)?))),
        )
    };
}

fn close(a: f64, b: f64, relative: f64, absolute: f64) -> bool {
    relative_eq!(a, b, max_relative = relative, epsilon = absolute)
}

impl Check {
    pub fn new(name: &'static str, value: ValueFn, jvp: JvpFn, vjp: VjpFn, grad: GradFn) -> Self {
        Check {
            name,
            value,
            jvp,
            vjp,
            grad,
            formula: None,
            fd_tolerance: 1e-6,
            fd_step: 1e-6,
        }
    }

    /// The hand-derived gradient.
    pub fn formula(mut self, f: impl Fn(&[f64]) -> Vec<f64> + 'static) -> Self {
        self.formula = Some(Box::new(f));
        self
    }

    /// A wider finite-difference tolerance, for functions whose conditioning
    /// makes the default unreachable: say why at the call.
    pub fn fd_tolerance(mut self, relative: f64) -> Self {
        self.fd_tolerance = relative;
        self
    }

    /// A different finite-difference step.
    pub fn fd_step(mut self, h: f64) -> Self {
        self.fd_step = h;
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
        let name = self.name;
        let y = (self.value)(x);
        let g = (self.grad)(x);
        let n = x.len();
        assert_eq!(
            g.len(),
            n + 1,
            "{name}: _grad returns the value and {n} partials"
        );
        let scale = y.abs().max(1.0);
        assert!(
            close(g[0], y, 1e-14, 1e-14 * scale),
            "{name} at {x:?}: _grad value {} != primal {y}",
            g[0]
        );
        let grad = &g[1..];
        let gnorm = grad.iter().map(|v| v.abs()).fold(1.0, f64::max);

        let v1 = (self.vjp)(x, 1.0);
        for i in 0..=n {
            assert!(
                close(v1[i], g[i], 1e-15, 0.0),
                "{name} at {x:?}: _grad != _vjp(seed 1): {g:?} vs {v1:?}"
            );
        }

        if let Some(formula) = &self.formula {
            let expected = formula(x);
            for i in 0..n {
                assert!(
                    close(grad[i], expected[i], 1e-12, 1e-12 * gnorm),
                    "{name} at {x:?}: partial {i} = {} but the formula gives {}",
                    grad[i],
                    expected[i]
                );
            }
        }

        let fd = central_difference_gradient(&*self.value, x, self.fd_step);
        for i in 0..n {
            assert!(
                close(grad[i], fd[i], self.fd_tolerance, self.fd_tolerance * gnorm),
                "{name} at {x:?}: partial {i} = {} but central differences give {}",
                grad[i],
                fd[i]
            );
        }

        for (k, u) in [1.0, -0.75, 2.5].into_iter().enumerate() {
            let v: Vec<f64> = (0..n)
                .map(|i| ((i * 7 + k * 3 + 1) as f64 * 0.618).sin())
                .collect();
            let (yj, jv) = (self.jvp)(x, &v);
            assert!(
                close(yj, y, 1e-14, 1e-14 * scale),
                "{name} at {x:?}: _jvp value {yj} != primal {y}"
            );
            let r = (self.vjp)(x, u);
            assert!(
                close(r[0], y, 1e-14, 1e-14 * scale),
                "{name} at {x:?}: _vjp value {} != primal {y}",
                r[0]
            );
            let lhs = u * jv;
            let rhs = dot(&r[1..], &v);
            let size = u.abs() * gnorm * v.iter().map(|c| c.abs()).sum::<f64>();
            assert!(
                close(lhs, rhs, 1e-12, 1e-13 * size),
                "{name} at {x:?}: dot-product test fails: u·(J v) = {lhs}, <Jᵀu, v> = {rhs}"
            );
        }
    }
}
pub mod jacobian;
pub mod second;
