//! The results of a recursive call go straight into the run after it.
//!
//! In a debug build every variable a level binds takes a slot of its frame.
//! A recursive call whose results only the next run reads binds them for
//! nothing: the run takes them as arguments anyway. Here the call becomes
//! the run's first argument, and the run's closure binds its results:
//!
//! ```text
//! let (r, mut d_r) = f__jvp_fwd(x, d_x, tape);
//! outline3(|mut d_r, mut tape, mut r| { .. }, d_r, &mut *tape, r)
//! // becomes
//! outline2(|(mut r, mut d_r), mut tape| { .. }, f__jvp_fwd(x, d_x, tape), &mut *tape)
//! ```
//!
//! The call still runs before the other arguments are read, and before the
//! closure runs; the closure is built before it, so the call may not write
//! a variable the closure borrows, nor read one the closure writes.

use std::collections::BTreeSet;

use syn::visit_mut::VisitMut;
use syn::{Expr, Pat, Stmt};

use super::copy::Kinds;
use super::live::{expr_names, names};
use super::runs::{rename_helper, run_in};
use super::{inner_blocks, scan, MakeMutable};

/// Feeds the results of the recursive calls of `stmts`, a block of the
/// function `name` with the variables `kinds`, after which the names in
/// `after` are read, to the runs right after them.
pub fn feed(stmts: &mut Vec<Stmt>, after: &BTreeSet<String>, name: &str, kinds: &Kinds) {
    let mut k = 0;
    while k < stmts.len() {
        let rest = scan::facts(&stmts[k + 1..], name);
        if let Stmt::Expr(e, _) = &mut stmts[k] {
            let mut later = after.clone();
            later.extend(rest.reads.into_iter().chain(rest.writes));
            inner_blocks(e, &later, name, &mut |b, a, _| feed(b, a, name, kinds));
        }
        let (head, tail) = stmts.split_at_mut(k + 1);
        let fed = match tail.split_first_mut() {
            Some((next, rest)) => {
                let dead = |v: &str| !after.contains(v) && !rest.iter().any(|s| names(s, v));
                fuse(&head[k], next, name, kinds, &dead)
            }
            None => false,
        };
        if fed {
            stmts.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Makes the run of `next` take the results of `call`, `let pat = f(..);`
/// with `f` the function `name`, if `dead` holds for each name it binds
/// and the run is their only other use; whether it did.
fn fuse(
    call: &Stmt,
    next: &mut Stmt,
    name: &str,
    kinds: &Kinds,
    dead: &dyn Fn(&str) -> bool,
) -> bool {
    let Some((pat, init)) = recursive_let(call, name) else {
        return false;
    };
    let bound: Vec<String> = scan::bindings(pat)
        .iter()
        .map(|(v, _)| v.to_string())
        .collect();
    if !bound.iter().all(|v| dead(v)) {
        return false;
    }
    let e = match next {
        Stmt::Expr(Expr::Assign(a), _) if !bound.iter().any(|v| expr_names(&a.left, v)) => {
            &mut *a.right
        }
        Stmt::Expr(Expr::Return(r), _) => match &mut r.expr {
            Some(e) => &mut **e,
            None => return false,
        },
        Stmt::Expr(Expr::Assign(_), _) => return false,
        Stmt::Expr(e, _) => e,
        _ => return false,
    };
    let Some(run) = run_in(e) else {
        return false;
    };
    let Some(Expr::Closure(closure)) = run.args.first() else {
        return false;
    };
    let params: Vec<Vec<String>> = closure
        .inputs
        .iter()
        .map(|p| {
            scan::bindings(p)
                .iter()
                .map(|(v, _)| v.to_string())
                .collect()
        })
        .collect();
    let mut positions = Vec::new();
    for v in &bound {
        let at = params.iter().position(|p| p.len() == 1 && p[0] == *v);
        let passed = at.filter(
            |&k| matches!(run.args.iter().nth(k + 1), Some(Expr::Path(p)) if p.path.is_ident(v)),
        );
        let Some(at) = passed else { return false };
        let elsewhere = run
            .args
            .iter()
            .skip(1)
            .enumerate()
            .any(|(j, a)| j != at && expr_names(a, v));
        if elsewhere {
            return false;
        }
        positions.push(at);
    }
    let taken: BTreeSet<&str> = params.iter().flatten().map(String::as_str).collect();
    if conflicts(init, &closure.body, &taken, name, kinds) {
        return false;
    }
    let mut inputs: Vec<Pat> = Vec::new();
    let mut args: Vec<Expr> = vec![run.args[0].clone(), init.clone()];
    for (k, (input, arg)) in closure
        .inputs
        .iter()
        .zip(run.args.iter().skip(1))
        .enumerate()
    {
        if !positions.contains(&k) {
            inputs.push(input.clone());
            args.push(arg.clone());
        }
    }
    args.extend(run.args.iter().skip(closure.inputs.len() + 1).cloned());
    let mut pat = pat.clone();
    let names: BTreeSet<String> = bound.into_iter().collect();
    MakeMutable(&names).visit_pat_mut(&mut pat);
    inputs.insert(0, pat);
    let count = inputs.len();
    if let Some(Expr::Closure(closure)) = args.first_mut() {
        closure.inputs = inputs.into_iter().collect();
    }
    run.args = args.into_iter().collect();
    rename_helper(run, count);
    true
}

/// The pattern and the call of `let pat = f(..);`, `f` the function `name`.
fn recursive_let<'s>(stmt: &'s Stmt, name: &str) -> Option<(&'s Pat, &'s Expr)> {
    let Stmt::Local(l) = stmt else { return None };
    let init = l.init.as_ref().filter(|i| i.diverge.is_none())?;
    let Expr::Call(call) = &*init.expr else {
        return None;
    };
    let recursive = matches!(&*call.func, Expr::Path(p) if p.path.is_ident(name));
    recursive.then_some((&l.pat, &*init.expr))
}

/// Whether the call `init`, evaluated while the closure whose body is
/// `body` and whose parameters bind `taken` holds its borrows, would clash
/// with them: a variable both name that the closure captures rather than
/// takes, and that one of them writes, or the call borrows `&mut` (a
/// reference of `kinds.exclusive`) or moves (not `Copy`).
fn conflicts(init: &Expr, body: &Expr, taken: &BTreeSet<&str>, name: &str, kinds: &Kinds) -> bool {
    let call = scan::expr_facts(init, name);
    let closure = scan::expr_facts(body, name);
    call.reads.union(&call.writes).any(|v| {
        let written = call.writes.contains(v) || closure.writes.contains(v);
        let lent = kinds.exclusive.contains(v) || !kinds.copy.contains(v);
        let captured = !taken.contains(v.as_str()) && expr_names(body, v);
        captured && (written || lent)
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use quote::ToTokens;

    use super::super::printed;
    use super::feed;

    fn fed(f: &str) -> String {
        let mut func: syn::ItemFn = syn::parse_str(f).expect("a function");
        let kinds = super::super::copy::kinds(&func);
        feed(&mut func.block.stmts, &BTreeSet::new(), "f", &kinds);
        func.into_token_stream().to_string()
    }

    #[test]
    fn the_results_of_a_call_read_only_by_the_next_run_go_into_it() {
        let before = "fn f(x: f64, t: &mut T) -> (f64, f64) {
            let (r, mut d) = f(x, t);
            outline3(|mut d, mut t, mut r| { (r * x, d) }, d, &mut *t, r)
        }";
        let after = "fn f(x: f64, t: &mut T) -> (f64, f64) {
            outline2(|(mut r, mut d), mut t| { (r * x, d) }, f(x, t), &mut *t)
        }";
        assert_eq!(fed(before), printed(after));
        let nested = "fn f(x: f64, t: &mut T) -> f64 {
            let mut s = 0.0;
            for k in 0..2 { let r: f64 = f(x, t); s = outline_in_debug2(|mut r, mut s| s + r, r, s); }
            s
        }";
        let nested_after = "fn f(x: f64, t: &mut T) -> f64 {
            let mut s = 0.0;
            for k in 0..2 { s = outline_in_debug2(|mut r: f64, mut s| s + r, f(x, t), s); }
            s
        }";
        assert_eq!(fed(nested), printed(nested_after));
    }

    #[test]
    fn results_read_later_or_borrows_that_clash_stay() {
        let kept = [
            // Read after the run.
            "fn f(x: f64, t: &mut T) -> f64 { let r = f(x, t); let y = outline1(|mut r| r, r); y + r }",
            // Passed twice.
            "fn f(x: f64, t: &mut T) -> f64 { let r = f(x, t); outline2(|mut r, mut s| r + s, r, r) }",
            // The closure captures the tape the call borrows.
            "fn f(x: f64, t: &mut T) -> f64 { let r = f(x, t); outline1(|mut r| { t.push(r); r }, r) }",
            // The call resets an adjoint the closure captures.
            "fn f(x: f64, t: &mut T) -> f64 {
                let mut b = 1.0;
                let r = f({ let ob = b; b = -0.0; ob }, t);
                outline1(|mut r| r + b, r)
            }",
            // Not a recursive call.
            "fn f(x: f64, t: &mut T) -> f64 { let r = g(x); outline1(|mut r| r, r) }",
            // Assigned by the statement of the run.
            "fn f(x: f64, t: &mut T) { let r = f(x, t); r = outline1(|mut r| r, r); }",
        ];
        for f in kept {
            assert_eq!(fed(f), printed(f), "{f}");
        }
    }
}
