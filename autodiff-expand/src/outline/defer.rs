//! The adjoints of a vector that a run hands back through the tape stay
//! there until the run that next uses them takes them itself.
//!
//! A run in a frame of its own hands back the adjoints of a vector through
//! the tape's buffer stack, and the level pops them right after it (see
//! [`super::handback`] and `Outliner::through_tape`). The level then keeps
//! them in a binding of its own until the next run, which captures them: a
//! slot in the level's frame (three words while `AdjointBuffer` was a
//! vector; one since), and in an optimised build often as much again for the
//! closure that moves them. `refilled` in `tests/recursive_frames.rs` used
//! two and a half times its primal's stack per level for that. Here the pops
//! move forward, out of the level, into the start of the next run that
//! touches the buffer stack or names them:
//!
//! ```text
//! outline3(|..| { ..; tape.spill_buffer(b3); }, ..); b3 = tape.unspill_buffer();
//! if tape.pop_control() != 0 { outline3(|..| { .. b3.take(k) ..; tape.spill_buffer(b3); }, ..); .. }
//! // becomes
//! outline3(|..| { ..; tape.spill_buffer(b3); }, ..);
//! if tape.pop_control() != 0 { outline3(|..| { let mut b3 = tape.unspill_buffer(); .. }, ..); .. }
//! ```
//!
//! While pops are deferred their adjoints are the top of the buffer stack,
//! so they may pass only code that leaves that stack as it found it (the
//! recursive calls do). A run takes them when every one of them that is read
//! after it is pushed back at its end (the run moved it to the tape for the
//! next call, or hands it back); the pops are put back in the level, in
//! their order, before any other code that names them or uses the buffer
//! stack, and before anything that leaves the block. The branches of an
//! `if` or a `match` carry them on if all end with the same pops deferred;
//! a loop's body ends with none.

use std::collections::BTreeSet;

use syn::visit::Visit;
use syn::{Expr, Stmt};

use super::copy::TapeKinds;
use super::live::names;
use super::runs::{drop_arguments, rename_helper, run_call};
use super::{scan, unit_valued, MAX_ARGS};

/// Moves the pops of the adjoints of vectors in `func`, named `name`, into
/// the runs that use them next.
pub fn defer(func: &mut syn::ItemFn, name: &str, tape: &TapeKinds) {
    if tape.buffers.is_empty() {
        return;
    }
    let deferrer = Deferrer { name, tape };
    let stmts = &mut func.block.stmts;
    let pending = deferrer.block(stmts, Vec::new(), &BTreeSet::new());
    deferrer.flush_at_end(stmts, &pending);
}

/// The adjoints of vectors whose pops are deferred, next to pop first.
type Pending = Vec<syn::Ident>;

struct Deferrer<'a> {
    name: &'a str,
    tape: &'a TapeKinds,
}

