//! Where a variable's value is still needed: which statements read a
//! variable before assigning it, and which names are read after a
//! statement. The passes of [`super`] decide by these what a run must hand
//! back and what a level keeps across its recursive calls. Names are
//! compared as strings, as in [`scan`].

use std::collections::BTreeSet;

use syn::{Expr, Stmt};

use super::scan;

/// Whether `stmt` reads or writes `v`.
pub fn names(stmt: &Stmt, v: &str) -> bool {
    named(&scan::facts(std::slice::from_ref(stmt), ""), v)
}

/// Whether the expression `e` reads or writes `v`.
pub fn expr_names(e: &Expr, v: &str) -> bool {
    named(&scan::expr_facts(e, ""), v)
}

/// Whether code with these `facts` reads or writes `v`.
pub fn named(facts: &scan::Facts, v: &str) -> bool {
    facts.reads.contains(v) || facts.writes.contains(v)
}

/// Whether `run` assigns `v` before anything else names it: its first
/// statement that names `v` is a plain assignment `v = e;` whose right side
/// does not read it, or an `if` with an `else`, or a block, that does so on
/// every path; and no statement before it can leave the run (`break`,
/// `return`, ...), which would skip the assignment.
pub fn assigned_first(run: &[Stmt], v: &str) -> bool {
    for stmt in run {
        let facts = scan::facts(std::slice::from_ref(stmt), "");
        if !named(&facts, v) {
            if facts.pinned {
                return false;
            }
            continue;
        }
        return match stmt {
            Stmt::Expr(Expr::Assign(a), _) => {
                matches!(&*a.left, Expr::Path(p) if p.path.is_ident(v))
                    && !scan::facts(std::slice::from_ref(stmt), "")
                        .reads
                        .contains(v)
            }
            Stmt::Expr(e, _) => assigned_on_every_path(e, v),
            _ => false,
        };
    }
    false
}

/// The names read after a statement with these `facts`, followed in its
/// block by `rest`, after which the names in `after` are read: those that
/// `rest` may read before assigning them, and those of `after` unless `rest`
/// assigns them first. A statement that can leave skips `rest`, and what it
/// assigns may be read after the block or loop it leaves: then all of
/// `after`.
pub fn read_after(
    facts: &scan::Facts,
    rest: &[Stmt],
    after: &BTreeSet<String>,
    name: &str,
) -> BTreeSet<String> {
    let mut later: BTreeSet<String> = scan::facts(rest, name)
        .reads
        .into_iter()
        .filter(|v| exposed(rest, v))
        .collect();
    later.extend(
        after
            .iter()
            .filter(|v| facts.pinned || !assigned_first(rest, v))
            .cloned(),
    );
    later
}

/// Whether `stmts` may read `v` before assigning it: some path through them
/// reads it before any statement on that path assigns it. A statement that
/// names `v` and that this cannot follow (a loop, a `match`) counts as
/// reading it; an `if` counts by its condition and branches, a block by its
/// statements, and either ends the search when it assigns `v` on every path.
pub fn exposed(stmts: &[Stmt], v: &str) -> bool {
    for stmt in stmts {
        if !names(stmt, v) {
            continue;
        }
        if assigned_first(std::slice::from_ref(stmt), v) {
            return false;
        }
        match stmt {
            Stmt::Expr(e @ (Expr::If(_) | Expr::Block(_)), _) if !branch_exposes(e, v) => {}
            _ => return true,
        }
    }
    false
}

/// Whether `e`, a branch of an `if` (a block or an `if`) or a block
/// statement, may read `v` before assigning it.
fn branch_exposes(e: &Expr, v: &str) -> bool {
    match e {
        Expr::Block(b) if b.label.is_none() => exposed(&b.block.stmts, v),
        Expr::If(i) => {
            expr_names(&i.cond, v)
                || exposed(&i.then_branch.stmts, v)
                || i.else_branch
                    .as_ref()
                    .is_some_and(|(_, otherwise)| branch_exposes(otherwise, v))
        }
        _ => expr_names(e, v),
    }
}

/// Whether the first statement of `run` that names `v` reads it without
/// assigning it. The code read `v` there, so `v` was given a value before
/// the run (nothing in the run before that statement names it): the run can
/// take it even if its `let` gave it no value.
pub fn read_first(run: &[Stmt], v: &str) -> bool {
    run.iter()
        .map(|stmt| scan::facts(std::slice::from_ref(stmt), ""))
        .find(|facts| named(facts, v))
        .is_some_and(|facts| !facts.writes.contains(v))
}

fn assigned_on_every_path(e: &Expr, v: &str) -> bool {
    match e {
        Expr::Block(b) => b.label.is_none() && assigned_first(&b.block.stmts, v),
        Expr::If(i) => {
            !expr_names(&i.cond, v)
                && assigned_first(&i.then_branch.stmts, v)
                && i.else_branch
                    .as_ref()
                    .is_some_and(|(_, otherwise)| assigned_on_every_path(otherwise, v))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{exposed, read_after, scan};

    fn stmts(code: &str) -> Vec<syn::Stmt> {
        syn::parse_str::<syn::Block>(&format!("{{ {code} }}"))
            .expect("statements")
            .stmts
    }

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn a_branch_that_assigns_before_it_reads_exposes_nothing() {
        let returns = stmts("if c { d = e; return (o, d); } s = s + 1.0; d = s;");
        assert!(!exposed(&returns, "d"));
        assert!(exposed(&returns, "s"));
        assert!(exposed(&returns, "c"));
        let reads = stmts("if c { return (o, d); } d = s;");
        assert!(exposed(&reads, "d"));
        let after_branch = stmts("if c { d = e; } s = d;");
        assert!(exposed(&after_branch, "d"));
        let in_a_loop = stmts("for k in 0..n { d = e; } s = d;");
        assert!(exposed(&in_a_loop, "d"));
        let nested = stmts("if c { if g { f(x); { d = e; y = d; } } else { z = 1.0; } } s = z;");
        assert!(!exposed(&nested, "d"));
        assert!(exposed(&nested, "z"));
        let block_reads = stmts("{ y = d; d = e; }");
        assert!(exposed(&block_reads, "d"));
    }

    #[test]
    fn what_the_rest_assigns_first_is_not_read_after_unless_the_statement_can_leave() {
        let rest = stmts("d = e; y = d;");
        let after = set(&["d", "z"]);
        let plain = scan::facts(&stmts("f(x);"), "f");
        assert_eq!(read_after(&plain, &rest, &after, "f"), set(&["e", "z"]));
        let leaves = scan::facts(&stmts("if x > 0.0 { break; }"), "f");
        assert!(leaves.pinned);
        assert_eq!(
            read_after(&leaves, &rest, &after, "f"),
            set(&["d", "e", "z"])
        );
        // What the rest reads only after assigning it is not read after the
        // statement, whether or not it can leave.
        let only_z = set(&["z"]);
        assert_eq!(read_after(&leaves, &rest, &only_z, "f"), set(&["e", "z"]));
    }
}
