//! What a run of statements of a generated function reads, writes and
//! declares, and whether it can move into a closure at all: the syntactic
//! facts [`super`] decides by. Names are compared as strings; a name counts
//! only where no binding inside the run shadows it.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{TokenStream, TokenTree};
use syn::parse::Parser;
use syn::visit::{self, Visit};
use syn::{Expr, Pat, Stmt};

use crate::rules;

/// The facts about one run of statements (or any expression).
#[derive(Default)]
pub struct Facts {
    /// Names read that are bound outside the run.
    pub reads: BTreeSet<String>,
    /// Names assigned, compound-assigned or borrowed mutably that are bound
    /// outside the run.
    pub writes: BTreeSet<String>,
    /// Each of those names as spelled (with its span, for hygiene).
    pub spelled: BTreeMap<String, syn::Ident>,
    /// It calls the function itself.
    pub recursive: bool,
    /// It leaves the run other than by falling through (`return`, `?`, a
    /// `break` or `continue` of a loop outside it), holds a macro or an
    /// item whose insides are not looked at: it cannot become a closure.
    pub pinned: bool,
    /// It calls a library function (`sin`, `exp`, ...) or a function other
    /// than the few helpers of the generated code that compile to a few
    /// instructions.
    pub calls: bool,
    /// It binds a variable to something other than a literal or a variable.
    pub computes: bool,
    /// It binds a variable (which takes a slot of its own in a debug build).
    pub binds: bool,
}

/// The facts of `stmts`, for a function named `name`.
pub fn facts(stmts: &[Stmt], name: &str) -> Facts {
    let mut scan = Scan::new(name);
    scan.stmts(stmts);
    scan.facts
}

/// The facts of the expression `e`, for a function named `name`.
pub fn expr_facts(e: &Expr, name: &str) -> Facts {
    let mut scan = Scan::new(name);
    scan.visit_expr(e);
    scan.facts
}

/// Whether `tokens` hold the identifier `name` anywhere: a cheap test before
/// parsing a whole function to find its recursive calls.
pub fn mentions(tokens: TokenStream, name: &str) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == name,
        TokenTree::Group(g) => mentions(g.stream(), name),
        _ => false,
    })
}

/// How many times the identifier `name` occurs in `tokens`.
pub fn occurrences(tokens: TokenStream, name: &str) -> usize {
    tokens
        .into_iter()
        .map(|token| match token {
            TokenTree::Ident(ident) => usize::from(ident == name),
            TokenTree::Group(g) => occurrences(g.stream(), name),
            _ => 0,
        })
        .sum()
}

/// The names a pattern binds, each with whether it is bound `mut`.
pub fn bindings(pat: &Pat) -> Vec<(syn::Ident, bool)> {
    struct Bind(Vec<(syn::Ident, bool)>);
    impl Visit<'_> for Bind {
        fn visit_pat_ident(&mut self, p: &syn::PatIdent) {
            self.0.push((p.ident.clone(), p.mutability.is_some()));
            visit::visit_pat_ident(self, p);
        }
    }
    let mut bind = Bind(Vec::new());
    bind.visit_pat(pat);
    bind.0
}

/// Helpers of the generated code that cost no more than an instruction or a
/// load and a store: calling them does not make a piece of work worth a frame
/// of its own in an optimised build.
const CHEAP: &[&str] = &[
    "push",
    "push_control",
    "pop",
    "pop_control",
    "spill",
    "unspill",
    "spill_buffer",
    "unspill_buffer",
    "at",
    "len",
    "from_passive",
    "opaque",
    "default",
];

/// The method or function name of a call, if it is cheap.
fn cheap(name: &syn::Ident) -> bool {
    let name = name.to_string();
    CHEAP.contains(&name.as_str()) || rules::lookup(&name).is_some_and(|rule| !rule.expensive)
}

struct Scan<'a> {
    name: &'a str,
    /// The names bound inside the run, one set per scope.
    scopes: Vec<BTreeSet<String>>,
    /// Loops entered inside the run, with their labels.
    loops: Vec<Option<String>>,
    /// Closures entered inside the run.
    closures: usize,
    facts: Facts,
}

impl<'a> Scan<'a> {
    fn new(name: &'a str) -> Self {
        Scan {
            name,
            scopes: vec![BTreeSet::new()],
            loops: Vec::new(),
            closures: 0,
            facts: Facts::default(),
        }
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for stmt in stmts {
            self.visit_stmt(stmt);
        }
    }

