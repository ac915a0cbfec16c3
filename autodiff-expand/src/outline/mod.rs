//! Small frames for the generated functions that call themselves.
//!
//! A recursion of depth d keeps d frames of each generated function on the
//! stack, and a frame holds every value its level names that the compiler
//! could not keep in registers: in a build without optimisation, every
//! local and temporary. The runs of statements between the recursive calls
//! (the work a level does before and after calling itself) move into
//! closures called through `autodiff::__private::outline`: their temporaries
//! then take stack only while the run executes, once, and a level's frame
//! keeps what outlives a recursive call and the arguments of the runs. This
//! is a pass over the generated function's syntax, after emission, so that
//! it treats every generated function alike:
//!
//! - a run's values go to the closure as arguments when they are known to be
//!   `Copy` (see [`copy`]) and come back in its result when they were
//!   assigned and are read later; the closure captures the others, but for
//!   the adjoints of a vector (one word) that nothing names after the run,
//!   which it takes by value. A run
//!   called through `outline_in_debugN` takes the variables it hands back as
//!   `&mut` arguments instead (a tuple returned in a debug build takes slots
//!   of its own besides the variables it is assigned to), and a `let` of a
//!   constant whose variable is named after the run moves in front of it. A
//!   run through `outlineN` in a function with a tape (a sweep) that would
//!   return more than two words, which come back through a slot in the
//!   level's frame, hands back its floats and vector adjoints through the
//!   tape's spill stacks, and leaves the `let`s of constants it does not
//!   touch in front of it;
//! - a variable the run assigns before reading it becomes the closure's own;
//! - a run that leaves otherwise than by its end (`return`, `break` out of
//!   it, `?`), holds a macro other than `vec!`, or reads a variable that may
//!   not be assigned yet (declared without a value, and assigned in the run
//!   before or where the run first reads it) stays as it is; the runs inside
//!   its blocks (those before a `return`) are outlined. A `let` of a `vec!`
//!   whose vector is named after the run stays out of it, in the level,
//!   rather than coming back through a slot;
//! - in a function without a tape (`_jvp`), a run in a frame of its own that
//!   would return more than two values is cut into parts that return at
//!   most two each (see [`split`]).
//!
//! The closure runs in a frame of its own through `outlineN` when it calls a
//! library function (an optimised frame spills every float live across such a
//! call), follows a recursive call (the values a level keeps across that
//! call then reach the run as scalar arguments: inlined, the optimiser may
//! pack pairs of them into vector registers and spill those whole, twice the
//! stack) or ends in a `return` (inlined, the registers it uses are saved on
//! entry to every level), through `outline_in_debugN` (a frame of its own in
//! debug builds, inlined in the others) otherwise. A block's last expression
//! moves into a run if its value is `()`, and so does the value a block ends
//! with (its last expression, or a `return`'s) if it reads only `Copy`
//! variables and the run hands nothing else back: the closure then gives it
//! (`return outline3(..)`). What a run hands back is what the code after it
//! may read before assigning it (see [`live`]).
//!
//! Every such function first has its `let`s of constants (the adjoints and
//! tangents the generated code declares at its top) moved next to their uses
//! (see [`sink`]), so that they belong to the runs rather than to the level.
//! The functions with a tape (the sweeps) then spill the floats a level
//! keeps across its recursive calls to it (see [`spill`]); backward sweeps
//! hand back their adjoints through it when there are more than the return
//! registers hold (see [`handback`]), and then no longer take the caller's
//! adjoints that every recursive call passes as zero (see [`accumulators`]). Once the runs are outlined, the
//! adjoints of vectors that a run hands back through the tape stay there
//! until the run that uses them next (see [`defer`]), and the results of a
//! recursive call that only the next run reads go straight into it (see
//! [`feed`]). Before the runs are
//! outlined, the version for optimised builds gets the vectors a level
//! keeps across its calls moved to one box (see [`heap`]).

mod accumulators;
mod copy;
mod defer;
mod feed;
mod handback;
mod heap;
mod live;
mod runs;
mod scan;
mod sink;
mod spill;
mod split;

use std::collections::BTreeSet;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Stmt};

use crate::paths;
use copy::Kinds;
use live::{assigned_first, exposed, expr_names, names, read_after, read_first};
use sink::Sinker;

/// The most arguments an outlined run takes (the helpers go up to 24).
const MAX_ARGS: usize = 24;

