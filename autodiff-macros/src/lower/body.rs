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

fn binary_op(op: &syn::BinOp) -> Option<BinOp> {
    use syn::BinOp as B;
    Some(match op {
        B::Add(_) => BinOp::Add,
        B::Sub(_) => BinOp::Sub,
        B::Mul(_) => BinOp::Mul,
        B::Div(_) => BinOp::Div,
        B::Rem(_) => BinOp::Rem,
        B::Eq(_) => BinOp::Eq,
        B::Ne(_) => BinOp::Ne,
        B::Lt(_) => BinOp::Lt,
        B::Le(_) => BinOp::Le,
        B::Gt(_) => BinOp::Gt,
        B::Ge(_) => BinOp::Ge,
        B::And(_) => BinOp::And,
        B::Or(_) => BinOp::Or,
        B::BitAnd(_) => BinOp::BitAnd,
        B::BitOr(_) => BinOp::BitOr,
        B::BitXor(_) => BinOp::BitXor,
        B::Shl(_) => BinOp::Shl,
        B::Shr(_) => BinOp::Shr,
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
    pub fn new(vars: Vec<Var>, errors: &'e mut Errors, output: VarId, body: &syn::Block) -> Self {
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
        }
    }

    pub fn bind_param(&mut self, ident: &Ident, var: VarId) {
        self.scopes.bind(ident.to_string(), var);
    }

    /// Lowers the whole body; returns it with the variable table.
    pub fn lower_function_body(mut self, block: &syn::Block) -> (Block, Vec<Var>) {
        let body = self.lower_block(block, Place::Var(self.output));
        (body, self.vars)
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
            (_, syn::Expr::Loop(l)) => self.lower_loop(&syn::Expr::Loop(l.clone()), place),
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
                let init = local.init.as_ref().map(|i| self.lower_value(&i.expr));
                let var = self.new_var(p.ident.clone(), VarKind::Local, p.mutability.is_some(), ty);
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

    fn lower_exit(&mut self, e: &syn::Expr) {
        match e {
            syn::Expr::Return(r) => {
                match &r.expr {
                    Some(value) => {
                        let value = self.lower_value(value);
                        self.emit(Stmt::Assign {
                            var: self.output,
                            value,
                        });
                    }
                    None => self.errors.on(
                        r,
                        "`return` needs the function's value here: `return value;`",
                    ),
                }
                self.emit(Stmt::Return);
            }
            syn::Expr::Break(b) => {
                let Some(target) = self.loop_target(b.label.as_ref(), b) else {
                    return;
                };
                if let Some(value) = &b.expr {
                    let value = self.lower_value(value);
                    if let Some(var) = self
                        .loops
                        .iter()
                        .find(|l| l.id == target)
                        .and_then(|l| l.result)
                    {
                        self.emit(Stmt::Assign { var, value });
                    }
                }
                self.emit(Stmt::Break {
                    target,
                    label: b.label.clone(),
                });
            }
            syn::Expr::Continue(c) => {
                if let Some(target) = self.loop_target(c.label.as_ref(), c) {
                    self.emit(Stmt::Continue {
                        target,
                        label: c.label.clone(),
                    });
                }
            }
            _ => {}
        }
    }

    fn loop_target(
        &mut self,
        label: Option<&syn::Lifetime>,
        node: &dyn quote::ToTokens,
    ) -> Option<LoopId> {
        let found = match label {
            None => self.loops.last(),
            Some(l) => {
                let name = l.ident.to_string();
                self.loops
                    .iter()
                    .rev()
                    .find(|c| c.label.as_deref() == Some(name.as_str()))
            }
        };
        if found.is_none() {
            self.errors.on(
                node,
                "this `break`/`continue` has no enclosing loop it can refer to",
            );
        }
        found.map(|c| c.id)
    }

    fn lower_if(&mut self, i: &syn::ExprIf, place: Place) {
        if let syn::Expr::Let(l) = &*i.cond {
            let then = i.then_branch.clone();
            let els = i.else_branch.as_ref().map(|(_, e)| (**e).clone());
            return self.lower_if_let(l, then, els, place);
        }
        if contains_let(&i.cond) {
            self.errors.on(
                &i.cond,
                unsupported_expr(
                    "`let` chains",
                    "nest an `if let` inside an `if`, or use `match`",
                ),
            );
            return;
        }
        let cond = self.lower_cond(&i.cond);
        let then = self.lower_block(&i.then_branch, place);
        let els = match &i.else_branch {
            None => {
                if let Place::Var(_) = place {
                    self.errors
                        .on(i, "an `if` used as a value needs an `else` branch");
                }
                None
            }
            Some((_, e)) => Some(self.scoped(|this| this.lower_tail(e, place))),
        };
        self.emit(Stmt::If { cond, then, els });
    }

    fn lower_if_let(
        &mut self,
        l: &syn::ExprLet,
        then: syn::Block,
        els: Option<syn::Expr>,
        place: Place,
    ) {
        let scrutinee = self.lower_cond(&l.expr);
        let then_arm = self.scoped(|this| {
            this.bind_pattern(&l.pat);
            this.lower_stmts(&then.stmts, place);
        });
        let else_arm = self.scoped(|this| match &els {
            Some(e) => this.lower_tail(e, place),
            None => {
                if let Place::Var(_) = place {
                    this.errors
                        .on(l, "an `if let` used as a value needs an `else` branch");
                }
            }
        });
        let wild: syn::Pat = syn::parse_quote!(_);
        self.emit(Stmt::Match {
            scrutinee,
            arms: vec![
                Arm {
                    pat: (*l.pat).clone(),
                    guard: None,
                    body: then_arm,
                },
                Arm {
                    pat: wild,
                    guard: None,
                    body: else_arm,
                },
            ],
        });
    }

    fn lower_match(&mut self, m: &syn::ExprMatch, place: Place) {
        let scrutinee = self.lower_cond(&m.expr);
        let arms = m
            .arms
            .iter()
            .map(|arm| {
                let mut guard = None;
                let body = self.scoped(|this| {
                    this.bind_pattern(&arm.pat);
                    guard = arm.guard.as_ref().map(|(_, g)| this.lower_cond(g));
                    match &*arm.body {
                        syn::Expr::Block(b) if b.label.is_none() => {
                            this.lower_stmts(&b.block.stmts, place)
                        }
                        body => this.lower_tail(body, place),
                    }
                });
                Arm {
                    pat: arm.pat.clone(),
                    guard,
                    body,
                }
            })
            .collect();
        self.emit(Stmt::Match { scrutinee, arms });
    }

    fn lower_loop(&mut self, e: &syn::Expr, place: Place) {
        let (label, body) = match e {
            syn::Expr::ForLoop(f) => (f.label.as_ref(), &f.body),
            syn::Expr::While(w) => (w.label.as_ref(), &w.body),
            syn::Expr::Loop(l) => (l.label.as_ref(), &l.body),
            _ => return,
        };
        let label = label.map(|l| l.name.clone());
        let id = LoopId(self.loop_count);
        self.loop_count += 1;
        let head = match e {
            syn::Expr::ForLoop(f) => LoopHead::For {
                pat: (*f.pat).clone(),
                iter: self.lower_cond(&f.expr),
            },
            syn::Expr::While(w) => match &*w.cond {
                syn::Expr::Let(l) => return self.lower_while_let(id, label.as_ref(), l, body),
                cond => LoopHead::While(self.lower_cond(cond)),
            },
            _ => LoopHead::Loop,
        };
        let result = match place {
            Place::Var(var) if matches!(head, LoopHead::Loop) => Some(var),
            Place::Var(_) => {
                self.errors.on(
                    e,
                    "only `loop` has a value (given by `break value`); `for` and `while` do not",
                );
                None
            }
            Place::Discard => None,
        };
        self.loops.push(LoopCtx {
            id,
            label: label.as_ref().map(|l| l.ident.to_string()),
            result,
        });
        let body = self.scoped(|this| {
            if let LoopHead::For { pat, .. } = &head {
                this.bind_pattern(pat);
            }
            this.lower_stmts(&body.stmts, Place::Discard);
        });
        self.loops.pop();
        self.emit(Stmt::Loop(Loop {
            id,
            label,
            head,
            body,
        }));
    }

    fn lower_while_let(
        &mut self,
        id: LoopId,
        label: Option<&syn::Lifetime>,
        l: &syn::ExprLet,
        body: &syn::Block,
    ) {
        self.loops.push(LoopCtx {
            id,
            label: label.map(|l| l.ident.to_string()),
            result: None,
        });
        let scrutinee = self.lower_cond(&l.expr);
        let then_arm = self.scoped(|this| {
            this.bind_pattern(&l.pat);
            this.lower_stmts(&body.stmts, Place::Discard);
        });
        let else_arm = Block {
            stmts: vec![Stmt::Break {
                target: id,
                label: label.cloned(),
            }],
        };
        self.loops.pop();
        let wild: syn::Pat = syn::parse_quote!(_);
        let body = Block {
            stmts: vec![Stmt::Match {
                scrutinee,
                arms: vec![
                    Arm {
                        pat: (*l.pat).clone(),
                        guard: None,
                        body: then_arm,
                    },
                    Arm {
                        pat: wild,
                        guard: None,
                        body: else_arm,
                    },
                ],
            }],
        };
        self.emit(Stmt::Loop(Loop {
            id,
            label: label.cloned(),
            head: LoopHead::Loop,
            body,
        }));
    }

    /// A passive expression (condition, scrutinee, iterator), kept as written.
    fn lower_cond(&mut self, e: &syn::Expr) -> Expr {
        if let Some(message) = unsupported_message(e) {
            self.errors.on(e, message);
        }
        Expr::Host(self.host_expr(e))
    }

    /// An expression whose value is used.
    fn lower_value(&mut self, e: &syn::Expr) -> Expr {
        match e {
            syn::Expr::Lit(l) => Expr::Lit(l.lit.clone()),
            syn::Expr::Path(p) => match p.path.get_ident().filter(|_| p.qself.is_none()) {
                Some(i) => match self.scopes.resolve(&i.to_string()) {
                    Some(v) => Expr::Var(v),
                    None => Expr::Host(self.host_expr(e)),
                },
                None => Expr::Host(self.host_expr(e)),
            },
            syn::Expr::Paren(p) => self.lower_value(&p.expr),
            syn::Expr::Group(g) => self.lower_value(&g.expr),
            syn::Expr::Unary(u) => match u.op {
                syn::UnOp::Neg(_) => Expr::Unary(UnOp::Neg, Box::new(self.lower_value(&u.expr))),
                syn::UnOp::Not(_) => Expr::Unary(UnOp::Not, Box::new(self.lower_value(&u.expr))),
                _ => Expr::Host(self.host_expr(e)),
            },
            syn::Expr::Binary(b) => match binary_op(&b.op) {
                Some(op @ (BinOp::And | BinOp::Or)) => {
                    let (l, r) = (self.lower_cond(&b.left), self.lower_cond(&b.right));
                    Expr::Binary(op, Box::new(l), Box::new(r))
                }
                Some(op) => {
                    let l = self.lower_value(&b.left);
                    let r = self.lower_value(&b.right);
                    Expr::Binary(op, Box::new(l), Box::new(r))
                }
                None => {
                    self.errors.on(
                        b,
                        unsupported_expr(
                            "assignment inside an expression",
                            "write the assignment as its own statement",
                        ),
                    );
                    Expr::Host(self.host_expr(e))
                }
            },
            syn::Expr::Cast(c) => Expr::Cast(Box::new(self.lower_value(&c.expr)), c.ty.clone()),
            syn::Expr::Call(c) => self.lower_call(c, e),
            syn::Expr::MethodCall(m) => self.lower_method_call(m),
            syn::Expr::Index(i) => {
                let base = self.lower_value(&i.expr);
                let index = self.lower_value(&i.index);
                Expr::Index(Box::new(base), Box::new(index))
            }
            syn::Expr::If(_) | syn::Expr::Match(_) | syn::Expr::Loop(_) => self.hoist(e),
            syn::Expr::Block(b) if b.label.is_none() => self.hoist(e),
            syn::Expr::Return(_) | syn::Expr::Break(_) | syn::Expr::Continue(_) => {
                self.lower_exit(e);
                Expr::Host(self.host_expr(&syn::parse_quote!(unreachable!())))
            }
            other => match unsupported_message(other) {
                Some(message) => {
                    self.errors.on(other, message);
                    Expr::Lit(syn::parse_quote!(0.0))
                }
                None => Expr::Host(self.host_expr(other)),
            },
        }
    }

    /// Lowers a control-flow expression into statements writing a new
    /// temporary, and reads the temporary.
    fn hoist(&mut self, e: &syn::Expr) -> Expr {
        let temp = self.temp();
        self.emit(Stmt::Let {
            var: temp,
            init: None,
        });
        self.lower_tail(e, Place::Var(temp));
        Expr::Var(temp)
    }

    fn lower_args(
        &mut self,
        args: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>,
    ) -> Vec<Expr> {
        args.iter().map(|a| self.lower_value(a)).collect()
    }

    fn lower_call(&mut self, c: &syn::ExprCall, whole: &syn::Expr) -> Expr {
        let syn::Expr::Path(p) = &*c.func else {
            return Expr::Host(self.host_expr(whole));
        };
        let segments: Vec<String> = p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        let is_float_path = segments.len() >= 2
            && matches!(segments[segments.len() - 2].as_str(), "f64" | "f32")
            && p.qself.is_none();
        if let (true, Some(rule)) = (
            is_float_path,
            segments.last().and_then(|n| rules::lookup(n)),
        ) {
            let args = self.lower_args(&c.args);
            return self.rule_call(rule, args, c);
        }
        let args = self.lower_args(&c.args);
        Expr::Call(Box::new(Call {
            callee: Callee::Path(p.path.clone()),
            args,
            span: c.func.span(),
            variant: CallVariant::Primal,
        }))
    }

    /// `rule(args)`, or a passive placeholder after reporting a wrong
    /// number of operands (so that no later stage sees a malformed rule).
    fn rule_call(
        &mut self,
        rule: &'static rules::RuleDef,
        args: Vec<Expr>,
        node: &dyn quote::ToTokens,
    ) -> Expr {
        if args.len() == rule.args.len() {
            return Expr::Rule(rule, args);
        }
        self.errors.on(
            node,
            format!(
                "`{}` takes {} operand(s) counting the receiver, found {}",
                rule.name,
                rule.args.len(),
                args.len()
            ),
        );
        Expr::Lit(syn::parse_quote!(0.0))
    }

    fn lower_method_call(&mut self, m: &syn::ExprMethodCall) -> Expr {
        let name = m.method.to_string();
        let receiver_is_self =
            matches!(&*m.receiver, syn::Expr::Path(p) if p.path.is_ident("self"));
        if receiver_is_self {
            let args = self.lower_args(&m.args);
            return Expr::Call(Box::new(Call {
                callee: Callee::SelfMethod(m.method.clone(), m.turbofish.clone()),
                args,
                span: m.method.span(),
                variant: CallVariant::Primal,
            }));
        }
        let receiver = self.lower_value(&m.receiver);
        let args = self.lower_args(&m.args);
        match rules::lookup(&name) {
            Some(rule) if m.turbofish.is_none() => {
                let mut all = vec![receiver];
                all.extend(args);
                self.rule_call(rule, all, m)
            }
            _ => Expr::Method(Box::new(receiver), m.method.clone(), args),
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

fn contains_let(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Let(_) => true,
        syn::Expr::Binary(b) => contains_let(&b.left) || contains_let(&b.right),
        syn::Expr::Paren(p) => contains_let(&p.expr),
        _ => false,
    }
}

/// The message for expressions outside the subset, wherever they appear.
fn unsupported_message(e: &syn::Expr) -> Option<String> {
    let (what, instead) = match e {
        syn::Expr::Closure(_) => (
            "closures",
            "write the closure body as a separate #[differentiate] function",
        ),
        syn::Expr::Async(_) | syn::Expr::Await(_) => {
            ("async code", "differentiate a synchronous function")
        }
        syn::Expr::TryBlock(_) | syn::Expr::Try(_) => (
            "the `?` operator and try blocks",
            "handle errors outside the differentiated function",
        ),
        syn::Expr::Yield(_) => ("`yield`", "write a loop"),
        syn::Expr::Unsafe(_) => (
            "unsafe blocks",
            "move unsafe code into a passive helper function",
        ),
        syn::Expr::Let(_) => ("`let` in this position", "use `if let` or `match`"),
        syn::Expr::Const(_) => ("inline const blocks", "declare a `const` item"),
        syn::Expr::Assign(_) => (
            "assignment inside an expression",
            "write the assignment as its own statement",
        ),
        _ => return None,
    };
    Some(unsupported_expr(what, instead))
}
