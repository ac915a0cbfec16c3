//! Trace companions that record a call as one node: for a function with
//! user-supplied partials (see `custom`), and for a function whose body builds
//! active local vectors (the trace records scalars), whose partials are its
//! gradient from its own sweeps.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::Generator;
use crate::emit::{companion, recorder_ident, tape_ident};
use crate::paths;

fn operand(i: usize) -> Ident {
    Ident::new(&format!("__autodiff_o{i}"), Span::mixed_site())
}

impl Generator<'_> {
    /// `NAME__trace`, recording one node named after the function: `body`
    /// binds `__autodiff_value`, and `partials` has one entry per
    /// differentiated parameter in order: the partial derivative for a float,
    /// the gradient block (indexable) for a vector.
    pub(super) fn one_node_trace(
        &self,
        body: TokenStream,
        partials: Vec<TokenStream>,
    ) -> TokenStream {
        let sig = self.sig;
        let (scalar, private, rec) = (self.scalar(), paths::private(), recorder_ident());
        let differentiated = || {
            sig.params
                .iter()
                .zip(&self.seeds)
                .enumerate()
                .filter(|(_, (p, seed))| p.float.is_some() || (p.vector.is_some() && **seed))
                .map(|(i, (p, _))| (i, p))
        };
        let mut extra: Vec<TokenStream> = sig.params.iter().map(|_| quote!(_: ())).collect();
        for (i, p) in differentiated() {
            let o = operand(i);
            extra[i] = match p.vector {
                Some(_) => quote!(#o: #private::VecTangent<'_, #private::Operand>),
                None => quote!(#o: #private::Operand),
            };
        }
        extra.push(quote!(#rec: &mut #private::Recorder));
        let header = self.header(
            &companion("trace", &sig.ident),
            true,
            &extra,
            quote!((#scalar, #private::Operand)),
        );
        let (operands, weights) = (
            Ident::new("__autodiff_operands", Span::mixed_site()),
            Ident::new("__autodiff_partials", Span::mixed_site()),
        );
        let collect = differentiated().zip(&partials).map(|((i, p), partial)| {
            let (o, ident) = (operand(i), &p.ident);
            match p.vector {
                Some(_) => quote! {
                    for k in 0..#ident.len() {
                        #operands.push(#o.at(k).or_const(#ident[k] as f64));
                        #weights.push(#partial[k] as f64);
                    }
                },
                None => quote! {
                    #operands.push(#o.or_const(#ident as f64));
                    #weights.push(#partial);
                },
            }
        });
        let label = sig.ident.to_string();
        self.hidden(
            header,
            quote! {
                #body
                let mut #operands: ::std::vec::Vec<#private::Operand> = ::std::vec::Vec::new();
                let mut #weights: ::std::vec::Vec<f64> = ::std::vec::Vec::new();
                #(#collect)*
                let __autodiff_node = #rec.op(#label, &#operands, __autodiff_value as f64, &#weights);
                (__autodiff_value, __autodiff_node)
            },
        )
    }

    /// The one-node trace of a function whose body builds active local
    /// vectors, with its gradient from `NAME__fwd` / `NAME__bwd` (vector
    /// parameters' blocks added into buffers of their length).
    pub(super) fn whole_trace_companion(&self) -> TokenStream {
        let sig = self.sig;
        let (scalar, private, tape) = (self.scalar(), paths::private(), tape_ident());
        let args: Vec<&Ident> = sig.params.iter().map(|p| &p.ident).collect();
        let fwd = self.call_companion(&companion("fwd", &sig.ident), true);
        let bwd = self.call_companion(&companion("bwd", &sig.ident), false);
        let block = |i: usize| Ident::new(&format!("__autodiff_g{i}"), Span::mixed_site());
        let vectors: Vec<usize> = (0..sig.params.len())
            .filter(|i| sig.params[*i].vector.is_some() && self.seeds[*i])
            .collect();
        let blocks = vectors.iter().map(|i| {
            let (g, ident) = (block(*i), &sig.params[*i].ident);
            quote!(let mut #g: ::std::vec::Vec<#scalar> = ::std::vec![0.0; #ident.len()];)
        });
        let lent = (0..sig.params.len()).map(|i| match vectors.contains(&i) {
            true => {
                let g = block(i);
                quote!(#private::VecAdjoint::from(&mut #g[..]))
            }
            false if sig.params[i].float.is_some() => quote!(-0.0),
            false => quote!(::core::default::Default::default()),
        });
        let partials = sig
            .params
            .iter()
            .enumerate()
            .filter_map(|(i, p)| match (p.float, vectors.contains(&i)) {
                (Some(_), _) => {
                    let i = syn::Index::from(i);
                    Some(quote!(__autodiff_adjoints.#i as f64))
                }
                (None, true) => {
                    let g = block(i);
                    Some(quote!(#g))
                }
                (None, false) => None,
            })
            .collect();
        let body = quote! {
            #(#blocks)*
            let (__autodiff_value, __autodiff_adjoints) =
                <#scalar as #private::TapeScalar>::with_tape(|#tape| {
                    let __autodiff_v = #fwd(#(#args,)* #tape);
                    (__autodiff_v, #bwd(#tape, 1.0, #(#lent),*))
                });
        };
        self.one_node_trace(body, partials)
    }
}
