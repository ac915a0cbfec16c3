//! Lowering of statements and expressions.
//!
//! Before / after, for the shapes that change:
//! - `let y = if c { a } else { b } * x;` becomes
//!   `let t; if c { t = a; } else { t = b; } let y = t * x;` (control flow in
//!   value positions is hoisted into statements writing a fresh temporary);
//! - `x += e` becomes `x = x + e`;
//! - `return e` becomes `out = e; return`, the body's tail `e` becomes `out = e`;
//! - `break 'a v` becomes `t_a = v; break 'a`, `t_a` being the loop's value;
//! - `if let P = s { A } else { B }` becomes `match s { P => A, _ => B }`, and
//!   `while let P = s { A }` becomes `loop { match s { P => A, _ => break } }`.
//!
//! Conditions, scrutinees and iterators are passive: they are kept as written.

use proc_macro2::{Ident, Span};
use syn::spanned::Spanned;

use super::scope::{expr_mentions, mentions_item, pattern_bindings, stmt_mentions, Scopes};
use crate::diagnostics::{unsupported_expr, Errors};
use crate::ir::*;
use crate::rules;

mod buffer;
mod control;
mod expr;
mod iter;
mod vector_ops;

pub use buffer::moved_buffers;

use expr::unsupported_message;

/// Where the value of a block or of a hoisted expression goes.
#[derive(Clone, Copy)]
enum Place {
    /// Statement position: the value is dropped.
    Discard,
    /// Assigned to this variable.
    Var(VarId),
}

struct LoopCtx {
    id: LoopId,
    label: Option<String>,
    result: Option<VarId>,
}

/// The lowering state of one function body.
pub struct Lowerer<'e> {
    vars: Vec<Var>,
    errors: &'e mut Errors,
    scopes: Scopes,
    loops: Vec<LoopCtx>,
    loop_count: usize,
    buffers: Vec<Vec<Stmt>>,
    output: VarId,
    /// Items declared in the function body.
    local_items: std::collections::HashSet<String>,
    /// Iterator chains rewritten so far (numbers their fresh names).
    rewrites: usize,
    /// The local vectors created so far (see `buffer`).
    buffer_vars: Vec<VarId>,
    /// The function's float type.
    scalar: FloatTy,
}

/// `Some(op)` for compound assignment operators (`+=` is `Some(Add)`).
pub fn compound_op(op: &syn::BinOp) -> Option<BinOp> {
    use syn::BinOp as B;
    Some(match op {
        B::AddAssign(_) => BinOp::Add,
        B::SubAssign(_) => BinOp::Sub,
        B::MulAssign(_) => BinOp::Mul,
        B::DivAssign(_) => BinOp::Div,
        B::RemAssign(_) => BinOp::Rem,
        B::BitAndAssign(_) => BinOp::BitAnd,
        B::BitOrAssign(_) => BinOp::BitOr,
        B::BitXorAssign(_) => BinOp::BitXor,
        B::ShlAssign(_) => BinOp::Shl,
        B::ShrAssign(_) => BinOp::Shr,
        _ => return None,
    })
}

/// Macros that never return: as a tail they need no assignment.
fn is_diverging_macro(m: &syn::Macro) -> bool {
    m.path.get_ident().is_some_and(|i| {
        matches!(
            i.to_string().as_str(),
            "panic" | "unreachable" | "todo" | "unimplemented"
        )
    })
}

fn is_diverging(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Return(_) | syn::Expr::Break(_) | syn::Expr::Continue(_) => true,
        syn::Expr::Macro(m) => is_diverging_macro(&m.mac),
        syn::Expr::Paren(p) => is_diverging(&p.expr),
        _ => false,
    }
}

fn single_ident(e: &syn::Expr) -> Option<&Ident> {
    match e {
        syn::Expr::Path(p) if p.qself.is_none() => p.path.get_ident(),
        syn::Expr::Paren(p) => single_ident(&p.expr),
        _ => None,
    }
}

impl<'e> Lowerer<'e> {
    pub fn new(
        vars: Vec<Var>,
        errors: &'e mut Errors,
        output: VarId,
        body: &syn::Block,
        scalar: FloatTy,
    ) -> Self {
        let mut scopes = Scopes::default();
        scopes.push();
        Lowerer {
            vars,
            errors,
            scopes,
            loops: Vec::new(),
            loop_count: 0,
            buffers: Vec::new(),
            output,
            local_items: super::scope::body_items(body),
            rewrites: 0,
            buffer_vars: Vec::new(),
            scalar,
        }
    }

    /// Whether `v` is a parameter of a vector type (`&[f64]`, `Vec<f64>`, ...).
    fn is_vector_param(&self, v: VarId) -> bool {
        let var = &self.vars[v.0];
        var.kind == VarKind::Param && var.ty.as_ref().and_then(super::vector_type).is_some()
    }

    pub fn bind_param(&mut self, ident: &Ident, var: VarId) {
        self.scopes.bind(ident.to_string(), var);
    }

