//! The records the forward sweep keeps of variables: a needed variable's
//! value before each overwrite and at the end of its scope, through a
//! hygienic copy where a later binding may shadow its name.

use proc_macro2::{Ident, Span};
use std::collections::HashMap;

use super::Reverser;
use crate::ir::*;

impl Reverser<'_> {
    /// Picks the needed variables whose name is bound more than once in the
    /// function, gives each a hygienic copy, and returns the statements that
    /// initialise the copies of such parameters.
    pub(super) fn keep_shadowable(&mut self) -> Vec<Stmt> {
        let mut count: HashMap<String, usize> = HashMap::new();
        for var in &self.func.vars {
            if matches!(var.kind, VarKind::Param | VarKind::Local | VarKind::Bound) {
                *count.entry(var.ident.to_string()).or_default() += 1;
            }
        }
        let shadowable: Vec<VarId> = (0..self.func.vars.len())
            .map(VarId)
            .filter(|v| {
                self.needed(*v)
                    && count
                        .get(&self.func.var(*v).ident.to_string())
                        .is_some_and(|c| *c > 1)
            })
            .collect();
        for v in shadowable {
            let ident = Ident::new(&format!("__autodiff_keep{}", v.0), Span::mixed_site());
            let ty = self.func.var(v).ty.clone();
            let keep = self.func.new_var(ident, VarKind::Derived, true, ty);
            self.kept.insert(v, keep);
        }
        self.func
            .params
            .iter()
            .filter_map(|p| self.kept.get(&p.var).map(|k| (p.var, *k)))
            .map(|(p, k)| Stmt::Let {
                var: k,
                init: Some(Expr::Var(p)),
            })
            .collect()
    }

    /// The statement that records the value of needed variable `v` at the end
    /// of its scope.
    pub(super) fn snapshot(&self, v: VarId) -> Stmt {
        self.record(v, Expr::Var(self.kept.get(&v).copied().unwrap_or(v)))
    }

    /// Records the value `e` of variable `v`, converted to the active float
    /// type if `v` is passive (it may be a `&f64`).
    pub(super) fn record(&self, v: VarId, e: Expr) -> Stmt {
        if self.active(v) {
            Stmt::Push(e)
        } else {
            Stmt::Push(Expr::Convert {
                value: Box::new(e),
                integer: false,
            })
        }
    }

    /// After `v` is set: refresh its kept copy, if it has one.
    pub(super) fn refresh_kept(&self, v: VarId, declare: bool) -> Option<Stmt> {
        self.kept.get(&v).map(|k| {
            if declare {
                Stmt::Let {
                    var: *k,
                    init: Some(Expr::Var(v)),
                }
            } else {
                Stmt::Assign {
                    var: *k,
                    value: Expr::Var(v),
                }
            }
        })
    }

    /// A needed variable declared without a value is recorded before its
    /// first assignment too, so the forward sweep gives it a value at once.
    pub(super) fn init_deferred_needed(&mut self, block: &Block) {
        for stmt in &block.stmts {
            match stmt {
                Stmt::Let { var, init: None } if self.needed(*var) => {
                    self.func.vars[var.0].mutable = true
                }
                _ => for_each_child_block(stmt, &mut |b| self.init_deferred_needed(b)),
            }
        }
    }

    pub(super) fn param_snapshots(&self) -> Vec<Stmt> {
        self.func
            .params
            .iter()
            .filter(|p| self.needed(p.var))
            .map(|p| self.snapshot(p.var))
            .collect()
    }
}
