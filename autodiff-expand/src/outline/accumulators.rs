//! A backward sweep that hands its adjoints back through the tape stops
//! taking the caller's adjoints that its recursive calls always pass as
//! -0.0.
//!
//! A backward sweep takes, for a float parameter that its body assigns, the
//! adjoint its caller has accumulated so far (`i0`), and adds it at the end
//! (`(i0 + b0, ..)`, see `reverse::initial_adjoint`). Its recursive calls
//! pass in that place the adjoint of the argument, which is often a fresh
//! temporary's, still the -0.0 it was declared with. In a debug build each
//! parameter takes a slot of the level's frame, and a level keeps it across
//! its recursive call (spilled at entry, popped back at the end). The sweep
//! that [`super::handback`] renames (`f_rec`) is called only by itself and
//! by its wrapper, so such a parameter can go: the recursive calls no longer
//! pass it, the sweep returns its own part (`b0`: `-0.0 + b0` is `b0` for
//! every float, the signed zeros and NaN included), and the wrapper adds the
//! caller's value to what it pops:
//!
//! ```text
//! fn f(tape, i0: f64, i1: f64) -> (f64, f64) { ..; f(tape, b5, b1) ..; (i0 + b0, i1 + b1) }
//! // becomes, b5 being -0.0 at the call
//! fn f_rec(tape, i1: f64) { ..; f_rec(tape, b1) ..; tape.spill(b0); tape.spill(i1 + b1); }
//! fn f(tape, a0: f64, a1: f64) -> (f64, f64) { f_rec(tape, a1); let r1 = ..; let r0 = ..; (a0 + r0, r1) }
//! ```

use std::collections::BTreeSet;

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{BinOp, Expr, FnArg, Pat, Stmt};

use super::{compound, inner_blocks, scan};

/// A parameter dropped from the sweep.
pub struct Dropped {
    /// Its position among the sweep's parameters.
    pub input: usize,
    /// The position of the adjoint it is added to in the sweep's result.
    pub result: usize,
}

/// Drops from the backward sweep `func`, named `name`, each parameter that
/// its body reads only as the left operand of an element of the result
/// tuple it ends with (`p + b`), and that every recursive call passes as
/// -0.0 (a literal, or a variable declared with it and not changed since,
/// which `rebound` does not name); returns those dropped.
pub fn drop_zero_accumulators(
    func: &mut syn::ItemFn,
    name: &str,
    rebound: &BTreeSet<String>,
) -> Vec<Dropped> {
    let candidates = accumulators(func);
    if candidates.is_empty() {
        return Vec::new();
    }
    let mut walk = Walk {
        name,
        rebound,
        calls: Vec::new(),
        unknown: false,
    };
    walk.block(&mut func.block.stmts.clone(), BTreeSet::new());
    let mut count = CallArgs {
        name,
        drop: &[],
        calls: 0,
    };
    count.visit_block_mut(&mut func.block.clone());
    if walk.unknown || walk.calls.len() != count.calls || walk.calls.is_empty() {
        return Vec::new();
    }
    let dropped: Vec<Dropped> = candidates
        .into_iter()
        .filter(|d| {
            walk.calls
                .iter()
                .all(|zero| zero.get(d.input) == Some(&true))
        })
        .collect();
    if dropped.is_empty() {
        return dropped;
    }
    let inputs: Vec<FnArg> = func.sig.inputs.iter().cloned().collect();
    func.sig.inputs = inputs
        .into_iter()
        .enumerate()
        .filter(|(k, _)| !dropped.iter().any(|d| d.input == *k))
        .map(|(_, input)| input)
        .collect();
    if let Some(Stmt::Expr(Expr::Tuple(tail), None)) = func.block.stmts.last_mut() {
        for d in &dropped {
            if let Some(Expr::Binary(sum)) = tail.elems.iter().nth(d.result).cloned() {
                tail.elems[d.result] = *sum.right;
            }
        }
    }
    let positions: Vec<usize> = dropped.iter().map(|d| d.input).collect();
    CallArgs {
        name,
        drop: &positions,
        calls: 0,
    }
    .visit_block_mut(&mut func.block);
    dropped
}

