//! Helpers shared by the transforms.

use proc_macro2::{Ident, Span};

use crate::activity::Activity;
use crate::ir::*;
use crate::linearize::Linear;

/// A `let`, an assignment or a store into a buffer, as the transforms see it.
#[derive(Clone, Copy)]
pub struct Assignment<'a> {
    /// The variable, or the buffer stored into.
    pub var: VarId,
    pub value: Option<&'a Expr>,
    /// `let` (a new variable) rather than an assignment.
    pub declare: bool,
    /// Inside a loop body.
    pub in_loop: bool,
    /// For a [`Stmt::Store`]: its index (`None` for a push).
    pub store: Option<Option<&'a Expr>>,
}

impl Assignment<'_> {
    /// `let target = value;` or `target = value;`, as this assignment is.
    pub fn set(&self, target: VarId, value: Expr) -> Stmt {
        if self.declare {
            Stmt::Let {
                var: target,
                init: Some(value),
            }
        } else {
            Stmt::Assign { var: target, value }
        }
    }

    /// The statement unchanged.
    pub fn primal(&self) -> Stmt {
        if let Some(index) = self.store {
            return Stmt::Store {
                buffer: self.var,
                index: index.cloned(),
                value: self.value.cloned().unwrap_or(Expr::Default),
            };
        }
        if self.declare {
            Stmt::Let {
                var: self.var,
                init: self.value.cloned(),
            }
        } else {
            Stmt::Assign {
                var: self.var,
                value: self.value.cloned().unwrap_or(Expr::Default),
            }
        }
    }
}

/// Rebuilds `block` with every `let`, assignment and store replaced by what
/// `f` pushes, keeping all other statements and the control flow.
pub fn map_assignments(block: &Block, f: &mut impl FnMut(Assignment, &mut Vec<Stmt>)) -> Block {
    map_in(block, false, f)
}

fn map_in(block: &Block, in_loop: bool, f: &mut impl FnMut(Assignment, &mut Vec<Stmt>)) -> Block {
    let mut stmts = Vec::with_capacity(block.stmts.len());
    for stmt in &block.stmts {
        match stmt {
            Stmt::Let { var, init } => f(
                Assignment {
                    var: *var,
                    value: init.as_ref(),
                    declare: true,
                    in_loop,
                    store: None,
                },
                &mut stmts,
            ),
            Stmt::Store {
                buffer,
                index,
                value,
            } => f(
                Assignment {
                    var: *buffer,
                    value: Some(value),
                    declare: false,
                    in_loop,
                    store: Some(index.as_ref()),
                },
                &mut stmts,
            ),
            Stmt::Assign { var, value } => f(
                Assignment {
                    var: *var,
                    value: Some(value),
                    declare: false,
                    in_loop,
                    store: None,
                },
                &mut stmts,
            ),
            Stmt::If { cond, then, els } => stmts.push(Stmt::If {
                cond: cond.clone(),
                then: map_in(then, in_loop, f),
                els: els.as_ref().map(|b| map_in(b, in_loop, f)),
            }),
            Stmt::Match { scrutinee, arms } => stmts.push(Stmt::Match {
                scrutinee: scrutinee.clone(),
                arms: arms
                    .iter()
                    .map(|a| Arm {
                        pat: a.pat.clone(),
                        guard: a.guard.clone(),
                        body: map_in(&a.body, in_loop, f),
                    })
                    .collect(),
            }),
            Stmt::Loop(l) => stmts.push(Stmt::Loop(Loop {
                id: l.id,
                label: l.label.clone(),
                head: l.head.clone(),
                body: map_in(&l.body, true, f),
            })),
            Stmt::Block(b) => stmts.push(Stmt::Block(map_in(b, in_loop, f))),
            other => stmts.push(other.clone()),
        }
    }
    Block { stmts }
}

/// `let leaf = ...;` for the passive leaves and `let node = ...;` for the
/// nodes of a linearized statement: its primal value in three-address form.
pub fn push_primal_nodes(linear: &Linear, stmts: &mut Vec<Stmt>) {
    for leaf in &linear.leaves {
        stmts.push(Stmt::Let {
            var: leaf.var,
            init: Some(leaf.value.clone()),
        });
    }
    for node in &linear.nodes {
        stmts.push(Stmt::Let {
            var: node.var,
            init: Some(node.expr()),
        });
    }
}

/// The extra arguments of a companion call: for each argument that is an
/// active variable, `derived(variable)` (its tangent or its operand), and
/// `Default::default()` for the others (a zero tangent, an unknown operand, or
/// `()` where the callee's parameter is not a float).
pub fn derived_args(
    func: &mut Function,
    call: &Call,
    activity: &Activity,
    mut derived: impl FnMut(&mut Function, VarId) -> VarId,
) -> Vec<Expr> {
    call.args
        .iter()
        .map(|arg| match arg_var(arg) {
            Some(v) if activity.is_active(v) && func.is_buffer(v) => {
                Expr::LendTangent(derived(func, v))
            }
            Some(v) if activity.is_active(v) => Expr::Var(derived(func, v)),
            _ => Expr::Default,
        })
        .collect()
}

/// The variable a call argument passes: `v`, or `&v` of a vector.
pub fn arg_var(arg: &Expr) -> Option<VarId> {
    match arg {
        Expr::Var(v) | Expr::LendTangent(v) => Some(*v),
        Expr::Unary(UnOp::Ref, a) => match &**a {
            Expr::Var(v) => Some(*v),
            _ => None,
        },
        _ => None,
    }
}

/// `Some((vector, index))` if `e` reads an element of an active vector
/// parameter: `vector[index]`. Normalization makes such reads whole
/// right-hand sides of their own.
pub fn element_read<'e>(
    func: &Function,
    activity: &Activity,
    e: &'e Expr,
) -> Option<(VarId, &'e Expr)> {
    match e {
        Expr::Index(base, index) => match &**base {
            Expr::Var(v) if func.is_vector(*v) && activity.is_active(*v) => Some((*v, index)),
            _ => None,
        },
        _ => None,
    }
}

/// `let k = index;` for a fresh temporary `k`, pushed to `stmts`; returns
/// `k`, through which every transform reads the element (see [`element`]).
pub fn bind_index(func: &mut Function, index: &Expr, stmts: &mut Vec<Stmt>) -> VarId {
    let k = temp(func, "k");
    stmts.push(Stmt::Let {
        var: k,
        init: Some(index.clone()),
    });
    k
}

/// `vector[k]`.
pub fn element(vector: VarId, k: VarId) -> Expr {
    Expr::Index(Box::new(Expr::Var(vector)), Box::new(Expr::Var(k)))
}

/// A fresh temporary.
pub fn temp(func: &mut Function, prefix: &str) -> VarId {
    let ident = Ident::new(
        &format!("__autodiff_{prefix}{}", func.vars.len()),
        Span::mixed_site(),
    );
    func.new_var(ident, VarKind::Temp, false, None)
}

/// The active float type as a syn type.
pub fn scalar_type(scalar: FloatTy) -> syn::Type {
    match scalar {
        FloatTy::F64 => syn::parse_quote!(f64),
        FloatTy::F32 => syn::parse_quote!(f32),
    }
}
