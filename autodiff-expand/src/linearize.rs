//! The local derivative of one statement.
//!
//! An active right-hand side is a tree of arithmetic and rules over leaves.
//! [`linearize`] splits it into three-address nodes (`t1 = 4.0 * l`,
//! `t2 = 1.0 - l`, `t3 = t1 * t2`) and runs a local reverse sweep over them
//! with seed 1, which gives the partial derivative of the statement with
//! respect to each active variable it reads (`4.0 * t2 - t1` for `l`).
//!
//! Both modes then use these partials (statement-level preaccumulation): the
//! tangent is `Σ partial · tangent(leaf)` and each leaf's adjoint grows by
//! `adjoint(target) · partial`. The partials depend only on primal values, so
//! the chain of dependent operations through the derivative is one multiply
//! and add per statement, which is what makes the generated loops as fast as
//! hand-written ones.

use proc_macro2::{Ident, Span};
use std::collections::HashMap;

use crate::activity::Activity;
use crate::ir::build::*;
use crate::ir::*;
use crate::lower::float_type;
use crate::rules::{self, ArgKind, RuleDef};

/// The operation of a node.
#[derive(Clone, Copy, Debug)]
pub enum NodeOp {
    Binary(BinOp),
    Neg,
    Rule(&'static RuleDef),
    /// `if c { a } else { b }` with a passive condition `c` (first argument):
    /// rules build these, so they appear when a tangent program is
    /// differentiated again.
    Select,
}

/// `var = op(args)`, with arguments that are atoms (variables or constants).
#[derive(Clone, Debug)]
pub struct Node {
    pub var: VarId,
    pub op: NodeOp,
    pub args: Vec<Expr>,
    level: usize,
}

impl Node {
    /// The node's value as an expression of its arguments.
    pub fn expr(&self) -> Expr {
        match self.op {
            NodeOp::Binary(op) => binary(op, self.args[0].clone(), self.args[1].clone()),
            NodeOp::Neg => Expr::Unary(UnOp::Neg, Box::new(self.args[0].clone())),
            NodeOp::Rule(rule) => Expr::Rule(rule, self.args.clone()),
            NodeOp::Select => select(
                self.args[0].clone(),
                self.args[1].clone(),
                self.args[2].clone(),
            ),
        }
    }

    /// The partial derivative with respect to each argument (`None` where
    /// the argument is an integer).
    pub fn local_partials(&self) -> Vec<Option<Expr>> {
        let result = Expr::Var(self.var);
        match self.op {
            NodeOp::Binary(op) => {
                rules::arithmetic_partials(op, &self.args[0], &self.args[1], &result)
                    .into_iter()
                    .map(Some)
                    .collect()
            }
            NodeOp::Neg => vec![Some(float(-1.0))],
            NodeOp::Rule(rule) => (rule.partials)(&self.args, &result),
            NodeOp::Select => {
                let c = &self.args[0];
                vec![
                    None,
                    Some(select(c.clone(), float(1.0), float(0.0))),
                    Some(select(c.clone(), float(0.0), float(1.0))),
                ]
            }
        }
    }

    /// The trace's name for the operation.
    pub fn name(&self) -> &'static str {
        match self.op {
            NodeOp::Binary(BinOp::Add) => "+",
            NodeOp::Binary(BinOp::Sub) => "-",
            NodeOp::Binary(BinOp::Mul) => "*",
            NodeOp::Binary(BinOp::Div) => "/",
            NodeOp::Binary(_) => "%",
            NodeOp::Neg => "neg",
            NodeOp::Rule(rule) => rule.name,
            NodeOp::Select => "select",
        }
    }

    /// Worth recording in the forward sweep rather than recomputing.
    pub fn expensive(&self) -> bool {
        matches!(self.op, NodeOp::Rule(rule) if rule.expensive)
    }
}

/// A passive sub-expression that reads variables, bound to a temporary.
#[derive(Clone, Debug)]
pub struct Leaf {
    pub var: VarId,
    pub value: Expr,
    pub kind: LeafKind,
}

/// What a passive operand is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeafKind {
    /// A float operand, read into the active float type.
    Float,
    /// An integer operand of a rule (`powi`'s exponent), read as `i32`.
    Int,
    /// The condition of a select.
    Bool,
}

/// Variables with their values: `let var = value;` in order.
pub type Bindings = Vec<(VarId, Expr)>;

/// One statement, linearized.
#[derive(Clone, Debug)]
pub struct Linear {
    /// Passive sub-expressions, evaluated before the nodes.
    pub leaves: Vec<Leaf>,
    /// Three-address nodes, in an order where each comes after its arguments.
    pub nodes: Vec<Node>,
    /// The statement's value: a node, a variable or a constant.
    pub root: Expr,
    /// Intermediate adjoints of the local sweep: `let var = value;`.
    pub adjoints: Bindings,
    /// The partial derivative with respect to each active variable read.
    pub partials: Bindings,
}

