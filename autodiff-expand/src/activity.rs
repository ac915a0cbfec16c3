//! Stage 2: activity analysis, as in Enzyme.
//!
//! A variable is *varied* when a differentiated parameter flows into it
//! through differentiable operations, *useful* when it flows into the result
//! through them, and *active* when both. Only active variables get tangents
//! and adjoints; everything else is passive and generates no derivative code.
//! The analysis is flow-insensitive: a variable is active if any assignment
//! makes it so.
//!
//! It also rejects programs whose derivative would silently be wrong: an
//! active value that reaches the result through syntax the macro does not look
//! into (an unknown method, a macro, a store into a passive place).

use crate::diagnostics::{
    cast_to_unknown_type, local_function_call, method_with_active_arguments, opaque_active,
    unknown_method_on_active, Errors,
};
use crate::ir::*;
use crate::lower::float_type;
use crate::rules::{self, ArgKind};

/// Per variable: varied, useful, active.
#[derive(Clone, Debug)]
pub struct Activity {
    pub varied: Vec<bool>,
    pub useful: Vec<bool>,
    pub active: Vec<bool>,
}

/// Whether `e` may carry a value built from a variable in `on`, looking
/// through opaque syntax conservatively: a passive expression, an unknown
/// method or an indexing that reads such a variable may hold its value.
/// Comparisons, casts to non-float types, queries like `is_nan` and
/// piecewise-constant rules carry no derivative and stop the flow.
fn taints(e: &Expr, on: &dyn Fn(VarId) -> bool) -> bool {
    match e {
        Expr::Var(v) | Expr::LendTangent(v) => on(*v),
        Expr::Host(h) => h.reads.iter().any(|v| on(*v)),
        Expr::Method(receiver, name, args) => {
            !rules::is_query(&name.to_string())
                && (taints(receiver, on) || args.iter().any(|a| taints(a, on)))
        }
        Expr::Index(base, _) => taints(base, on),
        Expr::Unary(UnOp::Neg | UnOp::Ref, a) => taints(a, on),
        Expr::Binary(op, a, b) if op.is_arithmetic() => taints(a, on) || taints(b, on),
        Expr::Cast(a, ty) if float_type(ty).is_some() => taints(a, on),
        Expr::Ascribe(a, _) => taints(a, on),
        Expr::Rule(rule, args) if !rule.piecewise_constant => args.iter().any(|a| taints(a, on)),
        Expr::Select(_, a, b) => taints(a, on) || taints(b, on),
        Expr::Call(c) => c.args.iter().any(|a| taints(a, on)),
        Expr::Barrier(a) => taints(a, on),
        Expr::NewBuffer(b) => b.operands().into_iter().any(|a| taints(a, on)),
        _ => false,
    }
}

impl Activity {
    pub fn is_active(&self, v: VarId) -> bool {
        self.active.get(v.0).copied().unwrap_or(false)
    }

    /// Whether `e`'s value depends differentiably on an active variable.
    pub fn expr_active(&self, e: &Expr) -> bool {
        depends(e, &|v| self.is_active(v))
    }

    /// Marks a variable introduced after the analysis as active.
    pub fn add_active(&mut self, v: VarId) {
        for set in [&mut self.varied, &mut self.useful, &mut self.active] {
            if set.len() <= v.0 {
                set.resize(v.0 + 1, false);
            }
            set[v.0] = true;
        }
    }
}

/// Whether `e` depends on a variable in `on` through differentiable operations.
pub fn depends(e: &Expr, on: &dyn Fn(VarId) -> bool) -> bool {
    let mut found = false;
    for_each_diff_read(e, &mut |v| found |= on(v));
    found
}

/// Calls `f` on every variable read in a differentiable position of `e`.
pub fn for_each_diff_read(e: &Expr, f: &mut impl FnMut(VarId)) {
    match e {
        Expr::Var(v) | Expr::LendTangent(v) => f(*v),
        Expr::Unary(UnOp::Neg | UnOp::Ref, a) => for_each_diff_read(a, f),
        Expr::Binary(op, a, b) if op.is_arithmetic() => {
            for_each_diff_read(a, f);
            for_each_diff_read(b, f);
        }
        Expr::Cast(a, ty) if float_type(ty).is_some() => for_each_diff_read(a, f),
        Expr::Ascribe(a, _) => for_each_diff_read(a, f),
        Expr::Rule(rule, args) if !rule.piecewise_constant => {
            for (a, kind) in args.iter().zip(rule.args) {
                if *kind == ArgKind::Float {
                    for_each_diff_read(a, f);
                }
            }
        }
        Expr::Select(_, a, b) => {
            for_each_diff_read(a, f);
            for_each_diff_read(b, f);
        }
        Expr::Call(c) => c.args.iter().for_each(|a| for_each_diff_read(a, f)),
        Expr::Barrier(a) => for_each_diff_read(a, f),
        Expr::NewBuffer(b) => b
            .operands()
            .into_iter()
            .for_each(|a| for_each_diff_read(a, f)),
        Expr::Index(base, _) => {
            if let Expr::Var(v) = &**base {
                f(*v)
            }
        }
        _ => {}
    }
}

