//! Stage 4b: reverse mode, in split form (Tapenade's `_FWD` / `_BWD` pair).
//!
//! The *forward sweep* is the original function, recording on the tape what
//! the *backward sweep* cannot recompute; the backward sweep walks the code
//! backwards, popping those records and accumulating adjoints. A call of a
//! differentiated function runs the callee's forward sweep in the forward
//! sweep and its backward sweep at the mirrored point of the backward sweep,
//! so recursion of depth d costs O(d).
//!
//! What is recorded:
//! - for each active statement, what its partials read (see [`plan`]);
//! - for each store into an active buffer, its index (see [`buffer`]);
//! - the old value of a needed variable before each overwrite, and its value
//!   when its scope ends;
//! - for each `if` / `match` with reverse work in a branch, the branch taken;
//! - for each loop with reverse work in its body, the trip count;
//! - for each block left early by `break` / `continue` / `return`, where it
//!   stopped (only where the stop point changes what must be reversed).
//!
//! Before: `for _ in 1..n { l = 4.0 * l * (1.0 - l); }`
//! Forward sweep:
//! ```text
//! let mut c = 0; for _ in 1..n { c += 1; tape.push(l); l = (4.0 * l) * (1.0 - l); } tape.push_control(c);
//! ```
//! Backward sweep:
//! ```text
//! for _ in 0..tape.pop_control() {
//!     l = tape.pop(); let n1 = 4.0 * l; let n2 = 1.0 - l;
//!     let ob = bl; bl = ob * (4.0 * n2 - n1);
//! }
//! ```

mod buffer;
mod coalesce;
mod control;
mod fuse;
mod plan;
mod records;
mod replay;
mod statement;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::{HashMap, HashSet};

use crate::activity::Activity;
use crate::emit::{scalar_tokens, tape_ident};
use crate::ir::*;
use control::Frame;
use plan::Plans;

/// The two sweeps of a function.
pub struct Sweeps {
    /// The forward sweep, as IR (calls go to forward sweeps, records are `Push`es).
    pub forward: Function,
    /// The body of the backward sweep; it ends with the tuple of parameter
    /// adjoints, or, if `fused`, with the pair of the function's value and that
    /// tuple.
    pub backward: TokenStream,
    /// Whether the backward sweep computes the value too and runs without the
    /// forward sweep (see [`fuse`]); only replaying sweeps can be.
    pub fused: bool,
}

/// Builds both sweeps of `func` (normalized) under `activity`. The backward
/// sweep starts from one seed per output of `func`, named by `seeds`.
pub fn reverse(func: &Function, activity: &Activity, seeds: &[Ident]) -> Sweeps {
    sweeps(func, activity, seeds, false).0
}

/// The sweeps of [`reverse`] with the loops that can be replayed replayed
/// (see [`replay`]), if there are any: the backward sweep then reads the
/// primal's parameters, which its caller passes again after the tape. If
/// the function's shape allows, the backward sweep is fused (see [`fuse`]):
/// it takes the primal's parameters and computes the value too, and the
/// forward sweep is not to be run.
pub fn reverse_replayed(func: &Function, activity: &Activity, seeds: &[Ident]) -> Option<Sweeps> {
    let (sweeps, replayed) = sweeps(func, activity, seeds, true);
    replayed.then_some(sweeps)
}

