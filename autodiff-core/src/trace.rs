//! The evaluation trace: every elementary operation of one call, numbered as
//! in Baydin et al.'s survey, with its primal value, its tangents and its
//! adjoint.
//!
//! A generated `NAME_trace` function runs the original code once and reports
//! each elementary operation to a [`Recorder`] together with the local partial
//! derivatives the rules table gives for it. [`Recorder::finish`] then pushes
//! one tangent seed per input forward and the adjoint seed 1 backward through
//! those partials, so the trace shows exactly the numbers forward and reverse
//! mode combine. Loops and calls appear unrolled, as they ran.

use std::fmt;

/// How an operation refers to one of its arguments.
///
/// # Example
/// ```
/// use autodiff_core::trace::Operand;
/// assert_eq!(Operand::Unset.or_const(2.0), Operand::Const(2.0));
/// assert_eq!(Operand::Node(3).or_const(2.0), Operand::Node(3));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Operand {
    /// Not known to the caller; [`Operand::or_const`] turns it into a constant.
    #[default]
    Unset,
    /// A value that does not depend on the inputs.
    Const(f64),
    /// The result of the recorded node with this position.
    Node(usize),
}

impl Operand {
    /// This operand, or `Const(value)` where it is [`Operand::Unset`].
    ///
    /// ```
    /// use autodiff_core::trace::Operand;
    /// assert_eq!(Operand::default().or_const(1.5), Operand::Const(1.5));
    /// ```
    pub fn or_const(self, value: f64) -> Operand {
        match self {
            Operand::Unset => Operand::Const(value),
            known => known,
        }
    }
}

struct RawNode {
    op: &'static str,
    name: Option<String>,
    operands: Vec<Operand>,
    partials: Vec<f64>,
    value: f64,
}

/// Collects the elementary operations of one call.
///
/// # Example
/// ```
/// use autodiff_core::trace::Recorder;
/// let mut rec = Recorder::new();
/// let x = rec.input("x", 3.0);
/// let y = rec.op("sin", &[x], 3.0f64.sin(), &[3.0f64.cos()]);
/// let trace = rec.finish(3.0f64.sin(), y);
/// assert_eq!(trace.gradient(), vec![3.0f64.cos()]);
/// ```
#[derive(Default)]
pub struct Recorder {
    nodes: Vec<RawNode>,
    inputs: Vec<usize>,
    output_name: Option<String>,
}

impl Recorder {
    /// An empty recorder.
    ///
    /// ```
    /// let rec = autodiff_core::trace::Recorder::new();
    /// assert_eq!(rec.finish(0.0, Default::default()).nodes().len(), 0);
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Declares the next active input, by parameter name and value.
    ///
    /// ```
    /// let mut rec = autodiff_core::trace::Recorder::new();
    /// let x = rec.input("x", 1.0);
    /// assert_eq!(rec.finish(1.0, x).gradient(), vec![1.0]);
    /// ```
    pub fn input(&mut self, name: &str, value: f64) -> Operand {
        self.inputs.push(self.nodes.len());
        self.push(RawNode {
            op: "input",
            name: Some(name.to_string()),
            operands: Vec::new(),
            partials: Vec::new(),
            value,
        })
    }

    /// Records one elementary operation: its name (`"+"`, `"*"`, `"sin"`,
    /// ...), its operands, its value and its partial derivative with respect
    /// to each operand. An operation whose operands are all constants is
    /// itself a constant and is not recorded.
    ///
    /// ```
    /// use autodiff_core::trace::{Operand, Recorder};
    /// let mut rec = Recorder::new();
    /// assert_eq!(rec.op("+", &[Operand::Const(1.0), Operand::Const(2.0)], 3.0, &[1.0, 1.0]), Operand::Const(3.0));
    /// ```
    pub fn op(
        &mut self,
        op: &'static str,
        operands: &[Operand],
        value: f64,
        partials: &[f64],
    ) -> Operand {
        let operands: Vec<Operand> = operands.iter().map(|o| o.or_const(f64::NAN)).collect();
        if operands.iter().all(|o| matches!(o, Operand::Const(_))) {
            return Operand::Const(value);
        }
        self.push(RawNode {
            op,
            name: None,
            operands,
            partials: partials.to_vec(),
            value,
        })
    }

