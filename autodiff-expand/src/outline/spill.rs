//! The floats a level of a backward sweep keeps across its recursive call go
//! to the tape's spill stack rather than to the level's frame.
//!
//! A backward sweep reads, after its recursive call, the adjoints it
//! accumulated before the call, the values it popped from the tape before it
//! (the tape holds the forward sweep's records of this level above the
//! callee's), and the adjoints its caller passed in. In an optimised build
//! each of them takes a slot of the level's frame: a recursion with a dozen
//! such floats (the `_hvp` of `examples/recursion`'s `reassigned`) used seven
//! times the primal's stack per level. Here each such variable is pushed to
//! the spill stack (`Tape::spill`, separate from the records so that the
//! callee's pops do not see it) before the statement that contains the call
//! and popped back right after it:
//!
//! ```text
//! tape.spill(b0); tape.spill(s1);
//! if stop >= 5 { let ob = b4; (b5, b1) = f__bwd(tape, ob, b5, b1); }
//! s1 = tape.unspill(); b0 = tape.unspill();
//! ```
//!
//! The statement is the outermost one of its block that contains the call
//! (an `if`, a loop, a block), so that the pops open the run of statements
//! that follows it and the outlined run takes the values from the tape
//! rather than as arguments. A variable that statement assigns is spilled
//! around a statement inside it instead, the call's own at the innermost.
//! No spill wraps a statement that can leave otherwise than by its end
//! (`return`, `break`, `continue`, `?`), which would skip the pops.
//!
//! A variable is spilled when it has the tape's scalar type (written on its
//! `let` or parameter, as the macro writes it), was given a value where it
//! was declared, is bound only once in the function, is read after the
//! statement before being assigned, the statement does not assign it, and it
//! may hold something else than the constant it was declared with (an
//! optimised build keeps no slot for a constant).

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, FnArg, Pat, Stmt, Type};

use super::copy::Kinds;
use super::{assigned_first, constant, inner_blocks, scan};

/// Adds the spills around the recursive calls of `func`, named `name`, if it
/// takes a parameter `__autodiff_tape: &mut Tape<S>`.
pub fn spill(func: &mut syn::ItemFn, name: &str, kinds: &Kinds) {
    let Some((tape, scalar)) = tape_param(&func.sig) else {
        return;
    };
    let mut spiller = Spiller {
        name,
        tape,
        scalar,
        kinds,
        spilled: BTreeSet::new(),
    };
    let mut scope = BTreeMap::new();
    for input in &func.sig.inputs {
        if let FnArg::Typed(t) = input {
            if let Pat::Ident(p) = &*t.pat {
                spiller.declare(&mut scope, &p.ident, &t.ty, false);
            }
        }
    }
    spiller.block(&mut func.block.stmts, &BTreeSet::new(), scope);
    let spilled = spiller.spilled;
    if !spilled.is_empty() {
        MakeMutable(&spilled).visit_item_fn_mut(func);
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
                Some((p.ident.clone(), tokens(scalar)))
            }
            _ => None,
        }
    })
}

fn tokens(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

struct Spiller<'a> {
    name: &'a str,
    tape: syn::Ident,
    scalar: String,
    kinds: &'a Kinds,
    /// The names spilled somewhere, whose bindings become `mut`.
    spilled: BTreeSet<String>,
}

/// The candidates in scope, each with whether it still holds the constant it
/// was declared with.
type Scope = BTreeMap<String, (syn::Ident, bool)>;

