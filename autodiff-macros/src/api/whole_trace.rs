//! The trace companion of a function whose body builds active local vectors:
//! the trace records scalars, so the call is recorded as one node, with its
//! value and, as partials, its gradient from the function's own sweeps.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::Generator;
use crate::emit::{companion, recorder_ident, tape_ident};
use crate::paths;

impl Generator<'_> {
    pub(super) fn whole_trace_companion(&self) -> TokenStream {
        let sig = self.sig;
        let (scalar, private, tape, rec) = (
            self.scalar(),
            paths::private(),
            tape_ident(),
            recorder_ident(),
        );
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
        let args: Vec<&Ident> = sig.params.iter().map(|p| &p.ident).collect();
        let fwd = self.call_companion(&companion("fwd", &sig.ident), true);
        let bwd = self.call_companion(&companion("bwd", &sig.ident), false);
        let discarded = sig
            .params
            .iter()
            .map(|_| quote!(::core::default::Default::default()));
        let floats: Vec<(usize, &Ident)> = sig
            .params
            .iter()
            .enumerate()
            .filter(|(_, p)| p.float.is_some())
            .map(|(i, p)| (i, &p.ident))
            .collect();
        let operands = floats.iter().map(|(i, ident)| {
            let o = operand(*i);
            quote!(#o.or_const(#ident as f64))
        });
        let partials = floats.iter().map(|(i, _)| {
            let i = syn::Index::from(*i);
            quote!(__autodiff_adjoints.#i as f64)
        });
        let name = sig.ident.to_string();
        let body = quote! {
            let (__autodiff_value, __autodiff_adjoints) =
                <#scalar as #private::TapeScalar>::with_tape(|#tape| {
                    let __autodiff_v = #fwd(#(#args,)* #tape);
                    (__autodiff_v, #bwd(#tape, 1.0, #(#discarded),*))
                });
            let __autodiff_operand = #rec.op(
                #name,
                &[#(#operands),*],
                __autodiff_value as f64,
                &[#(#partials),*],
            );
            (__autodiff_value, __autodiff_operand)
        };
        self.hidden(header, body)
    }
}
