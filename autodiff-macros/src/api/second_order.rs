//! Second order: reverse mode applied to the tangent program.
//!
//! `NAME__jvp` computes (f(x), ∇f(x)·v). Its two sweeps `NAME__jvp_fwd` /
//! `NAME__jvp_bwd`, seeded with (0, 1) on those two results, return as the
//! adjoints of the tangent parameters ∂(∇f·v)/∂v = ∇f, and as the adjoints
//! of the primal parameters ∂(∇f·v)/∂x = H v: one forward and one backward
//! sweep give the value, the gradient and a Hessian-vector product, exact to
//! rounding. Loops, branches, calls (through the callees' own `__jvp_fwd` /
//! `__jvp_bwd`) and recursion work as in first order, because this is first
//! order applied to a program with the same control flow.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;

use super::Generator;
use crate::activity::{self, Activity};
use crate::diagnostics::Errors;
use crate::emit::{companion, tape_ident};
use crate::ir::{Function, Param, VarId, VarKind};
use crate::paths;

impl Generator<'_> {
    /// The sweeps `NAME__{prefix}jvp_fwd` and `NAME__{prefix}jvp_bwd` of the
    /// tangent program of `func`.
    pub(super) fn second_order_companions(
        &self,
        prefix: &str,
        func: &Function,
        activity: &Activity,
    ) -> [TokenStream; 2] {
        let jvp = crate::forward::jvp(func, activity);
        let mut program = jvp.func;
        let mut seeds: Vec<VarId> = Vec::new();
        let mut tangent_params = Vec::new();
        for ((param, sig_param), tangent) in func
            .params
            .iter()
            .zip(&self.sig.params)
            .zip(&jvp.param_tangents)
        {
            let var = match tangent {
                Some(t) => {
                    seeds.extend([param.var, *t]);
                    *t
                }
                None => program.new_var(
                    Ident::new("_", Span::call_site()),
                    VarKind::Derived,
                    false,
                    None,
                ),
            };
            tangent_params.push(Param {
                var,
                float: sig_param.float,
                vector: sig_param.vector.clone(),
            });
        }
        program.params.extend(tangent_params);
        let program_activity = activity::analyze(&program, &seeds, &mut Errors::default());
        let seed_names =
            [0, 1].map(|i| Ident::new(&format!("__autodiff_seed{i}"), Span::mixed_site()));
        let sweeps = crate::reverse::reverse(&program, &program_activity, &seed_names);
        let (scalar, tape, private) = (self.scalar(), tape_ident(), paths::private());
        let tape_param = quote!(#tape: &mut #private::Tape<#scalar>);
        let mut extra = self.per_param(
            &jvp.param_tangents,
            &sweeps.forward,
            scalar.clone(),
            &self.seeds,
        );
        extra.push(tape_param.clone());
        let forward = self.header(
            &companion(&format!("{prefix}jvp_fwd"), &self.sig.ident),
            true,
            &extra,
            quote!((#scalar, #scalar)),
        );
        let adjoint_types: Vec<TokenStream> = self
            .sig
            .params
            .iter()
            .map(|p| match p.float {
                Some(_) => scalar.clone(),
                None => quote!(()),
            })
            .collect();
        let (vis, generics) = (&self.sig.vis, &self.sig.generics);
        let where_clause = &generics.where_clause;
        let name = companion(&format!("{prefix}jvp_bwd"), &self.sig.ident);
        let backward = quote! {
            #vis fn #name #generics (
                #tape_param, #(#seed_names: #scalar),*
            ) -> (#(#adjoint_types,)* #(#adjoint_types,)*) #where_clause
        };
        let inline = quote!(#[inline(never)]);
        [
            self.hidden_with(forward, Self::body(&sweeps.forward), inline.clone()),
            self.hidden_with(backward, sweeps.backward, inline),
        ]
    }

    /// The direction parameter of `NAME_hvp` for parameter `ident`.
    pub(super) fn direction_ident(ident: &Ident) -> Ident {
        Ident::new(&format!("v_{}", ident.unraw()), Span::mixed_site())
    }

    /// The bodies of `NAME_hvp` and `NAME_hessian`.
    pub(super) fn second_order_bodies(&self, prefix: &str, active: &[bool]) -> [TokenStream; 2] {
        let sig = self.sig;
        let (scalar, private, tape) = (self.scalar(), paths::private(), tape_ident());
        let name = &sig.ident;
        let k = sig.params.len();
        let args: Vec<&Ident> = sig.params.iter().map(|p| &p.ident).collect();
        let directions = sig
            .params
            .iter()
            .zip(active)
            .map(|(p, a)| match (p.float, a) {
                (Some(_), true) => {
                    let v = Self::direction_ident(&p.ident);
                    quote!(#v)
                }
                (Some(_), false) => quote!(0.0),
                (None, _) => quote!(()),
            });
        let fwd = self.call_companion(&companion(&format!("{prefix}jvp_fwd"), name), true);
        let bwd = self.call_companion(&companion(&format!("{prefix}jvp_bwd"), name), false);
        let (value, adjoints) = (
            Ident::new("__autodiff_value", Span::mixed_site()),
            Ident::new("__autodiff_adjoints", Span::mixed_site()),
        );
        let active_indices: Vec<usize> = (0..k).filter(|i| active[*i]).collect();
        let gradient = active_indices.iter().map(|i| {
            let i = syn::Index::from(k + i);
            quote!(#adjoints.#i + 0.0)
        });
        let product = active_indices.iter().map(|i| {
            let i = syn::Index::from(*i);
            quote!(#adjoints.#i + 0.0)
        });
        let hvp = quote! {
            <#scalar as #private::TapeScalar>::with_tape(|#tape| {
                let (#value, _) = #fwd(#(#args,)* #(#directions,)* #tape);
                let #adjoints = #bwd(#tape, 0.0, 1.0);
                (#value, #(#gradient,)* #(#product,)*)
            })
        };
        let m = active_indices.len();
        let (column, hessian, result) = (
            Ident::new("__autodiff_column", Span::mixed_site()),
            Ident::new("__autodiff_hessian", Span::mixed_site()),
            Ident::new("__autodiff_result", Span::mixed_site()),
        );
        let unit = (0..m).map(|j| quote!(if #column == #j { 1.0 } else { 0.0 }));
        let hvp_name = self.call_companion(&format_ident!("{}_hvp", name), true);
        let entries = (0..m).map(|i| {
            let field = syn::Index::from(1 + m + i);
            quote!(#hessian[(#i, #column)] = #result.#field;)
        });
        let hessian_body = quote! {
            let mut #hessian = #private::nalgebra::DMatrix::<#scalar>::zeros(#m, #m);
            for #column in 0..#m {
                let #result = #hvp_name(
                    #(::core::clone::Clone::clone(&#args),)* #(#unit,)*
                );
                #(#entries)*
            }
            #hessian
        };
        [hvp, hessian_body]
    }
}
