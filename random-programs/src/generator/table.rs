//! The row of the test table for one program: a `random_programs::Case`
//! whose closures call the entry function and its generated derivatives with
//! the point `p = [p0, .., x[0], ..]` (the active scalars, then the slice).

use super::Program;

/// `random_programs::Case { .. }` for `program`, whose module is reached at
/// `path` (`chunk_0::s123`).
pub fn row(program: &Program, path: &str) -> String {
    let e = program.entry;
    let s = e.scalars;
    let slice = e.slice_len.map(|len| format!("&{{}}[{s}..{}]", s + len));
    // The arguments of a point (or direction) named `v`, then the passive n.
    let active = |v: &str| -> Vec<String> {
        let mut a: Vec<String> = (0..s).map(|i| format!("{v}[{i}]")).collect();
        a.extend(slice.iter().map(|t| t.replace("{}", v)));
        a
    };
    let args = |extra: &[String]| -> String {
        let mut a = active("p");
        a.push(e.n.to_string());
        a.extend(extra.iter().cloned());
        a.join(", ")
    };
    // The tuple a derivative returns: value, then one block per parameter.
    let blocks = |prefix: &str| -> Vec<String> {
        let mut b: Vec<String> = (0..s).map(|i| format!("{prefix}{i}")).collect();
        if slice.is_some() {
            b.push(format!("{prefix}x"));
        }
        b
    };
    // Flattens `(y, blocks..)` into a Vec<f64>.
    let flatten = |names: &[String]| -> String {
        let pushes: Vec<String> = names
            .iter()
            .map(|b| {
                if b.ends_with('x') {
                    format!("out.extend({b});")
                } else {
                    format!("out.push({b});")
                }
            })
            .collect();
        format!(
            "let (y, {}) = {{}}; let mut out = vec![y]; {} out",
            names.join(", "),
            pushes.join(" ")
        )
    };
    let grads = blocks("g");
    let hessians: Vec<String> = grads.iter().chain(&blocks("h")).cloned().collect();
    let call = |suffix: &str, extra: &[String]| format!("{path}::f{suffix}({})", args(extra));
    format!(
        "random_programs::Case {{\n    seed: {seed},\n    source: r#\"{source}\"#,\n    \
         inputs: {inputs},\n    value: |p| {value},\n    jvp: |p, d| {jvp},\n    \
         vjp: |p, u| {{ {vjp} }},\n    grad: |p| {{ {grad} }},\n    hvp: |p, v| {{ {hvp} }},\n}},\n",
        seed = program.seed,
        source = program.module,
        inputs = s + e.slice_len.unwrap_or(0),
        value = call("", &[]),
        jvp = call("_jvp", &active("d")),
        vjp = flatten(&grads).replacen("{}", &call("_vjp", &[String::from("u")]), 1),
        grad = flatten(&grads).replacen("{}", &call("_grad", &[]), 1),
        hvp = flatten(&hessians).replacen("{}", &call("_hvp", &active("v")), 1),
    )
}
