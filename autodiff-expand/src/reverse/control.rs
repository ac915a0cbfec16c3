//! Control flow in both sweeps: blocks, branches, loops and exits. The
//! forward sweep records which branch ran, how often a loop ran and where a
//! block was left; the backward sweep replays the same structure backwards.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::coalesce::Coalescing;
use super::replay::{returns, without, ReplayedLoop};
use super::{shadow, Reverser};
use crate::emit::{tape_ident, Emit};
use crate::ir::build::*;
use crate::ir::*;

/// A construct being walked, for the records an early exit must write.
pub(super) enum Frame {
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

/// The variables `stmt` declares in its block.
fn declared(stmt: &Stmt) -> Vec<VarId> {
    match stmt {
        Stmt::Let { var, .. } => vec![*var],
        Stmt::CallPair { first, second, .. } => vec![*first, *second],
        _ => Vec::new(),
    }
}

fn push_word(word: usize) -> Stmt {
    Stmt::PushControl(int(word as i64))
}

impl Reverser<'_> {
    pub(super) fn has_reverse(&self, stmt: &Stmt) -> bool {
        match stmt {
            Stmt::Let { var, .. } => self.active(*var),
            Stmt::Assign { var, .. } => self.active(*var) || self.needed(*var),
            Stmt::CallPair { first, second, .. } => self.active(*first) || self.active(*second),
            Stmt::Store { buffer, .. } => self.active(*buffer),
            _ => {
                let mut found = false;
                for_each_child_block(stmt, &mut |b| found |= self.has_reverse_block(b));
                found
            }
        }
    }

    pub(super) fn has_reverse_block(&self, block: &Block) -> bool {
        block
            .stmts
            .iter()
            .any(|s| self.has_reverse(s) || declared(s).into_iter().any(|v| self.needed(v)))
    }

