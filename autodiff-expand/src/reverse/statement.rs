//! Assignments in both sweeps: the records of one statement in the forward
//! sweep, and its adjoint updates in the backward sweep.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::HashSet;

use super::plan::StmtPlan;
use super::{adjoint, shadow, Reverser};
use crate::emit::{callee_tokens, scalar_tokens, tape_ident, Emit};
use crate::ir::build::*;
use crate::ir::*;
use crate::linearize::{LeafKind, Linear};
use crate::transform::{arg_var, bind_index, element, element_read};

impl Reverser<'_> {
    pub(super) fn assignment(
        &mut self,
        stmt: &Stmt,
        var: VarId,
        value: Option<&Expr>,
        declare: bool,
    ) -> (Vec<Stmt>, TokenStream) {
        if self.func.is_buffer(var) && self.active(var) {
            return self.buffer_assignment(stmt, var, value);
        }
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
        if let (true, Some((vector, index))) = (
            active,
            value.and_then(|e| element_read(&self.func, self.activity, e)),
        ) {
            let b = adjoint(var);
            let coalesced = self
                .coalescing
                .last_mut()
                .and_then(|c| c.add(&self.func, vector, index, &b, &mut self.sums));
            let k = bind_index(&mut self.func, index, &mut forward);
            if coalesced.is_none() {
                forward.push(Stmt::PushControl(Expr::Var(k)));
            }
            forward.push(set(element(vector, k)));
            forward.extend(self.refresh_kept(var, declare));
            if let Some(backward) = coalesced {
                return (forward, quote!(#backward #restore));
            }
            let b_vector = adjoint(vector);
            let k = Ident::new("__autodiff_k", Span::mixed_site());
            let backward = quote! {
                let #k = #tape.pop_control();
                #b_vector.add_at(#k, #b);
                #b = -0.0;
            };
            return (forward, quote!(#backward #restore));
        }
        match value {
            Some(Expr::Call(call))
                if active && call.args.iter().any(|a| self.activity.expr_active(a)) =>
            {
                let lending = self.lending(call);
                let mut forward_call = (**call).clone();
                forward_call.variant = CallVariant::Forward;
                forward.extend(lending.before);
                forward.push(set(Expr::Call(Box::new(forward_call))));
                forward.extend(lending.after);
                forward.extend(self.refresh_kept(var, declare));
                let loans = lending.backward;
                let backward = self.call_backward(var, call);
                (forward, quote!(#loans #backward #restore))
            }
            Some(e) if active && self.activity.expr_active(e) => {
                let Some(plan) = self.plans.of(stmt) else {
                    return (vec![stmt.clone()], quote!());
                };
                let linear = &plan.linear;
                let mut records = Vec::new();
                crate::transform::push_primal_nodes(linear, &mut records);
                for leaf in &plan.pushed_leaves {
                    let float = leaf_kind(linear, *leaf) == LeafKind::Float;
                    records.push(if float {
                        Stmt::Push(Expr::Var(*leaf))
                    } else {
                        Stmt::PushControl(Expr::Var(*leaf))
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

    /// `let (first, second) = g__jvp(args..)` of a tangent program being
    /// differentiated (second order): the forward sweep calls the forward
    /// sweep of `g`'s tangent program, the backward sweep its backward sweep
    /// with the adjoints of both results, which returns one adjoint per
    /// argument.
    pub(super) fn call_pair(
        &mut self,
        stmt: &Stmt,
        first: VarId,
        second: VarId,
        call: &Call,
    ) -> (Vec<Stmt>, TokenStream) {
        if !self.active(first) && !self.active(second) {
            return (vec![stmt.clone()], quote!());
        }
        let lending = self.lending(call);
        let mut forward = lending.before;
        forward.push(call_pair(
            first,
            second,
            call,
            CallVariant::JvpForward,
            Vec::new(),
        ));
        forward.extend(lending.after);
        forward.extend(self.refresh_kept(first, true));
        forward.extend(self.refresh_kept(second, true));
        let loans = lending.backward;
        if self.func.is_buffer(first) {
            forward.push(Stmt::PushControl(build::len(first)));
            let (seeds, taken) = self.vector_seeds(&[first, second]);
            let call_back = self.call_back(call, "jvp_bwd", seeds);
            return (forward, quote!(#taken #loans #call_back));
        }
        let seeds = [first, second].map(|v| {
            if self.active(v) {
                let b = adjoint(v);
                quote!({ let __autodiff_ob = #b; #b = -0.0; __autodiff_ob })
            } else {
                quote!(0.0)
            }
        });
        let call_back = self.call_back(call, "jvp_bwd", seeds.to_vec());
        (forward, quote!(#loans #call_back))
    }

    /// How the backward sweep of `call`'s callee takes each argument's
    /// adjoint (see [`Slot`]).
    fn slots(&self, call: &Call) -> Vec<Slot> {
        let mut seen = HashSet::new();
        call.args
            .iter()
            .map(|a| match (a, arg_var(a)) {
                (_, Some(v)) if self.active(v) && self.func.is_buffer(v) => {
                    let lent = super::buffer::lent(v);
                    Slot::Lent(quote!(#lent))
                }
                (_, Some(v)) if self.active(v) && self.func.is_vector(v) => {
                    let b = adjoint(v);
                    Slot::Lent(quote!(#b))
                }
                (Expr::Var(v), _) if self.active(*v) => match seen.insert(*v) {
                    true => Slot::InOut(*v),
                    false => Slot::Added(*v),
                },
                _ => Slot::Discarded,
            })
            .collect()
    }

    pub(super) fn call_backward(&self, var: VarId, call: &Call) -> TokenStream {
        let (b, ob) = (
            adjoint(var),
            Ident::new("__autodiff_ob", Span::mixed_site()),
        );
        let call_back = self.call_back(call, "bwd", vec![quote!(#ob)]);
        quote! {
            let #ob = #b;
            #b = -0.0;
            #call_back
        }
    }

    /// The call of the backward sweep `kind` of `call`'s callee with `seeds`
    /// and the arguments' adjoints, and the adjoints it gives back.
    pub(super) fn call_back(
        &self,
        call: &Call,
        kind: &str,
        seeds: Vec<TokenStream>,
    ) -> TokenStream {
        let tape = tape_ident();
        let callee = callee_tokens(&call.callee, Some(kind), true);
        let slots = self.slots(call);
        let adjoints = slots.iter().map(|s| match s {
            Slot::Lent(buffer) => buffer.clone(),
            Slot::InOut(v) => {
                let b = adjoint(*v);
                quote!(#b)
            }
            Slot::Added(_) => quote!(-0.0),
            Slot::Discarded => quote!(::core::default::Default::default()),
        });
        let call = quote!(#callee(#tape, #(#seeds,)* #(#adjoints),*));
        if !slots.iter().any(|s| matches!(s, Slot::Added(_))) {
            if !slots.iter().any(|s| matches!(s, Slot::InOut(_))) {
                return quote!(#call;);
            }
            let places = slots.iter().map(|s| match s {
                Slot::InOut(v) => {
                    let b = adjoint(*v);
                    quote!(#b)
                }
                _ => quote!(_),
            });
            return quote!((#(#places,)*) = #call;);
        }
        let result = Ident::new("__autodiff_r", Span::mixed_site());
        let taken = slots.iter().enumerate().map(|(i, s)| {
            let i = syn::Index::from(i);
            match s {
                Slot::InOut(v) => {
                    let b = adjoint(*v);
                    quote!(#b = #result.#i;)
                }
                Slot::Added(v) => {
                    let b = adjoint(*v);
                    quote!(#b += #result.#i;)
                }
                _ => quote!(),
            }
        });
        quote! {
            let #result = #call;
            #(#taken)*
        }
    }

    pub(super) fn statement_backward(&self, var: VarId, plan: &StmtPlan) -> TokenStream {
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
            match leaf_kind(linear, *l) {
                LeafKind::Float => quote!(let #name: #scalar = #tape.pop();),
                LeafKind::Int => quote!(let #name = #tape.pop_control() as i32;),
                LeafKind::Bool => quote!(let #name = #tape.pop_control() != 0;),
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

fn leaf_kind(linear: &Linear, leaf: VarId) -> LeafKind {
    linear
        .leaves
        .iter()
        .find(|l| l.var == leaf)
        .map_or(LeafKind::Float, |l| l.kind)
}

/// How a call's backward sweep takes the adjoint of one argument.
enum Slot {
    /// An active vector: its adjoint buffer, into which the callee adds.
    Lent(TokenStream),
    /// An active float variable: its adjoint so far goes in, and the callee
    /// gives it back with its own contributions added (see
    /// [`super::in_place_params`]).
    InOut(VarId),
    /// A variable passed again, already in an earlier slot: the callee
    /// starts from -0.0 and what it gives back is added.
    Added(VarId),
    /// Anything else: a default the callee ignores or adds to and returns,
    /// and the result is dropped.
    Discarded,
}
