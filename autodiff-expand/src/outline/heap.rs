//! The vectors a level keeps across its recursive calls live on the heap.
//!
//! A `Vec` is three words (pointer, capacity, length), and a level that
//! keeps a vector across its recursive call keeps those 24 bytes in its
//! frame. A generated function keeps more vectors than its primal (`_jvp`
//! keeps each vector's tangents next to its values), and each run that reads
//! them captures a pointer to each, built in the level's frame for the call:
//! `stacked` in `tests/recursive_frames.rs`, three vectors, took three times
//! its primal's frame per level in `_jvp`. In optimised builds, the vectors
//! a block of a level declares and keeps across a recursive call move into
//! one tuple behind a box, a heap frame, `let mut F: Box<(Vec<_>, ..)> =
//! heap_frame();`: each vector's `let v = value;` becomes `F.k = value;`
//! and each use of `v` becomes `F.k`. The level keeps one word for all of
//! them, and a run that reads them starts with `let F = &mut *F;`, so that
//! it captures that one pointer rather than one per vector. That is one
//! allocation more per level, next to the one each vector makes anyway.
//! This happens before the runs are outlined, so that the assignments (and
//! the allocations they make) join runs instead of staying in the level.
//!
//! The function is written twice, under `#[cfg(debug_assertions)]` as it
//! was and under `#[cfg(not(debug_assertions))]` with its heap frames: in a
//! debug build every temporary takes a slot, and the assignments into the
//! frame took more of the level's frame than they saved (`refilled`'s `_hvp`
//! forward sweep, 544 bytes without, 608 with).
//!
//! A vector moves to a heap frame only if every use of its name is one the
//! frame's field serves alike: indexing, a method call (but `into_*`, which
//! would move it out of the frame), a reference. It must not be named by
//! another macro than `vec!` anywhere in the function (`format!("{a:?}")`
//! names one where no token shows it), nor by a `move` closure, which would
//! take the whole frame; its name must be bound once in the function, its
//! `let` give no type, and a statement after that `let` in its block call
//! the function.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{TokenStream, TokenTree};
use quote::{format_ident, quote};
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, Stmt};

use super::{copy, scan};
use crate::paths;

/// A generated function in two versions, one per build: the second keeps
/// vectors in heap frames.
pub struct PerBuild {
    /// The function as it was, under `#[cfg(debug_assertions)]`.
    pub debug: syn::ItemFn,
    /// The function with heap frames, under `#[cfg(not(debug_assertions))]`.
    pub optimised: syn::ItemFn,
    /// The heap frames of `optimised`.
    pub frames: BTreeSet<syn::Ident>,
}