    fn push(&mut self, node: RawNode) -> Operand {
        self.nodes.push(node);
        Operand::Node(self.nodes.len() - 1)
    }

    /// Names the result in the printed tables (`y` unless set).
    ///
    /// ```
    /// let mut rec = autodiff_core::trace::Recorder::new();
    /// let y = rec.input("y", 1.0);
    /// rec.name_output("f");
    /// assert!(rec.finish(1.0, y).to_string().contains("f̄ = 1"));
    /// ```
    pub fn name_output(&mut self, name: &str) {
        self.output_name = Some(name.to_string());
    }

    /// Ends the recording: `value` is the function's result and `output` the
    /// operand that holds it. Computes every tangent and adjoint.
    ///
    /// ```
    /// use autodiff_core::trace::Recorder;
    /// let mut rec = Recorder::new();
    /// let x = rec.input("x", 2.0);
    /// let y = rec.op("*", &[x, x], 4.0, &[2.0, 2.0]);
    /// let trace = rec.finish(4.0, y);
    /// assert_eq!(trace.value(), 4.0);
    /// assert_eq!(trace.gradient(), vec![4.0]);
    /// ```
    pub fn finish(self, value: f64, output: Operand) -> Trace {
        let n_inputs = self.inputs.len();
        let index_of = |position: usize| -> isize {
            match self.inputs.iter().position(|&p| p == position) {
                Some(k) => k as isize + 1 - n_inputs as isize,
                None => (position - n_inputs) as isize + 1,
            }
        };
        let mut nodes: Vec<TraceNode> = self
            .nodes
            .iter()
            .enumerate()
            .map(|(position, raw)| TraceNode {
                index: index_of(position),
                op: raw.op,
                input_name: raw.name.clone(),
                operands: raw.operands.clone(),
                partials: raw.partials.clone(),
                value: raw.value,
                tangents: vec![0.0; n_inputs],
                adjoint: 0.0,
            })
            .collect();
        for (k, &position) in self.inputs.iter().enumerate() {
            nodes[position].tangents[k] = 1.0;
        }
        for position in 0..nodes.len() {
            for k in 0..n_inputs {
                let node = &nodes[position];
                let tangent: f64 = node
                    .operands
                    .iter()
                    .zip(&node.partials)
                    .map(|(o, p)| match o {
                        Operand::Node(j) => p * nodes[*j].tangents[k],
                        _ => 0.0,
                    })
                    .sum();
                if node.op != "input" {
                    nodes[position].tangents[k] = tangent;
                }
            }
        }
        let output_node = match output {
            Operand::Node(j) => Some(j),
            _ => None,
        };
        if let Some(j) = output_node {
            nodes[j].adjoint = 1.0;
        }
        for position in (0..nodes.len()).rev() {
            let adjoint = nodes[position].adjoint;
            let contributions: Vec<(usize, f64)> = nodes[position]
                .operands
                .iter()
                .zip(&nodes[position].partials)
                .filter_map(|(o, p)| match o {
                    Operand::Node(j) => Some((*j, adjoint * p)),
                    _ => None,
                })
                .collect();
            for (j, c) in contributions {
                nodes[j].adjoint += c;
            }
        }
        let gradient = self.inputs.iter().map(|&p| nodes[p].adjoint).collect();
        let output_tangents = match output_node {
            Some(j) => nodes[j].tangents.clone(),
            None => vec![0.0; n_inputs],
        };
        Trace {
            output_name: self.output_name.clone().unwrap_or_else(|| "y".into()),
            nodes,
            output: output_node,
            constant_output: match output {
                Operand::Const(c) => Some(c),
                _ => None,
            },
            value,
            gradient,
            output_tangents,
        }
    }
}

