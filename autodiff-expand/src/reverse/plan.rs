//! What the reverse sweep needs from the forward sweep, decided before either
//! is written.
//!
//! - Each active statement is linearized once; its partials read some node
//!   values, passive leaves and variables. Cheap nodes are recomputed in the
//!   reverse sweep, expensive ones (transcendental results) and passive leaves
//!   are recorded on the tape.
//! - A variable whose value some partial reads is *needed*. Its value is
//!   recorded before each overwrite and once when its scope ends (a
//!   snapshot); the reverse sweep keeps a shadow copy of it, restored as it
//!   walks back. Nothing else of the primal state is kept.

use std::collections::{HashMap, HashSet};

use crate::activity::Activity;
use crate::ir::*;
use crate::linearize::{linearize, Linear};
use crate::transform::element_read;

/// The reverse plan of one active statement with an arithmetic right-hand side.
pub struct StmtPlan {
    pub linear: Linear,
    /// Passive leaves recorded in the forward sweep.
    pub pushed_leaves: Vec<VarId>,
    /// Expensive node values recorded in the forward sweep.
    pub pushed_nodes: Vec<VarId>,
    /// Cheap nodes the reverse sweep recomputes, in order.
    pub recomputed: Vec<VarId>,
}

/// Plans for every active statement, and the needed variables.
pub struct Plans {
    by_stmt: HashMap<*const Stmt, StmtPlan>,
    pub needed: Vec<bool>,
}

impl Plans {
    pub fn of(&self, stmt: &Stmt) -> Option<&StmtPlan> {
        self.by_stmt.get(&(stmt as *const Stmt))
    }

    pub fn is_needed(&self, v: VarId) -> bool {
        self.needed.get(v.0).copied().unwrap_or(false)
    }
}

/// Linearizes the active statements of `func.body` (temporaries go into `func`).
pub fn plan(func: &mut Function, body: &Block, activity: &Activity) -> Plans {
    let mut plans = Plans {
        by_stmt: HashMap::new(),
        needed: Vec::new(),
    };
    let mut needed = HashSet::new();
    visit(func, body, activity, &mut plans, &mut needed);
    plans.needed = vec![false; func.vars.len()];
    for v in needed {
        plans.needed[v.0] = true;
    }
    plans
}

fn visit(
    func: &mut Function,
    block: &Block,
    activity: &Activity,
    plans: &mut Plans,
    needed: &mut HashSet<VarId>,
) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Let { var, init: Some(e) } | Stmt::Assign { var, value: e }
                if activity.is_active(*var)
                    && activity.expr_active(e)
                    && !matches!(e, Expr::Call(_))
                    && element_read(func, activity, e).is_none() =>
            {
                let linear = linearize(func, activity, e);
                let plan = needs(func, linear, needed);
                plans.by_stmt.insert(stmt as *const Stmt, plan);
            }
            _ => for_each_child_block(stmt, &mut |b| visit(func, b, activity, plans, needed)),
        }
    }
}

/// Works out what the partials of `linear` read, adding needed variables.
fn needs(func: &Function, linear: Linear, needed: &mut HashSet<VarId>) -> StmtPlan {
    let mut reads: Vec<VarId> = Vec::new();
    for (_, e) in linear.adjoints.iter().chain(&linear.partials) {
        e.for_each_read(&mut |v| reads.push(v));
    }
    let mut seen = HashSet::new();
    let (mut pushed_leaves, mut pushed_nodes, mut recompute) =
        (Vec::new(), HashSet::new(), HashSet::new());
    while let Some(v) = reads.pop() {
        if !seen.insert(v) || linear.adjoints.iter().any(|(a, _)| *a == v) {
            continue;
        }
        if let Some(node) = linear.nodes.iter().find(|n| n.var == v) {
            if node.expensive() {
                pushed_nodes.insert(v);
            } else {
                recompute.insert(v);
                node.args
                    .iter()
                    .for_each(|a| a.for_each_read(&mut |r| reads.push(r)));
            }
        } else if linear.leaves.iter().any(|l| l.var == v) {
            pushed_leaves.push(v);
        } else if func.var(v).kind != VarKind::Bound {
            needed.insert(v);
        }
    }
    pushed_leaves.sort();
    let in_order = |set: &HashSet<VarId>| {
        linear
            .nodes
            .iter()
            .map(|n| n.var)
            .filter(|v| set.contains(v))
            .collect()
    };
    StmtPlan {
        pushed_nodes: in_order(&pushed_nodes),
        recomputed: in_order(&recompute),
        pushed_leaves,
        linear,
    }
}
