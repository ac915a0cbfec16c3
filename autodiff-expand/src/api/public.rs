//! The public functions: `NAME_jvp`, `NAME_vjp`, `NAME_grad`, the `_into`
//! forms, `NAME_trace`, `NAME_hvp`, `NAME_hessian`. Each is a thin wrapper
//! over the hidden companions: it passes tangents, allocates adjoint buffers
//! for vector parameters, and picks the results of the active parameters.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::ext::IdentExt;

use super::{output_label, Generator, Replayed, SweepKind};
use crate::emit::{companion, tape_ident};
use crate::ir::{VecKind, VecTy};
use crate::lower::SigParam;
use crate::paths;

/// One public function.
pub(super) struct PublicFn {
    pub(super) doc: String,
    pub(super) name: Ident,
    pub(super) extra: Vec<TokenStream>,
    pub(super) ret: TokenStream,
    pub(super) body: TokenStream,
}

pub(super) fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

/// The adjoint buffer of vector parameter `p` in the wrappers.
fn buffer_ident(p: &SigParam) -> Ident {
    local(&format!("__autodiff_g_{}", p.ident.unraw()))
}

/// The `_into` accumulator parameter of active parameter `p`.
pub(super) fn into_ident(p: &SigParam) -> Ident {
    local(&format!("g_{}", p.ident.unraw()))
}

