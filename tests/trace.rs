//! The evaluation trace (`NAME_trace`): Baydin et al.'s example
//! `f(x1, x2) = ln x1 + x1 x2 − sin x2` at (2, 5), node by node, and traces
//! through a loop and a call, which appear unrolled.

mod common;
use autodiff::differentiate;
use autodiff::trace::Operand;

#[differentiate]
fn baydin(x1: f64, x2: f64) -> f64 {
    x1.ln() + x1 * x2 - x2.sin()
}

#[test]
fn baydin_trace_numbering_values_and_operations() {
    let (x1, x2) = (2.0f64, 5.0f64);
    let trace = baydin_trace(x1, x2);
    let nodes = trace.nodes();
    let indices: Vec<isize> = nodes.iter().map(|n| n.index).collect();
    assert_eq!(indices, vec![-1, 0, 1, 2, 3, 4, 5]);
    let ops: Vec<&str> = nodes.iter().map(|n| n.op).collect();
    assert_eq!(ops, vec!["input", "input", "ln", "*", "sin", "+", "-"]);
    assert_eq!(nodes[0].input_name.as_deref(), Some("x1"));
    assert_eq!(nodes[1].input_name.as_deref(), Some("x2"));

    // Operands in Baydin's order: v1 = ln v-1, v2 = v-1 × v0, v3 = sin v0,
    // v4 = v1 + v2, v5 = v4 − v3 (positions in `nodes()`: index + 1).
    let at = |index: isize| Operand::Node((index + 1) as usize);
    assert_eq!(nodes[2].operands, vec![at(-1)]);
    assert_eq!(nodes[3].operands, vec![at(-1), at(0)]);
    assert_eq!(nodes[4].operands, vec![at(0)]);
    assert_eq!(nodes[5].operands, vec![at(1), at(2)]);
    assert_eq!(nodes[6].operands, vec![at(4), at(3)]);

    // Primal values.
    let values = [
        x1,
        x2,
        x1.ln(),
        x1 * x2,
        x2.sin(),
        x1.ln() + x1 * x2,
        x1.ln() + x1 * x2 - x2.sin(),
    ];
    for (node, want) in nodes.iter().zip(values) {
        assert_eq!(node.value, want, "v{}", node.index);
    }
    assert_eq!(trace.value(), values[6]);
    assert!((trace.value() - 11.652).abs() < 5e-4);
    assert_eq!(trace.output().map(|n| n.index), Some(5));

    // Tangents for the seed x1 = 1 (Baydin's table 2) and for x2 = 1.
    let dx1 = [1.0, 0.0, 1.0 / x1, x2, 0.0, 1.0 / x1 + x2, 1.0 / x1 + x2];
    let dx2 = [0.0, 1.0, 0.0, x1, x2.cos(), x1, x1 - x2.cos()];
    for (k, node) in nodes.iter().enumerate() {
        assert!((node.tangents[0] - dx1[k]).abs() < 1e-15, "v̇{}", node.index);
        assert!((node.tangents[1] - dx2[k]).abs() < 1e-15, "v̇{}", node.index);
    }

    // Adjoints for ȳ = 1 (Baydin's table 3): v̄5 = 1, v̄4 = 1, v̄3 = −1,
    // v̄2 = 1, v̄1 = 1, v̄0 = x1 − cos x2, v̄-1 = 1/x1 + x2.
    let adjoints = [1.0 / x1 + x2, x1 - x2.cos(), 1.0, 1.0, -1.0, 1.0, 1.0];
    for (node, want) in nodes.iter().zip(adjoints) {
        assert!((node.adjoint - want).abs() < 1e-15, "v̄{}", node.index);
    }
    assert_eq!(trace.gradient(), vec![5.5, 2.0 - 5.0f64.cos()]);
}

#[test]
fn baydin_trace_agrees_with_reverse_and_forward_mode() {
    for (x1, x2) in [(2.0, 5.0), (0.5, -1.0)] {
        let trace = baydin_trace(x1, x2);
        let (y, g1, g2) = baydin_grad(x1, x2);
        assert_eq!(trace.value(), y);
        let gradient = trace.gradient();
        assert!((gradient[0] - g1).abs() < 1e-15 && (gradient[1] - g2).abs() < 1e-15);
        let (_, t1) = baydin_jvp(x1, x2, 1.0, 0.0);
        let (_, t2) = baydin_jvp(x1, x2, 0.0, 1.0);
        let tangents = trace.output_tangents();
        assert!((tangents[0] - t1).abs() < 1e-15 && (tangents[1] - t2).abs() < 1e-15);
    }
    check!(baydin, baydin_jvp, baydin_vjp, baydin_grad; [0, 1])
        .formula(|x| vec![1.0 / x[0] + x[1], x[0] - x[1].cos()])
        .at(&[&[2.0, 5.0]]);
}

