//! Random expressions with a bound on their magnitude. Every expression is
//! kept within [`LIMIT`] by rescaling, so that loops and calls cannot make
//! values (or their derivatives) explode and finite differences stay
//! meaningful.

use super::constructs::Construct;
use super::function::HELPER_SLICE_LEN;
use super::scope::{Float, Shape};
use super::Gen;

/// The largest bound an expression may have before it is rescaled.
pub const LIMIT: f64 = 4.0;
/// The bound every accumulator, buffer element and recursive result keeps.
pub const CAP: f64 = 2.0;

/// An expression's text, a bound on its magnitude, and whether its type is
/// known to be `f64` (a method call on a bare literal would not compile).
#[derive(Clone)]
pub struct Ex {
    /// The Rust text, parenthesised unless atomic.
    pub text: String,
    /// A bound on the magnitude at every point of the input box.
    pub bound: f64,
    /// Contains a value of type `f64` (not only float literals).
    pub typed: bool,
}

impl Ex {
    fn new(text: String, bound: f64, typed: bool) -> Self {
        Ex { text, bound, typed }
    }
}

/// A float literal with four significant digits, in parentheses if negative.
pub fn lit(v: f64) -> String {
    let text = if v.abs() >= 0.01 {
        format!("{v:.3}")
    } else {
        format!("{v:.3e}")
    };
    if v < 0.0 {
        format!("({text})")
    } else {
        text
    }
}

impl Gen {
    /// An expression of at most `depth` levels of operations.
    pub fn expr(&mut self, depth: usize) -> Ex {
        if depth == 0 || self.rng.chance(0.25) {
            return self.leaf();
        }
        let e = match self.rng.below(10) {
            0 | 1 => self.sum(depth),
            2 => self.product(depth),
            3 => self.quotient(depth),
            4..=6 => self.elementary(depth),
            7 if self.on.has(Construct::Call) && !self.scope.callees.is_empty() => self.call(depth),
            8 if self.on.has(Construct::IfExpression) => self.if_expression(depth),
            9 if self.on.has(Construct::Rem) => self.remainder(depth),
            _ => {
                let a = self.expr(depth - 1);
                Ex::new(format!("(-{})", a.text), a.bound, a.typed)
            }
        };
        self.rescaled(e)
    }

    /// An expression that reads at least one float value of the scope.
    pub fn active_expr(&mut self, depth: usize) -> Ex {
        loop {
            let e = self.expr(depth);
            if e.typed {
                return e;
            }
        }
    }

    fn leaf(&mut self) -> Ex {
        match self.rng.below(10) {
            0 => {
                let v = self.rng.uniform(0.1, 1.5) * if self.rng.chance(0.5) { 1.0 } else { -1.0 };
                Ex::new(lit(v), v.abs(), false)
            }
            1 if !self.scope.ints.is_empty() => {
                let i = self.rng.pick(&self.scope.ints);
                let (name, max) = (i.name.clone(), i.max.max(1) as f64);
                let k = 1.0 / max;
                Ex::new(format!("({} * ({name} as f64))", lit(k)), 1.0, true)
            }
            2 if self.scope.slice.is_some() => self.slice_element(),
            4 if self.scope.data.is_some() => {
                let w = self.scope.data.clone().unwrap_or_default();
                let (i, _) = self.int_expr();
                Ex::new(format!("{w}[({i}) % {w}.len()]"), 1.0, true)
            }
            3 if !self.scope.buffers.is_empty() => {
                let b = self.rng.pick(&self.scope.buffers);
                let (name, cap, typed) = (b.name.clone(), b.cap, b.typed);
                let (i, _) = self.int_expr();
                Ex::new(format!("{name}[({i}) % {name}.len()]"), cap, typed)
            }
            _ if !self.scope.floats.is_empty() => {
                let f = self.rng.pick(&self.scope.floats);
                Ex::new(read(f), f.bound, f.typed)
            }
            _ => self.leaf(),
        }
    }

    /// `x[i % x.len()]` for the active slice `x`.
    fn slice_element(&mut self) -> Ex {
        let x = self.scope.slice.clone().unwrap_or_default();
        let (i, _) = self.int_expr();
        Ex::new(format!("{x}[({i}) % {x}.len()]"), self.slice_bound, true)
    }

