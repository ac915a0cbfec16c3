//! Our own small intermediate representation of a function body.
//!
//! `lower` builds it from syn; the analyses and transforms read it; `emit`
//! prints it back as Rust. It is structured (blocks, ifs, loops, exits) like
//! the source, but every variable has a unique [`VarId`] (shadowing made
//! explicit), control flow in value positions is hoisted into statements, and
//! compound assignment is spelled out (`x += e` is `x = x + e`). Syntax the
//! derivative code never needs to look into (passive expressions, items,
//! macros) is kept as syn nodes in [`HostExpr`] / [`Stmt::Host`].
//!
//! The transforms add a few statement kinds of their own (tape records, trace
//! records, derivative calls), so that one emitter prints every generated body.

use proc_macro2::{Ident, Span};
use syn::{Lifetime, Pat, Type};

use crate::rules::RuleDef;

/// A variable: a parameter, a `let` binding, a pattern binding or a temporary.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct VarId(pub usize);

/// A loop, for `break` and `continue` targets.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LoopId(pub usize);

/// The float type of the active values: every derivative has this type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FloatTy {
    F32,
    F64,
}

/// Where a variable comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum VarKind {
    /// A function parameter.
    Param,
    /// A `let` binding with a plain identifier pattern.
    Local,
    /// Bound by a pattern the macro does not look into (match arms, `for`
    /// patterns, destructuring `let`): always passive.
    Bound,
    /// Introduced by the macro (hoisted values, three-address nodes).
    Temp,
    /// The function's result slot.
    Output,
    /// A derivative, tape or trace variable introduced by a transform. The
    /// indexed ones are the tangents of vector parameters, which are
    /// `VecTangent`s (`emit` writes their element reads as `d.at(k)`), and
    /// the tangents of buffers, which are buffers.
    Derived,
}

/// What the IR knows of a variable.
#[derive(Clone, Debug)]
pub struct Var {
    pub ident: Ident,
    pub kind: VarKind,
    pub mutable: bool,
    pub ty: Option<Type>,
}

/// A parameter of the function.
#[derive(Clone, Debug)]
pub struct Param {
    pub var: VarId,
    /// `Some` for `f64` / `f32` parameters, the candidates for activity.
    pub float: Option<FloatTy>,
    /// `Some` for vectors of floats, the other candidates for activity.
    pub vector: Option<VecTy>,
}

/// The type of a vector parameter: `&[S]`, `Vec<S>`, `&Vec<S>`, `[S; N]`,
/// `&[S; N]`, nalgebra's `DVector<S>` and `SVector<S, N>` and references to them.
#[derive(Clone, Debug)]
pub struct VecTy {
    pub elem: FloatTy,
    pub kind: VecKind,
    /// Passed by reference.
    pub by_ref: bool,
}

impl VecTy {
    /// Whether the type fixes the length (arrays, `SVector`).
    pub fn static_length(&self) -> bool {
        matches!(
            self.kind,
            VecKind::Array(_) | VecKind::Nalgebra { dynamic: false, .. }
        )
    }
}

/// The container of a vector parameter.
#[derive(Clone, Debug)]
pub enum VecKind {
    Slice,
    Vec,
    /// An array of the given length.
    Array(syn::Expr),
    /// A nalgebra vector, of the type as written (without the reference):
    /// `DVector<S>` (`dynamic`) or `SVector<S, N>`.
    Nalgebra {
        ty: syn::Type,
        dynamic: bool,
    },
}

/// A lowered function body with its parameters.
#[derive(Clone, Debug)]
pub struct Function {
    pub vars: Vec<Var>,
    pub params: Vec<Param>,
    /// The result slots: one for the primal, two (value, tangent) for a JVP.
    pub outputs: Vec<VarId>,
    pub body: Block,
    pub scalar: FloatTy,
    /// The local vectors of floats (buffers): variables created by
    /// [`Expr::NewBuffer`] or moved from another buffer, and the output slot
    /// of a function with a vector result.
    pub buffers: Vec<VarId>,
}

impl Function {
    pub fn var(&self, id: VarId) -> &Var {
        &self.vars[id.0]
    }

    /// Whether `v` is a vector: a vector parameter or a buffer.
    pub fn is_vector(&self, v: VarId) -> bool {
        self.params.iter().any(|p| p.var == v && p.vector.is_some()) || self.is_buffer(v)
    }