    fn bound(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.contains(name))
    }

    fn bind(&mut self, pat: &Pat) {
        let names = bindings(pat);
        let scope = self.scopes.last_mut().expect("a scope");
        scope.extend(names.into_iter().map(|(i, _)| i.to_string()));
    }

    fn scoped(&mut self, pat: Option<&Pat>, f: impl FnOnce(&mut Self)) {
        self.scopes.push(BTreeSet::new());
        if let Some(pat) = pat {
            self.bind(pat);
        }
        f(self);
        self.scopes.pop();
    }

    /// What an assignee reads: not the variables it assigns (a name, or the
    /// names of a tuple), but an index or the place a field belongs to.
    fn visit_assignee(&mut self, e: &Expr) {
        match e {
            Expr::Path(_) | Expr::Infer(_) => {}
            Expr::Tuple(t) => t.elems.iter().for_each(|e| self.visit_assignee(e)),
            e => self.visit_expr(e),
        }
    }

    /// The outside name that `e` (an assignee) writes: its root variable.
    fn write(&mut self, e: &Expr) {
        match e {
            Expr::Path(p) if p.qself.is_none() => {
                if let Some(ident) = p.path.get_ident() {
                    if !self.bound(&ident.to_string()) {
                        self.facts.writes.insert(ident.to_string());
                        self.spell(ident);
                    }
                }
            }
            Expr::Field(f) => self.write(&f.base),
            Expr::Index(i) => self.write(&i.expr),
            Expr::Paren(p) => self.write(&p.expr),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => self.write(&u.expr),
            Expr::Tuple(t) => t.elems.iter().for_each(|e| self.write(e)),
            Expr::Infer(_) => {}
            _ => self.facts.pinned = true,
        }
    }

    fn tokens(&mut self, tokens: TokenStream) {
        for token in tokens {
            match token {
                TokenTree::Ident(ident) if !self.bound(&ident.to_string()) => {
                    self.facts.reads.insert(ident.to_string());
                    self.spell(&ident);
                }
                TokenTree::Group(g) => self.tokens(g.stream()),
                _ => {}
            }
        }
    }

    fn spell(&mut self, ident: &syn::Ident) {
        let spelled = &mut self.facts.spelled;
        spelled
            .entry(ident.to_string())
            .or_insert_with(|| ident.clone());
    }

    fn is_self(&self, ident: &syn::Ident) -> bool {
        ident == self.name
    }
}

