//! Which variables of a generated function hold values of `Copy` types, as
//! far as the syntax tells: those can be passed to an outlined closure by
//! value (and handed back), the others are left to the closure to capture.
//!
//! The macro does not know the types of locals; it knows the parameters'
//! types, the annotations it writes itself, and the expressions that only
//! compile on `Copy` values (reading an element by index, arithmetic on
//! floats). A name is counted as `Copy` only if every binding of it is.

use std::collections::{BTreeMap, BTreeSet};

use syn::visit::{self, Visit};
use syn::{Expr, FnArg, Pat, ReturnType, Stmt, Type};

use super::scan::bindings;
use crate::{activity, rules};

/// The facts about the variables of one function.
pub struct Kinds {
    /// Names every binding of which is known to be `Copy`.
    pub copy: BTreeSet<String>,
    /// Parameters of type `&mut T`, passed on as reborrows.
    pub exclusive: BTreeSet<String>,
    /// Names with a binding declared without a value (`let x;`), which a
    /// closure can neither capture nor take before they are assigned.
    pub late: BTreeSet<String>,
    /// Every name bound anywhere in the function.
    pub locals: BTreeSet<String>,
    /// The names bound more than once (a parameter that a `let` shadows, for
    /// one): which binding a use of them reads depends on where it is.
    pub rebound: BTreeSet<String>,
    /// The function's tape parameter, if it has one, with the variables
    /// that can go through its spill stacks.
    pub tape: Option<TapeKinds>,
}

/// The tape parameter of a sweep (`__autodiff_tape: &mut Tape<S>`) and the
/// variables that `Tape::spill` and `Tape::spill_buffer` can keep.
pub struct TapeKinds {
    pub ident: syn::Ident,
    /// The tokens of the scalar type `S`.
    pub scalar: String,
    /// The names every binding of which is declared with the scalar type `S`.
    pub floats: BTreeSet<String>,
    /// The names every binding of which holds the adjoints of a vector
    /// (`AdjointBuffer::<S>::new()` or taken back from the tape).
    pub buffers: BTreeSet<String>,
}

impl TapeKinds {
    /// Whether the spill stacks can keep `v`.
    pub fn spillable(&self, v: &str) -> bool {
        self.floats.contains(v) || self.buffers.contains(v)
    }