/// `func`, named `name`, and its version with the vectors its levels keep
/// across their recursive calls in heap frames (see the module's doc);
/// `None` if it keeps no such vectors. This before its runs are outlined,
/// so that the assignments to a frame join runs; [`capture_whole`] after.
pub fn heap_frames(func: &syn::ItemFn, name: &str) -> Option<PerBuild> {
    let mut uses = Uses::default();
    uses.visit_item_fn(func);
    if uses.every_name {
        return None;
    }
    let mut optimised = func.clone();
    let mut frames = Frames {
        name,
        rebound: &copy::kinds(func).rebound,
        unmovable: &uses.names,
        fields: BTreeMap::new(),
        count: 0,
    };
    frames.block(&mut optimised.block.stmts);
    if frames.fields.is_empty() {
        return None;
    }
    let mut renamed = Renamed {
        fields: &frames.fields,
    };
    renamed.visit_block_mut(&mut optimised.block);
    let mut debug = func.clone();
    debug
        .attrs
        .push(syn::parse_quote!(#[cfg(debug_assertions)]));
    optimised
        .attrs
        .push(syn::parse_quote!(#[cfg(not(debug_assertions))]));
    Some(PerBuild {
        debug,
        optimised,
        frames: frames.fields.into_values().map(|(f, _)| f).collect(),
    })
}

/// Makes each outlined run of `func` that names one of its heap `frames`
/// capture it whole (see [`Captures`]).
pub fn capture_whole(func: &mut syn::ItemFn, frames: &BTreeSet<syn::Ident>) {
    Captures(frames).visit_block_mut(&mut func.block);
}

/// The fewest vectors a block moves to a heap frame. With fewer, what the
/// frame saves is about what it costs: the optimiser keeps the frame's
/// pointer, or pointers into the vectors, in callee-saved registers, which
/// each level saves on entry. `refilled`'s `_hvp` forward sweep, two vectors
/// (values and tangents), took 80 bytes per level with a heap frame and 64
/// without; `juggled`'s `_jvp`, four, takes 48 where it took 144.
const MIN_FIELDS: usize = 3;

/// The most vectors in one heap frame: `Default` (which `heap_frame` needs)
/// is implemented for tuples of up to twelve. A block with more has several.
const MAX_FIELDS: usize = 12;

/// The variable and value of `let [mut] v = vec![..];` or
/// `let [mut] v = Vec::new();`.
fn vector_let(stmt: &Stmt) -> Option<(String, &Expr)> {
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
    vector.then(|| (p.ident.to_string(), &*init.expr))
}

/// Finds the names used otherwise than through indexing, a method call or a
/// reference, which a frame's field would not serve alike.
#[derive(Default)]
struct Uses {
    names: BTreeSet<String>,
    /// A macro other than `vec!` may name any variable.
    every_name: bool,
    /// Inside a `move` closure, which would take the whole frame.
    moving: bool,
}

impl Uses {
    /// Visits `e`, which the frame's field serves alike, skipping a bare
    /// name (outside a `move` closure).
    fn see_through(&mut self, e: &Expr) {
        let bare = matches!(e, Expr::Path(p) if p.path.get_ident().is_some());
        if self.moving || !bare {
            self.visit_expr(e);
        }
    }
}

impl<'ast> Visit<'ast> for Uses {
    fn visit_expr_index(&mut self, i: &'ast syn::ExprIndex) {
        self.see_through(&i.expr);
        self.visit_expr(&i.index);
    }

    fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
        match m.method.to_string().starts_with("into_") {
            true => self.visit_expr(&m.receiver),
            false => self.see_through(&m.receiver),
        }
        m.args.iter().for_each(|arg| self.visit_expr(arg));
    }

    fn visit_expr_reference(&mut self, r: &'ast syn::ExprReference) {
        self.see_through(&r.expr);
    }

    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if let Some(v) = p.path.get_ident() {
            self.names.insert(v.to_string());
        }
    }

    fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
        let outer = self.moving;
        self.moving |= c.capture.is_some();
        syn::visit::visit_expr_closure(self, c);
        self.moving = outer;
    }

    /// The elements of a `vec![..]` are checked like any code; any other
    /// macro keeps every vector where it is.
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        match scan::vec_elements(m) {
            Some(elements) => elements.iter().for_each(|e| self.visit_expr(e)),
            None => self.every_name = true,
        }
    }
}

/// Replaces the `let`s of the vectors to move, block by block (not in
/// closures), by assignments to the fields of heap frames declared at the
/// first of them, and records each vector's frame and field. A vector moves
/// if a later statement of its block calls the function (named `name`), and
/// its name is neither `rebound` nor `unmovable`.
struct Frames<'a> {
    name: &'a str,
    rebound: &'a BTreeSet<String>,
    unmovable: &'a BTreeSet<String>,
    fields: BTreeMap<String, (syn::Ident, usize)>,
    count: usize,
}