    /// A passive `usize` expression and its largest value.
    pub fn int_expr(&mut self) -> (String, usize) {
        if self.scope.ints.is_empty() || self.rng.chance(0.15) {
            let k = self.rng.below(4);
            return (k.to_string(), k);
        }
        let a = self.rng.pick(&self.scope.ints);
        let (a, max) = (a.name.clone(), a.max);
        match self.rng.below(4) {
            0 => {
                let k = self.rng.below(3) + 1;
                (format!("{a} + {k}"), max + k)
            }
            1 => {
                let b = self.rng.pick(&self.scope.ints);
                (format!("{a} * 2 + {}", b.name), 2 * max + b.max)
            }
            _ => (a, max),
        }
    }

    fn sum(&mut self, depth: usize) -> Ex {
        let (a, b) = (self.expr(depth - 1), self.expr(depth - 1));
        let op = if self.rng.chance(0.5) { "+" } else { "-" };
        let text = format!("({} {op} {})", a.text, b.text);
        Ex::new(text, a.bound + b.bound, a.typed || b.typed)
    }

    fn product(&mut self, depth: usize) -> Ex {
        let (a, b) = (self.expr(depth - 1), self.expr(depth - 1));
        let text = format!("({} * {})", a.text, b.text);
        Ex::new(text, a.bound * b.bound, a.typed || b.typed)
    }

    /// `a / d` with `d` in [0.5, 2.5].
    fn quotient(&mut self, depth: usize) -> Ex {
        let a = self.expr(depth - 1);
        let d = self.expr(depth - 1);
        let d = self.positive(d);
        let text = format!("({} / {})", a.text, d.text);
        Ex::new(text, a.bound * 2.0, a.typed || d.typed)
    }

    /// `a % d` with `d` in [0.5, 2.5]: jumps where a / d crosses an integer.
    fn remainder(&mut self, depth: usize) -> Ex {
        let a = self.expr(depth - 1);
        let d = self.expr(depth - 1);
        let d = self.positive(d);
        let text = format!("({} % {})", a.text, d.text);
        Ex::new(text, a.bound.min(2.5), a.typed || d.typed)
    }

    fn if_expression(&mut self, depth: usize) -> Ex {
        let c = self.condition();
        let (a, b) = (self.expr(depth - 1), self.expr(depth - 1));
        let text = format!("(if {c} {{ {} }} else {{ {} }})", a.text, b.text);
        Ex::new(text, a.bound.max(b.bound), a.typed || b.typed)
    }

    /// A call of a function written before that the current one can call.
    fn call(&mut self, depth: usize) -> Ex {
        let has_slice = self.has_vector_argument();
        let callable: Vec<usize> = (0..self.scope.callees.len())
            .filter(|&i| match self.scope.callees[i].shape {
                Shape::Slice => has_slice,
                Shape::Vector { .. } => false,
                _ => true,
            })
            .collect();
        if callable.is_empty() {
            return self.expr(depth - 1);
        }
        let i = *self.rng.pick(&callable);
        self.call_of(i, depth)
    }

    /// A call of the `i`-th callee, with its arguments brought within the
    /// bounds it was written for.
    pub fn call_of(&mut self, i: usize, depth: usize) -> Ex {
        let c = &self.scope.callees[i];
        let (name, shape, bound) = (c.name.clone(), c.shape, c.bound);
        self.called.insert(name.clone());
        let floats = |n: usize, this: &mut Self| -> Vec<String> {
            (0..n)
                .map(|_| {
                    let e = this.expr(depth - 1);
                    this.scaled_to(e, CAP).text
                })
                .collect()
        };
        let args = match shape {
            Shape::Scalars(m) => {
                let mut args = floats(m, self);
                args.push(format!("({}) % 4", self.int_expr().0));
                args
            }
            Shape::Vector { .. } => {
                let mut args = floats(2, self);
                args.push(format!("({}) % 4", self.int_expr().0));
                args
            }
            Shape::Slice => {
                let mut args = vec![self.vector_argument()];
                args.extend(floats(1, self));
                args
            }
            Shape::Recursive => {
                let mut args = floats(2, self);
                args.push(format!("(({}) % 4) as u32", self.int_expr().0));
                args
            }
        };
        Ex::new(format!("{name}({})", args.join(", ")), bound, true)
    }

