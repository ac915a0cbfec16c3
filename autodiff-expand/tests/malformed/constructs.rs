//! The syntax outside the supported subset (README, "The language subset"),
//! going through syn's `Expr`, `Stmt`, `Pat`, `Type` and `Item` variants:
//! each case is a function, the code its error must point at, and a piece of
//! the message that says what is unsupported.

/// The signature that [`BODIES`] go into: two active floats, passive data,
/// an active vector.
pub const SIGNATURE: &str = "fn f(x: f64, w: f64, n: usize, k: Option<u32>, xs: &[f64]) -> f64";

/// Function bodies: (body, the code the error points at, part of the message).
pub const BODIES: &[(&str, &str, &str)] = &[
    // Expr::Array: nested arrays stay passive, a store of an active value into one is an error.
    (
        "let mut a = [[0.0; 2]; 2]; a[0][1] = x; a[0][1]",
        "a",
        "stores the active value",
    ),
    // Expr::Assign in a value position.
    (
        "let mut y = 0.0; let u = (y = x); y",
        "y = x",
        "assignment inside an expression",
    ),
    (
        "let mut y = 0.0; let u = (y += x); y",
        "y += x",
        "assignment inside an expression",
    ),
    // Expr::Async and Expr::Await.
    ("let g = async { x }; x", "async { x }", "async code"),
    ("let y = x.await; y", "x.await", "async code"),
    ("async move { w }; x", "async move { w }", "async code"),
    // Expr::Block with a label.
    (
        "let mut y = x; 'done: { if x > 1.0 { break 'done; } y = y * 2.0; } y",
        "'done",
        "labeled blocks",
    ),
    // Expr::Break and Expr::Continue without a loop to refer to.
    (
        "'outer: loop { break 'inner; } x",
        "break 'inner",
        "no enclosing loop",
    ),
    (
        "if x > 0.0 { continue; } x",
        "continue",
        "no enclosing loop",
    ),
    (
        "let y = if x > 0.0 { break } else { x }; y",
        "break",
        "no enclosing loop",
    ),
    // Expr::Call of something that is not a path.
    (
        "(|v: f64| v * v)(x)",
        "(|v: f64| v * v)(x)",
        "uses an active value",
    ),
    (
        "let g = [f64::sin]; g[0](x)",
        "g[0](x)",
        "uses an active value",
    ),
    // Expr::Cast to another float type, or to a type the macro cannot read.
    (
        "let y = (x * x) as f32; y as f64 + x",
        "f32",
        "change float type",
    ),
    (
        "let y: f64 = x as _; y",
        "_",
        "casts an active value to `_`",
    ),
    (
        "type Real = f64; let y = 2.0 * x as Real; y",
        "Real",
        "casts an active value to `Real`",
    ),
    // Expr::Closure outside `.map(..)` / `.fold(..)` of a chain over a vector parameter.
    ("let g = |v: f64| v * v; g(x)", "|v: f64| v * v", "closures"),
    ("let g = move || x; g()", "move || x", "closures"),
    (
        "let s: usize = (0..n).map(|i| i * 2).sum(); x * s as f64",
        "|i| i * 2",
        "closures",
    ),
    (
        "xs.iter().map(|v| { if *v > 1.0 { return 1.0; } *v }).sum()",
        "|v|",
        "closures",
    ),
    (
        "xs.iter().filter(|v| **v > 0.0).sum()",
        "|v| **v > 0.0",
        "closures",
    ),
    (
        "xs.iter().map(|v| v * x).rev().sum::<f64>()",
        "sum",
        "iterator chain",
    ),
    (
        "xs.iter().fold(0.0, |acc, v| acc + v?)",
        "|acc, v| acc + v?",
        "closures",
    ),
    // Expr::Const (inline const).
    (
        "let c = const { 1.0 } * x; c",
        "const { 1.0 }",
        "inline const",
    ),
    // Expr::Field of an active tuple or struct; Expr::Struct and Expr::Tuple holding active values.
    (
        "let pair = (x, 2.0); pair.0 * pair.1",
        "pair.0",
        "uses an active value",
    ),
    (
        "struct P { v: f64 } let p = P { v: x }; p.v",
        "p.v",
        "uses an active value",
    ),
    (
        "let mut t = (0.0, 0.0); t.0 = x; t.0",
        "t",
        "stores the active value",
    ),
    // Expr::ForLoop and Expr::While over active values, or as values.
    (
        "let mut s = 0.0; for v in [x, w] { s += v; } s",
        "[x, w]",
        "iterating over active values",
    ),
    (
        "let mut s = 0.0; for v in xs.iter().rev() { s += v; } s",
        "xs.iter().rev()",
        "iterating over active values",
    ),
    (
        "let mut s = x; for i in 0..n { s = s * 2.0; }",
        "for",
        "has no value",
    ),
    (
        "let mut s = 0.0; for v in xs { s += v; }",
        "for",
        "has no value",
    ),
    (
        "let mut s = x; while s < 1.0 { s = s * 2.0; }",
        "while",
        "has no value",
    ),
    // Expr::If and `if let` without `else` as a value; `let` chains.
    (
        "let y = if x > 0.0 { x }; y",
        "if x > 0.0 { x }",
        "needs an `else` branch",
    ),
    (
        "let y = if let Some(m) = k { x * m as f64 }; y",
        "let Some(m) = k",
        "needs an `else` branch",
    ),
    (
        "if let Some(m) = k && m > 2 { return x; } x",
        "let Some(m) = k && m > 2",
        "`let` chains",
    ),
    // Expr::Index with an index computed from active values.
    (
        "let p = (x as usize, 0); xs[p.0]",
        "p.0",
        "index computed from active values",
    ),
    (
        "let p = (w as usize, 0); let mut v = vec![0.0; n]; v[p.0] = x; v[0]",
        "p.0",
        "index computed from active values",
    ),
    ("let y = x; y[0]", "y", "indexing the active value"),
    ("let ys = xs; ys[0]", "ys", "indexing the active value"),
    // Expr::Let outside `if` and `while`.
    (
        "let b = (let m = k); x",
        "let m = k",
        "`let` in this position",
    ),
    // Expr::Macro with active operands (other than `vec!`).
    (
        "let y = dbg!(x * x); y + x",
        "dbg!(x * x)",
        "uses an active value",
    ),
    (
        "let y = my_macro!(x); y",
        "my_macro!(x)",
        "uses an active value",
    ),
    // Expr::Match on an active value with bindings.
    (
        "match x * 2.0 { v if v > 1.0 => v * v, _ => 0.0 }",
        "x * 2.0",
        "`match` on an active value",
    ),
    // Expr::MethodCall: outside the rules table, or on another receiver.
    ("x.clamp(0.0, 1.0) * 2.0", "clamp", "not in the rules table"),
    (
        "let y: f64 = format!(\"{x}\").parse().unwrap(); y",
        "unwrap",
        "not in the rules table",
    ),
    (
        "x.powi() + x.atan2(1.0, 2.0)",
        "x.powi()",
        "takes 2 operand(s)",
    ),
    ("f64::sin(x, w)", "f64::sin(x, w)", "takes 1 operand(s)"),
    (
        "k.map_or(0.0, |m| x * m as f64)",
        "|m| x * m as f64",
        "closures",
    ),
    (
        "let s = std::collections::HashMap::<u32, f64>::new(); s.get(&1).copied().unwrap_or(x)",
        "unwrap_or",
        "the method `unwrap_or` receives an active value",
    ),
    // Expr::Range, Expr::RawAddr, Expr::Reference, Expr::Unary deref of active values.
    ("let r = x..w; r.start", "r.start", "uses an active value"),
    (
        "let p = &raw const x; unsafe { *p }",
        "unsafe",
        "unsafe blocks",
    ),
    ("let r = &x; *r * 2.0", "*r", "uses an active value"),
    (
        "let mut y = x; let r = &mut y; *r = w; y",
        "&mut y",
        "modifies `y`",
    ),
    (
        "let mut y = x * x; halve(&mut y); y",
        "halve",
        "modifies `y`",
    ),
    (
        "let mut y = x; while shrink(&mut y) {} y",
        "shrink(&mut y)",
        "modifies `y`",
    ),
    (
        "let p = &x as *const f64; unsafe { *p }",
        "unsafe",
        "unsafe blocks",
    ),
    // Expr::Return without a value.
    (
        "if x > 0.0 { return; } x",
        "return",
        "`return` needs the function's value",
    ),
    // Expr::Try and Expr::TryBlock.
    ("let m = k?; x * m as f64", "k?", "`?` operator"),
    (
        "let m: Option<u32> = try { k? }; x",
        "try { k? }",
        "try blocks",
    ),
    // Expr::Unsafe.
    ("let y = unsafe { x }; y", "unsafe { x }", "unsafe blocks"),
    ("unsafe { x }", "unsafe { x }", "unsafe blocks"),
    // Expr::Yield.
    ("yield x; x", "yield x", "`yield`"),
    // Stmt::Local: `let ... else`, and patterns binding active values.
    (
        "let Some(m) = k else { return 0.0 }; x * m as f64",
        "{ return 0.0 }",
        "`let ... else`",
    ),
    (
        "let (a, b) = (x * w, x + w); a * b",
        "let (a, b) = (x * w, x + w);",
        "stores the active value",
    ),
    (
        "let [a, b] = [x, w]; a * b",
        "let [a, b] = [x, w];",
        "stores the active value",
    ),
    (
        "struct P { v: f64 } let P { v } = P { v: x }; v",
        "let P { v } = P { v: x };",
        "stores the active value",
    ),
    ("let &a = &x; a", "let &a = &x;", "stores the active value"),
    (
        "let ref a = x; *a",
        "let ref a = x;",
        "stores the active value",
    ),
    (
        "let a @ _ = x; a",
        "let a @ _ = x;",
        "stores the active value",
    ),
    ("let (a, b); a = x; b = w; a * b", "a", "bound by a pattern"),
    (
        "if let Some(mut m) = k.map(|m| m as f64) { m = x; return m; } x",
        "m",
        "bound by a pattern",
    ),
    (
        "let (mut a, b) = (0.0, 1.0); a = x * b; a",
        "a",
        "bound by a pattern",
    ),
    // Stmt::Item: a function declared in the body, called with an active argument.
    (
        "fn g(v: f64) -> f64 { v * v } g(x)",
        "g(x)",
        "declared inside",
    ),
    (
        "fn g(v: f64) -> f64 { v * v } let y = x.sin(); 2.0 * g(y)",
        "g(y)",
        "declared inside",
    ),
    // Local vectors changed by other means than stores and `push`.
    (
        "let mut v = vec![0.0; n]; v[0] = x.sin(); v.fill(1.0); v[0] * x",
        "v",
        "changes or hands on the local vector `v`",
    ),
    (
        "let mut v = vec![0.0; n]; v[0] = x; v.clear(); v.push(1.0); v[0] * x",
        "v.clear()",
        "changes or hands on the local vector `v`",
    ),
    (
        "let mut rows = vec![Vec::new(); 2]; rows[0].push(x); rows[0][0]",
        "rows",
        "stores the active value",
    ),
    // Vector parameters: written, passed in part.
    (
        "let mut ys = xs.to_vec(); ys[0] = x; first(&xs[1..]) + ys[0]",
        "&xs[1..]",
        "passing part of the active vector `xs`",
    ),
    // Blocks used as values without a value.
    ("let y = { x; }; y", "x;", "does not end with an expression"),
    (
        "let y = x * 2.0;",
        "let y = x * 2.0;",
        "does not end with an expression",
    ),
];

