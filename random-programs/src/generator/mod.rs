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
pub mod rng;
pub mod scope;
pub mod stmt;
pub mod table;

use std::collections::BTreeSet;

use body::LoopKind;
use constructs::{Construct, Constructs};
use function::Entry;
use rng::Rng;
use scope::Scope;

/// The state of the generator while it writes one program.
pub struct Gen {
    rng: Rng,
    on: Constructs,
    scope: Scope,
    /// The counter behind fresh names.
    names: usize,
    /// The loops around the current statement, innermost last.
    loops: Vec<LoopKind>,
    /// The loops and branches around the current statement.
    nesting: usize,
    /// The statements the current function may still write.
    budget: usize,
    /// The length of the slice the entry function is called with.
    slice_len: usize,
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
        called: BTreeSet::new(),
    };
    let slice = on.has(Construct::Slice) && g.rng.chance(0.6);
    let entry = Entry {
        scalars: if slice {
            g.rng.below(3)
        } else {
            g.rng.below(3) + 1
        },
        slice_len: slice.then(|| g.rng.below(4) + 1),
        n: g.rng.below(4) + 1,
    };
    g.slice_len = entry.slice_len.unwrap_or(0);
    let mut functions = g.helpers(slice);
    functions.push(g.entry(entry));
    let module = format!(
        "pub mod s{seed} {{\n    use autodiff::differentiate;\n\n{}}}\n",
        functions.join("\n")
    );
    Program {
        seed,
        module,
        entry,
    }
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
                0 if slice => out.push(self.slice_helper(&name)),
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
                _ => {
                    let m = self.rng.below(2) + 1;
                    out.push(self.scalar_helper(&name, m));
                }
            }
        }
        out
    }
}
