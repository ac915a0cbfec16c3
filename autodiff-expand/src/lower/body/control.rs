//! Lowering of branches, loops and exits: `if`, `if let`, `match`, `for`,
//! `while`, `while let`, `loop`, `break`, `continue`, `return`.

use super::*;

impl Lowerer<'_> {
    pub(super) fn lower_exit(&mut self, e: &syn::Expr) {
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

    pub(super) fn loop_target(
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

    pub(super) fn lower_if(&mut self, i: &syn::ExprIf, place: Place) {
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

    pub(super) fn lower_if_let(
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
        self.emit(let_match(scrutinee, &l.pat, then_arm, else_arm));
    }

    pub(super) fn lower_match(&mut self, m: &syn::ExprMatch, place: Place) {
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

    pub(super) fn lower_loop(&mut self, e: &syn::Expr, place: Place) {
        if let (Place::Var(_), syn::Expr::ForLoop(_) | syn::Expr::While(_)) = (place, e) {
            self.errors.on(
                e,
                "a `for` or `while` loop has no value, but a value is needed here; end the block \
                 with the value after the loop (only `loop` has a value, given by `break value`)",
            );
            return self.lower_loop(e, Place::Discard);
        }
        if let syn::Expr::ForLoop(f) = e {
            if let Some(rewritten) = self.rewrite_for(f) {
                return self.lower_tail(&rewritten, place);
            }
        }
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
            Place::Var(var) => Some(var),
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

    pub(super) fn lower_while_let(
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
        let body = Block {
            stmts: vec![let_match(scrutinee, &l.pat, then_arm, else_arm)],
        };
        self.emit(Stmt::Loop(Loop {
            id,
            label: label.cloned(),
            head: LoopHead::Loop,
            body,
        }));
    }
}

/// `match scrutinee { pat => then, _ => els }`, the form of `if let` and `while let`.
fn let_match(scrutinee: Expr, pat: &syn::Pat, then: Block, els: Block) -> Stmt {
    let arm = |pat: syn::Pat, body: Block| Arm {
        pat,
        guard: None,
        body,
    };
    Stmt::Match {
        scrutinee,
        arms: vec![arm(pat.clone(), then), arm(syn::parse_quote!(_), els)],
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