/// Whether `e` is a constant: literals and paths to constants, combined.
pub fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::Lit(_) | Expr::ScalarConst(_) => true,
        Expr::Host(h) => {
            h.reads.is_empty() && !h.local_items && matches!(h.expr, syn::Expr::Path(_))
        }
        Expr::Unary(_, a) | Expr::Cast(a, _) | Expr::CastScalar(a) | Expr::Ascribe(a, _) => {
            is_constant(a)
        }
        Expr::Binary(_, a, b) => is_constant(a) && is_constant(b),
        _ => false,
    }
}

/// The literal `f` with the suffix of the active float type (`2.` becomes
/// `2f64`), or `None` if its value is not a finite number of that type.
fn typed_literal(f: &syn::LitFloat, scalar: FloatTy) -> Option<Expr> {
    let mut literal = match scalar {
        FloatTy::F64 => proc_macro2::Literal::f64_suffixed(
            f.base10_parse::<f64>().ok().filter(|v| v.is_finite())?,
        ),
        FloatTy::F32 => proc_macro2::Literal::f32_suffixed(
            f.base10_parse::<f32>().ok().filter(|v| v.is_finite())?,
        ),
    };
    literal.set_span(f.span());
    Some(Expr::Lit(syn::Lit::Float(syn::LitFloat::from(literal))))
}

/// Whether the float literal `f` has the suffix of `scalar`.
fn of_type(f: &syn::LitFloat, scalar: FloatTy) -> bool {
    matches!(
        (scalar, f.suffix()),
        (FloatTy::F64, "f64") | (FloatTy::F32, "f32")
    )
}

/// Splits the active expression `e` into nodes and computes its partials.
/// New temporaries are added to `func`.
pub fn linearize(func: &mut Function, activity: &Activity, e: &Expr) -> Linear {
    let mut l = Linearizer {
        func,
        activity,
        leaves: Vec::new(),
        nodes: Vec::new(),
    };
    let root = l.walk(e);
    let Linearizer {
        func,
        leaves,
        mut nodes,
        ..
    } = l;
    nodes.sort_by_key(|n| n.level);
    let (adjoints, partials) = local_reverse(func, activity, &nodes, &root);
    Linear {
        leaves,
        nodes,
        root,
        adjoints,
        partials,
    }
}

struct Linearizer<'a> {
    func: &'a mut Function,
    activity: &'a Activity,
    leaves: Vec<Leaf>,
    nodes: Vec<Node>,
}

impl Linearizer<'_> {
    fn temp(&mut self, prefix: &str) -> VarId {
        let ident = Ident::new(
            &format!("__autodiff_{prefix}{}", self.func.vars.len()),
            Span::mixed_site(),
        );
        self.func.new_var(ident, VarKind::Temp, false, None)
    }

    fn level(&self, atom: &Expr) -> usize {
        match atom {
            Expr::Var(v) => self
                .nodes
                .iter()
                .find(|n| n.var == *v)
                .map_or(0, |n| n.level),
            _ => 0,
        }
    }

    fn node(&mut self, op: NodeOp, args: Vec<Expr>) -> Expr {
        let level = 1 + args.iter().map(|a| self.level(a)).max().unwrap_or(0);
        let var = self.temp("n");
        self.nodes.push(Node {
            var,
            op,
            args,
            level,
        });
        Expr::Var(var)
    }

    /// The atom for a passive operand, of the active float type (or `i32`
    /// for an integer operand) whatever the operand's own type (`&f64` for
    /// instance): a float literal gets the type's suffix, a variable is read
    /// through [`Expr::Convert`], anything else is bound to a temporary.
    fn leaf(&mut self, e: &Expr, kind: LeafKind) -> Expr {
        let integer = kind == LeafKind::Int;
        let convert = |value: Expr| match kind {
            LeafKind::Bool => value,
            _ => Expr::Convert {
                value: Box::new(value),
                integer,
            },
        };
        match e {
            _ if kind == LeafKind::Bool => {}
            Expr::Lit(syn::Lit::Float(f)) if !integer && f.suffix().is_empty() => {
                if let Some(typed) = typed_literal(f, self.func.scalar) {
                    return typed;
                }
            }
            // Already of the active type (the tangent code's literals, which
            // the second order linearizes again): no conversion, which in a
            // debug build would be a call.
            Expr::Lit(syn::Lit::Float(f)) if !integer && of_type(f, self.func.scalar) => {
                return e.clone()
            }
            Expr::Lit(_) if integer => return e.clone(),
            Expr::Var(v) if !integer && self.func.var(*v).kind != VarKind::Bound => {
                return convert(e.clone())
            }
            _ if is_constant(e) => return convert(e.clone()),
            _ => {}
        }
        let var = self.temp("p");
        self.leaves.push(Leaf {
            var,
            value: convert(e.clone()),
            kind,
        });
        Expr::Var(var)
    }

    /// The atom holding `e`'s value, adding nodes and leaves as needed.
    fn walk(&mut self, e: &Expr) -> Expr {
        if !self.activity.expr_active(e) {
            return self.leaf(e, LeafKind::Float);
        }
        match e {
            Expr::Var(_) => e.clone(),
            Expr::Unary(UnOp::Neg, a) => {
                let a = self.walk(a);
                self.node(NodeOp::Neg, vec![a])
            }
            Expr::Binary(op, a, b) => {
                let a = self.walk(a);
                let b = self.walk(b);
                self.node(NodeOp::Binary(*op), vec![a, b])
            }
            Expr::Cast(a, ty) if float_type(ty).is_some() => self.walk(a),
            Expr::Barrier(a) | Expr::Ascribe(a, _) => self.walk(a),
            Expr::Select(c, a, b) => {
                let c = self.leaf(c, LeafKind::Bool);
                let (a, b) = (self.walk(a), self.walk(b));
                self.node(NodeOp::Select, vec![c, a, b])
            }
            Expr::Rule(rule, args) => {
                let args = args
                    .iter()
                    .zip(rule.args)
                    .map(|(a, kind)| match kind {
                        ArgKind::Float => self.walk(a),
                        ArgKind::Int => self.leaf(a, LeafKind::Int),
                    })
                    .collect();
                self.node(NodeOp::Rule(rule), args)
            }
            _ => self.leaf(&internal_error(), LeafKind::Float),
        }
    }
}

