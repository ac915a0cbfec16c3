//! The pipeline: parse the attribute and the function, validate, analyse,
//! transform, emit. On any error the original function is returned unchanged
//! with every error attached, plus stubs of the generated functions, so that
//! the user sees the real problems and not a cascade of missing names.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned;

use crate::diagnostics::Errors;
use crate::{api, attr, lower};

pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let config = attr::parse(args, &mut errors);
    let function: syn::ItemFn = match syn::parse2(item.clone()) {
        Ok(f) => f,
        Err(e) => {
            let error = not_a_function(&item, e).to_compile_error();
            return quote!(#item #error);
        }
    };
    let Some(mut signature) = lower::signature(&function.sig, &mut errors) else {
        return with_errors(&function, errors, quote!());
    };
    signature.vis = function.vis.clone();
    if let Some(partials) = &config.partials {
        let generated = api::custom(&signature, partials, &mut errors);
        return if errors.is_empty() {
            quote!(#function #generated)
        } else {
            with_errors(&function, errors, api::stubs(&signature, &config))
        };
    }
    if lower::depth::too_deep(&function.block, &mut errors) {
        // The original tokens: printing the parsed function would recurse as deep.
        let stubs = api::stubs(&signature, &config);
        let errors = errors.finish().err().map(|e| e.to_compile_error());
        return quote!(#item #stubs #errors);
    }
    let body = lower::function(&signature, &function.block, &mut errors);
    let generated = api::generate(&signature, &body, &config, &mut errors);
    if errors.is_empty() {
        quote!(#function #generated)
    } else {
        with_errors(&function, errors, api::stubs(&signature, &config))
    }
}

fn with_errors(function: &syn::ItemFn, errors: Errors, stubs: TokenStream) -> TokenStream {
    let errors = errors.finish().err().map(|e| e.to_compile_error());
    quote!(#function #stubs #errors)
}

/// The error for an item that is not a function: what it is instead, at
/// its keyword; or syn's complaint, at the last token of an item cut short.
fn not_a_function(item: &TokenStream, e: syn::Error) -> syn::Error {
    const EXPECTED: &str =
        "#[differentiate] goes on a function `fn name(x: f64, ...) -> f64 { ... }`";
    if let Some((kind, span)) = syn::parse2(item.clone()).ok().as_ref().and_then(item_kind) {
        return syn::Error::new(
            span,
            format!("{EXPECTED}, not on {kind}; put it on each function to differentiate"),
        );
    }
    let span = match e.to_string().starts_with("unexpected end of input") {
        true => item
            .clone()
            .into_iter()
            .last()
            .map_or(e.span(), |t| t.span()),
        false => e.span(),
    };
    syn::Error::new(span, format!("{EXPECTED}: {e}"))
}

/// What an item other than a function is, and the span of its keyword.
fn item_kind(item: &syn::Item) -> Option<(&'static str, Span)> {
    use syn::Item;
    Some(match item {
        Item::Const(i) => ("a `const` item", i.const_token.span),
        Item::Enum(i) => ("an `enum`", i.enum_token.span),
        Item::ExternCrate(i) => ("an `extern crate` item", i.extern_token.span),
        Item::ForeignMod(i) => ("an `extern` block", i.abi.extern_token.span),
        Item::Impl(i) => ("an `impl` block", i.impl_token.span),
        Item::Macro(i) => ("a macro invocation or definition", i.mac.path.span()),
        Item::Mod(i) => ("a module", i.mod_token.span),
        Item::Static(i) => ("a `static` item", i.static_token.span),
        Item::Struct(i) => ("a `struct`", i.struct_token.span),
        Item::Trait(i) => ("a trait", i.trait_token.span),
        Item::TraitAlias(i) => ("a trait alias", i.trait_token.span),
        Item::Type(i) => ("a type alias", i.type_token.span),
        Item::Union(i) => ("a `union`", i.union_token.span),
        Item::Use(i) => ("a `use` item", i.use_token.span),
        _ => return None,
    })
}
