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
//!   (`bb.add_at(k, bt)`).

use proc_macro2::TokenStream;
use quote::quote;

use super::{adjoint, Reverser};
use crate::emit::tape_ident;
use crate::ir::*;
use crate::transform::bind_index;

impl Reverser<'_> {
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