    /// Whether `v` is a local vector (see [`Function::buffers`]).
    pub fn is_buffer(&self, v: VarId) -> bool {
        self.buffers.contains(&v)
    }

    /// Adds a variable introduced by a transform and returns its id.
    pub fn new_var(
        &mut self,
        ident: Ident,
        kind: VarKind,
        mutable: bool,
        ty: Option<Type>,
    ) -> VarId {
        self.vars.push(Var {
            ident,
            kind,
            mutable,
            ty,
        });
        VarId(self.vars.len() - 1)
    }
}

/// A sequence of statements with its own scope.
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
}

/// A statement.
#[derive(Clone, Debug)]
pub enum Stmt {
    /// `let var (= init)?;` — a new variable.
    Let {
        var: VarId,
        init: Option<Expr>,
    },
    /// `var = value;`
    Assign {
        var: VarId,
        value: Expr,
    },
    /// A passive statement kept as written (items, macros, stores into
    /// passive places, calls whose result is dropped).
    Host(HostStmt),
    If {
        cond: Expr,
        then: Block,
        els: Option<Block>,
    },
    Match {
        scrutinee: Expr,
        arms: Vec<Arm>,
    },
    Loop(Loop),
    Break {
        target: LoopId,
        label: Option<Lifetime>,
    },
    Continue {
        target: LoopId,
        label: Option<Lifetime>,
    },
    /// Returns the output slots, which are assigned just before.
    Return,
    /// `buffer[index] = value;`, or `buffer.push(value);` without an index:
    /// a write into a local vector. After normalization an active `value` is
    /// a variable.
    Store {
        buffer: VarId,
        index: Option<Expr>,
        value: Expr,
    },
    Block(Block),
    /// Forward sweep: record a value for the reverse sweep.
    Push(Expr),
    /// Forward sweep: record a control word (branch, trip count, integer).
    PushControl(Expr),
    /// A call of a companion that returns a pair: `let (first, second) =
    /// callee_companion(args..);` — the JVP (value, tangent) or the trace
    /// (value, operand). `call` is an [`Expr::Call`] whose arguments are the
    /// primal arguments followed by the derived ones (tangents, operands), in
    /// the order of the companion's parameters.
    CallPair {
        first: VarId,
        second: VarId,
        call: Expr,
    },
    /// Trace: record one elementary operation and bind its operand id.
    TraceOp(TraceOp),
}

/// One elementary operation as the trace records it.
#[derive(Clone, Debug)]
pub struct TraceOp {
    pub operand: VarId,
    pub op: &'static str,
    pub args: Vec<Expr>,
    pub value: Expr,
    pub partials: Vec<Expr>,
}

/// A passive statement: the syn node, and the variables it mentions.
#[derive(Clone, Debug)]
pub struct HostStmt {
    pub stmt: syn::Stmt,
    /// Variables whose values it may store where the macro cannot follow them.
    pub sinks: Vec<VarId>,
    /// Variables it assigns or borrows `&mut`.
    pub writes: Vec<VarId>,
}

/// A `match` arm.
#[derive(Clone, Debug)]
pub struct Arm {
    pub pat: Pat,
    pub guard: Option<Expr>,
    pub body: Block,
}

/// A loop of any kind.
#[derive(Clone, Debug)]
pub struct Loop {
    pub id: LoopId,
    pub label: Option<Lifetime>,
    pub head: LoopHead,
    pub body: Block,
}

/// How a loop decides to run its body again.
#[derive(Clone, Debug)]
pub enum LoopHead {
    /// `for pat in iter` (iterators of passive values only).
    For { pat: Pat, iter: Expr },
    /// `while cond`.
    While(Expr),
    /// `loop`.
    Loop,
}

