//! Coalesced adjoints: inside a replayed loop, the adjoint of an element
//! read whose index does not change from one iteration to the next (`w[2 * i]`
//! in a loop over `j`) is summed in a local, and added into the vector's
//! adjoint once, after the loop.
//!
//! Added into memory in every iteration, such an adjoint makes each
//! iteration wait for the store of the one before (a store-to-load chain of
//! about five cycles), which is what a hand-written gradient avoids by
//! keeping the sum in a register. The local starts at -0.0 (see
//! [`super::adjoint`]); it is added into the vector only if the read ran at
//! least once, so that an index the primal never used (an empty loop, a
//! branch not taken) is never touched.
//!
//! An index may be coalesced when every value it reads is constant through
//! the loop and can be named after it: the values the replay analysis makes
//! available to the loop (see [`super::replay`]). The vector must be one whose
//! adjoint the loop only adds into: a parameter, not a local buffer (whose
//! stores read and reset their elements' adjoints).

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::HashSet;

use super::adjoint;
use crate::emit::Emit;
use crate::ir::*;

/// The coalesced adjoints of one replayed loop.
pub(super) struct Coalescing {
    /// The values constant through the loop that the backward sweep can name after it.
    outside: HashSet<VarId>,
    /// One sum per distinct (vector, index).
    sums: Vec<Sum>,
}

/// The sum of the adjoints of one element read.
struct Sum {
    vector: VarId,
    /// The index as emitted: the key that makes two reads of `w[2 * i]` one sum.
    index: String,
    /// The index as emitted, as tokens.
    tokens: TokenStream,
    /// The local the adjoints are summed in.
    local: Ident,
    /// Whether a read ran.
    ran: Ident,
}

impl Coalescing {
    /// For a replayed loop whose available values are `outside`.
    pub(super) fn new(outside: HashSet<VarId>) -> Self {
        Coalescing {
            outside,
            sums: Vec::new(),
        }
    }

    /// The backward code of `b = vector[index]` if its adjoint can be
    /// coalesced: the adjoint `b` added into the sum and reset (the index is
    /// not recorded: the sum is added at it after the loop). `sums` counts
    /// the sums of the function and numbers a new one's locals.
    pub(super) fn add(
        &mut self,
        func: &Function,
        vector: VarId,
        index: &Expr,
        b: &Ident,
        sums: &mut usize,
    ) -> Option<TokenStream> {
        let mut invariant = true;
        index.for_each_read(&mut |r| invariant &= self.outside.contains(&r));
        if !invariant || func.is_buffer(vector) {
            return None;
        }
        let naming = |v: VarId| func.var(v).ident.clone();
        let tokens = Emit::new(func, &naming).expr(index);
        let key = tokens.to_string();
        let position = match self
            .sums
            .iter()
            .position(|s| s.vector == vector && s.index == key)
        {
            Some(p) => p,
            None => {
                *sums += 1;
                let n = *sums;
                self.sums.push(Sum {
                    vector,
                    index: key,
                    tokens,
                    local: Ident::new(&format!("__autodiff_sum{n}"), Span::mixed_site()),
                    ran: Ident::new(&format!("__autodiff_ran{n}"), Span::mixed_site()),
                });
                self.sums.len() - 1
            }
        };
        let Sum { local, ran, .. } = &self.sums[position];
        Some(quote! {
            #local += #b;
            #ran = true;
            #b = -0.0;
        })
    }

    /// Wraps the backward code of the loop: declares the sums before it and
    /// adds each into its vector's adjoint after it.
    pub(super) fn around(self, backward: TokenStream) -> TokenStream {
        if self.sums.is_empty() {
            return backward;
        }
        let declare = self.sums.iter().map(|s| {
            let (local, ran) = (&s.local, &s.ran);
            quote!(let mut #local = -0.0; let mut #ran = false;)
        });
        let flush = self.sums.iter().map(|s| {
            let (local, ran, index, b) = (&s.local, &s.ran, &s.tokens, adjoint(s.vector));
            quote!(if #ran { #b.add_at((#index) as usize, #local); })
        });
        quote!({ #(#declare)* #backward #(#flush)* })
    }
}
