//! Replay: loops whose iterations the backward sweep recomputes instead of
//! reading them back from the tape (Tapenade's "recompute-all" for a loop
//! body, one iteration at a time).
//!
//! A recorded loop writes, per iteration, the indices of its element reads
//! and the values its partials read: for a short body over a long vector the
//! tape traffic costs more than the arithmetic. A *replayed* loop runs as the
//! plain primal in the forward sweep; at its mirror point the backward sweep
//! runs the iterations in reverse, and for each one first re-runs the
//! recording code of the body (its records go on top of the tape and stay in
//! cache) and then the body's backward code, which takes them straight back.
//!
//! A loop is replayed when re-running one of its iterations gives the same
//! records as the first run:
//! - its head is `for i in a..b` (or `a..=b`), the bounds read only values
//!   the backward sweep can name (see below), so `(a..b).rev()` gives the
//!   iterations in reverse;
//! - no `break`, `continue` of the loop itself, or `return` inside;
//! - nothing inside that the macro cannot see into or that could have an
//!   effect when run twice: no calls, no passive statements kept as written,
//!   passive expressions made of paths, literals, operators, indexing, a
//!   few pure methods (`len`, `min`, ...) and the elementary functions of
//!   the rules table (a condition on active values, `x[i].sin() > 0.5`, is
//!   such an expression);
//! - the values carried from one iteration to the next (variables declared
//!   outside and assigned inside) reach no record, index, condition or loop
//!   bound: they only accumulate, as `s += ...` does. Such statements are left
//!   out of the replay.
//!
//! What the backward sweep can name: the parameters that the body never
//! assigns, the top-level `let`s that are never reassigned and come before
//! any `return` (recomputed once at the start of the backward sweep, the
//! *prologue*, which therefore runs nothing the primal did not), and inside a replayed
//! loop its variable and the never-reassigned `let`s at the top of its body.
//! Every such name must be bound once in the function, so that no shadowing
//! can make it mean something else. The public reverse-mode functions use
//! the replayed sweeps; the companions that other differentiated functions
//! call keep recording, since their callers cannot pass their arguments again.

use std::collections::{HashMap, HashSet};

use syn::visit::Visit;

use super::plan::Plans;
use crate::activity::Activity;
use crate::ir::*;
use crate::rules;
use crate::transform::element_read;

/// The loops to replay and the prologue of the backward sweep.
#[derive(Default)]
pub struct Replay {
    pub loops: HashMap<LoopId, ReplayedLoop>,
    pub prologue: Vec<Stmt>,
}

/// What the backward sweep needs to know of a replayed loop.
#[derive(Clone)]
pub struct ReplayedLoop {
    /// The carried variables, left out of its replay.
    pub carried: HashSet<VarId>,
    /// The values available to it: constant through the loop, and named by
    /// the backward sweep before and after it.
    pub available: HashSet<VarId>,
}

/// Methods that replayed code may call again: pure, on passive values.
const PURE_METHODS: &[&str] = &[
    "len",
    "is_empty",
    "min",
    "max",
    "pow",
    "abs",
    "signum",
    "rem_euclid",
    "div_euclid",
    "is_nan",
    "is_finite",
    "nrows",
    "ncols",
];

