//! Unit tests of the pipeline on token streams.

use quote::quote;

/// The expansion of `#[differentiate(args)] item`, pretty-printed.
pub fn expand_pretty(args: proc_macro2::TokenStream, item: proc_macro2::TokenStream) -> String {
    let tokens = crate::expand::expand(args, item);
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => tokens.to_string(),
    }
}

#[test]
fn dump() {
    if let Ok(path) = std::env::var("AUTODIFF_DUMP") {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let item: proc_macro2::TokenStream = source.parse().unwrap_or_default();
        println!("{}", expand_pretty(quote!(), item));
    }
}