/// The parameters of `func` named nowhere but as `p` in an element `p + e`
/// of the tuple its body ends with.
fn accumulators(func: &syn::ItemFn) -> Vec<Dropped> {
    let Some(Stmt::Expr(Expr::Tuple(tail), None)) = func.block.stmts.last() else {
        return Vec::new();
    };
    let body = func.block.to_token_stream();
    let mut found = Vec::new();
    for (result, elem) in tail.elems.iter().enumerate() {
        let Expr::Binary(sum) = elem else { continue };
        let Expr::Path(left) = &*sum.left else {
            continue;
        };
        let Some(p) = left.path.get_ident() else {
            continue;
        };
        let input = func.sig.inputs.iter().position(|input| match input {
            FnArg::Typed(t) => matches!(&*t.pat, Pat::Ident(i) if i.ident == *p),
            FnArg::Receiver(_) => false,
        });
        let alone = scan::occurrences(body.clone(), &p.to_string()) == 1;
        if let (BinOp::Add(_), Some(input), true) = (sum.op, input, alone) {
            found.push(Dropped { input, result });
        }
    }
    found
}

/// Finds, for each recursive call, which of its arguments are -0.0.
struct Walk<'a> {
    name: &'a str,
    rebound: &'a BTreeSet<String>,
    /// Per call found, per argument, whether it is -0.0.
    calls: Vec<Vec<bool>>,
    /// A recursive call is somewhere this walk does not follow.
    unknown: bool,
}

impl Walk<'_> {
    /// Walks `stmts`, entered with the variables of `zeros` holding -0.0.
    fn block(&mut self, stmts: &mut [Stmt], mut zeros: BTreeSet<String>) {
        for stmt in stmts.iter_mut() {
            let facts = scan::facts(std::slice::from_ref(stmt), self.name);
            if facts.recursive {
                let zero: Option<Vec<bool>> = direct_call(stmt, self.name)
                    .map(|args| args.iter().map(|a| is_zero(a, &zeros)).collect());
                match (zero, &mut *stmt) {
                    (Some(zero), _) => self.calls.push(zero),
                    (None, Stmt::Expr(e, _)) if compound(e) => {
                        let name = self.name;
                        inner_blocks(e, &BTreeSet::new(), name, &mut |b, _, looped| {
                            let mut inside = zeros.clone();
                            if let Some(facts) = looped {
                                inside.retain(|v| !facts.writes.contains(v));
                            }
                            self.block(b, inside);
                        });
                    }
                    _ => self.unknown = true,
                }
            }
            zeros.retain(|v| !facts.writes.contains(v));
            if let Stmt::Local(l) = stmt {
                let zero = l
                    .init
                    .as_ref()
                    .is_some_and(|i| i.diverge.is_none() && is_zero(&i.expr, &BTreeSet::new()));
                for (v, _) in scan::bindings(&l.pat) {
                    let v = v.to_string();
                    zeros.remove(&v);
                    if zero && !self.rebound.contains(&v) {
                        zeros.insert(v);
                    }
                }
            }
        }
    }
}

/// The arguments of the call of the function `name` that `stmt` is: alone,
/// assigned, or bound by a `let`.
fn direct_call<'s>(stmt: &'s Stmt, name: &str) -> Option<Vec<&'s Expr>> {
    let e = match stmt {
        Stmt::Expr(Expr::Assign(a), _) => &*a.right,
        Stmt::Expr(e, _) => e,
        Stmt::Local(l) => &*l.init.as_ref().filter(|i| i.diverge.is_none())?.expr,
        _ => return None,
    };
    let Expr::Call(call) = e else { return None };
    let recursive = matches!(&*call.func, Expr::Path(p) if p.path.is_ident(name));
    let nested = call
        .args
        .iter()
        .any(|a| scan::expr_facts(a, name).recursive);
    (recursive && !nested).then(|| call.args.iter().collect())
}

