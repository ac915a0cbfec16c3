//! Stage 4b: reverse mode, in split form (Tapenade's `_FWD` / `_BWD` pair).
//!
//! The *forward sweep* is the original function, recording on the tape what
//! the *backward sweep* cannot recompute; the backward sweep walks the code
//! backwards, popping those records and accumulating adjoints. A call of a
//! differentiated function runs the callee's forward sweep in the forward
//! sweep and its backward sweep at the mirrored point of the backward sweep,
//! so recursion of depth d costs O(d).
//!
//! What is recorded:
//! - for each active statement, what its partials read (see [`plan`]);
//! - the old value of a needed variable before each overwrite, and its value
//!   when its scope ends;
//! - for each `if` / `match` with reverse work in a branch, the branch taken;
//! - for each loop with reverse work in its body, the trip count;
//! - for each block left early by `break` / `continue` / `return`, where it
//!   stopped (only where the stop point changes what must be reversed).
//!
//! Before: `for _ in 1..n { l = 4.0 * l * (1.0 - l); }`
//! Forward sweep:
//! ```text
//! let mut c = 0; for _ in 1..n { c += 1; tape.push(l); l = (4.0 * l) * (1.0 - l); } tape.push_control(c);
//! ```
//! Backward sweep:
//! ```text
//! for _ in 0..tape.pop_control() {
//!     l = tape.pop(); let n1 = 4.0 * l; let n2 = 1.0 - l;
//!     let ob = bl; bl = ob * (4.0 * n2 - n1);
//! }
//! ```

mod plan;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::{HashMap, HashSet};

use crate::activity::{for_each_child_block, Activity};
use crate::emit::{callee_tokens, scalar_tokens, tape_ident, Emit};
use crate::ir::build::*;
use crate::ir::*;
use plan::Plans;

/// The two sweeps of a function.
pub struct Sweeps {
    /// The forward sweep, as IR (calls go to forward sweeps, records are `Push`es).
    pub forward: Function,
    /// The body of the backward sweep; it ends with the tuple of parameter adjoints.
    pub backward: TokenStream,
}

/// Builds both sweeps of `func` (normalized) under `activity`.
pub fn reverse(func: &Function, activity: &Activity, seed: &Ident) -> Sweeps {
    let mut forward = func.clone();
    let plans = plan::plan(&mut forward, &func.body, activity);
    let mut r = Reverser {
        func: forward,
        activity,
        plans,
        frames: Vec::new(),
        kept: HashMap::new(),
    };
    r.init_deferred_needed(&func.body);
    let keep_params = r.keep_shadowable();
    let (mut body, backward) = r.block(&func.body);
    body.stmts.splice(0..0, keep_params);
    body.stmts.extend(r.param_snapshots());
    let Reverser {
        func: mut forward,
        plans,
        ..
    } = r;
    let backward = backward_function(&forward, func, activity, &plans, seed, backward);
    forward.body = body;
    Sweeps { forward, backward }
}

/// The adjoint of `v` in the backward sweep. Adjoints start at -0.0 and are
/// reset to -0.0 once consumed: `-0.0 + t` folds to `t`, so a first
/// contribution costs no addition (`0.0 + t` does not fold, because
/// `0.0 + -0.0` is `+0.0`). The public functions add `0.0` to what they
/// return, which turns a remaining -0.0 into 0.0.
fn adjoint(v: VarId) -> Ident {
    Ident::new(&format!("__autodiff_b{}", v.0), Span::mixed_site())
}

fn shadow(v: VarId) -> Ident {
    Ident::new(&format!("__autodiff_s{}", v.0), Span::mixed_site())
}