    /// `tape.spill(v);`, or `tape.spill_buffer(v);` for the adjoints of a
    /// vector.
    pub fn spill(&self, v: &syn::Ident) -> Stmt {
        let tape = &self.ident;
        match self.buffers.contains(&v.to_string()) {
            true => syn::parse_quote!(#tape.spill_buffer(#v);),
            false => syn::parse_quote!(#tape.spill(#v);),
        }
    }

    /// `v = tape.unspill();`, or `v = tape.unspill_buffer();` for the
    /// adjoints of a vector, which if `rebind` come back in a binding of
    /// their own (`let mut v = ...`).
    pub fn unspill(&self, v: &syn::Ident, rebind: bool) -> Stmt {
        let tape = &self.ident;
        match (self.buffers.contains(&v.to_string()), rebind) {
            (true, true) => syn::parse_quote!(let mut #v = #tape.unspill_buffer();),
            (true, false) => syn::parse_quote!(#v = #tape.unspill_buffer();),
            (false, _) => syn::parse_quote!(#v = #tape.unspill();),
        }
    }
}

/// The tape parameter's name and the tokens of its scalar type.
fn tape_param(sig: &syn::Signature) -> Option<(syn::Ident, String)> {
    sig.inputs.iter().find_map(|input| {
        let FnArg::Typed(t) = input else { return None };
        let Pat::Ident(p) = &*t.pat else { return None };
        if p.ident != "__autodiff_tape" {
            return None;
        }
        let Type::Reference(r) = &*t.ty else {
            return None;
        };
        let Type::Path(path) = &*r.elem else {
            return None;
        };
        let last = path.path.segments.last()?;
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return None;
        };
        match (last.ident == "Tape", args.args.first()) {
            (true, Some(syn::GenericArgument::Type(scalar))) => {
                Some((p.ident.clone(), quote::quote!(#scalar).to_string()))
            }
            _ => None,
        }
    })
}

/// The kinds of the variables of `item`.
pub fn kinds(item: &syn::ItemFn) -> Kinds {
    let mut found = Bindings {
        name: item.sig.ident.to_string(),
        output: match &item.sig.output {
            ReturnType::Type(_, ty) => Some((**ty).clone()),
            ReturnType::Default => None,
        },
        inits: BTreeMap::new(),
        late: BTreeSet::new(),
    };
    let mut exclusive = BTreeSet::new();
    for input in &item.sig.inputs {
        if let FnArg::Typed(t) = input {
            for (ident, _) in bindings(&t.pat) {
                let init = match &*t.ty {
                    Type::Reference(r) if r.mutability.is_some() => {
                        exclusive.insert(ident.to_string());
                        Init::Unknown
                    }
                    ty => Init::Typed(ty.clone()),
                };
                found.add(&ident, init);
            }
        }
    }
    found.visit_block(&item.block);
    let locals: BTreeSet<String> = found.inits.keys().cloned().collect();
    let rebound = found
        .inits
        .iter()
        .filter(|(_, inits)| inits.len() > 1)
        .map(|(name, _)| name.clone())
        .collect();
    let mut copy = BTreeSet::new();
    loop {
        let next: BTreeSet<String> = found
            .inits
            .iter()
            .filter(|(_, inits)| inits.iter().all(|i| found.is_copy(i, &copy)))
            .map(|(name, _)| name.clone())
            .collect();
        if next == copy {
            break;
        }
        copy = next;
    }
    let tape = tape_param(&item.sig).map(|(ident, scalar)| {
        let every = |is: &dyn Fn(&Init) -> bool| -> BTreeSet<String> {
            found
                .inits
                .iter()
                .filter(|(_, inits)| inits.iter().all(is))
                .map(|(name, _)| name.clone())
                .collect()
        };
        TapeKinds {
            floats: every(
                &|i| matches!(i, Init::Typed(ty) if quote::quote!(#ty).to_string() == scalar),
            ),
            buffers: every(&|i| {
                matches!(i, Init::Value(Expr::Call(c)) if super::empty_adjoints(c))
                    || matches!(i, Init::Value(Expr::MethodCall(m)) if m.method == "unspill_buffer")
            }),
            ident,
            scalar,
        }
    });
    Kinds {
        copy,
        exclusive,
        late: found.late,
        locals,
        rebound,
        tape,
    }
}

/// How a binding gets its value.
enum Init {
    /// Declared with a type.
    Typed(Type),
    /// From an expression.
    Value(Expr),
    /// Component `index` of a tuple-valued expression.
    Component(Expr, usize),
    /// Anything else: a pattern of a `match`, a `for`, a closure.
    Unknown,
}

struct Bindings {
    name: String,
    output: Option<Type>,
    inits: BTreeMap<String, Vec<Init>>,
    late: BTreeSet<String>,
}

impl Bindings {
    fn add(&mut self, ident: &syn::Ident, init: Init) {
        self.inits.entry(ident.to_string()).or_default().push(init);
    }

    fn is_copy(&self, init: &Init, copy: &BTreeSet<String>) -> bool {
        match init {
            Init::Typed(ty) => copy_type(ty),
            Init::Value(e) => self.copy_expr(e, copy),
            Init::Component(e, index) => match self.tuple_type(e) {
                Some(Type::Tuple(t)) => t.elems.iter().nth(*index).is_some_and(copy_type),
                _ => match e {
                    Expr::Tuple(t) => t
                        .elems
                        .iter()
                        .nth(*index)
                        .is_some_and(|e| self.copy_expr(e, copy)),
                    _ => false,
                },
            },
            Init::Unknown => false,
        }
    }

    /// The type of `e` if it is a call of the function itself.
    fn tuple_type(&self, e: &Expr) -> Option<Type> {
        match e {
            Expr::Call(c) => match &*c.func {
                Expr::Path(p) if p.path.segments.last()?.ident == self.name => self.output.clone(),
                _ => None,
            },
            Expr::MethodCall(m) if m.method == self.name => self.output.clone(),
            _ => None,
        }
    }

    fn copy_expr(&self, e: &Expr, copy: &BTreeSet<String>) -> bool {
        match e {
            Expr::Lit(_) | Expr::Cast(_) | Expr::Index(_) => true,
            Expr::Path(p) => p
                .path
                .get_ident()
                .is_some_and(|i| copy.contains(&i.to_string())),
            Expr::Paren(p) => self.copy_expr(&p.expr, copy),
            Expr::Group(g) => self.copy_expr(&g.expr, copy),
            Expr::Reference(r) => r.mutability.is_none(),
            Expr::Field(f) => self.copy_expr(&f.base, copy),
            Expr::Tuple(t) => t.elems.iter().all(|e| self.copy_expr(e, copy)),
            Expr::Unary(u) => !matches!(u.op, syn::UnOp::Deref(_)) && self.copy_expr(&u.expr, copy),
            Expr::Binary(b) => {
                use syn::BinOp::*;
                match b.op {
                    Eq(_) | Ne(_) | Lt(_) | Le(_) | Gt(_) | Ge(_) | And(_) | Or(_) => true,
                    _ => self.copy_expr(&b.left, copy) && self.copy_expr(&b.right, copy),
                }
            }
            Expr::MethodCall(m) => {
                let method = m.method.to_string();
                match method.as_str() {
                    "len" | "pop" | "pop_control" => true,
                    "at" => self.copy_expr(&m.receiver, copy),
                    _ => rules::lookup(&method).is_some() && self.copy_expr(&m.receiver, copy),
                }
            }
            Expr::Call(c) => match &*c.func {
                Expr::Path(p) => {
                    let last = p.path.segments.last().map(|s| s.ident.to_string());
                    match last.as_deref() {
                        Some("from_passive") => true,
                        Some("opaque") => c.args.iter().all(|a| self.copy_expr(a, copy)),
                        Some(name) if name == self.name => {
                            self.output.as_ref().is_some_and(copy_type)
                        }
                        Some(name) => {
                            float_path(&p.path)
                                && rules::lookup(name).is_some()
                                && c.args.iter().all(|a| self.copy_expr(a, copy))
                        }
                        None => false,
                    }
                }
                _ => false,
            },
            _ => false,
        }
    }
}

/// `f64::name` or `f32::name`.
fn float_path(path: &syn::Path) -> bool {
    path.segments.len() == 2 && matches!(path.segments[0].ident.to_string().as_str(), "f64" | "f32")
}

/// Types whose values are `Copy` whatever they are instantiated with.
fn copy_type(ty: &Type) -> bool {
    match ty {
        Type::Reference(r) => r.mutability.is_none(),
        Type::Tuple(t) => t.elems.iter().all(copy_type),
        Type::Paren(p) => copy_type(&p.elem),
        Type::Group(g) => copy_type(&g.elem),
        Type::Path(p) if p.qself.is_none() => {
            let Some(last) = p.path.segments.last() else {
                return false;
            };
            let name = last.ident.to_string();
            match name.as_str() {
                "VecTangent" | "VecAdjoint" => true,
                "f32" | "f64" | "bool" | "char" => p.path.segments.len() == 1,
                _ => activity::is_integer_type(ty),
            }
        }
        _ => false,
    }
}

impl<'ast> Visit<'ast> for Bindings {
    fn visit_local(&mut self, l: &'ast syn::Local) {
        let (pat, ty) = match &l.pat {
            Pat::Type(t) => (&*t.pat, Some(&*t.ty)),
            pat => (pat, None),
        };
        match (pat, ty, &l.init) {
            (_, _, None) => {
                for (ident, _) in bindings(pat) {
                    self.late.insert(ident.to_string());
                    let init = ty.map_or(Init::Unknown, |ty| Init::Typed(ty.clone()));
                    self.add(&ident, init);
                }
            }
            (Pat::Ident(p), Some(ty), Some(_)) => self.add(&p.ident, Init::Typed(ty.clone())),
            (Pat::Ident(p), None, Some(init)) => {
                self.add(&p.ident, Init::Value((*init.expr).clone()))
            }
            (Pat::Tuple(t), None, Some(init)) => {
                for (index, elem) in t.elems.iter().enumerate() {
                    match elem {
                        Pat::Ident(p) => {
                            self.add(&p.ident, Init::Component((*init.expr).clone(), index))
                        }
                        other => {
                            for (ident, _) in bindings(other) {
                                self.add(&ident, Init::Unknown);
                            }
                        }
                    }
                }
            }
            (pat, _, _) => {
                for (ident, _) in bindings(pat) {
                    self.add(&ident, Init::Unknown);
                }
            }
        }
        visit::visit_local(self, l);
    }

    fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
        for input in &c.inputs {
            for (ident, _) in bindings(input) {
                self.add(&ident, Init::Unknown);
            }
        }
        visit::visit_expr_closure(self, c);
    }

    fn visit_arm(&mut self, a: &'ast syn::Arm) {
        for (ident, _) in bindings(&a.pat) {
            self.add(&ident, Init::Unknown);
        }
        visit::visit_arm(self, a);
    }

    fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
        for (ident, _) in bindings(&f.pat) {
            self.add(&ident, Init::Unknown);
        }
        visit::visit_expr_for_loop(self, f);
    }

    fn visit_expr_let(&mut self, l: &'ast syn::ExprLet) {
        for (ident, _) in bindings(&l.pat) {
            self.add(&ident, Init::Unknown);
        }
        visit::visit_expr_let(self, l);
    }
}
