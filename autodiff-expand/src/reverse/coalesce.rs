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
//! available to the loop (see [`super::replay`]), or locals of the loop's body
//! defined once from such values (the tangent program binds `let k = 2 * i;`
//! to read `w[k]` and its tangent at one index), which the sum's index
//! spells out. The vector must be one whose
//! adjoint the loop only adds into: a parameter, not a local buffer (whose
//! stores read and reset their elements' adjoints).

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::{HashMap, HashSet};

use super::adjoint;
use super::replay::collect_assigned;
use crate::emit::Emit;
use crate::ir::*;

/// The coalesced adjoints of one replayed loop.
pub(super) struct Coalescing {
    /// The values constant through the loop that the backward sweep can name after it.
    outside: HashSet<VarId>,
    /// The locals of the loop's body that are constant through it, with
    /// their definitions written with `outside` values only.
    invariant: HashMap<VarId, Expr>,
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
    /// For a replayed loop with body `body` whose available values are `outside`.
    pub(super) fn new(outside: HashSet<VarId>, body: &Block) -> Self {
        let mut assigned = HashSet::new();
        collect_assigned(body, &mut assigned);
        let mut invariant = HashMap::new();
        each_stmt(&body.stmts, &mut |stmt| {
            if let Stmt::Let { var, init: Some(e) } = stmt {
                if let Some(e) = spelled_out(e, &outside, &invariant) {
                    if !assigned.contains(var) {
                        invariant.insert(*var, e);
                    }
                }
            }
        });
        Coalescing {
            outside,
            invariant,
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
        if func.is_buffer(vector) {
            return None;
        }
        let index = spelled_out(index, &self.outside, &self.invariant)?;
        let naming = |v: VarId| func.var(v).ident.clone();
        let tokens = Emit::new(func, &naming).expr(&index);
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

/// `e` written with `outside` values only, the `invariant` locals it reads
/// replaced by their definitions; `None` if it reads another value or an
/// invariant local inside an expression that cannot be rewritten.
fn spelled_out(
    e: &Expr,
    outside: &HashSet<VarId>,
    invariant: &HashMap<VarId, Expr>,
) -> Option<Expr> {
    let (mut known, mut local) = (true, false);
    e.for_each_read(&mut |v| {
        known &= outside.contains(&v) || invariant.contains_key(&v);
        local |= invariant.contains_key(&v);
    });
    if !known {
        return None;
    }
    if !local {
        return Some(e.clone());
    }
    let inner = |a: &Expr| spelled_out(a, outside, invariant).map(Box::new);
    Some(match e {
        Expr::Var(v) => invariant.get(v)?.clone(),
        Expr::Unary(op, a) => Expr::Unary(*op, inner(a)?),
        Expr::Binary(op, a, b) => Expr::Binary(*op, inner(a)?, inner(b)?),
        Expr::Cast(a, ty) => Expr::Cast(inner(a)?, ty.clone()),
        Expr::Index(a, b) => Expr::Index(inner(a)?, inner(b)?),
        _ => return None,
    })
}
