//! Paths into the runtime that generated code names. Everything goes through
//! the facade crate's hidden `__private` module.

use proc_macro2::TokenStream;
use quote::quote;

/// `::autodiff::__private`.
pub fn private() -> TokenStream {
    quote!(::autodiff::__private)
}

/// The trace operand type.
pub fn operand_type() -> syn::Type {
    syn::parse_quote!(::autodiff::__private::Operand)
}