#[test]
fn baydin_trace_display_has_the_three_tables() {
    let text = baydin_trace(2.0, 5.0).to_string();
    assert!(text.contains("Forward primal trace"), "{text}");
    assert!(
        text.contains("Forward tangent trace, seed x\u{307}1 = 1"),
        "{text}"
    );
    assert!(
        text.contains("Forward tangent trace, seed x\u{307}2 = 1"),
        "{text}"
    );
    assert!(text.contains("Reverse adjoint trace"), "{text}");
    for line in [
        "v1  = ln v-1",
        "v2  = v-1 × v0",
        "v3  = sin v0",
        "v4  = v1 + v2",
        "v5  = v4 − v3",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    assert!(text.contains("11.652"), "{text}");
    assert!(text.contains("5.5"), "{text}");
    // Tables come in Baydin's order.
    let primal = text.find("Forward primal trace").unwrap();
    let tangent = text.find("Forward tangent trace").unwrap();
    let adjoint = text.find("Reverse adjoint trace").unwrap();
    assert!(primal < tangent && tangent < adjoint);
}

/// A callee: `sq(t) = t · t`, one node per call.
#[differentiate]
fn sq(t: f64) -> f64 {
    t * t
}

/// `s ← sq(s) + x`, n times, then `× 0.5`: per iteration one `*` from the
/// call and one `+`.
#[differentiate]
fn looped(x: f64, n: usize) -> f64 {
    let mut s = x;
    for _ in 0..n {
        s = sq(s) + x;
    }
    s * 0.5
}

#[test]
fn trace_through_a_loop_and_a_call_is_unrolled() {
    for n in [0usize, 1, 3, 6] {
        let x = 0.3;
        let trace = looped_trace(x, n);
        let nodes = trace.nodes();
        // The input, two nodes per iteration, and the final × 0.5.
        assert_eq!(nodes.len(), 1 + 2 * n + 1, "n = {n}:\n{trace}");
        let indices: Vec<isize> = nodes.iter().map(|n| n.index).collect();
        assert_eq!(indices, (0..=(2 * n + 1) as isize).collect::<Vec<_>>());
        let ops: Vec<&str> = nodes.iter().map(|n| n.op).collect();
        let mut want = vec!["input"];
        for _ in 0..n {
            want.extend(["*", "+"]);
        }
        want.push("*");
        assert_eq!(ops, want);
        // Values along the trajectory.
        let mut s = x;
        for k in 0..n {
            assert_eq!(nodes[1 + 2 * k].value, s * s);
            s = s * s + x;
            assert_eq!(nodes[2 + 2 * k].value, s);
        }
        assert_eq!(trace.value(), 0.5 * s);
        assert_eq!(trace.value(), looped(x, n));
        // Derivatives: the trace's, reverse mode's, forward mode's, and the
        // hand chain rule ds' = 2 s ds + 1.
        let (mut s, mut d) = (x, 1.0);
        for _ in 0..n {
            d = 2.0 * s * d + 1.0;
            s = s * s + x;
        }
        let (_, g) = looped_grad(x, n);
        let (_, t) = looped_jvp(x, n, 1.0);
        assert!((trace.gradient()[0] - 0.5 * d).abs() < 1e-15);
        assert!((trace.output_tangents()[0] - 0.5 * d).abs() < 1e-15);
        assert!((g - 0.5 * d).abs() < 1e-15 && (t - 0.5 * d).abs() < 1e-15);
    }
    check!(looped, looped_jvp, looped_vjp, looped_grad; [0]; 4)
        .formula(|v| {
            let (mut s, mut d) = (v[0], 1.0);
            for _ in 0..4 {
                d = 2.0 * s * d + 1.0;
                s = s * s + v[0];
            }
            vec![0.5 * d]
        })
        .at(&[&[0.3], &[-0.8]]);
}

/// Two inputs, a branch and a call with an expression argument: only the
/// taken branch appears, and constants are not nodes.
#[differentiate]
fn branchy(x: f64, y: f64, n: u32) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        if i % 2 == 0 {
            s += sq(x * y);
        } else {
            s -= y.exp();
        }
    }
    s + 2.0 * 3.0
}

