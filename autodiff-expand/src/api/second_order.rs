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

use super::public::{into_ident, length_check, local, PublicFn};
use super::{Generator, SweepKind};
use crate::activity::{self, Activity};
use crate::diagnostics::Errors;
use crate::emit::{companion, tape_ident};
use crate::ir::{Function, Param, VarId, VarKind, VecKind};
use crate::lower::SigParam;
use crate::paths;

/// Where `NAME_hvp`'s gradient and product go.
#[derive(Clone, Copy)]
enum Buffers {
    /// Fresh vectors, returned (`NAME_hvp`).
    Owned,
    /// The caller's, added into (`NAME_hvp_into`).
    Into,
}

impl Generator<'_> {
    /// The sweeps `NAME__{prefix}jvp_fwd` and `NAME__{prefix}jvp_bwd` of the
    /// tangent program of `func`, differentiating the parameters marked in
    /// `seeds`. The backward sweep takes one adjoint buffer per vector among
    /// them for H v, then one per vector for the gradient.
    ///
    /// With `replay`, also `NAME__{prefix}jvp_rfwd` / `jvp_rbwd`, whose
    /// backward sweep replays loops (see `reverse::replay`), if one can be,
    /// or the one fused sweep `NAME__{prefix}jvp_rfused` (see
    /// `reverse::fuse`); returns which sweeps `NAME_hvp` is to call.
    pub(super) fn second_order_companions(
        &self,
        prefix: &str,
        func: &Function,
        activity: &Activity,
        seeds: &[bool],
        replay: bool,
        items: &mut Vec<TokenStream>,
    ) -> SweepKind {
        let jvp = crate::forward::jvp(func, activity);
        let mut program = jvp.func;
        let mut seed_vars: Vec<VarId> = Vec::new();
        let mut tangent_params = Vec::new();
        for ((param, sig_param), tangent) in func
            .params
            .iter()
            .zip(&self.sig.params)
            .zip(&jvp.param_tangents)
        {
            let var = match tangent {
                Some(t) => {
                    seed_vars.extend([param.var, *t]);
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
        let program_activity = activity::analyze(&program, &seed_vars, &mut Errors::default());
        let seed_names =
            [0, 1].map(|i| Ident::new(&format!("__autodiff_seed{i}"), Span::mixed_site()));
        let sweeps = crate::reverse::reverse(&program, &program_activity, &seed_names);
        let (scalar, output, seed_type) = (self.scalar(), &self.sig.output, self.seed_type());
        let mut extra = self.per_param(&jvp.param_tangents, &sweeps.forward, scalar.clone(), seeds);
        extra.push(self.tape_param());
        let forward = self.header(
            &companion(&format!("{prefix}jvp_fwd"), &self.sig.ident),
            true,
            &extra,
            quote!((#output, #output)),
        );
        let k = func.params.len();
        let vars = |offset: usize| program.params[offset..offset + k].iter().map(|p| p.var);
        let mut params = vec![self.tape_param()];
        params.extend(seed_names.iter().map(|s| quote!(#s: #seed_type)));
        params.extend(self.adjoint_buffers(vars(0), &program, &program_activity, seeds));
        params.extend(self.adjoint_buffers(vars(k), &program, &program_activity, seeds));
        let types = [self.adjoint_types(), self.adjoint_types()].concat();
        let backward = self.backward_header(&format!("{prefix}jvp_bwd"), &params, &types);
        items.push(self.forward_sweep(forward, Self::body(&sweeps.forward)));
        items.push(self.backward_sweep(backward, sweeps.backward));
        let replayed = replay
            .then(|| crate::reverse::reverse_replayed(&program, &program_activity, &seed_names))
            .flatten()
            .filter(|_| self.passed_twice());
        let Some(replayed) = replayed else {
            return SweepKind::Recorded;
        };
        let mut extra = self.per_param(&jvp.param_tangents, &replayed.forward, scalar, seeds);
        if replayed.fused {
            extra.extend(params);
            let fused = self.header(
                &companion(&format!("{prefix}jvp_rfused"), &self.sig.ident),
                true,
                &extra,
                quote!(((#output, #output), (#(#types,)*))),
            );
            items.push(self.backward_sweep(fused, replayed.backward));
            return SweepKind::Fused;
        }
        let mut again = self.primal_params();
        again.extend(extra.iter().cloned());
        extra.push(self.tape_param());
        let forward = self.header(
            &companion(&format!("{prefix}jvp_rfwd"), &self.sig.ident),
            true,
            &extra,
            quote!((#output, #output)),
        );
        params.splice(0..0, again);
        let backward = self.backward_header(&format!("{prefix}jvp_rbwd"), &params, &types);
        items.push(self.forward_sweep(forward, Self::body(&replayed.forward)));
        items.push(self.backward_sweep(backward, replayed.backward));
        SweepKind::Replayed
    }

    /// The direction parameter of `NAME_hvp` for parameter `ident`.
    pub(super) fn direction_ident(ident: &Ident) -> Ident {
        Ident::new(&format!("v_{}", ident.unraw()), Span::mixed_site())
    }

    /// The accumulator of `H v` for parameter `p` in `NAME_hvp_into`.
    fn product_into_ident(p: &SigParam) -> Ident {
        local(&format!("h_{}", p.ident.unraw()))
    }

    /// `NAME_hvp`, `NAME_hvp_into` and `NAME_hessian`.
    pub(super) fn second_order_fns(
        &self,
        prefix: &str,
        active: &[bool],
        replayed: SweepKind,
    ) -> [PublicFn; 3] {
        let sig = self.sig;
        let (scalar, private) = (self.scalar(), paths::private());
        let name = &sig.ident;
        let actives = self.actives(active);
        let directions = self.tangent_params(active, Self::direction_ident);
        let block_type = |p: &&SigParam| match &p.vector {
            Some(v) => self.vector_adjoint_type(v),
            None => scalar.clone(),
        };
        let blocks = actives
            .iter()
            .map(block_type)
            .chain(actives.iter().map(block_type));
        let hvp = PublicFn {
            doc: format!(
                "Hessian-vector product of `{name}` (generated by `#[differentiate]`): the value, the \
                 gradient, and the Hessian times the direction given by one `v_` argument per \
                 differentiated parameter (reverse mode over forward mode, exact to rounding). Panics \
                 if a direction's length differs from its vector's."
            ),
            name: format_ident!("{}_hvp", name),
            extra: directions,
            ret: quote!((#scalar, #(#blocks),*)),
            body: self.hvp_body(prefix, active, replayed, Buffers::Owned),
        };
        let accumulators = |name: fn(&SigParam) -> Ident| {
            actives
                .iter()
                .map(move |p| self.accumulator_param(p, name(p)))
        };
        let mut extra = self.tangent_params(active, Self::direction_ident);
        extra.extend(accumulators(into_ident));
        extra.extend(accumulators(Self::product_into_ident));
        let hvp_into = PublicFn {
            doc: format!(
                "Hessian-vector product of `{name}` into caller-owned buffers (generated by \
                 `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the \
                 direction (the `v_` arguments) into the `h_` argument of each differentiated \
                 parameter, and returns the value. No allocation: the form for hot loops (an inner \
                 solve's conjugate gradient). Panics if a direction's or a buffer's length differs \
                 from its vector's."
            ),
            name: format_ident!("{}_hvp_into", name),
            extra,
            ret: scalar.clone(),
            body: self.hvp_body(prefix, active, replayed, Buffers::Into),
        };
        let hessian = PublicFn {
            doc: format!(
                "Hessian of `{name}` (generated by `#[differentiate]`) over the differentiated parameters \
                 in order (a vector's entries one after the other), one Hessian-vector product per \
                 column."
            ),
            name: format_ident!("{}_hessian", name),
            extra: Vec::new(),
            ret: quote!(#private::nalgebra::DMatrix<#scalar>),
            body: self.hessian_body(&actives),
        };
        [hvp, hvp_into, hessian]
    }

    fn hvp_body(
        &self,
        prefix: &str,
        active: &[bool],
        replayed: SweepKind,
        buffers: Buffers,
    ) -> TokenStream {
        let sig = self.sig;
        let (scalar, private, tape) = (self.scalar(), paths::private(), tape_ident());
        let name = &sig.ident;
        let k = sig.params.len();
        let args: Vec<&Ident> = sig.params.iter().map(|p| &p.ident).collect();
        let directions = self.tangent_args(active, Self::direction_ident);
        let vectors = self.active_vectors(active);
        let function = match buffers {
            Buffers::Owned => format!("{name}_hvp"),
            Buffers::Into => format!("{name}_hvp_into"),
        };
        let mut length_checks =
            self.tangent_length_checks(active, &function, "the direction", Self::direction_ident);
        type Naming = fn(&SigParam) -> Ident;
        let (product_buffer, gradient_buffer): (Naming, Naming) = match buffers {
            Buffers::Owned => (
                |p| local(&format!("__autodiff_h_{}", p.ident.unraw())),
                |p| local(&format!("__autodiff_g_{}", p.ident.unraw())),
            ),
            Buffers::Into => (Self::product_into_ident, into_ident),
        };
        if let Buffers::Into = buffers {
            for (p, _) in &vectors {
                for (buffer, what) in [(gradient_buffer, "gradient"), (product_buffer, "product")] {
                    let described = format!("the {what} buffer of `{}`", p.ident.unraw());
                    length_checks.push(length_check(&function, &described, &buffer(p), p));
                }
            }
        }
        let allocate = vectors.iter().map(|(p, v)| {
            let (h, g, ty, zero) = (
                product_buffer(p),
                gradient_buffer(p),
                self.vector_adjoint_type(v),
                self.zero_adjoint(p, v),
            );
            quote!(let mut #h: #ty = #zero; let mut #g: #ty = #zero;)
        });
        let mut lend = self.lend(active, product_buffer);
        lend.extend(self.lend(active, gradient_buffer));
        let (fwd, bwd, again) = match replayed {
            SweepKind::Replayed => ("jvp_rfwd", "jvp_rbwd", quote!(#(#args,)* #(#directions,)*)),
            _ => ("jvp_fwd", "jvp_bwd", quote!()),
        };
        let fwd = self.call_companion(&companion(&format!("{prefix}{fwd}"), name), true);
        let bwd = self.call_companion(&companion(&format!("{prefix}{bwd}"), name), false);
        let fused = self.call_companion(&companion(&format!("{prefix}jvp_rfused"), name), true);
        let (value, adjoints) = (local("__autodiff_value"), local("__autodiff_adjoints"));
        let picked = |offset: usize, buffer: &dyn Fn(&SigParam) -> Ident| {
            sig.params
                .iter()
                .enumerate()
                .filter(|(i, _)| active[*i])
                .map(|(i, p)| match p.vector {
                    Some(_) => {
                        let b = buffer(p);
                        quote!(#b)
                    }
                    None => {
                        let i = syn::Index::from(offset + i);
                        quote!(#adjoints.#i + 0.0)
                    }
                })
                .collect::<Vec<_>>()
        };
        let sweeps = match replayed {
            SweepKind::Fused => quote! {
                let ((#value, _), #adjoints) =
                    #fused(#(#args,)* #(#directions,)* #tape, 0.0, 1.0, #(#lend),*);
                (#value, #adjoints)
            },
            _ => quote! {
                let (#value, _) = #fwd(#(#args,)* #(#directions,)* #tape);
                let #adjoints = #bwd(#again #tape, 0.0, 1.0, #(#lend),*);
                (#value, #adjoints)
            },
        };
        let run = quote! {
            #(#length_checks)*
            let (#value, #adjoints) = <#scalar as #private::TapeScalar>::with_tape(|#tape| {
                #sweeps
            });
        };
        match buffers {
            Buffers::Owned => {
                let gradient = picked(k, &gradient_buffer);
                let product = picked(0, &product_buffer);
                quote! {
                    #(#allocate)*
                    #run
                    (#value, #(#gradient,)* #(#product,)*)
                }
            }
            Buffers::Into => {
                let add_scalars = sig
                    .params
                    .iter()
                    .enumerate()
                    .filter(|(i, p)| active[*i] && p.vector.is_none())
                    .map(|(i, p)| {
                        let (g, h) = (into_ident(p), Self::product_into_ident(p));
                        let (gi, hi) = (syn::Index::from(k + i), syn::Index::from(i));
                        quote!(*#g += #adjoints.#gi; *#h += #adjoints.#hi;)
                    });
                quote! {
                    #run
                    #(#add_scalars)*
                    #value
                }
            }
        }
    }

    /// One `NAME_hvp` per column, along the unit vectors of the
    /// concatenated differentiated parameters.
    fn hessian_body(&self, actives: &[&SigParam]) -> TokenStream {
        let (scalar, private) = (self.scalar(), paths::private());
        let args: Vec<&Ident> = self.sig.params.iter().map(|p| &p.ident).collect();
        let (size, column, hessian, result) = (
            local("__autodiff_size"),
            local("__autodiff_column"),
            local("__autodiff_hessian"),
            local("__autodiff_result"),
        );
        let offset = |p: &SigParam| local(&format!("__autodiff_o_{}", p.ident.unraw()));
        let direction = |p: &SigParam| local(&format!("__autodiff_v_{}", p.ident.unraw()));
        let m = actives.len();
        let mut setup = Vec::new();
        let mut set = Vec::new();
        let mut pass = Vec::new();
        let mut fill = Vec::new();
        let mut reset = Vec::new();
        for (j, p) in actives.iter().enumerate() {
            let (o, d, ident) = (offset(p), direction(p), &p.ident);
            let field = syn::Index::from(1 + m + j);
            match &p.vector {
                None => {
                    setup.push(quote!(let #o = #size; #size += 1;));
                    pass.push(quote!(if #column == #o { 1.0 } else { 0.0 }));
                    fill.push(quote!(#hessian[(#o, #column)] = #result.#field;));
                }
                Some(v) => {
                    let (ty, zero) = (self.vector_adjoint_type(v), self.zero_adjoint(p, v));
                    setup.push(quote! {
                        let #o = #size;
                        #size += #ident.len();
                        let mut #d: #ty = #zero;
                    });
                    let inside = quote!((#o..#o + #ident.len()).contains(&#column));
                    set.push(quote!(if #inside { #d[#column - #o] = 1.0; }));
                    reset.push(quote!(if #inside { #d[#column - #o] = 0.0; }));
                    pass.push(match (&v.kind, v.by_ref) {
                        (VecKind::Slice, _) | (VecKind::Vec, true) => quote!(&#d[..]),
                        (VecKind::Vec, false) => quote!(::core::clone::Clone::clone(&#d)),
                        (VecKind::Array(_), true) => quote!(&#d),
                        (VecKind::Array(_), false) => quote!(#d),
                        (VecKind::Nalgebra { .. }, true) => quote!(&#d),
                        (VecKind::Nalgebra { .. }, false) => {
                            quote!(::core::clone::Clone::clone(&#d))
                        }
                    });
                    fill.push(quote! {
                        for (__autodiff_row, __autodiff_entry) in #result.#field.iter().enumerate() {
                            #hessian[(#o + __autodiff_row, #column)] = *__autodiff_entry;
                        }
                    });
                }
            }
        }
        let hvp_name = self.call_companion(&format_ident!("{}_hvp", self.sig.ident), true);
        quote! {
            let mut #size: usize = 0;
            #(#setup)*
            let mut #hessian = #private::nalgebra::DMatrix::<#scalar>::zeros(#size, #size);
            for #column in 0..#size {
                #(#set)*
                let #result = #hvp_name(
                    #(::core::clone::Clone::clone(&#args),)* #(#pass,)*
                );
                #(#fill)*
                #(#reset)*
            }
            #hessian
        }
    }
}
