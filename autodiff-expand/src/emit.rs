//! The last stage: IR back to Rust tokens.
//!
//! One printer serves every generated body (tangent program, forward sweep,
//! trace); the backward sweep uses it for expressions. What differs between
//! them is given as context: how a variable is named, and which companion a
//! call goes to.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use std::collections::HashSet;
use syn::ext::IdentExt;

use crate::ir::*;
use crate::paths;

/// The generated companion of function `name` for `kind` (`jvp`, `fwd`,
/// `bwd`, `trace`, ...): `name__kind`, spanned where `name` is written so
/// that a call of a function without `#[differentiate]` is reported at the
/// call as "cannot find function `name__kind`". The name is kept short so
/// that rustc does not suggest the companions of other functions instead.
pub fn companion(kind: &str, name: &Ident) -> Ident {
    Ident::new(&format!("{}__{kind}", name.unraw()), name.span())
}

/// The active float type as tokens.
pub fn scalar_tokens(scalar: FloatTy) -> TokenStream {
    match scalar {
        FloatTy::F64 => quote!(f64),
        FloatTy::F32 => quote!(f32),
    }
}

/// Printing context.
pub struct Emit<'a> {
    pub func: &'a Function,
    pub naming: &'a dyn Fn(VarId) -> Ident,
    pub tape: Ident,
    pub recorder: Ident,
    assigned: HashSet<VarId>,
}

/// The identifier of the tape parameter in generated sweeps.
pub fn tape_ident() -> Ident {
    Ident::new("__autodiff_tape", Span::mixed_site())
}

/// The identifier of the recorder parameter in generated traces.
pub fn recorder_ident() -> Ident {
    Ident::new("__autodiff_rec", Span::mixed_site())
}

fn collect_assigned(block: &Block, out: &mut HashSet<VarId>) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign { var, .. } => {
                out.insert(*var);
            }
            _ => for_each_child_block(stmt, &mut |b| collect_assigned(b, out)),
        }
    }
}

impl<'a> Emit<'a> {
    pub fn new(func: &'a Function, naming: &'a dyn Fn(VarId) -> Ident) -> Self {
        let mut assigned = HashSet::new();
        collect_assigned(&func.body, &mut assigned);
        Emit {
            func,
            naming,
            tape: tape_ident(),
            recorder: recorder_ident(),
            assigned,
        }
    }

    /// A printer for expressions only (no declarations to decide on).
    pub fn for_exprs(func: &'a Function, naming: &'a dyn Fn(VarId) -> Ident) -> Self {
        Emit {
            func,
            naming,
            tape: tape_ident(),
            recorder: recorder_ident(),
            assigned: HashSet::new(),
        }
    }

    fn scalar(&self) -> TokenStream {
        scalar_tokens(self.func.scalar)
    }

    fn name(&self, v: VarId) -> Ident {
        (self.naming)(v)
    }

