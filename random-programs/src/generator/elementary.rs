//! Calls of the rules table's elementary functions, each with its arguments
//! brought inside its domain and away from its singular points:
//! - `ln`, `log10`, `log2`, `log`, `sqrt`, `cbrt`, `recip` and negative `powi`
//!   take `1.5 + u` with u in [-1, 1] (a value in [0.5, 2.5]); so do the base
//!   of `powf` and of `log` (`2.5 + u` for the latter, away from 1);
//! - `asin`, `acos`, `atanh`, `ln_1p` take a value in [-0.9, 0.9], `tan`
//!   one in [-1.2, 1.2], `acosh` one in [1.5, 3.5];
//! - `exp`, `exp2`, `exp_m1`, `sinh`, `cosh` take a value in [-2, 2];
//! - `atan2(y, x)` takes x in [0.5, 2.5], away from its cut and from the
//!   origin, where its partials are 0/0, NaN as README documents (values
//!   such as `a - a` or `e.trunc()` are exactly 0 at many points; FINDINGS.md,
//!   F5).
//!
//! `hypot(a, b)` takes any b, reaching the origin, where README documents
//! its derivatives, when `hypot-origin` is on (the default; FINDINGS.md, F4),
//! else b in [0.5, 2.5].
//!
//! `abs`, `max`, `min` (kinks) and `signum`,
//! `floor`, `ceil`, `round`, `trunc` (jumps) are called on any value: the
//! checks detect the rare point near a kink or jump by comparing finite
//! differences at two steps and skip it.

use super::constructs::{Construct, FUNCTIONS};
use super::expr::Ex;
use super::Gen;

impl Gen {
    /// A call of one switched-on elementary function on random arguments.
    pub fn elementary(&mut self, depth: usize) -> Ex {
        let on: Vec<&'static str> = FUNCTIONS
            .iter()
            .copied()
            .filter(|f| self.on.has_function(f))
            .collect();
        if on.is_empty() {
            return self.expr(depth - 1);
        }
        let name = *self.rng.pick(&on);
        let a = if self.on.has(Construct::PathCallOnLiteral) {
            self.expr(depth - 1)
        } else {
            self.active_expr(depth - 1)
        };
        match name {
            "sin" | "cos" | "tanh" => self.method(name, a, &[], 1.0),
            "atan" => self.method(name, a, &[], std::f64::consts::FRAC_PI_2),
            "asinh" => {
                let bound = a.bound.asinh();
                self.method(name, a, &[], bound)
            }
            "tan" => {
                let a = self.scaled_to(a, 1.2);
                self.method(name, a, &[], 2.573)
            }
            "asin" | "acos" | "atanh" | "ln_1p" => {
                let a = self.scaled_to(a, 0.9);
                self.method(name, a, &[], std::f64::consts::PI)
            }
            "acosh" => {
                let u = self.scaled_to(a, 1.0);
                let shifted = Ex {
                    text: format!("(2.5 + {})", u.text),
                    ..u
                };
                self.method(name, shifted, &[], 1.925)
            }
            "exp" | "exp2" | "exp_m1" | "sinh" | "cosh" => {
                let a = self.scaled_to(a, 2.0);
                self.method(name, a, &[], 7.39)
            }
            "ln" | "log10" | "log2" | "sqrt" | "cbrt" | "recip" => {
                let p = self.positive(a);
                self.method(name, p, &[], 2.0)
            }
            "log" => {
                let p = self.positive(a);
                let b = self.expr(depth - 1);
                let u = self.scaled_to(b, 1.0);
                self.method(name, p, &[format!("(2.5 + {})", u.text)], 2.3)
            }
            "powi" => self.powi(a),
            "powf" => {
                let p = self.positive(a);
                let b = self.expr(depth - 1);
                let e = self.scaled_to(b, 2.0);
                self.method(name, p, &[e.text], 6.25)
            }
            "abs" => {
                let bound = a.bound;
                self.method(name, a, &[], bound)
            }
            "signum" => self.method(name, a, &[], 1.0),
            "floor" | "ceil" | "round" | "trunc" => {
                let bound = a.bound + 1.0;
                self.method(name, a, &[], bound)
            }
            "atan2" => {
                let b = self.expr(depth - 1);
                let b = self.positive(b);
                self.method(name, a, &[b.text], std::f64::consts::FRAC_PI_2)
            }
            "hypot" => {
                let b = self.expr(depth - 1);
                let b = if self.on.has(Construct::HypotOrigin) {
                    b
                } else {
                    self.positive(b)
                };
                let bound = a.bound + b.bound;
                self.method(name, a, &[b.text], bound)
            }
            "max" | "min" => {
                let b = self.expr(depth - 1);
                let bound = a.bound.max(b.bound);
                self.method(name, a, &[b.text], bound)
            }
            _ => {
                let (b, c) = (self.expr(depth - 1), self.expr(depth - 1));
                let bound = a.bound * b.bound + c.bound;
                self.method("mul_add", a, &[b.text, c.text], bound)
            }
        }
    }

    /// `a.powi(k)` for k in {2, 3}, or `p.powi(k)` for k in {-1, -2} with p
    /// in [0.5, 2.5].
    fn powi(&mut self, a: Ex) -> Ex {
        let k = *self.rng.pick(&[2, 3, -1, -2]);
        if k > 0 {
            let bound = a.bound.powi(k);
            self.method("powi", a, &[k.to_string()], bound)
        } else {
            let p = self.positive(a);
            self.method("powi", p, &[format!("({k})")], 0.5f64.powi(k))
        }
    }
}
