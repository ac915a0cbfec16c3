//! Buffers in both sweeps. The backward sweep keeps one `AdjointBuffer` per
//! active buffer, grown as adjoints arrive:
//! - a store `b[k] = v` records `k`; backward, it moves the adjoint of
//!   element `k` to `v` (`bv += bb.take(k)`), zeroing it, since the store
//!   overwrote the element; a `push` records the index it wrote;
//! - a creation hands the adjoints of its elements to its operands (a fill
//!   value, listed elements) and clears the adjoint buffer, so that a buffer
//!   created in a loop body starts afresh in each iteration of the sweep;
//! - a move `y = b` adds the adjoints of `y` into those of `b`;
//! - an element read `t = b[k]` is a read like that of a vector parameter
//!   (`bb.add_at(k, bt)`);
//! - a call that takes the buffer records its length, and the callee's
//!   backward sweep adds into that many adjoints (`bb.lend(len)`).

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::{adjoint, Reverser};
use crate::emit::tape_ident;
use crate::ir::*;
use crate::transform::bind_index;

/// The adjoints of buffer `v` lent to a callee's backward sweep.
pub(super) fn lent(v: VarId) -> Ident {
    Ident::new(&format!("__autodiff_lent{}", v.0), Span::mixed_site())
}

/// What a call that takes active buffers needs in both sweeps.
pub(super) struct Lending {
    /// Forward sweep, before the call: the buffers' lengths into temporaries
    /// (a buffer passed by value is gone after the call).
    pub before: Vec<Stmt>,
    /// Forward sweep, after the call (so that the backward sweep pops them
    /// before the callee's records): the lengths.
    pub after: Vec<Stmt>,
    /// Backward sweep, before the callee's: each buffer's adjoints, lent.
    pub backward: TokenStream,
}

