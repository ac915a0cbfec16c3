//! Local vectors (buffers): their creation, element writes and `push`.
//!
//! Before / after:
//! - `let mut g = vec![0.0; n];` is `let g = NewBuffer::Repeat { fill: 0.0, len: n }`;
//! - `let v = [a, b];` is `let v = NewBuffer::List([a, b])` (also `vec![a, b]`
//!   and nalgebra's `Vector2::new(a, b)`); in other value positions the list
//!   becomes a fresh temporary, so `return [a * b, a + b]` works;
//! - `g[i] = e;` is `Store { g, i, e }`, `g[i] += e;` is `let k = i;
//!   Store { g, k, g[k] + e }`, `g.push(e);` is `Store { g, None, e }`.
//!
//! Any `let` of such a constructor makes a buffer; whether it is active is for
//! the activity analysis to decide (a `vec![0usize; n]` never is).

use syn::parse::Parser;

use super::*;

/// A constructor as written, before its operands are lowered.
enum Syntax {
    /// Fill value, length, whether an array.
    Repeat(Box<syn::Expr>, Box<syn::Expr>, bool),
    List(Vec<syn::Expr>, ListCtor),
    Empty(Option<Box<syn::Expr>>),
    Zeros(Box<syn::ExprPath>, Option<Box<syn::Expr>>),
    /// `__autodiff_zeros_like!(v)`, written by the rewrite of vector
    /// arithmetic (see `vector_ops`).
    ZerosLike(syn::Ident),
}

const NALGEBRA_VECTORS: [&str; 8] = [
    "DVector", "SVector", "Vector1", "Vector2", "Vector3", "Vector4", "Vector5", "Vector6",
];

/// The segment names of a path, without generic arguments.
fn segments(path: &syn::Path) -> Vec<String> {
    path.segments.iter().map(|s| s.ident.to_string()).collect()
}