#[test]
fn trace_through_branches_in_a_loop() {
    let (x, y) = (0.7, -0.4);
    for n in [0u32, 1, 2, 5] {
        let trace = branchy_trace(x, y, n);
        let nodes = trace.nodes();
        let evens = n.div_ceil(2) as usize;
        let odds = (n / 2) as usize;
        // Inputs x, y; per even i: x·y, sq (*), += ; per odd i: exp, −= ;
        // the final + 6 (when s depends on the inputs).
        let ops = 2 + 3 * evens + 2 * odds + usize::from(n > 0);
        assert_eq!(nodes.len(), ops, "n = {n}:\n{trace}");
        assert_eq!(nodes[0].index, -1);
        assert_eq!(nodes[1].index, 0);
        assert_eq!(nodes.last().unwrap().index, ops as isize - 2);
        let count = |op: &str| nodes.iter().filter(|node| node.op == op).count();
        assert_eq!(count("exp"), odds);
        assert_eq!(count("*"), 2 * evens);
        let (value, gx, gy) = branchy_grad(x, y, n);
        assert_eq!(trace.value(), value);
        assert_eq!(value, branchy(x, y, n));
        let g = trace.gradient();
        let t = trace.output_tangents();
        // By hand: s = Σ_even (x y)² − Σ_odd e^y + 6.
        let (hx, hy) = (
            evens as f64 * 2.0 * x * y * y,
            evens as f64 * 2.0 * x * x * y - odds as f64 * y.exp(),
        );
        for (got, want) in [
            (g[0], hx),
            (g[1], hy),
            (t[0], hx),
            (t[1], hy),
            (gx, hx),
            (gy, hy),
        ] {
            assert!((got - want).abs() < 1e-14, "{got} vs {want}");
        }
    }
    check!(branchy, branchy_jvp, branchy_vjp, branchy_grad; [0, 1]; 5)
        .formula(|v| {
            let (x, y) = (v[0], v[1]);
            vec![3.0 * 2.0 * x * y * y, 3.0 * 2.0 * x * x * y - 2.0 * y.exp()]
        })
        .at(&[&[0.7, -0.4], &[-1.2, 0.9]]);
    let text = branchy_trace(x, y, 2).to_string();
    assert!(text.contains("Forward primal trace"));
    assert!(
        text.contains("Forward tangent trace, seed x\u{307} = 1"),
        "{text}"
    );
    assert!(
        text.contains("Forward tangent trace, seed y\u{307} = 1"),
        "{text}"
    );
    assert!(text.contains("Reverse adjoint trace"));
}

/// A recursion: one `*` per level, the innermost `x × 1` included.
#[differentiate]
fn pw(x: f64, k: u32) -> f64 {
    if k == 0 {
        1.0
    } else {
        x * pw(x, k - 1)
    }
}

#[test]
fn trace_through_a_recursion_is_unrolled() {
    let x = 1.5f64;
    for k in [0u32, 1, 4] {
        let trace = pw_trace(x, k);
        let nodes = trace.nodes();
        assert_eq!(nodes.len(), 1 + k as usize, "k = {k}:\n{trace}");
        for (j, node) in nodes.iter().enumerate().skip(1) {
            assert_eq!(node.op, "*");
            assert_eq!(node.index, j as isize);
            // The innermost level runs first: v_j = x^j.
            assert_eq!(node.value, x.powi(j as i32));
        }
        assert_eq!(trace.value(), x.powi(k as i32));
        assert_eq!(trace.value(), pw(x, k));
        let want = if k == 0 {
            0.0
        } else {
            k as f64 * x.powi(k as i32 - 1)
        };
        assert!((trace.gradient()[0] - want).abs() < 1e-14);
        assert!((trace.output_tangents()[0] - want).abs() < 1e-14);
        assert_eq!(trace.gradient()[0], pw_grad(x, k).1);
    }
    // k = 0: the value is a constant; no operation depends on x.
    let text = pw_trace(x, 0).to_string();
    assert!(text.contains("Forward primal trace"), "{text}");
    assert_eq!(pw_trace(x, 0).output().map(|n| n.index), None);
}

/// A method's trace reads the struct's fields as constants.
struct Scale {
    c: f64,
}

impl Scale {
    #[differentiate]
    fn apply(&self, x: f64) -> f64 {
        (x * self.c).sin()
    }
}

#[test]
fn trace_of_a_method() {
    let s = Scale { c: 3.0 };
    let trace = s.apply_trace(0.2);
    let ops: Vec<&str> = trace.nodes().iter().map(|n| n.op).collect();
    assert_eq!(ops, vec!["input", "*", "sin"]);
    assert_eq!(trace.nodes()[1].operands[1], Operand::Const(3.0));
    assert_eq!(trace.value(), s.apply(0.2));
    assert!((trace.gradient()[0] - 3.0 * 0.6f64.cos()).abs() < 1e-15);
    assert_eq!(trace.gradient()[0], s.apply_grad(0.2).1);
}

/// The tables call the output `y` (seed ȳ, tangent ẏ) and each input by its
/// parameter name; when a parameter is named `y`, the output takes the
/// function's name instead, so that no name means two things.
#[differentiate]
fn product(x: f64, y: f64) -> f64 {
    x * y
}

#[test]
fn a_parameter_named_y_does_not_collide_with_the_output() {
    let trace = product_trace(2.0, 3.0);
    assert_eq!(trace.value(), product(2.0, 3.0));
    assert_eq!(trace.gradient(), vec![3.0, 2.0]);
    let text = trace.to_string();
    // (written with the combining macron U+0304, as Display writes it)
    assert!(
        text.contains("Reverse adjoint trace, seed p\u{304}roduct = 1"),
        "{text}"
    );
    assert!(!text.contains("seed y\u{304}"), "{text}");
    assert!(text.contains("y\u{304}   = v\u{304}0 "), "{text}");
}