impl Deferrer<'_> {
    /// Defers the pops in `stmts`, a block entered with the pops `pending`
    /// deferred and after which the names in `after` are read; the pops
    /// still deferred at its end.
    fn block(
        &self,
        stmts: &mut Vec<Stmt>,
        mut pending: Pending,
        after: &BTreeSet<String>,
    ) -> Pending {
        let old = std::mem::take(stmts);
        for (k, stmt) in old.iter().enumerate() {
            if let Some(v) = self.popped(stmt) {
                pending.push(v);
                continue;
            }
            let rest = &old[k + 1..];
            let facts = scan::facts(rest, self.name);
            let mut later = facts.reads;
            later.extend(facts.writes);
            later.extend(after.iter().cloned());
            let mut stmt = stmt.clone();
            pending = self.statement(&mut stmt, pending, &later, stmts);
            stmts.push(stmt);
        }
        pending
    }

    /// Handles `stmt`, reached with `pending` deferred, after which the
    /// names in `later` are read or written: pushes to `out` the pops that
    /// must come before it, rewrites it, and says what stays deferred after.
    fn statement(
        &self,
        stmt: &mut Stmt,
        pending: Pending,
        later: &BTreeSet<String>,
        out: &mut Vec<Stmt>,
    ) -> Pending {
        let untouched = self.untouched(stmt, &pending);
        if let Some(call) = run_call(stmt) {
            if pending.is_empty() || self.taken(call, &pending, later) {
                return Vec::new();
            }
            return self.flushed_unless(untouched, pending, out);
        }
        if let Stmt::Expr(e, _) = stmt {
            match e {
                Expr::If(_) | Expr::Match(_) => return self.branches(e, pending, later, out),
                Expr::Block(b) if b.label.is_none() => {
                    return self.branches(e, pending, later, out)
                }
                Expr::While(_) | Expr::ForLoop(_) | Expr::Loop(_) => {
                    let pending = self.flushed_unless(untouched, pending, out);
                    self.loop_body(e, later);
                    return pending;
                }
                _ => {}
            }
        }
        let rebinds = match stmt {
            Stmt::Local(l) => scan::bindings(&l.pat)
                .iter()
                .any(|(b, _)| pending.iter().any(|v| v == b)),
            _ => false,
        };
        self.flushed_unless(untouched && !rebinds, pending, out)
    }

    /// Whether `stmt` neither names the `pending` adjoints nor uses the
    /// buffer stack, and cannot leave its block otherwise than by its end.
    fn untouched(&self, stmt: &Stmt, pending: &Pending) -> bool {
        let facts = scan::facts(std::slice::from_ref(stmt), self.name);
        let mut found = Touches(false);
        found.visit_stmt(stmt);
        leaves_alone(&facts, found.0, pending)
    }

    /// [`Self::untouched`] for the expression `e`.
    fn untouched_expr(&self, e: &Expr, pending: &Pending) -> bool {
        let facts = scan::expr_facts(e, self.name);
        let mut found = Touches(false);
        found.visit_expr(e);
        leaves_alone(&facts, found.0, pending)
    }

    /// The pops of `pending`, in their order: `v = tape.unspill_buffer();`.
    fn pops(&self, pending: &Pending) -> Vec<Stmt> {
        pending
            .iter()
            .map(|v| self.tape.unspill(v, false))
            .collect()
    }

    /// `pending` if `keep`; otherwise pushes their pops to `out` and none.
    fn flushed_unless(&self, keep: bool, pending: Pending, out: &mut Vec<Stmt>) -> Pending {
        if keep {
            return pending;
        }
        out.extend(self.pops(&pending));
        Vec::new()
    }

    /// Appends the pops of `pending` to `stmts`: after its last expression
    /// if that is `()` (which then ends in `;`), else before it.
    fn flush_at_end(&self, stmts: &mut Vec<Stmt>, pending: &Pending) {
        if pending.is_empty() {
            return;
        }
        let at = match stmts.last_mut() {
            Some(last @ Stmt::Expr(_, None)) if unit_valued(last) => {
                if let Stmt::Expr(_, semi) = last {
                    *semi = Some(Default::default());
                }
                stmts.len()
            }
            Some(Stmt::Expr(_, None)) => stmts.len() - 1,
            _ => stmts.len(),
        };
        stmts.splice(at..at, self.pops(pending));
    }

    /// Handles an `if`, a `match` or a block, reached with `pending`: the
    /// pops its condition needs go to `out`, each branch is entered with
    /// the rest; if the branches end with different pops deferred, each
    /// makes its own (an `if` without `else` gets one for them).
    fn branches(
        &self,
        e: &mut Expr,
        pending: Pending,
        later: &BTreeSet<String>,
        out: &mut Vec<Stmt>,
    ) -> Pending {
        let head = match e {
            Expr::If(i) => Some(&*i.cond),
            Expr::Match(m) => Some(&*m.expr),
            _ => None,
        };
        let head_free = head.is_none_or(|h| self.untouched_expr(h, &pending));
        let pending = self.flushed_unless(head_free, pending, out);
        if !blocks_only(e) {
            let untouched = self.untouched_expr(e, &pending);
            return self.flushed_unless(untouched, pending, out);
        }
        let implicit_else = matches!(e, Expr::If(_)) && !has_final_else(e);
        let mut blocks: Vec<&mut Vec<Stmt>> = Vec::new();
        collect_blocks(e, &mut blocks);
        let ends: Vec<Pending> = blocks
            .iter_mut()
            .map(|b| self.block(b, pending.clone(), later))
            .collect();
        let mut all = ends.clone();
        if implicit_else {
            all.push(pending.clone());
        }
        if all.windows(2).all(|w| w[0] == w[1]) {
            return all.pop().unwrap_or_default();
        }
        for (block, end) in blocks.into_iter().zip(&ends) {
            self.flush_at_end(block, end);
        }
        if implicit_else && !pending.is_empty() {
            let pops = self.pops(&pending);
            add_final_else(e, syn::parse_quote!({ #(#pops)* }));
        }
        Vec::new()
    }

    /// Defers the pops inside the body of the loop `e`, after which the
    /// names in `later` are read; the body ends with all of them made.
    fn loop_body(&self, e: &mut Expr, later: &BTreeSet<String>) {
        let facts = scan::expr_facts(e, self.name);
        let mut after = later.clone();
        after.extend(facts.reads);
        let body = match e {
            Expr::While(w) => &mut w.body.stmts,
            Expr::ForLoop(l) => &mut l.body.stmts,
            Expr::Loop(l) => &mut l.body.stmts,
            _ => return,
        };
        let pending = self.block(body, Vec::new(), &after);
        self.flush_at_end(body, &pending);
    }

    /// The adjoints `v` of `v = tape.unspill_buffer();`.
    fn popped(&self, stmt: &Stmt) -> Option<syn::Ident> {
        let Stmt::Expr(Expr::Assign(a), Some(_)) = stmt else {
            return None;
        };
        let Expr::Path(left) = &*a.left else {
            return None;
        };
        let v = left.path.get_ident()?;
        let popping = self
            .tape_method(&a.right, "unspill_buffer")
            .is_some_and(|m| m.args.is_empty());
        (popping && self.tape.buffers.contains(&v.to_string())).then(|| v.clone())
    }

    /// `e` as a call `tape.method(..)`.
    fn tape_method<'e>(&self, e: &'e Expr, method: &str) -> Option<&'e syn::ExprMethodCall> {
        let Expr::MethodCall(m) = e else { return None };
        let on_tape = matches!(&*m.receiver, Expr::Path(p) if p.path.is_ident(&self.tape.ident));
        (on_tape && m.method == method).then_some(m)
    }

    /// Puts the pops of `pending` at the start of the outlined run `call`
    /// if it can take them: each of them that `later` names is pushed back
    /// at the run's end, none is an argument or a parameter of the run (but
    /// one the run takes by value, `v` for `mut v`, whose parameter goes),
    /// and the run can take the tape. Whether it did.
    fn taken(&self, call: &mut syn::ExprCall, pending: &Pending, later: &BTreeSet<String>) -> bool {
        let Some(Expr::Closure(closure)) = call.args.first() else {
            return false;
        };
        let Expr::Block(body) = &*closure.body else {
            return false;
        };
        let by_value = taken_by_value(call, pending);
        let args_name = call
            .args
            .iter()
            .skip(1)
            .enumerate()
            .filter(|(k, _)| !by_value.contains(k))
            .any(|(_, a)| pending.iter().any(|v| super::expr_names(a, &v.to_string())));
        let params: Vec<String> = closure
            .inputs
            .iter()
            .enumerate()
            .filter(|(k, _)| !by_value.contains(k))
            .flat_map(|(_, p)| scan::bindings(p))
            .map(|(p, _)| p.to_string())
            .collect();
        let shadowed = pending.iter().any(|v| params.contains(&v.to_string()));
        let handed_on = pending
            .iter()
            .all(|v| !later.contains(&v.to_string()) || self.pushed_at_end(&body.block.stmts, v));
        let tape = self.tape.ident.to_string();
        let needs_tape = !params.contains(&tape);
        if args_name || shadowed || !handed_on || (needs_tape && call.args.len() > MAX_ARGS) {
            return false;
        }
        let spelled = scan::facts(&body.block.stmts, self.name).spelled;
        let tape = &self.tape.ident;
        let pops: Vec<Stmt> = pending
            .iter()
            .map(|v| {
                let v = spelled.get(&v.to_string()).unwrap_or(v);
                syn::parse_quote!(let mut #v = #tape.unspill_buffer();)
            })
            .collect();
        drop_arguments(call, &by_value);
        if needs_tape {
            add_tape(call, tape);
        }
        if let Some(Expr::Closure(closure)) = call.args.first_mut() {
            if let Expr::Block(body) = &mut *closure.body {
                body.block.stmts.splice(0..0, pops);
            }
        }
        true
    }

    /// Whether `stmts` push `v` to the buffer stack with nothing after
    /// that names it.
    fn pushed_at_end(&self, stmts: &[Stmt], v: &syn::Ident) -> bool {
        stmts.iter().enumerate().any(|(k, s)| {
            let pushes = match s {
                Stmt::Expr(e, Some(_)) => self.tape_method(e, "spill_buffer").is_some_and(|m| {
                    m.args.len() == 1 && matches!(&m.args[0], Expr::Path(p) if p.path.is_ident(v))
                }),
                _ => false,
            };
            pushes && !stmts[k + 1..].iter().any(|s| names(s, &v.to_string()))
        })
    }
}

/// Whether code with these `facts`, which uses the buffer stack if
/// `touches`, leaves the `pending` adjoints where they are.
fn leaves_alone(facts: &scan::Facts, touches: bool, pending: &Pending) -> bool {
    let named = pending
        .iter()
        .any(|v| super::live::named(facts, &v.to_string()));
    !named && !facts.pinned && !touches
}

/// Finds a call of a method of the buffer stack.
struct Touches(bool);

impl Visit<'_> for Touches {
    fn visit_expr_method_call(&mut self, m: &syn::ExprMethodCall) {
        if m.method == "spill_buffer" || m.method == "unspill_buffer" {
            self.0 = true;
        }
        syn::visit::visit_expr_method_call(self, m);
    }
}

