//! Stage 4c: the evaluation trace. Rewrites the function so that it reports
//! each elementary operation, with its value and local partials, to a
//! recorder.
//!
//! Before: `let y = x1.ln() + x1 * x2;`
//! After:
//! ```text
//! let n1 = x1.ln(); let o1 = rec.op("ln", &[ox1], n1, &[1.0 / x1]);
//! let n2 = x1 * x2; let o2 = rec.op("*", &[ox1, ox2], n2, &[x2, x1]);
//! let n3 = n1 + n2; let o3 = rec.op("+", &[o1, o2], n3, &[1.0, 1.0]);
//! let oy = o3; let y = n3;
//! ```
//! Each active variable `v` carries its operand `ov`: the recorded node that
//! holds its current value, or a constant.

use std::collections::HashMap;

use crate::activity::Activity;
use crate::ir::build::*;
use crate::ir::*;
use crate::linearize::linearize;
use crate::transform::{
    bind_index, derived_args, element, element_read, map_assignments, push_primal_nodes, Assignment,
};

/// The recording program and the operand parameter of each parameter.
pub struct TraceFn {
    pub func: Function,
    pub param_operands: Vec<Option<VarId>>,
}

pub fn trace(func: &Function, activity: &Activity) -> TraceFn {
    let mut out = func.clone();
    let mut operands = Operands::default();
    let param_operands: Vec<Option<VarId>> = func
        .params
        .iter()
        .map(|p| {
            activity
                .is_active(p.var)
                .then(|| operands.of(&mut out, p.var))
        })
        .collect();
    let output = func.outputs[0];
    let o_output = operands.of(&mut out, output);
    let mut stmts = Vec::new();
    if !activity.is_active(output) {
        stmts.push(Stmt::Let {
            var: o_output,
            init: Some(Expr::Default),
        });
    }
    for (p, o) in func.params.iter().zip(&param_operands) {
        if let (Some(o), false) = (o, func.is_vector(p.var)) {
            let value = Expr::Cast(Box::new(Expr::Var(p.var)), Box::new(syn::parse_quote!(f64)));
            let or_const = proc_macro2::Ident::new("or_const", proc_macro2::Span::call_site());
            stmts.push(Stmt::Assign {
                var: *o,
                value: Expr::Method(Box::new(Expr::Var(*o)), or_const, vec![value]),
            });
        }
    }
    let body = map_assignments(&func.body, &mut |a, stmts| {
        transform(&mut out, activity, &mut operands, a, stmts);
    });
    stmts.extend(body.stmts);
    out.body = Block { stmts };
    out.outputs = vec![output, o_output];
    TraceFn {
        func: out,
        param_operands,
    }
}

#[derive(Default)]
struct Operands {
    of: HashMap<VarId, VarId>,
}

impl Operands {
    fn of(&mut self, func: &mut Function, v: VarId) -> VarId {
        *self.of.entry(v).or_insert_with(|| {
            let ident = proc_macro2::Ident::new(
                &format!("__autodiff_o{}", v.0),
                proc_macro2::Span::mixed_site(),
            );
            func.new_var(
                ident,
                VarKind::Derived,
                true,
                Some(crate::paths::operand_type()),
            )
        })
    }
}

fn constant_operand(e: &Expr) -> Expr {
    Expr::TraceConst(Box::new(e.clone()))
}

fn transform(
    func: &mut Function,
    activity: &Activity,
    operands: &mut Operands,
    a: Assignment,
    stmts: &mut Vec<Stmt>,
) {
    let Assignment { var, value, .. } = a;
    if !activity.is_active(var) {
        stmts.push(a.primal());
        return;
    }
    let o_var = operands.of(func, var);
    if let Some((vector, index)) = value.and_then(|e| element_read(func, activity, e)) {
        // `ov = o_vector.at(k).or_const(vector[k] as f64)`: the element's input
        // node, or a constant where the caller passed none.
        let k = bind_index(func, index, stmts);
        let o_vector = operands.of(func, vector);
        let or_const = proc_macro2::Ident::new("or_const", proc_macro2::Span::call_site());
        let value = Expr::Cast(
            Box::new(element(vector, k)),
            Box::new(syn::parse_quote!(f64)),
        );
        let operand = Expr::Method(Box::new(element(o_vector, k)), or_const, vec![value]);
        stmts.push(a.set(o_var, operand));
        stmts.push(a.set(var, element(vector, k)));
        return;
    }
    match value {
        None => {
            stmts.push(Stmt::Let { var, init: None });
            stmts.push(Stmt::Let {
                var: o_var,
                init: Some(Expr::Default),
            });
        }
        Some(Expr::Call(call)) if call.args.iter().any(|a| activity.expr_active(a)) => {
            let arg_operands = derived_args(func, call, activity, |f, v| operands.of(f, v));
            let value_temp = crate::transform::temp(func, "v");
            let operand_temp = crate::transform::temp(func, "ov");
            stmts.push(call_pair(
                value_temp,
                operand_temp,
                call,
                CallVariant::Trace,
                arg_operands,
            ));
            stmts.push(a.set(o_var, Expr::Var(operand_temp)));
            stmts.push(a.set(var, Expr::Var(value_temp)));
        }
        Some(e) if !activity.expr_active(e) => {
            stmts.push(a.set(o_var, constant_operand(e)));
            stmts.push(a.set(var, e.clone()));
        }
        Some(e) => {
            let linear = linearize(func, activity, e);
            push_primal_nodes(&linear, stmts);
            let mut node_operands: HashMap<VarId, VarId> = HashMap::new();
            let operand_of = |atom: &Expr,
                              node_operands: &HashMap<VarId, VarId>,
                              operands: &mut Operands,
                              func: &mut Function| match atom {
                Expr::Var(v) if node_operands.contains_key(v) => Expr::Var(node_operands[v]),
                Expr::Var(v) if activity.is_active(*v) => Expr::Var(operands.of(func, *v)),
                other => constant_operand(other),
            };
            for node in &linear.nodes {
                let args = node
                    .args
                    .iter()
                    .map(|a| operand_of(a, &node_operands, operands, func))
                    .collect();
                let partials = node
                    .local_partials()
                    .into_iter()
                    .map(|p| p.unwrap_or_else(|| float(0.0)))
                    .collect();
                let operand = operands.of(func, node.var);
                node_operands.insert(node.var, operand);
                stmts.push(Stmt::TraceOp(TraceOp {
                    operand,
                    op: node.name(),
                    args,
                    value: Expr::Var(node.var),
                    partials,
                }));
            }
            let root_operand = operand_of(&linear.root, &node_operands, operands, func);
            stmts.push(a.set(o_var, root_operand));
            stmts.push(a.set(var, linear.root.clone()));
        }
    }
}