    pub fn block(&self, block: &Block) -> TokenStream {
        let stmts = block.stmts.iter().map(|s| self.stmt(s));
        quote!(#(#stmts)*)
    }

    fn mutability(&self, v: VarId) -> TokenStream {
        let var = self.func.var(v);
        let user = matches!(var.kind, VarKind::Local | VarKind::Param | VarKind::Bound);
        if var.mutable || (!user && self.assigned.contains(&v)) {
            quote!(mut)
        } else {
            quote!()
        }
    }

    pub fn stmt(&self, stmt: &Stmt) -> TokenStream {
        match stmt {
            Stmt::Let { var, init } => {
                let name = self.name(*var);
                let mutability = self.mutability(*var);
                let ty = self.func.var(*var).ty.as_ref().map(|t| quote!(: #t));
                match init {
                    Some(e) => {
                        let e = self.expr(e);
                        quote!(let #mutability #name #ty = #e;)
                    }
                    None => quote!(let #mutability #name #ty;),
                }
            }
            Stmt::Assign { var, value } => {
                let name = self.name(*var);
                let value = self.expr(value);
                quote!(#name = #value;)
            }
            Stmt::Host(h) => h.stmt.to_token_stream(),
            Stmt::If { cond, then, els } => {
                let cond = self.expr(cond);
                let then = self.block(then);
                let els = els.as_ref().map(|b| {
                    let b = self.block(b);
                    quote!(else { #b })
                });
                quote!(if #cond { #then } #els)
            }
            Stmt::Match { scrutinee, arms } => {
                let scrutinee = self.expr(scrutinee);
                let arms = arms.iter().map(|a| {
                    let pat = &a.pat;
                    let guard = a.guard.as_ref().map(|g| {
                        let g = self.expr(g);
                        quote!(if #g)
                    });
                    let body = self.block(&a.body);
                    quote!(#pat #guard => { #body })
                });
                quote!(match #scrutinee { #(#arms)* })
            }
            Stmt::Loop(l) => {
                let label = l.label.as_ref().map(|l| quote!(#l:));
                let body = self.block(&l.body);
                match &l.head {
                    LoopHead::For { pat, iter } => {
                        let iter = self.expr(iter);
                        quote!(#label for #pat in #iter { #body })
                    }
                    LoopHead::While(cond) => {
                        let cond = self.expr(cond);
                        quote!(#label while #cond { #body })
                    }
                    LoopHead::Loop => quote!(#label loop { #body }),
                }
            }
            Stmt::Break { label, .. } => quote!(break #label;),
            Stmt::Continue { label, .. } => quote!(continue #label;),
            Stmt::Return => {
                let outputs = self.outputs();
                quote!(return #outputs;)
            }
            Stmt::Block(b) => {
                let b = self.block(b);
                quote!({ #b })
            }
            Stmt::Push(e) => {
                let (tape, e) = (&self.tape, self.expr(e));
                quote!(#tape.push(#e);)
            }
            Stmt::PushControl(e) => {
                let (tape, e) = (&self.tape, self.expr(e));
                quote!(#tape.push_control((#e) as usize);)
            }
            Stmt::CallPair {
                first,
                second,
                call,
            } => {
                let (first_mut, second_mut) = (self.mutability(*first), self.mutability(*second));
                let (first, second) = (self.name(*first), self.name(*second));
                let call = self.expr(call);
                quote!(let (#first_mut #first, #second_mut #second) = #call;)
            }
            Stmt::TraceOp(op) => self.trace_op(op),
            Stmt::Store {
                buffer,
                index,
                value,
            } => {
                let (buffer, value) = (self.name(*buffer), self.expr(value));
                match index {
                    Some(k) => {
                        let k = self.expr(k);
                        quote!(#buffer[#k] = #value;)
                    }
                    None => quote!(#buffer.push(#value);),
                }
            }
        }
    }

    fn new_buffer(&self, b: &NewBuffer) -> TokenStream {
        match b {
            NewBuffer::Repeat { fill, len, array } => {
                let (fill, len) = (self.expr(fill), self.expr(len));
                if *array {
                    quote!([#fill; #len])
                } else {
                    quote!(::std::vec![#fill; #len])
                }
            }
            NewBuffer::List { elems, ctor } => {
                let elems = elems.iter().map(|e| self.expr(e));
                match ctor {
                    ListCtor::Vec => quote!(::std::vec![#(#elems),*]),
                    ListCtor::Array => quote!([#(#elems),*]),
                    ListCtor::Nalgebra(path) => quote!(#path(#(#elems),*)),
                }
            }
            NewBuffer::Empty { capacity: None } => quote!(::std::vec::Vec::new()),
            NewBuffer::Empty { capacity: Some(n) } => {
                let n = self.expr(n);
                quote!(::std::vec::Vec::with_capacity(#n))
            }
            NewBuffer::Zeros { path, len } => {
                let len = len.as_ref().map(|n| self.expr(n));
                quote!(#path(#len))
            }
            NewBuffer::ZerosLike(v) => {
                // Method syntax, so that a `&DVector` parameter derefs.
                let (v, private) = (self.name(*v), paths::private());
                quote!({ use #private::ZerosLike as _; #v.zeros_like() })
            }
        }
    }

    fn trace_op(&self, op: &TraceOp) -> TokenStream {
        let operand = self.name(op.operand);
        let name = op.op;
        let args = op.args.iter().map(|a| self.expr(a));
        let value = self.expr(&op.value);
        let partials = op.partials.iter().map(|p| {
            let p = self.expr(p);
            quote!((#p) as f64)
        });
        let rec = &self.recorder;
        quote!(let #operand = #rec.op(#name, &[#(#args),*], (#value) as f64, &[#(#partials),*]);)
    }

    /// The function's result: its output slot, or a tuple of them.
    pub fn outputs(&self) -> TokenStream {
        let names: Vec<Ident> = self.func.outputs.iter().map(|o| self.name(*o)).collect();
        match names.as_slice() {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        }
    }

    pub fn expr(&self, e: &Expr) -> TokenStream {
        match e {
            Expr::Lit(l) => l.to_token_stream(),
            Expr::Var(v) => self.name(*v).to_token_stream(),
            Expr::Unary(op, a) => {
                let a = self.expr(a);
                match op {
                    UnOp::Neg => quote!((-#a)),
                    UnOp::Not => quote!((!#a)),
                    UnOp::Ref => quote!((&#a)),
                }
            }
            Expr::Binary(op, a, b) => {
                let (a, b) = (self.expr(a), self.expr(b));
                let op = bin_op_tokens(*op);
                quote!((#a #op #b))
            }
            Expr::Cast(a, ty) => {
                let a = self.expr(a);
                quote!((#a as #ty))
            }
            Expr::CastScalar(a) => {
                let (a, s) = (self.expr(a), self.scalar());
                quote!((#a as #s))
            }
            Expr::Ascribe(a, ty) => {
                let (a, ty) = (self.expr(a), scalar_tokens(*ty));
                quote!(::core::convert::identity::<#ty>(#a))
            }
            Expr::ScalarConst(name) => {
                let (s, name) = (self.scalar(), format_ident!("{}", name));
                quote!(::core::#s::consts::#name)
            }
            Expr::Rule(rule, args) => {
                let method = format_ident!("{}", rule.name);
                let receiver = args.first().map(|a| self.expr(a));
                let rest = args.iter().skip(1).map(|a| self.expr(a));
                quote!(#receiver.#method(#(#rest),*))
            }
            Expr::Select(c, a, b) => {
                let (c, a, b) = (self.expr(c), self.expr(a), self.expr(b));
                quote!((if #c { #a } else { #b }))
            }
            Expr::Call(call) => self.call(call, &[]),
            Expr::Method(receiver, method, args) => {
                let receiver = self.expr(receiver);
                let args = args.iter().map(|a| self.expr(a));
                quote!(#receiver.#method(#(#args),*))
            }
            Expr::Index(base, index) => {
                // The tangent of a vector parameter (see `VarKind::Derived`).
                let tangent = matches!(&**base, Expr::Var(v)
                    if self.func.var(*v).kind == VarKind::Derived && !self.func.is_buffer(*v));
                let (base, index) = (self.expr(base), self.expr(index));
                if tangent {
                    quote!(#base.at(#index))
                } else {
                    quote!(#base[#index])
                }
            }
            Expr::Host(h) => {
                let e = &h.expr;
                quote!((#e))
            }
            Expr::Default => quote!(::core::default::Default::default()),
            Expr::Convert { value, integer } => {
                let (value, private) = (self.expr(value), paths::private());
                let target = if *integer { quote!(i32) } else { self.scalar() };
                quote!(<#target as #private::FromPassive<_>>::from_passive(#value))
            }
            Expr::Barrier(a) => {
                let (a, private) = (self.expr(a), paths::private());
                quote!(#private::Barrier::opaque(#a))
            }
            Expr::NewBuffer(b) => self.new_buffer(b),
            Expr::LendTangent(v) => {
                let (v, private) = (self.name(*v), paths::private());
                quote!(#private::VecTangent::of(&#v))
            }
            Expr::TraceConst(a) => {
                let (a, private) = (self.expr(a), paths::private());
                quote!(#private::Operand::Const((#a) as f64))
            }
        }
    }

    /// A call of the primal function or of the companion its variant names,
    /// with `extra` arguments after the primal ones.
    pub fn call(&self, call: &Call, extra: &[Expr]) -> TokenStream {
        let mut args: Vec<TokenStream> = call.args.iter().map(|a| self.expr(a)).collect();
        args.extend(extra.iter().map(|a| self.expr(a)));
        let kind = match call.variant {
            CallVariant::Primal => None,
            CallVariant::Forward => {
                let tape = &self.tape;
                args.push(quote!(#tape));
                Some("fwd")
            }
            CallVariant::Jvp => Some("jvp"),
            CallVariant::JvpForward => {
                let tape = &self.tape;
                args.push(quote!(#tape));
                Some("jvp_fwd")
            }
            CallVariant::Trace => {
                let rec = &self.recorder;
                args.push(quote!(#rec));
                Some("trace")
            }
        };
        let callee = callee_tokens(&call.callee, kind, false);
        quote_spanned!(call.span=> #callee(#(#args),*))
    }
}

/// The callee of a call, renamed to its companion for `kind`. With
/// `associated`, a method on `self` is named as `Self::companion` (for the
/// backward sweep, which takes no receiver).
pub fn callee_tokens(callee: &Callee, kind: Option<&str>, associated: bool) -> TokenStream {
    match callee {
        Callee::Path(path) => {
            let mut path = path.clone();
            if let (Some(kind), Some(last)) = (kind, path.segments.last_mut()) {
                last.ident = companion(kind, &last.ident);
            }
            path.to_token_stream()
        }
        Callee::SelfMethod(name, turbofish) => {
            let name = match kind {
                Some(kind) => companion(kind, name),
                None => name.clone(),
            };
            let turbofish = turbofish.as_ref().map(|t| quote!(::#t));
            if associated {
                quote!(Self::#name #turbofish)
            } else {
                quote!(self.#name #turbofish)
            }
        }
    }
}

fn bin_op_tokens(op: BinOp) -> TokenStream {
    match op {
        BinOp::Add => quote!(+),
        BinOp::Sub => quote!(-),
        BinOp::Mul => quote!(*),
        BinOp::Div => quote!(/),
        BinOp::Rem => quote!(%),
        BinOp::Eq => quote!(==),
        BinOp::Ne => quote!(!=),
        BinOp::Lt => quote!(<),
        BinOp::Le => quote!(<=),
        BinOp::Gt => quote!(>),
        BinOp::Ge => quote!(>=),
        BinOp::And => quote!(&&),
        BinOp::Or => quote!(||),
        BinOp::BitAnd => quote!(&),
        BinOp::BitOr => quote!(|),
        BinOp::BitXor => quote!(^),
        BinOp::Shl => quote!(<<),
        BinOp::Shr => quote!(>>),
    }
}