    pub(super) fn closing(&self, frame: &Frame) -> Vec<Stmt> {
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

    /// The records of every construct an exit leaves, innermost first: up to
    /// the loop `until`, or out of the function.
    pub(super) fn exit_closings(&self, until: Option<LoopId>) -> Vec<Stmt> {
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

    pub(super) fn block(&mut self, block: &Block) -> (Block, TokenStream) {
        self.stmts(&block.stmts)
    }

    /// The sweeps of a block made of `stmts`.
    pub(super) fn stmts(&mut self, stmts: &[Stmt]) -> (Block, TokenStream) {
        let decls: Vec<(usize, VarId)> = stmts
            .iter()
            .enumerate()
            .flat_map(|(j, s)| declared(s).into_iter().map(move |v| (j, v)))
            .filter(|(_, v)| self.needed(*v))
            .collect();
        let first_exit = stmts.iter().position(|s| escapes(s, &mut Vec::new()));
        let stop = first_exit.is_some_and(|i| {
            stmts[i + 1..].iter().any(|s| self.has_reverse(s)) || decls.iter().any(|(p, _)| *p > i)
        });
        self.frames.push(Frame::Block {
            decls: decls.clone(),
            stop,
            position: 0,
        });
        let mut forward = Vec::new();
        let mut pieces = Vec::new();
        for (j, stmt) in stmts.iter().enumerate() {
            if let Some(Frame::Block { position, .. }) = self.frames.last_mut() {
                *position = j;
            }
            let (f, b) = self.stmt(stmt);
            forward.extend(f);
            pieces.push(b);
        }
        self.frames.pop();
        let n = stmts.len();
        if !ends_in_exit(stmts) {
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
        let last_guarded = (first_exit + 1..n).find(|j| !pieces[*j].is_empty());
        let consumed = match last_guarded {
            Some(j) if stop && calls(&stmts[j]) => self.consumed_outputs(&stmts[first_exit]),
            _ => TokenStream::new(),
        };
        let reversed = pieces
            .into_iter()
            .enumerate()
            .rev()
            .filter(|(_, p)| !p.is_empty())
            .map(|(j, piece)| {
                if !stop || j <= first_exit {
                    piece
                } else if Some(j) == last_guarded {
                    quote!(if #stop_at >= #j { #piece #consumed })
                } else {
                    quote!(if #stop_at >= #j { #piece })
                }
            });
        let backward = quote!({ #read_stop #(#restores)* #(#reversed)* });
        (Block { stmts: forward }, backward)
    }

    /// Resets the adjoints of the function's results if `exit`, the first
    /// statement of a block that leaves it, contains a `return`; placed at
    /// the end of the backward code of the statement after `exit` that has
    /// some, if that statement calls a function, where the backward sweep
    /// knows that the block went past `exit`. There the results' adjoints
    /// are -0.0 already, for the `return` that ran comes later and its
    /// backward code has consumed them; but the compiler cannot tell, and
    /// would keep them across the call (in a recursion, at every level) for
    /// the backward code of `exit`, which reads them.
    fn consumed_outputs(&self, exit: &Stmt) -> TokenStream {
        if !returns(std::slice::from_ref(exit)) {
            return TokenStream::new();
        }
        let outputs = self
            .func
            .outputs
            .iter()
            .filter(|o| self.active(**o) && !self.func.is_vector(**o))
            .map(|o| super::adjoint(*o));
        quote!(#(#outputs = -0.0;)*)
    }

    pub(super) fn stmt(&mut self, stmt: &Stmt) -> (Vec<Stmt>, TokenStream) {
        match stmt {
            Stmt::Let { var, init } => self.assignment(stmt, *var, init.as_ref(), true),
            Stmt::Assign { var, value } => self.assignment(stmt, *var, Some(value), false),
            Stmt::CallPair {
                first,
                second,
                call: Expr::Call(call),
            } => self.call_pair(stmt, *first, *second, call),
            Stmt::Store {
                buffer,
                index,
                value,
            } => self.store(stmt, *buffer, index.as_ref(), value),
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

    pub(super) fn branches(
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
            if recorded && !ends_in_exit(&block.stmts) {
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

    pub(super) fn arms(&mut self, scrutinee: &Expr, arms: &[Arm]) -> (Vec<Stmt>, TokenStream) {
        let recorded = arms.iter().any(|a| self.has_reverse_block(&a.body));
        let mut forward_arms = Vec::new();
        let mut backward_arms = Vec::new();
        for (word, arm) in arms.iter().enumerate() {
            self.frames.push(Frame::Branch { word, recorded });
            let (mut f, b) = self.block(&arm.body);
            self.frames.pop();
            if recorded && !ends_in_exit(&arm.body.stmts) {
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

    pub(super) fn looped(&mut self, l: &Loop) -> (Vec<Stmt>, TokenStream) {
        let recorded = self.has_reverse_block(&l.body);
        if recorded {
            if let Some(replayed) = self.replay.loops.get(&l.id).cloned() {
                return self.replayed_loop(l, replayed);
            }
        }
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
        let trips = Ident::new(&format!("__autodiff_trips{}", l.id.0), Span::mixed_site());
        let private = crate::paths::private();
        let backward = if recorded {
            quote! {
                let mut #trips: usize = #tape.pop_control();
                while #private::next_trip(&mut #trips) { #backward_body }
            }
        } else {
            quote!()
        };
        (stmts, backward)
    }
}

impl Reverser<'_> {
    /// A loop the backward sweep replays (see [`super::replay`]): the plain
    /// loop in the forward sweep; in the backward sweep, for each iteration
    /// from the last, the recording code of the body without the `carried`
    /// values, then its backward code. A fused loop (see [`super::fuse`]) is
    /// left out of the forward sweep, and the backward sweep runs its
    /// iterations from the first, each with the whole recording code (the
    /// accumulations included) and then the backward code. The adjoints
    /// summed in registers (see [`super::coalesce`]) go around either.
    fn replayed_loop(&mut self, l: &Loop, replayed: ReplayedLoop) -> (Vec<Stmt>, TokenStream) {
        self.frames.push(Frame::Loop {
            id: l.id,
            counter: None,
        });
        self.coalescing
            .push(Coalescing::new(replayed.available, &l.body));
        let (body, backward_body) = self.block(&l.body);
        let coalescing = self.coalescing.pop();
        self.frames.pop();
        self.replayed = true;
        let LoopHead::For { pat, iter } = &l.head else {
            return (vec![Stmt::Loop(l.clone())], quote!());
        };
        let naming = |v: VarId| self.func.var(v).ident.clone();
        let emit = Emit::new(&self.func, &naming);
        let fused = self.fused_loops.contains(&l.id);
        let replayed = match fused {
            true => body,
            false => without(&body, &mut replayed.carried.clone()),
        };
        let replay = emit.block(&replayed);
        let iter = emit.expr(iter);
        let sized = records(&l.body).and_then(|_| records(&replayed));
        let tape = sized.map(|(values, words)| {
            let (tape, private) = (tape_ident(), crate::paths::private());
            let scalar = crate::emit::scalar_tokens(self.func.scalar);
            quote!(let mut #tape = #private::IterationTape::<#scalar, #values, #words>::new();)
        });
        let backward = match fused {
            true => quote!(for #pat in #iter { #tape #replay #backward_body }),
            false => quote!(for #pat in (#iter).rev() { #tape #replay #backward_body }),
        };
        let backward = match coalescing {
            Some(c) => c.around(backward),
            None => backward,
        };
        let forward = match fused {
            true => Vec::new(),
            false => vec![Stmt::Loop(l.clone())],
        };
        (forward, backward)
    }
}

/// The most values and control words one run of `block` records, if it has
/// no loop (whose records have no bound the macro knows).
fn records(block: &Block) -> Option<(usize, usize)> {
    let (mut values, mut words) = (0, 0);
    for stmt in &block.stmts {
        match stmt {
            Stmt::Push(_) => values += 1,
            Stmt::PushControl(_) => words += 1,
            Stmt::Loop(_) => return None,
            _ => {
                let mut inner = Some((0, 0));
                for_each_child_block(stmt, &mut |b| {
                    inner = inner
                        .zip(records(b))
                        .map(|((v, w), (bv, bw))| (v + bv, w + bw));
                });
                let (v, w) = inner?;
                values += v;
                words += w;
            }
        }
    }
    Some((values, words))
}

/// Whether the block's last statement is `break`, `continue` or `return`, so
/// that nothing after it runs (its exit writes the records instead).
fn ends_in_exit(stmts: &[Stmt]) -> bool {
    matches!(
        stmts.last(),
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