/// Calls `f` on every `(variable, value)` assignment in the block, nested
/// ones included. Both results of a [`Stmt::CallPair`] count as assigned the
/// call; a [`Stmt::Store`] assigns its value to the buffer.
pub fn for_each_assignment<'a>(block: &'a Block, f: &mut impl FnMut(VarId, &'a Expr)) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Let {
                var,
                init: Some(value),
            }
            | Stmt::Assign { var, value } => f(*var, value),
            Stmt::Store { buffer, value, .. } => f(*buffer, value),
            Stmt::CallPair {
                first,
                second,
                call,
            } => {
                f(*first, call);
                f(*second, call);
            }
            _ => for_each_child_block(stmt, &mut |b| for_each_assignment(b, f)),
        }
    }
}

/// Runs the analysis with `seeds` as the differentiated parameters, and
/// reports constructs that would lose derivatives.
pub fn analyze(func: &Function, seeds: &[VarId], errors: &mut Errors) -> Activity {
    let n = func.vars.len();
    let mut varied = vec![false; n];
    for s in seeds {
        varied[s.0] = true;
    }
    let mut changed = true;
    while changed {
        changed = false;
        for_each_assignment(&func.body, &mut |var, value| {
            if !varied[var.0]
                && func.var(var).kind != VarKind::Bound
                && depends(value, &|v| varied[v.0])
            {
                varied[var.0] = true;
                changed = true;
            }
        });
    }
    let mut useful = vec![false; n];
    for o in &func.outputs {
        useful[o.0] = true;
    }
    let mut changed = true;
    while changed {
        changed = false;
        for_each_assignment(&func.body, &mut |var, value| {
            if useful[var.0] {
                for_each_diff_read(value, &mut |v| {
                    if !useful[v.0] {
                        useful[v.0] = true;
                        changed = true;
                    }
                });
            }
        });
    }
    let mut tainted = varied.clone();
    let mut changed = true;
    while changed {
        changed = false;
        for_each_assignment(&func.body, &mut |var, value| {
            if !tainted[var.0] && taints(value, &|v| tainted[v.0]) {
                tainted[var.0] = true;
                changed = true;
            }
        });
    }
    let active = varied.iter().zip(&useful).map(|(a, b)| *a && *b).collect();
    let activity = Activity {
        varied,
        useful,
        active,
    };
    Validator {
        func,
        activity: &activity,
        tainted: &tainted,
        errors,
    }
    .block(&func.body);
    activity
}

struct Validator<'a> {
    func: &'a Function,
    activity: &'a Activity,
    /// Variables that may hold a value built from an active one.
    tainted: &'a [bool],
    errors: &'a mut Errors,
}