impl Frames<'_> {
    fn block(&mut self, stmts: &mut Vec<Stmt>) {
        let lets: Vec<String> = stmts
            .iter()
            .enumerate()
            .filter_map(|(k, stmt)| {
                let (v, _) = vector_let(stmt)?;
                let movable = !self.rebound.contains(&v) && !self.unmovable.contains(&v);
                let kept = movable && scan::facts(&stmts[k + 1..], self.name).recursive;
                kept.then_some(v)
            })
            .collect();
        let mut sizes = BTreeMap::new();
        for chunk in lets.chunks(MAX_FIELDS).filter(|c| c.len() >= MIN_FIELDS) {
            let frame = format_ident!("__autodiff_frame{}", self.count);
            self.count += 1;
            sizes.insert(chunk[0].clone(), chunk.len());
            for (k, v) in chunk.iter().enumerate() {
                self.fields.insert(v.clone(), (frame.clone(), k));
            }
        }
        for mut stmt in std::mem::take(stmts) {
            let field = vector_let(&stmt).and_then(|(v, value)| {
                let (frame, k) = self.fields.get(&v)?.clone();
                Some((frame, k, value.clone(), sizes.get(&v).copied()))
            });
            let Some((frame, k, value, size)) = field else {
                self.stmt(&mut stmt);
                stmts.push(stmt);
                continue;
            };
            if let Some(size) = size {
                let tuple = std::iter::repeat_n(quote!(::std::vec::Vec<_>), size);
                let private = paths::private();
                stmts.push(syn::parse_quote! {
                    let mut #frame: ::std::boxed::Box<(#(#tuple,)*)> =
                        #private::outline::heap_frame();
                });
            }
            let field = syn::Index::from(k);
            stmts.push(syn::parse_quote!(#frame.#field = #value;));
        }
    }

    /// The blocks of `stmt`'s `if`, `match`, loop or unlabelled block, and
    /// those inside.
    fn stmt(&mut self, stmt: &mut Stmt) {
        if let Stmt::Expr(e, _) = stmt {
            super::inner_blocks(e, &BTreeSet::new(), "", &mut |b, _, _| self.block(b));
        }
    }
}

/// Replaces each moved vector's name by its frame's field, `F.k`, in code
/// and in the elements of `vec![..]`.
struct Renamed<'a> {
    fields: &'a BTreeMap<String, (syn::Ident, usize)>,
}

impl VisitMut for Renamed<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Expr::Path(p) = e {
            if let Some((frame, k)) = p
                .path
                .get_ident()
                .and_then(|v| self.fields.get(&v.to_string()))
            {
                let field = syn::Index::from(*k);
                *e = syn::parse_quote!(#frame.#field);
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }

    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        let Some(mut elements) = scan::vec_elements(m) else {
            return;
        };
        elements.iter_mut().for_each(|e| self.visit_expr_mut(e));
        let repeated = m
            .tokens
            .clone()
            .into_iter()
            .any(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ';'));
        m.tokens = match (repeated, elements.as_slice()) {
            (true, [element, count]) => quote!(#element; #count),
            _ => quote!(#(#elements),*),
        };
    }
}

/// Makes each outlined run that names a heap frame capture it whole: its
/// closure starts with `let F = &mut *F;`. Without, the closure would
/// capture each field it uses apart, a pointer each. A run whose other
/// arguments name the frame, or that declares it, keeps its captures as
/// they are.
struct Captures<'a>(&'a BTreeSet<syn::Ident>);