/// Which loops of `func` (normalized) the backward sweep can replay.
pub fn plan(func: &Function, activity: &Activity, plans: &Plans) -> Replay {
    let a = Analysis::new(func, activity, plans);
    let mut stable: HashSet<VarId> = func
        .params
        .iter()
        .map(|p| p.var)
        .filter(|v| a.unique(*v) && !a.assigned.contains(v))
        .collect();
    // The prologue runs unconditionally, so its definitions come from before
    // the first statement that may return: the primal ran them all.
    let mut definitions: Vec<(VarId, &Stmt)> = Vec::new();
    for stmt in &func.body.stmts {
        if returns(std::slice::from_ref(stmt)) {
            break;
        }
        if let Stmt::Let { var, init: Some(e) } = stmt {
            let mut reads_stable = true;
            e.for_each_read(&mut |r| reads_stable &= stable.contains(&r));
            if reads_stable
                && a.unique(*var)
                && !a.assigned.contains(var)
                && !func.is_buffer(*var)
                && a.safe_expr(e)
            {
                stable.insert(*var);
                definitions.push((*var, stmt));
            }
        }
    }
    let mut replay = Replay::default();
    let mut used = HashSet::new();
    a.walk(&func.body, &stable, &mut replay.loops, &mut used);
    // The prologue: the definitions the replayed loops read, and what those read.
    for (var, stmt) in definitions.iter().rev() {
        if used.contains(var) {
            if let Stmt::Let { init: Some(e), .. } = stmt {
                e.for_each_read(&mut |r| {
                    used.insert(r);
                });
            }
        }
    }
    replay.prologue = definitions
        .into_iter()
        .filter(|(v, _)| used.contains(v))
        .map(|(_, s)| s.clone())
        .collect();
    replay
}

/// The values of `suffix` (statements that follow a replayed loop carrying
/// `carried`, with no `return`) that depend on the carried values, with the
/// carried values themselves, if the suffix can record what its backward code
/// needs before the loop has run: it is safe to run (as a replayed body is),
/// no record, index, condition or loop bound reads such a value, none of them
/// is needed by a partial, and only statements at the top of `suffix` read
/// or set them. The suffix can then run in two parts: before the loop,
/// everything that does not depend on it, the records included; after it,
/// the top-level statements that do (see [`super::fuse`]).
pub fn suffix_taint(
    func: &Function,
    activity: &Activity,
    plans: &Plans,
    suffix: &[Stmt],
    carried: &HashSet<VarId>,
) -> Option<HashSet<VarId>> {
    let a = Analysis::new(func, activity, plans);
    let no_loop = LoopId(usize::MAX);
    if !a.safe_block(suffix, no_loop) {
        return None;
    }
    let tainted = a.taint(suffix, carried.clone())?;
    if tainted.iter().any(|v| plans.is_needed(*v)) || !a.untainted_records(suffix, &tainted) {
        return None;
    }
    let mut nested_reads = false;
    for stmt in suffix {
        for_each_child_block(stmt, &mut |b| {
            each_stmt(&b.stmts, &mut |s| {
                own_reads(s, &mut |v| nested_reads |= tainted.contains(&v));
                nested_reads |= matches!(s, Stmt::Let { var, .. } | Stmt::Assign { var, .. } if tainted.contains(var));
            })
        });
    }
    (!nested_reads).then_some(tainted)
}

struct Analysis<'a> {
    func: &'a Function,
    activity: &'a Activity,
    plans: &'a Plans,
    /// How often each name is bound in the function.
    counts: HashMap<String, usize>,
    /// Variables assigned after their declaration, anywhere.
    assigned: HashSet<VarId>,
}

impl<'a> Analysis<'a> {
    fn new(func: &'a Function, activity: &'a Activity, plans: &'a Plans) -> Self {
        let mut a = Analysis {
            func,
            activity,
            plans,
            counts: HashMap::new(),
            assigned: HashSet::new(),
        };
        for var in &func.vars {
            if matches!(var.kind, VarKind::Param | VarKind::Local | VarKind::Bound) {
                *a.counts.entry(var.ident.to_string()).or_default() += 1;
            }
        }
        collect_assigned(&func.body, &mut a.assigned);
        a
    }

    /// Whether the name of `v` is bound once (the macro's own names always are).
    fn unique(&self, v: VarId) -> bool {
        let var = self.func.var(v);
        !matches!(var.kind, VarKind::Param | VarKind::Local | VarKind::Bound)
            || self
                .counts
                .get(&var.ident.to_string())
                .is_some_and(|c| *c == 1)
    }