/// `Some` if `e` creates a vector: `vec![..]`, `[..]`, `[x; N]`, `Vec::new()`,
/// `Vec::with_capacity(n)`, nalgebra's `zeros` and `VectorN::new(..)`.
fn syntax(e: &syn::Expr) -> Option<Syntax> {
    match e {
        syn::Expr::Repeat(r) => Some(Syntax::Repeat(r.expr.clone(), r.len.clone(), true)),
        syn::Expr::Array(a) => Some(Syntax::List(
            a.elems.iter().cloned().collect(),
            ListCtor::Array,
        )),
        syn::Expr::Macro(m) if segments(&m.mac.path).last().is_some_and(|s| s == "vec") => {
            vec_macro(&m.mac)
        }
        syn::Expr::Macro(m) if m.mac.path.is_ident("__autodiff_zeros_like") => {
            m.mac.parse_body().ok().map(Syntax::ZerosLike)
        }
        syn::Expr::Paren(p) => syntax(&p.expr),
        syn::Expr::Call(c) => {
            let syn::Expr::Path(p) = &*c.func else {
                return None;
            };
            if p.qself.is_some() {
                return None;
            }
            let names = segments(&p.path);
            let [.., owner, function] = names.as_slice() else {
                return None;
            };
            let args: Vec<syn::Expr> = c.args.iter().cloned().collect();
            let first = args.first().cloned().map(Box::new);
            match (owner.as_str(), function.as_str(), args.len()) {
                ("Vec", "new", 0) => Some(Syntax::Empty(None)),
                ("Vec", "with_capacity", 1) => Some(Syntax::Empty(first)),
                (owner, "zeros", 0 | 1) if NALGEBRA_VECTORS.contains(&owner) => {
                    Some(Syntax::Zeros(Box::new(p.clone()), first))
                }
                (owner, "new", _) if NALGEBRA_VECTORS[2..].contains(&owner) => {
                    Some(Syntax::List(args, ListCtor::Nalgebra(p.clone())))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The forms of `vec![..]`: empty, `vec![x; n]`, `vec![a, b, ..]`.
fn vec_macro(m: &syn::Macro) -> Option<Syntax> {
    if m.tokens.is_empty() {
        return Some(Syntax::Empty(None));
    }
    let parser = |input: syn::parse::ParseStream| {
        let first: syn::Expr = input.parse()?;
        if input.peek(syn::Token![;]) {
            input.parse::<syn::Token![;]>()?;
            let len: syn::Expr = input.parse()?;
            return Ok(Syntax::Repeat(Box::new(first), Box::new(len), false));
        }
        let mut elems = vec![first];
        while !input.is_empty() {
            input.parse::<syn::Token![,]>()?;
            if input.is_empty() {
                break;
            }
            elems.push(input.parse()?);
        }
        Ok(Syntax::List(elems, ListCtor::Vec))
    };
    parser.parse2(m.tokens.clone()).ok()
}

impl Lowerer<'_> {
    /// Whether `v` is a vector: a vector parameter or a buffer.
    pub(super) fn is_vector(&self, v: VarId) -> bool {
        self.is_vector_param(v) || self.buffer_vars.contains(&v)
    }

    /// Lowers `e` if it creates a vector. Constructors with operands outside
    /// the subset (closures, ...) stay passive syntax.
    pub(super) fn new_buffer(&mut self, e: &syn::Expr) -> Option<NewBuffer> {
        let written = syntax(e)?;
        let operands: Vec<&syn::Expr> = match &written {
            Syntax::Repeat(fill, _, _) => vec![fill],
            Syntax::List(elems, _) => elems.iter().collect(),
            _ => Vec::new(),
        };
        // Nested vectors (`[[0.0; 2]; n]`, `vec![Vec::new(); n]`) stay as
        // written: their elements are never differentiated (a store into one
        // is an error), and `[Vec::new(); n]` must keep its constant operand.
        if operands
            .iter()
            .any(|o| unsupported_message(o).is_some() || syntax(o).is_some())
        {
            return None;
        }
        Some(match written {
            Syntax::Repeat(fill, len, array) => NewBuffer::Repeat {
                fill: self.lower_value(&fill),
                len: Expr::Host(self.host_expr(&len)),
                array,
            },
            Syntax::List(elems, ctor) => NewBuffer::List {
                elems: elems.iter().map(|e| self.lower_value(e)).collect(),
                ctor,
            },
            Syntax::Empty(capacity) => NewBuffer::Empty {
                capacity: capacity.map(|n| Expr::Host(self.host_expr(&n))),
            },
            Syntax::Zeros(path, len) => NewBuffer::Zeros {
                path: *path,
                len: len.map(|n| Expr::Host(self.host_expr(&n))),
            },
            Syntax::ZerosLike(name) => {
                let var = self.scopes.resolve(&name.to_string())?;
                NewBuffer::ZerosLike(var)
            }
        })
    }

    /// A constructor in a value position other than a `let`: a new temporary
    /// buffer, read.
    pub(super) fn buffer_value(&mut self, e: &syn::Expr) -> Option<Expr> {
        let init = self.new_buffer(e)?;
        let var = self.temp();
        self.buffer_vars.push(var);
        self.emit(Stmt::Let {
            var,
            init: Some(Expr::NewBuffer(Box::new(init))),
        });
        Some(Expr::Var(var))
    }

    /// The buffer named by `e`, if it is a plain name of one.
    fn buffer_named(&self, e: &syn::Expr) -> Option<VarId> {
        single_ident(e)
            .and_then(|i| self.scopes.resolve(&i.to_string()))
            .filter(|v| self.buffer_vars.contains(v))
    }

    /// `buf[i] = e;` or, with `op`, `buf[i] op= e;` for a buffer `buf`;
    /// `false` (nothing lowered) for any other place.
    pub(super) fn lower_store(
        &mut self,
        place: &syn::Expr,
        op: Option<BinOp>,
        right: &syn::Expr,
    ) -> bool {
        let syn::Expr::Index(i) = place else {
            return false;
        };
        let Some(buffer) = self.buffer_named(&i.expr) else {
            return false;
        };
        self.vars[buffer.0].mutable = true;
        let index = self.lower_value(&i.index);
        let (index, value) = match op {
            None => (index, self.lower_value(right)),
            Some(op) => {
                let k = self.temp();
                self.emit(Stmt::Let {
                    var: k,
                    init: Some(index),
                });
                let old = Expr::Index(Box::new(Expr::Var(buffer)), Box::new(Expr::Var(k)));
                let rhs = self.lower_value(right);
                (Expr::Var(k), Expr::Binary(op, Box::new(old), Box::new(rhs)))
            }
        };
        self.emit(Stmt::Store {
            buffer,
            index: Some(index),
            value,
        });
        true
    }

    /// `buf.push(e);` for a buffer `buf`; `false` for any other call.
    pub(super) fn lower_push(&mut self, m: &syn::ExprMethodCall) -> bool {
        if m.method != "push" || m.args.len() != 1 {
            return false;
        }
        let Some(buffer) = self.buffer_named(&m.receiver) else {
            return false;
        };
        self.vars[buffer.0].mutable = true;
        let value = self.lower_value(&m.args[0]);
        self.emit(Stmt::Store {
            buffer,
            index: None,
            value,
        });
        true
    }
}

/// The buffers: `found` (created by constructors, and the output slot of a
/// vector function) and every variable assigned one of them, transitively.
pub fn moved_buffers(body: &Block, mut found: Vec<VarId>) -> Vec<VarId> {
    let mut changed = true;
    while changed {
        changed = false;
        crate::activity::for_each_assignment(body, &mut |var, value| {
            if matches!(value, Expr::Var(v) if found.contains(v)) && !found.contains(&var) {
                found.push(var);
                changed = true;
            }
        });
    }
    found
}
