//! The pipeline: parse the attribute and the function, validate, analyse,
//! transform, emit. On any error the original function is returned unchanged
//! with every error attached, plus stubs of the generated functions, so that
//! the user sees the real problems and not a cascade of missing names.

use proc_macro2::TokenStream;
use quote::quote;

use crate::diagnostics::Errors;
use crate::{api, attr, lower};

pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let config = attr::parse(args, &mut errors);
    let function: syn::ItemFn = match syn::parse2(item.clone()) {
        Ok(f) => f,
        Err(e) => {
            let message = format!(
                "#[differentiate] goes on a function `fn name(x: f64, ...) -> f64 {{ ... }}`: {e}"
            );
            let error = syn::Error::new(e.span(), message).to_compile_error();
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