    /// The variable bound by a loop pattern `ident`, if the name is bound once.
    fn bound(&self, ident: &syn::Ident) -> Option<VarId> {
        (0..self.func.vars.len()).map(VarId).find(|v| {
            let var = self.func.var(*v);
            var.kind == VarKind::Bound && var.ident == *ident && self.unique(*v)
        })
    }

    fn walk(
        &self,
        block: &Block,
        available: &HashSet<VarId>,
        loops: &mut HashMap<LoopId, ReplayedLoop>,
        used: &mut HashSet<VarId>,
    ) {
        for stmt in &block.stmts {
            match stmt {
                Stmt::Loop(l) => match self.replayable(l, available) {
                    Some((carried, reads, inner)) => {
                        let available = available.clone();
                        loops.insert(l.id, ReplayedLoop { carried, available });
                        used.extend(reads);
                        self.walk(&l.body, &inner, loops, used);
                    }
                    None => self.walk(&l.body, available, loops, used),
                },
                _ => for_each_child_block(stmt, &mut |b| self.walk(b, available, loops, used)),
            }
        }
    }

    /// If loop `l` can be replayed with the values in `available`: the
    /// variables its replay leaves out, the available values it reads, and
    /// the values available inside it.
    fn replayable(
        &self,
        l: &Loop,
        available: &HashSet<VarId>,
    ) -> Option<(HashSet<VarId>, Vec<VarId>, HashSet<VarId>)> {
        let LoopHead::For {
            pat,
            iter: Expr::Host(iter),
        } = &l.head
        else {
            return None;
        };
        let counter = match pat {
            syn::Pat::Wild(_) => None,
            syn::Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => {
                Some(self.bound(&p.ident)?)
            }
            _ => return None,
        };
        let bounded_range = matches!(strip_parens(&iter.expr), syn::Expr::Range(r) if r.start.is_some() && r.end.is_some());
        if !bounded_range
            || !pure_host(iter)
            || !iter.reads.iter().all(|r| available.contains(r))
            || !self.safe_block(&l.body.stmts, l.id)
        {
            return None;
        }
        let mut declared = HashSet::new();
        self.declared(&l.body, &mut declared)?;
        declared.extend(counter);
        let mut assigned_inside = HashSet::new();
        collect_assigned(&l.body, &mut assigned_inside);
        let mut reads = Vec::new();
        for_each_read_in(&l.body, &mut |v| reads.push(v));
        let mut carried = HashSet::new();
        let mut outside = iter.reads.clone();
        for v in reads.into_iter().filter(|v| !declared.contains(v)) {
            if assigned_inside.contains(&v) {
                carried.insert(v);
            } else if available.contains(&v) {
                outside.push(v);
            } else {
                return None;
            }
        }
        // A variable from outside that the body sets without reading it
        // is carried too: the backward sweep has no such variable to set,
        // and the body's records cannot depend on it.
        carried.extend(
            assigned_inside
                .iter()
                .filter(|v| !declared.contains(v) && !self.func.is_buffer(**v)),
        );
        if carried.iter().any(|v| self.func.is_buffer(*v)) {
            return None;
        }
        let tainted = self.taint(&l.body.stmts, carried)?;
        if tainted.iter().any(|v| self.plans.is_needed(*v))
            || !self.untainted_records(&l.body.stmts, &tainted)
        {
            return None;
        }
        let mut inner = available.clone();
        inner.extend(counter);
        for stmt in &l.body.stmts {
            if let Stmt::Let { var, .. } = stmt {
                if self.unique(*var) && !self.assigned.contains(var) && !tainted.contains(var) {
                    inner.insert(*var);
                }
            }
        }
        Some((tainted, outside, inner))
    }