impl VisitMut for Captures<'_> {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        syn::visit_mut::visit_expr_call_mut(self, call);
        let Expr::Path(helper) = &*call.func else {
            return;
        };
        let run = helper
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident.to_string().starts_with("outline"));
        let mut args = call.args.iter_mut();
        let Some(Expr::Closure(closure)) = args.next().filter(|_| run) else {
            return;
        };
        let others: TokenStream = args.map(|a| quote!(#a,)).collect();
        let body = scan::expr_facts(&closure.body, "");
        for frame in self.0 {
            let name = frame.to_string();
            let outer = body.reads.contains(&name) || body.writes.contains(&name);
            if outer && !scan::mentions(others.clone(), &name) {
                let inner = &closure.body;
                *closure.body = syn::parse_quote!({ let #frame = &mut *#frame; #inner });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{capture_whole, heap_frames};
    use crate::outline::printed;

    /// `f`, a function named `f` (its runs already outlined, as the tests
    /// write them), after the pass, printed: its optimised version, or
    /// `None` if the pass left it alone.
    fn framed(f: &str) -> Option<String> {
        let func: syn::ItemFn = syn::parse_str(f).expect("a function");
        let mut versions = heap_frames(&func, "f")?;
        capture_whole(&mut versions.optimised, &versions.frames);
        Some(quote::ToTokens::into_token_stream(versions.optimised).to_string())
    }

    #[test]
    fn the_vectors_kept_across_the_call_move_to_a_heap_frame() {
        let before = "fn f(x: f64, n: u32) -> f64 {
            let mut a = vec![x, 1.0]; let y = x * x; let mut b = vec![y; a.len()]; let c = Vec::new();
            let r = f(a[0], n - 1);
            a[1] += r; g(&b, &mut a, c.len()); outline1(|r| { b[0] * r }, r)
        }";
        let after = "#[cfg(not(debug_assertions))] fn f(x: f64, n: u32) -> f64 {
            let mut __autodiff_frame0: ::std::boxed::Box<(
                ::std::vec::Vec<_>, ::std::vec::Vec<_>, ::std::vec::Vec<_>,
            )> = ::autodiff::__private::outline::heap_frame();
            __autodiff_frame0.0 = vec![x, 1.0];
            let y = x * x;
            __autodiff_frame0.1 = vec![y; __autodiff_frame0.0.len()];
            __autodiff_frame0.2 = Vec::new();
            let r = f(__autodiff_frame0.0[0], n - 1);
            __autodiff_frame0.0[1] += r;
            g(&__autodiff_frame0.1, &mut __autodiff_frame0.0, __autodiff_frame0.2.len());
            outline1(|r| {
                let __autodiff_frame0 = &mut *__autodiff_frame0;
                { __autodiff_frame0.1[0] * r }
            }, r)
        }";
        assert_eq!(framed(before), Some(printed(after)));
    }

    #[test]
    fn the_debug_build_keeps_the_function_as_it_was() {
        let f = "fn f(x: f64, n: u32) -> f64 {
            let a = vec![x]; let b = vec![x]; let c = vec![x]; f(a[0] + b[0] + c[0], n - 1)
        }";
        let func: syn::ItemFn = syn::parse_str(f).expect("a function");
        let debug = heap_frames(&func, "f").expect("framed").debug;
        let debug = quote::ToTokens::into_token_stream(debug).to_string();
        assert_eq!(debug, printed(&format!("#[cfg(debug_assertions)] {f}")));
    }

    #[test]
    fn two_vectors_stay() {
        let f = "fn f(x: f64, n: u32) -> f64 { let a = vec![x]; let b = vec![x]; f(x, n - 1) + a[0] + b[0] }";
        assert_eq!(framed(f), None);
    }

    #[test]
    fn a_block_frames_its_own_vectors() {
        let f = "fn f(x: f64, n: u32) -> f64 {
            let a = vec![x]; let b = vec![x]; let c = vec![x];
            if n > 0 {
                let d = vec![x]; let e = vec![x]; let g = vec![x];
                let r = f(d[0] + e[0] + g[0], n - 1);
                return r + d[0] + a[0];
            }
            f(a[0] + b[0] + c[0], 0)
        }";
        let out = framed(f).expect("framed");
        assert!(out.contains("__autodiff_frame0 . 2 = vec ! [x]"), "{out}");
        assert!(out.contains("__autodiff_frame1 . 2 = vec ! [x]"), "{out}");
        assert!(
            out.contains("r + __autodiff_frame1 . 0 [0] + __autodiff_frame0 . 0 [0]"),
            "{out}"
        );
    }

    #[test]
    fn a_frame_takes_twelve_vectors_at_most() {
        let vectors = |n: usize| {
            let lets: String = (0..n).map(|k| format!("let v{k} = vec![x];")).collect();
            let sum: Vec<String> = (0..n).map(|k| format!("v{k}[0]")).collect();
            let f = format!(
                "fn f(x: f64, n: u32) -> f64 {{ {lets} f(x, n - 1) + {} }}",
                sum.join(" + ")
            );
            framed(&f).expect("framed")
        };
        let fifteen = vectors(15);
        assert!(
            fifteen.contains("__autodiff_frame0 . 11 = vec ! [x]"),
            "{fifteen}"
        );
        assert!(
            fifteen.contains("__autodiff_frame1 . 2 = vec ! [x]"),
            "{fifteen}"
        );
        // Twelve and one: the one left over stays where it is.
        let thirteen = vectors(13);
        assert!(!thirteen.contains("__autodiff_frame1"), "{thirteen}");
        assert!(thirteen.contains("let v12 = vec ! [x]"), "{thirteen}");
    }

    #[test]
    fn a_run_whose_arguments_name_the_frame_keeps_its_captures() {
        let f = "fn f(x: f64, n: u32) -> f64 {
            let a = vec![x]; let b = vec![x]; let c = vec![x];
            let r = f(x, n - 1); outline1(|v| v.len() as f64 + b[0] + c[0], &a)
        }";
        let out = framed(f).expect("framed");
        assert!(!out.contains("& mut * __autodiff_frame0"), "{out}");
    }

    #[test]
    fn a_run_that_declares_the_frame_keeps_its_captures() {
        let f = "fn f(x: f64, n: u32) -> f64 {
            outline0(|| { let mut __autodiff_frame0 = heap_frame(); __autodiff_frame0.0 = vec![x]; });
            f(x, n - 1)
        }";
        let mut func: syn::ItemFn = syn::parse_str(f).expect("a function");
        let frames = [quote::format_ident!("__autodiff_frame0")].into();
        capture_whole(&mut func, &frames);
        assert_eq!(
            quote::ToTokens::into_token_stream(func).to_string(),
            printed(f)
        );
    }

    #[test]
    fn a_vector_used_otherwise_stays() {
        // `a` used as each says, then three vectors `b`, `c`, `e` that move.
        let uses = [
            "h(a);",            // moved whole
            "let d = vec![a];", // moved into a `vec!`
            "let d = a.into_iter().sum::<f64>();",
            "let d = move || a[0];", // a `move` closure
            "a = vec![r];",          // assigned whole
        ];
        for a_use in uses {
            let f = format!(
                "fn f(x: f64, n: u32) -> f64 {{ let mut a = vec![x]; let b = vec![x]; \
                 let c = vec![x]; let e = vec![x]; let r = f(x, n - 1); {a_use} b[0] + c[0] + e[0] + r }}"
            );
            let out = framed(&f).expect("framed");
            assert!(out.contains("let mut a = vec ! [x]"), "{out}");
            assert!(out.contains("__autodiff_frame0 . 2 = vec ! [x]"), "{out}");
        }
        let three = "let a = vec![x]; let b = vec![x]; let c = vec![x];";
        let others = [
            format!("let r = f(x, n - 1); {three} a[0] + b[0] + c[0] + r"),
            format!("{three} let s = format!(\"{{a:?}}\"); f(x, n - 1) + b[0] + c[0]"),
            format!("{three} let a: Vec<f64> = vec![x]; f(x, n - 1) + a[0] + b[0] + c[0]"),
            format!("{three} g(|a| a); f(x, n - 1) + a[0] + b[0] + c[0]"),
            "let a: Vec<f64> = vec![x]; let b = vec![x]; let c = vec![x]; f(x, n - 1) + a[0]"
                .to_string(),
        ];
        for body in others {
            let f = format!("fn f(x: f64, n: u32) -> f64 {{ {body} }}");
            assert_eq!(framed(&f), None, "{f}");
        }
    }

    #[test]
    fn cloned_and_referred_to_inside_a_vec_still_move() {
        let f = "fn f(x: f64, n: u32) -> f64 {
            let a = vec![x]; let b = vec![x]; let c = vec![x]; let r = f(x, n - 1);
            let d = vec![a.clone(), b.to_vec()]; let e = vec![&c]; r
        }";
        let out = framed(f).expect("framed");
        assert!(
            out.contains(
                "vec ! [__autodiff_frame0 . 0 . clone () , __autodiff_frame0 . 1 . to_vec ()]"
            ),
            "{out}"
        );
        assert!(out.contains("vec ! [& __autodiff_frame0 . 2]"), "{out}");
    }
}
