//! nalgebra's `DVector` as the active vector parameter (`dvector`): its
//! reductions `dot`, `norm`, `norm_squared` and `sum`, and whole-vector
//! arithmetic into local vectors (`let y = x * t;`), which are then read,
//! written, reduced and passed to slice helpers like other local vectors.
//!
//! Whole-vector arithmetic takes the parameter `x` itself (`x` is a
//! reference, so `x * t` moves nothing): `x * t`, `t * x`, `x / d`, `-x`,
//! `x * t + x * u`, `x - x * t`, with |t| + |u| ≤ 1 and d ≥ 1, so that the
//! elements stay within x's bound. `norm` is taken of the entry function's
//! parameter only: a local vector or a helper's argument may be exactly 0
//! (`x * t` with `t = e.trunc()`), where the derivative of the norm is 0/0.

use super::expr::{lit, CAP};
use super::scope::Buffer;
use super::stmt::Stmt;
use super::Gen;

impl Gen {
    /// A new local vector from whole-vector arithmetic, or a reduction.
    pub fn dvector_statement(&mut self) -> Stmt {
        if self.rng.chance(0.5) {
            self.vector_arithmetic()
        } else {
            self.reduction()
        }
    }

    /// `let y = <arithmetic on x>;`.
    fn vector_arithmetic(&mut self) -> Stmt {
        let x = self.scope.slice.clone().unwrap_or_default();
        let t = self.expr(2);
        let t = self.scaled_to(t, 0.5).text;
        let u = lit(self.rng.uniform(-0.5, 0.5));
        let d = lit(self.rng.uniform(1.0, 2.5));
        let text = match self.rng.below(6) {
            0 => format!("{x} * {t}"),
            1 => format!("{t} * {x}"),
            2 => format!("{x} / {d}"),
            3 => format!("-{x}"),
            4 => format!("{x} * {t} + {x} * {u}"),
            _ => format!("{x} - {x} * (0.5 + {t})"),
        };
        let y = self.fresh("y");
        self.scope.buffers.push(Buffer {
            name: y.clone(),
            cap: self.slice_bound.min(CAP),
            typed: true,
            len: Some(self.slice_len),
            passed: false,
            dvector: true,
            growable: false,
        });
        Stmt::Line(format!("let mut {y} = {text};"))
    }

    /// `let t = v.dot(w);`, `v.norm_squared()`, `v.sum()` of `x` or a local
    /// vector made from it, or `x.norm()` in the entry function.
    fn reduction(&mut self) -> Stmt {
        let x = self.scope.slice.clone().unwrap_or_default();
        let mut vectors = vec![(x.clone(), self.slice_bound)];
        vectors.extend(
            self.scope
                .buffers
                .iter()
                .filter(|b| b.dvector)
                .map(|b| (b.name.clone(), b.cap)),
        );
        let (v, bound) = self.rng.pick(&vectors).clone();
        let (w, other) = self.rng.pick(&vectors).clone();
        let n = self.slice_len as f64;
        // The entry function's `x` is a random point, never 0.
        let (text, bound) = match self.rng.below(4) {
            0 => (format!("{v}.dot({})", by_ref(&w, &x)), n * bound * other),
            1 if self.in_entry => (format!("{x}.norm()"), n.sqrt() * self.slice_bound),
            2 => (format!("{v}.norm_squared()"), n * bound * bound),
            _ => (format!("{v}.sum()"), n * bound),
        };
        let t = self.fresh("t");
        self.declare(&t, bound, true, false);
        Stmt::Line(format!("let {t} = {text};"))
    }
}

/// `w` as the argument of `dot`: `x` is already a reference, a local vector
/// is borrowed.
fn by_ref(w: &str, x: &str) -> String {
    if w == x {
        w.to_string()
    } else {
        format!("&{w}")
    }
}
