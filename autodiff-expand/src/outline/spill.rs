//! The floats a level of a sweep keeps across its recursive call go to the
//! tape's spill stack rather than to the level's frame.
//!
//! A forward sweep reads, after its recursive call, its parameters and the
//! values (and tangents) it computed before the call. A backward sweep
//! reads, after its recursive call, the adjoints it accumulated before the
//! call, the values it popped from the tape before it (the tape holds the
//! forward sweep's records of this level above the callee's), and the
//! adjoints its caller passed in. In an optimised build each of them takes
//! a slot of the level's frame (or a callee-saved register, saved in it): a
//! recursion with a dozen such floats (the `_hvp` of `examples/recursion`'s
//! `reassigned`) used seven times the primal's stack per level. Here each
//! such variable is pushed to the spill stack (`Tape::spill`, separate from
//! the records so that the callee's pops do not see it) before the statement
//! that contains the call and popped back right after it:
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

use syn::visit_mut::VisitMut;
use syn::{Expr, FnArg, Pat, Stmt};

use super::copy::{Kinds, TapeKinds};
use super::live::read_after;
use super::{compound, constant, inner_blocks, scan, MakeMutable};

/// Adds the spills around the recursive calls of `func`, named `name`, if it
/// takes a parameter `__autodiff_tape: &mut Tape<S>`.
pub fn spill(func: &mut syn::ItemFn, name: &str, kinds: &Kinds) {
    let Some(tape) = &kinds.tape else {
        return;
    };
    let mut spiller = Spiller {
        name,
        tape,
        kinds,
        borrowed: borrowed(&func.block),
        spilled: BTreeSet::new(),
    };
    let mut scope = BTreeMap::new();
    for input in &func.sig.inputs {
        if let FnArg::Typed(t) = input {
            if let Pat::Ident(p) = &*t.pat {
                spiller.declare(&mut scope, &p.ident, false);
            }
        }
    }
    spiller.block(&mut func.block.stmts, &BTreeSet::new(), scope);
    let spilled = spiller.spilled;
    if !spilled.is_empty() {
        MakeMutable(&spilled).visit_item_fn_mut(func);
    }
}

struct Spiller<'a> {
    name: &'a str,
    tape: &'a TapeKinds,
    kinds: &'a Kinds,
    /// The names used otherwise than as the receiver of a method that only
    /// changes the adjoints of a vector (see [`borrowed`]).
    borrowed: BTreeSet<String>,
    /// The names spilled somewhere, whose bindings become `mut`.
    spilled: BTreeSet<String>,
}

/// A variable that may be spilled.
#[derive(Clone)]
struct Candidate {
    ident: syn::Ident,
    /// Whether it still holds the constant it was declared with (for the
    /// adjoints of a vector: whether it is still empty).
    constant: bool,
    /// Whether it holds the adjoints of a vector rather than a float.
    buffer: bool,
}

/// The candidates in scope, by name.
type Scope = BTreeMap<String, Candidate>;

