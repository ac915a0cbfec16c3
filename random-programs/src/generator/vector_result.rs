//! Helpers with a vector result (`vector-result`): `h(c0, c1, k) -> Vec<f64>`
//! (or `[f64; M]`) with one to three entries within [`CAP`], called as
//! `let v: Vec<f64> = h(a, b, k);`, which makes `v` a local vector of the
//! caller. The checks also take the program's first such helper on its own,
//! through `_jacobian`, `_jvp` and `_vjp` (see `check::vector`).

use super::expr::CAP;
use super::function::HELPER_BUDGET;
use super::scope::{Buffer, Callee, Int, Shape};
use super::stmt::Stmt;
use super::Gen;

/// A helper with a vector result, for the table of checks.
#[derive(Clone, Debug)]
pub struct VectorHelper {
    /// Its name.
    pub name: String,
    /// The entries of its result.
    pub len: usize,
}

impl Gen {
    /// `h(c0, c1, k: usize) -> Vec<f64>` or `-> [f64; M]`.
    pub fn vector_helper(&mut self, name: &str) -> String {
        self.start_function(HELPER_BUDGET);
        let mut params = self.float_params("c", 2, CAP);
        params.push(String::from("k: usize"));
        self.scope.ints.push(Int {
            name: String::from("k"),
            max: 3,
        });
        let (len, array) = (self.rng.below(3) + 1, self.rng.chance(0.4));
        self.result_shape = Some((len, array));
        let mut body = self.statements(HELPER_BUDGET);
        body.push(Stmt::Line(self.vector_value((len, array))));
        let ty = if array {
            format!("[f64; {len}]")
        } else {
            String::from("Vec<f64>")
        };
        self.scope.callees.push(Callee {
            name: name.to_string(),
            shape: Shape::Vector { len, array },
            bound: CAP,
        });
        if self.vector_helper.is_none() {
            self.vector_helper = Some(VectorHelper {
                name: name.to_string(),
                len,
            });
        }
        self.function_with("differentiate", name, &params, &ty, &body)
    }

    /// `vec![e1, ..]` or `[e1, ..]` with `len` entries within [`CAP`]: a
    /// result of the shape `(len, array)`.
    pub fn vector_value(&mut self, (len, array): (usize, bool)) -> String {
        let entries: Vec<String> = (0..len)
            .map(|_| {
                let e = self.expr(3);
                self.scaled_to(e, CAP).text
            })
            .collect();
        if array {
            format!("[{}]", entries.join(", "))
        } else {
            format!("vec![{}]", entries.join(", "))
        }
    }

    /// The callees with a vector result.
    pub fn vector_callees(&self) -> Vec<usize> {
        (0..self.scope.callees.len())
            .filter(|&i| matches!(self.scope.callees[i].shape, Shape::Vector { .. }))
            .collect()
    }

    /// `let v: Vec<f64> = h(a, b, k);` of the `i`-th callee, which has a
    /// vector result; `v` joins the local vectors.
    pub fn vector_call(&mut self, i: usize) -> Stmt {
        let Shape::Vector { len, array } = self.scope.callees[i].shape else {
            unreachable!("a callee with a vector result")
        };
        let call = self.call_of(i, 2).text;
        let v = self.fresh("v");
        let ty = if array {
            format!("[f64; {len}]")
        } else {
            String::from("Vec<f64>")
        };
        self.scope.buffers.push(Buffer {
            name: v.clone(),
            cap: CAP,
            typed: true,
            len: Some(len),
            passed: false,
            dvector: false,
            growable: !array,
        });
        Stmt::Line(format!("let mut {v}: {ty} = {call};"))
    }
}