    /// The variables declared inside `block`; `None` if a pattern inside
    /// binds a name bound elsewhere too.
    fn declared(&self, block: &Block, out: &mut HashSet<VarId>) -> Option<()> {
        for stmt in &block.stmts {
            let mut patterns: Vec<&syn::Pat> = Vec::new();
            match stmt {
                Stmt::Let { var, .. } => {
                    out.insert(*var);
                }
                Stmt::Loop(Loop {
                    head: LoopHead::For { pat, .. },
                    ..
                }) => patterns.push(pat),
                Stmt::Match { arms, .. } => patterns.extend(arms.iter().map(|a| &a.pat)),
                _ => {}
            }
            for pat in patterns {
                let mut names = PatIdents(Vec::new());
                names.visit_pat(pat);
                for ident in names.0 {
                    out.insert(self.bound(&ident)?);
                }
            }
            let mut found = Some(());
            for_each_child_block(stmt, &mut |b| {
                if found.is_some() {
                    found = self.declared(b, out);
                }
            });
            found?;
        }
        Some(())
    }

    /// The variables whose values depend on the `carried` ones; `None` if
    /// such a value is stored into a vector.
    fn taint(&self, body: &[Stmt], carried: HashSet<VarId>) -> Option<HashSet<VarId>> {
        let mut tainted = carried;
        loop {
            let before = tainted.len();
            let mut stored = false;
            each_stmt(body, &mut |stmt| match stmt {
                Stmt::Let { var, init: Some(e) } | Stmt::Assign { var, value: e }
                    if reads_any(e, &tainted) =>
                {
                    tainted.insert(*var);
                }
                Stmt::Store { index, value, .. } => {
                    stored |= reads_any(value, &tainted)
                        || index.as_ref().is_some_and(|i| reads_any(i, &tainted));
                }
                _ => {}
            });
            if stored {
                return None;
            }
            if tainted.len() == before {
                return Some(tainted);
            }
        }
    }

    /// Whether no record, index, condition or loop bound reads a `tainted`
    /// value: a statement that reads one must have partials that are constants.
    fn untainted_records(&self, body: &[Stmt], tainted: &HashSet<VarId>) -> bool {
        let mut ok = true;
        each_stmt(body, &mut |stmt| match stmt {
            Stmt::Let { init: Some(e), .. } | Stmt::Assign { value: e, .. }
                if reads_any(e, tainted) =>
            {
                ok &= element_read(self.func, self.activity, e).is_none()
                    && self
                        .plans
                        .of(stmt)
                        .is_none_or(|p| untainted_partials(p, tainted));
            }
            Stmt::If { cond, .. } => ok &= !reads_any(cond, tainted),
            Stmt::Match { scrutinee, arms } => {
                ok &= !reads_any(scrutinee, tainted)
                    && arms
                        .iter()
                        .all(|a| a.guard.as_ref().is_none_or(|g| !reads_any(g, tainted)))
            }
            Stmt::Loop(l) => match &l.head {
                LoopHead::For { iter: e, .. } | LoopHead::While(e) => ok &= !reads_any(e, tainted),
                LoopHead::Loop => {}
            },
            _ => {}
        });
        ok
    }

    /// Whether running `block` again is safe and gives the same records (no
    /// exits of `outer`, no `return`, nothing the macro cannot see into).
    fn safe_block(&self, stmts: &[Stmt], outer: LoopId) -> bool {
        stmts.iter().all(|stmt| {
            let own = match stmt {
                Stmt::Let { init, .. } => init.as_ref().is_none_or(|e| self.safe_expr(e)),
                Stmt::Assign { value, .. } => self.safe_expr(value),
                Stmt::Store { index, value, .. } => {
                    self.safe_expr(value) && index.as_ref().is_none_or(|i| self.safe_expr(i))
                }
                Stmt::If { cond, .. } => self.safe_expr(cond),
                Stmt::Match { scrutinee, arms } => {
                    self.safe_expr(scrutinee)
                        && arms
                            .iter()
                            .all(|a| a.guard.as_ref().is_none_or(|g| self.safe_expr(g)))
                }
                Stmt::Loop(l) => match &l.head {
                    LoopHead::For { iter: e, .. } | LoopHead::While(e) => self.safe_expr(e),
                    LoopHead::Loop => true,
                },
                Stmt::Break { target, .. } | Stmt::Continue { target, .. } => *target != outer,
                Stmt::Block(_) => true,
                _ => false,
            };
            let mut children = true;
            for_each_child_block(stmt, &mut |b| children &= self.safe_block(&b.stmts, outer));
            own && children
        })
    }