/// One line of the trace: an input or an elementary operation.
#[derive(Clone, Debug)]
pub struct TraceNode {
    /// Baydin's numbering: inputs are `v_{1-n} ..= v_0`, operations `v_1, v_2, ...`.
    pub index: isize,
    /// The operation's name (`"input"`, `"+"`, `"*"`, `"sin"`, ...).
    pub op: &'static str,
    /// The parameter name, for inputs.
    pub input_name: Option<String>,
    /// The arguments of the operation.
    pub operands: Vec<Operand>,
    /// The partial derivative of this node with respect to each operand.
    pub partials: Vec<f64>,
    /// The primal value.
    pub value: f64,
    /// The tangent for the seed of each active input in turn (input k set to 1, the others to 0).
    pub tangents: Vec<f64>,
    /// The adjoint for the output seed 1.
    pub adjoint: f64,
}

/// The evaluation trace of one call, returned by a generated `NAME_trace`.
///
/// Its `Display` prints the three tables of Baydin et al.: the forward primal
/// trace, the forward tangent trace (one per input seed), and the reverse
/// adjoint trace.
///
/// # Example
/// ```
/// use autodiff_core::trace::Recorder;
/// let mut rec = Recorder::new();
/// let x = rec.input("x", 2.0);
/// let y = rec.op("ln", &[x], 2.0f64.ln(), &[0.5]);
/// let trace = rec.finish(2.0f64.ln(), y);
/// assert_eq!(trace.nodes()[1].index, 1);
/// assert!(trace.to_string().contains("v1 = ln v0"));
/// ```
#[derive(Clone, Debug)]
pub struct Trace {
    output_name: String,
    nodes: Vec<TraceNode>,
    output: Option<usize>,
    constant_output: Option<f64>,
    value: f64,
    gradient: Vec<f64>,
    output_tangents: Vec<f64>,
}

impl Trace {
    /// The function's value.
    ///
    /// ```
    /// # use autodiff_core::trace::Recorder;
    /// let mut rec = Recorder::new();
    /// let x = rec.input("x", 2.0);
    /// assert_eq!(rec.finish(2.0, x).value(), 2.0);
    /// ```
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The adjoint of each input for the output seed 1: the gradient.
    ///
    /// ```
    /// # use autodiff_core::trace::Recorder;
    /// let mut rec = Recorder::new();
    /// let x = rec.input("x", 2.0);
    /// assert_eq!(rec.finish(2.0, x).gradient(), vec![1.0]);
    /// ```
    pub fn gradient(&self) -> Vec<f64> {
        self.gradient.clone()
    }

    /// The output's tangent for the seed of each input in turn: the gradient
    /// again, found by forward mode.
    ///
    /// ```
    /// # use autodiff_core::trace::Recorder;
    /// let mut rec = Recorder::new();
    /// let x = rec.input("x", 2.0);
    /// assert_eq!(rec.finish(2.0, x).output_tangents(), vec![1.0]);
    /// ```
    pub fn output_tangents(&self) -> Vec<f64> {
        self.output_tangents.clone()
    }

    /// Every recorded input and operation, in execution order.
    ///
    /// ```
    /// # use autodiff_core::trace::Recorder;
    /// let mut rec = Recorder::new();
    /// rec.input("x", 2.0);
    /// assert_eq!(rec.finish(2.0, Default::default()).nodes().len(), 1);
    /// ```
    pub fn nodes(&self) -> &[TraceNode] {
        &self.nodes
    }

    /// The node holding the result, if the result depends on an input.
    ///
    /// ```
    /// # use autodiff_core::trace::Recorder;
    /// let mut rec = Recorder::new();
    /// let x = rec.input("x", 2.0);
    /// assert_eq!(rec.finish(2.0, x).output().map(|n| n.index), Some(0));
    /// ```
    pub fn output(&self) -> Option<&TraceNode> {
        self.output.map(|j| &self.nodes[j])
    }

