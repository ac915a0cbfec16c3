//! Stage 4a: forward mode. Rewrites the function into its tangent program.
//!
//! Before: `l = 4.0 * l * (1.0 - l);` (l active)
//! After:
//! ```text
//! let n1 = 4.0 * l; let n2 = 1.0 - l; let n3 = n1 * n2;
//! dl = (4.0 * n2 - n1) * dl;
//! l = n3;
//! ```
//! Control flow is kept as it is; calls of differentiated functions become
//! calls of their tangent programs. The result is IR again, so that reverse
//! mode can later be applied to it (second order).

use crate::activity::Activity;
use crate::ir::build::*;
use crate::ir::*;
use crate::linearize::linearize;
use crate::transform::{
    bind_index, derived_args, element, element_read, map_assignments, Assignment,
};
use syn::ext::IdentExt;

/// The tangent program and where its tangents live.
pub struct Jvp {
    pub func: Function,
    /// The tangent parameter of each parameter (for active ones).
    pub param_tangents: Vec<Option<VarId>>,
}

/// The tangent program of `func` (normalized) under `activity`.
pub fn jvp(func: &Function, activity: &Activity) -> Jvp {
    let mut out = func.clone();
    let mut tangents = Tangents::default();
    let param_tangents = func
        .params
        .iter()
        .map(|p| {
            activity
                .is_active(p.var)
                .then(|| tangents.of(&mut out, p.var))
        })
        .collect();
    let output = func.outputs[0];
    let d_output = tangents.of(&mut out, output);
    let calls = func.body.stmts.iter().any(calls);
    let body = map_assignments(&func.body, &mut |a, stmts| {
        transform(&mut out, activity, &mut tangents, a, calls, stmts);
    });
    let mut stmts = Vec::new();
    if !activity.is_active(output) {
        let zero = (!func.is_buffer(output)).then(|| float(0.0));
        stmts.push(Stmt::Let {
            var: d_output,
            init: zero,
        });
    }
    stmts.extend(body.stmts);
    out.body = Block { stmts };
    out.outputs = vec![output, d_output];
    Jvp {
        func: out,
        param_tangents,
    }
}

#[derive(Default)]
struct Tangents {
    of: std::collections::HashMap<VarId, VarId>,
}

impl Tangents {
    /// The tangent of `v`: a float, or for a buffer a buffer of its shape.
    fn of(&mut self, func: &mut Function, v: VarId) -> VarId {
        *self.of.entry(v).or_insert_with(|| {
            let name = format!("__autodiff_d{}_{}", v.0, func.var(v).ident.unraw());
            let ident = proc_macro2::Ident::new(&name, proc_macro2::Span::mixed_site());
            if func.is_buffer(v) {
                let d = func.new_var(ident, VarKind::Derived, true, None);
                func.buffers.push(d);
                return d;
            }
            let ty = crate::transform::scalar_type(func.scalar);
            func.new_var(ident, VarKind::Derived, true, Some(ty))
        })
    }

    /// The tangent of operand `e`: its variable's tangent if it is active,
    /// else zero.
    fn of_operand(&mut self, func: &mut Function, activity: &Activity, e: &Expr) -> Expr {
        match e {
            Expr::Var(v) if activity.is_active(*v) => Expr::Var(self.of(func, *v)),
            _ => float(0.0),
        }
    }
}

/// The tangent program of a statement that writes a buffer: a store, a
/// creation, a move. The tangent buffer follows the primal one element by
/// element.
fn buffer_write(
    func: &mut Function,
    activity: &Activity,
    tangents: &mut Tangents,
    a: Assignment,
    stmts: &mut Vec<Stmt>,
) {
    let var = a.var;
    let dvar = tangents.of(func, var);
    let value = a.value.cloned();
    if let Some(index) = a.store {
        let index = index.map(|k| Expr::Var(bind_index(func, k, stmts)));
        let value = value.unwrap_or(Expr::Default);
        let tangent = tangents.of_operand(func, activity, &value);
        stmts.push(Stmt::Store {
            buffer: dvar,
            index: index.clone(),
            value: tangent,
        });
        stmts.push(Stmt::Store {
            buffer: var,
            index,
            value,
        });
        return;
    }
    if let Some(Expr::Call(call)) = &value {
        if call.args.iter().any(|e| activity.expr_active(e)) {
            return vector_call(func, activity, tangents, a, call, stmts);
        }
    }
    let tangent = match &value {
        None => None,
        Some(Expr::Var(b)) if activity.is_active(*b) => Some(Expr::Var(tangents.of(func, *b))),
        Some(Expr::NewBuffer(b)) => Some(match &**b {
            NewBuffer::Repeat { fill, len, array } => NewBuffer::Repeat {
                fill: tangents.of_operand(func, activity, fill),
                len: if *array { len.clone() } else { build::len(var) },
                array: *array,
            },
            NewBuffer::List { elems, ctor } => NewBuffer::List {
                elems: elems
                    .iter()
                    .map(|e| tangents.of_operand(func, activity, e))
                    .collect(),
                ctor: ctor.clone(),
            },
            _ => NewBuffer::ZerosLike(var),
        })
        .map(|b| Expr::NewBuffer(Box::new(b))),
        Some(_) => Some(Expr::NewBuffer(Box::new(NewBuffer::ZerosLike(var)))),
    };
    stmts.push(a.primal());
    stmts.push(match tangent {
        Some(t) => a.set(dvar, t),
        None => Stmt::Let {
            var: dvar,
            init: None,
        },
    });
}

