//! Name resolution while lowering: lexical scopes from names to [`VarId`]s,
//! the names a pattern binds, and the variables a piece of passive syntax
//! mentions.

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

use crate::ir::VarId;

/// A stack of scopes; the innermost binding of a name wins.
#[derive(Default)]
pub struct Scopes {
    frames: Vec<Vec<(String, VarId)>>,
}

impl Scopes {
    pub fn push(&mut self) {
        self.frames.push(Vec::new());
    }

    pub fn pop(&mut self) {
        self.frames.pop();
    }

    pub fn bind(&mut self, name: String, var: VarId) {
        if let Some(frame) = self.frames.last_mut() {
            frame.push((name, var));
        }
    }

    pub fn resolve(&self, name: &str) -> Option<VarId> {
        self.frames
            .iter()
            .rev()
            .flat_map(|frame| frame.iter().rev())
            .find(|(n, _)| n == name)
            .map(|(_, v)| *v)
    }
}

/// The identifiers a pattern binds (with unit variants and constants among
/// them, which is harmless: they only shadow outer names as Rust would).
pub fn pattern_bindings(pat: &syn::Pat) -> Vec<syn::Ident> {
    struct Bindings(Vec<syn::Ident>);
    impl<'ast> Visit<'ast> for Bindings {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.0.push(p.ident.clone());
            syn::visit::visit_pat_ident(self, p);
        }
        fn visit_pat_or(&mut self, p: &'ast syn::PatOr) {
            if let Some(first) = p.cases.first() {
                self.visit_pat(first);
            }
        }
        fn visit_expr(&mut self, _: &'ast syn::Expr) {}
    }
    let mut b = Bindings(Vec::new());
    b.visit_pat(pat);
    b.0
}

/// What a piece of passive syntax does with the variables in scope.
#[derive(Default)]
pub struct Mentions {
    pub reads: Vec<VarId>,
    /// Variables borrowed `&mut` or assigned inside.
    pub writes: Vec<VarId>,
}

/// The variables that an expression mentions, resolved in `scopes`. Macro
/// bodies are scanned token by token, so every identifier in them counts as a
/// read, and so does every name a string literal in them may capture as a
/// format argument.
pub fn expr_mentions(scopes: &Scopes, expr: &syn::Expr) -> Mentions {
    let mut m = MentionVisitor::new(scopes);
    m.visit_expr(expr);
    m.found
}

/// The variables that a statement mentions, as for [`expr_mentions`].
pub fn stmt_mentions(scopes: &Scopes, stmt: &syn::Stmt) -> Mentions {
    let mut m = MentionVisitor::new(scopes);
    m.visit_stmt(stmt);
    m.found
}

struct MentionVisitor<'s> {
    scopes: &'s Scopes,
    found: Mentions,
}

impl<'s> MentionVisitor<'s> {
    fn new(scopes: &'s Scopes) -> Self {
        MentionVisitor {
            scopes,
            found: Mentions::default(),
        }
    }

    fn single_ident(expr: &syn::Expr) -> Option<&syn::Ident> {
        match expr {
            syn::Expr::Path(p) if p.qself.is_none() => p.path.get_ident(),
            syn::Expr::Paren(p) => Self::single_ident(&p.expr),
            _ => None,
        }
    }

    fn write(&mut self, place: &syn::Expr) {
        if let Some(v) = Self::single_ident(place).and_then(|i| self.scopes.resolve(&i.to_string()))
        {
            self.found.writes.push(v);
        }
    }

    fn tokens(&mut self, tokens: &TokenStream) {
        for tree in tokens.clone() {
            match tree {
                TokenTree::Ident(i) => {
                    if let Some(v) = self.scopes.resolve(&i.to_string()) {
                        self.found.reads.push(v);
                    }
                }
                TokenTree::Group(g) => self.tokens(&g.stream()),
                TokenTree::Literal(l) => {
                    if let syn::Lit::Str(text) = syn::Lit::new(l) {
                        for name in format_captures(&text.value()) {
                            if let Some(v) = self.scopes.resolve(name) {
                                self.found.reads.push(v);
                            }
                        }
                    }
                }
                TokenTree::Punct(_) => {}
            }
        }
    }
}