    /// Lowers the whole body; returns it with the variable table and the
    /// buffers created by constructors.
    pub fn lower_function_body(mut self, block: &syn::Block) -> (Block, Vec<Var>, Vec<VarId>) {
        let body = self.lower_block(block, Place::Var(self.output));
        (body, self.vars, self.buffer_vars)
    }

    fn new_var(
        &mut self,
        ident: Ident,
        kind: VarKind,
        mutable: bool,
        ty: Option<syn::Type>,
    ) -> VarId {
        self.vars.push(Var {
            ident,
            kind,
            mutable,
            ty,
        });
        VarId(self.vars.len() - 1)
    }

    fn temp(&mut self) -> VarId {
        let ident = Ident::new(
            &format!("__autodiff_t{}", self.vars.len()),
            Span::mixed_site(),
        );
        self.new_var(ident, VarKind::Temp, false, None)
    }

    fn emit(&mut self, stmt: Stmt) {
        if let Some(buffer) = self.buffers.last_mut() {
            buffer.push(stmt);
        }
    }

    /// Lowers statements produced by `f` into a fresh scope and block.
    fn scoped(&mut self, f: impl FnOnce(&mut Self)) -> Block {
        self.scopes.push();
        self.buffers.push(Vec::new());
        f(self);
        self.scopes.pop();
        Block {
            stmts: self.buffers.pop().unwrap_or_default(),
        }
    }

    fn bind_pattern(&mut self, pat: &syn::Pat) {
        for ident in pattern_bindings(pat) {
            let var = self.new_var(ident.clone(), VarKind::Bound, false, None);
            self.scopes.bind(ident.to_string(), var);
        }
    }

    fn lower_block(&mut self, block: &syn::Block, place: Place) -> Block {
        self.scoped(|this| this.lower_stmts(&block.stmts, place))
    }

    fn lower_stmts(&mut self, stmts: &[syn::Stmt], place: Place) {
        let tail = match stmts.last() {
            Some(syn::Stmt::Expr(e, None)) => Some(e),
            _ => None,
        };
        let body = if tail.is_some() {
            &stmts[..stmts.len() - 1]
        } else {
            stmts
        };
        for stmt in body {
            self.lower_stmt(stmt);
        }
        match (tail, place) {
            (Some(e), place) => self.lower_tail(e, place),
            (None, Place::Var(_)) if !stmts.last().is_some_and(stmt_diverges) => {
                let span = stmts.last().map_or_else(Span::call_site, |s| s.span());
                self.errors.at(
                    span,
                    "this block is used as a value but does not end with an expression; \
                     end it with the value (no semicolon) or a `return`",
                );
            }
            (None, _) => {}
        }
    }

    /// The last expression of a block: assigned to `place`, or a statement.
    fn lower_tail(&mut self, e: &syn::Expr, place: Place) {
        match (place, e) {
            (Place::Discard, _) => self.lower_expr_stmt(e),
            (_, e) if is_diverging(e) => self.lower_expr_stmt(e),
            (_, syn::Expr::If(i)) => self.lower_if(i, place),
            (_, syn::Expr::Match(m)) => self.lower_match(m, place),
            (_, syn::Expr::Block(b)) if b.label.is_none() && b.attrs.is_empty() => {
                let block = self.lower_block(&b.block, place);
                self.emit(Stmt::Block(block));
            }
            (_, syn::Expr::Loop(_) | syn::Expr::ForLoop(_) | syn::Expr::While(_)) => {
                self.lower_loop(e, place)
            }
            (_, syn::Expr::Paren(p)) => self.lower_tail(&p.expr, place),
            (Place::Var(var), e) => {
                let value = self.lower_value(e);
                self.emit(Stmt::Assign { var, value });
            }
        }
    }

    fn lower_stmt(&mut self, stmt: &syn::Stmt) {
        match stmt {
            syn::Stmt::Local(local) => self.lower_let(local),
            syn::Stmt::Item(_) | syn::Stmt::Macro(_) => self.host_stmt(stmt, false),
            syn::Stmt::Expr(e, _) => self.lower_expr_stmt(e),
        }
    }

    /// A passive statement kept as written. With `sinks`, the values it reads
    /// may be stored where the macro cannot follow them (a place that is not
    /// a variable, a destructuring pattern), so they must be passive.
    fn host_stmt(&mut self, stmt: &syn::Stmt, sinks: bool) {
        let m = stmt_mentions(&self.scopes, stmt);
        self.emit(Stmt::Host(HostStmt {
            stmt: stmt.clone(),
            sinks: if sinks { m.reads } else { Vec::new() },
            writes: m.writes,
        }));
    }

    fn host_expr(&self, e: &syn::Expr) -> HostExpr {
        let m = expr_mentions(&self.scopes, e);
        HostExpr {
            expr: e.clone(),
            reads: m.reads,
            writes: m.writes,
            local_items: mentions_item(e, &self.local_items),
        }
    }

