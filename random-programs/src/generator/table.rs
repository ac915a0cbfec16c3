//! The row of the test table for one program: a `random_programs::Case`
//! whose closures call the entry function and its generated derivatives with
//! the point `p = [p0, .., x[0], ..]` (the active scalars, then the slice),
//! followed by the passive arguments (the data of `wrt-data`, then `n`);
//! the same closures over the program's f32 twin, the point rounded to f32
//! and the results widened back; and those of its first helper with a
//! vector result.

use super::function::{DATA, DATA_SCALAR};
use super::vector_result::VectorHelper;
use super::Program;

/// `random_programs::Case { .. }` for `program`, whose module is reached at
/// `path` (`chunk_0::s123`).
pub fn row(program: &Program, path: &str) -> String {
    let [value, jvp, vjp, grad, hvp] = Calls::new(program, path, false).closures();
    let twin = if program.twin {
        let [value, jvp, vjp, grad, hvp] =
            Calls::new(program, &format!("{path}_f32"), true).closures();
        format!(
            "Some(random_programs::Twin {{ value: |p| {value}, jvp: |p, d| {jvp}, \
             vjp: |p, u| {{ {vjp} }}, grad: |p| {{ {grad} }}, hvp: |p, v| {{ {hvp} }} }})"
        )
    } else {
        String::from("None")
    };
    let vector = program
        .vector
        .as_ref()
        .map_or(String::from("None"), |h| vector_case(h, path));
    let e = program.entry;
    format!(
        "random_programs::Case {{\n    seed: {seed},\n    source: r#\"{source}\"#,\n    \
         inputs: {inputs},\n    value: |p| {value},\n    jvp: |p, d| {jvp},\n    \
         vjp: |p, u| {{ {vjp} }},\n    grad: |p| {{ {grad} }},\n    hvp: |p, v| {{ {hvp} }},\n    \
         vector: {vector},\n    twin: {twin},\n}},\n",
        seed = program.seed,
        source = program.module,
        inputs = e.scalars + e.slice_len.unwrap_or(0),
    )
}

/// The calls of the entry function and its derivatives in one float type.
struct Calls<'a> {
    program: &'a Program,
    path: &'a str,
    /// Call the f32 twin: round the arguments, widen the results.
    f32: bool,
}

impl<'a> Calls<'a> {
    fn new(program: &'a Program, path: &'a str, f32: bool) -> Self {
        Calls { program, path, f32 }
    }

    /// The active arguments of a point (or direction) named `v`.
    fn active(&self, v: &str) -> Vec<String> {
        let e = self.program.entry;
        let s = e.scalars;
        let mut a: Vec<String> = (0..s).map(|i| self.scalar(&format!("{v}[{i}]"))).collect();
        if let Some(len) = e.slice_len {
            let range = format!("{v}[{s}..{}]", s + len);
            a.push(match (e.dvector, self.f32) {
                (true, true) => format!(
                    "&nalgebra::DVector::<f32>::from_iterator({len}, {range}.iter().map(|c| *c as f32))"
                ),
                (true, false) => format!("&nalgebra::DVector::from_column_slice(&{range})"),
                (false, true) => {
                    format!("&{range}.iter().map(|c| *c as f32).collect::<Vec<f32>>()")
                }
                (false, false) => format!("&{range}"),
            });
        }
        a
    }

    /// A scalar argument in the call's float type.
    fn scalar(&self, x: &str) -> String {
        if self.f32 {
            format!("{x} as f32")
        } else {
            x.to_string()
        }
    }

    /// The arguments of a call at the point `p`: active, passive, `extra`.
    fn args(&self, extra: &[String]) -> String {
        let e = self.program.entry;
        let mut a = self.active("p");
        if e.data {
            a.push(format!("{OPAQUE}(&{DATA:?})"));
            a.push(format!("{OPAQUE}({DATA_SCALAR:?})"));
        }
        a.push(format!("{OPAQUE}({})", e.n));
        a.extend(extra.iter().cloned());
        a.join(", ")
    }

    fn call(&self, suffix: &str, extra: &[String]) -> String {
        format!("{}::f{suffix}({})", self.path, self.args(extra))
    }

    /// The names of the blocks a derivative returns after the value: one
    /// per active parameter.
    fn blocks(&self, prefix: &str) -> Vec<String> {
        let e = self.program.entry;
        let mut b: Vec<String> = (0..e.scalars).map(|i| format!("{prefix}{i}")).collect();
        if e.slice_len.is_some() {
            b.push(format!("{prefix}x"));
        }
        b
    }

    /// `call`'s tuple `(y, blocks..)` flattened into a `Vec<f64>`.
    fn flatten(&self, names: &[String], call: &str) -> String {
        let pushes: Vec<String> = names
            .iter()
            .map(|b| {
                if b.ends_with('x') {
                    format!("out.extend({b}.iter().map(|c| *c as f64));")
                } else {
                    format!("out.push({b} as f64);")
                }
            })
            .collect();
        format!(
            "let (y, {}) = {call}; let mut out = vec![y as f64]; {} out",
            names.join(", "),
            pushes.join(" ")
        )
    }

    /// The bodies of the closures `value`, `jvp`, `vjp`, `grad` and `hvp`.
    fn closures(&self) -> [String; 5] {
        let grads = self.blocks("g");
        let hessians: Vec<String> = grads.iter().chain(&self.blocks("h")).cloned().collect();
        let (value, jvp) = (self.call("", &[]), self.call("_jvp", &self.active("d")));
        [
            format!("{value} as f64"),
            format!("{{ let (y, t) = {jvp}; (y as f64, t as f64) }}"),
            self.flatten(&grads, &self.call("_vjp", &[self.scalar("u")])),
            self.flatten(&grads, &self.call("_grad", &[])),
            self.flatten(&hessians, &self.call("_hvp", &self.active("v"))),
        ]
    }
}

/// The passive `k` a helper with a vector result is checked with.
const VECTOR_K: usize = 2;

/// What the passive arguments of the calls go through, so that the
/// optimiser cannot fold the calls into constants: it folds `powi` with a
/// correctly rounded `pow`, while run-time `powi` multiplies, and the last
/// bit of the primal's value then depended on which of the two functions it
/// folded (seed 20790194 in a release build, FINDINGS.md).
const OPAQUE: &str = "::std::hint::black_box";

/// `Some(random_programs::VectorCase { .. })` for the helper `h`.
fn vector_case(h: &VectorHelper, path: &str) -> String {
    let (name, len, k) = (&h.name, h.len, format!("{OPAQUE}({VECTOR_K})"));
    let f = format!("{path}::{name}");
    format!(
        "Some(random_programs::VectorCase {{ name: {name:?}, outputs: {len}, \
         value: |p| {f}(p[0], p[1], {k}).to_vec(), \
         jvp: |p, d| {{ let (y, t) = {f}_jvp(p[0], p[1], {k}, d[0], d[1]); (y.to_vec(), t.to_vec()) }}, \
         vjp: |p, u| {{ let (y, g0, g1) = {f}_vjp(p[0], p[1], {k}, u); \
         let mut out = y.to_vec(); out.push(g0); out.push(g1); out }}, \
         jacobian: |p| {{ let j = {f}_jacobian(p[0], p[1], {k}); \
         (0..j.nrows()).map(|i| (0..j.ncols()).map(|c| j[(i, c)]).collect()).collect() }} }})"
    )
}
