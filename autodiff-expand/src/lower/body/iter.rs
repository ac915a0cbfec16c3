//! Iterator chains over vector parameters, rewritten into index loops before
//! they are lowered, so that every element read is an indexed read the
//! transforms know:
//! - `for v in x.iter()` (or `x`, `&x`, `x.iter().copied()`) becomes
//!   `for i in 0..x.len() { let v = x[i]; ... }`;
//! - `.enumerate()` binds the index, `.zip(y)` a second source: another
//!   vector parameter (indexed too, the loop runs to the shorter length), or
//!   any passive iterable (advanced in step, the loop ending with it);
//! - `chain.sum()`, `chain.product()`, `chain.fold(init, |acc, v| ...)`, each
//!   optionally after `.map(|v| ...)`, become a block with an accumulator and
//!   such a loop; so do nalgebra's `x.dot(y)`, `x.norm_squared()`, `x.norm()`
//!   (and `x.sum()`) of a vector parameter.
//!
//! A closure's body is inlined into the loop; `*v` of an element bound by
//! value becomes `v`. Chains whose first source is not a vector parameter, and
//! closures that `return` or use `?`, are left as written.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;

use super::Lowerer;

/// Where the items of a chain come from.
enum Source {
    /// A vector parameter, read by index.
    Vector(syn::Ident),
    /// The position, from `.enumerate()`.
    Position,
    /// A passive iterable, advanced once per iteration.
    Passive(syn::Expr),
    /// `(a, b)` items, from `.enumerate()` and `.zip(..)`.
    Pair(Box<Source>, Box<Source>),
}

/// The pieces of one rewritten loop.
struct Loop {
    /// The index variable.
    index: syn::Ident,
    /// `let mut it = IntoIterator::into_iter(e);` for each passive source.
    setup: Vec<TokenStream>,
    /// The loop's range.
    range: TokenStream,
    /// The statements that bind the items at the top of each iteration.
    bindings: Vec<TokenStream>,
    /// The names bound to vector elements by value.
    by_value: Vec<syn::Ident>,
}