/// The names that a format string may capture (`{x}`, `{x:.3}`): every
/// name right after a `{`, so that `format!("{x}")` reads `x`. An escaped
/// `{{x}}` counts too, which only makes the macro more careful.
fn format_captures(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|piece| {
        let name = piece.split(['}', ':']).next()?;
        let is_name = name.chars().all(|c| c == '_' || c.is_alphanumeric());
        (!name.is_empty() && is_name).then_some(name)
    })
}

impl<'ast> Visit<'ast> for MentionVisitor<'_> {
    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if let Some(v) = p
            .path
            .get_ident()
            .and_then(|i| self.scopes.resolve(&i.to_string()))
        {
            self.found.reads.push(v);
        }
    }

    fn visit_expr_reference(&mut self, r: &'ast syn::ExprReference) {
        if r.mutability.is_some() {
            self.write(&r.expr);
        }
        syn::visit::visit_expr_reference(self, r);
    }

    fn visit_expr_assign(&mut self, a: &'ast syn::ExprAssign) {
        self.write(&a.left);
        syn::visit::visit_expr_assign(self, a);
    }

    fn visit_expr_binary(&mut self, b: &'ast syn::ExprBinary) {
        if crate::lower::body::compound_op(&b.op).is_some() {
            self.write(&b.left);
        }
        syn::visit::visit_expr_binary(self, b);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.tokens(&m.tokens);
    }
}

/// The names of the items declared anywhere in a function body (`const`,
/// `static`, `fn`, `use`, types): the generated backward sweep, a separate
/// function, cannot name them.
pub fn body_items(body: &syn::Block) -> std::collections::HashSet<String> {
    struct Items(std::collections::HashSet<String>);
    impl<'ast> Visit<'ast> for Items {
        fn visit_item(&mut self, item: &'ast syn::Item) {
            let name = match item {
                syn::Item::Const(i) => Some(&i.ident),
                syn::Item::Static(i) => Some(&i.ident),
                syn::Item::Fn(i) => Some(&i.sig.ident),
                syn::Item::Struct(i) => Some(&i.ident),
                syn::Item::Enum(i) => Some(&i.ident),
                syn::Item::Type(i) => Some(&i.ident),
                syn::Item::Mod(i) => Some(&i.ident),
                _ => None,
            };
            self.0.extend(name.map(|n| n.to_string()));
            if let syn::Item::Use(u) = item {
                self.visit_use_tree(&u.tree);
            }
        }
        fn visit_use_name(&mut self, n: &'ast syn::UseName) {
            self.0.insert(n.ident.to_string());
        }
        fn visit_use_rename(&mut self, r: &'ast syn::UseRename) {
            self.0.insert(r.rename.to_string());
        }
        fn visit_use_glob(&mut self, _: &'ast syn::UseGlob) {
            self.0.insert("*".into());
        }
    }
    let mut items = Items(Default::default());
    items.visit_block(body);
    items.0
}

/// Whether `expr` names one of `items` (or any name, after a glob `use`).
pub fn mentions_item(expr: &syn::Expr, items: &std::collections::HashSet<String>) -> bool {
    struct Finder<'i> {
        items: &'i std::collections::HashSet<String>,
        found: bool,
    }
    impl<'ast> Visit<'ast> for Finder<'_> {
        fn visit_path(&mut self, p: &'ast syn::Path) {
            if let Some(first) = p.segments.first() {
                self.found |= self.items.contains(&first.ident.to_string());
            }
            syn::visit::visit_path(self, p);
        }
    }
    if items.is_empty() {
        return false;
    }
    if items.contains("*") {
        return true;
    }
    let mut finder = Finder {
        items,
        found: false,
    };
    finder.visit_expr(expr);
    finder.found
}
