//! The attribute's arguments: `#[differentiate]`, `#[differentiate(wrt(x, y))]`,
//! or `#[differentiate(partials(f_x, f_y))]`.

use proc_macro2::{Ident, TokenStream};
use syn::parse::Parse;

use crate::diagnostics::Errors;

/// What the attribute asks for.
#[derive(Default)]
pub struct Config {
    /// The parameters to differentiate with respect to; all float ones if `None`.
    pub wrt: Option<Vec<Ident>>,
    /// User-supplied partial derivatives, one function per float parameter:
    /// the body is not differentiated but taken as an elementary function.
    pub partials: Option<Vec<syn::Path>>,
}

pub fn parse(args: TokenStream, errors: &mut Errors) -> Config {
    let mut config = Config::default();
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("wrt") {
            if config.wrt.is_some() {
                return Err(
                    meta.error("`wrt` is given twice; list every parameter in one `wrt(...)`")
                );
            }
            let content;
            syn::parenthesized!(content in meta.input);
            let names = content.parse_terminated(Ident::parse, syn::Token![,])?;
            if names.is_empty() {
                return Err(meta.error(
                    "`wrt()` names no parameter; list the float parameters to differentiate",
                ));
            }
            config.wrt = Some(names.into_iter().collect());
            Ok(())
        } else if meta.path.is_ident("partials") {
            if config.partials.is_some() {
                return Err(meta.error(
                    "`partials` is given twice; list one function per float parameter in one `partials(...)`",
                ));
            }
            let content;
            syn::parenthesized!(content in meta.input);
            let paths = content.parse_terminated(syn::Path::parse, syn::Token![,])?;
            config.partials = Some(paths.into_iter().collect());
            Ok(())
        } else {
            Err(meta.error(
                "unknown argument of #[differentiate]; expected `wrt(param, ...)` or \
                 `partials(function, ...)`",
            ))
        }
    });
    if let Err(e) = syn::parse::Parser::parse2(parser, args) {
        errors.at(e.span(), e);
    }
    if let (Some(wrt), Some(_)) = (&config.wrt, &config.partials) {
        errors.on(
            &wrt[0],
            "`wrt` cannot be combined with `partials`: a function with user-supplied partials is \
             differentiated with respect to all its float parameters",
        );
    }
    config
}