    /// A passive expression statement. Its values may be stored elsewhere
    /// unless it is a macro or a call (a call can only store through `&mut`
    /// arguments, which count as writes).
    fn host_expr_stmt(&mut self, e: &syn::Expr) {
        let sinks = !matches!(e, syn::Expr::Macro(_) | syn::Expr::Call(_));
        let semicolon = syn::Token![;](e.span());
        self.host_stmt(&syn::Stmt::Expr(e.clone(), Some(semicolon)), sinks);
    }

    fn lower_let(&mut self, local: &syn::Local) {
        if let Some(init) = &local.init {
            if let Some((_, diverge)) = &init.diverge {
                self.errors.on(
                    diverge,
                    unsupported_expr("`let ... else`", "use `match` on a passive value"),
                );
                return;
            }
        }
        let (pat, ty) = match &local.pat {
            syn::Pat::Type(t) => (&*t.pat, Some((*t.ty).clone())),
            p => (p, None),
        };
        match pat {
            syn::Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => {
                let buffer = local.init.as_ref().and_then(|i| self.new_buffer(&i.expr));
                let init = match buffer {
                    Some(b) => Some(Expr::NewBuffer(Box::new(b))),
                    None => local.init.as_ref().map(|i| self.lower_value(&i.expr)),
                };
                let moved = matches!(&init, Some(Expr::Var(v)) if self.buffer_vars.contains(v));
                // `let v: Vec<f64> = g(x);`: the annotation says that the call returns a vector.
                let returned = matches!(init, Some(Expr::Call(_)))
                    && ty
                        .as_ref()
                        .and_then(crate::lower::vector_type)
                        .is_some_and(|v| !v.by_ref);
                let var = self.new_var(p.ident.clone(), VarKind::Local, p.mutability.is_some(), ty);
                if moved || returned || matches!(init, Some(Expr::NewBuffer(_))) {
                    self.buffer_vars.push(var);
                }
                self.emit(Stmt::Let { var, init });
                self.scopes.bind(p.ident.to_string(), var);
            }
            _ => {
                let sinks = !matches!(pat, syn::Pat::Wild(_));
                self.host_stmt(&syn::Stmt::Local(local.clone()), sinks);
                self.bind_pattern(pat);
            }
        }
    }

    fn lower_expr_stmt(&mut self, e: &syn::Expr) {
        match e {
            syn::Expr::Assign(a) if self.lower_store(&a.left, None, &a.right) => {}
            syn::Expr::Binary(b)
                if compound_op(&b.op)
                    .is_some_and(|op| self.lower_store(&b.left, Some(op), &b.right)) => {}
            syn::Expr::MethodCall(m) if self.lower_push(m) => {}
            syn::Expr::Assign(a) => {
                match single_ident(&a.left).and_then(|i| self.scopes.resolve(&i.to_string())) {
                    Some(var) => {
                        let value = self.lower_value(&a.right);
                        self.emit(Stmt::Assign { var, value });
                    }
                    None => self.host_expr_stmt(e),
                }
            }
            syn::Expr::Binary(b) if compound_op(&b.op).is_some() => {
                let op = compound_op(&b.op).unwrap_or(BinOp::Add);
                match single_ident(&b.left).and_then(|i| self.scopes.resolve(&i.to_string())) {
                    Some(var) => {
                        let rhs = self.lower_value(&b.right);
                        let value = Expr::Binary(op, Box::new(Expr::Var(var)), Box::new(rhs));
                        self.emit(Stmt::Assign { var, value });
                    }
                    None => self.host_expr_stmt(e),
                }
            }
            syn::Expr::If(i) => self.lower_if(i, Place::Discard),
            syn::Expr::Match(m) => self.lower_match(m, Place::Discard),
            syn::Expr::ForLoop(_) | syn::Expr::While(_) | syn::Expr::Loop(_) => {
                self.lower_loop(e, Place::Discard)
            }
            syn::Expr::Block(b) => {
                if let Some(label) = &b.label {
                    self.errors.on(
                        label,
                        unsupported_expr(
                            "labeled blocks",
                            "use a labeled `loop` with `break` instead",
                        ),
                    );
                    self.loops.push(LoopCtx {
                        id: LoopId(usize::MAX),
                        label: Some(label.name.ident.to_string()),
                        result: None,
                    });
                }
                let block = self.lower_block(&b.block, Place::Discard);
                if b.label.is_some() {
                    self.loops.pop();
                }
                self.emit(Stmt::Block(block));
            }
            syn::Expr::Break(_) | syn::Expr::Continue(_) | syn::Expr::Return(_) => {
                self.lower_exit(e)
            }
            syn::Expr::Paren(p) => self.lower_expr_stmt(&p.expr),
            syn::Expr::Macro(_) | syn::Expr::Call(_) | syn::Expr::MethodCall(_) => {
                self.host_expr_stmt(e)
            }
            other => {
                if let Some(message) = unsupported_message(other) {
                    self.errors.on(other, message);
                } else {
                    self.host_expr_stmt(other);
                }
            }
        }
    }
}

fn stmt_diverges(s: &syn::Stmt) -> bool {
    match s {
        syn::Stmt::Expr(e, _) => is_diverging(e),
        syn::Stmt::Macro(m) => is_diverging_macro(&m.mac),
        _ => false,
    }
}