impl Validator<'_> {
    /// Whether `v` may hold a value built from an active one.
    fn varied(&self, v: VarId) -> bool {
        self.tainted[v.0]
    }

    fn reads_varied(&self, e: &Expr) -> bool {
        let mut found = false;
        e.for_each_read(&mut |v| found |= self.varied(v));
        found
    }

    fn name(&self, v: VarId) -> String {
        self.func.var(v).ident.to_string()
    }

    fn block(&mut self, block: &Block) {
        for stmt in &block.stmts {
            self.stmt(stmt);
            for_each_child_block(stmt, &mut |b| self.block(b));
        }
    }

    /// Rejects passive syntax that assigns or borrows `&mut` a variable the
    /// derivative depends on: the sweeps would not see the change.
    fn host_writes(&mut self, e: &Expr) {
        if let Expr::Host(h) = e {
            if let Some(v) = h
                .writes
                .iter()
                .copied()
                .find(|v| self.varied(*v) || self.activity.useful[v.0])
            {
                self.errors.on(
                    &h.expr,
                    format!(
                        "this expression modifies `{}`, which the derivative depends on; \
                         assign it in a statement of its own: `{0} = ...;`",
                        self.name(v)
                    ),
                );
            }
        }
        e.children().into_iter().for_each(|c| self.host_writes(c));
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Let { init: Some(e), .. } | Stmt::Assign { value: e, .. } => self.host_writes(e),
            Stmt::Store { index, value, .. } => {
                self.host_writes(value);
                index.iter().for_each(|k| self.host_writes(k));
            }
            Stmt::If { cond, .. } => self.host_writes(cond),
            Stmt::Match { scrutinee, arms } => {
                self.host_writes(scrutinee);
                arms.iter()
                    .filter_map(|a| a.guard.as_ref())
                    .for_each(|g| self.host_writes(g));
            }
            Stmt::Loop(Loop {
                head: LoopHead::For { iter: e, .. } | LoopHead::While(e),
                ..
            }) => self.host_writes(e),
            _ => {}
        }
        match stmt {
            Stmt::Let {
                var,
                init: Some(value),
            }
            | Stmt::Assign { var, value } => {
                if self.func.var(*var).kind == VarKind::Bound && depends(value, &|v| self.varied(v))
                {
                    self.errors.on(
                        &self.func.var(*var).ident,
                        format!(
                            "`{}` is bound by a pattern and cannot hold an active value; bind it with its own `let`",
                            self.name(*var)
                        ),
                    );
                }
                if self.activity.useful[var.0] {
                    self.value(value);
                }
            }
            Stmt::Store {
                buffer,
                index,
                value,
            } => {
                if self.activity.useful[buffer.0] {
                    self.value(value);
                }
                if let Some(k) = index.as_ref().filter(|k| self.reads_varied(k)) {
                    self.host_error(
                        k,
                        "an index computed from active values",
                        "compute the index from passive (integer) values",
                    );
                }
            }
            Stmt::Host(h) => {
                let mut mentioned = h.sinks.iter().chain(&h.writes).copied();
                if let Some(v) = mentioned.find(|v| self.tracked_buffer(*v)) {
                    let message = crate::diagnostics::buffer_changed(&self.name(v));
                    self.errors.on(&h.stmt, message);
                    return;
                }
                if let Some(v) = h.sinks.iter().copied().find(|v| self.varied(*v)) {
                    self.errors.on(
                        &h.stmt,
                        format!(
                            "this statement stores the active value `{}` where #[differentiate] cannot follow it \
                             (a passive place or a pattern), so its derivative would be lost; keep active values \
                             in plain `let` variables or in elements of a local vector (`v[i] = ..`)",
                            self.name(v)
                        ),
                    );
                }
                let tracked = |v: &VarId| self.varied(*v) || self.activity.useful[v.0];
                if let Some(v) = h.writes.iter().copied().find(tracked) {
                    self.errors.on(
                        &h.stmt,
                        format!(
                            "this statement modifies `{}`, which the derivative depends on, through a reference \
                             or inside syntax #[differentiate] does not look into; assign it with `{0} = ...`",
                            self.name(v)
                        ),
                    );
                }
            }
            Stmt::Match { scrutinee, arms } => {
                let binds = arms
                    .iter()
                    .any(|a| !crate::lower::scope::pattern_bindings(&a.pat).is_empty());
                if binds && self.reads_varied(scrutinee) {
                    self.host_error(
                        scrutinee,
                        "`match` on an active value with bindings in its patterns",
                        "branch with `if` on the value",
                    );
                }
            }
            Stmt::Loop(Loop {
                head: LoopHead::For { pat, iter },
                ..
            }) => {
                let binds = !crate::lower::scope::pattern_bindings(pat).is_empty();
                if binds && !is_range(iter) && self.reads_varied(iter) {
                    self.host_error(
                        iter,
                        "iterating over active values like this; supported are ranges of integers and \
                         a vector parameter `x` as `x`, `&x`, `x.iter()`, with `.copied()`, `.enumerate()` \
                         and `.zip(..)`",
                        "loop over the indices, `for i in 0..x.len()`, and read `x[i]`",
                    );
                }
            }
            _ => {}
        }
    }

    /// Whether `v` is a buffer whose values the derivative follows.
    fn tracked_buffer(&self, v: VarId) -> bool {
        self.func.is_buffer(v) && self.activity.is_active(v)
    }

    fn host_error(&mut self, e: &Expr, what: &str, instead: &str) {
        if let Expr::Host(h) = e {
            self.errors
                .on(&h.expr, crate::diagnostics::unsupported_expr(what, instead));
        }
    }

    /// Checks a value that flows into the result, in its differentiable positions.
    fn value(&mut self, e: &Expr) {
        match e {
            Expr::Host(h) if h.reads.iter().any(|v| self.varied(*v)) => {
                let message = match &h.expr {
                    // A path callee kept as host code is an item of the body (see `lower_call`).
                    syn::Expr::Call(c)
                        if h.local_items && matches!(&*c.func, syn::Expr::Path(_)) =>
                    {
                        local_function_call()
                    }
                    _ => opaque_active("this expression"),
                };
                self.errors.on(&h.expr, message);
            }
            Expr::Method(receiver, name, args) => {
                let active_receiver = self.reads_varied(receiver);
                let active_argument = args.iter().any(|a| self.reads_varied(a));
                if active_receiver && !rules::is_query(&name.to_string()) {
                    self.errors
                        .on(name, unknown_method_on_active(&name.to_string()));
                } else if active_argument {
                    self.errors
                        .on(name, method_with_active_arguments(&name.to_string()));
                }
            }
            Expr::Index(base, index) if self.reads_varied(base) => match &**base {
                Expr::Var(v) if self.func.is_vector(*v) => {
                    if self.reads_varied(index) {
                        self.host_error(
                            index,
                            "an index computed from active values",
                            "compute the index from passive (integer) values",
                        );
                    }
                }
                Expr::Var(v) => {
                    let message = format!(
                        "indexing the active value `{}` is not supported; index a vector parameter \
                         (`&[f64]`, `Vec<f64>`, `[f64; N]`) or a local vector made here (`vec![0.0; n]`, \
                         `[a, b]`); for a vector returned by a call, write its type: `let {0}: Vec<f64> = g(..);`",
                        self.name(*v)
                    );
                    self.errors.on(&self.func.var(*v).ident, message);
                }
                _ => self.value(base),
            },
            Expr::Unary(UnOp::Neg, a) | Expr::Cast(a, _) => self.value_if_float(e, a),
            Expr::Ascribe(a, _) => self.value(a),
            Expr::Binary(op, a, b) if op.is_arithmetic() => {
                self.value(a);
                self.value(b);
            }
            Expr::Rule(rule, args) => {
                for (a, kind) in args.iter().zip(rule.args) {
                    if *kind == ArgKind::Float {
                        self.value(a);
                    }
                }
            }
            Expr::Select(_, a, b) => {
                self.value(a);
                self.value(b);
            }
            Expr::Call(c) => {
                for a in &c.args {
                    if crate::transform::arg_var(a).is_some() {
                        continue;
                    }
                    match a {
                        Expr::Host(h) => match h
                            .reads
                            .iter()
                            .find(|v| self.func.is_vector(**v) && self.varied(**v))
                        {
                            Some(v) => {
                                let message = format!(
                                    "passing part of the active vector `{}` (a sub-slice, a method's result) to \
                                     another function is not supported yet; pass the whole vector and the bounds \
                                     as passive arguments (`g({0}, start, end)`)",
                                    self.name(*v)
                                );
                                self.errors.on(&h.expr, message);
                            }
                            None => self.value(a),
                        },
                        _ => self.value(a),
                    }
                }
            }
            _ => {}
        }
    }

    fn value_if_float(&mut self, whole: &Expr, inner: &Expr) {
        match whole {
            Expr::Cast(_, ty) => match float_type(ty) {
                None if is_integer_type(ty) || !self.reads_varied(inner) => {}
                None => {
                    let written = quote::ToTokens::to_token_stream(ty).to_string();
                    self.errors.on(ty, cast_to_unknown_type(&written));
                }
                Some(target) if target != self.func.scalar && self.reads_varied(inner) => {
                    self.errors.on(
                        ty,
                        "an active value cannot change float type inside a #[differentiate] function \
                         (derivatives are computed in one float type); keep the computation in the \
                         function's float type",
                    );
                }
                Some(_) => self.value(inner),
            },
            _ => self.value(inner),
        }
    }
}

