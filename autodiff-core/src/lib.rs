//! Runtime of the `autodiff` crate.
//!
//! The `#[differentiate]` macro writes derivative code at compile time; this
//! crate holds what that code calls at run time:
//! - [`tape`]: the stack that carries values from the forward sweep to the
//!   reverse sweep of reverse mode;
//! - [`trace`]: the evaluation trace of one call, printed as in Baydin et al.;
//! - [`shadow`]: the tangents and adjoints of vector arguments between
//!   generated functions;
//! - [`buffer`]: the tangents and adjoints of local vectors;
//! - [`outline`]: frames of their own for the work of a level of a recursion;
//! - [`check`]: finite differences and the dot-product test, to check derivatives;
//! - [`bilevel`]: hypergradients of bilevel problems (implicit differentiation,
//!   unrolled differentiation, DARTS) over objectives the macro differentiated.
//!
//! ```
//! use autodiff_core::Tape;
//! let mut tape = Tape::<f64>::new();
//! tape.push(1.0);
//! assert_eq!(tape.pop(), 1.0);
//! ```

pub mod barrier;
pub mod bilevel;
pub mod buffer;
pub mod check;
pub mod iteration_tape;
pub mod outline;
pub mod passive;
pub mod shadow;
pub mod tape;
pub mod trace;

pub use barrier::Barrier;
pub use buffer::{AdjointBuffer, Elements, ZerosLike};
pub use iteration_tape::IterationTape;
pub use passive::FromPassive;
pub use shadow::{VecAdjoint, VecTangent};
pub use tape::{Tape, TapeScalar};
pub use trace::Trace;
