//! A backward sweep that calls itself hands its adjoints back through the
//! tape rather than through a result slot in its caller's frame.
//!
//! A backward sweep returns one adjoint per float parameter. More than two
//! floats do not fit in the return registers: the caller reserves a slot for
//! the tuple in its own frame, and in a recursion every level keeps that
//! slot (the `_hvp` of a scalar recursion with two float parameters returns
//! four adjoints, 32 bytes per level, twice its primal's whole frame). Here
//! the sweep `f` becomes `f_rec`, which pushes its adjoints to the tape's
//! spill stack at its end instead of returning them, and whose recursive
//! calls pop them right after the call, into the variables the tuple was
//! assigned to:
//!
//! ```text
//! (b0, b1, _, b6) = f(tape, ob, b0, b1, (), b6);
//! // becomes
//! f_rec(tape, ob, b0, b1, (), b6); b6 = tape.unspill(); b1 = tape.unspill(); b0 = tape.unspill();
//! ```
//!
//! A call whose result is bound, `let r = f(..);` with the rest of the block
//! reading only `r.0`, `r.1`, ..., pops into a local per adjoint, `r_0`,
//! `r_1`, ..., which the rest reads instead: a tuple would take a slot of its
//! own next to them in a debug build. Any other call becomes a block that
//! pops them and builds the tuple.
//!
//! `f` itself stays, with its signature, as a wrapper that calls `f_rec` and
//! pops the adjoints into the tuple it returns, so that the public functions
//! and the other functions' sweeps call it as before.

use proc_macro2::Span;
use quote::quote;
use syn::visit::Visit;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, FnArg, Pat, ReturnType, Stmt, Type};

use super::accumulators::Dropped;
use super::copy::TapeKinds;

/// For each element of the result of the sweep `func`, with its tape
/// `tape`, whether it is a float, if the sweep is one to rewrite: its
/// adjoints do not fit in the return registers, its result is a tuple of the
/// tape's scalar and `()` that its body ends with, and it has no `return`.
pub fn handed_back(func: &syn::ItemFn, tape: &TapeKinds) -> Option<Vec<bool>> {
    let floats = result_floats(&func.sig.output, &tape.scalar)?;
    let limit = if tape.scalar.as_str() == "f32" { 4 } else { 2 };
    if floats.iter().filter(|f| **f).count() <= limit || returns_early(&func.block) {
        return None;
    }
    match func.block.stmts.last() {
        Some(Stmt::Expr(Expr::Tuple(tail), None)) if tail.elems.len() == floats.len() => {
            Some(floats)
        }
        _ => None,
    }
}

