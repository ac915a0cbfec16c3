//! Whole functions: the helpers a program's entry function calls (scalar,
//! slice and recursive ones) and the entry function itself.

use super::constructs::Construct;
use super::expr::CAP;
use super::scope::{Callee, Int, Shape};
use super::stmt::{render, Stmt};
use super::Gen;

/// The statements of a helper's body.
pub const HELPER_BUDGET: usize = 5;
/// The statements of an entry function's body.
const ENTRY_BUDGET: usize = 10;
/// The longest vector a slice helper is called with: the entry function's
/// slice, or a local vector that nothing is pushed onto (`buffer-call`).
pub const HELPER_SLICE_LEN: usize = 6;

/// The parameters of a program's entry function
/// `f(p0: f64, .., x: &[f64], w: &[f64], s: f64, n: usize)` (`x` also as
/// `&DVector<f64>`; `x`, `w` and `s` only in some programs).
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The number of active scalar parameters `p0, p1, ..`.
    pub scalars: usize,
    /// The length of the active slice `x` it is called with, if it has one.
    pub slice_len: Option<usize>,
    /// The value of the passive `n` it is called with.
    pub n: usize,
    /// Differentiated with `wrt(..)` over its active parameters, beside the
    /// passive data `w: &[f64]` and `s: f64` (the values [`DATA`] and
    /// [`DATA_SCALAR`]).
    pub data: bool,
    /// Its vector parameter is a `&DVector<f64>`.
    pub dvector: bool,
    /// Its body starts with a loss-shaped loop over `x` (`sum-loop`).
    pub sum_loop: Option<SumLoop>,
}

/// How the rest of an entry function that starts with a loss-shaped loop
/// (`sum-loop`, written by `Gen::sum_loop`) reads its sum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SumLoop {
    /// Its statements may read it in any way.
    Read,
    /// Only its result reads it, linearly (`r + 0.5 * sum`, `sum / x.len()
    /// as f64 - r`); the program has no helpers, the loop's body at most one
    /// statement before the sum's update, and the rest of the function at
    /// most two statements: the shape of a fused sweep with work after the loop.
    Linear,
}

/// The data slice `w` the entry function is called with (`wrt-data`).
pub const DATA: [f64; 3] = [0.5, -0.25, 0.75];
/// The passive float `s` the entry function is called with (`wrt-data`).
pub const DATA_SCALAR: f64 = 0.7;

impl Gen {
    /// Forgets the previous function's locals and loops.
    pub(super) fn start_function(&mut self, budget: usize) {
        self.scope.floats.clear();
        self.scope.ints.clear();
        self.scope.buffers.clear();
        self.scope.slice = None;
        self.scope.data = None;
        self.in_entry = false;
        self.result_shape = None;
        self.loops.clear();
        self.nesting = 0;
        self.budget = budget;
    }

    /// `#[differentiate] pub fn name(params) -> f64 { body }`.
    fn function(&self, name: &str, params: &[String], body: &[Stmt]) -> String {
        self.function_with("differentiate", name, params, "f64", body)
    }

    /// `#[attr] pub fn name(params) -> result { body }`.
    pub(super) fn function_with(
        &self,
        attr: &str,
        name: &str,
        params: &[String],
        result: &str,
        body: &[Stmt],
    ) -> String {
        let mut out = format!(
            "    #[{attr}]\n    pub fn {name}({}) -> {result} {{\n",
            params.join(", ")
        );
        render(body, 2, &mut out);
        out.push_str("    }\n");
        out
    }

    /// The final expression of a function, within [`CAP`].
    fn result(&mut self) -> String {
        let e = self.expr(3);
        self.scaled_to(e, CAP).text
    }

    /// `m` float parameters bounded by `bound`; with `mut-param` on, some
    /// are `mut` and updated in the body like accumulators (within [`CAP`]).
    pub(super) fn float_params(&mut self, prefix: &str, m: usize, bound: f64) -> Vec<String> {
        (0..m)
            .map(|i| {
                let name = format!("{prefix}{i}");
                if self.on.has(Construct::MutParam) && self.rng.chance(0.25) {
                    self.declare(&name, CAP.max(bound), true, true);
                    format!("mut {name}: f64")
                } else {
                    self.declare(&name, bound, true, false);
                    format!("{name}: f64")
                }
            })
            .collect()
    }

    /// `x: &[f64]`, or `x: &DVector<f64>` with `dvector`.
    fn vector_param(&self) -> String {
        if self.dvector {
            String::from("x: &DVector<f64>")
        } else {
            String::from("x: &[f64]")
        }
    }

    /// `h(c0, .., k: usize)` with m float parameters.
    pub fn scalar_helper(&mut self, name: &str, m: usize) -> String {
        self.start_function(HELPER_BUDGET);
        let mut params = self.float_params("c", m, CAP);
        params.push(String::from("k: usize"));
        self.scope.ints.push(Int {
            name: String::from("k"),
            max: 3,
        });
        let mut body = self.statements(HELPER_BUDGET);
        body.push(Stmt::Line(self.result()));
        self.finish(name, Shape::Scalars(m), &params, &body)
    }