fn sweeps(
    func: &Function,
    activity: &Activity,
    seeds: &[Ident],
    replaying: bool,
) -> (Sweeps, bool) {
    let mut forward = func.clone();
    let plans = plan::plan(&mut forward, &func.body, activity);
    let replay = if replaying {
        replay::plan(func, activity, &plans)
    } else {
        replay::Replay::default()
    };
    let fused = replaying
        .then(|| fuse::fuse(func, activity, &plans, &replay))
        .flatten();
    let mut r = Reverser {
        func: forward,
        activity,
        plans,
        frames: Vec::new(),
        kept: HashMap::new(),
        replay,
        replayed: false,
        coalescing: Vec::new(),
        sums: 0,
        fused_loops: fused.as_ref().map(|f| f.loops.clone()).unwrap_or_default(),
    };
    r.init_deferred_needed(&func.body);
    let keep_params = r.keep_shadowable();
    let (mut body, backward, suffix) = match &fused {
        Some(f) => {
            let (mut body, head_backward) = r.stmts(&func.body.stmts[..=f.before]);
            let (suffix, suffix_backward) = r.stmts(&func.body.stmts[f.suffix.clone()]);
            let split = fuse::split(&suffix, &f.tainted);
            body.stmts.extend(suffix.stmts);
            (body, quote!(#suffix_backward #head_backward), Some(split))
        }
        None => {
            let (body, backward) = r.block(&func.body);
            (body, backward, None)
        }
    };
    body.stmts.splice(0..0, keep_params);
    body.stmts.extend(r.param_snapshots());
    let Reverser {
        func: mut forward,
        plans,
        replayed,
        replay,
        ..
    } = r;
    let backward = backward_function(&forward, func, activity, &plans, seeds, backward);
    forward.body = body;
    let naming = |v: VarId| forward.var(v).ident.clone();
    let emit = crate::emit::Emit::new(&forward, &naming);
    let start = fused.as_ref().zip(suffix).map(|(f, (first, last))| {
        let before = emit.block(&Block {
            stmts: func.body.stmts[..f.before].to_vec(),
        });
        let outputs: Vec<TokenStream> = func
            .outputs
            .iter()
            .map(|v| emit.expr(&Expr::Var(*v)))
            .collect();
        let value = match outputs.as_slice() {
            [one] => one.clone(),
            many => quote!((#(#many),*)),
        };
        (before, emit.block(&first), emit.block(&last), value)
    });
    let backward = match start {
        Some((before, first, last, value)) => {
            let adjoints = Ident::new("__autodiff_adjoints", Span::mixed_site());
            quote! {
                #before
                #first
                let #adjoints = { #backward };
                #last
                (#value, #adjoints)
            }
        }
        None if replayed => {
            let prologue = emit.block(&Block {
                stmts: replay.prologue,
            });
            quote!(#prologue #backward)
        }
        None => backward,
    };
    let fused = fused.is_some();
    (
        Sweeps {
            forward,
            backward,
            fused,
        },
        replayed,
    )
}

/// The float parameters of `func` whose adjoints the backward sweep
/// accumulates in the parameter that brings in the caller's adjoint (named
/// [`adjoint`]): the active ones that the body never assigns. A backward
/// sweep takes, for each float parameter, the adjoint that its caller has
/// accumulated so far for the argument, and returns it with its own
/// contributions added, so that a caller keeps nothing of its own across the
/// call (which matters in a deep recursion). A parameter the body assigns
/// has its adjoint consumed at the assignment, so it starts from -0.0 and
/// the caller's part ([`initial_adjoint`]) is added at the end.
pub fn in_place_params(func: &Function, activity: &Activity) -> HashSet<VarId> {
    let mut assigned = HashSet::new();
    replay::collect_assigned(&func.body, &mut assigned);
    func.params
        .iter()
        .filter(|p| p.float.is_some())
        .map(|p| p.var)
        .filter(|v| activity.is_active(*v) && !assigned.contains(v))
        .collect()
}

/// The parameter of a backward sweep that brings in the caller's adjoint of
/// float parameter `v` when the sweep does not accumulate into it in place
/// (see [`in_place_params`]).
pub fn initial_adjoint(v: VarId) -> Ident {
    Ident::new(&format!("__autodiff_i{}", v.0), Span::mixed_site())
}

/// The adjoint of `v` in the backward sweep. Adjoints start at -0.0 and are
/// reset to -0.0 once consumed: `-0.0 + t` folds to `t`, so a first
/// contribution costs no addition (`0.0 + t` does not fold, because
/// `0.0 + -0.0` is `+0.0`). The public functions add `0.0` to what they
/// return, which turns a remaining -0.0 into 0.0.
pub(crate) fn adjoint(v: VarId) -> Ident {
    Ident::new(&format!("__autodiff_b{}", v.0), Span::mixed_site())
}

pub(super) fn shadow(v: VarId) -> Ident {
    Ident::new(&format!("__autodiff_s{}", v.0), Span::mixed_site())
}

fn backward_function(
    forward: &Function,
    func: &Function,
    activity: &Activity,
    plans: &Plans,
    seeds: &[Ident],
    body: TokenStream,
) -> TokenStream {
    let scalar = scalar_tokens(func.scalar);
    let tape = tape_ident();
    let outputs = &func.outputs;
    let private = crate::paths::private();
    let seeded = outputs.iter().zip(seeds).map(|(o, seed)| {
        let b = adjoint(*o);
        if func.is_buffer(*o) {
            quote!(let mut #b = #private::AdjointBuffer::from_seed(#seed);)
        } else {
            quote!(let mut #b: #scalar = #seed;)
        }
    });
    let in_place = in_place_params(func, activity);
    let locals = (0..forward.vars.len())
        .map(VarId)
        .filter(|v| !outputs.contains(v) && !in_place.contains(v) && activity.is_active(*v));
    let adjoints = locals.clone().filter(|v| !func.is_vector(*v)).map(adjoint);
    let buffers = locals.filter(|v| func.is_buffer(*v)).map(adjoint);
    let shadows: Vec<Ident> = (0..forward.vars.len())
        .map(VarId)
        .filter(|v| plans.is_needed(*v))
        .map(shadow)
        .collect();
    let restore_params = func
        .params
        .iter()
        .rev()
        .filter(|p| plans.is_needed(p.var))
        .map(|p| shadow(p.var));
    let results = func.params.iter().map(|p| {
        let (b, initial) = (adjoint(p.var), initial_adjoint(p.var));
        match p.float {
            Some(_) if in_place.contains(&p.var) => quote!(#b),
            Some(_) if activity.is_active(p.var) => quote!(#initial + #b),
            Some(_) => quote!(#initial),
            None => quote!(()),
        }
    });
    quote! {
        #(let mut #adjoints: #scalar = -0.0;)*
        #(let mut #buffers = #private::AdjointBuffer::<#scalar>::new();)*
        #(let mut #shadows: #scalar = 0.0;)*
        #(#seeded)*
        #(#restore_params = #tape.pop();)*
        #body
        (#(#results,)*)
    }
}

struct Reverser<'a> {
    func: Function,
    activity: &'a Activity,
    plans: Plans,
    frames: Vec<Frame>,
    /// Needed variables whose name another binding may shadow before their
    /// snapshot is taken, with the hygienic copy the forward sweep keeps of them.
    kept: HashMap<VarId, VarId>,
    /// The loops to replay (none unless asked for).
    replay: replay::Replay,
    /// Whether a loop was replayed.
    replayed: bool,
    /// The coalesced adjoints of the replayed loops being walked, innermost last.
    coalescing: Vec<coalesce::Coalescing>,
    /// How many coalesced sums the function has (numbers their locals).
    sums: usize,
    /// The replayed loops that run fused (see [`fuse`]).
    fused_loops: HashSet<LoopId>,
}

impl Reverser<'_> {
    pub(super) fn active(&self, v: VarId) -> bool {
        self.activity.is_active(v)
    }

    pub(super) fn needed(&self, v: VarId) -> bool {
        self.plans.is_needed(v)
    }
}