    fn name(&self, operand: &Operand, mark: &str) -> String {
        match operand {
            Operand::Node(j) => format!("v{}{}", mark, self.nodes[*j].index),
            Operand::Const(c) => number(*c),
            Operand::Unset => "?".into(),
        }
    }

    fn expression(&self, node: &TraceNode) -> String {
        let arg = |k: usize| self.name(&node.operands[k], "");
        let args = || {
            (0..node.operands.len())
                .map(arg)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (node.op, node.operands.len()) {
            ("input", _) => node.input_name.clone().unwrap_or_default(),
            ("+", 2) => format!("{} + {}", arg(0), arg(1)),
            ("-", 2) => format!("{} − {}", arg(0), arg(1)),
            ("*", 2) => format!("{} × {}", arg(0), arg(1)),
            ("/", 2) => format!("{} / {}", arg(0), arg(1)),
            ("neg", 1) => format!("−{}", arg(0)),
            ("powi" | "powf", 2) => format!("{}^{}", arg(0), arg(1)),
            ("mul_add", 3) => format!("{} × {} + {}", arg(0), arg(1), arg(2)),
            (op, 1) => format!("{} {}", op, arg(0)),
            (op, _) => format!("{}({})", op, args()),
        }
    }

    fn tangent_expression(&self, node: &TraceNode) -> String {
        let terms: Vec<String> = node
            .operands
            .iter()
            .zip(&node.partials)
            .filter(|(o, _)| matches!(o, Operand::Node(_)))
            .map(|(o, p)| format!("{} × {}", number(*p), self.name(o, "\u{307}")))
            .collect();
        if terms.is_empty() {
            "0".into()
        } else {
            terms.join(" + ")
        }
    }

    fn adjoint_expression(&self, position: usize) -> String {
        let mut terms = Vec::new();
        for consumer in &self.nodes[position + 1..] {
            for (o, p) in consumer.operands.iter().zip(&consumer.partials) {
                if *o == Operand::Node(position) {
                    terms.push(format!("v\u{304}{} × {}", consumer.index, number(*p)));
                }
            }
        }
        if Some(position) == self.output {
            terms.insert(0, marked(&self.output_name, '\u{304}'));
        }
        if terms.is_empty() {
            "0".into()
        } else {
            terms.join(" + ")
        }
    }
}

/// A number in at most five significant digits, without trailing zeros.
fn number(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return format!("{x}");
    }
    let digits = (4 - x.abs().log10().floor() as i32).clamp(0, 12) as usize;
    let s = format!("{x:.digits$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// `name` with a combining `mark` on its first letter: x1 → ẋ1.
fn marked(name: &str, mark: char) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => format!("{first}{mark}{}", chars.as_str()),
        None => String::new(),
    }
}

/// Width on screen: combining marks (the dot of v̇, the bar of v̄) take none.
fn width(s: &str) -> usize {
    s.chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .count()
}

fn pad(s: &str, to: usize) -> String {
    format!("{s}{}", " ".repeat(to.saturating_sub(width(s))))
}

struct Row(String, String, f64);

fn write_table(f: &mut fmt::Formatter<'_>, title: &str, rows: &[Row]) -> fmt::Result {
    let left = rows.iter().map(|r| width(&r.0)).max().unwrap_or(0);
    let middle = rows.iter().map(|r| width(&r.1)).max().unwrap_or(0);
    writeln!(f, "{title}")?;
    for Row(name, expr, value) in rows {
        writeln!(
            f,
            "  {} = {} = {}",
            pad(name, left),
            pad(expr, middle),
            number(*value)
        )?;
    }
    Ok(())
}

