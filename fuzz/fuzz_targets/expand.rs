//! Fuzzes `autodiff_expand::expand`, the whole `#[differentiate]` expansion.
//!
//! The input is text: everything before the first NUL byte is the
//! attribute's arguments, everything after it the item (without a NUL the
//! whole text is the item, expanded once with no arguments and once with the
//! text as arguments too). Text that does not lex as Rust tokens is skipped.
//! The expansion must not panic, and an item that is not a function must
//! come back with a `compile_error!`. Text nested more than 128 brackets
//! deep is skipped: syn's recursive parser, which every proc macro uses,
//! runs out of stack there before the macro sees anything (the macro's own
//! limit is tested in `autodiff-expand/tests/malformed.rs`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if nesting(text) > 128 {
        return;
    }
    match text.split_once('\0') {
        Some((args, item)) => expand(args, item),
        None => {
            expand("", text);
            expand(text, "fn f(x: f64, y: f64) -> f64 { x * y }");
        }
    }
});

/// Expands `#[differentiate(args)] item` and checks the one property that
/// holds for every input: no function, no expansion without an error.
fn expand(args: &str, item: &str) {
    let (Ok(args), Ok(item)) = (args.parse::<TokenStream>(), item.parse::<TokenStream>()) else {
        return;
    };
    let is_function = syn::parse2::<syn::ItemFn>(item.clone()).is_ok();
    let output = autodiff_expand::expand(args, item).to_string();
    assert!(
        is_function || output.contains("compile_error"),
        "an item that is not a function expanded without an error: {output}"
    );
}

/// How deep brackets nest in `text` (counting those in strings and comments
/// too, which only skips a few more inputs).
fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0);
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}
