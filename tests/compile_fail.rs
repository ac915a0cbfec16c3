//! Every construct outside the supported subset, and every misuse of the
//! attribute, is a compile error on the offending span that says what to do.
//! One mistake per file under `tests/ui/<category>/`; refresh the expected
//! output with `TRYBUILD=overwrite cargo test --test compile_fail`.
//! DEVELOPMENT.md maps each error of the macro to its cases.

#[test]
fn compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*/*.rs");
}
