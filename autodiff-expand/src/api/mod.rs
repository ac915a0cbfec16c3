//! The generated functions: the hidden companions that calls between
//! differentiated functions use (`NAME__jvp`, `NAME__fwd`, `NAME__bwd`,
//! `NAME__trace`, `NAME__jvp_fwd`, `NAME__jvp_bwd`, and `NAME__wrt_jvp`, ...
//! for the `wrt` variants), here and in [`second_order`]; the public API in
//! [`public`].
//!
//! The companions treat every float parameter as active (vectors too, unless
//! `wrt` leaves them out) and take one extra argument per parameter (a
//! tangent, an operand), `()` for the others, so that a caller needs no
//! knowledge of the callee's types. With `wrt(...)`, the public functions use
//! sweeps specialised to the named parameters, in which the others are
//! constants.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use syn::ext::IdentExt;

use crate::activity::{self, Activity};
use crate::attr::Config;
use crate::diagnostics::Errors;
use crate::emit::{companion, scalar_tokens, tape_ident, Emit};
use crate::ir::{Function, VarId};
use crate::lower::Signature;
use crate::outline;
use crate::paths;

mod custom;
mod jacobian;
mod one_node_trace;
mod public;
mod second_order;

pub use custom::custom;

/// Everything generated for one function; empty if errors were found.
pub fn generate(
    sig: &Signature,
    func: &Function,
    config: &Config,
    errors: &mut Errors,
) -> TokenStream {
    let seeds = wrt_seeds(sig, func, config, errors);
    let all_seeds = full_seeds(sig, config);
    let all: Vec<VarId> = func
        .params
        .iter()
        .zip(&all_seeds)
        .filter(|(_, seed)| **seed)
        .map(|(p, _)| p.var)
        .collect();
    let activity = activity::analyze(func, &all, errors);
    if !errors.is_empty() {
        return quote!();
    }
    let g = Generator {
        sig,
        seeds: all_seeds.clone(),
    };
    let (full, full_activity) = normalized(func, activity);
    let scalar_output = sig.vector_output.is_none();
    let mut items = vec![g.jvp_companion("jvp", &full, &full_activity, &all_seeds)];
    let sweeps = g.sweep_companions("", &full, &full_activity, &all_seeds);
    items.extend(sweeps);
    let full_public = config.wrt.is_none();
    let mut replayed = Replayed {
        first: match full_public {
            true => g.replay_companions("", &full, &full_activity, &all_seeds, &mut items),
            false => SweepKind::Recorded,
        },
        second: g.second_order_companions(
            "",
            &full,
            &full_activity,
            &all_seeds,
            full_public,
            &mut items,
        ),
    };
    if scalar_output {
        items.push(g.trace_of(&full, &full_activity));
    }
    let active = public_active(sig, config);
    let prefix = match &seeds {
        Some(seeds) => {
            let (wrt, wrt_activity) =
                normalized(func, activity::analyze(func, seeds, &mut Errors::default()));
            items.push(g.jvp_companion("wrt_jvp", &wrt, &wrt_activity, &active));
            items.extend(g.sweep_companions("wrt_", &wrt, &wrt_activity, &active));
            replayed = Replayed {
                first: g.replay_companions("wrt_", &wrt, &wrt_activity, &active, &mut items),
                second: g.second_order_companions(
                    "wrt_",
                    &wrt,
                    &wrt_activity,
                    &active,
                    true,
                    &mut items,
                ),
            };
            "wrt_"
        }
        None => "",
    };
    items.extend(g.public(prefix, &active, replayed));
    quote!(#(#items)*)
}

/// Which sweeps the public reverse-mode functions call.
#[derive(Clone, Copy, Default)]
struct Replayed {
    /// `_vjp`, `_grad` and their `_into` forms.
    first: SweepKind,
    /// `_hvp`.
    second: SweepKind,
}

/// The sweeps of one order of reverse mode.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum SweepKind {
    /// `NAME__fwd` and `NAME__bwd`, which record loops on the tape.
    #[default]
    Recorded,
    /// `NAME__rfwd` and `NAME__rbwd`, whose backward sweep replays loops and
    /// takes the arguments again (see `reverse::replay`).
    Replayed,
    /// `NAME__rfused`, one sweep that takes the arguments and returns the
    /// value and the adjoints (see `reverse::fuse`).
    Fused,
}

