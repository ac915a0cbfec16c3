//! Automatic differentiation at compile time.
//!
//! Put `#[differentiate]` on an ordinary Rust function of `f64` (or `f32`)
//! parameters and the macro writes, next to it, forward-mode (`NAME_jvp`),
//! reverse-mode (`NAME_vjp`, `NAME_grad`) and evaluation-trace (`NAME_trace`)
//! functions as plain Rust code.
//!
//! ```
//! use autodiff::differentiate;
//!
//! #[differentiate]
//! fn f(x1: f64, x2: f64) -> f64 {
//!     x1.ln() + x1 * x2 - x2.sin()
//! }
//!
//! let (y, dy) = f_jvp(2.0, 5.0, 1.0, 0.0);
//! let (_, g1, g2) = f_grad(2.0, 5.0);
//! assert!((y - 11.652).abs() < 1e-3);
//! assert!((dy - 5.5).abs() < 1e-12 && (g1 - 5.5).abs() < 1e-12);
//! assert!((g2 - 1.716).abs() < 1e-3);
//! ```
//!
//! See the README for the supported language subset and the generated API.

pub use autodiff_core::{check, tape, trace, Tape, TapeScalar, Trace};
pub use autodiff_macros::differentiate;

/// Items the generated code refers to. Not a public API: it may change at any time.
#[doc(hidden)]
pub mod __private {
    pub use autodiff_core::tape::{Tape, TapeScalar};
    pub use autodiff_core::trace::{Operand, Recorder, Trace};
}
