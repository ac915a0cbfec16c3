//! The generated functions: the public API (`NAME_jvp`, `NAME_vjp`,
//! `NAME_grad`, `NAME_trace`) and the hidden companions that calls between
//! differentiated functions use (`NAME__jvp`, `NAME__fwd`, `NAME__bwd`,
//! `NAME__trace`, and `NAME__wrt_jvp`, ... for the `wrt` variants).
//!
//! The companions treat every float parameter as active and take one extra
//! argument per parameter (a tangent, an operand), `()` for non-float ones,
//! so that a caller needs no knowledge of the callee's types. With
//! `wrt(...)`, the public functions use sweeps specialised to the named
//! parameters, in which the others are constants.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;

use crate::activity::{self, Activity};
use crate::attr::Config;
use crate::diagnostics::Errors;
use crate::emit::{companion, scalar_tokens, tape_ident, Emit};
use crate::ir::{Function, VarId};
use crate::lower::Signature;
use crate::paths;

mod second_order;

/// Everything generated for one function; empty if errors were found.
pub fn generate(
    sig: &Signature,
    func: &Function,
    config: &Config,
    errors: &mut Errors,
) -> TokenStream {
    let all_floats: Vec<VarId> = func
        .params
        .iter()
        .filter(|p| p.float.is_some())
        .map(|p| p.var)
        .collect();
    let seeds = wrt_seeds(sig, func, config, errors);
    let activity = activity::analyze(func, &all_floats, errors);
    if !errors.is_empty() {
        return quote!();
    }
    let g = Generator { sig };
    let (full, full_activity) = normalized(func, activity);
    let mut items = vec![g.jvp_companion("jvp", &full, &full_activity)];
    items.extend(g.sweep_companions("", &full, &full_activity));
    items.push(g.trace_companion(&full, &full_activity));
    items.extend(g.second_order_companions("", &full, &full_activity));
    let prefix = match &seeds {
        Some(seeds) => {
            let (wrt, wrt_activity) =
                normalized(func, activity::analyze(func, seeds, &mut Errors::default()));
            items.push(g.jvp_companion("wrt_jvp", &wrt, &wrt_activity));
            items.extend(g.sweep_companions("wrt_", &wrt, &wrt_activity));
            items.extend(g.second_order_companions("wrt_", &wrt, &wrt_activity));
            "wrt_"
        }
        None => "",
    };
    let active: Vec<bool> = func
        .params
        .iter()
        .map(|p| p.float.is_some() && seeds.as_ref().is_none_or(|s| s.contains(&p.var)))
        .collect();
    items.extend(g.public(prefix, &active));
    quote!(#(#items)*)
}

/// Stubs of the public functions, emitted beside compile errors so that
/// callers do not report missing names on top of them.
pub fn stubs(sig: &Signature, config: &Config) -> TokenStream {
    let active: Vec<bool> = sig
        .params
        .iter()
        .map(|p| p.float.is_some() && config.wrt.as_ref().is_none_or(|w| w.contains(&p.ident)))
        .collect();
    let g = Generator { sig };
    let stub = quote!(::core::panic!(
        "#[differentiate] reported an error for this function"
    ));
    let headers = g.public_headers(&active);
    quote!(#(#headers { #stub })*)
}

fn normalized(func: &Function, mut activity: Activity) -> (Function, Activity) {
    let mut func = func.clone();
    crate::normalize::normalize(&mut func, &mut activity);
    (func, activity)
}

fn wrt_seeds(
    sig: &Signature,
    func: &Function,
    config: &Config,
    errors: &mut Errors,
) -> Option<Vec<VarId>> {
    let names = config.wrt.as_ref()?;
    let mut seeds = Vec::new();
    for name in names {
        match sig.params.iter().position(|p| p.ident == *name) {
            Some(i) if sig.params[i].float.is_some() => seeds.push(func.params[i].var),
            Some(_) => errors.on(
                name,
                format!(
                    "`{name}` is not an `f64` or `f32` parameter; `wrt` names float parameters"
                ),
            ),
            None => errors.on(
                name,
                format!("`{name}` is not a parameter of this function"),
            ),
        }
    }
    Some(seeds)
}

/// The trace's name for the result: `y` as in Baydin et al., unless a
/// parameter has that name; then the function's name, or `output`.
fn output_label(sig: &Signature) -> String {
    let taken = |name: &str| sig.params.iter().any(|p| p.ident.unraw() == name);
    let function = sig.ident.unraw().to_string();
    ["y".to_string(), function, "output".to_string()]
        .into_iter()
        .find(|name| !taken(name))
        .unwrap_or_else(|| "result".to_string())
}

const ALLOWS: &str =
    "unused_mut, unused_variables, unused_assignments, unused_parens, unused_braces, \
    unreachable_code, non_snake_case, dead_code, clippy::all, clippy::pedantic";

struct Generator<'a> {
    sig: &'a Signature,
}

impl Generator<'_> {
    fn scalar(&self) -> TokenStream {
        scalar_tokens(self.sig.scalar)
    }

    fn allows() -> TokenStream {
        let lints: TokenStream = ALLOWS.parse().unwrap_or_default();
        quote!(#[allow(#lints)])
    }

    /// `fn name<G>(&self?, params.., extra..) -> ret where ..`
    fn header(
        &self,
        name: &Ident,
        receiver: bool,
        extra: &[TokenStream],
        ret: TokenStream,
    ) -> TokenStream {
        let sig = self.sig;
        let vis = &sig.vis;
        let generics = &sig.generics;
        let where_clause = &generics.where_clause;
        let receiver = sig
            .receiver
            .as_ref()
            .filter(|_| receiver)
            .map(|r| quote!(#r,));
        let params = sig.params.iter().map(|p| {
            let (ident, ty) = (&p.ident, &p.ty);
            let mutability = p.mutable.then(|| quote!(mut));
            quote!(#mutability #ident: #ty)
        });
        quote!(#vis fn #name #generics (#receiver #(#params,)* #(#extra,)*) -> #ret #where_clause)
    }

    fn hidden(&self, header: TokenStream, body: TokenStream) -> TokenStream {
        self.hidden_with(header, body, quote!(#[inline]))
    }

    fn hidden_with(
        &self,
        header: TokenStream,
        body: TokenStream,
        inline: TokenStream,
    ) -> TokenStream {
        let allows = Self::allows();
        quote! {
            #[doc(hidden)]
            #allows
            #inline
            #header { #body }
        }
    }

    fn body(func: &Function) -> TokenStream {
        let naming = |v: VarId| func.var(v).ident.clone();
        let emit = Emit::new(func, &naming);
        let (body, outputs) = (emit.block(&func.body), emit.outputs());
        quote!(#body #outputs)
    }

    /// The call prefix of a companion: `self.name` for methods, `name` otherwise.
    fn call_companion(&self, name: &Ident, receiver: bool) -> TokenStream {
        match (&self.sig.receiver, receiver) {
            (Some(_), true) => quote!(self.#name),
            (Some(_), false) => quote!(Self::#name),
            (None, _) => quote!(#name),
        }
    }

    /// One extra parameter per primal parameter: `ident: S` for floats that
    /// have one, `_: S` for other floats, `_: ()` for the rest.
    fn per_param(
        &self,
        extras: &[Option<VarId>],
        func: &Function,
        ty: TokenStream,
        mutable: bool,
    ) -> Vec<TokenStream> {
        self.sig
            .params
            .iter()
            .zip(extras)
            .map(|(p, extra)| match (p.float, extra) {
                (Some(_), Some(v)) => {
                    let ident = &func.var(*v).ident;
                    let mutability = mutable.then(|| quote!(mut));
                    quote!(#mutability #ident: #ty)
                }
                (Some(_), None) => quote!(_: #ty),
                (None, _) => quote!(_: ()),
            })
            .collect()
    }

    fn jvp_companion(&self, kind: &str, func: &Function, activity: &Activity) -> TokenStream {
        let jvp = crate::forward::jvp(func, activity);
        let scalar = self.scalar();
        let extra = self.per_param(&jvp.param_tangents, &jvp.func, scalar.clone(), true);
        let header = self.header(
            &companion(kind, &self.sig.ident),
            true,
            &extra,
            quote!((#scalar, #scalar)),
        );
        self.hidden(header, Self::body(&jvp.func))
    }

    /// The forward sweep `NAME__{prefix}fwd` and the backward sweep
    /// `NAME__{prefix}bwd`.
    fn sweep_companions(
        &self,
        prefix: &str,
        func: &Function,
        activity: &Activity,
    ) -> [TokenStream; 2] {
        let seed = Ident::new("__autodiff_seed", Span::mixed_site());
        let sweeps = crate::reverse::reverse(func, activity, std::slice::from_ref(&seed));
        let (scalar, tape, private) = (self.scalar(), tape_ident(), paths::private());
        let tape_param = quote!(#tape: &mut #private::Tape<#scalar>);
        let name = companion(&format!("{prefix}fwd"), &self.sig.ident);
        let forward = self.header(
            &name,
            true,
            std::slice::from_ref(&tape_param),
            scalar.clone(),
        );
        let adjoint_types = self.sig.params.iter().map(|p| match p.float {
            Some(_) => scalar.clone(),
            None => quote!(()),
        });
        let (vis, generics) = (&self.sig.vis, &self.sig.generics);
        let name = companion(&format!("{prefix}bwd"), &self.sig.ident);
        let where_clause = &generics.where_clause;
        let backward = quote! {
            #vis fn #name #generics (#tape_param, #seed: #scalar) -> (#(#adjoint_types,)*) #where_clause
        };
        let inline = quote!(#[inline(never)]);
        [
            self.hidden_with(forward, Self::body(&sweeps.forward), inline.clone()),
            self.hidden_with(backward, sweeps.backward, inline),
        ]
    }

    fn trace_companion(&self, func: &Function, activity: &Activity) -> TokenStream {
        let trace = crate::trace::trace(func, activity);
        let (scalar, rec, private) = (
            self.scalar(),
            crate::emit::recorder_ident(),
            paths::private(),
        );
        let mut extra = self.per_param(
            &trace.param_operands,
            &trace.func,
            quote!(#private::Operand),
            true,
        );
        extra.push(quote!(#rec: &mut #private::Recorder));
        let header = self.header(
            &companion("trace", &self.sig.ident),
            true,
            &extra,
            quote!((#scalar, #private::Operand)),
        );
        self.hidden(header, Self::body(&trace.func))
    }

    fn tangent_ident(ident: &Ident) -> Ident {
        Ident::new(&format!("d{}", ident.unraw()), Span::mixed_site())
    }

    /// The headers of the public functions, in order jvp, vjp, grad, trace.
    fn public_headers(&self, active: &[bool]) -> Vec<TokenStream> {
        let sig = self.sig;
        let scalar = self.scalar();
        let name = &sig.ident;
        let actives: Vec<&crate::lower::SigParam> = sig
            .params
            .iter()
            .zip(active)
            .filter(|(_, a)| **a)
            .map(|(p, _)| p)
            .collect();
        let tangents: Vec<TokenStream> = actives
            .iter()
            .map(|p| {
                let d = Self::tangent_ident(&p.ident);
                quote!(#d: #scalar)
            })
            .collect();
        let seed = Ident::new("seed", Span::mixed_site());
        let gradient_types = actives.iter().map(|_| scalar.clone());
        let gradient = quote!((#scalar, #(#gradient_types),*));
        let directions: Vec<TokenStream> = actives
            .iter()
            .map(|p| {
                let v = Self::direction_ident(&p.ident);
                quote!(#v: #scalar)
            })
            .collect();
        let pair_types = actives
            .iter()
            .flat_map(|_| [scalar.clone(), scalar.clone()]);
        let hvp_result = quote!((#scalar, #(#pair_types),*));
        let private = paths::private();
        let doc = |text: String| quote!(#[doc = #text]);
        let docs = [
            doc(format!(
                "Forward mode of `{name}` (generated by `#[differentiate]`): returns the value and the directional \
                 derivative along one tangent per differentiated parameter."
            )),
            doc(format!(
                "Reverse mode of `{name}` (generated by `#[differentiate]`): returns the value and `seed` times the \
                 partial derivative with respect to each differentiated parameter, in order."
            )),
            doc(format!(
                "Gradient of `{name}` (generated by `#[differentiate]`): the value and the partial derivative with \
                 respect to each differentiated parameter, in order."
            )),
            doc(format!(
                "Evaluation trace of one call of `{name}` (generated by `#[differentiate]`): every elementary \
                 operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables."
            )),
            doc(format!(
                "Hessian-vector product of `{name}` (generated by `#[differentiate]`): the value, the gradient, \
                 and the Hessian times the direction given by one `v_` argument per differentiated parameter \
                 (reverse mode over forward mode, exact to rounding)."
            )),
            doc(format!(
                "Hessian of `{name}` (generated by `#[differentiate]`) over the differentiated parameters in \
                 order, one Hessian-vector product per column."
            )),
        ];
        let allows = Self::allows();
        let headers = [
            self.header(
                &format_ident!("{}_jvp", name),
                true,
                &tangents,
                quote!((#scalar, #scalar)),
            ),
            self.header(
                &format_ident!("{}_vjp", name),
                true,
                &[quote!(#seed: #scalar)],
                gradient.clone(),
            ),
            self.header(&format_ident!("{}_grad", name), true, &[], gradient),
            self.header(
                &format_ident!("{}_trace", name),
                true,
                &[],
                quote!(#private::Trace),
            ),
            self.header(
                &format_ident!("{}_hvp", name),
                true,
                &directions,
                hvp_result,
            ),
            self.header(
                &format_ident!("{}_hessian", name),
                true,
                &[],
                quote!(#private::nalgebra::DMatrix<#scalar>),
            ),
        ];
        docs.into_iter()
            .zip(headers)
            .map(|(doc, header)| quote!(#doc #allows #[inline] #header))
            .collect()
    }

    fn public(&self, prefix: &str, active: &[bool]) -> Vec<TokenStream> {
        let sig = self.sig;
        let scalar = self.scalar();
        let private = paths::private();
        let name = &sig.ident;
        let args: Vec<&Ident> = sig.params.iter().map(|p| &p.ident).collect();
        let tangents = sig
            .params
            .iter()
            .zip(active)
            .map(|(p, a)| match (p.float, a) {
                (Some(_), true) => {
                    let d = Self::tangent_ident(&p.ident);
                    quote!(#d)
                }
                (Some(_), false) => quote!(0.0),
                (None, _) => quote!(()),
            });
        let jvp = self.call_companion(&companion(&format!("{prefix}jvp"), name), true);
        let fwd = self.call_companion(&companion(&format!("{prefix}fwd"), name), true);
        let bwd = self.call_companion(&companion(&format!("{prefix}bwd"), name), false);
        let trace = self.call_companion(&companion("trace", name), true);
        let vjp_name = self.call_companion(&format_ident!("{}_vjp", name), true);
        let (tape, seed, adjoints) = (
            tape_ident(),
            Ident::new("seed", Span::mixed_site()),
            Ident::new("__autodiff_adjoints", Span::mixed_site()),
        );
        let picked = active
            .iter()
            .enumerate()
            .filter(|(_, a)| **a)
            .map(|(i, _)| {
                let i = syn::Index::from(i);
                quote!(#adjoints.#i + 0.0)
            });
        let (value, output) = (
            Ident::new("__autodiff_value", Span::mixed_site()),
            Ident::new("__autodiff_output", Span::mixed_site()),
        );
        let output_label = output_label(sig);
        let rec = crate::emit::recorder_ident();
        let operands = sig.params.iter().zip(active).map(|(p, a)| {
            let ident = &p.ident;
            let label = ident.to_string();
            match (p.float, a) {
                (Some(_), true) => quote!(#rec.input(#label, #ident as f64)),
                (Some(_), false) => quote!(#private::Operand::Const(#ident as f64)),
                (None, _) => quote!(()),
            }
        });
        let bodies = [
            quote!(#jvp(#(#args,)* #(#tangents,)*)),
            quote! {
                <#scalar as #private::TapeScalar>::with_tape(|#tape| {
                    let #value = #fwd(#(#args,)* #tape);
                    let #adjoints = #bwd(#tape, #seed);
                    (#value, #(#picked),*)
                })
            },
            quote!(#vjp_name(#(#args,)* 1.0)),
            quote! {
                let mut #rec = #private::Recorder::new();
                let (#value, #output) = #trace(#(#args,)* #(#operands,)* &mut #rec);
                #rec.name_output(#output_label);
                #rec.finish(#value as f64, #output)
            },
        ];
        let uses_original = self.uses_original();
        let bodies = bodies
            .into_iter()
            .chain(self.second_order_bodies(prefix, active));
        self.public_headers(active)
            .into_iter()
            .zip(bodies)
            .map(|(header, body)| quote!(#header { #uses_original #body }))
            .collect()
    }

    /// `let _ = NAME;`: the derivatives compute the original function's value,
    /// so using them uses it (without this, a program that calls only
    /// `NAME_grad` is warned that `NAME` is never used). Left out for generic
    /// functions, whose item cannot always be named without arguments.
    fn uses_original(&self) -> Option<TokenStream> {
        let sig = self.sig;
        let generic = sig.generics.type_params().next().is_some()
            || sig.generics.const_params().next().is_some();
        let impl_trait = sig
            .params
            .iter()
            .any(|p| matches!(p.ty, syn::Type::ImplTrait(_)));
        if generic || impl_trait {
            return None;
        }
        let name = &sig.ident;
        Some(match sig.receiver {
            Some(_) => quote!(let _ = Self::#name;),
            None => quote!(let _ = #name;),
        })
    }
}
