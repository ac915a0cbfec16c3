//! The vectors a level keeps across its recursive calls live behind a box.
//!
//! A `Vec` is three words (pointer, capacity, length), and a level that
//! keeps a vector across its recursive call keeps those 24 bytes in its
//! frame. A generated function keeps more vectors than its primal: `_jvp`
//! keeps each vector's tangents next to its values, so a level with two
//! vectors takes 96 bytes for them where the primal takes 48 (`juggled` in
//! `tests/recursive_frames.rs`, 2.80 times its primal's frame per level).
//! Here such a vector is created behind a box, `Box::new(vec![..])`: the
//! level keeps one word for it, and the three live on the heap with the
//! elements (one allocation more per vector and level, next to the one the
//! vector makes anyway). This in optimised builds (without debug assertions)
//! and for three vectors or more (see [`MIN_VECTORS`]); elsewhere the box
//! costs more of the frame than it saves.
//!
//! The code that uses the vector stays as it is where indexing and method
//! calls see through the box (`a[k]`, `a.len()`); a reference, `&a`, becomes
//! `vector(&a)`, which is `&Vec<T>` whether `a` is boxed or not, so that a
//! generic callee sees the same type in every build. A vector is boxed only
//! if every use of its name in the function is one of those (no method of
//! the box's own, such as `clone` or one whose name starts with `into_`, no
//! reference inside a `vec![..]`, and no other macro in the function), the
//! function binds its name once, its `let`
//! gives no type, and a statement after the `let` in its block calls the
//! function.

use std::collections::BTreeSet;

use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, Stmt};

use super::scan;
use crate::paths;

/// Boxes the vectors of `func`, named `name`, that its levels keep across
/// their recursive calls (see the module's doc); `rebound` are the names it
/// binds more than once.
pub fn box_vectors(func: &mut syn::ItemFn, name: &str, rebound: &BTreeSet<String>) {
    let mut found = Candidates {
        name,
        rebound,
        names: BTreeSet::new(),
    };
    found.block(&func.block.stmts);
    let mut uses = Uses {
        candidates: &found.names,
        unsafe_uses: BTreeSet::new(),
        in_macro: false,
    };
    uses.visit_item_fn(func);
    let boxed: BTreeSet<String> = found.names.difference(&uses.unsafe_uses).cloned().collect();
    if boxed.len() >= MIN_VECTORS {
        Boxing(&boxed).visit_block_mut(&mut func.block);
        References(&boxed).visit_block_mut(&mut func.block);
    }
}

/// The fewest vectors worth boxing: each box saves two words of the level's
/// frame, but the optimiser may keep its pointer in a callee-saved register,
/// which the level saves on entry (a level with two boxed vectors, `buffered`'s
/// `_jvp`, took 80 bytes where it took 64 unboxed).
const MIN_VECTORS: usize = 3;

/// The `let`s of vectors in the blocks of a level (not in closures) that a
/// later statement of their block, which calls the function, outlives.
struct Candidates<'a> {
    name: &'a str,
    rebound: &'a BTreeSet<String>,
    names: BTreeSet<String>,
}

impl Candidates<'_> {
    fn block(&mut self, stmts: &[Stmt]) {
        for (k, stmt) in stmts.iter().enumerate() {
            if let Some(v) = vector_let(stmt) {
                let called_after = scan::facts(&stmts[k + 1..], self.name).recursive;
                if called_after && !self.rebound.contains(&v) {
                    self.names.insert(v);
                }
            }
            if let Stmt::Expr(e, _) = stmt {
                self.expr(e);
            }
        }
    }

    /// The blocks of `e`, an `if`, `match`, loop or block, and those inside.
    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::If(i) => {
                self.block(&i.then_branch.stmts);
                if let Some((_, otherwise)) = &i.else_branch {
                    self.expr(otherwise);
                }
            }
            Expr::Match(m) => m.arms.iter().for_each(|arm| self.expr(&arm.body)),
            Expr::Block(b) => self.block(&b.block.stmts),
            Expr::ForLoop(l) => self.block(&l.body.stmts),
            Expr::While(w) => self.block(&w.body.stmts),
            Expr::Loop(l) => self.block(&l.body.stmts),
            _ => {}
        }
    }
}

/// The variable of `let [mut] v = vec![..];` or `let [mut] v = Vec::new();`.
fn vector_let(stmt: &Stmt) -> Option<String> {
    let Stmt::Local(l) = stmt else { return None };
    let (syn::Pat::Ident(p), Some(init)) = (&l.pat, &l.init) else {
        return None;
    };
    if p.subpat.is_some() || p.by_ref.is_some() || init.diverge.is_some() {
        return None;
    }
    let vector = match &*init.expr {
        Expr::Macro(m) => scan::vec_elements(&m.mac).is_some(),
        Expr::Call(c) => {
            let Expr::Path(f) = &*c.func else { return None };
            let mut last = f.path.segments.iter().rev().map(|s| &s.ident);
            c.args.is_empty()
                && last.next().is_some_and(|i| i == "new")
                && last.next().is_some_and(|i| i == "Vec")
        }
        _ => false,
    };
    vector.then(|| p.ident.to_string())
}