impl Spiller<'_> {
    /// Adds `ident`, declared with a value that is a constant if
    /// `constant`, to `scope` if the spill stacks can keep it (a float or the
    /// adjoints of a vector); unless the function binds its name more than
    /// once, or lends the vector's adjoints.
    fn declare(&self, scope: &mut Scope, ident: &syn::Ident, constant: bool) {
        let name = ident.to_string();
        let buffer = self.tape.buffers.contains(&name);
        let lent = buffer && self.borrowed.contains(&name);
        if self.tape.spillable(&name) && !lent && !self.kinds.rebound.contains(&name) {
            let ident = ident.clone();
            scope.insert(
                name,
                Candidate {
                    ident,
                    constant,
                    buffer,
                },
            );
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
            let mut later = read_after(&facts, rest, after, self.name);
            let live: Vec<Candidate> = match facts.pinned {
                true => Vec::new(),
                false => scope
                    .iter()
                    .filter(|(v, c)| !c.constant && later.contains(*v) && !changes(&facts, v, c))
                    .map(|(_, c)| c.clone())
                    .collect(),
            };
            if let Stmt::Expr(e, _) = &mut stmts[k] {
                if compound(e) {
                    for c in &live {
                        later.remove(&c.ident.to_string());
                    }
                    self.compound(e, &later, &scope);
                }
            }
            let (spills, unspills) = self.around(&live, after);
            let n = spills.len();
            stmts.splice(k..k, spills);
            stmts.splice(k + n + 1..k + n + 1, unspills);
            self.update(&stmts[k + n], &facts, &mut scope);
            k += 2 * n + 1;
        }
    }

    /// Records in `scope` what `stmt` declares and which constants it changes.
    fn update(&self, stmt: &Stmt, facts: &scan::Facts, scope: &mut Scope) {
        changed(scope, facts);
        let Stmt::Local(l) = stmt else { return };
        let Some(init) = l.init.as_ref().filter(|i| i.diverge.is_none()) else {
            return;
        };
        let pat = match &l.pat {
            Pat::Type(t) => &*t.pat,
            pat => pat,
        };
        if let Pat::Ident(p) = pat {
            self.declare(scope, &p.ident, constant(&init.expr, &|_| false));
        }
    }

    /// Adds the spills inside the blocks of a statement that calls the
    /// function, after which the names in `after` are read.
    fn compound(&mut self, e: &mut Expr, after: &BTreeSet<String>, scope: &Scope) {
        let name = self.name;
        inner_blocks(e, after, name, &mut |stmts, after, looped| {
            let mut scope = scope.clone();
            if let Some(facts) = looped {
                changed(&mut scope, facts);
            }
            self.block(stmts, after, scope)
        });
    }

    /// The statements that spill `live` and those that take them back, in a
    /// block after which the names in `after` are read. The adjoints of a
    /// vector come back in a binding of their own (`let mut b = ...`) where
    /// nothing after the block reads them: the level's frame then has no
    /// binding of them that lives across the call.
    fn around(&mut self, live: &[Candidate], after: &BTreeSet<String>) -> (Vec<Stmt>, Vec<Stmt>) {
        self.spilled
            .extend(live.iter().map(|c| c.ident.to_string()));
        let spills = live.iter().map(|c| self.tape.spill(&c.ident)).collect();
        let unspills = live
            .iter()
            .rev()
            .map(|c| {
                let rebind = c.buffer && !after.contains(&c.ident.to_string());
                self.tape.unspill(&c.ident, rebind)
            })
            .collect();
        (spills, unspills)
    }
}

/// The methods of the adjoints of a vector (`AdjointBuffer`) that keep no
/// borrow of them once they return.
const UNBORROWED: &[&str] = &["add_at", "take", "take_sum", "absorb", "clear"];

/// The names in `block` used otherwise than as the receiver of a method of
/// [`UNBORROWED`]: the adjoints of a vector lent to a call (`lend`, whose
/// result borrows them) and those whose use the pass cannot see, which may
/// not move to the tape while the level keeps a borrow of them.
fn borrowed(block: &syn::Block) -> BTreeSet<String> {
    struct Uses(BTreeSet<String>);
    impl<'ast> syn::visit::Visit<'ast> for Uses {
        fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
            let receiver = matches!(&*m.receiver, Expr::Path(p) if p.path.get_ident().is_some());
            if !(receiver && UNBORROWED.contains(&m.method.to_string().as_str())) {
                self.visit_expr(&m.receiver);
            }
            for arg in &m.args {
                self.visit_expr(arg);
            }
        }
        fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
            if let Some(ident) = p.path.get_ident() {
                self.0.insert(ident.to_string());
            }
        }
    }
    let mut uses = Uses(BTreeSet::new());
    syn::visit::Visit::visit_block(&mut uses, block);
    uses.0
}

/// Marks the candidates that `facts` change as no longer holding the
/// constant they were declared with.
fn changed(scope: &mut Scope, facts: &scan::Facts) {
    for (v, c) in scope.iter_mut() {
        if changes(facts, v, c) {
            c.constant = false;
        }
    }
}

/// Whether code with these `facts` may change the candidate `c`, named `v`:
/// a float it assigns, the adjoints of a vector it names at all (their
/// methods change them in place).
fn changes(facts: &scan::Facts, v: &str, c: &Candidate) -> bool {
    facts.writes.contains(v) || (c.buffer && facts.reads.contains(v))
}