/// The sweep `func`, named `name`, with its tape `tape`, rewritten to hand
/// its adjoints back through the tape, and the wrapper that keeps its name
/// and the signature `original`; or `None` when [`handed_back`] says no.
/// The wrapper adds the parameters `dropped` from `original` (see
/// [`super::accumulators`]) to what it pops.
pub fn hand_back(
    func: &syn::ItemFn,
    name: &str,
    tape: &TapeKinds,
    original: &syn::Signature,
    dropped: &[Dropped],
) -> Option<(syn::ItemFn, syn::ItemFn)> {
    let floats = handed_back(func, tape)?;
    let tape = &tape.ident;
    let mut inner = func.clone();
    let Some(Stmt::Expr(Expr::Tuple(tail), None)) = inner.block.stmts.last() else {
        return None;
    };
    let spills: Vec<Stmt> = tail
        .elems
        .iter()
        .zip(&floats)
        .filter(|(_, float)| **float)
        .map(|(e, _)| syn::parse_quote!(#tape.spill(#e);))
        .collect();
    inner.block.stmts.pop();
    inner.block.stmts.extend(spills);
    inner.sig.output = ReturnType::Default;
    let renamed = syn::Ident::new(&format!("{name}_rec"), func.sig.ident.span());
    inner.sig.ident = renamed.clone();
    let mut calls = SelfCalls {
        name,
        renamed: &renamed,
        tape,
        floats: &floats,
        callee: None,
    };
    calls.visit_block_mut(&mut inner.block);
    let callee = calls.callee.unwrap_or_else(|| syn::parse_quote!(#renamed));
    let mut wrapper = func.clone();
    wrapper.sig = original.clone();
    Some((inner, wrap(wrapper, &callee, tape, &floats, dropped)))
}

/// For each element of the result tuple `output`, whether it is the tape's
/// `scalar` (rather than `()`); `None` if it is anything else.
fn result_floats(output: &ReturnType, scalar: &str) -> Option<Vec<bool>> {
    let ReturnType::Type(_, ty) = output else {
        return None;
    };
    let Type::Tuple(tuple) = &**ty else {
        return None;
    };
    tuple
        .elems
        .iter()
        .map(|t| match t {
            Type::Tuple(unit) if unit.elems.is_empty() => Some(false),
            _ if quote!(#t).to_string() == scalar => Some(true),
            _ => None,
        })
        .collect()
}

/// Whether `block` holds a `return` outside closures, which would skip the
/// pushes at its end.
fn returns_early(block: &syn::Block) -> bool {
    struct Returns(bool);
    impl<'ast> Visit<'ast> for Returns {
        fn visit_expr_return(&mut self, _: &'ast syn::ExprReturn) {
            self.0 = true;
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut returns = Returns(false);
    returns.visit_block(block);
    returns.0
}

/// `wrapper`, a copy of the sweep with its signature, made to call `f_rec`
/// through `callee` and take its adjoints back from the tape (the parameter
/// named `tape`), adding to them the parameters `dropped` from `f_rec`.
fn wrap(
    mut wrapper: syn::ItemFn,
    callee: &Expr,
    tape: &syn::Ident,
    floats: &[bool],
    dropped: &[Dropped],
) -> syn::ItemFn {
    let mut args = Vec::new();
    let mut own_tape = tape.clone();
    let mut addends = vec![None; floats.len()];
    for (k, input) in wrapper.sig.inputs.iter_mut().enumerate() {
        if let FnArg::Typed(t) = input {
            let arg = syn::Ident::new(&format!("__autodiff_a{k}"), Span::mixed_site());
            if matches!(&*t.pat, Pat::Ident(p) if p.ident == *tape) {
                own_tape = arg.clone();
            }
            *t.pat = syn::parse_quote!(#arg);
            match dropped.iter().find(|d| d.input == k) {
                Some(d) => {
                    if let Some(addend) = addends.get_mut(d.result) {
                        *addend = Some(arg);
                    }
                }
                None => args.push(arg),
            }
        }
    }
    let call = syn::parse_quote!(#callee(#(#args),*));
    wrapper.block = Box::new(taken_back(&call, &own_tape, floats, &addends));
    wrapper
}

/// `{ call; let rK = tape.unspill(); ...; (r0, (), ...) }`: the result of
/// `call`, a call of the renamed sweep, as the tuple the sweep returned,
/// with the `addends` given for an element added to it (`a + rK`; none
/// past the end of `addends`).
fn taken_back(
    call: &Expr,
    tape: &syn::Ident,
    floats: &[bool],
    addends: &[Option<syn::Ident>],
) -> syn::Block {
    let results: Vec<syn::Ident> = (0..floats.len())
        .map(|k| syn::Ident::new(&format!("__autodiff_r{k}"), Span::mixed_site()))
        .collect();
    let pops = pops_into_locals(&results, floats, tape);
    let tuple = results
        .iter()
        .zip(floats)
        .enumerate()
        .map(
            |(k, (r, float))| match (float, addends.get(k).and_then(Option::as_ref)) {
                (true, Some(a)) => quote!(#a + #r),
                (true, None) => quote!(#r),
                (false, _) => quote!(()),
            },
        );
    syn::parse_quote!({ #call; #(#pops)* (#(#tuple,)*) })
}

/// `let local = tape.unspill();` for each of `locals` that holds a float (as
/// `floats` says, element by element), last first.
fn pops_into_locals(locals: &[syn::Ident], floats: &[bool], tape: &syn::Ident) -> Vec<Stmt> {
    locals
        .iter()
        .zip(floats)
        .rev()
        .filter(|(_, float)| **float)
        .map(|(local, _)| syn::parse_quote!(let #local = #tape.unspill();))
        .collect()
}

/// Rewrites the recursive calls of a sweep to call the renamed sweep and pop
/// its adjoints, and keeps the path of one of them for the wrapper.
struct SelfCalls<'a> {
    name: &'a str,
    renamed: &'a syn::Ident,
    tape: &'a syn::Ident,
    floats: &'a [bool],
    callee: Option<Expr>,
}

impl SelfCalls<'_> {
    /// `call` with its callee renamed, if it calls the sweep itself.
    fn renamed_call(&mut self, call: &Expr) -> Option<Expr> {
        let Expr::Call(call) = call else { return None };
        let Expr::Path(path) = &*call.func else {
            return None;
        };
        if path.path.segments.last()?.ident != self.name {
            return None;
        }
        let mut call = call.clone();
        if let Expr::Path(path) = &mut *call.func {
            if let Some(last) = path.path.segments.last_mut() {
                last.ident = self.renamed.clone();
            }
        }
        self.callee.get_or_insert_with(|| (*call.func).clone());
        Some(Expr::Call(call))
    }

    /// The pops into `places` (one per element of the result; `_` for those
    /// not kept), last first.
    fn pops(&self, places: &[Expr]) -> Vec<Stmt> {
        let tape = self.tape;
        places
            .iter()
            .zip(self.floats)
            .rev()
            .filter(|(_, float)| **float)
            .map(|(place, _)| match place {
                Expr::Infer(_) => syn::parse_quote!(#tape.unspill();),
                _ => syn::parse_quote!(#place = #tape.unspill();),
            })
            .collect()
    }

    /// The statements that replace `stmt` if it is a recursive call whose
    /// result is discarded or assigned to a tuple of places.
    fn statement(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let Stmt::Expr(e, Some(_)) = stmt else {
            return None;
        };
        let (call, places) = match e {
            Expr::Assign(a) => match &*a.left {
                Expr::Tuple(t) if t.elems.len() == self.floats.len() => {
                    (&*a.right, t.elems.iter().cloned().collect())
                }
                _ => return None,
            },
            call => (call, vec![syn::parse_quote!(_); self.floats.len()]),
        };
        let call = self.renamed_call(call)?;
        let mut stmts = vec![Stmt::Expr(call, Some(Default::default()))];
        stmts.extend(self.pops(&places));
        Some(stmts)
    }

    /// The statements that replace `stmts[k]` if it is `let r = call;`, a
    /// recursive call, and the rest of the block reads `r` only as `r.0`,
    /// `r.1`, ...: the call, then a `let r_i = tape.unspill();` for each
    /// float, the rest then reading `r_i` for `r.i` (see
    /// [`FieldsToLocals`]). A tuple built from the pops would take a slot
    /// of its own besides them in a debug build.
    fn bound(&mut self, stmts: &[Stmt], k: usize) -> Option<(Vec<Stmt>, FieldsToLocals)> {
        let Stmt::Local(l) = &stmts[k] else {
            return None;
        };
        let (Pat::Ident(r), Some(init)) = (&l.pat, &l.init) else {
            return None;
        };
        if r.subpat.is_some() || init.diverge.is_some() {
            return None;
        }
        let call = self.renamed_call(&init.expr)?;
        let mut fields = FieldsToLocals {
            tuple: r.ident.clone(),
            locals: (0..self.floats.len())
                .map(|i| syn::Ident::new(&format!("{}_{i}", r.ident), r.ident.span()))
                .collect(),
            other_use: false,
        };
        for stmt in &stmts[k + 1..] {
            fields.visit_stmt(stmt);
        }
        if fields.other_use {
            return None;
        }
        let mut out = vec![Stmt::Expr(call, Some(Default::default()))];
        out.extend(pops_into_locals(&fields.locals, self.floats, self.tape));
        Some((out, fields))
    }
}

/// Reads `r_i` for each `r.i` of the tuple `r`, and finds any other use of
/// `r`, or another binding of its name (while visiting, `other_use`).
struct FieldsToLocals {
    tuple: syn::Ident,
    locals: Vec<syn::Ident>,
    other_use: bool,
}

impl FieldsToLocals {
    /// The local for `e` if it is `r.i`.
    fn local(&self, e: &syn::ExprField) -> Option<&syn::Ident> {
        let Expr::Path(base) = &*e.base else {
            return None;
        };
        let syn::Member::Unnamed(i) = &e.member else {
            return None;
        };
        let float = self.locals.get(i.index as usize)?;
        base.path.is_ident(&self.tuple).then_some(float)
    }
}

impl<'ast> Visit<'ast> for FieldsToLocals {
    fn visit_expr_field(&mut self, e: &'ast syn::ExprField) {
        if self.local(e).is_none() {
            syn::visit::visit_expr_field(self, e);
        }
    }

    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if p.path.is_ident(&self.tuple) {
            self.other_use = true;
        }
    }

    fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
        if p.ident == self.tuple {
            self.other_use = true;
        }
        syn::visit::visit_pat_ident(self, p);
    }
}

impl VisitMut for FieldsToLocals {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Expr::Field(f) = e {
            if let Some(local) = self.local(f).cloned() {
                *e = syn::parse_quote!(#local);
                return;
            }
        }
        visit_mut::visit_expr_mut(self, e);
    }
}

impl VisitMut for SelfCalls<'_> {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        let old = std::mem::take(&mut block.stmts);
        let mut fields: Vec<FieldsToLocals> = Vec::new();
        for k in 0..old.len() {
            let mut stmt = old[k].clone();
            for f in &mut fields {
                f.visit_stmt_mut(&mut stmt);
            }
            if let Some(stmts) = self.statement(&stmt) {
                block.stmts.extend(stmts);
                continue;
            }
            if let Some((stmts, f)) = self.bound(&old, k) {
                block.stmts.extend(stmts);
                fields.push(f);
                continue;
            }
            self.visit_stmt_mut(&mut stmt);
            block.stmts.push(stmt);
        }
    }

    /// Any other recursive call becomes a block that calls the renamed
    /// sweep and builds the tuple from the pops.
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        if let Some(call) = self.renamed_call(e) {
            let block = taken_back(&call, self.tape, self.floats, &[]);
            *e = syn::parse_quote!(#block);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use quote::ToTokens;

    use super::super::accumulators::Dropped;
    use super::super::copy::TapeKinds;
    use super::super::printed;
    use super::hand_back;

    /// The renamed sweep and the wrapper of `f`, whose tape is `t`, with the
    /// parameters `dropped` (input, result) already gone from `f`'s body.
    fn handed(f: &str, original: &str, dropped: &[(usize, usize)]) -> (String, String) {
        let func: syn::ItemFn = syn::parse_str(f).expect("a function");
        let original: syn::ItemFn = syn::parse_str(original).expect("a function");
        let tape = TapeKinds {
            ident: syn::parse_quote!(t),
            scalar: String::from("f64"),
            floats: BTreeSet::new(),
            buffers: BTreeSet::new(),
        };
        let dropped: Vec<Dropped> = dropped
            .iter()
            .map(|&(input, result)| Dropped { input, result })
            .collect();
        let (inner, wrapper) =
            hand_back(&func, "f", &tape, &original.sig, &dropped).expect("handed back");
        (
            inner.into_token_stream().to_string(),
            wrapper.into_token_stream().to_string(),
        )
    }

    #[test]
    fn calls_pop_what_the_renamed_sweep_pushes_and_the_wrapper_adds_what_it_dropped() {
        let original = "fn f(t: &mut T, i0: f64, i1: f64, i2: f64) -> (f64, f64, f64) { loop {} }";
        let f = "fn f(t: &mut T, i1: f64, i2: f64) -> (f64, f64, f64) {
            let (mut b0, mut b1, mut b2) = (-0.0, -0.0, -0.0);
            (b0, b1, b2) = f(t, b1, b2);
            let s = 2.0 * f(t, b1, b2).1;
            (b0, i1 + b1, i2 + b2 + s)
        }";
        let inner = "fn f_rec(t: &mut T, i1: f64, i2: f64) {
            let (mut b0, mut b1, mut b2) = (-0.0, -0.0, -0.0);
            f_rec(t, b1, b2); b2 = t.unspill(); b1 = t.unspill(); b0 = t.unspill();
            let s = 2.0 * {
                f_rec(t, b1, b2);
                let __autodiff_r2 = t.unspill(); let __autodiff_r1 = t.unspill(); let __autodiff_r0 = t.unspill();
                (__autodiff_r0, __autodiff_r1, __autodiff_r2,)
            }.1;
            t.spill(b0); t.spill(i1 + b1); t.spill(i2 + b2 + s);
        }";
        let wrapper = "fn f(__autodiff_a0: &mut T, __autodiff_a1: f64, __autodiff_a2: f64, __autodiff_a3: f64)
            -> (f64, f64, f64) {
            f_rec(__autodiff_a0, __autodiff_a2, __autodiff_a3);
            let __autodiff_r2 = __autodiff_a0.unspill(); let __autodiff_r1 = __autodiff_a0.unspill();
            let __autodiff_r0 = __autodiff_a0.unspill();
            (__autodiff_a1 + __autodiff_r0, __autodiff_r1, __autodiff_r2,)
        }";
        assert_eq!(
            handed(f, original, &[(1, 0)]),
            (printed(inner), printed(wrapper))
        );
    }
}