    /// `h(x: &[f64], c0: f64)` (or `x: &DVector<f64>`), called with the
    /// entry function's vector or a local vector of at most
    /// [`HELPER_SLICE_LEN`] elements within [`CAP`].
    pub fn slice_helper(&mut self, name: &str) -> String {
        self.start_function(HELPER_BUDGET);
        let mut params = vec![self.vector_param()];
        self.scope.slice = Some(String::from("x"));
        self.slice_len = HELPER_SLICE_LEN;
        self.slice_bound = CAP;
        params.extend(self.float_params("c", 1, CAP));
        let mut body = self.statements(HELPER_BUDGET);
        body.push(Stmt::Line(self.result()));
        self.finish(name, Shape::Slice, &params, &body)
    }

    /// `h(c0, c1, depth: u32)`, calling `target` (itself, or its partner in
    /// a mutual recursion) with `depth - 1` until the depth is 0.
    pub fn recursive_helper(&mut self, name: &str, target: &str) -> String {
        self.start_function(HELPER_BUDGET);
        let params = self.float_params("c", 2, CAP);
        let params: Vec<String> = params
            .into_iter()
            .chain([String::from("depth: u32")])
            .collect();
        let base = self.result();
        let mut step = self.statements(HELPER_BUDGET);
        let args: Vec<String> = (0..2)
            .map(|_| {
                let e = self.expr(2);
                self.scaled_to(e, CAP).text
            })
            .collect();
        let call = format!("{target}({}, depth - 1)", args.join(", "));
        let r = self.fresh("r");
        let value = if self.on.has(Construct::ActiveIf) && self.rng.chance(0.3) {
            let c = self.condition();
            let other = self.expr(2);
            let other = self.scaled_to(other, CAP);
            format!("if {c} {{ {call} }} else {{ {} }}", other.text)
        } else {
            call
        };
        step.push(Stmt::Line(format!("let {r} = {value};")));
        self.declare(&r, CAP, true, false);
        step.push(Stmt::Line(self.result()));
        let body = if self.on.has(Construct::EarlyReturn) && self.rng.chance(0.5) {
            let mut body = vec![Stmt::block(
                String::from("if depth == 0"),
                vec![Stmt::Line(format!("return {base};"))],
            )];
            body.extend(step);
            body
        } else {
            vec![Stmt::Block {
                head: String::from("if depth == 0"),
                body: vec![Stmt::Line(base)],
                tail: vec![(String::from("else"), step)],
                end: "",
            }]
        };
        self.function(name, &params, &body)
    }

    /// Makes the recursive helper `name` callable from the functions written
    /// after it (not before its partner is written: a call from the partner
    /// with a fresh depth would never end).
    pub fn register_recursive(&mut self, name: &str) {
        self.scope.callees.push(Callee {
            name: name.to_string(),
            shape: Shape::Recursive,
            bound: CAP,
        });
    }

    fn finish(&mut self, name: &str, shape: Shape, params: &[String], body: &[Stmt]) -> String {
        self.scope.callees.push(Callee {
            name: name.to_string(),
            shape,
            bound: CAP,
        });
        self.function(name, params, body)
    }

    /// The entry function `f`, which also calls every helper not called yet.
    pub fn entry(&mut self, entry: Entry) -> String {
        self.start_function(ENTRY_BUDGET);
        let mut params = self.float_params("p", entry.scalars, 1.0);
        let mut active: Vec<String> = (0..entry.scalars).map(|i| format!("p{i}")).collect();
        self.in_entry = true;
        if let Some(len) = entry.slice_len {
            params.push(self.vector_param());
            self.scope.slice = Some(String::from("x"));
            active.push(String::from("x"));
            self.slice_len = len;
            self.slice_bound = 1.0;
        }
        if entry.data {
            params.extend([String::from("w: &[f64]"), String::from("s: f64")]);
            self.scope.data = Some(String::from("w"));
            self.declare("s", DATA_SCALAR, true, false);
        }
        params.push(String::from("n: usize"));
        self.scope.ints.push(Int {
            name: String::from("n"),
            max: entry.n,
        });
        let mut body = Vec::new();
        let mut linear_sum = None;
        if let Some(shape) = entry.sum_loop {
            let linear = shape == SumLoop::Linear;
            let (stmts, sum) = self.sum_loop(linear);
            body.extend(stmts);
            if linear {
                self.budget = self.budget.min(self.rng.below(3));
                linear_sum = Some(sum);
            }
        }
        body.extend(self.statements(ENTRY_BUDGET));
        let mut result = self.result();
        if let Some(sum) = linear_sum {
            result = match self.rng.below(2) {
                0 => format!("{result} + 0.5 * {sum}"),
                _ => format!("{sum} / x.len() as f64 - {result}"),
            };
        }
        for i in 0..self.scope.callees.len() {
            if !self.called.contains(&self.scope.callees[i].name) {
                if self.scope.callees[i].shape == Shape::Slice && !self.has_vector_argument() {
                    body.push(self.fixed_buffer());
                }
                if let Shape::Vector { .. } = self.scope.callees[i].shape {
                    body.push(self.vector_call(i));
                    let v = &self.scope.buffers[self.scope.buffers.len() - 1].name;
                    result = format!("{result} + 0.5 * {v}[0]");
                    continue;
                }
                result = format!("{result} + 0.5 * {}", self.call_of(i, 2).text);
            }
        }
        body.push(Stmt::Line(result));
        let attr = if entry.data {
            format!("differentiate(wrt({}))", active.join(", "))
        } else {
            String::from("differentiate")
        };
        self.function_with(&attr, "f", &params, "f64", &body)
    }
}