impl fmt::Display for Trace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inputs: Vec<&TraceNode> = self.nodes.iter().filter(|n| n.op == "input").collect();
        let input_name = |n: &TraceNode| n.input_name.clone().unwrap_or_default();

        let mut rows: Vec<Row> = self
            .nodes
            .iter()
            .map(|n| Row(format!("v{}", n.index), self.expression(n), n.value))
            .collect();
        rows.push(Row(
            self.output_name.clone(),
            self.output_operand(""),
            self.value,
        ));
        write_table(f, "Forward primal trace", &rows)?;

        for (k, seed) in inputs.iter().enumerate() {
            writeln!(f)?;
            let mut rows: Vec<Row> = self
                .nodes
                .iter()
                .map(|n| {
                    let expr = if n.op == "input" {
                        marked(&input_name(n), '\u{307}')
                    } else {
                        self.tangent_expression(n)
                    };
                    Row(format!("v\u{307}{}", n.index), expr, n.tangents[k])
                })
                .collect();
            rows.push(Row(
                marked(&self.output_name, '\u{307}'),
                self.output_operand("\u{307}"),
                self.output_tangents[k],
            ));
            let title = format!(
                "Forward tangent trace, seed {} = 1 (other inputs 0)",
                marked(&input_name(seed), '\u{307}')
            );
            write_table(f, &title, &rows)?;
        }

        writeln!(f)?;
        let mut rows: Vec<Row> = (0..self.nodes.len())
            .rev()
            .map(|j| {
                let n = &self.nodes[j];
                Row(
                    format!("v\u{304}{}", n.index),
                    self.adjoint_expression(j),
                    n.adjoint,
                )
            })
            .collect();
        for (n, g) in inputs.iter().zip(&self.gradient) {
            rows.push(Row(
                marked(&input_name(n), '\u{304}'),
                format!("v\u{304}{}", n.index),
                *g,
            ));
        }
        let title = format!(
            "Reverse adjoint trace, seed {} = 1",
            marked(&self.output_name, '\u{304}')
        );
        write_table(f, &title, &rows)
    }
}

impl Trace {
    fn output_operand(&self, mark: &str) -> String {
        match (self.output, self.constant_output) {
            (Some(j), _) => format!("v{}{}", mark, self.nodes[j].index),
            (None, Some(c)) if mark.is_empty() => number(c),
            _ => "0".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baydin() -> Trace {
        let (x1, x2) = (2.0f64, 5.0f64);
        let mut rec = Recorder::new();
        let a = rec.input("x1", x1);
        let b = rec.input("x2", x2);
        let v1 = rec.op("ln", &[a], x1.ln(), &[1.0 / x1]);
        let v2 = rec.op("*", &[a, b], x1 * x2, &[x2, x1]);
        let v3 = rec.op("sin", &[b], x2.sin(), &[x2.cos()]);
        let v4 = rec.op("+", &[v1, v2], x1.ln() + x1 * x2, &[1.0, 1.0]);
        let y = x1.ln() + x1 * x2 - x2.sin();
        let v5 = rec.op("-", &[v4, v3], y, &[1.0, -1.0]);
        rec.finish(y, v5)
    }

    #[test]
    fn baydin_numbering_and_derivatives() {
        let t = baydin();
        let indices: Vec<isize> = t.nodes().iter().map(|n| n.index).collect();
        assert_eq!(indices, vec![-1, 0, 1, 2, 3, 4, 5]);
        approx::assert_relative_eq!(t.gradient()[0], 5.5, epsilon = 1e-12);
        approx::assert_relative_eq!(t.gradient()[1], 2.0 - 5.0f64.cos(), epsilon = 1e-12);
        assert_eq!(t.gradient(), t.output_tangents());
    }

    #[test]
    fn display_prints_the_three_tables() {
        let text = baydin().to_string();
        assert!(text.contains("Forward primal trace"));
        assert!(text.contains("v2  = v-1 × v0"));
        assert!(text.contains("Forward tangent trace, seed x\u{307}1 = 1"));
        assert!(text.contains("Reverse adjoint trace"));
        assert!(text.contains("11.652"));
        assert!(text.contains("5.5"));
    }

    #[test]
    fn numbers_keep_five_significant_digits() {
        assert_eq!(number(11.65207), "11.652");
        assert_eq!(number(2.0), "2");
        assert_eq!(number(0.123456), "0.12346");
    }
}