/// The function `header { body }`, generated, with the runs of statements
/// between its recursive calls outlined and, if it has a tape (a forward
/// sweep), the floats it keeps across them spilled to it; unchanged if it
/// does not call itself. Two items, one per build, if its levels keep vectors
/// across their calls (see [`heap`]).
pub fn frames(header: TokenStream, body: TokenStream) -> Vec<TokenStream> {
    let item = quote!(#header { #body });
    match recursive(&item, &body) {
        Some(mut func) => {
            let name = func.sig.ident.to_string();
            adopt_copied_params(&mut func);
            let kinds = copy::kinds(&func);
            sink_lets(&mut func, &name, &kinds);
            spill::spill(&mut func, &name, &kinds);
            per_build(func, &name)
        }
        None => vec![item],
    }
}

/// The backward sweep `header { body }` with the runs between its recursive
/// calls outlined and the floats it keeps across them spilled to the tape
/// (see [`spill`]); if it returns more adjoints than fit in registers, the
/// sweep renamed to hand them back through the tape, and as a second item the
/// wrapper that keeps its name and signature (see [`handback`]).
pub fn backward_frames(
    header: TokenStream,
    body: TokenStream,
) -> (Vec<TokenStream>, Option<TokenStream>) {
    let item = quote!(#header { #body });
    let Some(mut func) = recursive(&item, &body) else {
        return (vec![item], None);
    };
    let name = func.sig.ident.to_string();
    let original = func.sig.clone();
    adopt_copied_params(&mut func);
    let kinds = copy::kinds(&func);
    sink_lets(&mut func, &name, &kinds);
    let tape = kinds.tape.as_ref();
    let dropped = match tape.and_then(|tape| handback::handed_back(&func, tape)) {
        Some(_) => accumulators::drop_zero_accumulators(&mut func, &name, &kinds.rebound),
        None => Vec::new(),
    };
    spill::spill(&mut func, &name, &kinds);
    let handed = tape.and_then(|tape| handback::hand_back(&func, &name, tape, &original, &dropped));
    match handed {
        Some((inner, wrapper)) => (per_build(inner, &name), Some(wrapper.into_token_stream())),
        None => (per_build(func, &name), None),
    }
}

/// The function `item`, parsed, if its `body` calls it.
fn recursive(item: &TokenStream, body: &TokenStream) -> Option<syn::ItemFn> {
    let func = syn::parse2::<syn::ItemFn>(item.clone()).ok()?;
    let name = func.sig.ident.to_string();
    let calls =
        scan::mentions(body.clone(), &name) && scan::facts(&func.block.stmts, &name).recursive;
    calls.then_some(func)
}

/// The parameters of `func`, named `name`, that it never assigns nor
/// shadows.
fn fixed(func: &syn::ItemFn, name: &str, kinds: &Kinds) -> BTreeSet<String> {
    let written = scan::facts(&func.block.stmts, name).writes;
    func.sig
        .inputs
        .iter()
        .filter_map(|input| match input {
            syn::FnArg::Typed(t) => Some(scan::bindings(&t.pat)),
            syn::FnArg::Receiver(_) => None,
        })
        .flatten()
        .map(|(ident, _)| ident.to_string())
        .filter(|v| !written.contains(v) && !kinds.rebound.contains(v))
        .collect()
}

/// Makes each parameter of `func` that it only copies into a variable,
/// `let mut b: f64 = seed;` among its statements (a backward sweep's seeds),
/// that variable: the parameter becomes `mut b` and the `let` goes. In a
/// debug build the copy took a slot of the level's frame next to the
/// parameter's.
fn adopt_copied_params(func: &mut syn::ItemFn) {
    let rebound = copy::kinds(func).rebound;
    let mut k = 0;
    while k < func.block.stmts.len() {
        let adopted = param_copy(&func.block.stmts[k]).and_then(|(v, ty, p)| {
            let (before, after) = func.block.stmts.split_at(k);
            let elsewhere = |stmts: &[Stmt], name: &str| {
                stmts
                    .iter()
                    .any(|s| scan::mentions(s.to_token_stream(), name))
            };
            let (param, copy) = (p.to_string(), v.to_string());
            let alone = !elsewhere(before, &copy)
                && !elsewhere(before, &param)
                && !elsewhere(&after[1..], &param)
                && !rebound.contains(&param)
                && !rebound.contains(&copy);
            let input = func.sig.inputs.iter_mut().find_map(|input| match input {
                syn::FnArg::Typed(t)
                    if matches!(&*t.pat, syn::Pat::Ident(i)
                    if i.ident == p && i.by_ref.is_none() && i.subpat.is_none()) =>
                {
                    Some(t)
                }
                _ => None,
            })?;
            let same_type = ty.is_none_or(|ty| {
                ty.to_token_stream().to_string() == input.ty.to_token_stream().to_string()
            });
            (alone && same_type).then(|| *input.pat = syn::parse_quote!(mut #v))
        });
        match adopted {
            Some(()) => {
                func.block.stmts.remove(k);
            }
            None => k += 1,
        }
    }
}

/// The variable, its type if given, and the parameter of `let [mut] v[: T]
/// = p;`.
fn param_copy(stmt: &Stmt) -> Option<(syn::Ident, Option<syn::Type>, syn::Ident)> {
    let Stmt::Local(l) = stmt else { return None };
    let init = l.init.as_ref().filter(|i| i.diverge.is_none())?;
    let Expr::Path(p) = &*init.expr else {
        return None;
    };
    let p = p.path.get_ident()?.clone();
    let (pat, ty) = match &l.pat {
        syn::Pat::Type(t) => (&*t.pat, Some((*t.ty).clone())),
        pat => (pat, None),
    };
    match pat {
        syn::Pat::Ident(v) if v.by_ref.is_none() && v.subpat.is_none() => {
            Some((v.ident.clone(), ty, p))
        }
        _ => None,
    }
}

/// Moves the `let`s of constants of `func`, named `name`, next to their uses
/// (see [`sink`]).
fn sink_lets(func: &mut syn::ItemFn, name: &str, kinds: &Kinds) {
    let fixed = fixed(func, name, kinds);
    let sinker = Sinker {
        fixed: &fixed,
        rebound: &kinds.rebound,
    };
    sinker.all(&mut func.block);
}

/// `func`, named `name`, which calls itself, with the runs between its
/// recursive calls outlined: one item, or one per build if its levels keep
/// vectors in heap frames in optimised builds (see [`heap`]).
fn per_build(func: syn::ItemFn, name: &str) -> Vec<TokenStream> {
    match heap::heap_frames(&func, name) {
        Some(versions) => {
            let mut optimised = outlined(versions.optimised);
            heap::capture_whole(&mut optimised, &versions.frames);
            vec![
                outlined(versions.debug).into_token_stream(),
                optimised.into_token_stream(),
            ]
        }
        None => vec![outlined(func).into_token_stream()],
    }
}

/// `func`, which calls itself, with the runs between its recursive calls
/// outlined.
fn outlined(mut func: syn::ItemFn) -> syn::ItemFn {
    let name = func.sig.ident.to_string();
    let kinds = copy::kinds(&func);
    let fixed = fixed(&func, &name, &kinds);
    let outliner = Outliner { kinds, fixed, name };
    outliner.block(&mut func.block.stmts, &BTreeSet::new());
    if let Some(tape) = &outliner.kinds.tape {
        defer::defer(&mut func, &outliner.name, tape);
    }
    let (name, kinds) = (&outliner.name, &outliner.kinds);
    feed::feed(&mut func.block.stmts, &BTreeSet::new(), name, kinds);
    drop_unused_declarations(&mut func.block.stmts);
    func
}

/// Removes, in `stmts` and the blocks of their branches and loops (not
/// closures, not labelled blocks), each `let v;` without a value, or with a
/// literal or empty adjoints of a vector, that nothing after it in its block
/// names any more: the runs now declare the variable themselves (a run that
/// assigns it first, a run that pops it from the tape). Left, a `let v;`'s
/// type could not be inferred, and in a debug build each takes a slot of the
/// level's frame.
fn drop_unused_declarations(stmts: &mut Vec<Stmt>) {
    let mut k = 0;
    while k < stmts.len() {
        let unused = match &stmts[k] {
            Stmt::Local(l) => {
                let pat = match &l.pat {
                    syn::Pat::Type(t) => &*t.pat,
                    pat => pat,
                };
                let pure = l
                    .init
                    .as_ref()
                    .is_none_or(|init| init.diverge.is_none() && constant(&init.expr, &|_| false));
                match pat {
                    syn::Pat::Ident(p) if pure && p.subpat.is_none() => {
                        let v = p.ident.to_string();
                        !stmts[k + 1..].iter().any(|s| names(s, &v))
                    }
                    _ => false,
                }
            }
            _ => false,
        };
        if unused {
            stmts.remove(k);
            continue;
        }
        if let Stmt::Expr(e, _) = &mut stmts[k] {
            inner_blocks(e, &BTreeSet::new(), "", &mut |b, _, _| {
                drop_unused_declarations(b)
            });
        }
        k += 1;
    }
}

/// The value a block ends with, which the run before it may give back.
struct Value {
    expr: Expr,
    /// It is given by a `return` rather than as the block's last expression.
    returned: bool,
}

struct Outliner {
    name: String,
    kinds: Kinds,
    /// The parameters the function never assigns nor shadows.
    fixed: BTreeSet<String>,
}

impl Outliner {
    /// Outlines the runs of `stmts`, a block after which the names in `after`
    /// are read (in the enclosing blocks, and anywhere in an enclosing loop).
    fn block(&self, stmts: &mut Vec<Stmt>, after: &BTreeSet<String>) {
        self.drop_dead_resets(stmts, after);
        self.sinker().block(stmts);
        for k in 0..stmts.len() {
            let facts = scan::facts(&stmts[k..=k], &self.name);
            if facts.recursive || facts.pinned {
                let rest = &stmts[k + 1..];
                let later = read_after(&facts, rest, after, &self.name);
                if let Stmt::Expr(e, _) = &mut stmts[k] {
                    self.compound(e, &later);
                }
                self.pass_dead_adjoints(&mut stmts[k], &later);
            }
        }
        let old = std::mem::take(stmts);
        let tail = matches!(old.last(), Some(Stmt::Expr(_, None)));
        let returns = matches!(old.last(), Some(Stmt::Expr(Expr::Return(_), _)));
        let mut recursive = Vec::new();
        let mut pinned = Vec::new();
        let mut movable: Vec<bool> = old
            .iter()
            .enumerate()
            .map(|(k, stmt)| {
                let facts = scan::facts(std::slice::from_ref(stmt), &self.name);
                recursive.push(facts.recursive);
                pinned.push(facts.pinned);
                let last = tail && k + 1 == old.len() && !unit_valued(stmt);
                !(facts.recursive || facts.pinned || last)
            })
            .collect();
        keep_live_vectors(&old, &mut movable, after);
        let value = self.value(&old, tail);
        let nothing = BTreeSet::new();
        let mut start = 0;
        while start < old.len() {
            let mut end = start;
            while end < old.len() && movable[end] {
                end += 1;
            }
            if end == start {
                stmts.push(old[start].clone());
                start += 1;
                continue;
            }
            let apart = returns || recursive[..start].contains(&true);
            // A block that ends in a `return`, with nothing before it that can
            // leave otherwise, never gets to what follows it.
            let returned = returns
                && pinned[end..]
                    .split_last()
                    .is_some_and(|(_, before)| !before.contains(&true));
            let after = if returned { &nothing } else { after };
            let parts = self.parts(&old[start..end], &old[end..], after, apart);
            let count = parts.len();
            for (k, part) in parts.into_iter().enumerate() {
                let (from, to) = (start + part.start, start + part.end);
                let value = value.as_ref().filter(|(at, _)| k + 1 == count && *at == to);
                if let Some((_, value)) = value {
                    if let Some(outlined) = self.run(&old[from..to], &[], after, apart, Some(value))
                    {
                        stmts.extend(outlined);
                        end += 1;
                        continue;
                    }
                }
                match self.run(&old[from..to], &old[to..], after, apart, None) {
                    Some(outlined) => stmts.extend(outlined),
                    None => stmts.extend(old[from..to].iter().cloned()),
                }
            }
            start = end;
        }
    }

    /// The position of the last statement of the block `stmts` and what it
    /// gives if it is the block's value (`tail`) or a `return` of a value,
    /// and that value is an expression of `Copy` variables that calls
    /// nothing of the function: the run before it can compute it and give
    /// it back as the closure's value, and neither the run nor the level
    /// then binds the variables it reads (`(out, d_out)`, each a slot of a
    /// debug build's frame).
    fn value(&self, stmts: &[Stmt], tail: bool) -> Option<(usize, Value)> {
        let (value, returned) = match stmts.last()? {
            Stmt::Expr(Expr::Return(r), _) => (r.expr.as_deref()?, true),
            stmt @ Stmt::Expr(e, None) if tail && !unit_valued(stmt) => (e, false),
            _ => return None,
        };
        let facts = scan::expr_facts(value, &self.name);
        let copy = facts
            .reads
            .iter()
            .filter(|v| self.kinds.locals.contains(*v))
            .all(|v| self.kinds.copy.contains(v));
        let plain = !(facts.recursive || facts.pinned || facts.binds) && facts.writes.is_empty();
        (copy && plain).then(|| {
            let value = Value {
                expr: value.clone(),
                returned,
            };
            (stmts.len() - 1, value)
        })
    }

    /// Removes the assignments of a constant to a variable that nothing reads
    /// afterwards (the backward sweeps zero each adjoint after its last use,
    /// which at the end of the function is dead): they would otherwise keep
    /// the variable's declaration out of the run that uses it.
    fn drop_dead_resets(&self, stmts: &mut Vec<Stmt>, after: &BTreeSet<String>) {
        let mut k = 0;
        while k < stmts.len() {
            let dead = match &stmts[k] {
                Stmt::Expr(Expr::Assign(a), Some(_)) if self.constant(&a.right) => match &*a.left {
                    Expr::Path(p) => p.path.get_ident().is_some_and(|v| {
                        let v = v.to_string();
                        self.kinds.locals.contains(&v)
                            && !after.contains(&v)
                            && !scan::facts(&stmts[k + 1..], &self.name).reads.contains(&v)
                    }),
                    _ => false,
                },
                _ => false,
            };
            if dead {
                stmts.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// In `stmt`, if it is a recursive call (assigned or bound), replaces
    /// each argument `{ let ob = b; b = -0.0; ob }` (an adjoint taken as the
    /// seed of the call) by `b` when nothing reads `b` afterwards (`after`):
    /// the reset is dead, and the block's value would otherwise take a slot
    /// of its own in a debug build.
    fn pass_dead_adjoints(&self, stmt: &mut Stmt, after: &BTreeSet<String>) {
        let (call, left) = match stmt {
            Stmt::Expr(Expr::Assign(a), _) => (&mut *a.right, Some(&*a.left)),
            Stmt::Local(l) => match &mut l.init {
                Some(init) => (&mut *init.expr, None),
                None => return,
            },
            Stmt::Expr(e, _) => (e, None),
            _ => return,
        };
        let Expr::Call(call) = call else { return };
        if !matches!(&*call.func, Expr::Path(p) if p.path.is_ident(&self.name)) {
            return;
        }
        for k in 0..call.args.len() {
            let Some(b) = taken_adjoint(&call.args[k]) else {
                continue;
            };
            let name = b.to_string();
            let elsewhere = call
                .args
                .iter()
                .enumerate()
                .any(|(j, a)| j != k && expr_names(a, &name))
                || left.is_some_and(|l| expr_names(l, &name));
            if !after.contains(&name) && !elsewhere {
                call.args[k] = syn::parse_quote!(#b);
            }
        }
    }

    /// The mover of the `let`s of constants of the function.
    fn sinker(&self) -> Sinker<'_> {
        Sinker {
            fixed: &self.fixed,
            rebound: &self.kinds.rebound,
        }
    }

    /// A literal, a negated literal or a parameter the function never assigns.
    fn constant(&self, e: &Expr) -> bool {
        constant(e, &|v| self.fixed.contains(&v.to_string()))
    }

    /// Outlines inside the blocks of a statement that calls the function.
    fn compound(&self, e: &mut Expr, after: &BTreeSet<String>) {
        inner_blocks(e, after, &self.name, &mut |stmts, after, _| {
            self.block(stmts, after)
        });
    }

    /// The statements that replace `run`, followed in its block by `rest`,
    /// or `None` to keep it as it is. If `apart`, the run follows a recursive
    /// call or its block ends in a `return`, and it runs in a frame of its
    /// own if it computes anything: after the call, inlined, the optimiser
    /// may pack values kept across the call into vector registers; before a
    /// `return`, which runs once per call, its registers would be saved on
    /// entry to the level for every path through it. With a `value` (the
    /// block's last statement, `rest` then empty), the closure gives that
    /// value and replaces the run and the value both, if it hands nothing
    /// else back.
    fn run(
        &self,
        run: &[Stmt],
        rest: &[Stmt],
        after: &BTreeSet<String>,
        apart: bool,
        value: Option<&Value>,
    ) -> Option<Vec<Stmt>> {
        let value_stmt = value.map(|v| Stmt::Expr(v.expr.clone(), None));
        let facts_with_value = |run: &[Stmt]| {
            let scanned: Vec<Stmt> = run.iter().cloned().chain(value_stmt.clone()).collect();
            scan::facts(&scanned, &self.name)
        };
        let facts = facts_with_value(run);
        // A run that gives the value is worth a closure even if it only
        // assigns: the variables the value reads become the closure's own.
        let gives = value.is_some() && !facts.writes.is_empty();
        if !facts.computes && !facts.calls && !facts.binds && !gives {
            return None;
        }
        let later = scan::facts(rest, &self.name);
        let read_later = later.reads;
        let named_later: BTreeSet<String> = read_later.union(&later.writes).cloned().collect();
        let never_inlined = own_frame(&facts, apart);
        let (hoisted, run) = self.hoist(run, &named_later, never_inlined);
        let unassigned = run.iter().enumerate().any(|(k, s)| match s {
            Stmt::Local(l) if l.init.is_none() => scan::bindings(&l.pat).iter().any(|(v, _)| {
                let v = v.to_string();
                named_later.contains(&v) && !assigned_first(&run[k + 1..], &v)
            }),
            _ => false,
        });
        if unassigned {
            return None;
        }
        let facts = match hoisted.is_empty() {
            true => facts,
            false => facts_with_value(&run),
        };
        let handed_back_lets = run.iter().all(|s| match s {
            Stmt::Local(l) => scan::bindings(&l.pat)
                .iter()
                .all(|(v, _)| named_later.contains(&v.to_string())),
            _ => false,
        });
        if !facts.computes && !facts.calls && (!facts.binds || handed_back_lets) && !gives {
            return None;
        }
        let read_after: BTreeSet<String> = read_later
            .union(after)
            .filter(|v| !assigned_first(rest, v))
            .cloned()
            .collect();
        let declared = declared(&run);
        let mut args = Vec::new();
        let mut own = Vec::new();
        // The variables passed by `&mut`, with whether the run reads them
        // before assigning them.
        let mut lent = Vec::new();
        let mut outputs = Vec::new();
        let outside = facts
            .reads
            .union(&facts.writes)
            .filter(|v| self.kinds.locals.contains(*v));
        for v in outside {
            if declared.iter().any(|(d, _, _)| d == v) {
                return None;
            }
            let written = facts.writes.contains(v);
            let ident = facts.spelled[v].clone();
            let handed_back = written && read_after.contains(v);
            if written && assigned_first(&run, v) {
                own.push(ident.clone());
                if handed_back && !never_inlined && !self.kinds.late.contains(v) {
                    lent.push((ident, false));
                } else if handed_back {
                    outputs.push(ident);
                }
            } else if self.kinds.exclusive.contains(v) {
                args.push((ident.clone(), quote!(&mut *#ident)));
            } else if self.kinds.late.contains(v) && !read_first(&run, v) {
                return None;
            } else if self.kinds.copy.contains(v) {
                if handed_back && !never_inlined {
                    lent.push((ident, true));
                } else {
                    args.push((ident.clone(), quote!(#ident)));
                    if handed_back {
                        outputs.push(ident);
                    }
                }
            } else if self.last_use_of_buffer(v, &named_later, after) {
                args.push((ident.clone(), quote!(#ident)));
            }
        }
        let declared: Vec<_> = declared
            .into_iter()
            .filter(|(v, _, _)| named_later.contains(&v.to_string()))
            .collect();
        outputs.extend(declared.iter().map(|(v, _, _)| v.clone()));
        let (spilled, outputs) = self.through_tape(never_inlined, outputs);
        let (mut spills, mut unspills) = (Vec::new(), Vec::new());
        if let (false, Some(tape)) = (spilled.is_empty(), &self.kinds.tape) {
            let ident = &tape.ident;
            if !args.iter().any(|(a, _)| a == ident) {
                args.push((ident.clone(), quote!(&mut *#ident)));
            }
            spills = spilled.iter().map(|v| tape.spill(v)).collect();
            unspills = spilled
                .iter()
                .rev()
                .map(|v| tape.unspill(v, false))
                .collect();
        }
        if value.is_some() && !(outputs.is_empty() && lent.is_empty() && spilled.is_empty()) {
            return None;
        }
        let references: Vec<syn::Ident> = (0..lent.len())
            .map(|k| format_ident!("__autodiff_ref{}", k, span = Span::mixed_site()))
            .collect();
        if args.len() + lent.len() > MAX_ARGS {
            return None;
        }
        let helper = match never_inlined {
            true => format_ident!("outline{}", args.len() + lent.len()),
            false => format_ident!("outline_in_debug{}", args.len() + lent.len()),
        };
        let private = paths::private();
        let params = args.iter().map(|(p, _)| quote!(mut #p));
        let values = args.iter().map(|(_, v)| v);
        let loads = lent
            .iter()
            .zip(&references)
            .filter(|((_, read), _)| *read)
            .map(|((v, _), r)| quote!(let mut #v = *#r;));
        let stores = lent
            .iter()
            .zip(&references)
            .map(|((v, _), r)| quote!(*#r = #v;));
        let lent = lent.iter().map(|(v, _)| v);
        let given = match value {
            Some(value) => value.expr.to_token_stream(),
            None => quote!((#(#outputs),*)),
        };
        let call = quote! {
            #private::outline::#helper(|#(#params,)* #(#references),*| {
                #(#loads)*
                #(let mut #own;)*
                #(#run)*
                #(#stores)*
                #(#spills)*
                #given
            } #(, #values)* #(, &mut #lent)*)
        };
        let mut stmts: Vec<TokenStream> = hoisted.iter().map(|s| s.to_token_stream()).collect();
        stmts.extend(declared.iter().map(|(v, mutable, ty)| {
            let mutability = mutable.then(|| quote!(mut));
            let ty = ty.as_ref().map(|ty| quote!(: #ty));
            quote!(let #mutability #v #ty;)
        }));
        stmts.push(match (value, outputs.len()) {
            (Some(Value { returned: true, .. }), _) => quote!(return #call;),
            (Some(_), _) => quote!(#call),
            (None, 0) => quote!(#call;),
            (None, 1) => quote!(#(#outputs)* = #call;),
            (None, _) => quote!((#(#outputs),*) = #call;),
        });
        stmts.extend(unspills.iter().map(|s| s.to_token_stream()));
        let block: syn::Block = syn::parse2(quote!({ #(#stmts)* })).ok()?;
        Some(block.stmts)
    }

    /// Whether `v` holds the adjoints of a vector (one word) that nothing
    /// names after the run (`named_later` in its block, `after` it): the run
    /// then takes it by value, in a register, rather than capturing a
    /// pointer to it, which the level would build in its frame.
    fn last_use_of_buffer(
        &self,
        v: &str,
        named_later: &BTreeSet<String>,
        after: &BTreeSet<String>,
    ) -> bool {
        let buffer = self
            .kinds
            .tape
            .as_ref()
            .is_some_and(|t| t.buffers.contains(v));
        buffer && !named_later.contains(v) && !after.contains(v)
    }

    /// The `outputs` of a run that go back through the tape's spill stacks,
    /// and those that the run returns. A run in a frame of its own
    /// (`never_inlined`) returns more than two words through a slot in its
    /// caller's frame: then its floats and adjoints of vectors (a word each)
    /// go through the tape, if the function has one. They go in the
    /// order of their names, so that every run leaves the same adjoints of
    /// vectors on the buffer stack in the same order, and the branches that
    /// end with different runs can leave their pops to the same next run
    /// (see [`defer`]).
    fn through_tape(
        &self,
        never_inlined: bool,
        outputs: Vec<syn::Ident>,
    ) -> (Vec<syn::Ident>, Vec<syn::Ident>) {
        let Some(tape) = self.kinds.tape.as_ref().filter(|_| never_inlined) else {
            return (Vec::new(), outputs);
        };
        if outputs.len() <= 2 {
            return (Vec::new(), outputs);
        }
        let (mut spilled, returned): (Vec<_>, Vec<_>) = outputs
            .into_iter()
            .partition(|v| tape.spillable(&v.to_string()));
        spilled.sort_by_key(|v| v.to_string());
        (spilled, returned)
    }

    /// Splits `run` into the `let`s of a constant to a name that `rest`
    /// names and nothing in the run before, which move in front of the run,
    /// and the rest of the run. Their variables then belong to the enclosing
    /// block, and a run through `outline_in_debugN` takes them by reference
    /// rather than handing them back in a tuple, which in a debug build would
    /// take a slot of its own next to theirs. A run in a frame of its own
    /// (`never_inlined`) hands back what it assigns in its result, in a slot
    /// of the caller's frame if it is more than two values: only the `let`s
    /// whose variable the rest of the run does not name at all move, and the
    /// run then neither takes nor hands back their variables. A `let` without
    /// a value whose variables `rest` names, the rest of the run does not and
    /// no other binding shadows moves in front too: left in the run, the
    /// variable could not be outlined before it is assigned, and the run
    /// would stay in the level.
    fn hoist(
        &self,
        run: &[Stmt],
        named_later: &BTreeSet<String>,
        never_inlined: bool,
    ) -> (Vec<Stmt>, Vec<Stmt>) {
        let mut hoisted = Vec::new();
        let mut kept: Vec<Stmt> = Vec::new();
        for (k, stmt) in run.iter().enumerate() {
            let movable = |v: &String| {
                named_later.contains(v)
                    && !kept.iter().any(|s| names(s, v))
                    && !(never_inlined && run[k + 1..].iter().any(|s| names(s, v)))
            };
            let declared_only = match stmt {
                Stmt::Local(l) if l.init.is_none() => {
                    scan::bindings(&l.pat).iter().all(|(v, _)| {
                        let v = v.to_string();
                        named_later.contains(&v)
                            && !self.kinds.rebound.contains(&v)
                            && !run[k + 1..].iter().any(|s| names(s, &v))
                    })
                }
                _ => false,
            };
            match self.sinker().constant_let(stmt) {
                Some(v) if movable(&v) => hoisted.push(stmt.clone()),
                _ if declared_only => hoisted.push(stmt.clone()),
                _ => kept.push(stmt.clone()),
            }
        }
        (hoisted, kept)
    }
}

/// Calls `f` on each block directly inside `e`, an `if` (and its `else if`s),
/// a `match`, a block without a label or a loop, with the names read after
/// the block: those of `after`, and for a loop's body also every name the
/// loop reads, which its next pass may read, and then the loop's facts.
fn inner_blocks<F>(e: &mut Expr, after: &BTreeSet<String>, name: &str, f: &mut F)
where
    F: FnMut(&mut Vec<Stmt>, &BTreeSet<String>, Option<&scan::Facts>),
{
    match e {
        Expr::If(i) => {
            f(&mut i.then_branch.stmts, after, None);
            if let Some((_, otherwise)) = &mut i.else_branch {
                inner_blocks(otherwise, after, name, f);
            }
        }
        Expr::Block(b) if b.label.is_none() => f(&mut b.block.stmts, after, None),
        Expr::Match(m) => {
            for arm in &mut m.arms {
                inner_blocks(&mut arm.body, after, name, f);
            }
        }
        Expr::While(_) | Expr::ForLoop(_) | Expr::Loop(_) => {
            let facts = scan::expr_facts(e, name);
            let (header, body) = match e {
                Expr::While(w) => (Some(&*w.cond), &mut w.body.stmts),
                Expr::ForLoop(l) => (Some(&*l.expr), &mut l.body.stmts),
                Expr::Loop(l) => (None, &mut l.body.stmts),
                _ => return,
            };
            let mut inside = after.clone();
            inside.extend(
                facts
                    .reads
                    .iter()
                    .filter(|v| header.is_some_and(|h| expr_names(h, v)) || exposed(body, v))
                    .cloned(),
            );
            f(body, &inside, Some(&facts));
        }
        _ => {}
    }
}

/// Whether `e` is a statement with blocks inside that [`inner_blocks`]
/// enters: an `if`, a `match`, a loop, a block without a label.
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

/// Whether `e` is a literal or a variable for which `fixed` holds, negated
/// or in parentheses or not, or empty adjoints of a vector.
fn constant(e: &Expr, fixed: &dyn Fn(&syn::Ident) -> bool) -> bool {
    match e {
        Expr::Lit(_) => true,
        Expr::Call(call) => empty_adjoints(call),
        Expr::Unary(u) => matches!(u.op, syn::UnOp::Neg(_)) && constant(&u.expr, fixed),
        Expr::Paren(p) => constant(&p.expr, fixed),
        Expr::Path(p) => p.path.get_ident().is_some_and(fixed),
        _ => false,
    }
}

/// Whether a run with these `facts` runs in a frame of its own: it calls a
/// library function, or computes and is `apart` (see `Outliner::run`).
fn own_frame(facts: &scan::Facts, apart: bool) -> bool {
    facts.calls || (apart && facts.computes)
}

/// Marks as not movable each `let` of a `vec![..]` whose variable is named
/// after the run it would join (from the next statement that cannot move
/// on, or after the block: `after`): that run would hand the vector back
/// through a slot in the level's frame, three words, where the level can
/// keep it itself. From the last statement up, so that a `let` kept in
/// place ends the run of those before it.
fn keep_live_vectors(stmts: &[Stmt], movable: &mut [bool], after: &BTreeSet<String>) {
    for k in (0..stmts.len()).rev() {
        let Stmt::Local(l) = &stmts[k] else { continue };
        let allocates = l
            .init
            .as_ref()
            .is_some_and(|init| matches!(&*init.expr, Expr::Macro(_)));
        if !movable[k] || !allocates {
            continue;
        }
        let end = (k + 1..stmts.len())
            .find(|&j| !movable[j])
            .unwrap_or(stmts.len());
        let live = scan::bindings(&l.pat).iter().any(|(v, _)| {
            let v = v.to_string();
            after.contains(&v) || stmts[end..].iter().any(|s| names(s, &v))
        });
        if live {
            movable[k] = false;
        }
    }
}

/// Whether `call` is `AdjointBuffer::<S>::new()`, as the macro declares the
/// adjoints of a local vector.
fn empty_adjoints(call: &syn::ExprCall) -> bool {
    let Expr::Path(path) = &*call.func else {
        return false;
    };
    let mut last = path.path.segments.iter().rev().map(|s| &s.ident);
    call.args.is_empty()
        && last.next().is_some_and(|i| i == "new")
        && last.next().is_some_and(|i| i == "AdjointBuffer")
}

/// The `b` of a block `{ let ob = b; b = -0.0; ob }`.
fn taken_adjoint(e: &Expr) -> Option<syn::Ident> {
    let Expr::Block(block) = e else { return None };
    let [Stmt::Local(l), Stmt::Expr(Expr::Assign(reset), Some(_)), Stmt::Expr(Expr::Path(value), None)] =
        block.block.stmts.as_slice()
    else {
        return None;
    };
    let (syn::Pat::Ident(ob), Some(init)) = (&l.pat, &l.init) else {
        return None;
    };
    let (Expr::Path(taken), Expr::Path(reset_of)) = (&*init.expr, &*reset.left) else {
        return None;
    };
    let b = taken.path.get_ident()?;
    let zero = matches!(&*reset.right, Expr::Unary(u) if matches!(&*u.expr, Expr::Lit(_)));
    (zero && reset_of.path.is_ident(b) && value.path.is_ident(&ob.ident)).then(|| b.clone())
}

/// Whether `stmt`, the last of a block, gives the block the value `()`: a
/// block, `if` or loop whose blocks end in statements.
fn unit_valued(stmt: &Stmt) -> bool {
    fn block(b: &syn::Block) -> bool {
        b.stmts.last().is_none_or(unit_valued)
    }
    fn expr(e: &Expr) -> bool {
        match e {
            Expr::Block(b) => b.label.is_none() && block(&b.block),
            Expr::If(i) => {
                block(&i.then_branch) && i.else_branch.as_ref().is_none_or(|(_, e)| expr(e))
            }
            Expr::ForLoop(_) | Expr::While(_) => true,
            _ => false,
        }
    }
    match stmt {
        Stmt::Expr(e, None) => expr(e),
        Stmt::Macro(m) => m.semi_token.is_some(),
        _ => true,
    }
}

/// The function `f`, parsed and printed: the form in which the passes' unit
/// tests compare functions.
#[cfg(test)]
fn printed(f: &str) -> String {
    syn::parse_str::<syn::ItemFn>(f)
        .expect("a function")
        .into_token_stream()
        .to_string()
}

/// The names the top-level `let`s of `run` bind, each once (its last
/// binding), with whether it is `mut` and its type if written.
fn declared(run: &[Stmt]) -> Vec<(syn::Ident, bool, Option<syn::Type>)> {
    let mut names: Vec<(syn::Ident, bool, Option<syn::Type>)> = Vec::new();
    for stmt in run {
        if let Stmt::Local(l) = stmt {
            let ty = match &l.pat {
                syn::Pat::Type(t) if matches!(*t.pat, syn::Pat::Ident(_)) => Some((*t.ty).clone()),
                _ => None,
            };
            for (ident, mutable) in scan::bindings(&l.pat) {
                names.retain(|(n, _, _)| *n != ident);
                names.push((ident, mutable, ty.clone()));
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::{adopt_copied_params, printed};

    fn adopted(f: &str) -> String {
        let mut func: syn::ItemFn = syn::parse_str(f).expect("a function");
        adopt_copied_params(&mut func);
        func.into_token_stream().to_string()
    }

    #[test]
    fn a_parameter_only_copied_becomes_the_copy() {
        let before = "fn f(t: &mut T, seed: f64, x: f64) -> f64 {
            let mut b: f64 = seed; let c = x; b += c; f(t, b, x) + b
        }";
        let after = "fn f(t: &mut T, mut b: f64, x: f64) -> f64 {
            let c = x; b += c; f(t, b, x) + b
        }";
        assert_eq!(adopted(before), printed(after));
    }

    #[test]
    fn a_parameter_named_elsewhere_or_of_another_type_stays() {
        let kept = [
            "fn f(seed: f64) -> f64 { let mut b: f64 = seed; b + seed }",
            "fn f(seed: f32) -> f64 { let mut b: f64 = seed; b }",
            "fn f(seed: f64) -> f64 { let b = 1.0; let mut b: f64 = seed; b }",
        ];
        for f in kept {
            assert_eq!(adopted(f), printed(f), "{f}");
        }
    }
}
