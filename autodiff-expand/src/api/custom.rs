//! Functions with user-supplied partial derivatives:
//! `#[differentiate(partials(f_x, f_y))] fn f(x: f64, y: f64) -> f64`.
//!
//! The body is not read: `f` is an elementary function whose partial
//! derivative with respect to its i-th float parameter is `partials[i]`,
//! called with all of `f`'s arguments. The companions apply the chain rule to
//! that one operation: the tangent is `Σ ∂ᵢf · dxᵢ`, the adjoints are
//! `seed · ∂ᵢf`. Second order differentiates the tangent, which needs the
//! derivatives of the partials: they are `#[differentiate]` functions
//! themselves, and `f__jvp_fwd` / `f__jvp_bwd` call their sweeps.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::Generator;
use crate::diagnostics::Errors;
use crate::emit::{callee_tokens, companion, tape_ident};
use crate::ir::Callee;
use crate::lower::Signature;

/// Everything generated for a function with user-supplied partials; empty if
/// errors were found.
pub fn custom(sig: &Signature, partials: &[syn::Path], errors: &mut Errors) -> TokenStream {
    let floats: Vec<usize> = (0..sig.params.len())
        .filter(|i| sig.params[*i].float.is_some())
        .collect();
    let vectors: Vec<_> = sig.params.iter().filter(|p| p.vector.is_some()).collect();
    for p in &vectors {
        errors.on(
            &p.ty,
            "a function with user-supplied `partials` takes scalar float parameters only; pass the \
             vector's elements, or differentiate a function that loops over them",
        );
    }
    if sig.vector_output.is_some() {
        errors.on(
            &sig.output,
            "a function with user-supplied `partials` returns `f64` or `f32`; give each entry of a \
             vector result its own scalar function with `partials`",
        );
    }
    if vectors.is_empty() && partials.len() != floats.len() {
        let names: Vec<String> = floats
            .iter()
            .map(|i| format!("`{}`", sig.params[*i].ident))
            .collect();
        errors.at(
            partials
                .first()
                .map_or_else(Span::call_site, syn::spanned::Spanned::span),
            format!(
                "`partials` lists {} function(s) but `{}` has {} float parameter(s) ({}); give one \
                 partial derivative per float parameter, in order",
                partials.len(),
                sig.ident,
                floats.len(),
                names.join(", ")
            ),
        );
    }
    let callees: Vec<Callee> = partials
        .iter()
        .filter_map(|p| match (&sig.receiver, p.get_ident()) {
            (None, _) => Some(Callee::Path(p.clone())),
            (Some(_), Some(ident)) => Some(Callee::SelfMethod(ident.clone(), None)),
            (Some(_), None) => {
                errors.on(
                    p,
                    "in a method, `partials` names other methods of the same `impl` by their plain \
                     names (`partials(d_x)` for `self.d_x(..)`)",
                );
                None
            }
        })
        .collect();
    if !errors.is_empty() {
        return quote!();
    }
    let seeds: Vec<bool> = sig.params.iter().map(|p| p.float.is_some()).collect();
    let g = Generator {
        sig,
        seeds: seeds.clone(),
    };
    let custom = Custom {
        g: &g,
        floats,
        partials: callees,
    };
    let mut items = custom.companions();
    items.extend(g.public("", &seeds, super::Replayed::default()));
    quote!(#(#items)*)
}

struct Custom<'a> {
    g: &'a Generator<'a>,
    /// The positions of the float parameters.
    floats: Vec<usize>,
    /// One callee per float parameter.
    partials: Vec<Callee>,
}

fn local(name: String) -> Ident {
    Ident::new(&name, Span::mixed_site())
}