/// `assert_eq!(arg.len(), p.len(), "{function}: {described} has length .. but `p` has length ..")`.
pub(super) fn length_check(
    function: &str,
    described: &str,
    arg: &Ident,
    p: &SigParam,
) -> TokenStream {
    let ident = &p.ident;
    let message = format!(
        "{function}: {described} has length {{}} but `{}` has length {{}}",
        ident.unraw()
    );
    quote!(::core::assert_eq!(#arg.len(), #ident.len(), #message, #arg.len(), #ident.len());)
}

/// `value` of vector type `v` as `&[S]`.
pub(super) fn slice_of(v: &VecTy, value: TokenStream) -> TokenStream {
    match &v.kind {
        VecKind::Nalgebra { .. } => quote!(#value.as_slice()),
        _ => quote!(&#value[..]),
    }
}

impl Generator<'_> {
    /// The type of the tangent of vector `v`: the parameter's own type, with
    /// `&Vec<S>` read as `&[S]`.
    pub(super) fn vector_tangent_type(&self, v: &VecTy) -> TokenStream {
        let scalar = self.scalar();
        match (&v.kind, v.by_ref) {
            (VecKind::Slice, _) | (VecKind::Vec, true) => quote!(&[#scalar]),
            (VecKind::Vec, false) => quote!(::std::vec::Vec<#scalar>),
            (VecKind::Array(n), true) => quote!(&[#scalar; #n]),
            (VecKind::Array(n), false) => quote!([#scalar; #n]),
            (VecKind::Nalgebra { ty, .. }, true) => quote!(&#ty),
            (VecKind::Nalgebra { ty, .. }, false) => quote!(#ty),
        }
    }

    /// The owned adjoint of vector `v`: `[S; N]` for arrays, the same type for
    /// nalgebra vectors, `Vec<S>` otherwise.
    pub(super) fn vector_adjoint_type(&self, v: &VecTy) -> TokenStream {
        let scalar = self.scalar();
        match &v.kind {
            VecKind::Array(n) => quote!([#scalar; #n]),
            VecKind::Nalgebra { ty, .. } => quote!(#ty),
            _ => quote!(::std::vec::Vec<#scalar>),
        }
    }

    /// A zero adjoint for vector parameter `p`, of its length.
    pub(super) fn zero_adjoint(&self, p: &SigParam, v: &VecTy) -> TokenStream {
        let (scalar, ident) = (self.scalar(), &p.ident);
        match &v.kind {
            VecKind::Array(n) => quote!([0.0 as #scalar; #n]),
            VecKind::Nalgebra { ty, dynamic: true } => quote!(<#ty>::zeros(#ident.len())),
            VecKind::Nalgebra { ty, dynamic: false } => quote!(<#ty>::zeros()),
            _ => quote!(::std::vec![0.0 as #scalar; #ident.len()]),
        }
    }

    /// The accumulator type of vector `v` in the `_into` forms: `&mut [S]`,
    /// or `&mut` of the nalgebra type.
    fn accumulator_type(&self, v: &VecTy) -> TokenStream {
        let scalar = self.scalar();
        match &v.kind {
            VecKind::Nalgebra { ty, .. } => quote!(&mut #ty),
            _ => quote!(&mut [#scalar]),
        }
    }

    /// `name: &mut S` for a scalar parameter `p`, `name: ` its accumulator
    /// type for a vector: a parameter of the `_into` forms.
    pub(super) fn accumulator_param(&self, p: &SigParam, name: Ident) -> TokenStream {
        match &p.vector {
            Some(v) => {
                let ty = self.accumulator_type(v);
                quote!(#name: #ty)
            }
            None => {
                let scalar = self.scalar();
                quote!(#name: &mut #scalar)
            }
        }
    }

    /// The active parameters, in order.
    pub(super) fn actives(&self, active: &[bool]) -> Vec<&SigParam> {
        self.sig
            .params
            .iter()
            .zip(active)
            .filter(|(_, a)| **a)
            .map(|(p, _)| p)
            .collect()
    }

    /// The active vector parameters with their types.
    pub(super) fn active_vectors(&self, active: &[bool]) -> Vec<(&SigParam, &VecTy)> {
        self.actives(active)
            .into_iter()
            .filter_map(|p| p.vector.as_ref().map(|v| (p, v)))
            .collect()
    }

    /// `name(p): T` per active parameter `p`, `T` its tangent's type: the
    /// tangents of `NAME_jvp`, the directions of `NAME_hvp`.
    pub(super) fn tangent_params(
        &self,
        active: &[bool],
        name: impl Fn(&Ident) -> Ident,
    ) -> Vec<TokenStream> {
        self.actives(active)
            .iter()
            .map(|p| {
                let d = name(&p.ident);
                let ty = match &p.vector {
                    Some(v) => self.vector_tangent_type(v),
                    None => self.scalar(),
                };
                quote!(#d: #ty)
            })
            .collect()
    }

    /// The tangent arguments of a companion call, one per parameter: `name(p)`
    /// for an active one (a vector's as a `VecTangent`), zero for another
    /// float, `()` for the rest.
    pub(super) fn tangent_args(
        &self,
        active: &[bool],
        name: impl Fn(&Ident) -> Ident,
    ) -> Vec<TokenStream> {
        let private = paths::private();
        self.sig
            .params
            .iter()
            .zip(active)
            .map(|(p, a)| match (&p.vector, p.float, a) {
                (Some(v), _, true) => {
                    let slice = slice_of(v, name(&p.ident).to_token_stream());
                    quote!(#private::VecTangent::from(#slice))
                }
                (None, _, true) => name(&p.ident).to_token_stream(),
                (_, Some(_), false) => quote!(0.0),
                _ => quote!(()),
            })
            .collect()
    }

    /// For each active vector whose length its type does not fix: a panic
    /// unless its argument `name(p)` (described as `{what} `name``) has the
    /// vector's length.
    pub(super) fn tangent_length_checks(
        &self,
        active: &[bool],
        function: &str,
        what: &str,
        name: impl Fn(&Ident) -> Ident,
    ) -> Vec<TokenStream> {
        self.actives(active)
            .into_iter()
            .filter(|p| p.vector.as_ref().is_some_and(|v| !v.static_length()))
            .map(|p| {
                let arg = name(&p.ident);
                let described = format!("{what} `{}`", arg.unraw());
                length_check(function, &described, &arg, p)
            })
            .collect()
    }

    /// The public functions; `replayed`: the reverse-mode ones call the
    /// replaying sweeps `NAME__{prefix}rfwd` / `rbwd`, passing the arguments again.
    fn public_fns(&self, prefix: &str, active: &[bool], replayed: Replayed) -> Vec<PublicFn> {
        let sig = self.sig;
        let (scalar, private, tape) = (self.scalar(), paths::private(), tape_ident());
        let (output, seed_type) = (&sig.output, self.seed_type());
        let name = &sig.ident;
        let actives = self.actives(active);
        let args: Vec<&Ident> = sig.params.iter().map(|p| &p.ident).collect();
        let (seed, value, adjoints) = (
            local("seed"),
            local("__autodiff_value"),
            local("__autodiff_adjoints"),
        );

        let tangent_params = self.tangent_params(active, Self::tangent_ident);
        let tangents = self.tangent_args(active, Self::tangent_ident);
        let jvp = self.call_companion(&companion(&format!("{prefix}jvp"), name), true);
        let tangent_checks = self.tangent_length_checks(
            active,
            &format!("{name}_jvp"),
            "the tangent",
            Self::tangent_ident,
        );
        let mut fns = vec![PublicFn {
            doc: format!(
                "Forward mode of `{name}` (generated by `#[differentiate]`): returns the value and the \
                 directional derivative along one tangent per differentiated parameter. Panics if a \
                 tangent's length differs from its vector's."
            ),
            name: format_ident!("{}_jvp", name),
            extra: tangent_params,
            ret: quote!((#output, #output)),
            body: quote! {
                #(#tangent_checks)*
                #jvp(#(#args,)* #(#tangents,)*)
            },
        }];

        // Reverse mode: buffers for the active vectors, the sweeps, the results.
        let (fwd, bwd, again) = match replayed.first {
            SweepKind::Replayed => ("rfwd", "rbwd", quote!(#(#args,)*)),
            _ => ("fwd", "bwd", quote!()),
        };
        let fwd = self.call_companion(&companion(&format!("{prefix}{fwd}"), name), true);
        let bwd = self.call_companion(&companion(&format!("{prefix}{bwd}"), name), false);
        let fused = self.call_companion(&companion(&format!("{prefix}rfused"), name), true);
        let vectors = self.active_vectors(active);
        let allocate = vectors.iter().map(|(p, v)| {
            let (b, ty, zero) = (
                buffer_ident(p),
                self.vector_adjoint_type(v),
                self.zero_adjoint(p, v),
            );
            quote!(let mut #b: #ty = #zero;)
        });
        let lend = self.lend(active, buffer_ident);
        let seed_check = sig.vector_output.as_ref().map(|_| {
            let message = format!(
                "{name}_vjp: the seed has length {{}} but the result has length {{}}"
            );
            quote!(::core::assert_eq!(#seed.len(), #value.len(), #message, #seed.len(), #value.len());)
        });
        let sweeps = |buffers: Vec<TokenStream>| match replayed.first {
            SweepKind::Fused => quote! {
                <#scalar as #private::TapeScalar>::with_tape(|#tape| {
                    #fused(#(#args,)* #tape, #seed, #(#buffers),*)
                })
            },
            _ => quote! {
                <#scalar as #private::TapeScalar>::with_tape(|#tape| {
                    let #value = #fwd(#(#args,)* #tape);
                    #seed_check
                    let #adjoints = #bwd(#again #tape, #seed, #(#buffers),*);
                    (#value, #adjoints)
                })
            },
        };
        let picked = sig
            .params
            .iter()
            .enumerate()
            .zip(active)
            .filter(|(_, a)| **a)
            .map(|((i, p), _)| match p.vector {
                Some(_) => {
                    let b = buffer_ident(p);
                    quote!(#b)
                }
                None => {
                    let i = syn::Index::from(i);
                    quote!(#adjoints.#i + 0.0)
                }
            });
        let run = sweeps(lend);
        let gradient_types = actives.iter().map(|p| match &p.vector {
            Some(v) => self.vector_adjoint_type(v),
            None => scalar.clone(),
        });
        let gradient = quote!((#output, #(#gradient_types),*));
        fns.push(PublicFn {
            doc: format!(
                "Reverse mode of `{name}` (generated by `#[differentiate]`): returns the value and `seed` \
                 times the partial derivative with respect to each differentiated parameter, in order \
                 (an owned vector for a vector parameter)."
            ),
            name: format_ident!("{}_vjp", name),
            extra: vec![quote!(#seed: #seed_type)],
            ret: gradient.clone(),
            body: quote! {
                #(#allocate)*
                let (#value, #adjoints) = #run;
                (#value, #(#picked),*)
            },
        });
        let vjp_name = self.call_companion(&format_ident!("{}_vjp", name), true);
        let grad = PublicFn {
            doc: format!(
                "Gradient of `{name}` (generated by `#[differentiate]`): the value and the partial \
                 derivative with respect to each differentiated parameter, in order."
            ),
            name: format_ident!("{}_grad", name),
            extra: Vec::new(),
            ret: gradient,
            body: quote!(#vjp_name(#(#args,)* 1.0)),
        };
        let scalar_output = sig.vector_output.is_none();
        if scalar_output {
            fns.push(grad);
        }

        // The `_into` forms: add the adjoints into the caller's buffers.
        let into_params: Vec<TokenStream> = actives
            .iter()
            .map(|p| self.accumulator_param(p, into_ident(p)))
            .collect();
        let length_checks = vectors.iter().map(|(p, _)| {
            let described = format!("the adjoint buffer of `{}`", p.ident.unraw());
            length_check(&format!("{name}_vjp_into"), &described, &into_ident(p), p)
        });
        let run_into = sweeps(self.lend(active, into_ident));
        let add_scalars = sig
            .params
            .iter()
            .enumerate()
            .zip(active)
            .filter(|((_, p), a)| **a && p.vector.is_none())
            .map(|((i, p), _)| {
                let (g, i) = (into_ident(p), syn::Index::from(i));
                quote!(*#g += #adjoints.#i;)
            });
        let mut vjp_into_extra = vec![quote!(#seed: #seed_type)];
        vjp_into_extra.extend(into_params.iter().cloned());
        fns.push(PublicFn {
            doc: format!(
                "Reverse mode of `{name}` into caller-owned buffers (generated by `#[differentiate]`): adds \
                 `seed` times each partial derivative into the `g_` argument of its parameter and returns \
                 the value. No allocation: the form for hot loops. Panics if a buffer's length differs \
                 from its vector's."
            ),
            name: format_ident!("{}_vjp_into", name),
            extra: vjp_into_extra,
            ret: quote!(#output),
            body: quote! {
                #(#length_checks)*
                let (#value, #adjoints) = #run_into;
                #(#add_scalars)*
                #value
            },
        });
        let vjp_into = self.call_companion(&format_ident!("{}_vjp_into", name), true);
        let into_args = actives.iter().map(|p| into_ident(p));
        let grad_into = PublicFn {
            doc: format!(
                "Gradient of `{name}` into caller-owned buffers (generated by `#[differentiate]`): adds each \
                 partial derivative into the `g_` argument of its parameter and returns the value."
            ),
            name: format_ident!("{}_grad_into", name),
            extra: into_params,
            ret: scalar.clone(),
            body: quote!(#vjp_into(#(#args,)* 1.0, #(#into_args),*)),
        };
        if !scalar_output {
            fns.push(self.jacobian_fn(prefix, active));
            return fns;
        }
        fns.push(grad_into);
        fns.extend(self.second_order_fns(prefix, active, replayed.second));
        fns.push(self.trace_fn(active));
        fns
    }

    /// The adjoint buffers passed to a backward sweep, one per parameter:
    /// `buffer(p)` lent as a `VecAdjoint` for an active vector, the initial
    /// adjoint -0.0 for a float, `()` otherwise.
    pub(super) fn lend(
        &self,
        active: &[bool],
        buffer: impl Fn(&SigParam) -> Ident,
    ) -> Vec<TokenStream> {
        let private = paths::private();
        self.sig
            .params
            .iter()
            .zip(active)
            .map(|(p, a)| match (&p.vector, a) {
                (Some(v), true) => {
                    let b = buffer(p);
                    let slice = match &v.kind {
                        VecKind::Nalgebra { .. } => quote!(#b.as_mut_slice()),
                        _ => quote!(&mut #b[..]),
                    };
                    quote!(#private::VecAdjoint::from(#slice))
                }
                (None, _) if p.float.is_some() => quote!(-0.0),
                _ => quote!(()),
            })
            .collect()
    }

    fn trace_fn(&self, active: &[bool]) -> PublicFn {
        let sig = self.sig;
        let private = paths::private();
        let name = &sig.ident;
        let args: Vec<&Ident> = sig.params.iter().map(|p| &p.ident).collect();
        let trace = self.call_companion(&companion("trace", name), true);
        let (value, output) = (local("__autodiff_value"), local("__autodiff_output"));
        let output_label = output_label(sig);
        let rec = crate::emit::recorder_ident();
        let operand = |i: usize| Ident::new(&format!("__autodiff_o{i}"), Span::mixed_site());
        // The inputs, declared in parameter order: a float, or each element of a vector.
        let inputs = sig.params.iter().zip(active).enumerate().map(|(i, (p, a))| {
            let (o, ident) = (operand(i), &p.ident);
            let label = ident.to_string();
            match (&p.vector, p.float, a) {
                (Some(_), _, true) => quote! {
                    let #o: ::std::vec::Vec<#private::Operand> = (0..#ident.len())
                        .map(|k| #rec.input(&::std::format!("{}[{}]", #label, k), #ident[k] as f64))
                        .collect();
                },
                (None, Some(_), true) => quote!(let #o = #rec.input(#label, #ident as f64);),
                (None, Some(_), false) => quote!(let #o = #private::Operand::Const(#ident as f64);),
                _ => quote!(),
            }
        });
        let operands = sig
            .params
            .iter()
            .zip(active)
            .enumerate()
            .map(|(i, (p, a))| {
                let o = operand(i);
                match (&p.vector, p.float, a) {
                    (Some(_), _, true) => quote!(#private::VecTangent::from(&#o[..])),
                    (Some(_), _, false) => quote!(::core::default::Default::default()),
                    (None, Some(_), _) => quote!(#o),
                    (None, None, _) => quote!(()),
                }
            });
        PublicFn {
            doc: format!(
                "Evaluation trace of one call of `{name}` (generated by `#[differentiate]`): every \
                 elementary operation with its value, tangents and adjoint; `Display` prints Baydin et \
                 al.'s tables."
            ),
            name: format_ident!("{}_trace", name),
            extra: Vec::new(),
            ret: quote!(#private::Trace),
            body: quote! {
                let mut #rec = #private::Recorder::new();
                #(#inputs)*
                let (#value, #output) = #trace(#(#args,)* #(#operands,)* &mut #rec);
                #rec.name_output(#output_label);
                #rec.finish(#value as f64, #output)
            },
        }
    }

    /// The public functions, with their bodies.
    pub(super) fn public(
        &self,
        prefix: &str,
        active: &[bool],
        replayed: Replayed,
    ) -> Vec<TokenStream> {
        let uses_original = self.uses_original();
        self.public_fns(prefix, active, replayed)
            .into_iter()
            .map(|f| {
                let header = self.public_header(&f);
                let body = f.body;
                quote!(#header { #uses_original #body })
            })
            .collect()
    }

    /// The public functions with bodies that panic, emitted beside compile
    /// errors so that callers do not report missing names on top of them.
    pub(super) fn public_stubs(&self, active: &[bool]) -> Vec<TokenStream> {
        let stub = quote!(::core::panic!(
            "#[differentiate] reported an error for this function"
        ));
        self.public_fns("", active, Replayed::default())
            .iter()
            .map(|f| {
                let header = self.public_header(f);
                quote!(#header { #stub })
            })
            .collect()
    }

    fn public_header(&self, f: &PublicFn) -> TokenStream {
        let (doc, allows) = (&f.doc, Self::allows());
        let header = self.header(&f.name, true, &f.extra, f.ret.clone());
        quote!(#[doc = #doc] #allows #[inline] #header)
    }
}
