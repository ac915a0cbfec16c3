//! The macro under bad input: `autodiff_expand::expand` on malformed and
//! unsupported inputs must never panic, and must answer code outside the
//! subset with a `compile_error!` that points at the offending code and
//! says what is unsupported. Each test runs all its inputs and reports every
//! failure at once; `cargo test -p autodiff-expand --test malformed --
//! --nocapture` prints how many inputs each test ran.

#[path = "malformed/attributes.rs"]
mod attributes;
#[path = "malformed/constructs.rs"]
mod constructs;
#[path = "malformed/harness.rs"]
mod harness;
#[path = "malformed/random.rs"]
mod random;
#[path = "malformed/tokens.rs"]
mod tokens;

use harness::Failures;
use proc_macro2::TokenStream;

fn lex(text: &str) -> TokenStream {
    text.parse()
        .unwrap_or_else(|e| panic!("the test input does not lex: {e}: {text}"))
}

/// Valid functions across the subset (with their arguments): what the
/// truncations, deletions and random edits start from.
const SEEDS: &[(&str, &str)] = &[
    ("", "fn f(x1: f64, x2: f64) -> f64 { x1.ln() + x1 * x2 - x2.sin() }"),
    ("", "fn logistic(x: f64, n: usize) -> f64 { let mut l = x; for _ in 1..n { l = 4.0 * l * (1.0 - l); } l }"),
    ("", "fn power(x: f64, k: u32) -> f64 { if k == 0 { 1.0 } else { x * power(x, k - 1) } }"),
    ("", "fn first_large(x: f64, n: usize) -> f64 { let mut s = 0.0; for i in 0..n { let t = x * i as f64; if t > 10.0 { return t.sqrt(); } s += t.sin(); } s }"),
    ("", "fn polar(r: f64, t: f64) -> [f64; 2] { [r * t.cos(), r * t.sin()] }"),
    ("wrt(x)", "fn dot(x: &[f64], y: &[f64]) -> f64 { x.iter().zip(y).map(|(a, b)| a * b).sum() }"),
    ("", "fn g(x: &[f64], n: usize) -> f64 { let mut v = vec![0.0; n]; for i in 0..n { v[i] = x[i % x.len()].sin(); } v.push(x[0]); let mut s = 0.0; for (i, e) in v.iter().enumerate() { s += e * i as f64; } s + x.iter().fold(0.0, |acc, e| acc * e) }"),
    ("", "fn h(x: f64, k: Option<u32>) -> f64 { let y = loop { if x > 1.0 { break x * 2.0; } break x; }; let z = match k { Some(m) if m > 2 => y * m as f64, Some(_) => y, None => -y }; let mut t = z; while t.abs() > 10.0 { t /= 2.0; } if let Some(m) = k { t += m as f64; } 'outer: for i in 0..3 { for j in 0..3 { if i * j > 2 { break 'outer; } t = t.max(x); } } t }"),
    ("partials(d_x, d_y)", "fn e(x: f64, y: f64) -> f64 { x.sin() * y }"),
    ("", "fn energy(&self, x: f64) -> f64 { self.k * x * x + self.other(x) }"),
    ("", "fn q(a: &DMatrix<f64>, x: &DVector<f64>) -> f64 { let ax = a * x; let d = 2.0 * x - ax; x.dot(&ax) + x.norm() + d.sum() }"),
    ("", "fn r(x: &[f64]) -> Vec<f64> { let v: Vec<f64> = double(x); let mut out = Vec::with_capacity(v.len()); for e in v.iter() { out.push(e.exp()); } out }"),
    ("", "fn rules(x: f32, y: f32) -> f32 { x.powi(2) + x.powf(y) + x.atan2(y) + f32::hypot(x, y) + x.mul_add(y, 1.0) + std::f32::consts::PI * (x as f32) }"),
];

#[test]
fn seeds_are_valid() {
    let mut failures = Failures::default();
    for (args, item) in SEEDS {
        let (args, item) = (lex(args), lex(item));
        if let Some(expansion) = failures.expand(&args, &item) {
            if let Some(e) = expansion.errors.first() {
                failures.fail(&args, &item, &format!("a seed is rejected: {}", e.message));
            }
        }
    }
    failures.finish("seeds");
}

#[test]
fn unsupported_bodies_are_errors_at_the_offending_code() {
    let mut failures = Failures::default();
    for (body, marker, message) in constructs::BODIES {
        let item = lex(&format!("{} {{ {body} }}", constructs::SIGNATURE));
        failures.rejects(&TokenStream::new(), &item, marker, message);
    }
    failures.finish("unsupported bodies");
}