impl Custom<'_> {
    fn companions(&self) -> Vec<TokenStream> {
        vec![
            self.jvp(),
            self.forward(),
            self.backward(),
            self.jvp_forward(),
            self.jvp_backward(),
            self.trace(),
        ]
    }

    /// The arguments of a call of `f` or of a partial: clones of the
    /// parameters, since each is passed several times.
    fn args(&self) -> Vec<TokenStream> {
        self.g
            .sig
            .params
            .iter()
            .map(|p| {
                let ident = &p.ident;
                quote!(::core::clone::Clone::clone(&#ident))
            })
            .collect()
    }

    /// `f(args)` or `self.f(args)`.
    fn value(&self) -> TokenStream {
        let name = &self.g.sig.ident;
        let f = self.g.call_companion(name, true);
        let args = self.args();
        quote!(#f(#(#args),*))
    }

    /// The call of partial `j`, or of its companion `kind`, with `extra`
    /// arguments after the primal ones.
    fn partial(&self, j: usize, kind: Option<&str>, extra: &[TokenStream]) -> TokenStream {
        let callee = callee_tokens(&self.partials[j], kind, false);
        let args = self.args();
        quote!(#callee(#(#args,)* #(#extra),*))
    }

    /// One extra parameter per parameter: `name(i): ty` for floats, `_: ()` otherwise.
    fn per_param(&self, name: impl Fn(usize) -> Ident, ty: TokenStream) -> Vec<TokenStream> {
        (0..self.g.sig.params.len())
            .map(|i| match self.floats.contains(&i) {
                true => {
                    let ident = name(i);
                    quote!(#ident: #ty)
                }
                false => quote!(_: ()),
            })
            .collect()
    }

    /// The adjoint a backward sweep receives for float parameter `i` (its
    /// caller's so far, to which it adds its own), from set `set` (0 for the
    /// parameters, 1 for their tangents in the tangent program's sweep).
    fn initial(set: usize, i: usize) -> Ident {
        local(format!("__autodiff_i{set}_{i}"))
    }

    fn tangent(i: usize) -> Ident {
        local(format!("__autodiff_d{i}"))
    }

    fn partial_value(j: usize) -> Ident {
        local(format!("__autodiff_p{j}"))
    }

    /// The adjoint tuple: `entry(j)` at float parameter `floats[j]`, `()` elsewhere.
    fn per_float(&self, entry: impl Fn(usize) -> TokenStream) -> Vec<TokenStream> {
        (0..self.g.sig.params.len())
            .map(|i| match self.floats.iter().position(|f| *f == i) {
                Some(j) => entry(j),
                None => quote!(()),
            })
            .collect()
    }

    fn jvp(&self) -> TokenStream {
        let scalar = self.g.scalar();
        let extra = self.per_param(Self::tangent, scalar.clone());
        let header = self.g.header(
            &companion("jvp", &self.g.sig.ident),
            true,
            &extra,
            quote!((#scalar, #scalar)),
        );
        let value = self.value();
        let terms = self.floats.iter().enumerate().map(|(j, i)| {
            let (p, d) = (self.partial(j, None, &[]), Self::tangent(*i));
            quote!(#p * #d)
        });
        self.g.hidden(header, quote!((#value, 0.0 #(+ #terms)*)))
    }

    /// The forward sweep: the value, with every partial pushed on the tape.
    fn forward(&self) -> TokenStream {
        let (scalar, tape) = (self.g.scalar(), tape_ident());
        let header = self.g.header(
            &companion("fwd", &self.g.sig.ident),
            true,
            &[self.g.tape_param()],
            scalar,
        );
        let value = self.value();
        let pushes = (0..self.floats.len()).map(|j| {
            let p = self.partial(j, None, &[]);
            quote!(#tape.push(#p);)
        });
        self.g.hidden(
            header,
            quote! {
                let __autodiff_value = #value;
                #(#pushes)*
                __autodiff_value
            },
        )
    }

    /// The backward sweep: `seed · ∂ᵢf` per float parameter.
    fn backward(&self) -> TokenStream {
        let (scalar, tape) = (self.g.scalar(), tape_ident());
        let seed = local("__autodiff_seed".into());
        let mut params = vec![self.g.tape_param(), quote!(#seed: #scalar)];
        params.extend(self.per_param(|i| Self::initial(0, i), scalar.clone()));
        let header = self
            .g
            .backward_header("bwd", &params, &self.g.adjoint_types());
        let pops = (0..self.floats.len()).rev().map(|j| {
            let p = Self::partial_value(j);
            quote!(let #p: #scalar = #tape.pop();)
        });
        let adjoints = self.per_float(|j| {
            let (p, initial) = (Self::partial_value(j), Self::initial(0, self.floats[j]));
            quote!(#initial + #seed * #p)
        });
        self.g.hidden_with(
            header,
            quote!(#(#pops)* (#(#adjoints,)*)),
            quote!(#[inline(never)]),
        )
    }

    /// The forward sweep of the tangent program `(f, Σ ∂ᵢf · dᵢ)`: the
    /// partials through their own forward sweeps, then the partials and
    /// tangents on the tape.
    fn jvp_forward(&self) -> TokenStream {
        let (scalar, tape) = (self.g.scalar(), tape_ident());
        let mut extra = self.per_param(Self::tangent, scalar.clone());
        extra.push(self.g.tape_param());
        let header = self.g.header(
            &companion("jvp_fwd", &self.g.sig.ident),
            true,
            &extra,
            quote!((#scalar, #scalar)),
        );
        let value = self.value();
        let sweeps = (0..self.floats.len()).map(|j| {
            let (p, call) = (
                Self::partial_value(j),
                self.partial(j, Some("fwd"), &[quote!(#tape)]),
            );
            quote!(let #p = #call;)
        });
        let records = self.floats.iter().enumerate().map(|(j, i)| {
            let (p, d) = (Self::partial_value(j), Self::tangent(*i));
            quote!(#tape.push(#p); #tape.push(#d);)
        });
        let terms = self.floats.iter().enumerate().map(|(j, i)| {
            let (p, d) = (Self::partial_value(j), Self::tangent(*i));
            quote!(#p * #d)
        });
        self.g.hidden_with(
            header,
            quote! {
                let __autodiff_value = #value;
                #(#sweeps)*
                #(#records)*
                (__autodiff_value, 0.0 #(+ #terms)*)
            },
            quote!(#[inline(never)]),
        )
    }

    /// The backward sweep of the tangent program, seeded with `s0` on the
    /// value and `s1` on the tangent: `∂/∂xₖ = s0 ∂ₖf + Σⱼ s1 dⱼ ∂ₖ∂ⱼf` (from
    /// the partials' backward sweeps) and `∂/∂dⱼ = s1 ∂ⱼf`.
    fn jvp_backward(&self) -> TokenStream {
        let (scalar, tape) = (self.g.scalar(), tape_ident());
        let (s0, s1) = (
            local("__autodiff_seed0".into()),
            local("__autodiff_seed1".into()),
        );
        let mut params = vec![
            self.g.tape_param(),
            quote!(#s0: #scalar),
            quote!(#s1: #scalar),
        ];
        params.extend(self.per_param(|i| Self::initial(0, i), scalar.clone()));
        params.extend(self.per_param(|i| Self::initial(1, i), scalar.clone()));
        let types = [self.g.adjoint_types(), self.g.adjoint_types()].concat();
        let header = self.g.backward_header("jvp_bwd", &params, &types);
        let pops = self.floats.iter().enumerate().rev().map(|(j, i)| {
            let (p, d) = (Self::partial_value(j), Self::tangent(*i));
            quote!(let #d: #scalar = #tape.pop(); let #p: #scalar = #tape.pop();)
        });
        let result = |j: usize| local(format!("__autodiff_r{j}"));
        let defaults: Vec<TokenStream> = (0..self.g.sig.params.len())
            .map(|i| match self.floats.contains(&i) {
                true => quote!(-0.0),
                false => quote!(()),
            })
            .collect();
        let second = (0..self.floats.len()).rev().map(|j| {
            let (r, d) = (result(j), Self::tangent(self.floats[j]));
            let callee = callee_tokens(&self.partials[j], Some("bwd"), true);
            quote!(let #r = #callee(#tape, #s1 * #d, #(#defaults),*);)
        });
        let primal = self.per_float(|k| {
            let p = Self::partial_value(k);
            let field = syn::Index::from(self.floats[k]);
            let terms = (0..self.floats.len()).map(|j| {
                let r = result(j);
                quote!(#r.#field)
            });
            let initial = Self::initial(0, self.floats[k]);
            quote!(#initial + #s0 * #p #(+ #terms)*)
        });
        let tangent = self.per_float(|j| {
            let (p, initial) = (Self::partial_value(j), Self::initial(1, self.floats[j]));
            quote!(#initial + #s1 * #p)
        });
        self.g.hidden_with(
            header,
            quote! {
                #(#pops)*
                #(#second)*
                (#(#primal,)* #(#tangent,)*)
            },
            quote!(#[inline(never)]),
        )
    }

    /// One node of the evaluation trace, named after the function.
    fn trace(&self) -> TokenStream {
        let value = self.value();
        let partials = (0..self.floats.len())
            .map(|j| {
                let p = self.partial(j, None, &[]);
                quote!((#p) as f64)
            })
            .collect();
        self.g
            .one_node_trace(quote!(let __autodiff_value = #value;), partials)
    }
}
