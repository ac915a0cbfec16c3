//! Fused sweeps: functions whose backward sweep computes their value too, so
//! that the forward sweep is not run at all.
//!
//! A loss is often a sum over a loop: `let mut s = 0.0; for i in a..b { ...
//! s += t; } s`. When the loop is replayed (see [`super::replay`]), the
//! forward sweep only computes the value, and the backward sweep evaluates
//! each iteration again. But the adjoint of `s` is the seed in every
//! iteration (`s += t` passes it on unchanged), and the iterations add into
//! the gradient without reading it, so their backward code can run in any
//! order: in the order of the primal, each iteration's recording code, now
//! with its `s += t`, then its backward code. One sweep gives the value and
//! the gradient: the cost of a hand-written gradient.
//!
//! The function must have this shape (after normalization):
//! - before the loop, only `let`s of values that do not depend on the
//!   differentiated inputs (the sums' starting values among them), none of
//!   them needed by the backward sweep;
//! - the loop, replayed; every variable it carries is only *accumulated*:
//!   assigned `c = c + e`, `c = e + c` or `c = c - e` (sums of such terms
//!   too), with `e` reading no carried variable, and read nowhere else in the
//!   loop;
//! - after it, the *suffix*: statements whose backward code needs nothing
//!   the loop computes (see [`super::replay::suffix_taint`]), as the mean
//!   `s / n as f64` or a penalty `s + lambda * w.iter().map(|v| v * v).sum()`
//!   are: the adjoint of `s` is then known before the loop runs. The fused
//!   sweep runs what of the suffix does not depend on the carried values
//!   first, with its records, then the suffix's backward code, then the
//!   loop, and last the top-level statements of the suffix that read the
//!   carried values, which give the function's value.
//!
//! A replayed loop inside a fused one is fused too when it holds every
//! accumulation of its parent's body and carries only sums of the function:
//! the sums then grow in the primal's order, so the value is the primal's
//! bit for bit.

use std::collections::{HashMap, HashSet};

use super::plan::Plans;
use super::replay::{own_reads, partition, reads_any, returns, suffix_taint, Replay};
use crate::activity::Activity;
use crate::ir::*;

/// A function whose backward sweep computes its value (see the module).
pub struct Fused {
    /// The number of top-level statements before the loop: the fused
    /// function runs them first, as the primal does.
    pub before: usize,
    /// The positions of the top-level statements after the loop, without a
    /// final `return`.
    pub suffix: std::ops::Range<usize>,
    /// The values the loop carries and those of the suffix computed from them.
    pub tainted: HashSet<VarId>,
    /// The fused loops: the top-level one and those inside it.
    pub loops: HashSet<LoopId>,
}

/// Whether the function `func` can be fused under the replay plan `replay`.
pub fn fuse(func: &Function, activity: &Activity, plans: &Plans, replay: &Replay) -> Option<Fused> {
    let stmts = &func.body.stmts;
    let before = stmts.iter().position(|s| sole_loop(s).is_some())?;
    let l = sole_loop(&stmts[before])?;
    let carried = &replay.loops.get(&l.id)?.carried;
    let passive_lets = stmts[..before].iter().all(|s| match s {
        Stmt::Let { var, init } => {
            !func.is_buffer(*var)
                && !plans.is_needed(*var)
                && init.as_ref().is_none_or(|e| !activity.expr_active(e))
        }
        _ => false,
    });
    let params_kept = func.params.iter().all(|p| !plans.is_needed(p.var));
    if !passive_lets || !params_kept || !accumulates_only(&l.body, carried) {
        return None;
    }
    let end = match stmts.last() {
        Some(Stmt::Return) => stmts.len() - 1,
        _ => stmts.len(),
    };
    let suffix = before + 1..end;
    if returns(&stmts[suffix.clone()]) {
        return None;
    }
    let tainted = suffix_taint(func, activity, plans, &stmts[suffix.clone()], carried)?;
    let mut loops = HashSet::from([l.id]);
    let mut body = &l.body;
    while let Some(inner) = sole_accumulating_loop(body, carried) {
        match replay.loops.get(&inner.id) {
            Some(r) if r.carried.is_subset(carried) => {
                loops.insert(inner.id);
                body = &inner.body;
            }
            _ => break,
        }
    }
    Some(Fused {
        before,
        suffix,
        tainted,
        loops,
    })
}