/// Finds the candidates used otherwise than through indexing, a method
/// call or a reference, which the box would change.
struct Uses<'a> {
    candidates: &'a BTreeSet<String>,
    unsafe_uses: BTreeSet<String>,
    /// Inside the elements of a `vec![..]`.
    in_macro: bool,
}

impl Uses<'_> {
    /// The candidate `e` names, if it is a bare path to one.
    fn candidate(&self, e: &Expr) -> Option<String> {
        let Expr::Path(p) = e else { return None };
        let v = p.path.get_ident()?.to_string();
        self.candidates.contains(&v).then_some(v)
    }

    /// Visits `e`, which the box sees through, skipping a bare candidate.
    fn see_through(&mut self, e: &Expr) {
        if self.candidate(e).is_none() {
            self.visit_expr(e);
        }
    }
}

/// Methods of a box, or of its traits, that a call on a boxed vector would
/// reach before the vector's: they would see the box.
const BOX_METHODS: &[&str] = &[
    "clone",
    "to_owned",
    "as_ref",
    "as_mut",
    "borrow",
    "borrow_mut",
    "leak",
];

impl<'ast> Visit<'ast> for Uses<'_> {
    fn visit_expr_index(&mut self, i: &'ast syn::ExprIndex) {
        self.see_through(&i.expr);
        self.visit_expr(&i.index);
    }

    fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
        let method = m.method.to_string();
        if method.starts_with("into_") || BOX_METHODS.contains(&method.as_str()) {
            self.visit_expr(&m.receiver);
        } else {
            self.see_through(&m.receiver);
        }
        for arg in &m.args {
            self.visit_expr(arg);
        }
    }

    fn visit_expr_reference(&mut self, r: &'ast syn::ExprReference) {
        match self.in_macro {
            true => self.visit_expr(&r.expr),
            false => self.see_through(&r.expr),
        }
    }

    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if let Some(v) = p.path.get_ident() {
            let v = v.to_string();
            if self.candidates.contains(&v) {
                self.unsafe_uses.insert(v);
            }
        }
    }

    /// The elements of a `vec![..]` are checked like any code, but for a
    /// reference, which stays inside the macro where [`References`] does
    /// not reach; any other macro keeps every candidate unboxed (it may
    /// name one where no token shows it, as `format!("{a:?}")` does).
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        match scan::vec_elements(m) {
            Some(elements) => {
                let outer = std::mem::replace(&mut self.in_macro, true);
                elements.iter().for_each(|e| self.visit_expr(e));
                self.in_macro = outer;
            }
            None => self.unsafe_uses.extend(self.candidates.iter().cloned()),
        }
    }
}

/// Replaces each `let v = value;` of the given vectors by the same `let` in
/// builds with debug assertions and `let v = Box::new(value);` in the
/// others: without optimisation, the box's temporaries would take more of
/// the level's frame than it saves.
struct Boxing<'a>(&'a BTreeSet<String>);

