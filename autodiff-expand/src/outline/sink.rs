//! The `let`s of constants move to where their variables are used.
//!
//! The generated sweeps declare every adjoint (and the forward ones every
//! tangent) at the top of the function, `let mut b: f64 = -0.0;`, and a
//! backward sweep gives an adjoint its zero back after its last use. Left at
//! the top, such a variable belongs to the level: it outlives the recursive
//! calls and the outlined runs, takes a slot of the level's frame in a
//! debug build and, in an optimised one, a slot wherever it is live across a
//! call (a loop's body makes it live across the whole loop). Moved next to
//! its uses, it becomes a local of the run that uses it. A `let` of a
//! constant moves
//!
//! - down its block, to just before the first statement that names its
//!   variable;
//! - into that statement if no other statement names the variable and it is
//!   a block, an `if` whose condition does not name it (into the branches
//!   that do), or a loop that gives it its constant back: the constant is a
//!   literal, the loop's head does not name the variable, its body has no
//!   `break` nor `continue`, and every path through the body that changes the
//!   variable assigns it the same literal again afterwards (as a backward
//!   sweep does with each adjoint it uses up), or that assigns the variable
//!   before anything else in its body names it (as a backward sweep does with
//!   each value it pops from the tape). Every pass of the loop then starts
//!   with the value the `let` gives, or never reads the one it starts with,
//!   and the `let` can open the body.
//!
//! Then the same in the blocks inside, so that each `let` goes as deep as its
//! uses allow. Before that, the statements right before a plain block move
//! into it when the names they bind are not read after it (see
//! [`into_next_block`]). A name the function binds more than once stays where it is: a
//! `let` moved past another binding of its name would change which binding
//! the uses after it mean.

use std::collections::BTreeSet;

use quote::ToTokens;
use syn::visit::Visit;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Stmt};

use super::live::{assigned_first, expr_names, names};
use super::{constant, scan};

/// Moves the `let`s of constants of a function (see the module's doc).
pub struct Sinker<'a> {
    /// The parameters the function never assigns nor shadows.
    pub fixed: &'a BTreeSet<String>,
    /// The names the function binds more than once.
    pub rebound: &'a BTreeSet<String>,
}

impl Sinker<'_> {
    /// Moves the `let`s of constants in every block of `block`, and the
    /// statements before a block into it (see [`into_next_block`]).
    pub fn all(&self, block: &mut syn::Block) {
        struct Blocks<'s, 'a>(&'s Sinker<'a>);
        impl VisitMut for Blocks<'_, '_> {
            fn visit_block_mut(&mut self, b: &mut syn::Block) {
                self.0.block(&mut b.stmts);
                into_next_block(&mut b.stmts);
                visit_mut::visit_block_mut(self, b);
            }
        }
        Blocks(self).visit_block_mut(block);
    }

    /// Moves the `let`s of constants of `stmts`, down the block and into the
    /// statement that uses them, but not further.
    pub fn block(&self, stmts: &mut Vec<Stmt>) {
        for d in (0..stmts.len()).rev() {
            let Some(v) = self.constant_let(&stmts[d]) else {
                continue;
            };
            if self.rebound.contains(&v) {
                continue;
            }
            let uses: Vec<usize> = (d + 1..stmts.len())
                .filter(|&k| names(&stmts[k], &v))
                .collect();
            let Some(&first) = uses.first() else {
                continue;
            };
            let local = stmts.remove(d);
            if uses.len() == 1 && sink_into(&mut stmts[first - 1], &local, &v) {
                continue;
            }
            stmts.insert(first - 1, local);
        }
    }

    /// The variable of `let [mut] v[: T] = constant;`.
    pub fn constant_let(&self, stmt: &Stmt) -> Option<String> {
        let (v, _) = constant_binding(stmt, &|v| self.fixed.contains(&v.to_string()))?;
        Some(v)
    }
}

