//! Whole functions: the helpers a program's entry function calls (scalar,
//! slice and recursive ones) and the entry function itself.

use super::constructs::Construct;
use super::expr::CAP;
use super::scope::{Callee, Int, Shape};
use super::stmt::{render, Stmt};
use super::Gen;

/// The statements of a helper's body.
const HELPER_BUDGET: usize = 5;
/// The statements of an entry function's body.
const ENTRY_BUDGET: usize = 12;

/// The parameters of a program's entry function
/// `f(p0: f64, .., x: &[f64], n: usize)`.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The number of active scalar parameters `p0, p1, ..`.
    pub scalars: usize,
    /// The length of the active slice `x` it is called with, if it has one.
    pub slice_len: Option<usize>,
    /// The value of the passive `n` it is called with.
    pub n: usize,
}

impl Gen {
    /// Forgets the previous function's locals and loops.
    fn start_function(&mut self, budget: usize) {
        self.scope.floats.clear();
        self.scope.ints.clear();
        self.scope.buffers.clear();
        self.scope.slice = None;
        self.loops.clear();
        self.nesting = 0;
        self.budget = budget;
    }

    /// `#[differentiate] pub fn name(params) -> f64 { body }`.
    fn function(&self, name: &str, params: &[String], body: &[Stmt]) -> String {
        let mut out = format!(
            "    #[differentiate]\n    pub fn {name}({}) -> f64 {{\n",
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

    fn float_params(&mut self, prefix: &str, m: usize, bound: f64) -> Vec<String> {
        (0..m)
            .map(|i| {
                let name = format!("{prefix}{i}");
                self.declare(&name, bound, true, false);
                format!("{name}: f64")
            })
            .collect()
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

    /// `h(x: &[f64], c0: f64)`.
    pub fn slice_helper(&mut self, name: &str) -> String {
        self.start_function(HELPER_BUDGET);
        let mut params = vec![String::from("x: &[f64]")];
        self.scope.slice = Some(String::from("x"));
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
        if let Some(len) = entry.slice_len {
            params.push(String::from("x: &[f64]"));
            self.scope.slice = Some(String::from("x"));
            debug_assert_eq!(self.slice_len, len);
        }
        params.push(String::from("n: usize"));
        self.scope.ints.push(Int {
            name: String::from("n"),
            max: entry.n,
        });
        let mut body = self.statements(ENTRY_BUDGET);
        let mut result = self.result();
        for i in 0..self.scope.callees.len() {
            if !self.called.contains(&self.scope.callees[i].name) {
                result = format!("{result} + 0.5 * {}", self.call_of(i, 2).text);
            }
        }
        body.push(Stmt::Line(result));
        self.function("f", &params, &body)
    }
}