/// An expression.
#[derive(Clone, Debug)]
pub enum Expr {
    /// A literal: float, integer, bool, string.
    Lit(syn::Lit),
    Var(VarId),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `expr as ty`.
    Cast(Box<Expr>, Box<Type>),
    /// `expr as S`, S the active float type (built by rules).
    CastScalar(Box<Expr>),
    /// The value with the float type given, where rustc would infer it from
    /// the context the macro rewrites (the receiver of `f32::sin(..)`, emitted
    /// as a method call): `::core::convert::identity::<f32>(value)`, which
    /// types the literals and locals inside as `f32`, with no conversion.
    Ascribe(Box<Expr>, FloatTy),
    /// A constant of `core::{f32,f64}::consts` for the active float type.
    ScalarConst(&'static str),
    /// An elementary function of the rules table; the receiver of the method
    /// form comes first.
    Rule(&'static RuleDef, Vec<Expr>),
    /// `if cond { a } else { b }` between two pure values (built by rules).
    Select(Box<Expr>, Box<Expr>, Box<Expr>),
    /// A call of a free function or of a method on `self`: differentiated if
    /// an argument is active, a plain primal call otherwise.
    Call(Box<Call>),
    /// A method outside the rules table: `receiver.method(args)`. Passive.
    Method(Box<Expr>, Ident, Vec<Expr>),
    /// `base[index]`. Passive.
    Index(Box<Expr>, Box<Expr>),
    /// Passive syntax kept as written.
    Host(HostExpr),
    /// The zero tangent or trace operand of an argument the callee may not
    /// have as a float: `Default::default()`.
    Default,
    /// Trace: the operand of a value that does not depend on the inputs.
    TraceConst(Box<Expr>),
    /// A passive operand read into the active float type (or, `integer`, into
    /// `i32`): `<S as FromPassive<_>>::from_passive(value)`, so that references
    /// to floats work where plain Rust accepts them.
    Convert {
        value: Box<Expr>,
        integer: bool,
    },
    /// The value, unchanged but hidden from LLVM's vectorizer (see
    /// `autodiff_core::barrier`): wraps tangent updates of loop-carried variables.
    Barrier(Box<Expr>),
    /// A new local vector of floats.
    NewBuffer(Box<NewBuffer>),
    /// The tangent vector of a local vector, lent to a callee:
    /// `VecTangent::of(&v)`.
    LendTangent(VarId),
}

/// How a local vector is created. After normalization its active operands
/// (a fill value, listed elements) are variables.
#[derive(Clone, Debug)]
pub enum NewBuffer {
    /// `vec![fill; len]`, or `[fill; len]` when `array` (`len` is then a
    /// constant expression, kept as written).
    Repeat { fill: Expr, len: Expr, array: bool },
    /// `vec![a, b, ..]`, `[a, b, ..]` or nalgebra's `Vector3::new(a, b, c)`.
    List { elems: Vec<Expr>, ctor: ListCtor },
    /// `Vec::new()`, `vec![]`, or `Vec::with_capacity(capacity)`: empty,
    /// grown by `push`.
    Empty { capacity: Option<Expr> },
    /// A nalgebra constructor of zeros: `DVector::zeros(len)`, `Vector3::zeros()`.
    Zeros {
        path: syn::ExprPath,
        len: Option<Expr>,
    },
    /// A vector of zeros with the shape of another (`ZerosLike::zeros_like`):
    /// the tangent of a buffer, created beside it.
    ZerosLike(VarId),
}

/// The syntax of a list of elements.
#[derive(Clone, Debug)]
pub enum ListCtor {
    Vec,
    Array,
    /// A nalgebra constructor taking the elements: `Vector3::new`.
    Nalgebra(syn::ExprPath),
}

impl NewBuffer {
    /// The operands that may be active: the fill value, the elements.
    pub fn operands(&self) -> Vec<&Expr> {
        match self {
            NewBuffer::Repeat { fill, .. } => vec![fill],
            NewBuffer::List { elems, .. } => elems.iter().collect(),
            _ => Vec::new(),
        }
    }

    /// The operands, to rewrite them.
    pub fn operands_mut(&mut self) -> Vec<&mut Expr> {
        match self {
            NewBuffer::Repeat { fill, .. } => vec![fill],
            NewBuffer::List { elems, .. } => elems.iter_mut().collect(),
            _ => Vec::new(),
        }
    }

    /// Every sub-expression: operands and lengths.
    pub fn children(&self) -> Vec<&Expr> {
        match self {
            NewBuffer::Repeat { fill, len, .. } => vec![fill, len],
            NewBuffer::List { elems, .. } => elems.iter().collect(),
            NewBuffer::Empty { capacity: n } | NewBuffer::Zeros { len: n, .. } => {
                n.iter().collect()
            }
            NewBuffer::ZerosLike(_) => Vec::new(),
        }
    }
}

/// A passive expression kept as written, with the variables it mentions.
#[derive(Clone, Debug)]
pub struct HostExpr {
    pub expr: syn::Expr,
    pub reads: Vec<VarId>,
    /// Variables borrowed `&mut` or assigned inside.
    pub writes: Vec<VarId>,
    /// Mentions an item declared inside the function body (a local `const`,
    /// `static`, `fn` or `use`), which the backward sweep cannot name.
    pub local_items: bool,
}

/// A call of a user function.
#[derive(Clone, Debug)]
pub struct Call {
    pub callee: Callee,
    pub args: Vec<Expr>,
    pub span: Span,
    /// Which of the generated functions this call goes to.
    pub variant: CallVariant,
}

/// What is called.
#[derive(Clone, Debug)]
pub enum Callee {
    /// `path(args)`: a free or associated function.
    Path(syn::Path),
    /// `self.name(args)`.
    SelfMethod(Ident, Option<syn::AngleBracketedGenericArguments>),
}

/// The primal function or one of its generated companions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallVariant {
    Primal,
    /// The forward sweep of reverse mode (takes the tape).
    Forward,
    /// The tangent program (takes the tangents; returns value and tangent).
    Jvp,
    /// The forward sweep of the tangent program's reverse mode (second
    /// order: takes the tangents and the tape; returns value and tangent).
    JvpForward,
    /// The evaluation trace (takes the operands and the recorder; returns a pair).
    Trace,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    /// `&v` of a vector variable, as a call argument: the callee borrows the
    /// vector, and its tangent and adjoint go along.
    Ref,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
}

impl BinOp {
    /// `+ - * / %`: the operators that carry derivatives.
    pub fn is_arithmetic(self) -> bool {
        matches!(
            self,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem
        )
    }
}

impl Expr {
    /// Calls `f` on every variable the expression reads, Host reads included.
    pub fn for_each_read(&self, f: &mut impl FnMut(VarId)) {
        match self {
            Expr::Var(v) | Expr::LendTangent(v) => f(*v),
            Expr::Host(h) => h.reads.iter().copied().for_each(f),
            Expr::Call(c) => c.args.iter().for_each(|a| a.for_each_read(f)),
            Expr::NewBuffer(b) => {
                if let NewBuffer::ZerosLike(v) = **b {
                    f(v)
                }
                b.children().into_iter().for_each(|c| c.for_each_read(f))
            }
            _ => self.children().into_iter().for_each(|c| c.for_each_read(f)),
        }
    }