/// Moves the statements right before a block (`{ .. }` without a label) to
/// its start, as far back as the first one that binds a name read after the
/// block (or is an item or a macro): the block runs once, right after them,
/// so they run as before, and their variables (a backward sweep pops the
/// values of its first lines into them) become the block's, which the runs
/// inside it can take. A `let` of a constant whose variable is read after
/// the block stays where it is, and the statements before it that do not
/// name its variable move past it (a backward sweep declares the adjoints
/// it adds to after its first pops).
fn into_next_block(stmts: &mut Vec<Stmt>) {
    let mut k = stmts.len();
    while k > 0 {
        k -= 1;
        let is_block = matches!(&stmts[k], Stmt::Expr(Expr::Block(b), _) if b.label.is_none());
        if !is_block {
            continue;
        }
        // The statements before the block that move into it, and the
        // variables of the `let`s of constants they pass over, which stay.
        let mut moved = Vec::new();
        let mut passed: Vec<String> = Vec::new();
        let mut from = k;
        while from > 0 {
            let stmt = &stmts[from - 1];
            let clear = !passed.iter().any(|v| names(stmt, v));
            if clear && movable_into(stmt, &stmts[k + 1..]) {
                moved.push(from - 1);
            } else if let Some((v, _)) = constant_binding(stmt, &|_| false) {
                passed.push(v);
            } else {
                break;
            }
            from -= 1;
        }
        if moved.is_empty() {
            continue;
        }
        let (mut kept, mut into) = (Vec::new(), Vec::new());
        for (j, stmt) in stmts.drain(from..k).enumerate() {
            match moved.contains(&(from + j)) {
                true => into.push(stmt),
                false => kept.push(stmt),
            }
        }
        k = from + kept.len();
        stmts.splice(from..from, kept);
        if let Stmt::Expr(Expr::Block(b), _) = &mut stmts[k] {
            b.block.stmts.splice(0..0, into);
        }
    }
}

/// Whether `stmt` may move into the block that follows it, after which
/// `rest` comes: it binds no name that `rest` names.
fn movable_into(stmt: &Stmt, rest: &[Stmt]) -> bool {
    match stmt {
        Stmt::Local(l) => scan::bindings(&l.pat)
            .iter()
            .all(|(v, _)| !rest.iter().any(|s| names(s, &v.to_string()))),
        Stmt::Expr(..) => true,
        Stmt::Item(_) | Stmt::Macro(_) => false,
    }
}

/// The variable and value of `stmt` if it is `let [mut] v[: T] = value;` and
/// `value` is a constant (see [`constant`]).
fn constant_binding<'s>(
    stmt: &'s Stmt,
    fixed: &dyn Fn(&syn::Ident) -> bool,
) -> Option<(String, &'s Expr)> {
    let Stmt::Local(l) = stmt else { return None };
    let init = l.init.as_ref().filter(|i| i.diverge.is_none())?;
    let pat = match &l.pat {
        syn::Pat::Type(t) => &*t.pat,
        pat => pat,
    };
    match pat {
        syn::Pat::Ident(p) if p.subpat.is_none() && constant(&init.expr, fixed) => {
            Some((p.ident.to_string(), &init.expr))
        }
        _ => None,
    }
}

/// Puts `local`, the `let` of `v`, at the start of the blocks of `stmt` that
/// name `v`, if `stmt` is a block, an `if` whose conditions do not name `v`,
/// or a loop that gives `v` back the literal `local` binds it to (see the
/// module's doc); whether it did.
fn sink_into(stmt: &mut Stmt, local: &Stmt, v: &str) -> bool {
    let Stmt::Expr(e, _) = stmt else {
        return false;
    };
    match e {
        Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_) => {
            let Some((_, value)) = constant_binding(local, &|_| false) else {
                return false;
            };
            let restored = literal(value) && restores_expr(e, v, value, true);
            let (head, body) = match e {
                Expr::ForLoop(l) => (Some(&*l.expr), &mut l.body.stmts),
                Expr::While(w) => (Some(&*w.cond), &mut w.body.stmts),
                Expr::Loop(l) => (None, &mut l.body.stmts),
                _ => return false,
            };
            let overwritten = head.is_none_or(|h| !expr_names(h, v)) && assigned_first(body, v);
            if !restored && !overwritten {
                return false;
            }
            body.insert(0, local.clone());
            true
        }
        _ => into_branches(e, local, v),
    }
}

/// [`sink_into`] for a block or an `if`.
fn into_branches(e: &mut Expr, local: &Stmt, v: &str) -> bool {
    match e {
        Expr::Block(b) if b.label.is_none() => {
            b.block.stmts.insert(0, local.clone());
            true
        }
        Expr::If(i) => {
            if expr_names(&i.cond, v) {
                return false;
            }
            let sink_then = named(&i.then_branch.stmts, v);
            let sink_else = i
                .else_branch
                .as_ref()
                .is_some_and(|(_, otherwise)| expr_names(otherwise, v));
            if sink_else {
                let (_, otherwise) = i.else_branch.as_mut().expect("an else branch");
                if !into_branches(otherwise, local, v) {
                    return false;
                }
            }
            if sink_then {
                i.then_branch.stmts.insert(0, local.clone());
            }
            true
        }
        _ => false,
    }
}

fn named(stmts: &[Stmt], v: &str) -> bool {
    stmts.iter().any(|s| names(s, v))
}

/// A literal, negated or not.
fn literal(e: &Expr) -> bool {
    match e {
        Expr::Lit(_) => true,
        Expr::Unary(u) => matches!(u.op, syn::UnOp::Neg(_)) && literal(&u.expr),
        _ => false,
    }
}

