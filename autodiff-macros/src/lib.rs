//! The `#[differentiate]` attribute macro of the `autodiff` crate.
//!
//! The macro is a pipeline with one module per stage, as in serde_derive and
//! thiserror: parse and validate once, analyse, transform, emit last.
//!
//! 1. `attr` and `lower`: the attribute and the function, into our IR
//!    (`ir`); everything outside the supported subset is an error with a span.
//! 2. `activity`: which variables carry derivatives (varied and useful).
//! 3. `normalize`: active calls as statements of their own.
//! 4. `forward`, `reverse`, `trace`: the tangent program, the two sweeps
//!    of reverse mode and the recording program; each statement's local
//!    derivative comes from `linearize`, which reads the `rules` table.
//! 5. `emit` and `api`: Rust tokens, and the generated functions.
//!
//! `diagnostics` words every error. Use the macro through the `autodiff`
//! crate, whose documentation has the examples.

mod activity;
mod api;
mod attr;
mod diagnostics;
mod emit;
mod expand;
mod forward;
mod ir;
mod linearize;
mod lower;
mod normalize;
mod paths;
mod reverse;
mod rules;
mod trace;
mod transform;

#[cfg(test)]
mod tests;

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
    expand::expand(args.into(), item.into()).into()
}
