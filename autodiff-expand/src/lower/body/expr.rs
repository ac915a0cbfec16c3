//! Lowering of expressions: values (with control flow hoisted into
//! statements), passive conditions, calls and methods.

use super::*;

impl Lowerer<'_> {
    /// A passive expression (condition, scrutinee, iterator), kept as written.
    pub(super) fn lower_cond(&mut self, e: &syn::Expr) -> Expr {
        if let Some(message) = unsupported_message(e) {
            self.errors.on(e, message);
        }
        Expr::Host(self.host_expr(e))
    }

    /// An expression whose value is used.
    pub(super) fn lower_value(&mut self, e: &syn::Expr) -> Expr {
        if let Some(read) = self.buffer_value(e).or_else(|| self.vector_value(e)) {
            return read;
        }
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
    pub(super) fn hoist(&mut self, e: &syn::Expr) -> Expr {
        let temp = self.temp();
        self.emit(Stmt::Let {
            var: temp,
            init: None,
        });
        self.lower_tail(e, Place::Var(temp));
        Expr::Var(temp)
    }

    pub(super) fn lower_args(
        &mut self,
        args: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>,
    ) -> Vec<Expr> {
        args.iter().map(|a| self.lower_arg(a)).collect()
    }

    /// A call argument: `&v` of a vector parameter `v` stays a borrow of the
    /// variable (so that its tangent and adjoint go along to the callee);
    /// everything else is a value.
    fn lower_arg(&mut self, a: &syn::Expr) -> Expr {
        if let syn::Expr::Reference(r) = a {
            let borrowed = match &*r.expr {
                syn::Expr::Path(p) if p.qself.is_none() && r.mutability.is_none() => p
                    .path
                    .get_ident()
                    .and_then(|i| self.scopes.resolve(&i.to_string()))
                    .filter(|v| self.is_vector(*v)),
                _ => None,
            };
            if let Some(v) = borrowed {
                return Expr::Unary(UnOp::Ref, Box::new(Expr::Var(v)));
            }
        }
        self.lower_value(a)
    }

    pub(super) fn lower_call(&mut self, c: &syn::ExprCall, whole: &syn::Expr) -> Expr {
        let syn::Expr::Path(p) = &*c.func else {
            return Expr::Host(self.host_expr(whole));
        };
        // A function declared in the body has no generated companions: its
        // calls run as written, and must be passive.
        let local = p.path.segments.first().map(|s| s.ident.to_string());
        if local.is_some_and(|name| self.local_items.contains(&name)) {
            return Expr::Host(self.host_expr(whole));
        }
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
            let mut args = self.lower_args(&c.args);
            // Emitted as a method call, the receiver keeps the type the path
            // gives it: a literal, a local bound to one or an element of a
            // `vec![0.0; n]` has none of its own (`0.5.abs()` does not compile).
            let ty = match segments[segments.len() - 2].as_str() {
                "f32" => FloatTy::F32,
                _ => FloatTy::F64,
            };
            if let Some(receiver) = args.first_mut() {
                // A local the path gives its type to keeps it in the generated
                // code, where its first use may be a method call on it.
                if let Expr::Var(v) = receiver {
                    let var = &mut self.vars[v.0];
                    if var.kind == VarKind::Local && var.ty.is_none() {
                        var.ty = Some(crate::transform::scalar_type(ty));
                    }
                }
                let value = std::mem::replace(receiver, Expr::Default);
                *receiver = Expr::Ascribe(Box::new(value), ty);
            }
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
    pub(super) fn rule_call(
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

    pub(super) fn lower_method_call(&mut self, m: &syn::ExprMethodCall) -> Expr {
        if let Some(rewritten) = self.rewrite_reduction(m) {
            return self.lower_value(&rewritten);
        }
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

/// The message for expressions outside the subset, wherever they appear.
pub(super) fn unsupported_message(e: &syn::Expr) -> Option<String> {
    let (what, instead) = match e {
        syn::Expr::Closure(_) => (
            "closures, except as the argument of `.map(..)` or `.fold(..)` in an iterator chain \
             over a vector parameter (`x.iter().map(|v| v * v).sum()`), without `return` or `?`",
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