/// Whether `v` holds `value` after `stmts` if it does before them (`holds`)
/// or, if it does not, whether `stmts` assign it `value` on every path.
fn restores(stmts: &[Stmt], v: &str, value: &Expr, mut holds: bool) -> bool {
    for stmt in stmts {
        holds = match stmt {
            Stmt::Expr(e, _) => restores_expr(e, v, value, holds),
            _ => {
                let facts = scan::facts(std::slice::from_ref(stmt), "");
                holds && !changes(|r| r.visit_stmt(stmt), facts, v)
            }
        };
    }
    holds
}

/// [`restores`] for an expression.
fn restores_expr(e: &Expr, v: &str, value: &Expr, holds: bool) -> bool {
    let changes_expr = |e: &Expr| changes(|r| r.visit_expr(e), scan::expr_facts(e, ""), v);
    if !changes_expr(e) {
        return holds;
    }
    match e {
        Expr::Assign(a) if matches!(&*a.left, Expr::Path(p) if p.path.is_ident(v)) => {
            !changes_expr(&a.right)
                && a.right.to_token_stream().to_string() == value.to_token_stream().to_string()
        }
        // Something else assigned a value that changes `v` on the way: a call
        // of the function that takes `v` as the seed of an argument and gives
        // it its zero back, `{ let ob = v; v = -0.0; ob }`.
        Expr::Assign(a) => !changes_expr(&a.left) && restores_expr(&a.right, v, value, holds),
        Expr::Call(c) => {
            !changes_expr(&c.func)
                && c.args
                    .iter()
                    .fold(holds, |holds, arg| restores_expr(arg, v, value, holds))
        }
        Expr::Block(b) => b.label.is_none() && restores(&b.block.stmts, v, value, holds),
        Expr::If(i) => {
            !changes_expr(&i.cond)
                && restores(&i.then_branch.stmts, v, value, holds)
                && match &i.else_branch {
                    Some((_, otherwise)) => restores_expr(otherwise, v, value, holds),
                    None => holds,
                }
        }
        Expr::Match(m) => {
            !changes_expr(&m.expr)
                && m.arms.iter().all(|arm| {
                    arm.guard.as_ref().is_none_or(|(_, g)| !changes_expr(g))
                        && restores_expr(&arm.body, v, value, holds)
                })
        }
        Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_) => {
            let (head, body) = match e {
                Expr::ForLoop(l) => (Some(&*l.expr), &l.body),
                Expr::While(w) => (Some(&*w.cond), &w.body),
                Expr::Loop(l) => (None, &l.body),
                _ => return false,
            };
            holds
                && head.is_none_or(|h| !expr_names(h, v))
                && !leaves_loop(body)
                && restores(&body.stmts, v, value, true)
        }
        _ => false,
    }
}

/// Whether code that `visit`s with these `facts` may change `v`: it assigns
/// it, borrows it mutably, or calls a method on it (which may take it by
/// `&mut`).
fn changes(visit: impl FnOnce(&mut Receivers), facts: scan::Facts, v: &str) -> bool {
    let mut receivers = Receivers { v, found: false };
    visit(&mut receivers);
    receivers.found || facts.writes.contains(v)
}

/// Finds a method called on `v`.
struct Receivers<'v> {
    v: &'v str,
    found: bool,
}

impl<'ast> Visit<'ast> for Receivers<'_> {
    fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
        if matches!(&*m.receiver, Expr::Path(p) if p.path.is_ident(self.v)) {
            self.found = true;
        }
        syn::visit::visit_expr_method_call(self, m);
    }
}

