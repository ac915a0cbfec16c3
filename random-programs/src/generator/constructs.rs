//! One switch per construct the generator writes. A construct that exposes a
//! known macro bug is switched off in [`Constructs::default`] with a pointer
//! to its entry in `FINDINGS.md`; `RANDOM_PROGRAMS_CONSTRUCTS` switches any of
//! them on or off for one run (see [`Constructs::with_changes`]).

use std::collections::BTreeSet;

/// A language construct of the supported subset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Construct {
    /// `for` over integer ranges with run-time bounds (`0..n`, `1..=i`, `.rev()`, `.step_by(2)`).
    For,
    /// `while` with a data-dependent condition and a counter that bounds it.
    While,
    /// `let t = loop { .. break value; };`.
    LoopBreakValue,
    /// `if` / `else` on conditions that read active values.
    ActiveIf,
    /// `if` / `else` on passive (integer) conditions.
    PassiveIf,
    /// `if c { a } else { b }` as an expression.
    IfExpression,
    /// `match` on a passive integer.
    Match,
    /// `return` from inside branches and loops.
    EarlyReturn,
    /// `break` and `continue` under a condition.
    BreakContinue,
    /// Calls of other generated functions.
    Call,
    /// Self-recursion with a depth counter.
    Recursion,
    /// Two functions calling each other with a depth counter.
    MutualRecursion,
    /// An active `&[f64]` parameter read by index.
    Slice,
    /// Iterator chains over the slice (`iter().map(..).sum()`, `fold`, `for v in x.iter()`, `enumerate`).
    SliceIterator,
    /// Local vectors `vec![e; n]` with stores `b[i] = e` and `b[i] += e`.
    Buffer,
    /// Local vectors grown by `push`.
    Push,
    /// The float remainder `a % b`.
    Rem,
    /// Elementary functions in path form on arguments made of float literals
    /// only (`f64::abs(0.5)`; FINDINGS.md, F1).
    PathCallOnLiteral,
    /// `*v` of a `for v in x.iter()` item inside `vec![..]` (FINDINGS.md, F2).
    DerefInVec,
    /// `hypot(a, b)` on any values, reaching (0, 0) where values are exactly 0
    /// (FINDINGS.md, F4); when off, `b` is in [0.5, 2.5].
    HypotOrigin,
    /// Labelled loops (`'l3: for ..`), left by `break 'l3;` and `continue 'l3;`
    /// from loops inside them.
    LoopLabel,
    /// `mut` float parameters, updated in the body like accumulators.
    MutParam,
    /// `#[differentiate(wrt(..))]` on the entry function, with a passive data
    /// slice `w: &[f64]` and a passive float `s` read in the body.
    WrtData,
    /// Local vectors passed to slice helpers (`h(&b, ..)`).
    BufferCall,
    /// The active vector parameter as nalgebra's `&DVector<f64>`, with
    /// `dot`, `norm`, `norm_squared`, `sum` and whole-vector arithmetic.
    DVector,
    /// Helpers returning `Vec<f64>`, called as `let v: Vec<f64> = h(..);`
    /// and checked through `_jacobian` against `_jvp` and `_vjp`.
    VectorResult,
    /// An f32 twin of the program (`f64` replaced by `f32`), checked against
    /// the f64 program with tolerances of f32 rounding.
    F32,
    /// An entry function that starts as a loss, `let mut sum = c; for i in
    /// 0..x.len() { ..; sum += 0.25 * (x[i] * e); }`, the rest of its body
    /// reading the sum (the shape of fused sweeps, with work after the loop).
    SumLoop,
}

impl Construct {
    /// Every construct, in the order of the docs.
    pub const ALL: [Construct; 28] = [
        Construct::For,
        Construct::While,
        Construct::LoopBreakValue,
        Construct::ActiveIf,
        Construct::PassiveIf,
        Construct::IfExpression,
        Construct::Match,
        Construct::EarlyReturn,
        Construct::BreakContinue,
        Construct::Call,
        Construct::Recursion,
        Construct::MutualRecursion,
        Construct::Slice,
        Construct::SliceIterator,
        Construct::Buffer,
        Construct::Push,
        Construct::Rem,
        Construct::PathCallOnLiteral,
        Construct::DerefInVec,
        Construct::HypotOrigin,
        Construct::LoopLabel,
        Construct::MutParam,
        Construct::WrtData,
        Construct::BufferCall,
        Construct::DVector,
        Construct::VectorResult,
        Construct::F32,
        Construct::SumLoop,
    ];

