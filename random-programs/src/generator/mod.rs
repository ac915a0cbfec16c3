//! The random-program generator: from a seed, a module of `#[differentiate]`
//! functions in the supported subset (helpers, then an entry function `f`
//! that calls them all), and the row of the test table that calls its
//! generated derivatives.
//!
//! Every value the programs compute is bounded at every point of the input
//! box [-1, 1]^m (see [`expr`] and [`body`]), and arguments of elementary
//! functions stay inside their domains (see [`elementary`]), so values are
//! finite and finite differences are meaningful. Loops run at most a few
//! times and recursion is at most 3 deep, so a program runs in microseconds.
//!
//! `build.rs` includes this module by path: it uses only the standard library.

pub mod body;
pub mod constructs;
pub mod elementary;
pub mod expr;
pub mod function;
pub mod loops;
pub mod nalgebra;
pub mod rng;
pub mod scope;
pub mod stmt;
pub mod table;
pub mod vector_result;

use std::collections::BTreeSet;

use constructs::{Construct, Constructs};
use function::{Entry, SumLoop};
use loops::LoopFrame;
use rng::Rng;
use scope::Scope;
use vector_result::VectorHelper;

/// The state of the generator while it writes one program.
pub struct Gen {
    rng: Rng,
    on: Constructs,
    scope: Scope,
    /// The counter behind fresh names.
    names: usize,
    /// The loops around the current statement, innermost last.
    loops: Vec<LoopFrame>,
    /// The loops and branches around the current statement.
    nesting: usize,
    /// The statements the current function may still write.
    budget: usize,
    /// The largest length of the active slice of the function being written.
    slice_len: usize,
    /// A bound on the elements of that slice.
    slice_bound: f64,
    /// The vector parameters are nalgebra `DVector`s (`dvector`).
    dvector: bool,
    /// The function being written is the entry function.
    in_entry: bool,
    /// The first helper with a vector result, if any.
    vector_helper: Option<VectorHelper>,
    /// The shape `(len, array)` of the vector result of the function being
    /// written, if it has one.
    result_shape: Option<(usize, bool)>,
    /// The functions called so far.
    called: BTreeSet<String>,
}

/// One generated program.
pub struct Program {
    /// Its seed.
    pub seed: u64,
    /// The module `s<seed>` with its functions, as Rust source.
    pub module: String,
    /// The entry function's parameters.
    pub entry: Entry,
    /// Its first helper with a vector result, if any.
    pub vector: Option<VectorHelper>,
    /// It has an f32 twin (`f32`).
    pub twin: bool,
}

/// The program of `seed` with the constructs `on`.
pub fn program(seed: u64, on: &Constructs) -> Program {
    let mut g = Gen {
        rng: Rng::new(seed),
        on: on.clone(),
        scope: Scope::default(),
        names: 0,
        loops: Vec::new(),
        nesting: 0,
        budget: 0,
        slice_len: 0,
        slice_bound: 1.0,
        dvector: false,
        in_entry: false,
        vector_helper: None,
        result_shape: None,
        called: BTreeSet::new(),
    };
    let slice = on.has(Construct::Slice) && g.rng.chance(0.6);
    g.dvector = slice && on.has(Construct::DVector) && g.rng.chance(0.1);
    let entry = Entry {
        scalars: if slice {
            g.rng.below(3)
        } else {
            g.rng.below(3) + 1
        },
        slice_len: slice.then(|| g.rng.below(4) + 1),
        n: g.rng.below(4) + 1,
        data: on.has(Construct::WrtData) && g.rng.chance(0.1),
        dvector: g.dvector,
        sum_loop: sum_loop(seed, slice, on),
    };
    let mut functions = match entry.sum_loop {
        Some(SumLoop::Linear) => Vec::new(),
        _ => g.helpers(slice),
    };
    functions.push(g.entry(entry));
    let imports = if g.dvector {
        "    use autodiff::differentiate;\n    use nalgebra::DVector;\n"
    } else {
        "    use autodiff::differentiate;\n"
    };
    let module = format!(
        "pub mod s{seed} {{\n{imports}\n{}}}\n",
        functions.join("\n")
    );
    Program {
        seed,
        module,
        entry,
        vector: g.vector_helper.clone(),
        twin: on.has(Construct::F32) && g.rng.chance(0.04),
    }
}

/// Whether the entry function of the program of `seed` starts with a
/// loss-shaped loop (`sum-loop`), and of which kind: drawn from a stream of
/// its own, so that the programs without one are those the seed gave before
/// the construct existed.
fn sum_loop(seed: u64, slice: bool, on: &Constructs) -> Option<SumLoop> {
    let mut rng = Rng::new(!seed);
    if !slice || !on.has(Construct::SumLoop) || !rng.chance(0.3) {
        return None;
    }
    Some(if rng.chance(0.5) {
        SumLoop::Linear
    } else {
        SumLoop::Read
    })
}

/// The module `s<seed>_f32`: `program`'s module with `f32` for `f64`
/// everywhere (types, casts, paths such as `f64::sin`).
pub fn twin(program: &Program) -> String {
    let name = format!("pub mod s{} ", program.seed);
    let twin = format!("pub mod s{}_f32 ", program.seed);
    program
        .module
        .replacen(&name, &twin, 1)
        .replace("f64", "f32")
}

impl Gen {
    /// Zero to three helpers of the kinds switched on.
    fn helpers(&mut self, slice: bool) -> Vec<String> {
        if !self.on.has(Construct::Call) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for h in 0..self.rng.below(4) {
            let name = format!("h{h}");
            match self.rng.below(5) {
                // Without a slice parameter, only local vectors can be passed:
                // less often (a slice helper compiles to much more code).
                0 if slice || (self.on.has(Construct::BufferCall) && self.rng.chance(0.3)) => {
                    out.push(self.slice_helper(&name))
                }
                1 if self.on.has(Construct::Recursion) => {
                    out.push(self.recursive_helper(&name, &name));
                    self.register_recursive(&name);
                }
                2 if self.on.has(Construct::MutualRecursion) => {
                    let partner = format!("{name}b");
                    out.push(self.recursive_helper(&name, &partner));
                    out.push(self.recursive_helper(&partner, &name));
                    self.register_recursive(&name);
                    self.register_recursive(&partner);
                }
                3 if self.on.has(Construct::VectorResult) && self.rng.chance(0.5) => {
                    out.push(self.vector_helper(&name));
                }
                _ => {
                    let m = self.rng.below(2) + 1;
                    out.push(self.scalar_helper(&name, m));
                }
            }
        }
        out
    }
}