/// Whether `e` is -0.0: the literal, or a variable of `zeros`.
fn is_zero(e: &Expr, zeros: &BTreeSet<String>) -> bool {
    match e {
        Expr::Paren(p) => is_zero(&p.expr, zeros),
        Expr::Path(p) => p
            .path
            .get_ident()
            .is_some_and(|v| zeros.contains(&v.to_string())),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => match &*u.expr {
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Float(f),
                ..
            }) => f.base10_parse::<f64>().is_ok_and(|v| v == 0.0),
            _ => false,
        },
        _ => false,
    }
}

/// Counts the calls of the function `name` and removes from each the
/// arguments at the positions `drop`.
struct CallArgs<'a> {
    name: &'a str,
    drop: &'a [usize],
    calls: usize,
}

impl VisitMut for CallArgs<'_> {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        visit_mut::visit_expr_call_mut(self, call);
        if matches!(&*call.func, Expr::Path(p) if p.path.is_ident(self.name)) {
            self.calls += 1;
            let args: Vec<Expr> = call.args.iter().cloned().collect();
            call.args = args
                .into_iter()
                .enumerate()
                .filter(|(k, _)| !self.drop.contains(k))
                .map(|(_, a)| a)
                .collect();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use quote::ToTokens;

    use super::super::printed;
    use super::drop_zero_accumulators;

    fn dropped(f: &str) -> (String, Vec<(usize, usize)>) {
        let mut func: syn::ItemFn = syn::parse_str(f).expect("a function");
        let dropped = drop_zero_accumulators(&mut func, "f", &BTreeSet::new());
        let positions = dropped.iter().map(|d| (d.input, d.result)).collect();
        (func.into_token_stream().to_string(), positions)
    }

    #[test]
    fn a_parameter_every_call_passes_as_zero_goes() {
        let before = "fn f(t: &mut T, s: f64, i0: f64, i1: f64) -> (f64, f64) {
            let mut b0: f64 = -0.0; let mut b1: f64 = -0.0; b1 += s;
            { let mut b5: f64 = -0.0;
              if s > 0.0 { (b5, b1) = f(t, s, b5, b1); }
              b0 += b5; }
            (i0 + b0, i1 + b1)
        }";
        let after = "fn f(t: &mut T, s: f64, i1: f64) -> (f64, f64) {
            let mut b0: f64 = -0.0; let mut b1: f64 = -0.0; b1 += s;
            { let mut b5: f64 = -0.0;
              if s > 0.0 { (b5, b1) = f(t, s, b1); }
              b0 += b5; }
            (b0, i1 + b1)
        }";
        assert_eq!(dropped(before), (printed(after), vec![(2, 0)]));
    }

    #[test]
    fn a_parameter_passed_otherwise_or_read_elsewhere_stays() {
        let kept = [
            // Changed before the call.
            "fn f(t: &mut T, i0: f64) -> (f64, f64) {
                let mut b5: f64 = -0.0; b5 += 1.0; (b5, _) = f(t, b5); (i0 + b5, b5)
            }",
            // Changed in an earlier pass of the loop.
            "fn f(t: &mut T, i0: f64) -> (f64, f64) {
                let mut b5: f64 = -0.0;
                for k in 0..2 { (b5, _) = f(t, b5); }
                (i0 + b5, b5)
            }",
            // Read in the body.
            "fn f(t: &mut T, i0: f64) -> (f64, f64) { let (b, c) = f(t, -0.0); (i0 + b, c * i0) }",
            // Passed as +0.0, which -0.0 + b would not give back.
            "fn f(t: &mut T, i0: f64) -> (f64, f64) { let (b, c) = f(t, 0.0); (i0 + b, c) }",
            // A call inside another call's argument.
            "fn f(t: &mut T, i0: f64) -> (f64, f64) { let (b, c) = f(t, f(t, -0.0).0); (i0 + b, c) }",
        ];
        for f in kept {
            assert_eq!(dropped(f), (printed(f), vec![]), "{f}");
        }
    }
}