    /// The direct sub-expressions.
    pub fn children(&self) -> Vec<&Expr> {
        match self {
            Expr::Unary(_, a)
            | Expr::Cast(a, _)
            | Expr::CastScalar(a)
            | Expr::Ascribe(a, _)
            | Expr::TraceConst(a)
            | Expr::Barrier(a)
            | Expr::Convert { value: a, .. } => vec![a],
            Expr::Binary(_, a, b) | Expr::Index(a, b) => vec![a, b],
            Expr::Select(c, a, b) => vec![c, a, b],
            Expr::Rule(_, args) => args.iter().collect(),
            Expr::Call(c) => c.args.iter().collect(),
            Expr::Method(r, _, args) => std::iter::once(&**r).chain(args).collect(),
            Expr::NewBuffer(b) => b.children(),
            Expr::Lit(_)
            | Expr::Var(_)
            | Expr::LendTangent(_)
            | Expr::Host(_)
            | Expr::ScalarConst(_)
            | Expr::Default => vec![],
        }
    }
}

/// Calls `f` on each block directly inside `stmt`.
pub fn for_each_child_block<'a>(stmt: &'a Stmt, f: &mut impl FnMut(&'a Block)) {
    match stmt {
        Stmt::If { then, els, .. } => {
            f(then);
            if let Some(e) = els {
                f(e);
            }
        }
        Stmt::Match { arms, .. } => arms.iter().for_each(|a| f(&a.body)),
        Stmt::Loop(l) => f(&l.body),
        Stmt::Block(b) => f(b),
        _ => {}
    }
}

/// Calls `f` on every statement of `stmts`, nested ones included.
pub fn each_stmt<'a>(stmts: &'a [Stmt], f: &mut impl FnMut(&'a Stmt)) {
    for stmt in stmts {
        f(stmt);
        for_each_child_block(stmt, &mut |b| each_stmt(&b.stmts, f));
    }
}

/// Whether `stmt` calls a user function, nested statements included.
pub fn calls(stmt: &Stmt) -> bool {
    fn call_in(e: &Expr) -> bool {
        matches!(e, Expr::Call(_)) || e.children().into_iter().any(call_in)
    }
    let mut found = false;
    each_stmt(std::slice::from_ref(stmt), &mut |s| {
        found |= match s {
            Stmt::CallPair { .. } => true,
            Stmt::Let { init: Some(e), .. } | Stmt::Assign { value: e, .. } => call_in(e),
            _ => false,
        }
    });
    found
}

/// Small constructors for the expressions that rules and transforms build.
pub mod build {
    use super::*;
    use proc_macro2::Span;