impl Reverser<'_> {
    /// The active buffers among the arguments of `call`, each once.
    fn lent_buffers_of(&self, call: &Call) -> Vec<VarId> {
        let mut buffers: Vec<VarId> = Vec::new();
        for v in call.args.iter().filter_map(crate::transform::arg_var) {
            if self.func.is_buffer(v) && self.active(v) && !buffers.contains(&v) {
                buffers.push(v);
            }
        }
        buffers
    }

    /// The records and loans of the active buffers `call` takes.
    pub(super) fn lending(&mut self, call: &Call) -> Lending {
        let mut lending = Lending {
            before: Vec::new(),
            after: Vec::new(),
            backward: quote!(),
        };
        let tape = tape_ident();
        let buffers = self.lent_buffers_of(call);
        for v in &buffers {
            let len = crate::transform::temp(&mut self.func, "len");
            lending.before.push(Stmt::Let {
                var: len,
                init: Some(build::len(*v)),
            });
            lending.after.push(Stmt::PushControl(Expr::Var(len)));
        }
        let loans = buffers.iter().rev().map(|v| {
            let (lent, bb) = (lent(*v), adjoint(*v));
            quote!(let #lent = #bb.lend(#tape.pop_control());)
        });
        lending.backward = quote!(#(#loans)*);
        lending
    }

    /// `v = g(..)` for a function `g` with a vector result. The forward sweep
    /// calls `g`'s and records the result's length; the backward sweep hands
    /// `v`'s adjoints to `g`'s backward sweep as its seed.
    fn vector_call(&mut self, stmt: &Stmt, var: VarId, call: &Call) -> (Vec<Stmt>, TokenStream) {
        let lending = self.lending(call);
        let mut forward_call = call.clone();
        forward_call.variant = CallVariant::Forward;
        let value = Expr::Call(Box::new(forward_call));
        let mut forward = lending.before;
        forward.push(match stmt {
            Stmt::Let { .. } => Stmt::Let {
                var,
                init: Some(value),
            },
            _ => Stmt::Assign { var, value },
        });
        forward.extend(lending.after);
        forward.push(Stmt::PushControl(build::len(var)));
        let (seeds, taken) = self.vector_seeds(&[var]);
        let (loans, call_back) = (lending.backward, self.call_back(call, "bwd", seeds));
        (forward, quote!(#taken #loans #call_back))
    }

    /// The seeds of the backward sweep of a call whose results are vectors
    /// of the length last recorded on the tape, and the statements that take
    /// them: each result's adjoints, taken out of its buffer (they end there:
    /// before the call, the result did not hold this value), or an empty seed,
    /// which counts as zeros, for an inactive result.
    pub(super) fn vector_seeds(&self, results: &[VarId]) -> (Vec<TokenStream>, TokenStream) {
        let tape = tape_ident();
        let len = Ident::new("__autodiff_len_of_call", Span::mixed_site());
        let mut taken = quote!(let #len = #tape.pop_control(););
        let seeds = results
            .iter()
            .map(|v| {
                if !self.active(*v) {
                    return quote!(&[]);
                }
                let (b, seed) = (
                    adjoint(*v),
                    Ident::new(&format!("__autodiff_seed_of{}", v.0), Span::mixed_site()),
                );
                taken.extend(quote!(let mut #seed = ::core::mem::take(&mut #b);));
                quote!(#seed.as_seed(#len))
            })
            .collect();
        (seeds, taken)
    }

    /// `b[index] = value;` or `b.push(value);`.
    pub(super) fn store(
        &mut self,
        stmt: &Stmt,
        buffer: VarId,
        index: Option<&Expr>,
        value: &Expr,
    ) -> (Vec<Stmt>, TokenStream) {
        if !self.active(buffer) {
            return (vec![stmt.clone()], quote!());
        }
        let mut forward = Vec::new();
        let position = index.cloned().unwrap_or_else(|| build::len(buffer));
        let k = bind_index(&mut self.func, &position, &mut forward);
        forward.push(Stmt::PushControl(Expr::Var(k)));
        forward.push(Stmt::Store {
            buffer,
            index: index.map(|_| Expr::Var(k)),
            value: value.clone(),
        });
        let (tape, bb) = (tape_ident(), adjoint(buffer));
        let taken = quote!(#bb.take(#tape.pop_control()));
        let backward = match value {
            Expr::Var(v) if self.active(*v) => {
                let bv = adjoint(*v);
                quote!(#bv += #taken;)
            }
            _ => quote!(#taken;),
        };
        (forward, backward)
    }

    /// A `let` or an assignment of an active buffer: a creation or a move.
    pub(super) fn buffer_assignment(
        &mut self,
        stmt: &Stmt,
        var: VarId,
        value: Option<&Expr>,
    ) -> (Vec<Stmt>, TokenStream) {
        if let Some(Expr::Call(call)) = value {
            if call.args.iter().any(|a| self.activity.expr_active(a)) {
                return self.vector_call(stmt, var, call);
            }
        }
        let bvar = adjoint(var);
        let backward = match value {
            None => quote!(),
            Some(Expr::Var(b)) if self.active(*b) => {
                let bb = adjoint(*b);
                quote!(#bb.absorb(&mut #bvar);)
            }
            Some(Expr::NewBuffer(b)) => {
                let to_operands = match &**b {
                    NewBuffer::Repeat {
                        fill: Expr::Var(f), ..
                    } if self.active(*f) => {
                        let bf = adjoint(*f);
                        vec![quote!(#bf += #bvar.take_sum();)]
                    }
                    NewBuffer::List { elems, .. } => elems
                        .iter()
                        .enumerate()
                        .filter_map(|(i, e)| match e {
                            Expr::Var(v) if self.active(*v) => {
                                let bv = adjoint(*v);
                                Some(quote!(#bv += #bvar.take(#i);))
                            }
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                quote!(#(#to_operands)* #bvar.clear();)
            }
            Some(_) => quote!(#bvar.clear();),
        };
        (vec![stmt.clone()], backward)
    }
}
