//! Expansion snapshots: `tests/expand/NAME.rs` holds a function, and
//! `tests/expand/NAME.expanded.rs` what `#[differentiate]` makes of it, so that
//! a reviewer reads the generated code. The test fails when the expansion
//! changes; `AUTODIFF_BLESS=1 cargo test -p autodiff-expand` rewrites the
//! snapshots. `AUTODIFF_DUMP=file.rs` prints the expansion of any function.
//! An input may start with `#[differentiate(...)]` to give the attribute's
//! arguments.

use std::path::Path;

/// The expansion of `#[differentiate] item`, pretty-printed; a leading
/// `#[differentiate(args)]` on `item` gives the attribute's arguments.
fn expand_pretty(item: &str) -> String {
    let item: proc_macro2::TokenStream = match item.parse() {
        Ok(tokens) => tokens,
        Err(e) => return format!("// the input does not lex: {e}\n"),
    };
    let (args, item) = own_attribute(item);
    let tokens = crate::expand::expand(args, item);
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => tokens.to_string(),
    }
}

/// Splits a leading `#[differentiate(args)]` off `item`: its arguments and
/// the item without it (no arguments if there is no such attribute).
fn own_attribute(
    item: proc_macro2::TokenStream,
) -> (proc_macro2::TokenStream, proc_macro2::TokenStream) {
    let Ok(mut func) = syn::parse2::<syn::ItemFn>(item.clone()) else {
        return (proc_macro2::TokenStream::new(), item);
    };
    let Some(at) = func
        .attrs
        .iter()
        .position(|a| a.path().is_ident("differentiate"))
    else {
        return (proc_macro2::TokenStream::new(), item);
    };
    let args = match &func.attrs.remove(at).meta {
        syn::Meta::List(list) => list.tokens.clone(),
        _ => proc_macro2::TokenStream::new(),
    };
    (args, quote::ToTokens::into_token_stream(func))
}

#[test]
fn expansions_match_their_snapshots() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let bless = std::env::var_os("AUTODIFF_BLESS").is_some();
    let mut inputs: Vec<_> = std::fs::read_dir(&folder)
        .expect("tests/expand exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "rs")
                && !p.to_string_lossy().ends_with(".expanded.rs")
        })
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    for input in inputs {
        let expanded = expand_pretty(&std::fs::read_to_string(&input).expect("readable input"));
        let snapshot = input.with_extension("expanded.rs");
        if bless {
            std::fs::write(&snapshot, &expanded).expect("writable snapshot");
        } else {
            let expected = std::fs::read_to_string(&snapshot).unwrap_or_default();
            assert!(
                expected == expanded,
                "the expansion of {} changed; review it and rerun with AUTODIFF_BLESS=1",
                input.display()
            );
        }
    }
}

#[test]
fn dump() {
    if let Ok(path) = std::env::var("AUTODIFF_DUMP") {
        println!(
            "{}",
            expand_pretty(&std::fs::read_to_string(path).unwrap_or_default())
        );
    }
}

/// Inputs outside the subset, malformed attributes, odd but valid Rust: the
/// expansion returns tokens (a compile error or code) and never panics.
#[test]
fn never_panics_on_odd_inputs() {
    let attrs = [
        "",
        "wrt(x)",
        "wrt(",
        "wrt(x, x)",
        "wrt(1)",
        "wrt = 3",
        "foo",
        "wrt(x)(y)",
        "wrt(r#x)",
    ];
    let items = [
        "fn f(x: f64) -> f64 { x }",
        "fn f(r#x: f64) -> f64 { r#x * r#x }",
        "fn f() -> f64 { 1.0 }",
        "fn f(x: f64) { }",
        "fn f(x: f64) -> f64 { }",
        "fn f(x: f64) -> f64 { return; }",
        "fn f(x: f64) -> f64 { break }",
        "fn f(x: f64) -> f64 { continue 'a }",
        "fn f(x: f64) -> f64 { loop {} }",
        "fn f(x: f64) -> f64 { x.sin(1.0, 2.0) + f64::atan2(x) + x.powi() }",
        "fn f(x: f64) -> f64 { let (a, b) = (x, x); a * b }",
        "fn f(x: f64) -> f64 { let [a, ..] = [x; 3]; a }",
        "fn f(x: f64) -> f64 { match x { a @ 1.0..=2.0 => a, _ => x } }",
        "fn f(x: f64) -> f64 { if let Some(y) = Some(x) { y } else { x } }",
        "fn f(x: f64) -> f64 { while let Some(_) = None::<u8> {} x }",
        "fn f(x: f64) -> f64 { 'a: { break 'a; } x }",
        "fn f(x: f64) -> f64 { let g = || x; g() }",
        "fn f(x: f64) -> f64 { async { x }; x }",
        "fn f(x: f64) -> f64 { unsafe { x } }",
        "fn f(x: f64) -> f64 { const { 1.0 } * x }",
        "fn f(x: f64) -> f64 { let y: f64 = x as f32 as f64; y }",
        "fn f(x: f64) -> f64 { x = 1.0; x }",
        "fn f(x: &mut f64) -> f64 { *x = 1.0; *x }",
        "fn f(self, x: f64) -> f64 { x }",
        "fn f(&mut self, x: f64) -> f64 { x }",
        "fn f<T: Copy>(x: f64, t: T) -> f64 { x }",
        "fn f(x: f64, x: f64) -> f64 { x }",
        "fn f(_: f64) -> f64 { 1.0 }",
        "async unsafe extern \"C\" fn f(x: f64, ...) -> f64 { x }",
        "fn f(x: f64) -> f64 { f(x) }",
        "fn f(x: f64) -> f64 { self.g(x) }",
        "fn f(x: f64) -> f64 { [x][0] }",
        "fn f(x: f64) -> f64 { (x,).0 }",
        "fn f(x: f64) -> f64 { x? }",
        "fn f(x: f64) -> f64 { fn g() {} g(); x }",
        "fn f(x: f64) -> f64 { let y = { 1.0; }; x }",
        "fn f(x: f64) -> f64 { let x = if x > 0.0 { 1 } else { 2 }; x as f64 }",
        "struct S;",
        "fn f",
        "",
    ];
    for attr in attrs {
        for item in items {
            let (Ok(attr_tokens), Ok(item_tokens)) = (attr.parse(), item.parse()) else {
                continue;
            };
            let result = std::panic::catch_unwind(|| {
                crate::expand::expand(attr_tokens, item_tokens).to_string()
            });
            assert!(
                result.is_ok(),
                "the macro panicked on #[differentiate({attr})] {item}"
            );
        }
    }
}
