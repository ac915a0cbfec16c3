//! A limit on how deep expressions nest. Every stage of the pipeline walks
//! expressions recursively, so a chain of hundreds of operators
//! (`x + x + ... + x`, `x.sin().sin()...`, which syn parses in a loop) would
//! overflow the compiler's stack; past the limit the function is an error
//! that says to split the expression.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::visit::Visit;

use crate::diagnostics::Errors;

/// The deepest nesting of expressions the pipeline is known to get through
/// with a third of an 8 MiB stack in a debug build.
const MAX_DEPTH: usize = 256;

/// Records an error for each expression of `block` that nests deeper than
/// [`MAX_DEPTH`]; `true` if there was one.
pub fn too_deep(block: &syn::Block, errors: &mut Errors) -> bool {
    let mut walk = Walk {
        depth: 0,
        errors,
        found: false,
    };
    walk.visit_block(block);
    walk.found
}

struct Walk<'e> {
    depth: usize,
    errors: &'e mut Errors,
    found: bool,
}

impl<'ast> Visit<'ast> for Walk<'_> {
    fn visit_expr(&mut self, e: &'ast syn::Expr) {
        // The chain below `e` is measured in a loop, before recursing into it.
        let (length, first) = chain(e);
        if self.depth + length > MAX_DEPTH {
            self.found = true;
            self.errors.at(
                first,
                format!(
                    "this expression nests more than {MAX_DEPTH} operations deep (a long chain of \
                     operators or method calls, or deeply nested blocks), more than #[differentiate] \
                     can walk through; split it with `let` statements (`let a = x1 + ... + x100;`, \
                     then `a + ...`)"
                ),
            );
            return;
        }
        self.depth += 1;
        syn::visit::visit_expr(self, e);
        self.depth -= 1;
    }
}

/// The length of the chain of left operands, receivers and operands that
/// starts at `e`, and the span of the expression at its end (where the
/// written expression starts).
fn chain(mut e: &syn::Expr) -> (usize, Span) {
    let mut length = 1;
    loop {
        let next = match e {
            syn::Expr::Binary(b) => &b.left,
            syn::Expr::MethodCall(m) => &m.receiver,
            syn::Expr::Unary(u) => &u.expr,
            syn::Expr::Field(f) => &f.base,
            syn::Expr::Index(i) => &i.expr,
            syn::Expr::Cast(c) => &c.expr,
            syn::Expr::Try(t) => &t.expr,
            syn::Expr::Await(a) => &a.base,
            syn::Expr::Reference(r) => &r.expr,
            syn::Expr::Call(c) => &c.func,
            _ => return (length, e.span()),
        };
        length += 1;
        e = next;
    }
}
