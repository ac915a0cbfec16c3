//! Trace companions that record a call as one node: for a function with
//! user-supplied partials (see `custom`), and for a function whose body builds
//! active local vectors (the trace records scalars), whose partials are its
//! gradient from its own sweeps.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::Generator;
use crate::emit::{companion, recorder_ident, tape_ident};
use crate::paths;

impl Generator<'_> {
    /// `NAME__trace`, recording one node named after the function: `body`
    /// binds `__autodiff_value`, and `partials` are the partial derivatives
    /// with respect to the float parameters in order, as `f64`.
    pub(super) fn one_node_trace(
        &self,
        body: TokenStream,
        partials: Vec<TokenStream>,
    ) -> TokenStream {
        let sig = self.sig;
        let (scalar, private, rec) = (self.scalar(), paths::private(), recorder_ident());
        let operand = |i: usize| Ident::new(&format!("__autodiff_o{i}"), Span::mixed_site());
        let mut extra: Vec<TokenStream> = sig
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| match p.float {
                Some(_) => {
                    let o = operand(i);
                    quote!(#o: #private::Operand)
                }
                None => quote!(_: ()),
            })
            .collect();
        extra.push(quote!(#rec: &mut #private::Recorder));
        let header = self.header(
            &companion("trace", &sig.ident),
            true,
            &extra,
            quote!((#scalar, #private::Operand)),
        );
        let operands = sig
            .params
            .iter()
            .enumerate()
            .filter(|(_, p)| p.float.is_some())
            .map(|(i, p)| {
                let (o, ident) = (operand(i), &p.ident);
                quote!(#o.or_const(#ident as f64))
            });
        let label = sig.ident.to_string();
        self.hidden(
            header,
            quote! {
                #body
                let __autodiff_node = #rec.op(
                    #label,
                    &[#(#operands),*],
                    __autodiff_value as f64,
                    &[#(#partials),*],
                );
                (__autodiff_value, __autodiff_node)
            },
        )
    }

    /// The one-node trace of a function whose body builds active local
    /// vectors, with its gradient from `NAME__fwd` / `NAME__bwd`.
    pub(super) fn whole_trace_companion(&self) -> TokenStream {
        let sig = self.sig;
        let (scalar, private, tape) = (self.scalar(), paths::private(), tape_ident());
        let args: Vec<&Ident> = sig.params.iter().map(|p| &p.ident).collect();
        let fwd = self.call_companion(&companion("fwd", &sig.ident), true);
        let bwd = self.call_companion(&companion("bwd", &sig.ident), false);
        let discarded = sig
            .params
            .iter()
            .map(|_| quote!(::core::default::Default::default()));
        let partials = sig
            .params
            .iter()
            .enumerate()
            .filter(|(_, p)| p.float.is_some())
            .map(|(i, _)| {
                let i = syn::Index::from(i);
                quote!(__autodiff_adjoints.#i as f64)
            })
            .collect();
        let body = quote! {
            let (__autodiff_value, __autodiff_adjoints) =
                <#scalar as #private::TapeScalar>::with_tape(|#tape| {
                    let __autodiff_v = #fwd(#(#args,)* #tape);
                    (__autodiff_v, #bwd(#tape, 1.0, #(#discarded),*))
                });
        };
        self.one_node_trace(body, partials)
    }
}