impl<'ast> Visit<'ast> for Scan<'_> {
    fn visit_block(&mut self, b: &'ast syn::Block) {
        self.scoped(None, |s| s.stmts(&b.stmts));
    }

    fn visit_local(&mut self, l: &'ast syn::Local) {
        self.facts.binds = true;
        if let Some(init) = &l.init {
            self.facts.computes |=
                !matches!(&*init.expr, Expr::Lit(_) | Expr::Path(_) | Expr::Unary(_));
            self.visit_expr(&init.expr);
            if let Some((_, diverge)) = &init.diverge {
                self.visit_expr(diverge);
            }
        }
        self.bind(&l.pat);
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {
        self.facts.pinned = true;
    }

    /// `vec![..]` is read as the expressions it holds and counts as a
    /// library call (it allocates). Any other macro pins the run, and every
    /// name in its tokens counts as read.
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        match vec_elements(m) {
            Some(elements) => {
                self.facts.calls = true;
                elements.iter().for_each(|e| self.visit_expr(e));
            }
            None => {
                self.facts.pinned = true;
                self.tokens(m.tokens.clone());
            }
        }
    }

    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if let (None, Some(ident)) = (&p.qself, p.path.get_ident()) {
            if !self.bound(&ident.to_string()) {
                self.facts.reads.insert(ident.to_string());
                self.spell(ident);
            }
        }
        visit::visit_expr_path(self, p);
    }

    fn visit_expr_assign(&mut self, a: &'ast syn::ExprAssign) {
        self.write(&a.left);
        self.visit_assignee(&a.left);
        self.visit_expr(&a.right);
    }

    fn visit_expr_binary(&mut self, b: &'ast syn::ExprBinary) {
        use syn::BinOp::*;
        if matches!(
            b.op,
            AddAssign(_)
                | SubAssign(_)
                | MulAssign(_)
                | DivAssign(_)
                | RemAssign(_)
                | BitXorAssign(_)
                | BitAndAssign(_)
                | BitOrAssign(_)
                | ShlAssign(_)
                | ShrAssign(_)
        ) {
            self.write(&b.left);
        }
        visit::visit_expr_binary(self, b);
    }

    fn visit_expr_reference(&mut self, r: &'ast syn::ExprReference) {
        if r.mutability.is_some() {
            self.write(&r.expr);
        }
        visit::visit_expr_reference(self, r);
    }

    fn visit_expr_call(&mut self, c: &'ast syn::ExprCall) {
        match &*c.func {
            Expr::Path(p) => match p.path.segments.last() {
                Some(last) if self.is_self(&last.ident) => self.facts.recursive = true,
                Some(last) if cheap(&last.ident) || super::empty_adjoints(c) => {}
                _ => self.facts.calls = true,
            },
            _ => self.facts.calls = true,
        }
        visit::visit_expr_call(self, c);
    }

    fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
        if self.is_self(&m.method) {
            self.facts.recursive = true;
        } else if !cheap(&m.method) {
            self.facts.calls = true;
        }
        visit::visit_expr_method_call(self, m);
    }

    fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
        self.closures += 1;
        self.scopes.push(BTreeSet::new());
        for input in &c.inputs {
            self.bind(input);
        }
        self.visit_expr(&c.body);
        self.scopes.pop();
        self.closures -= 1;
    }

    fn visit_arm(&mut self, a: &'ast syn::Arm) {
        self.scoped(Some(&a.pat), |s| {
            if let Some((_, guard)) = &a.guard {
                s.visit_expr(guard);
            }
            s.visit_expr(&a.body);
        });
    }

    fn visit_expr_if(&mut self, i: &'ast syn::ExprIf) {
        self.scoped(None, |s| {
            s.visit_expr(&i.cond);
            s.visit_block(&i.then_branch);
        });
        if let Some((_, otherwise)) = &i.else_branch {
            self.visit_expr(otherwise);
        }
    }

    fn visit_expr_let(&mut self, l: &'ast syn::ExprLet) {
        self.visit_expr(&l.expr);
        self.bind(&l.pat);
    }

    fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
        self.visit_expr(&f.expr);
        self.loops
            .push(f.label.as_ref().map(|l| l.name.ident.to_string()));
        self.scoped(Some(&f.pat), |s| s.visit_block(&f.body));
        self.loops.pop();
    }

    fn visit_expr_while(&mut self, w: &'ast syn::ExprWhile) {
        self.loops
            .push(w.label.as_ref().map(|l| l.name.ident.to_string()));
        self.scoped(None, |s| {
            s.visit_expr(&w.cond);
            s.visit_block(&w.body);
        });
        self.loops.pop();
    }

    fn visit_expr_loop(&mut self, l: &'ast syn::ExprLoop) {
        self.loops
            .push(l.label.as_ref().map(|l| l.name.ident.to_string()));
        self.visit_block(&l.body);
        self.loops.pop();
    }

    fn visit_expr_block(&mut self, b: &'ast syn::ExprBlock) {
        if b.label.is_some() {
            self.facts.pinned = true;
        }
        visit::visit_expr_block(self, b);
    }

    fn visit_expr_break(&mut self, b: &'ast syn::ExprBreak) {
        self.exit(b.label.as_ref());
        visit::visit_expr_break(self, b);
    }

    fn visit_expr_continue(&mut self, c: &'ast syn::ExprContinue) {
        self.exit(c.label.as_ref());
    }

    fn visit_expr_return(&mut self, r: &'ast syn::ExprReturn) {
        if self.closures == 0 {
            self.facts.pinned = true;
        }
        visit::visit_expr_return(self, r);
    }

    fn visit_expr_try(&mut self, t: &'ast syn::ExprTry) {
        if self.closures == 0 {
            self.facts.pinned = true;
        }
        visit::visit_expr_try(self, t);
    }

    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {
        self.facts.pinned = true;
    }

    fn visit_expr_await(&mut self, _: &'ast syn::ExprAwait) {
        self.facts.pinned = true;
    }
}

/// The expressions of `vec![a, b, ..]` or `vec![a; n]` (the macro named by
/// `vec`, `std::vec`, `alloc::vec` or those paths from the root), or `None`
/// for any other macro.
pub(super) fn vec_elements(m: &syn::Macro) -> Option<Vec<Expr>> {
    let segments: Vec<String> = m
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let named = match segments.as_slice() {
        [vec] => vec == "vec" && m.path.leading_colon.is_none(),
        [krate, vec] => (krate == "std" || krate == "alloc") && vec == "vec",
        _ => false,
    };
    if !named {
        return None;
    }
    let listed = |input: syn::parse::ParseStream| {
        syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated(input)
            .map(|list| list.into_iter().collect::<Vec<_>>())
    };
    let repeated = |input: syn::parse::ParseStream| {
        let element: Expr = input.parse()?;
        input.parse::<syn::Token![;]>()?;
        let count: Expr = input.parse()?;
        Ok(vec![element, count])
    };
    repeated
        .parse2(m.tokens.clone())
        .or_else(|_| listed.parse2(m.tokens.clone()))
        .ok()
}

impl Scan<'_> {
    /// A `break` or `continue`: it leaves the run unless it targets a loop
    /// inside it.
    fn exit(&mut self, label: Option<&syn::Lifetime>) {
        let inside = match label {
            None => !self.loops.is_empty(),
            Some(label) => {
                let label = label.ident.to_string();
                self.loops
                    .iter()
                    .any(|l| l.as_deref() == Some(label.as_str()))
            }
        };
        if !inside && self.closures == 0 {
            self.facts.pinned = true;
        }
    }
}