fn backward_function(
    forward: &Function,
    func: &Function,
    activity: &Activity,
    plans: &Plans,
    seed: &Ident,
    body: TokenStream,
) -> TokenStream {
    let scalar = scalar_tokens(func.scalar);
    let tape = tape_ident();
    let output = func.outputs[0];
    let b_output = adjoint(output);
    let adjoints = (0..forward.vars.len())
        .map(VarId)
        .filter(|v| *v != output && activity.is_active(*v))
        .map(adjoint);
    let shadows: Vec<Ident> = (0..forward.vars.len())
        .map(VarId)
        .filter(|v| plans.is_needed(*v))
        .map(shadow)
        .collect();
    let restore_params = func
        .params
        .iter()
        .rev()
        .filter(|p| plans.is_needed(p.var))
        .map(|p| shadow(p.var));
    let results = func.params.iter().map(|p| match p.float {
        Some(_) if activity.is_active(p.var) => {
            let b = adjoint(p.var);
            quote!(#b)
        }
        Some(_) => quote!(0.0),
        None => quote!(()),
    });
    quote! {
        #(let mut #adjoints: #scalar = -0.0;)*
        #(let mut #shadows: #scalar = 0.0;)*
        let mut #b_output: #scalar = #seed;
        #(#restore_params = #tape.pop();)*
        #body
        (#(#results,)*)
    }
}

/// A construct being walked, for the records an early exit must write.
enum Frame {
    Block {
        decls: Vec<(usize, VarId)>,
        stop: bool,
        position: usize,
    },
    Branch {
        word: usize,
        recorded: bool,
    },
    Loop {
        id: LoopId,
        counter: Option<VarId>,
    },
}

struct Reverser<'a> {
    func: Function,
    activity: &'a Activity,
    plans: Plans,
    frames: Vec<Frame>,
    /// Needed variables whose name another binding may shadow before their
    /// snapshot is taken, with the hygienic copy the forward sweep keeps of them.
    kept: HashMap<VarId, VarId>,
}

fn push_word(word: usize) -> Stmt {
    Stmt::PushControl(int(word as i64))
}

impl Reverser<'_> {
    fn active(&self, v: VarId) -> bool {
        self.activity.is_active(v)
    }

    fn needed(&self, v: VarId) -> bool {
        self.plans.is_needed(v)
    }

    /// Picks the needed variables whose name is bound more than once in the
    /// function, gives each a hygienic copy, and returns the statements that
    /// initialise the copies of such parameters.
    fn keep_shadowable(&mut self) -> Vec<Stmt> {
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
    fn snapshot(&self, v: VarId) -> Stmt {
        self.record(v, Expr::Var(self.kept.get(&v).copied().unwrap_or(v)))
    }

    /// Records the value `e` of variable `v`, converted to the active float
    /// type if `v` is passive (it may be a `&f64`).
    fn record(&self, v: VarId, e: Expr) -> Stmt {
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
    fn refresh_kept(&self, v: VarId, declare: bool) -> Option<Stmt> {
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
    fn init_deferred_needed(&mut self, block: &Block) {
        for stmt in &block.stmts {
            match stmt {
                Stmt::Let { var, init: None } if self.needed(*var) => {
                    self.func.vars[var.0].mutable = true
                }
                _ => for_each_child_block(stmt, &mut |b| self.init_deferred_needed(b)),
            }
        }
    }

    fn has_reverse(&self, stmt: &Stmt) -> bool {
        match stmt {
            Stmt::Let { var, .. } => self.active(*var),
            Stmt::Assign { var, .. } => self.active(*var) || self.needed(*var),
            _ => {
                let mut found = false;
                for_each_child_block(stmt, &mut |b| found |= self.has_reverse_block(b));
                found
            }
        }
    }

    fn has_reverse_block(&self, block: &Block) -> bool {
        block
            .stmts
            .iter()
            .any(|s| self.has_reverse(s) || matches!(s, Stmt::Let { var, .. } if self.needed(*var)))
    }

    fn closing(&self, frame: &Frame) -> Vec<Stmt> {
        match frame {
            Frame::Block {
                decls,
                stop,
                position,
            } => {
                let mut stmts: Vec<Stmt> = decls
                    .iter()
                    .filter(|(p, _)| p < position)
                    .map(|(_, v)| self.snapshot(*v))
                    .collect();
                if *stop {
                    stmts.push(push_word(*position));
                }
                stmts
            }
            Frame::Branch {
                word,
                recorded: true,
            } => vec![push_word(*word)],
            Frame::Loop {
                counter: Some(c), ..
            } => vec![Stmt::PushControl(Expr::Var(*c))],
            _ => Vec::new(),
        }
    }

    fn param_snapshots(&self) -> Vec<Stmt> {
        self.func
            .params
            .iter()
            .filter(|p| self.needed(p.var))
            .map(|p| self.snapshot(p.var))
            .collect()
    }

    /// The records of every construct an exit leaves, innermost first: up to
    /// the loop `until`, or out of the function.
    fn exit_closings(&self, until: Option<LoopId>) -> Vec<Stmt> {
        let mut stmts = Vec::new();
        for frame in self.frames.iter().rev() {
            if let (Frame::Loop { id, .. }, Some(target)) = (frame, until) {
                if *id == target {
                    return stmts;
                }
            }
            stmts.extend(self.closing(frame));
        }
        stmts.extend(self.param_snapshots());
        stmts
    }

    fn block(&mut self, block: &Block) -> (Block, TokenStream) {
        let decls: Vec<(usize, VarId)> = block
            .stmts
            .iter()
            .enumerate()
            .filter_map(|(j, s)| match s {
                Stmt::Let { var, .. } if self.needed(*var) => Some((j, *var)),
                _ => None,
            })
            .collect();
        let first_exit = block.stmts.iter().position(|s| escapes(s, &mut Vec::new()));
        let stop = first_exit.is_some_and(|i| {
            block.stmts[i + 1..].iter().any(|s| self.has_reverse(s))
                || decls.iter().any(|(p, _)| *p > i)
        });
        self.frames.push(Frame::Block {
            decls: decls.clone(),
            stop,
            position: 0,
        });
        let mut forward = Vec::new();
        let mut pieces = Vec::new();
        for (j, stmt) in block.stmts.iter().enumerate() {
            if let Some(Frame::Block { position, .. }) = self.frames.last_mut() {
                *position = j;
            }
            let (f, b) = self.stmt(stmt);
            forward.extend(f);
            pieces.push(b);
        }
        self.frames.pop();
        let n = block.stmts.len();
        if !ends_in_exit(block) {
            forward.extend(self.closing(&Frame::Block {
                decls: decls.clone(),
                stop,
                position: n,
            }));
        }
        let tape = tape_ident();
        let stop_at = Ident::new("__autodiff_stop", Span::mixed_site());
        let read_stop = stop.then(|| quote!(let #stop_at = #tape.pop_control();));
        let restores = decls.iter().rev().map(|(p, v)| {
            let s = shadow(*v);
            if stop {
                quote!(if #stop_at > #p { #s = #tape.pop(); })
            } else {
                quote!(#s = #tape.pop();)
            }
        });
        let first_exit = first_exit.unwrap_or(n);
        let reversed = pieces
            .into_iter()
            .enumerate()
            .rev()
            .filter(|(_, p)| !p.is_empty())
            .map(|(j, piece)| {
                if stop && j > first_exit {
                    quote!(if #stop_at >= #j { #piece })
                } else {
                    piece
                }
            });
        let backward = quote!({ #read_stop #(#restores)* #(#reversed)* });
        (Block { stmts: forward }, backward)
    }

    fn stmt(&mut self, stmt: &Stmt) -> (Vec<Stmt>, TokenStream) {
        match stmt {
            Stmt::Let { var, init } => self.assignment(stmt, *var, init.as_ref(), true),
            Stmt::Assign { var, value } => self.assignment(stmt, *var, Some(value), false),
            Stmt::If { cond, then, els } => self.branches(cond, then, els.as_ref()),
            Stmt::Match { scrutinee, arms } => self.arms(scrutinee, arms),
            Stmt::Loop(l) => self.looped(l),
            Stmt::Block(b) => {
                let (f, r) = self.block(b);
                (vec![Stmt::Block(f)], r)
            }
            Stmt::Break { target, .. } | Stmt::Continue { target, .. } => {
                let mut f = self.exit_closings(Some(*target));
                f.push(stmt.clone());
                (f, quote!())
            }
            Stmt::Return => {
                let mut f = self.exit_closings(None);
                f.push(Stmt::Return);
                (f, quote!())
            }
            _ => (vec![stmt.clone()], quote!()),
        }
    }

    fn branches(
        &mut self,
        cond: &Expr,
        then: &Block,
        els: Option<&Block>,
    ) -> (Vec<Stmt>, TokenStream) {
        let empty = Block::default();
        let recorded =
            self.has_reverse_block(then) || els.is_some_and(|b| self.has_reverse_block(b));
        let mut sides = Vec::new();
        for (word, block) in [(1, then), (0, els.unwrap_or(&empty))] {
            self.frames.push(Frame::Branch { word, recorded });
            let (mut f, b) = self.block(block);
            self.frames.pop();
            if recorded && !ends_in_exit(block) {
                f.stmts.push(push_word(word));
            }
            sides.push((f, b));
        }
        let (else_f, else_b) = sides.pop().unwrap_or_default();
        let (then_f, then_b) = sides.pop().unwrap_or_default();
        let forward = Stmt::If {
            cond: cond.clone(),
            then: then_f,
            els: (els.is_some() || recorded).then_some(else_f),
        };
        let tape = tape_ident();
        let backward = if recorded {
            quote!(if #tape.pop_control() != 0 { #then_b } else { #else_b })
        } else {
            quote!()
        };
        (vec![forward], backward)
    }

    fn arms(&mut self, scrutinee: &Expr, arms: &[Arm]) -> (Vec<Stmt>, TokenStream) {
        let recorded = arms.iter().any(|a| self.has_reverse_block(&a.body));
        let mut forward_arms = Vec::new();
        let mut backward_arms = Vec::new();
        for (word, arm) in arms.iter().enumerate() {
            self.frames.push(Frame::Branch { word, recorded });
            let (mut f, b) = self.block(&arm.body);
            self.frames.pop();
            if recorded && !ends_in_exit(&arm.body) {
                f.stmts.push(push_word(word));
            }
            forward_arms.push(Arm {
                pat: arm.pat.clone(),
                guard: arm.guard.clone(),
                body: f,
            });
            backward_arms.push((word, b));
        }
        let tape = tape_ident();
        let last = backward_arms.pop().map(|(_, b)| quote!(_ => #b));
        let backward_arms = backward_arms.into_iter().map(|(w, b)| quote!(#w => #b,));
        let backward = if recorded {
            quote!(match #tape.pop_control() { #(#backward_arms)* #last })
        } else {
            quote!()
        };
        let forward = Stmt::Match {
            scrutinee: scrutinee.clone(),
            arms: forward_arms,
        };
        (vec![forward], backward)
    }

    fn looped(&mut self, l: &Loop) -> (Vec<Stmt>, TokenStream) {
        let recorded = self.has_reverse_block(&l.body);
        let counter = recorded.then(|| {
            let ident = Ident::new(&format!("__autodiff_count{}", l.id.0), Span::mixed_site());
            self.func.new_var(
                ident,
                VarKind::Derived,
                true,
                Some(syn::parse_quote!(usize)),
            )
        });
        self.frames.push(Frame::Loop { id: l.id, counter });
        let (body, backward_body) = self.block(&l.body);
        self.frames.pop();
        let mut stmts = Vec::new();
        let mut body_stmts = Vec::new();
        if let Some(c) = counter {
            stmts.push(Stmt::Let {
                var: c,
                init: Some(int(0)),
            });
            body_stmts.push(Stmt::Assign {
                var: c,
                value: binary(BinOp::Add, Expr::Var(c), int(1)),
            });
        }
        body_stmts.extend(body.stmts);
        stmts.push(Stmt::Loop(Loop {
            id: l.id,
            label: l.label.clone(),
            head: l.head.clone(),
            body: Block { stmts: body_stmts },
        }));
        if let Some(c) = counter {
            stmts.push(Stmt::PushControl(Expr::Var(c)));
        }
        let tape = tape_ident();
        let backward = if recorded {
            quote!(for _ in 0..#tape.pop_control() { #backward_body })
        } else {
            quote!()
        };
        (stmts, backward)
    }

    fn assignment(
        &mut self,
        stmt: &Stmt,
        var: VarId,
        value: Option<&Expr>,
        declare: bool,
    ) -> (Vec<Stmt>, TokenStream) {
        let tape = tape_ident();
        let save_old = self.needed(var) && !declare;
        let mut forward = Vec::new();
        if save_old {
            forward.push(self.record(var, Expr::Var(var)));
        }
        let restore = save_old.then(|| {
            let s = shadow(var);
            quote!(#s = #tape.pop();)
        });
        let set = |value: Expr| {
            if declare {
                Stmt::Let {
                    var,
                    init: Some(value),
                }
            } else {
                Stmt::Assign { var, value }
            }
        };
        let active = self.active(var);
        match value {
            Some(Expr::Call(call))
                if active && call.args.iter().any(|a| self.activity.expr_active(a)) =>
            {
                let mut forward_call = (**call).clone();
                forward_call.variant = CallVariant::Forward;
                forward.push(set(Expr::Call(Box::new(forward_call))));
                forward.extend(self.refresh_kept(var, declare));
                let backward = self.call_backward(var, call);
                (forward, quote!(#backward #restore))
            }
            Some(e) if active && self.activity.expr_active(e) => {
                let Some(plan) = self.plans.of(stmt) else {
                    return (vec![stmt.clone()], quote!());
                };
                let linear = &plan.linear;
                let mut records = Vec::new();
                crate::transform::push_primal_nodes(linear, &mut records);
                for leaf in &plan.pushed_leaves {
                    let integer = linear.leaves.iter().any(|l| l.var == *leaf && l.integer);
                    records.push(if integer {
                        Stmt::PushControl(Expr::Var(*leaf))
                    } else {
                        Stmt::Push(Expr::Var(*leaf))
                    });
                }
                records.extend(plan.pushed_nodes.iter().map(|n| Stmt::Push(Expr::Var(*n))));
                records.extend(forward);
                records.push(set(linear.root.clone()));
                records.extend(self.refresh_kept(var, declare));
                let backward = self.statement_backward(var, plan);
                (records, quote!(#restore #backward))
            }
            _ => {
                match (value, declare) {
                    (None, true) if self.needed(var) => forward.push(set(float(0.0))),
                    _ => forward.push(stmt.clone()),
                }
                forward.extend(self.refresh_kept(var, declare));
                let kill = active.then(|| {
                    let b = adjoint(var);
                    quote!(#b = -0.0;)
                });
                (forward, quote!(#kill #restore))
            }
        }
    }

    fn call_backward(&self, var: VarId, call: &Call) -> TokenStream {
        let tape = tape_ident();
        let (b, ob) = (
            adjoint(var),
            Ident::new("__autodiff_ob", Span::mixed_site()),
        );
        let callee = callee_tokens(&call.callee, Some("bwd"), true);
        let result = Ident::new("__autodiff_r", Span::mixed_site());
        let accumulate = call.args.iter().enumerate().filter_map(|(i, a)| match a {
            Expr::Var(v) if self.active(*v) => {
                let (bv, i) = (adjoint(*v), syn::Index::from(i));
                Some(quote!(#bv += #result.#i;))
            }
            _ => None,
        });
        quote! {
            let #ob = #b;
            #b = -0.0;
            let #result = #callee(#tape, #ob);
            #(#accumulate)*
        }
    }

    fn statement_backward(&self, var: VarId, plan: &plan::StmtPlan) -> TokenStream {
        let tape = tape_ident();
        let linear = &plan.linear;
        let locals: HashSet<VarId> = linear
            .leaves
            .iter()
            .map(|l| l.var)
            .chain(linear.nodes.iter().map(|n| n.var))
            .chain(linear.adjoints.iter().map(|(a, _)| *a))
            .collect();
        let func = &self.func;
        let naming = |v: VarId| {
            if locals.contains(&v) {
                func.var(v).ident.clone()
            } else {
                shadow(v)
            }
        };
        let emit = Emit::for_exprs(func, &naming);
        let scalar = scalar_tokens(func.scalar);
        let popped_nodes = plan.pushed_nodes.iter().rev().map(|n| {
            let name = naming(*n);
            quote!(let #name: #scalar = #tape.pop();)
        });
        let popped_leaves = plan.pushed_leaves.iter().rev().map(|l| {
            let name = naming(*l);
            if linear
                .leaves
                .iter()
                .any(|leaf| leaf.var == *l && leaf.integer)
            {
                quote!(let #name = #tape.pop_control() as i32;)
            } else {
                quote!(let #name: #scalar = #tape.pop();)
            }
        });
        let recomputed = plan
            .recomputed
            .iter()
            .filter_map(|n| linear.nodes.iter().find(|node| node.var == *n))
            .map(|node| {
                let (name, value) = (naming(node.var), emit.expr(&node.expr()));
                quote!(let #name = #value;)
            });
        let adjoints = linear.adjoints.iter().map(|(a, e)| {
            let (name, value) = (naming(*a), emit.expr(e));
            quote!(let #name = #value;)
        });
        let (b, ob) = (
            adjoint(var),
            Ident::new("__autodiff_ob", Span::mixed_site()),
        );
        let mut reads_target = false;
        let accumulate: Vec<TokenStream> = linear
            .partials
            .iter()
            .map(|(leaf, partial)| {
                let bl = adjoint(*leaf);
                let term = if is(partial, 1.0) {
                    quote!(#ob)
                } else if is(partial, -1.0) {
                    quote!((-#ob))
                } else {
                    let p = emit.expr(partial);
                    quote!(#ob * #p)
                };
                if *leaf == var {
                    reads_target = true;
                    quote!(#bl = #term;)
                } else {
                    quote!(#bl += #term;)
                }
            })
            .collect();
        let kill = (!reads_target).then(|| quote!(#b = -0.0;));
        quote! {
            #(#popped_nodes)*
            #(#popped_leaves)*
            #(#recomputed)*
            #(#adjoints)*
            let #ob = #b;
            #kill
            #(#accumulate)*
        }
    }
}

/// Whether the block's last statement is `break`, `continue` or `return`, so
/// that nothing after it runs (its exit writes the records instead).
fn ends_in_exit(block: &Block) -> bool {
    matches!(
        block.stmts.last(),
        Some(Stmt::Break { .. } | Stmt::Continue { .. } | Stmt::Return)
    )
}

/// Whether `stmt` contains an exit that leaves it: `return`, or a `break` /
/// `continue` of a loop outside it. `inner` holds the loops inside `stmt`.
fn escapes(stmt: &Stmt, inner: &mut Vec<LoopId>) -> bool {
    match stmt {
        Stmt::Break { target, .. } | Stmt::Continue { target, .. } => !inner.contains(target),
        Stmt::Return => true,
        Stmt::Loop(l) => {
            inner.push(l.id);
            let found = l.body.stmts.iter().any(|s| escapes(s, inner));
            inner.pop();
            found
        }
        _ => {
            let mut found = false;
            for_each_child_block(stmt, &mut |b| {
                found |= b.stmts.iter().any(|s| escapes(s, inner))
            });
            found
        }
    }
}