    fn safe_expr(&self, e: &Expr) -> bool {
        let own = match e {
            Expr::Call(_) | Expr::LendTangent(_) | Expr::TraceConst(_) | Expr::Default => false,
            Expr::Method(_, name, _) => PURE_METHODS.contains(&name.to_string().as_str()),
            Expr::Host(h) => pure_host(h),
            _ => true,
        };
        own && e.children().into_iter().all(|c| self.safe_expr(c))
    }
}

/// Whether the partials of a planned statement, and so its records, read
/// nothing that depends on a `tainted` value (the statement's own leaves and
/// nodes included).
fn untainted_partials(plan: &super::plan::StmtPlan, tainted: &HashSet<VarId>) -> bool {
    let linear = &plan.linear;
    let mut local = tainted.clone();
    for leaf in &linear.leaves {
        if reads_any(&leaf.value, &local) {
            local.insert(leaf.var);
        }
    }
    for node in &linear.nodes {
        if node.args.iter().any(|a| reads_any(a, &local)) {
            local.insert(node.var);
        }
    }
    let records = plan
        .pushed_leaves
        .iter()
        .chain(&plan.pushed_nodes)
        .chain(&plan.recomputed);
    let partials = linear.adjoints.iter().chain(&linear.partials);
    !records.clone().any(|v| local.contains(v))
        && !partials.clone().any(|(_, e)| reads_any(e, &local))
}

pub(super) fn reads_any(e: &Expr, set: &HashSet<VarId>) -> bool {
    let mut found = false;
    e.for_each_read(&mut |v| found |= set.contains(&v));
    found
}

/// Whether `stmts` contain a `return`, nested ones included.
pub(super) fn returns(stmts: &[Stmt]) -> bool {
    let mut found = false;
    each_stmt(stmts, &mut |s| found |= matches!(s, Stmt::Return));
    found
}

/// Every variable read in `block`: expressions, conditions, loop heads, stores.
fn for_each_read_in(block: &Block, f: &mut impl FnMut(VarId)) {
    each_stmt(&block.stmts, &mut |stmt| own_reads(stmt, f));
}

/// The variables `stmt` reads itself, not in the blocks it holds.
pub(super) fn own_reads(stmt: &Stmt, f: &mut impl FnMut(VarId)) {
    match stmt {
        Stmt::Let { init: Some(e), .. } | Stmt::Assign { value: e, .. } => e.for_each_read(f),
        Stmt::Store {
            buffer,
            index,
            value,
        } => {
            f(*buffer);
            value.for_each_read(f);
            if let Some(i) = index {
                i.for_each_read(f);
            }
        }
        Stmt::If { cond, .. } => cond.for_each_read(f),
        Stmt::Match { scrutinee, arms } => {
            scrutinee.for_each_read(f);
            arms.iter()
                .filter_map(|a| a.guard.as_ref())
                .for_each(|g| g.for_each_read(f));
        }
        Stmt::Loop(l) => match &l.head {
            LoopHead::For { iter: e, .. } | LoopHead::While(e) => e.for_each_read(f),
            LoopHead::Loop => {}
        },
        _ => {}
    }
}

/// Variables assigned (or stored into) after their declaration in `block`.
pub(super) fn collect_assigned(block: &Block, out: &mut HashSet<VarId>) {
    each_stmt(&block.stmts, &mut |stmt| match stmt {
        Stmt::Assign { var, .. } => {
            out.insert(*var);
        }
        Stmt::Store { buffer, .. } => {
            out.insert(*buffer);
        }
        Stmt::Let { var, init: None } => {
            out.insert(*var);
        }
        Stmt::Host(h) => out.extend(h.writes.iter().copied()),
        _ => {}
    });
}

