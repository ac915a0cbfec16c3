#![doc = include_str!("../README.md")]

pub use autodiff_core::{check, tape, trace, Tape, TapeScalar, Trace};
pub use autodiff_macros::differentiate;

/// Items the generated code refers to. Not a public API: it may change at any time.
#[doc(hidden)]
pub mod __private {
    pub use autodiff_core::barrier::Barrier;
    pub use autodiff_core::buffer::{AdjointBuffer, ZerosLike};
    pub use autodiff_core::passive::FromPassive;
    pub use autodiff_core::shadow::{VecAdjoint, VecTangent};
    pub use autodiff_core::tape::{Tape, TapeScalar};
    pub use autodiff_core::trace::{Operand, Recorder, Trace};
    pub use nalgebra;
}
