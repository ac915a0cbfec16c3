//! Expansion snapshots: `tests/expand/NAME.rs` holds a function, and
//! `tests/expand/NAME.expanded.rs` what `#[differentiate]` makes of it, so that
//! a reviewer reads the generated code. The test fails when the expansion
//! changes; `AUTODIFF_BLESS=1 cargo test -p autodiff-macros` rewrites the
//! snapshots. `AUTODIFF_DUMP=file.rs` prints the expansion of any function.

use std::path::Path;

/// The expansion of `#[differentiate] item`, pretty-printed.
fn expand_pretty(item: &str) -> String {
    let item: proc_macro2::TokenStream = match item.parse() {
        Ok(tokens) => tokens,
        Err(e) => return format!("// the input does not lex: {e}\n"),
    };
    let tokens = crate::expand::expand(proc_macro2::TokenStream::new(), item);
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => tokens.to_string(),
    }
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