/// Leaves out of a replayed body the statements that set `carried` values
/// or compute from them (the temporaries of the recording code included).
pub fn without(block: &Block, carried: &mut HashSet<VarId>) -> Block {
    partition(block, carried).0
}

/// `block` without the statements that set `carried` values or compute from
/// them, and those statements, in order (taken out of any block they are in).
pub fn partition(block: &Block, carried: &mut HashSet<VarId>) -> (Block, Vec<Stmt>) {
    let mut left_out = Vec::new();
    let kept = crate::transform::map_assignments(block, &mut |a, out| {
        let reads_carried = a.value.is_some_and(|e| reads_any(e, carried));
        if a.store.is_none() && (carried.contains(&a.var) || reads_carried) {
            carried.insert(a.var);
            left_out.push(a.primal());
        } else {
            out.push(a.primal());
        }
    });
    (kept, left_out)
}

fn strip_parens(e: &syn::Expr) -> &syn::Expr {
    match e {
        syn::Expr::Paren(p) => strip_parens(&p.expr),
        syn::Expr::Group(g) => strip_parens(&g.expr),
        other => other,
    }
}

/// Whether a passive expression kept as written can run again: no writes,
/// no local items, only pure syntax.
fn pure_host(h: &HostExpr) -> bool {
    let mut check = PureSyntax(true);
    check.visit_expr(&h.expr);
    h.writes.is_empty() && !h.local_items && check.0
}

/// Paths, literals, operators, casts, fields, indexing, ranges, tuples,
/// shared references, the methods of [`PURE_METHODS`] and
/// [`rules::is_query`], and the elementary functions of the rules table as
/// methods or as `f64::name(..)` / `f32::name(..)` (a condition on active
/// values is kept as written: `if x[i].sin() > 0.5`).
struct PureSyntax(bool);

/// Whether a method or float-function name is one of the pure ones above.
fn pure_name(name: &syn::Ident) -> bool {
    let name = name.to_string();
    PURE_METHODS.contains(&name.as_str())
        || rules::lookup(&name).is_some()
        || rules::is_query(&name)
}

impl<'ast> Visit<'ast> for PureSyntax {
    fn visit_expr(&mut self, e: &'ast syn::Expr) {
        let allowed = match e {
            syn::Expr::Lit(_)
            | syn::Expr::Path(_)
            | syn::Expr::Binary(_)
            | syn::Expr::Unary(_)
            | syn::Expr::Paren(_)
            | syn::Expr::Group(_)
            | syn::Expr::Cast(_)
            | syn::Expr::Field(_)
            | syn::Expr::Index(_)
            | syn::Expr::Range(_)
            | syn::Expr::Tuple(_) => true,
            syn::Expr::Reference(r) => r.mutability.is_none(),
            syn::Expr::MethodCall(m) => m.turbofish.is_none() && pure_name(&m.method),
            syn::Expr::Call(c) => match &*c.func {
                syn::Expr::Path(p) if p.qself.is_none() => match p.path.segments.len() {
                    2 => {
                        let (ty, name) = (&p.path.segments[0], &p.path.segments[1]);
                        (ty.ident == "f64" || ty.ident == "f32")
                            && ty.arguments.is_none()
                            && name.arguments.is_none()
                            && rules::lookup(&name.ident.to_string()).is_some()
                    }
                    _ => false,
                },
                _ => false,
            },
            _ => false,
        };
        if allowed {
            syn::visit::visit_expr(self, e);
        } else {
            self.0 = false;
        }
    }
}

/// The names a pattern binds.
struct PatIdents(Vec<syn::Ident>);

impl<'ast> Visit<'ast> for PatIdents {
    fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
        self.0.push(p.ident.clone());
        syn::visit::visit_pat_ident(self, p);
    }
}