/// Whole items, for what the signature rules out: (item, the code the error
/// points at, part of the message).
pub const ITEMS: &[(&str, &str, &str)] = &[
    ("async fn f(x: f64) -> f64 { x }", "async", "`async fn`"),
    ("const fn f(x: f64) -> f64 { x }", "const", "`const fn`"),
    ("unsafe fn f(x: f64) -> f64 { x }", "unsafe", "`unsafe fn`"),
    (
        "extern \"C\" fn f(x: f64) -> f64 { x }",
        "extern",
        "`extern` functions",
    ),
    (
        "unsafe extern \"C\" fn f(x: f64, ...) -> f64 { x }",
        "...",
        "variadic",
    ),
    // Type: results that are not floats or vectors of them by value.
    (
        "fn f(x: f64) -> i64 { x as i64 }",
        "i64",
        "must return `f64` or `f32`",
    ),
    (
        "fn f(x: f64) { }",
        "fn f(x: f64)",
        "must return `f64` or `f32`",
    ),
    (
        "fn f(x: f64) -> (f64, f64) { (x, x) }",
        "(f64, f64)",
        "must return `f64` or `f32`",
    ),
    (
        "fn f(x: &[f64]) -> &[f64] { x }",
        "&[f64]",
        "must return `f64` or `f32`",
    ),
    (
        "fn f(x: f64) -> impl Into<f64> { x }",
        "impl Into<f64>",
        "must return `f64` or `f32`",
    ),
    (
        "fn f<T>(x: T) -> T { x }",
        "T",
        "must return `f64` or `f32`",
    ),
    (
        "fn f(x: f64) -> ! { loop {} }",
        "!",
        "must return `f64` or `f32`",
    ),
    (
        "fn f(x: f64) -> Option<f64> { Some(x) }",
        "Option<f64>",
        "must return `f64` or `f32`",
    ),
    (
        "fn f(x: f64) -> *const f64 { &x }",
        "*const f64",
        "must return `f64` or `f32`",
    ),
    // Mixed float types.
    (
        "fn f(x: f32, y: f64) -> f64 { x as f64 * y }",
        "f32",
        "different type from the result",
    ),
    (
        "fn f(x: &[f32], y: f64) -> f64 { x[0] as f64 * y }",
        "&[f32]",
        "different type from the result",
    ),
    // Receivers other than `&self`.
    ("fn f(self, x: f64) -> f64 { x }", "self", "take `&self`"),
    (
        "fn f(mut self, x: f64) -> f64 { x }",
        "mut self",
        "take `&self`",
    ),
    (
        "fn f(&mut self, x: f64) -> f64 { x }",
        "&mut self",
        "take `&self`",
    ),
    (
        "fn f(self: Box<Self>, x: f64) -> f64 { x }",
        "self: Box<Self>",
        "take `&self`",
    ),
    (
        "fn f(self: &Self, x: f64) -> f64 { x }",
        "self: &Self",
        "take `&self`",
    ),
    // Pat: parameters that are not plain names.
    (
        "fn f((x, y): (f64, f64)) -> f64 { x * y }",
        "(x, y)",
        "plain name",
    ),
    ("fn f(_: f64) -> f64 { 1.0 }", "_", "plain name"),
    ("fn f(ref x: f64) -> f64 { *x }", "ref x", "plain name"),
    (
        "fn f([a, b]: [f64; 2]) -> f64 { a * b }",
        "[a, b]",
        "plain name",
    ),
    ("fn f(P { v }: P) -> f64 { v }", "P { v }", "plain name"),
];
