//! Misuses of the attribute: nonsense arguments, and items that are not
//! functions.

/// The function that [`ARGUMENTS`] are put on: two float parameters, a
/// passive one.
pub const FUNCTION: &str = "fn f(x: f64, y: f64, n: usize) -> f64 { x * y * n as f64 }";

/// Arguments: (arguments, the code the error points at, part of the message).
pub const ARGUMENTS: &[(&str, &str, &str)] = &[
    ("wrt", "wrt", "`wrt(x, y)`"),
    ("wrt()", "wrt", "names no parameter"),
    ("wrt(z)", "z", "not a parameter of this function"),
    ("wrt(x, z)", "z", "not a parameter of this function"),
    ("wrt(x, x)", "x", "twice"),
    ("wrt(n)", "n", "not a float parameter"),
    ("wrt(x), wrt(y)", "wrt", "`wrt` is given twice"),
    ("wrt(1)", "1", "`wrt(x, y)`"),
    ("wrt(\"x\")", "\"x\"", "`wrt(x, y)`"),
    ("wrt = x", "wrt", "`wrt(x, y)`"),
    ("wrt[x]", "wrt", "`wrt(x, y)`"),
    ("wrt{x}", "wrt", "`wrt(x, y)`"),
    ("wrt(x y)", "y", "`wrt(x, y)`"),
    ("wrt(x::y)", ":", "`wrt(x, y)`"),
    ("wrt((x))", "(", "`wrt(x, y)`"),
    ("wrt(self)", "self", "`wrt(x, y)`"),
    ("wrt(x)(y)", "(", "separated by commas"),
    ("wrt(x) partials(y)", "partials", "separated by commas"),
    ("wrt(x),, wrt(y)", ",", "separated by commas"),
    ("partials", "partials", "`partials(f_x, f_y)`"),
    ("partials()", "partials", "names no function"),
    ("partials(d_x)", "d_x", "lists 1 function(s)"),
    ("partials(d_x, d_y, d_z)", "d_x", "lists 3 function(s)"),
    (
        "partials(d_x), partials(d_y)",
        "partials",
        "`partials` is given twice",
    ),
    ("partials(1, 2)", "1", "`partials(f_x, f_y)`"),
    ("partials(d_x + d_y)", "+", "`partials(f_x, f_y)`"),
    ("partials(self.d_x, d_y)", ".", "`partials(f_x, f_y)`"),
    (
        "wrt(x), partials(d_x, d_y)",
        "x",
        "cannot be combined with `partials`",
    ),
    ("order = 2", "order", "unknown argument"),
    ("foo", "foo", "unknown argument"),
    ("::wrt(x)", "wrt", "unknown argument"),
    ("r#wrt(x)", "r#wrt", "unknown argument"),
    ("\"wrt\"", "\"wrt\"", "separated by commas"),
    ("1", "1", "separated by commas"),
    ("#[wrt(x)]", "#", "separated by commas"),
    ("wrt(x) = 3", "=", "separated by commas"),
    (",", ",", "separated by commas"),
];

/// `partials` in a method names sibling methods by their plain names.
pub const METHOD_PARTIALS: (&str, &str, &str, &str) = (
    "partials(Self::d_x)",
    "fn f(&self, x: f64) -> f64 { x.sin() }",
    "Self",
    "plain names",
);

/// Items that are not functions: (item, the code the error points at).
pub const NOT_FUNCTIONS: &[(&str, &str)] = &[
    ("struct Point { x: f64 }", "struct"),
    ("enum E { A(f64) }", "enum"),
    ("union U { x: f64 }", "union"),
    ("impl S { fn f(&self, x: f64) -> f64 { x } }", "impl"),
    ("trait T { fn f(&self, x: f64) -> f64; }", "trait"),
    ("fn f(x: f64) -> f64;", ";"),
    ("const C: f64 = 1.0;", "const"),
    ("static S: f64 = 1.0;", "static"),
    ("type Real = f64;", "type"),
    ("mod m { pub fn f(x: f64) -> f64 { x } }", "mod"),
    ("use std::f64::consts::PI;", "use"),
    ("extern crate core;", "extern"),
    ("extern \"C\" { fn f(x: f64) -> f64; }", "extern"),
    ("macro_rules! m { () => {} }", "macro_rules"),
    ("m!(x);", "m"),
    ("x * x", "x"),
    ("|x: f64| x * x", "|"),
    ("#[inline]", "[inline]"),
    ("fn f(x: f64) -> f64", "f64"),
    ("fn f(x: f64) -> f64 { x } fn g(x: f64) -> f64 { x }", "fn"),
];