/// Whether a `break` or `continue` is anywhere in `body`.
fn leaves_loop(body: &syn::Block) -> bool {
    struct Leaves(bool);
    impl<'ast> Visit<'ast> for Leaves {
        fn visit_expr_break(&mut self, _: &'ast syn::ExprBreak) {
            self.0 = true;
        }
        fn visit_expr_continue(&mut self, _: &'ast syn::ExprContinue) {
            self.0 = true;
        }
    }
    let mut leaves = Leaves(false);
    leaves.visit_block(body);
    leaves.0
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use quote::ToTokens;

    use super::Sinker;

    /// `body` after the pass, as tokens printed, with `rebound` the names
    /// bound twice and `p` a parameter never assigned.
    fn sunk(body: &str, rebound: &[&str]) -> String {
        let mut block: syn::Block = syn::parse_str(body).expect("a block");
        let fixed = BTreeSet::from(["p".to_string()]);
        let rebound = rebound.iter().map(|s| s.to_string()).collect();
        let sinker = Sinker {
            fixed: &fixed,
            rebound: &rebound,
        };
        sinker.all(&mut block);
        block.into_token_stream().to_string()
    }

    fn tokens(body: &str) -> String {
        syn::parse_str::<syn::Block>(body)
            .expect("a block")
            .into_token_stream()
            .to_string()
    }

    /// Asserts that the pass makes `after` of `before`.
    fn moves(before: &str, after: &str) {
        assert_eq!(sunk(before, &[]), tokens(after), "{before}");
    }

    #[test]
    fn a_let_moves_down_to_its_first_use_and_into_a_branch() {
        moves(
            "{ let mut b: f64 = -0.0; f(x); g(x); if c { b += 1.0; h(b); } }",
            "{ f(x); g(x); if c { let mut b: f64 = -0.0; b += 1.0; h(b); } }",
        );
    }

    #[test]
    fn a_let_opens_a_loop_whose_every_path_gives_the_literal_back() {
        moves(
            "{ let mut b: f64 = -0.0; while go() { b += 1.0; h(b); b = -0.0; } }",
            "{ while go() { let mut b: f64 = -0.0; b += 1.0; h(b); b = -0.0; } }",
        );
        // Then on into the branch of the body that uses it.
        moves(
            "{ let mut b: f64 = -0.0; for k in 0..n { if c(k) { b += 1.0; h(b); b = -0.0; } else { g(); } } }",
            "{ for k in 0..n { if c(k) { let mut b: f64 = -0.0; b += 1.0; h(b); b = -0.0; } else { g(); } } }",
        );
    }

    #[test]
    fn a_let_stays_out_of_a_loop_that_carries_its_value() {
        let kept = [
            // One branch leaves the value changed for the next pass.
            "{ let mut b: f64 = -0.0; for k in 0..n { if c(k) { b += 1.0; } h(b); } }",
            // A `continue` skips the reset.
            "{ let mut b: f64 = -0.0; for k in 0..n { b += 1.0; if c(k) { continue; } h(b); b = -0.0; } }",
            // The reset is another literal.
            "{ let mut b: f64 = -0.0; for k in 0..n { b += 1.0; h(b); b = 0.0; } }",
            // A method on it may change it.
            "{ let mut b: f64 = -0.0; for k in 0..n { h(b); b = -0.0; b.bump(); } }",
            // The loop's head reads it.
            "{ let mut b: f64 = -0.0; while b < 1.0 { h(b); b = -0.0; } }",
            // The constant is a parameter, not a literal.
            "{ let mut b: f64 = p; for k in 0..n { b += 1.0; h(b); b = p; } }",
            // The body reads it before it assigns it.
            "{ let mut s: f64 = 0.0; for k in 0..n { h(s); s = pop(); } }",
            // A `break` may come before the assignment.
            "{ let mut s: f64 = 0.0; loop { if c() { break; } s = pop(); h(s); } }",
        ];
        for body in kept {
            moves(body, body);
        }
    }

    #[test]
    fn a_let_opens_a_loop_that_assigns_it_first() {
        moves(
            "{ let mut s: f64 = 0.0; for k in 0..n { s = pop(); h(s); g(s); } }",
            "{ for k in 0..n { let mut s: f64 = 0.0; s = pop(); h(s); g(s); } }",
        );
    }

    #[test]
    fn the_statements_before_a_block_move_into_it_unless_read_after_it() {
        moves(
            "{ let a = f(); let mut s: f64 = 0.0; s = pop(); { h(s, a); } g(a); }",
            "{ let a = f(); { let mut s: f64 = 0.0; s = pop(); h(s, a); } g(a); }",
        );
    }

    #[test]
    fn the_statements_before_a_block_pass_the_lets_of_constants_read_after_it() {
        moves(
            "{ let mut s: f64 = 0.0; s = pop(); let mut b: f64 = -0.0; { h(s); b += s; } g(b); }",
            "{ let mut b: f64 = -0.0; { let mut s: f64 = 0.0; s = pop(); h(s); b += s; } g(b); }",
        );
        // A statement that names the constant's variable stays before it.
        let body = "{ b = pop(); let mut b: f64 = -0.0; { h(b); } g(b); }";
        assert_eq!(sunk(body, &[]), tokens(body));
    }

    #[test]
    fn a_let_opens_a_loop_whose_call_takes_it_as_a_seed_and_resets_it() {
        moves(
            "{ let mut b: f64 = -0.0; while go() { b += 1.0; r = f({ let ob = b; b = -0.0; ob }, x); } }",
            "{ while go() { let mut b: f64 = -0.0; b += 1.0; r = f({ let ob = b; b = -0.0; ob }, x); } }",
        );
        let kept = "{ let mut b: f64 = -0.0; while go() { b += 1.0; r = f(b, x); } }";
        assert_eq!(sunk(kept, &[]), tokens(kept));
    }

    #[test]
    fn a_name_bound_twice_stays() {
        let body = "{ let mut b = 1.0; f(x); let b = 2.0; h(b); }";
        assert_eq!(sunk(body, &["b"]), tokens(body));
    }
}