impl Spiller<'_> {
    /// Adds `ident`, declared with type `ty` (and a value, which is a constant
    /// if `constant`), to `scope` if it is a candidate.
    fn declare(&self, scope: &mut Scope, ident: &syn::Ident, ty: &Type, constant: bool) {
        let name = ident.to_string();
        if tokens(ty) == self.scalar && !self.kinds.rebound.contains(&name) {
            scope.insert(name, (ident.clone(), constant));
        }
    }

    /// Adds the spills in `stmts`, a block after which the names in `after`
    /// are read, where the candidates of `scope` are declared.
    fn block(&mut self, stmts: &mut Vec<Stmt>, after: &BTreeSet<String>, mut scope: Scope) {
        let mut k = 0;
        while k < stmts.len() {
            let facts = scan::facts(&stmts[k..=k], self.name);
            if !facts.recursive {
                self.update(&stmts[k], &facts, &mut scope);
                k += 1;
                continue;
            }
            let rest = &stmts[k + 1..];
            let mut later = scan::facts(rest, self.name).reads;
            later.extend(after.iter().cloned());
            let live: Vec<syn::Ident> = match facts.pinned {
                true => Vec::new(),
                false => scope
                    .iter()
                    .filter(|(v, (_, constant))| {
                        !constant
                            && later.contains(*v)
                            && !assigned_first(rest, v)
                            && !facts.writes.contains(*v)
                    })
                    .map(|(_, (ident, _))| ident.clone())
                    .collect(),
            };
            if let Stmt::Expr(e, _) = &mut stmts[k] {
                if compound(e) {
                    for v in &live {
                        later.remove(&v.to_string());
                    }
                    self.compound(e, &later, &scope);
                }
            }
            let (spills, unspills) = self.around(&live);
            let n = spills.len();
            stmts.splice(k..k, spills);
            stmts.splice(k + n + 1..k + n + 1, unspills);
            self.update(&stmts[k + n], &facts, &mut scope);
            k += 2 * n + 1;
        }
    }

    /// Records in `scope` what `stmt` declares and which constants it changes.
    fn update(&self, stmt: &Stmt, facts: &scan::Facts, scope: &mut Scope) {
        for v in &facts.writes {
            if let Some((_, constant)) = scope.get_mut(v) {
                *constant = false;
            }
        }
        let Stmt::Local(l) = stmt else { return };
        let Some(init) = l.init.as_ref().filter(|i| i.diverge.is_none()) else {
            return;
        };
        if let Pat::Type(t) = &l.pat {
            if let Pat::Ident(p) = &*t.pat {
                self.declare(scope, &p.ident, &t.ty, constant(&init.expr, &|_| false));
            }
        }
    }

    /// Adds the spills inside the blocks of a statement that calls the
    /// function, after which the names in `after` are read.
    fn compound(&mut self, e: &mut Expr, after: &BTreeSet<String>, scope: &Scope) {
        let name = self.name;
        inner_blocks(e, after, name, &mut |stmts, after, looped| {
            let mut scope = scope.clone();
            for v in looped.iter().flat_map(|facts| &facts.writes) {
                if let Some((_, constant)) = scope.get_mut(v) {
                    *constant = false;
                }
            }
            self.block(stmts, after, scope)
        });
    }

    /// The statements that spill `live` and those that take them back.
    fn around(&mut self, live: &[syn::Ident]) -> (Vec<Stmt>, Vec<Stmt>) {
        let tape = &self.tape;
        self.spilled.extend(live.iter().map(|v| v.to_string()));
        let spills = live
            .iter()
            .map(|v| syn::parse_quote!(#tape.spill(#v);))
            .collect();
        let unspills = live
            .iter()
            .rev()
            .map(|v| syn::parse_quote!(#v = #tape.unspill();))
            .collect();
        (spills, unspills)
    }
}

/// Whether `e` is a statement with blocks inside that the spills go into.
fn compound(e: &Expr) -> bool {
    match e {
        Expr::If(_) | Expr::Match(_) | Expr::While(_) | Expr::ForLoop(_) | Expr::Loop(_) => true,
        Expr::Block(b) => b.label.is_none(),
        _ => false,
    }
}

/// Makes every binding of the given names `mut`.
struct MakeMutable<'a>(&'a BTreeSet<String>);

impl VisitMut for MakeMutable<'_> {
    fn visit_pat_ident_mut(&mut self, p: &mut syn::PatIdent) {
        if self.0.contains(&p.ident.to_string()) && p.mutability.is_none() {
            p.mutability = Some(Default::default());
        }
        visit_mut::visit_pat_ident_mut(self, p);
    }
}