    /// The local vectors a slice helper may take (`buffer-call`): of a fixed
    /// length no longer than [`HELPER_SLICE_LEN`], their elements within
    /// [`CAP`].
    fn passable_buffers(&self) -> Vec<usize> {
        if !self.on.has(Construct::BufferCall) {
            return Vec::new();
        }
        (0..self.scope.buffers.len())
            .filter(|&k| {
                let b = &self.scope.buffers[k];
                b.cap <= CAP
                    && b.len.is_some_and(|n| n <= HELPER_SLICE_LEN)
                    && b.dvector == self.dvector
            })
            .collect()
    }

    /// Whether a slice helper can be called here.
    pub fn has_vector_argument(&self) -> bool {
        self.scope.slice.is_some() || !self.passable_buffers().is_empty()
    }

    /// The vector a slice helper is called with: the active slice, or a
    /// local vector (`&b`), which nothing may be pushed onto afterwards.
    fn vector_argument(&mut self) -> String {
        let buffers = self.passable_buffers();
        match &self.scope.slice {
            Some(x) if buffers.is_empty() || self.rng.chance(0.5) => x.clone(),
            _ => {
                let k = *self.rng.pick(&buffers);
                self.scope.buffers[k].passed = true;
                format!("&{}", self.scope.buffers[k].name)
            }
        }
    }

    /// A condition on active values (if switched on) or on passive ones.
    pub fn condition(&mut self) -> String {
        let active = self.on.has(Construct::ActiveIf);
        let passive = self.on.has(Construct::PassiveIf) && !self.scope.ints.is_empty();
        let simple = |this: &mut Self| -> String {
            if active && (!passive || this.rng.chance(0.6)) {
                let a = this.active_expr(1);
                let b = if this.rng.chance(0.5) {
                    lit(this.rng.uniform(-1.0, 1.0))
                } else {
                    this.expr(1).text
                };
                let op = *this.rng.pick(&["<", ">", "<=", ">="]);
                format!("{} {op} {b}", a.text)
            } else if passive {
                let (a, _) = this.int_expr();
                match this.rng.below(3) {
                    0 => format!("({a}) % 2 == 0"),
                    1 => format!("{a} > {}", this.rng.below(4)),
                    _ => format!("{a} != {}", this.int_expr().0),
                }
            } else {
                String::from("true")
            }
        };
        match self.rng.below(6) {
            0 => format!("({} && {})", simple(self), simple(self)),
            1 => format!("({} || {})", simple(self), simple(self)),
            2 => format!("!({})", simple(self)),
            _ => simple(self),
        }
    }

    /// `e` brought within [`LIMIT`]: by `tanh` or by a constant factor.
    pub fn rescaled(&mut self, e: Ex) -> Ex {
        if e.bound <= LIMIT {
            return e;
        }
        let path_call = e.typed || self.on.has(Construct::PathCallOnLiteral);
        if path_call && self.on.has_function("tanh") && self.rng.chance(0.5) {
            self.method("tanh", e, &[], 1.0)
        } else {
            self.scaled_to(e, LIMIT)
        }
    }

    /// `e`, multiplied by a constant if needed so that its bound is `c`.
    pub fn scaled_to(&mut self, e: Ex, c: f64) -> Ex {
        if e.bound <= c {
            return e;
        }
        let k = c / e.bound;
        Ex::new(format!("({} * {})", e.text, lit(k * 0.999)), c, e.typed)
    }

    /// `1.5 + e` with `e` scaled into [-1, 1]: a value in [0.5, 2.5], for
    /// arguments that must be positive.
    pub fn positive(&mut self, e: Ex) -> Ex {
        let u = self.scaled_to(e, 1.0);
        Ex::new(format!("(1.5 + {})", u.text), 2.5, u.typed)
    }

    /// `name` applied to `receiver` and `args`, as a method or, sometimes
    /// and whenever the receiver is only literals, as `f64::name(..)`.
    pub fn method(&mut self, name: &str, receiver: Ex, args: &[String], bound: f64) -> Ex {
        let text = if receiver.typed && self.rng.chance(0.8) {
            let mut r = receiver.text;
            if r.starts_with('-') {
                r = format!("({r})");
            }
            format!("{r}.{name}({})", args.join(", "))
        } else {
            let all: Vec<String> = std::iter::once(receiver.text)
                .chain(args.iter().cloned())
                .collect();
            format!("f64::{name}({})", all.join(", "))
        };
        Ex::new(text, bound, true)
    }
}

/// A float value as an operand.
pub fn read(f: &Float) -> String {
    if f.by_ref {
        format!("(*{})", f.name)
    } else {
        f.name.clone()
    }
}