impl VisitMut for Boxing<'_> {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        let old = std::mem::take(&mut block.stmts);
        for stmt in old {
            let boxed = vector_let(&stmt).is_some_and(|v| self.0.contains(&v));
            match (boxed, stmt) {
                (true, Stmt::Local(mut plain)) => {
                    let mut in_a_box = plain.clone();
                    if let Some(init) = &mut in_a_box.init {
                        let value = init.expr.clone();
                        *init.expr = syn::parse_quote!(::std::boxed::Box::new(#value));
                    }
                    plain
                        .attrs
                        .push(syn::parse_quote!(#[cfg(debug_assertions)]));
                    in_a_box
                        .attrs
                        .push(syn::parse_quote!(#[cfg(not(debug_assertions))]));
                    block.stmts.push(Stmt::Local(plain));
                    block.stmts.push(Stmt::Local(in_a_box));
                }
                (_, mut stmt) => {
                    self.visit_stmt_mut(&mut stmt);
                    block.stmts.push(stmt);
                }
            }
        }
    }

    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
}

/// Replaces each reference to one of the given vectors, `&v` or `&mut v`,
/// by `vector(&v)` or `vector_mut(&mut v)`, which is `&Vec<T>` (or `&mut`)
/// whether `v` is boxed or not: a generic callee would see the box.
struct References<'a>(&'a BTreeSet<String>);

impl VisitMut for References<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Expr::Reference(r) = e {
            let boxed = matches!(&*r.expr, Expr::Path(p)
                if p.path.get_ident().is_some_and(|v| self.0.contains(&v.to_string())));
            if boxed {
                let private = paths::private();
                *e = match r.mutability {
                    Some(_) => syn::parse_quote!(#private::outline::vector_mut(#r)),
                    None => syn::parse_quote!(#private::outline::vector(#r)),
                };
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use quote::ToTokens;

    use super::box_vectors;

    /// `f`, a function named `f`, after the pass, printed.
    fn boxed(f: &str) -> String {
        let mut func: syn::ItemFn = syn::parse_str(f).expect("a function");
        box_vectors(&mut func, "f", &BTreeSet::new());
        func.into_token_stream().to_string()
    }

    fn tokens(f: &str) -> String {
        syn::parse_str::<syn::ItemFn>(f)
            .expect("a function")
            .into_token_stream()
            .to_string()
    }

    #[test]
    fn three_vectors_kept_across_the_call_are_boxed_in_optimised_builds() {
        let before = "fn f(x: f64, n: u32) -> f64 {
            let mut a = vec![x, 1.0]; let mut b = vec![x; 2]; let c = Vec::new();
            let r = f(a[0], n - 1);
            a[1] += r; g(b.len(), c.len()); a.iter().sum::<f64>() + b[0]
        }";
        let after = "fn f(x: f64, n: u32) -> f64 {
            #[cfg(debug_assertions)] let mut a = vec![x, 1.0];
            #[cfg(not(debug_assertions))] let mut a = ::std::boxed::Box::new(vec![x, 1.0]);
            #[cfg(debug_assertions)] let mut b = vec![x; 2];
            #[cfg(not(debug_assertions))] let mut b = ::std::boxed::Box::new(vec![x; 2]);
            #[cfg(debug_assertions)] let c = Vec::new();
            #[cfg(not(debug_assertions))] let c = ::std::boxed::Box::new(Vec::new());
            let r = f(a[0], n - 1);
            a[1] += r; g(b.len(), c.len()); a.iter().sum::<f64>() + b[0]
        }";
        assert_eq!(boxed(before), tokens(after));
    }

    #[test]
    fn a_reference_to_a_boxed_vector_goes_through_vector() {
        let f = "fn f(x: f64, n: u32) -> f64 {
            let a = vec![x]; let mut b = vec![x]; let c = vec![x];
            let r = f(x, n - 1); g(&a, &mut b); for v in &c { h(v); } r
        }";
        let out = boxed(f);
        assert!(out.contains("outline :: vector (& a)"), "{out}");
        assert!(out.contains("outline :: vector_mut (& mut b)"), "{out}");
        assert!(
            out.contains("in :: autodiff :: __private :: outline :: vector (& c)"),
            "{out}"
        );
    }

    #[test]
    fn a_macro_other_than_vec_keeps_every_vector() {
        let f = "fn f(x: f64, n: u32) -> f64 {
            let a = vec![x]; let b = vec![x]; let c = vec![x];
            let r = f(x, n - 1); let s = format!(\"{a:?}\"); r + b[0] + c[0]
        }";
        assert_eq!(boxed(f), tokens(f));
    }

    #[test]
    fn two_vectors_stay() {
        let f = "fn f(x: f64, n: u32) -> f64 { let a = vec![x]; let b = vec![x]; f(x, n - 1) + a[0] + b[0] }";
        assert_eq!(boxed(f), tokens(f));
    }

    #[test]
    fn a_vector_used_otherwise_stays() {
        // `a` used as each says, then three vectors `b`, `c`, `e` that are boxed.
        let uses = [
            "h(a);",                    // moved whole
            "let d = a.clone();",       // cloned
            "let d = vec![&a];",        // referred to inside a `vec!`
            "let d = vec![a.clone()];", // cloned inside a `vec!`
            "let d = a.into_iter().sum::<f64>();",
            "let d = a.as_ref();", // a method of the box's
        ];
        for a_use in uses {
            let f = format!(
                "fn f(x: f64, n: u32) -> f64 {{ let a = vec![x]; let b = vec![x]; let c = vec![x]; \
                 let e = vec![x]; let r = f(x, n - 1); {a_use} b[0] + c[0] + e[0] + r }}"
            );
            let out = boxed(&f);
            assert!(!out.contains("let a = :: std :: boxed"), "{out}");
            assert!(out.contains("let e = :: std :: boxed"), "{out}");
        }
        // Declared after the last call: nothing keeps it across one.
        let f = "fn f(x: f64, n: u32) -> f64 { let r = f(x, n - 1); let a = vec![x]; let b = vec![x]; let c = vec![x]; a[0] + b[0] + c[0] + r }";
        assert_eq!(boxed(f), tokens(f));
    }
}