/// Stubs of the public functions, emitted beside compile errors so that
/// callers do not report missing names on top of them.
pub fn stubs(sig: &Signature, config: &Config) -> TokenStream {
    let seeds = full_seeds(sig, config);
    let stubs = Generator { sig, seeds }.public_stubs(&public_active(sig, config));
    quote!(#(#stubs)*)
}

/// Per parameter, whether the full companions (which other differentiated
/// functions call) differentiate it: every float parameter, and vectors
/// unless `wrt` leaves them out (no caller passes an active vector yet).
fn full_seeds(sig: &Signature, config: &Config) -> Vec<bool> {
    sig.params
        .iter()
        .zip(public_active(sig, config))
        .map(|(p, public)| p.float.is_some() || public)
        .collect()
}

/// Per parameter, whether the public functions differentiate it: the float
/// and vector parameters that `wrt` names (all of them without `wrt`).
fn public_active(sig: &Signature, config: &Config) -> Vec<bool> {
    sig.params
        .iter()
        .map(|p| p.differentiable() && config.wrt.as_ref().is_none_or(|w| w.contains(&p.ident)))
        .collect()
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
            Some(i) if sig.params[i].differentiable() => seeds.push(func.params[i].var),
            Some(_) => errors.on(
                name,
                format!(
                    "`{name}` is not a float parameter (`f64`, `f32`, or a vector of them); `wrt` names \
                     float parameters"
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

/// Whether a parameter of type `ty` can be passed to both sweeps: a shared
/// reference, a primitive number or `bool`, or an array of them.
fn passed_twice(ty: &syn::Type) -> bool {
    const PRIMITIVES: &[&str] = &[
        "f64", "f32", "usize", "isize", "u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32",
        "i64", "i128", "bool",
    ];
    match ty {
        syn::Type::Reference(r) => r.mutability.is_none(),
        syn::Type::Path(p) => {
            p.qself.is_none()
                && p.path
                    .get_ident()
                    .is_some_and(|i| PRIMITIVES.contains(&i.to_string().as_str()))
        }
        syn::Type::Array(a) => passed_twice(&a.elem) && !matches!(*a.elem, syn::Type::Reference(_)),
        syn::Type::Paren(p) => passed_twice(&p.elem),
        _ => false,
    }
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
    /// Per parameter: differentiated by the full companions.
    seeds: Vec<bool>,
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
        Self::hidden_item(outline::frames(header, body), inline)
    }

    /// A forward sweep, never inlined.
    fn forward_sweep(&self, header: TokenStream, body: TokenStream) -> TokenStream {
        self.hidden_with(header, body, quote!(#[inline(never)]))
    }

    /// A backward sweep (or a fused sweep), never inlined, which spills to
    /// the tape what it keeps across its recursive calls, and the inlined
    /// wrapper that takes its adjoints back from the tape if it hands them
    /// back there.
    fn backward_sweep(&self, header: TokenStream, body: TokenStream) -> TokenStream {
        let (sweep, wrapper) = outline::backward_frames(header, body);
        let sweep = Self::hidden_item(sweep, quote!(#[inline(never)]));
        let wrapper = wrapper.map(|w| Self::hidden_item(vec![w], quote!(#[inline])));
        quote!(#sweep #wrapper)
    }

    /// `items` (one function, or its versions for each build), hidden from
    /// the docs, with the lints generated code allows and `inline`.
    fn hidden_item(items: Vec<TokenStream>, inline: TokenStream) -> TokenStream {
        let allows = Self::allows();
        quote! {#(
            #[doc(hidden)]
            #allows
            #inline
            #items
        )*}
    }

    fn body(func: &Function) -> TokenStream {
        let naming = |v: VarId| func.var(v).ident.clone();
        let emit = Emit::new(func, &naming);
        let (body, outputs) = (emit.block(&func.body), emit.outputs());
        quote!(#body #outputs)
    }

    /// `tape: &mut Tape<S>`, the tape parameter of the sweeps.
    fn tape_param(&self) -> TokenStream {
        let (scalar, tape, private) = (self.scalar(), tape_ident(), paths::private());
        quote!(#tape: &mut #private::Tape<#scalar>)
    }

    /// The types of a backward sweep's adjoint tuple, one per parameter: the
    /// float type for a float, `()` for the others (vectors receive their
    /// adjoints in buffers).
    fn adjoint_types(&self) -> Vec<TokenStream> {
        let scalar = self.scalar();
        self.sig
            .params
            .iter()
            .map(|p| match p.float {
                Some(_) => scalar.clone(),
                None => quote!(()),
            })
            .collect()
    }

    /// `fn NAME__kind(params) -> (types,)` without a receiver: the backward
    /// sweeps take none.
    fn backward_header(
        &self,
        kind: &str,
        params: &[TokenStream],
        types: &[TokenStream],
    ) -> TokenStream {
        let sig = self.sig;
        let (vis, generics) = (&sig.vis, &sig.generics);
        let where_clause = &generics.where_clause;
        let name = companion(kind, &sig.ident);
        quote! {
            #vis fn #name #generics (#(#params),*) -> (#(#types,)*) #where_clause
        }
    }

    /// The call prefix of a companion: `self.name` for methods, `name` otherwise.
    fn call_companion(&self, name: &Ident, receiver: bool) -> TokenStream {
        match (&self.sig.receiver, receiver) {
            (Some(_), true) => quote!(self.#name),
            (Some(_), false) => quote!(Self::#name),
            (None, _) => quote!(#name),
        }
    }

    /// One extra parameter per primal parameter: `ident: ty` for floats that
    /// have one, `_: ty` for other floats, a `VecTangent` of `ty`s for vectors
    /// among the `seeds` (differentiated parameters), `_: ()` for the rest.
    fn per_param(
        &self,
        extras: &[Option<VarId>],
        func: &Function,
        ty: TokenStream,
        seeds: &[bool],
    ) -> Vec<TokenStream> {
        self.sig
            .params
            .iter()
            .zip(extras)
            .zip(seeds)
            .map(|((p, extra), seed)| {
                let ty = match (&p.vector, p.float, seed) {
                    (Some(_), _, true) => {
                        let private = paths::private();
                        quote!(#private::VecTangent<'_, #ty>)
                    }
                    (None, Some(_), _) => ty.clone(),
                    _ => return quote!(_: ()),
                };
                match extra {
                    Some(v) => {
                        let ident = &func.var(*v).ident;
                        quote!(mut #ident: #ty)
                    }
                    None => quote!(_: #ty),
                }
            })
            .collect()
    }

    fn jvp_companion(
        &self,
        kind: &str,
        func: &Function,
        activity: &Activity,
        seeds: &[bool],
    ) -> TokenStream {
        let jvp = crate::forward::jvp(func, activity);
        let (scalar, output) = (self.scalar(), &self.sig.output);
        let extra = self.per_param(&jvp.param_tangents, &jvp.func, scalar.clone(), seeds);
        let header = self.header(
            &companion(kind, &self.sig.ident),
            true,
            &extra,
            quote!((#output, #output)),
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
        seeds: &[bool],
    ) -> [TokenStream; 2] {
        let seed = Ident::new("__autodiff_seed", Span::mixed_site());
        let sweeps = crate::reverse::reverse(func, activity, std::slice::from_ref(&seed));
        let (output, seed_type) = (&self.sig.output, self.seed_type());
        let name = companion(&format!("{prefix}fwd"), &self.sig.ident);
        let forward = self.header(&name, true, &[self.tape_param()], quote!(#output));
        let mut params = vec![self.tape_param(), quote!(#seed: #seed_type)];
        params.extend(self.adjoint_buffers(
            func.params.iter().map(|p| p.var),
            func,
            activity,
            seeds,
        ));
        let backward =
            self.backward_header(&format!("{prefix}bwd"), &params, &self.adjoint_types());
        [
            self.forward_sweep(forward, Self::body(&sweeps.forward)),
            self.backward_sweep(backward, sweeps.backward),
        ]
    }

    /// The sweeps `NAME__{prefix}rfwd` and `NAME__{prefix}rbwd`, in which the
    /// backward sweep replays loops instead of reading them from the tape
    /// (see `reverse::replay`), added to `items` if some loop can be replayed
    /// and the parameters can be passed twice (shared references and `Copy`
    /// primitives, no receiver); or the one fused sweep `NAME__{prefix}rfused`
    /// if the function's shape allows (see `reverse::fuse`). The public
    /// reverse-mode functions use them.
    fn replay_companions(
        &self,
        prefix: &str,
        func: &Function,
        activity: &Activity,
        seeds: &[bool],
        items: &mut Vec<TokenStream>,
    ) -> SweepKind {
        let seed = Ident::new("__autodiff_seed", Span::mixed_site());
        let Some(sweeps) = self
            .passed_twice()
            .then(|| crate::reverse::reverse_replayed(func, activity, std::slice::from_ref(&seed)))
            .flatten()
        else {
            return SweepKind::Recorded;
        };
        let (output, seed_type) = (&self.sig.output, self.seed_type());
        let mut extra = vec![self.tape_param(), quote!(#seed: #seed_type)];
        extra.extend(self.adjoint_buffers(
            func.params.iter().map(|p| p.var),
            func,
            activity,
            seeds,
        ));
        if sweeps.fused {
            let types = self.adjoint_types();
            let name = companion(&format!("{prefix}rfused"), &self.sig.ident);
            let fused = self.header(&name, true, &extra, quote!((#output, (#(#types,)*))));
            items.push(self.backward_sweep(fused, sweeps.backward));
            return SweepKind::Fused;
        }
        let name = companion(&format!("{prefix}rfwd"), &self.sig.ident);
        let forward = self.header(&name, true, &[self.tape_param()], quote!(#output));
        let mut params = self.primal_params();
        params.extend(extra);
        let backward =
            self.backward_header(&format!("{prefix}rbwd"), &params, &self.adjoint_types());
        items.push(self.forward_sweep(forward, Self::body(&sweeps.forward)));
        items.push(self.backward_sweep(backward, sweeps.backward));
        SweepKind::Replayed
    }

    /// Whether the arguments can be passed to both sweeps (see [`passed_twice`]).
    fn passed_twice(&self) -> bool {
        self.sig.receiver.is_none() && self.sig.params.iter().all(|p| passed_twice(&p.ty))
    }

    /// The primal's parameters as declared, for a backward sweep that replays.
    fn primal_params(&self) -> Vec<TokenStream> {
        self.sig
            .params
            .iter()
            .map(|p| {
                let (ident, ty) = (&p.ident, &p.ty);
                let mutability = p.mutable.then(|| quote!(mut));
                quote!(#mutability #ident: #ty)
            })
            .collect()
    }

    /// The adjoint parameters of a backward sweep of `func`, one per
    /// parameter `vars[i]`: a `VecAdjoint` for a vector among the `seeds`,
    /// the caller's adjoint so far for a float (see
    /// `reverse::in_place_params`), `()` for the others.
    fn adjoint_buffers(
        &self,
        vars: impl Iterator<Item = VarId>,
        func: &Function,
        activity: &Activity,
        seeds: &[bool],
    ) -> Vec<TokenStream> {
        let (private, scalar) = (paths::private(), self.scalar());
        let in_place = crate::reverse::in_place_params(func, activity);
        vars.zip(self.sig.params.iter().zip(seeds))
            .map(|(var, (p, seed))| match (&p.vector, p.float, seed) {
                (Some(_), _, true) if activity.is_active(var) => {
                    let name = crate::reverse::adjoint(var);
                    quote!(#name: #private::VecAdjoint<'_, #scalar>)
                }
                (Some(_), _, true) => quote!(_: #private::VecAdjoint<'_, #scalar>),
                (None, Some(_), _) if in_place.contains(&var) => {
                    let name = crate::reverse::adjoint(var);
                    quote!(mut #name: #scalar)
                }
                (None, Some(_), _) => {
                    let name = crate::reverse::initial_adjoint(var);
                    quote!(#name: #scalar)
                }
                _ => quote!(_: ()),
            })
            .collect()
    }

    /// The trace companion of `func` in its normalized form under the full
    /// activity. The trace records scalars: each element of a vector
    /// parameter is an input, and a body whose local vectors are active is
    /// recorded as one node.
    fn trace_of(&self, func: &Function, activity: &Activity) -> TokenStream {
        if func.buffers.iter().any(|b| activity.is_active(*b)) {
            self.whole_trace_companion()
        } else {
            self.trace_companion(func, activity)
        }
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
            &self.seeds,
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

    /// The type of the seed of reverse mode: the float type, or a borrowed
    /// slice for a vector result.
    fn seed_type(&self) -> TokenStream {
        let scalar = self.scalar();
        match self.sig.vector_output {
            Some(_) => quote!(&[#scalar]),
            None => scalar,
        }
    }

    fn tangent_ident(ident: &Ident) -> Ident {
        Ident::new(&format!("d{}", ident.unraw()), Span::mixed_site())
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