    /// `let (first, second) = companion(args.., extra..);` for `call` turned
    /// into `variant`.
    pub fn call_pair(
        first: VarId,
        second: VarId,
        call: &Call,
        variant: CallVariant,
        extra: Vec<Expr>,
    ) -> Stmt {
        let mut call = call.clone();
        call.variant = variant;
        call.args.extend(extra);
        Stmt::CallPair {
            first,
            second,
            call: Expr::Call(Box::new(call)),
        }
    }

    pub fn float(value: f64) -> Expr {
        if value < 0.0 {
            return Expr::Unary(UnOp::Neg, Box::new(float(-value)));
        }
        Expr::Lit(syn::Lit::Float(syn::LitFloat::new(
            &float_text(value),
            Span::call_site(),
        )))
    }

    pub fn int(value: i64) -> Expr {
        Expr::Lit(syn::Lit::Int(syn::LitInt::new(
            &value.to_string(),
            Span::call_site(),
        )))
    }

    fn float_text(value: f64) -> String {
        let text = format!("{value:?}");
        if text.contains('.') || text.contains('e') {
            text
        } else {
            format!("{text}.0")
        }
    }

    /// The value of a float literal, if `e` is one.
    pub fn as_float(e: &Expr) -> Option<f64> {
        match e {
            Expr::Lit(syn::Lit::Float(f)) => f.base10_parse().ok(),
            Expr::Unary(UnOp::Neg, inner) => as_float(inner).map(|x| -x),
            _ => None,
        }
    }

    /// Whether `e` is the float literal `value`.
    pub fn is(e: &Expr, value: f64) -> bool {
        as_float(e) == Some(value)
    }

    pub fn add(a: Expr, b: Expr) -> Expr {
        if is(&a, 0.0) {
            b
        } else if is(&b, 0.0) {
            a
        } else {
            Expr::Binary(BinOp::Add, Box::new(a), Box::new(b))
        }
    }

    pub fn sub(a: Expr, b: Expr) -> Expr {
        if is(&b, 0.0) {
            a
        } else if is(&a, 0.0) {
            neg(b)
        } else {
            Expr::Binary(BinOp::Sub, Box::new(a), Box::new(b))
        }
    }

    pub fn mul(a: Expr, b: Expr) -> Expr {
        if is(&a, 1.0) {
            b
        } else if is(&b, 1.0) {
            a
        } else if is(&a, -1.0) {
            neg(b)
        } else if is(&b, -1.0) {
            neg(a)
        } else {
            Expr::Binary(BinOp::Mul, Box::new(a), Box::new(b))
        }
    }

    pub fn div(a: Expr, b: Expr) -> Expr {
        if is(&b, 1.0) {
            a
        } else {
            Expr::Binary(BinOp::Div, Box::new(a), Box::new(b))
        }
    }

    pub fn neg(a: Expr) -> Expr {
        match a {
            Expr::Unary(UnOp::Neg, inner) => *inner,
            other => Expr::Unary(UnOp::Neg, Box::new(other)),
        }
    }

    pub fn binary(op: BinOp, a: Expr, b: Expr) -> Expr {
        Expr::Binary(op, Box::new(a), Box::new(b))
    }

    pub fn select(cond: Expr, a: Expr, b: Expr) -> Expr {
        Expr::Select(Box::new(cond), Box::new(a), Box::new(b))
    }

    /// `v.len()`: the length of vector `v`.
    pub fn len(v: VarId) -> Expr {
        Expr::Method(
            Box::new(Expr::Var(v)),
            Ident::new("len", Span::call_site()),
            vec![],
        )
    }

    pub fn is_nan(a: Expr) -> Expr {
        Expr::Method(Box::new(a), Ident::new("is_nan", Span::call_site()), vec![])
    }

    /// A passive expression without variables, such as a path to a constant.
    pub fn host(expr: syn::Expr) -> Expr {
        Expr::Host(HostExpr {
            expr,
            reads: Vec::new(),
            writes: Vec::new(),
            local_items: false,
        })
    }

    pub fn cast_scalar(a: Expr) -> Expr {
        Expr::CastScalar(Box::new(a))
    }
}