/// The loop `stmt` is, or the one statement of the block `stmt` is (the
/// lowering wraps a `for` over an iterator in a block).
fn sole_loop(stmt: &Stmt) -> Option<&Loop> {
    match stmt {
        Stmt::Loop(l) => Some(l),
        Stmt::Block(Block { stmts }) => match stmts.as_slice() {
            [one] => sole_loop(one),
            _ => None,
        },
        _ => None,
    }
}

/// Whether every statement of `body` that reads or sets a `carried` variable
/// accumulates into it (see the module). `carried` also holds the
/// temporaries of such updates: the tangent program writes `let t = c + e;
/// ...; c = t;`, which passes the adjoint of `c` on unchanged too.
fn accumulates_only(body: &Block, carried: &HashSet<VarId>) -> bool {
    let mut ok = true;
    let mut temporaries: HashMap<VarId, VarId> = HashMap::new();
    each_stmt(&body.stmts, &mut |stmt| match stmt {
        Stmt::Assign {
            var,
            value: Expr::Var(t),
        } if temporaries.get(t) == Some(var) => {}
        Stmt::Assign { var, value } if carried.contains(var) => {
            ok &= accumulates(value, *var, carried);
        }
        Stmt::Let {
            var,
            init: Some(value),
        } if carried.contains(var) => {
            match carried.iter().find(|c| accumulates(value, **c, carried)) {
                Some(c) => {
                    temporaries.insert(*var, *c);
                }
                None => ok = false,
            }
        }
        Stmt::Let { var, .. } if carried.contains(var) => ok = false,
        _ => own_reads(stmt, &mut |v| ok &= !carried.contains(&v)),
    });
    ok
}

/// Whether `value` is `c` plus or minus terms that read no `carried` variable.
fn accumulates(value: &Expr, c: VarId, carried: &HashSet<VarId>) -> bool {
    match value {
        Expr::Var(v) => *v == c,
        Expr::Binary(BinOp::Add, a, b) => {
            (accumulates(a, c, carried) && !reads_any(b, carried))
                || (accumulates(b, c, carried) && !reads_any(a, carried))
        }
        Expr::Binary(BinOp::Sub, a, b) => accumulates(a, c, carried) && !reads_any(b, carried),
        Expr::Barrier(e) => accumulates(e, c, carried),
        _ => false,
    }
}

/// The loop among the statements of `body` (looked for in its branches and
/// blocks, not in other loops) if it is the one statement that accumulates
/// into a `carried` variable.
fn sole_accumulating_loop<'b>(body: &'b Block, carried: &HashSet<VarId>) -> Option<&'b Loop> {
    let mut found: Option<&Loop> = None;
    let mut others = false;
    visit(body, carried, &mut found, &mut others);
    found.filter(|_| !others)
}

fn visit<'b>(
    body: &'b Block,
    carried: &HashSet<VarId>,
    found: &mut Option<&'b Loop>,
    others: &mut bool,
) {
    for stmt in &body.stmts {
        match stmt {
            Stmt::Loop(l) if sets_any(&l.body, carried) => {
                *others |= found.replace(l).is_some();
            }
            Stmt::Assign { var, .. } if carried.contains(var) => *others = true,
            _ => for_each_child_block(stmt, &mut |b| visit(b, carried, found, others)),
        }
    }
}

/// Whether `block` assigns a `carried` variable.
fn sets_any(block: &Block, carried: &HashSet<VarId>) -> bool {
    let mut found = false;
    each_stmt(&block.stmts, &mut |stmt| {
        found |= matches!(stmt, Stmt::Assign { var, .. } if carried.contains(var))
    });
    found
}

/// Splits the recording code of the suffix in two: what depends on no
/// `tainted` value (its records included) runs before the loop, and the
/// statements that do, after it (all at the top of the suffix: see
/// [`suffix_taint`]).
pub fn split(recording: &Block, tainted: &HashSet<VarId>) -> (Block, Block) {
    let (first, last) = partition(recording, &mut tainted.clone());
    (first, Block { stmts: last })
}
