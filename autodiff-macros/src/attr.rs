//! The attribute's arguments: `#[differentiate]` or `#[differentiate(wrt(x, y))]`.

use proc_macro2::{Ident, TokenStream};
use syn::parse::Parse;

use crate::diagnostics::Errors;

/// What the attribute asks for.
#[derive(Default)]
pub struct Config {
    /// The parameters to differentiate with respect to; all float ones if `None`.
    pub wrt: Option<Vec<Ident>>,
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
        } else {
            Err(meta.error("unknown argument of #[differentiate]; expected `wrt(param, ...)`"))
        }
    });
    if let Err(e) = syn::parse::Parser::parse2(parser, args) {
        errors.at(e.span(), e);
    }
    config
}
