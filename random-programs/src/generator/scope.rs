//! What the code being written can read and write at the current point: the
//! float values with a bound on their magnitude, passive integers with their
//! largest value, the active slice, local vectors, and the functions written
//! before.

/// A float value in scope.
pub struct Float {
    /// Its name.
    pub name: String,
    /// A bound on its magnitude at every point of the input box.
    pub bound: f64,
    /// Of type `f64` rather than a float literal's type, which rustc infers
    /// too late for a method call (`let t = 0.5; t.sin()` does not compile).
    pub typed: bool,
    /// An accumulator: `let mut`, and its bound is kept by every update.
    pub assignable: bool,
    /// Bound to `&f64` (the item of `x.iter()`): read as `(*v)`.
    pub by_ref: bool,
}

/// A passive `usize` value in scope (a parameter, loop index or counter).
pub struct Int {
    /// Its name.
    pub name: String,
    /// Its largest value.
    pub max: usize,
}

/// A local vector of floats: never empty, every element bounded by `cap`.
pub struct Buffer {
    /// Its name.
    pub name: String,
    /// A bound on every element, kept by every store and push.
    pub cap: f64,
    /// Its largest length, while nothing is pushed onto it.
    pub len: Option<usize>,
    /// Passed to a slice helper (`buffer-call`): nothing may be pushed onto
    /// it any more, since a loop may run the call again after the push.
    pub passed: bool,
    /// A nalgebra `DVector` (made by whole-vector arithmetic), not a `Vec`
    /// or an array.
    pub dvector: bool,
    /// A `Vec`, which `push` may grow.
    pub growable: bool,
    /// Its elements are of type `f64` (see [`Float::typed`]).
    pub typed: bool,
}

/// How a function written before is called.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `h(c0, .., k)`: m floats and a passive `usize`.
    Scalars(usize),
    /// `h(x, a)`: the active slice and a float.
    Slice,
    /// `h(a, b, depth)`: two floats and a depth counter of type `u32`.
    Recursive,
    /// `h(a, b, k)` returning floats.
    Vector {
        /// How many.
        len: usize,
        /// As an array `[f64; len]`, not a `Vec<f64>`.
        array: bool,
    },
}

/// A function written before, callable from the current one.
pub struct Callee {
    /// Its name.
    pub name: String,
    /// Its parameters.
    pub shape: Shape,
    /// A bound on its result.
    pub bound: f64,
}

/// The names visible at the current point.
#[derive(Default)]
pub struct Scope {
    /// Float values.
    pub floats: Vec<Float>,
    /// Passive integers.
    pub ints: Vec<Int>,
    /// Local vectors.
    pub buffers: Vec<Buffer>,
    /// The name of the active slice parameter, if the function has one.
    pub slice: Option<String>,
    /// The name of a passive data slice (`wrt-data`), if the function has one.
    pub data: Option<String>,
    /// Callable functions.
    pub callees: Vec<Callee>,
}

/// The sizes of a scope's lists, to forget what a block declared when it ends.
pub struct Mark(usize, usize, usize);

impl Scope {
    /// The current sizes.
    pub fn mark(&self) -> Mark {
        Mark(self.floats.len(), self.ints.len(), self.buffers.len())
    }

    /// Forgets the names declared since `mark`.
    pub fn restore(&mut self, mark: Mark) {
        self.floats.truncate(mark.0);
        self.ints.truncate(mark.1);
        self.buffers.truncate(mark.2);
    }
}