#[test]
fn unsupported_signatures_are_errors_at_the_offending_code() {
    let mut failures = Failures::default();
    for (item, marker, message) in constructs::ITEMS {
        failures.rejects(&TokenStream::new(), &lex(item), marker, message);
    }
    failures.finish("unsupported signatures");
}

#[test]
fn misused_arguments_are_errors_at_the_offending_argument() {
    let mut failures = Failures::default();
    for (args, marker, message) in attributes::ARGUMENTS {
        failures.rejects(&lex(args), &lex(attributes::FUNCTION), marker, message);
    }
    let (args, item, marker, message) = attributes::METHOD_PARTIALS;
    failures.rejects(&lex(args), &lex(item), marker, message);
    failures.finish("attribute arguments");
}

#[test]
fn items_that_are_not_functions_are_errors() {
    let mut failures = Failures::default();
    for (item, marker) in attributes::NOT_FUNCTIONS {
        failures.rejects(
            &TokenStream::new(),
            &lex(item),
            marker,
            "goes on a function",
        );
    }
    failures.survives(&TokenStream::new(), &TokenStream::new());
    failures.finish("items that are not functions");
}

#[test]
fn truncated_functions_never_panic() {
    let mut failures = Failures::default();
    for (args, item) in SEEDS {
        let args = lex(args);
        for prefix in tokens::prefixes(&lex(item)) {
            failures.survives(&args, &prefix);
        }
        for prefix in tokens::prefixes(&args) {
            failures.survives(&prefix, &lex(item));
        }
    }
    failures.finish("truncated functions");
}

#[test]
fn functions_missing_a_token_never_panic() {
    let mut failures = Failures::default();
    for (args, item) in SEEDS {
        let args = lex(args);
        for thinned in tokens::without_one(&lex(item)) {
            failures.survives(&args, &thinned);
        }
        for thinned in tokens::without_one(&args) {
            failures.survives(&thinned, &lex(item));
        }
    }
    failures.finish("functions missing a token");
}

#[test]
fn randomly_edited_functions_never_panic() {
    let mut rng = random::Rng::new(0x5eed_0001);
    let mut failures = Failures::default();
    for _ in 0..1000 {
        let (args, item) = rng.pick(SEEDS);
        let (args, item) = (lex(args), random::edit(&mut rng, &lex(item)));
        failures.survives(&args, &item);
    }
    failures.finish("randomly edited functions");
}

#[test]
fn random_bodies_never_panic() {
    let mut rng = random::Rng::new(0x5eed_0002);
    let mut failures = Failures::default();
    for _ in 0..1000 {
        let text = random::body(&mut rng);
        if let Ok(item) = text.parse() {
            failures.survives(&TokenStream::new(), &item);
        }
    }
    failures.finish("random bodies");
}

#[test]
fn random_token_streams_never_panic() {
    let mut rng = random::Rng::new(0x5eed_0003);
    let mut failures = Failures::default();
    let function = lex(attributes::FUNCTION);
    for _ in 0..750 {
        let len = rng.below(40);
        let text = random::soup(&mut rng, len, 0);
        if let Ok(tokens) = text.parse::<TokenStream>() {
            failures.survives(&TokenStream::new(), &tokens);
            failures.survives(&tokens, &function);
        }
    }
    failures.finish("random token streams");
}

/// Chains of operators and method calls that syn parses in a loop but the
/// pipeline would recurse through (a stack overflow of the compiler, found by
/// probing the depth, not by the fuzzer, whose inputs stay short).
#[test]
fn deep_expressions_are_errors_not_stack_overflows() {
    // rustc runs proc macros with 8 MiB of stack; test threads have 2 MiB.
    let run = std::thread::Builder::new().stack_size(8 << 20).spawn(|| {
        let function = |body: String| lex(&format!("fn f(x: f64) -> f64 {{ {body} }}"));
        let mut failures = Failures::default();
        let deep = [
            vec!["x"; 300].join(" + "),
            vec!["x"; 20_000].join(" * "),
            format!("x{}", ".sin()".repeat(5_000)),
            format!("{}x", "- ".repeat(1_500)),
            format!("let y = {}; y", vec!["x"; 1_000].join(" - ")),
        ];
        for body in deep {
            failures.rejects(
                &TokenStream::new(),
                &function(body),
                "x",
                "nests more than 256",
            );
        }
        let shallow = function(vec!["x"; 200].join(" + "));
        if let Some(expansion) = failures.expand(&TokenStream::new(), &shallow) {
            if let Some(e) = expansion.errors.first() {
                failures.fail(&TokenStream::new(), &shallow, &e.message);
            }
        }
        failures.finish("deep expressions");
    });
    if let Err(panic) = run.expect("a thread for the test").join() {
        std::panic::resume_unwind(panic);
    }
}