impl Loop {
    /// The passive iterators' setup, and `label for index in range {
    /// bindings body }`.
    fn into_tokens(self, label: TokenStream, body: TokenStream) -> (TokenStream, TokenStream) {
        let Loop {
            index,
            setup,
            range,
            bindings,
            ..
        } = self;
        (
            quote!(#(#setup)*),
            quote!(#label for #index in #range { #(#bindings)* #body }),
        )
    }
}

impl Lowerer<'_> {
    /// `for` over a chain rooted at a vector parameter, as an index loop (a
    /// block with the passive iterators' setup first, if any).
    pub(super) fn rewrite_for(&mut self, f: &syn::ExprForLoop) -> Option<syn::Expr> {
        let source = self.chain(&f.expr)?;
        let mut l = self.new_loop(&source)?;
        self.bind(&f.pat, &source, &mut l)?;
        let mut body = f.body.clone();
        deref_by_value(&mut body, &l.by_value);
        let (label, stmts) = (&f.label, &body.stmts);
        let (setup, for_loop) = l.into_tokens(quote!(#label), quote!(#(#stmts)*));
        let span = f.span();
        Some(syn::parse_quote_spanned! {span=> { #setup #for_loop } })
    }

    /// `chain.sum()`, `chain.product()`, `chain.fold(init, |acc, v| body)`
    /// (each optionally after `.map(closure)`), as a block computing it. A
    /// sum starts where the function that it replaces starts: std's
    /// `Iterator::sum` of floats at `-0.0` (which keeps the sign of a sum of
    /// negative zeros), nalgebra's `sum`, `dot` and `norm` at `0.0`.
    pub(super) fn rewrite_reduction(&mut self, m: &syn::ExprMethodCall) -> Option<syn::Expr> {
        if let Some(chain) = self.vector_method(m) {
            return self
                .reduction(&chain, quote!(0.0))
                .map(|sum| match m.method == "norm" {
                    true => syn::parse_quote_spanned!(m.span()=> (#sum).sqrt()),
                    false => sum,
                });
        }
        let zero = match &*m.receiver {
            syn::Expr::MethodCall(r) if r.method == "map" => &*r.receiver,
            receiver => receiver,
        };
        match zero {
            syn::Expr::MethodCall(_) => self.reduction(m, quote!(-0.0)),
            _ => self.reduction(m, quote!(0.0)),
        }
    }

    /// [`Self::rewrite_reduction`], with a sum starting at `zero`.
    fn reduction(&mut self, m: &syn::ExprMethodCall, zero: TokenStream) -> Option<syn::Expr> {
        let method = m.method.to_string();
        let fold = match (method.as_str(), m.args.len()) {
            ("sum" | "product", 0) => None,
            ("fold", 2) => Some((&m.args[0], closure(&m.args[1], 2)?)),
            _ => return None,
        };
        let (chain, map) = match &*m.receiver {
            syn::Expr::MethodCall(r) if r.method == "map" && r.args.len() == 1 => {
                (&*r.receiver, Some(closure(&r.args[0], 1)?))
            }
            other => (other, None),
        };
        let source = self.chain(chain)?;
        let mut l = self.new_loop(&source)?;
        let n = self.next_rewrite();
        let item = format_ident!("__autodiff_item{}", n, span = Span::mixed_site());
        let acc = format_ident!("__autodiff_acc{}", n, span = Span::mixed_site());
        // The item of each iteration: the map's value, or the chain's item.
        let mapped = match map {
            Some(c) => {
                self.bind(&c.inputs[0], &source, &mut l)?;
                let mut body = (*c.body).clone();
                deref_by_value(&mut body, &l.by_value);
                Some(quote!(let #item = #body;))
            }
            None => None,
        };
        let (init, update) = match fold {
            None => {
                if mapped.is_none() {
                    if !matches!(source, Source::Vector(_)) {
                        return None;
                    }
                    self.bind(&syn::parse_quote!(#item), &source, &mut l)?;
                }
                match method.as_str() {
                    "sum" => (zero, quote!(#acc += #item;)),
                    _ => (quote!(1.0), quote!(#acc *= #item;)),
                }
            }
            Some((init, c)) => {
                let syn::Pat::Ident(acc_pat) = &c.inputs[0] else {
                    return None;
                };
                let item_pat = &c.inputs[1];
                let bound = match &mapped {
                    Some(_) => quote!(let #item_pat = #item;),
                    None => {
                        self.bind(item_pat, &source, &mut l)?;
                        quote!()
                    }
                };
                let mut step = (*c.body).clone();
                deref_by_value(&mut step, &l.by_value);
                (
                    quote!(#init),
                    quote! {
                        #bound
                        #acc = { let #acc_pat = #acc; #step };
                    },
                )
            }
        };
        let (setup, for_loop) = l.into_tokens(quote!(), quote!(#mapped #update));
        let span = m.span();
        Some(syn::parse_quote_spanned! {span=>
            {
                let mut #acc = #init;
                #setup
                #for_loop
                #acc
            }
        })
    }

    /// nalgebra's reductions of a vector parameter, as iterator chains:
    /// `x.dot(y)`, `x.norm_squared()`, and `x.norm()` (returned without its
    /// square root, which the caller adds).
    fn vector_method(&self, m: &syn::ExprMethodCall) -> Option<syn::ExprMethodCall> {
        let (receiver, span) = (&m.receiver, m.span());
        if !matches!(self.chain(receiver)?, Source::Vector(_)) {
            return None;
        }
        let chain: syn::Expr = match (m.method.to_string().as_str(), m.args.len()) {
            ("dot", 1) => {
                let other = &m.args[0];
                syn::parse_quote_spanned!(span=> #receiver.iter().zip(#other).map(|(a, b)| a * b).sum())
            }
            ("norm_squared" | "norm", 0) => {
                syn::parse_quote_spanned!(span=> #receiver.iter().map(|v| v * v).sum())
            }
            _ => return None,
        };
        match chain {
            syn::Expr::MethodCall(call) => Some(call),
            _ => None,
        }
    }

    pub(super) fn next_rewrite(&mut self) -> usize {
        self.rewrites += 1;
        self.rewrites
    }

    /// The sources of an iterator chain whose first source is a vector
    /// parameter.
    fn chain(&self, e: &syn::Expr) -> Option<Source> {
        match e {
            syn::Expr::MethodCall(m) => match (m.method.to_string().as_str(), m.args.len()) {
                ("iter" | "into_iter" | "copied" | "cloned", 0) => self.chain(&m.receiver),
                ("enumerate", 0) => Some(Source::Pair(
                    Box::new(Source::Position),
                    Box::new(self.chain(&m.receiver)?),
                )),
                ("zip", 1) => {
                    let first = self.chain(&m.receiver)?;
                    let second = self
                        .chain(&m.args[0])
                        .unwrap_or_else(|| Source::Passive(m.args[0].clone()));
                    Some(Source::Pair(Box::new(first), Box::new(second)))
                }
                _ => None,
            },
            syn::Expr::Reference(r) if r.mutability.is_none() => self.chain(&r.expr),
            syn::Expr::Paren(p) => self.chain(&p.expr),
            syn::Expr::Path(p) if p.qself.is_none() => {
                let ident = p.path.get_ident()?;
                let var = self.scopes.resolve(&ident.to_string())?;
                self.is_vector(var).then(|| Source::Vector(ident.clone()))
            }
            _ => None,
        }
    }

    fn new_loop(&mut self, source: &Source) -> Option<Loop> {
        let n = self.next_rewrite();
        let index = format_ident!("__autodiff_i{}", n, span = Span::mixed_site());
        let mut vectors = Vec::new();
        collect_vectors(source, &mut vectors);
        let first = vectors.first()?;
        let mut range = quote!(#first.len());
        for v in &vectors[1..] {
            range = quote!(#range.min(#v.len()));
        }
        Some(Loop {
            index,
            setup: Vec::new(),
            range: quote!(0..#range),
            bindings: Vec::new(),
            by_value: Vec::new(),
        })
    }

    /// Binds `pat` to the items of `source` at the top of each iteration.
    fn bind(&mut self, pat: &syn::Pat, source: &Source, l: &mut Loop) -> Option<()> {
        let index = &l.index;
        match (pat, source) {
            (_, Source::Passive(e)) => {
                let n = self.next_rewrite();
                let it = format_ident!("__autodiff_it{}", n, span = Span::mixed_site());
                let item = format_ident!("__autodiff_item{}", n, span = Span::mixed_site());
                l.setup.push(quote_spanned! {e.span()=>
                    let mut #it = ::core::iter::IntoIterator::into_iter(#e);
                });
                l.bindings.push(quote! {
                    let #item = match #it.next() {
                        ::core::option::Option::Some(item) => item,
                        ::core::option::Option::None => break,
                    };
                });
                if !matches!(pat, syn::Pat::Wild(_)) {
                    l.bindings.push(quote!(let #pat = #item;));
                }
                Some(())
            }
            (syn::Pat::Wild(_), _) => Some(()),
            (syn::Pat::Paren(p), _) => self.bind(&p.pat, source, l),
            (syn::Pat::Tuple(t), Source::Pair(a, b)) if t.elems.len() == 2 => {
                self.bind(&t.elems[0], a, l)?;
                self.bind(&t.elems[1], b, l)
            }
            (syn::Pat::Ident(p), Source::Position) if p.subpat.is_none() => {
                let ident = &p.ident;
                l.bindings.push(quote!(let #ident = #index;));
                Some(())
            }
            (syn::Pat::Ident(p), Source::Vector(x)) if p.subpat.is_none() && p.by_ref.is_none() => {
                let ident = &p.ident;
                l.bindings.push(quote!(let #ident = #x[#index];));
                l.by_value.push(ident.clone());
                Some(())
            }
            (syn::Pat::Reference(r), Source::Vector(_)) if r.mutability.is_none() => {
                let syn::Pat::Ident(p) = &*r.pat else {
                    return None;
                };
                let before = l.by_value.len();
                self.bind(&syn::Pat::Ident(p.clone()), source, l)?;
                l.by_value.truncate(before);
                Some(())
            }
            _ => None,
        }
    }
}

fn collect_vectors<'s>(source: &'s Source, out: &mut Vec<&'s syn::Ident>) {
    match source {
        Source::Vector(x) => out.push(x),
        Source::Pair(a, b) => {
            collect_vectors(a, out);
            collect_vectors(b, out);
        }
        Source::Position | Source::Passive(_) => {}
    }
}

/// The closure `e` if it takes `arity` parameters and neither returns nor
/// uses `?` (its body is inlined into a loop, where those would leave the
/// function).
fn closure(e: &syn::Expr, arity: usize) -> Option<&syn::ExprClosure> {
    let syn::Expr::Closure(c) = e else {
        return None;
    };
    let mut exits = Exits(false);
    syn::visit::Visit::visit_expr(&mut exits, &c.body);
    (c.inputs.len() == arity && !exits.0 && c.asyncness.is_none()).then_some(c)
}

struct Exits(bool);

impl syn::visit::Visit<'_> for Exits {
    fn visit_expr_return(&mut self, _: &syn::ExprReturn) {
        self.0 = true;
    }
    fn visit_expr_try(&mut self, _: &syn::ExprTry) {
        self.0 = true;
    }
    fn visit_expr_closure(&mut self, _: &syn::ExprClosure) {}
}

/// Rewrites `*v` into `v` for the names bound to elements by value.
fn deref_by_value<T: DerefTarget>(node: &mut T, names: &[syn::Ident]) {
    if !names.is_empty() {
        node.visit(&mut DerefByValue(names));
    }
}

struct DerefByValue<'a>(&'a [syn::Ident]);

impl VisitMut for DerefByValue<'_> {
    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        if let syn::Expr::Unary(u) = e {
            if let (syn::UnOp::Deref(_), syn::Expr::Path(p)) = (&u.op, &*u.expr) {
                if p.path.get_ident().is_some_and(|i| self.0.contains(i)) {
                    *e = (*u.expr).clone();
                    return;
                }
            }
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }

    /// `vec![..]` holds its operands as tokens: `vec![*v; n]`, `vec![*a, b]`.
    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        if m.path.segments.last().is_none_or(|s| s.ident != "vec") {
            return;
        }
        let repeat = |input: syn::parse::ParseStream| {
            let fill: syn::Expr = input.parse()?;
            let semi: syn::Token![;] = input.parse()?;
            Ok((fill, semi, input.parse::<syn::Expr>()?))
        };
        let list = Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        if let Ok((mut fill, semi, mut len)) = repeat.parse2(m.tokens.clone()) {
            self.visit_expr_mut(&mut fill);
            self.visit_expr_mut(&mut len);
            m.tokens = quote!(#fill #semi #len);
        } else if let Ok(mut elems) = list.parse2(m.tokens.clone()) {
            elems.iter_mut().for_each(|e| self.visit_expr_mut(e));
            m.tokens = elems.into_token_stream();
        }
    }
}

trait DerefTarget {
    fn visit(&mut self, v: &mut DerefByValue);
}

impl DerefTarget for syn::Expr {
    fn visit(&mut self, v: &mut DerefByValue) {
        v.visit_expr_mut(self);
    }
}

impl DerefTarget for syn::Block {
    fn visit(&mut self, v: &mut DerefByValue) {
        v.visit_block_mut(self);
    }
}
