//! The attribute's arguments: `#[differentiate]`, `#[differentiate(wrt(x, y))]`,
//! or `#[differentiate(partials(f_x, f_y))]`.

use proc_macro2::{Ident, TokenStream};
use syn::meta::ParseNestedMeta;
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
    // Whether the error, if any, is one of ours (else it is syn's, between arguments).
    let mut ours = false;
    let parser = syn::meta::parser(|meta| {
        let result = argument(&meta, &mut config);
        ours = result.is_err();
        result
    });
    if let Err(e) = syn::parse::Parser::parse2(parser, args) {
        match ours {
            true => errors.at(e.span(), e),
            false => errors.at(
                e.span(),
                format!(
                    "the arguments of #[differentiate] are `wrt(param, ...)` and \
                     `partials(function, ...)`, separated by commas: {e}"
                ),
            ),
        }
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

/// One argument, `wrt(..)` or `partials(..)`, into `config`.
fn argument(meta: &ParseNestedMeta, config: &mut Config) -> syn::Result<()> {
    if meta.path.is_ident("wrt") {
        if config.wrt.is_some() {
            return Err(meta.error("`wrt` is given twice; list every parameter in one `wrt(...)`"));
        }
        let names: Vec<Ident> = list(meta, "the names of float parameters", "wrt(x, y)")?;
        if names.is_empty() {
            return Err(meta
                .error("`wrt()` names no parameter; list the float parameters to differentiate"));
        }
        if let Some(twice) = names
            .iter()
            .enumerate()
            .find(|(i, n)| names[..*i].contains(n))
        {
            return Err(syn::Error::new(
                twice.1.span(),
                format!(
                    "`{}` is named twice in `wrt`; name each parameter once",
                    twice.1
                ),
            ));
        }
        config.wrt = Some(names);
        Ok(())
    } else if meta.path.is_ident("partials") {
        if config.partials.is_some() {
            return Err(meta.error(
                "`partials` is given twice; list one function per float parameter in one `partials(...)`",
            ));
        }
        let paths: Vec<syn::Path> = list(
            meta,
            "one function per float parameter",
            "partials(f_x, f_y)",
        )?;
        if paths.is_empty() {
            return Err(meta.error(
                "`partials()` names no function; list one partial derivative per float parameter, \
                 in order, as in `partials(f_x, f_y)`",
            ));
        }
        config.partials = Some(paths);
        Ok(())
    } else {
        Err(meta.error(
            "unknown argument of #[differentiate]; expected `wrt(param, ...)` or \
             `partials(function, ...)`",
        ))
    }
}

/// The comma-separated list in parentheses after an argument's name; the
/// errors say that it lists `what`, as in `example`.
fn list<T: Parse>(meta: &ParseNestedMeta, what: &str, example: &str) -> syn::Result<Vec<T>> {
    let key = meta
        .path
        .get_ident()
        .map(Ident::to_string)
        .unwrap_or_default();
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error(format!("`{key}` takes {what} in parentheses: `{example}`")));
    }
    let content;
    syn::parenthesized!(content in meta.input);
    match content.parse_terminated(T::parse, syn::Token![,]) {
        Ok(items) => Ok(items.into_iter().collect()),
        Err(e) => Err(syn::Error::new(
            e.span(),
            format!("`{key}` lists {what}, separated by commas, as in `{example}`: {e}"),
        )),
    }
}
