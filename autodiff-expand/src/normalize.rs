//! Stage 3: after activity analysis, give every active call and every read
//! of an element of an active vector its own statement, and make the active
//! values stored into a buffer (or listed in its creation) variables.
//!
//! Before: `let y = 2.0 * g(x * x) + 1.0;` (x active)
//! After:  `let t1 = x * x; let t2 = g(t1); let y = 2.0 * t2 + 1.0;`
//!
//! The transforms then see active calls only as the whole right-hand side of a
//! `let` or an assignment, with arguments that are variables or passive
//! expressions; every other active right-hand side is a tree of arithmetic and
//! rules. Calls whose arguments are all passive stay where they are: they are
//! plain primal calls.

use proc_macro2::{Ident, Span};

use crate::activity::Activity;
use crate::ir::*;

pub fn normalize(func: &mut Function, activity: &mut Activity) {
    let body = std::mem::take(&mut func.body);
    let mut n = Normalizer { func, activity };
    let body = n.block(body);
    func.body = body;
    type_active_locals(func, activity);
}

/// Writes the scalar type on the `let` of every active local without one: an
/// active value has the function's float type (activity analysis rejects a
/// cast to another), and the passes after emission (`outline`) recognise
/// the floats they may move to the tape by the type on their `let`.
fn type_active_locals(func: &mut Function, activity: &Activity) {
    let scalar = crate::transform::scalar_type(func.scalar);
    for id in 0..func.vars.len() {
        let v = VarId(id);
        let scalar_local = func.var(v).kind == VarKind::Local && !func.is_vector(v);
        if scalar_local && func.var(v).ty.is_none() && activity.is_active(v) {
            func.vars[id].ty = Some(scalar.clone());
        }
    }
}

struct Normalizer<'a> {
    func: &'a mut Function,
    activity: &'a mut Activity,
}

impl Normalizer<'_> {
    fn block(&mut self, block: Block) -> Block {
        let mut stmts = Vec::with_capacity(block.stmts.len());
        for stmt in block.stmts {
            self.stmt(stmt, &mut stmts);
        }
        Block { stmts }
    }

    fn stmt(&mut self, stmt: Stmt, out: &mut Vec<Stmt>) {
        match stmt {
            Stmt::Let {
                var,
                init: Some(value),
            } if self.activity.is_active(var) => {
                let init = Some(self.hoist(value, true, out));
                out.push(Stmt::Let { var, init });
            }
            Stmt::Assign { var, value } if self.activity.is_active(var) => {
                let value = self.hoist(value, true, out);
                out.push(Stmt::Assign { var, value });
            }
            Stmt::If { cond, then, els } => out.push(Stmt::If {
                cond,
                then: self.block(then),
                els: els.map(|b| self.block(b)),
            }),
            Stmt::Match { scrutinee, arms } => {
                let arms = arms
                    .into_iter()
                    .map(|a| Arm {
                        body: self.block(a.body),
                        ..a
                    })
                    .collect();
                out.push(Stmt::Match { scrutinee, arms });
            }
            Stmt::Loop(l) => out.push(Stmt::Loop(Loop {
                body: self.block(l.body),
                ..l
            })),
            Stmt::Block(b) => out.push(Stmt::Block(self.block(b))),
            Stmt::Store {
                buffer,
                index,
                value,
            } if self.activity.is_active(buffer) => {
                let value = self.operand(value, out);
                out.push(Stmt::Store {
                    buffer,
                    index,
                    value,
                });
            }
            other => out.push(other),
        }
    }

    fn is_active_element(&self, base: &Expr) -> bool {
        matches!(base, Expr::Var(v) if self.func.is_vector(*v) && self.activity.is_active(*v))
    }

    fn is_active_call(&self, e: &Expr) -> bool {
        matches!(e, Expr::Call(c) if c.args.iter().any(|a| self.activity.expr_active(a)))
    }

    /// `e` as a variable if it is active, else as it is.
    fn operand(&mut self, e: Expr, out: &mut Vec<Stmt>) -> Expr {
        let e = self.hoist(e, false, out);
        if self.activity.expr_active(&e) && !matches!(e, Expr::Var(_)) {
            self.bind(e, out)
        } else {
            e
        }
    }

    /// Rewrites `e` so that active calls are statements of their own.
    fn hoist(&mut self, e: Expr, at_root: bool, out: &mut Vec<Stmt>) -> Expr {
        let active_call = self.is_active_call(&e);
        match e {
            Expr::Call(mut call) if active_call => {
                let args = std::mem::take(&mut call.args);
                call.args = args
                    .into_iter()
                    .map(|a| {
                        let a = self.hoist(a, false, out);
                        let passed = crate::transform::arg_var(&a).is_some();
                        if self.activity.expr_active(&a) && !passed {
                            self.bind(a, out)
                        } else {
                            a
                        }
                    })
                    .collect();
                let call = Expr::Call(call);
                if at_root {
                    call
                } else {
                    self.bind(call, out)
                }
            }
            Expr::Index(base, index) if self.is_active_element(&base) => {
                let read = Expr::Index(base, index);
                if at_root {
                    read
                } else {
                    self.bind(read, out)
                }
            }
            Expr::Unary(op, a) => Expr::Unary(op, Box::new(self.hoist(*a, false, out))),
            Expr::Binary(op, a, b) => {
                let a = self.hoist(*a, false, out);
                let b = self.hoist(*b, false, out);
                Expr::Binary(op, Box::new(a), Box::new(b))
            }
            Expr::Cast(a, ty) => Expr::Cast(Box::new(self.hoist(*a, false, out)), ty),
            Expr::Ascribe(a, ty) => {
                let a = self.hoist(*a, false, out);
                // A temporary bound to an element (`f64::exp_m1(b[0])`, `b` a
                // local vector whose type comes from this call) keeps the type
                // the path gives: the partials call methods on it.
                if let Expr::Var(v) = a {
                    let var = &mut self.func.vars[v.0];
                    if var.kind == VarKind::Temp && var.ty.is_none() {
                        var.ty = Some(crate::transform::scalar_type(ty));
                    }
                }
                Expr::Ascribe(Box::new(a), ty)
            }
            Expr::NewBuffer(mut b) => {
                for operand in b.operands_mut() {
                    let e = std::mem::replace(operand, Expr::Default);
                    *operand = self.operand(e, out);
                }
                Expr::NewBuffer(b)
            }
            Expr::Rule(rule, args) => Expr::Rule(
                rule,
                args.into_iter()
                    .map(|a| self.hoist(a, false, out))
                    .collect(),
            ),
            other => other,
        }
    }

    /// `let t = e;` for a new active temporary `t`; returns `t`.
    fn bind(&mut self, e: Expr, out: &mut Vec<Stmt>) -> Expr {
        let ident = Ident::new(
            &format!("__autodiff_t{}", self.func.vars.len()),
            Span::mixed_site(),
        );
        let var = self.func.new_var(ident, VarKind::Temp, false, None);
        self.activity.add_active(var);
        out.push(Stmt::Let { var, init: Some(e) });
        Expr::Var(var)
    }
}