/// The local reverse sweep with seed 1 over `nodes`: intermediate adjoints
/// bound to temporaries, and the partial with respect to each active leaf.
fn local_reverse(
    func: &mut Function,
    activity: &Activity,
    nodes: &[Node],
    root: &Expr,
) -> (Bindings, Bindings) {
    let is_node = |v: VarId| nodes.iter().any(|n| n.var == v);
    let mut adjoint: HashMap<VarId, Expr> = HashMap::new();
    let mut leaf_order: Vec<VarId> = Vec::new();
    let mut bound = Vec::new();
    match root {
        Expr::Var(v) if is_node(*v) || activity.is_active(*v) => {
            adjoint.insert(*v, float(1.0));
            if !is_node(*v) {
                leaf_order.push(*v);
            }
        }
        _ => return (bound, Vec::new()),
    }
    for node in nodes.iter().rev() {
        let Some(mut seed) = adjoint.remove(&node.var) else {
            continue;
        };
        let partials = node.local_partials();
        let fan_out = node
            .args
            .iter()
            .zip(&partials)
            .filter(|(a, p)| {
                p.is_some() && matches!(a, Expr::Var(v) if is_node(*v) || activity.is_active(*v))
            })
            .count();
        let mut reads = false;
        seed.for_each_read(&mut |_| reads = true);
        // A seed shared by several operands is bound once, unless it is a
        // variable or a constant (a bound constant would be recorded on the
        // tape by a sweep over this code, second order).
        if fan_out > 1 && reads && !matches!(seed, Expr::Var(_)) {
            let ident = Ident::new(
                &format!("__autodiff_a{}", func.vars.len()),
                Span::mixed_site(),
            );
            let var = func.new_var(ident, VarKind::Temp, false, None);
            bound.push((var, seed));
            seed = Expr::Var(var);
        }
        for (arg, partial) in node.args.iter().zip(partials) {
            let (Expr::Var(v), Some(partial)) = (arg, partial) else {
                continue;
            };
            if !is_node(*v) && !activity.is_active(*v) {
                continue;
            }
            if !is_node(*v) && !leaf_order.contains(v) {
                leaf_order.push(*v);
            }
            let contribution = mul(seed.clone(), partial);
            let total = match adjoint.remove(v) {
                Some(previous) => add(previous, contribution),
                None => contribution,
            };
            adjoint.insert(*v, total);
        }
    }
    let partials = leaf_order
        .into_iter()
        .map(|v| (v, adjoint.remove(&v).unwrap_or_else(|| float(0.0))))
        .collect();
    (bound, partials)
}

/// An active operand the earlier stages should have rewritten or rejected:
/// a compile error in the generated code rather than a derivative that
/// silently treats it as a constant.
fn internal_error() -> Expr {
    Expr::Host(HostExpr {
        expr: syn::parse_quote!(::core::compile_error!(
            "#[differentiate] internal error: an active operand reached the derivative rules \\
             unrewritten; please report this function"
        )),
        reads: Vec::new(),
        writes: Vec::new(),
        local_items: false,
    })
}
