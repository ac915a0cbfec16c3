//! Arithmetic on whole nalgebra vectors, rewritten into loops over local
//! vectors before lowering, so that the transforms see only element reads and
//! stores:
//! - `a + b`, `a - b` of vectors, `-a`, `s * a`, `a * s`, `a / s` (`s` any
//!   other value) become `let mut z = (zeros shaped like a); for i in
//!   0..z.len() { z[i] = a[i] + b[i]; }`;
//! - `m * a` with `m` a matrix parameter (`DMatrix`, `SMatrix`, `Matrix3`,
//!   ...) becomes the product loop into a new `DVector`; its reverse mode
//!   reads the matrix by columns, `mᵀ` times the adjoint, as the rules of a
//!   matrix-vector product say.
//!
//! A vector here is a vector parameter or a local vector; nested expressions
//! get a local vector each. The value is then the last local vector.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::Parser;

use super::*;

/// What an operand of `*`, `+`, ... is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Vector,
    Matrix,
    Other,
}

/// Whether `ty` (through references) names a nalgebra matrix type.
fn matrix_type(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Reference(r) => matrix_type(&r.elem),
        syn::Type::Paren(p) => matrix_type(&p.elem),
        syn::Type::Path(p) => p.path.segments.last().is_some_and(|s| {
            let name = s.ident.to_string();
            matches!(name.as_str(), "DMatrix" | "SMatrix" | "OMatrix")
                || (name.starts_with("Matrix") && name.len() > "Matrix".len())
        }),
        _ => false,
    }
}

impl Lowerer<'_> {
    fn kind(&self, e: &syn::Expr) -> Kind {
        match e {
            syn::Expr::Paren(p) => self.kind(&p.expr),
            syn::Expr::Path(_) => {
                let var = single_ident(e).and_then(|i| self.scopes.resolve(&i.to_string()));
                match var {
                    Some(v) if self.is_vector(v) => Kind::Vector,
                    Some(v)
                        if self.vars[v.0].kind == VarKind::Param
                            && self.vars[v.0].ty.as_ref().is_some_and(matrix_type) =>
                    {
                        Kind::Matrix
                    }
                    _ => Kind::Other,
                }
            }
            syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => {
                if self.kind(&u.expr) == Kind::Vector {
                    Kind::Vector
                } else {
                    Kind::Other
                }
            }
            syn::Expr::Binary(b) => {
                let (l, r) = (self.kind(&b.left), self.kind(&b.right));
                match (&b.op, l, r) {
                    (syn::BinOp::Add(_) | syn::BinOp::Sub(_), Kind::Vector, Kind::Vector)
                    | (syn::BinOp::Mul(_), Kind::Matrix | Kind::Other, Kind::Vector)
                    | (syn::BinOp::Mul(_) | syn::BinOp::Div(_), Kind::Vector, Kind::Other) => {
                        Kind::Vector
                    }
                    _ => Kind::Other,
                }
            }
            _ => Kind::Other,
        }
    }

    /// Lowers `e` if it is arithmetic on whole vectors: the statements that
    /// compute it, then a read of the local vector holding it.
    pub(super) fn vector_value(&mut self, e: &syn::Expr) -> Option<Expr> {
        let arithmetic = matches!(e, syn::Expr::Binary(_) | syn::Expr::Unary(_));
        if !arithmetic || self.kind(e) != Kind::Vector {
            return None;
        }
        let mut stmts = TokenStream::new();
        let result = self.vector_steps(e, &mut stmts);
        let parsed = syn::Block::parse_within.parse2(stmts);
        match parsed {
            Ok(parsed) => parsed.iter().for_each(|s| self.lower_stmt(s)),
            Err(error) => self.errors.at(error.span(), error),
        }
        Some(self.lower_value(&syn::parse_quote!(#result)))
    }

    /// Writes into `out` the statements that compute vector expression `e`;
    /// returns the name holding it.
    fn vector_steps(&mut self, e: &syn::Expr, out: &mut TokenStream) -> syn::Ident {
        if let syn::Expr::Paren(p) = e {
            return self.vector_steps(&p.expr, out);
        }
        if let Some(name) = single_ident(e) {
            return name.clone();
        }
        let n = self.next_rewrite();
        let (z, i, s) = (
            format_ident!("__autodiff_z{}", n, span = Span::mixed_site()),
            format_ident!("__autodiff_i{}", n, span = Span::mixed_site()),
            format_ident!("__autodiff_s{}", n, span = Span::mixed_site()),
        );
        let elementwise = |out: &mut TokenStream, like: &syn::Ident, element: TokenStream| {
            out.extend(quote! {
                let mut #z = __autodiff_zeros_like!(#like);
                for #i in 0..#z.len() {
                    #z[#i] = #element;
                }
            });
        };
        match e {
            syn::Expr::Unary(u) => {
                let a = self.vector_steps(&u.expr, out);
                elementwise(out, &a, quote!(-#a[#i]));
            }
            syn::Expr::Binary(b) => match (self.kind(&b.left), self.kind(&b.right)) {
                (Kind::Vector, Kind::Vector) => {
                    let (a, c) = (
                        self.vector_steps(&b.left, out),
                        self.vector_steps(&b.right, out),
                    );
                    let op = &b.op;
                    elementwise(out, &a, quote!(#a[#i] #op #c[#i]));
                }
                (Kind::Matrix, Kind::Vector) => {
                    let m = &b.left;
                    let a = self.vector_steps(&b.right, out);
                    let (private, scalar, j) = (
                        crate::paths::private(),
                        crate::emit::scalar_tokens(self.scalar),
                        format_ident!("__autodiff_j{}", n, span = Span::mixed_site()),
                    );
                    out.extend(quote! {
                        let mut #z = #private::nalgebra::DVector::<#scalar>::zeros(#m.nrows());
                        for #i in 0..#m.nrows() {
                            for #j in 0..#m.ncols() {
                                #z[#i] += #m[(#i, #j)] * #a[#j];
                            }
                        }
                    });
                }
                (Kind::Other, _) => {
                    let (scalar, op) = (&b.left, &b.op);
                    let a = self.vector_steps(&b.right, out);
                    out.extend(quote!(let #s = #scalar;));
                    elementwise(out, &a, quote!(#s #op #a[#i]));
                }
                _ => {
                    let (scalar, op) = (&b.right, &b.op);
                    let a = self.vector_steps(&b.left, out);
                    out.extend(quote!(let #s = #scalar;));
                    elementwise(out, &a, quote!(#a[#i] #op #s));
                }
            },
            _ => {}
        }
        z
    }
}
