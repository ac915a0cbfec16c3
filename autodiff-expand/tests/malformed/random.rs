//! Seeded random inputs: a small PRNG (SplitMix64, so that the test needs no
//! new dependency), random token soup, random bodies put together from
//! pieces of Rust in and out of the subset, and random edits of valid
//! functions.

use super::tokens::{flatten, rebuild, Piece};
use proc_macro2::TokenStream;

/// SplitMix64: a fixed seed gives the same inputs on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// The tokens random text is made of: names the signatures below bind,
/// keywords, operators, literals.
const WORDS: &[&str] = &[
    "x",
    "w",
    "n",
    "xs",
    "y",
    "v",
    "i",
    "f",
    "g",
    "self",
    "Self",
    "f64",
    "f32",
    "usize",
    "sin",
    "powi",
    "sqrt",
    "max",
    "iter",
    "map",
    "sum",
    "fold",
    "zip",
    "enumerate",
    "len",
    "push",
    "vec",
    "Vec",
    "wrt",
    "partials",
    "return",
    "break",
    "continue",
    "loop",
    "while",
    "for",
    "in",
    "if",
    "else",
    "match",
    "let",
    "mut",
    "ref",
    "fn",
    "unsafe",
    "async",
    "await",
    "move",
    "const",
    "static",
    "struct",
    "impl",
    "trait",
    "type",
    "as",
    "where",
    "dyn",
    "yield",
    "try",
    "_",
    "+",
    "-",
    "*",
    "/",
    "%",
    "=",
    "==",
    "!=",
    "<",
    ">",
    "<=",
    ">=",
    "&&",
    "||",
    "!",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "+=",
    "-=",
    "*=",
    "/=",
    ".",
    "..",
    "..=",
    ",",
    ";",
    ":",
    "::",
    "->",
    "=>",
    "?",
    "@",
    "#",
    "$",
    "~",
    "'a",
    "'a:",
    "0",
    "1",
    "2.0",
    "0.5",
    "1e308",
    "1u32",
    "\"s\"",
    "'c'",
    "true",
    "false",
    "f64::sin",
    "std::f64::consts::PI",
];

/// Pieces of statements, inside and outside the subset, for random bodies.
const STATEMENTS: &[&str] = &[
    "let y = x * w;",
    "let mut s = 0.0;",
    "s += x;",
    "y = y.sin();",
    "return x;",
    "break;",
    "continue;",
    "let v = vec![x; n];",
    "v[0] = w;",
    "v.push(x);",
    "for i in 0..n { s += xs[i]; }",
    "while s < 1.0 { s *= 2.0; }",
    "let z = loop { break x; };",
    "if x > 0.0 { s = x; } else { s = w; }",
    "match n { 0 => {} _ => { s -= w; } }",
    "let t = (x, w);",
    "let g = |a: f64| a;",
    "let p = &x;",
    "let q = unsafe { x };",
    "'l: loop { break 'l; }",
    "let u = x as f32;",
    "let r = xs.iter().map(|e| e * x).sum::<f64>();",
    "let (a, b) = (x, w);",
    "let Some(m) = Some(n) else { return 0.0 };",
    "s = dbg!(s);",
    "s = s.clamp(0.0, 1.0);",
    "s = s.powi(2) + s.atan2(x);",
    "let y = x?;",
    "const C: f64 = 1.0;",
    "fn inner() {}",
    "let m = if n > 1 { x } else { w };",
    "let e: Vec<f64> = other(xs);",
    "let k = xs.len();",
    "s = self.g(x);",
    "s = g(x, n - 1);",
    "{ s = s * x; }",
];

/// Tails of random bodies.
const TAILS: &[&str] = &[
    "s", "x", "y", "x * w", "v[0]", "s + r", "z", "", "x;", "m", "{ s }",
];

/// Signatures for random bodies.
const SIGNATURES: &[&str] = &[
    "fn f(x: f64, w: f64, n: usize, xs: &[f64]) -> f64",
    "fn f(&self, x: f64, w: f64, n: usize, xs: &[f64]) -> f64",
    "fn f(x: f64, w: f64, n: usize, xs: &[f64]) -> Vec<f64>",
    "fn f(x: f32, w: f32, n: usize, xs: &[f32]) -> f32",
];

/// Random text of about `len` tokens from [`WORDS`], with nested groups.
pub fn soup(rng: &mut Rng, len: usize, depth: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < len {
        if depth < 4 && rng.below(8) == 0 {
            let (open, close) = rng.pick(&[("(", ")"), ("[", "]"), ("{", "}")]);
            let inner_len = rng.below(len - i + 1);
            let inner = soup(rng, inner_len, depth + 1);
            out.push_str(&format!("{open} {inner} {close} "));
            i += inner_len;
        } else {
            out.push_str(rng.pick(WORDS));
            out.push(' ');
        }
        i += 1;
    }
    out
}

/// A function with a body of random statements from [`STATEMENTS`], some
/// of them cut short, and a random tail.
pub fn body(rng: &mut Rng) -> String {
    let mut text = format!("{} {{ ", rng.pick(SIGNATURES));
    for _ in 0..rng.below(8) {
        let statement = rng.pick(STATEMENTS);
        match rng.below(10) {
            0 => text.push_str(&statement[..rng.below(statement.len())]),
            1 => text.push_str(&soup(rng, 3, 3)),
            _ => text.push_str(statement),
        }
        text.push(' ');
    }
    text.push_str(rng.pick(TAILS));
    text.push_str(" }");
    text
}

/// `tokens` with a few random edits: pieces replaced by random words,
/// inserted, deleted, swapped or repeated.
pub fn edit(rng: &mut Rng, tokens: &TokenStream) -> TokenStream {
    let mut pieces = flatten(tokens);
    for _ in 0..1 + rng.below(3) {
        if pieces.is_empty() {
            break;
        }
        let at = rng.below(pieces.len());
        let word = flatten(&rng.pick(WORDS).parse().unwrap_or_default());
        match rng.below(5) {
            0 => {
                pieces.splice(at..=at, word);
            }
            1 => {
                pieces.splice(at..at, word);
            }
            2 => {
                pieces.remove(at);
            }
            3 => {
                let other = rng.below(pieces.len());
                pieces.swap(at, other);
            }
            _ => {
                let end = (at + 1 + rng.below(6)).min(pieces.len());
                let copy: Vec<Piece> = pieces[at..end].to_vec();
                pieces.splice(at..at, copy);
            }
        }
    }
    rebuild(&pieces)
}
