//! The `#[differentiate]` attribute macro of the `autodiff` crate: a thin
//! front over `autodiff-expand`, where the pipeline lives as a library
//! function on token streams. Use the macro through the `autodiff` crate,
//! whose documentation has the examples.

use proc_macro::TokenStream;

/// Differentiates an ordinary Rust function at compile time.
///
/// For `fn NAME(P1: T1, ..., Pk: Tk) -> R` it writes, beside the untouched
/// function, `NAME_jvp` (forward mode), `NAME_vjp` and `NAME_grad` (reverse
/// mode), `NAME_hvp` and `NAME_hessian` (second order) and `NAME_trace` (the
/// evaluation trace). `#[differentiate(wrt(x, y))]` restricts the
/// differentiated parameters; `#[differentiate(partials(d_x, d_y))]` takes the
/// partial derivatives from the named functions instead of the body. See the
/// `autodiff` crate.
#[proc_macro_attribute]
pub fn differentiate(args: TokenStream, item: TokenStream) -> TokenStream {
    autodiff_expand::expand(args.into(), item.into()).into()
}