/// `v = g(..)` for a function `g` with a vector result: its tangent program
/// returns the value and the tangent vector.
fn vector_call(
    func: &mut Function,
    activity: &Activity,
    tangents: &mut Tangents,
    a: Assignment,
    call: &Call,
    stmts: &mut Vec<Stmt>,
) {
    let dvar = tangents.of(func, a.var);
    let arg_tangents = derived_args(func, call, activity, |f, v| tangents.of(f, v));
    if a.declare {
        stmts.push(call_pair(a.var, dvar, call, CallVariant::Jvp, arg_tangents));
        return;
    }
    let (value_temp, tangent_temp) = jvp_into_temps(func, call, arg_tangents, stmts);
    func.buffers.extend([value_temp, tangent_temp]);
    stmts.push(a.set(dvar, Expr::Var(tangent_temp)));
    stmts.push(a.set(a.var, Expr::Var(value_temp)));
}

/// `let (v, dv) = g__jvp(..);` into two fresh temporaries, which it returns.
fn jvp_into_temps(
    func: &mut Function,
    call: &Call,
    arg_tangents: Vec<Expr>,
    stmts: &mut Vec<Stmt>,
) -> (VarId, VarId) {
    let value_temp = crate::transform::temp(func, "v");
    let tangent_temp = crate::transform::temp(func, "dv");
    stmts.push(call_pair(
        value_temp,
        tangent_temp,
        call,
        CallVariant::Jvp,
        arg_tangents,
    ));
    (value_temp, tangent_temp)
}

/// Where the tangent program needs value barriers (see
/// `autodiff_core::barrier`): LLVM's SLP vectorizer packs a primal value
/// and its tangent into one register when their updates look alike, which puts
/// shuffles on the primal's dependency chain. Measured cures: the tangent of a
/// variable updated in a loop (the logistic map's tangent loop went from 1.7x
/// to 1.2x the primal), and both results of the function (a recursion's tangent
/// went from 1.45x to 0.75x). And the tangent of a variable reassigned in
/// a function that calls a user function: in a recursion, the packed pair
/// then lives across the recursive call, and its spill takes a 16-byte slot
/// per scalar (the `_jvp` of `examples/recursion`'s `reassigned` went from
/// 80 to 48 bytes of stack per level).
fn barriers(a: &Assignment, output: VarId, calls: bool) -> (bool, bool) {
    let is_output = a.var == output;
    (is_output, is_output || ((a.in_loop || calls) && !a.declare))
}

fn opaque_if(wrap: bool, e: Expr) -> Expr {
    if wrap {
        Expr::Barrier(Box::new(e))
    } else {
        e
    }
}

fn transform(
    func: &mut Function,
    activity: &Activity,
    tangents: &mut Tangents,
    a: Assignment,
    calls: bool,
    stmts: &mut Vec<Stmt>,
) {
    let Assignment {
        var,
        value,
        declare,
        ..
    } = a;
    if !activity.is_active(var) {
        stmts.push(a.primal());
        if var == func.outputs[0] && func.is_buffer(var) && value.is_some() {
            stmts.push(Stmt::Assign {
                var: tangents.of(func, var),
                value: Expr::NewBuffer(Box::new(NewBuffer::ZerosLike(var))),
            });
        }
        return;
    }
    if func.is_buffer(var) {
        return buffer_write(func, activity, tangents, a, stmts);
    }
    let dvar = tangents.of(func, var);
    let (value_barrier, tangent_barrier) = barriers(&a, func.outputs[0], calls);
    let set = |value: Expr, tangent: Expr, stmts: &mut Vec<Stmt>| {
        stmts.push(a.set(dvar, opaque_if(tangent_barrier, tangent)));
        stmts.push(a.set(var, opaque_if(value_barrier, value)));
    };
    if let Some((vector, index)) = value.and_then(|e| element_read(func, activity, e)) {
        let k = bind_index(func, index, stmts);
        let d_vector = tangents.of(func, vector);
        // A load needs no barrier, and reverse mode over this program (second
        // order) must see the element read as it is.
        stmts.push(a.set(dvar, element(d_vector, k)));
        stmts.push(a.set(var, element(vector, k)));
        return;
    }
    match value {
        None => {
            stmts.push(Stmt::Let { var, init: None });
            stmts.push(Stmt::Let {
                var: dvar,
                init: Some(float(0.0)),
            });
        }
        Some(Expr::Call(call)) if call.args.iter().any(|a| activity.expr_active(a)) => {
            let arg_tangents = derived_args(func, call, activity, |f, v| tangents.of(f, v));
            if declare && !value_barrier && !tangent_barrier {
                stmts.push(call_pair(var, dvar, call, CallVariant::Jvp, arg_tangents));
                return;
            }
            let (value_temp, tangent_temp) = jvp_into_temps(func, call, arg_tangents, stmts);
            set(Expr::Var(value_temp), Expr::Var(tangent_temp), stmts);
        }
        Some(e) if !activity.expr_active(e) => set(e.clone(), float(0.0), stmts),
        Some(e) => {
            let linear = linearize(func, activity, e);
            crate::transform::push_primal_nodes(&linear, stmts);
            for (v, adjoint) in &linear.adjoints {
                stmts.push(Stmt::Let {
                    var: *v,
                    init: Some(adjoint.clone()),
                });
            }
            let tangent = linear
                .partials
                .iter()
                .map(|(leaf, partial)| mul(partial.clone(), Expr::Var(tangents.of(func, *leaf))))
                .reduce(add)
                .unwrap_or_else(|| float(0.0));
            set(linear.root.clone(), tangent, stmts);
        }
    }
}