    /// The name used by `RANDOM_PROGRAMS_CONSTRUCTS`.
    pub fn name(self) -> &'static str {
        match self {
            Construct::For => "for",
            Construct::While => "while",
            Construct::LoopBreakValue => "loop-break-value",
            Construct::ActiveIf => "active-if",
            Construct::PassiveIf => "passive-if",
            Construct::IfExpression => "if-expression",
            Construct::Match => "match",
            Construct::EarlyReturn => "early-return",
            Construct::BreakContinue => "break-continue",
            Construct::Call => "call",
            Construct::Recursion => "recursion",
            Construct::MutualRecursion => "mutual-recursion",
            Construct::Slice => "slice",
            Construct::SliceIterator => "slice-iterator",
            Construct::Buffer => "buffer",
            Construct::Push => "push",
            Construct::Rem => "rem",
            Construct::PathCallOnLiteral => "path-call-on-literal",
            Construct::DerefInVec => "deref-in-vec",
            Construct::HypotOrigin => "hypot-origin",
            Construct::LoopLabel => "loop-label",
            Construct::MutParam => "mut-param",
            Construct::WrtData => "wrt-data",
            Construct::BufferCall => "buffer-call",
            Construct::DVector => "dvector",
            Construct::VectorResult => "vector-result",
            Construct::F32 => "f32",
            Construct::SumLoop => "sum-loop",
        }
    }
}

/// The elementary functions of the rules table (`autodiff-expand/src/rules.rs`).
pub const FUNCTIONS: [&str; 36] = [
    "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh",
    "atanh", "exp", "exp2", "exp_m1", "ln", "log10", "log2", "log", "ln_1p", "sqrt", "cbrt",
    "powi", "powf", "abs", "signum", "recip", "hypot", "mul_add", "max", "min", "floor", "ceil",
    "round", "trunc",
];

/// The constructs switched off by default, each exposing an open bug
/// described in `FINDINGS.md` (none at present).
const KNOWN_BUGS: [Construct; 0] = [];

/// The constructs and elementary functions that are switched on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Constructs {
    off: BTreeSet<&'static str>,
}

impl Default for Constructs {
    /// Everything on, except the constructs listed in `FINDINGS.md` as
    /// exposing an open bug.
    fn default() -> Self {
        Constructs {
            off: KNOWN_BUGS.iter().map(|c| c.name()).collect(),
        }
    }
}

impl Constructs {
    /// Whether the generator may write `c`.
    pub fn has(&self, c: Construct) -> bool {
        !self.off.contains(c.name())
    }

    /// Whether the generator may call the elementary function `name`.
    pub fn has_function(&self, name: &str) -> bool {
        !self.off.contains(name)
    }

    /// `self` changed by a comma-separated list of `+name` (on) and `-name`
    /// (off), names being those of [`Construct::name`] and [`FUNCTIONS`]:
    /// `"+while,-cbrt"`. An unknown name is an error that lists the known ones.
    pub fn with_changes(mut self, changes: &str) -> Result<Self, String> {
        for change in changes.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let (on, name) = match change.split_at(1) {
                ("+", name) => (true, name),
                ("-", name) => (false, name),
                _ => return Err(format!("`{change}`: write +name or -name")),
            };
            let known = Construct::ALL
                .iter()
                .map(|c| c.name())
                .chain(FUNCTIONS)
                .find(|k| *k == name)
                .ok_or_else(|| format!("unknown construct `{name}`; known: {}", known_names()))?;
            if on {
                self.off.remove(known);
            } else {
                self.off.insert(known);
            }
        }
        Ok(self)
    }

    /// The switched-off names, comma-separated (empty when all are on).
    pub fn describe_off(&self) -> String {
        self.off.iter().copied().collect::<Vec<_>>().join(",")
    }
}

fn known_names() -> String {
    let constructs = Construct::ALL.iter().map(|c| c.name());
    constructs.chain(FUNCTIONS).collect::<Vec<_>>().join(", ")
}
