//! Compile errors: an accumulator, so that one compile reports every
//! independent problem (as serde_derive's `Ctxt` does), and the wording of
//! each message in one place. Every message says what is not supported and
//! what to write instead.

use proc_macro2::Span;
use quote::ToTokens;
use std::fmt::Display;

/// Collects errors; nothing is generated while it holds any.
#[derive(Default)]
pub struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// Records an error at `span`.
    pub fn at(&mut self, span: Span, message: impl Display) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// Records an error spanning the tokens of `node`.
    pub fn on(&mut self, node: impl ToTokens, message: impl Display) {
        self.errors.push(syn::Error::new_spanned(node, message));
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// `Ok` if nothing was recorded, else every error combined into one.
    pub fn finish(self) -> syn::Result<()> {
        let mut errors = self.errors.into_iter();
        match errors.next() {
            None => Ok(()),
            Some(mut first) => {
                errors.for_each(|e| first.combine(e));
                Err(first)
            }
        }
    }
}

pub fn unsupported_expr(what: &str, instead: &str) -> String {
    format!("#[differentiate] does not support {what}; {instead}")
}

pub fn unknown_method_on_active(method: &str) -> String {
    if matches!(method, "sum" | "product" | "fold") {
        return format!(
            "`.{method}()` over this iterator chain is not supported; supported is a chain over a vector \
             parameter `x`: `x.iter()` with `.copied()`, `.enumerate()`, `.zip(..)`, then optionally \
             `.map(|v| ...)` (a closure without `return` or `?`), then `.sum()`, `.product()` or \
             `.fold(init, |acc, v| ...)`; or write an index loop, `for i in 0..x.len()`"
        );
    }
    let names: Vec<&str> = crate::rules::names().collect();
    format!(
        "`.{method}()` is applied to an active value, but `{method}` is not in the rules table of #[differentiate]; \
         use one of {}, or write it with arithmetic in a #[differentiate] function",
        names.join(", ")
    )
}

pub fn method_with_active_arguments(method: &str) -> String {
    format!(
        "the method `{method}` receives an active value, but #[differentiate] differentiates method calls only \
         on `self` (`self.{method}(...)` inside a `&self` method); make `{method}` a #[differentiate] function \
         that takes the receiver's data as a parameter, or call it through `self`"
    )
}

pub fn opaque_active(what: &str) -> String {
    format!(
        "{what} uses an active value (one that depends on a differentiated parameter) in a way #[differentiate] \
         cannot differentiate; compute it with arithmetic, rules-table functions and calls of #[differentiate] \
         functions, or make it depend on passive values only"
    )
}

pub fn buffer_changed(name: &str) -> String {
    format!(
        "this statement changes or hands on the local vector `{name}`, whose values the derivative depends on, \
         in a way #[differentiate] does not follow; write its elements with `{name}[i] = ..`, `{name}[i] += ..` \
         or `{name}.push(..)`, and make a new vector (`vec![0.0; n]`) instead of clearing or resizing it"
    )
}

pub fn local_function_call() -> String {
    "this call passes an active value to a function declared inside the #[differentiate] function; \
     #[differentiate] differentiates calls through the companions it generates beside a function, \
     which a function declared in the body does not have: move the function out of the body and \
     annotate it with #[differentiate]"
        .to_string()
}

pub fn cast_to_unknown_type(ty: &str) -> String {
    format!(
        "this casts an active value to `{ty}`, which #[differentiate] cannot tell apart from a float \
         type (it reads `f64` and `f32` as written, not through inference or type aliases); write \
         `as f64` or `as f32`, or cast to an integer type to drop the derivative"
    )
}