/// Whether `ty` is a primitive integer type as written (a cast to one drops
/// the derivative, rightly: the result is piecewise constant).
pub fn is_integer_type(ty: &syn::Type) -> bool {
    let syn::Type::Path(p) = ty else {
        return false;
    };
    p.qself.is_none()
        && p.path.get_ident().is_some_and(|i| {
            matches!(
                i.to_string().as_str(),
                "i8" | "i16"
                    | "i32"
                    | "i64"
                    | "i128"
                    | "isize"
                    | "u8"
                    | "u16"
                    | "u32"
                    | "u64"
                    | "u128"
                    | "usize"
            )
        })
}

/// `a..b`, `a..=b`, and those with `.rev()`, `.step_by(k)`, `.skip(k)`, `.take(k)`.
fn is_range(e: &Expr) -> bool {
    fn syn_range(e: &syn::Expr) -> bool {
        match e {
            syn::Expr::Range(_) => true,
            syn::Expr::Paren(p) => syn_range(&p.expr),
            syn::Expr::MethodCall(m) => {
                matches!(
                    m.method.to_string().as_str(),
                    "rev" | "step_by" | "skip" | "take"
                ) && syn_range(&m.receiver)
            }
            _ => false,
        }
    }
    matches!(e, Expr::Host(h) if syn_range(&h.expr))
}
