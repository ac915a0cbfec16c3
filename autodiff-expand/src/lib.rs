//! The expansion of the `#[differentiate]` attribute macro, as a library
//! function on token streams: the proc-macro crate `autodiff-macros` calls
//! [`expand`], and so can tests, fuzzers and tools that want to see the
//! generated code without compiling it.
//!
//! The expansion is a pipeline with one module per stage, as in serde_derive and
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
//! 6. `outline`: in the generated functions that call themselves, the work
//!    between the recursive calls moves into closures with frames of their
//!    own, so that deep recursion takes little stack per level.
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
mod outline;
mod paths;
mod reverse;
mod rules;
mod trace;
mod transform;

#[cfg(test)]
mod tests;

use proc_macro2::TokenStream;

/// The expansion of `#[differentiate(args)] item`: the untouched function
/// followed by its generated derivative functions. Never panics: input
/// outside the supported subset, or no function at all, gives the item back
/// with `compile_error!` invocations carrying the spans of the offending
/// code (and stubs of the generated functions, so that callers see the real
/// errors and not a cascade of missing names).
///
/// ```
/// let item: proc_macro2::TokenStream = "fn f(x: f64) -> f64 { x * x }".parse().unwrap();
/// let out = autodiff_expand::expand(proc_macro2::TokenStream::new(), item).to_string();
/// assert!(out.contains("fn f_grad"));
/// assert!(!out.contains("compile_error"));
///
/// let bad: proc_macro2::TokenStream = "fn f(x: f64) -> f64 { unsafe { x } }".parse().unwrap();
/// let out = autodiff_expand::expand(proc_macro2::TokenStream::new(), bad).to_string();
/// assert!(out.contains("compile_error"));
/// ```
pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::expand(args, item)
}