/// Adds the tape as the last value parameter of the run `call` (before the
/// references of `outline_in_debugN`), renaming the helper for one more.
fn add_tape(call: &mut syn::ExprCall, tape: &syn::Ident) {
    let Some(Expr::Closure(closure)) = call.args.first_mut() else {
        return;
    };
    let at = closure
        .inputs
        .iter()
        .position(|p| {
            scan::bindings(p)
                .iter()
                .any(|(i, _)| i.to_string().starts_with("__autodiff_ref"))
        })
        .unwrap_or(closure.inputs.len());
    let mut inputs: Vec<syn::Pat> = closure.inputs.iter().cloned().collect();
    inputs.insert(at, syn::parse_quote!(mut #tape));
    closure.inputs = inputs.into_iter().collect();
    let count = closure.inputs.len();
    let mut args: Vec<Expr> = call.args.iter().cloned().collect();
    args.insert(at + 1, syn::parse_quote!(&mut *#tape));
    call.args = args.into_iter().collect();
    rename_helper(call, count);
}

/// The positions among the parameters of the run `call` of the `pending`
/// adjoints it takes by value (parameter `mut v`, argument `v`), which it
/// can pop itself instead.
fn taken_by_value(call: &syn::ExprCall, pending: &Pending) -> Vec<usize> {
    let Some(Expr::Closure(closure)) = call.args.first() else {
        return Vec::new();
    };
    closure
        .inputs
        .iter()
        .zip(call.args.iter().skip(1))
        .enumerate()
        .filter(|(_, (param, arg))| {
            let bound = scan::bindings(param);
            matches!((bound.as_slice(), arg), ([(p, _)], Expr::Path(a))
                if a.path.is_ident(p) && pending.contains(p))
        })
        .map(|(k, _)| k)
        .collect()
}

/// Whether `e` is an `if` (and its `else if`s), a `match` whose arms are
/// blocks, or a block, without labels.
fn blocks_only(e: &Expr) -> bool {
    match e {
        Expr::If(i) => i.else_branch.as_ref().is_none_or(|(_, o)| blocks_only(o)),
        Expr::Block(b) => b.label.is_none(),
        Expr::Match(m) => m.arms.iter().all(|a| blocks_only(&a.body)),
        _ => false,
    }
}

/// Pushes to `out` the blocks of `e`, for which [`blocks_only`] holds.
fn collect_blocks<'e>(e: &'e mut Expr, out: &mut Vec<&'e mut Vec<Stmt>>) {
    match e {
        Expr::If(i) => {
            out.push(&mut i.then_branch.stmts);
            if let Some((_, otherwise)) = &mut i.else_branch {
                collect_blocks(otherwise, out);
            }
        }
        Expr::Block(b) => out.push(&mut b.block.stmts),
        Expr::Match(m) => {
            for arm in &mut m.arms {
                collect_blocks(&mut arm.body, out);
            }
        }
        _ => {}
    }
}

/// Whether the `if` chain `e` ends with a plain `else`.
fn has_final_else(e: &Expr) -> bool {
    match e {
        Expr::If(i) => i
            .else_branch
            .as_ref()
            .is_some_and(|(_, o)| has_final_else(o)),
        _ => true,
    }
}

/// Gives the `if` chain `e`, which has no plain `else`, the `else` `block`.
fn add_final_else(e: &mut Expr, block: syn::Block) {
    if let Expr::If(i) = e {
        match &mut i.else_branch {
            Some((_, otherwise)) => add_final_else(otherwise, block),
            None => {
                i.else_branch = Some((Default::default(), Box::new(syn::parse_quote!(#block))));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::defer;
    use crate::outline::copy;
    use crate::outline::printed;

    /// `f`, a sweep named `f` with the adjoints `b` of a vector, after the
    /// pass, printed.
    fn deferred(f: &str) -> String {
        let mut func: syn::ItemFn = syn::parse_str(f).expect("a function");
        // The kinds of its variables before its runs were outlined.
        let before: syn::ItemFn = syn::parse_quote! {
            fn f(__autodiff_tape: &mut Tape<f64>) { let mut b = AdjointBuffer::<f64>::new(); }
        };
        let tape = copy::kinds(&before).tape.expect("a tape parameter");
        defer(&mut func, "f", &tape);
        func.into_token_stream().to_string()
    }

    #[test]
    fn a_run_that_takes_the_adjoints_by_value_pops_them_itself() {
        let before = "fn f(x: f64, __autodiff_tape: &mut Tape<f64>) {
            let mut b = AdjointBuffer::<f64>::new();
            outline1(|mut __autodiff_tape| { __autodiff_tape.spill_buffer(b); }, &mut *__autodiff_tape);
            b = __autodiff_tape.unspill_buffer();
            outline3(|mut x, mut b, mut __autodiff_tape| { g(x, b.take(0)); }, x, b, &mut *__autodiff_tape);
        }";
        let after = "fn f(x: f64, __autodiff_tape: &mut Tape<f64>) {
            let mut b = AdjointBuffer::<f64>::new();
            outline1(|mut __autodiff_tape| { __autodiff_tape.spill_buffer(b); }, &mut *__autodiff_tape);
            outline2(|mut x, mut __autodiff_tape| {
                let mut b = __autodiff_tape.unspill_buffer();
                g(x, b.take(0));
            }, x, &mut *__autodiff_tape);
        }";
        assert_eq!(deferred(before), printed(after));
    }

    #[test]
    fn adjoints_passed_otherwise_are_popped_in_the_level() {
        let f = "fn f(x: f64, __autodiff_tape: &mut Tape<f64>) {
            let mut b = AdjointBuffer::<f64>::new();
            outline1(|mut __autodiff_tape| { __autodiff_tape.spill_buffer(b); }, &mut *__autodiff_tape);
            b = __autodiff_tape.unspill_buffer();
            outline2(|mut c, mut __autodiff_tape| { g(c.take(0)); }, b, &mut *__autodiff_tape);
        }";
        assert_eq!(deferred(f), printed(f));
    }
}
