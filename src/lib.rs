#![doc = include_str!("../README.md")]

pub use autodiff_core::{bilevel, check, tape, trace, Tape, TapeScalar, Trace};
pub use autodiff_macros::differentiate;

/// A [`bilevel::Objective`] from the generated functions of a
/// `#[differentiate]` function `NAME(w, lam, data...)` whose first two
/// parameters are the active slices `w` and `λ`:
/// `objective!(NAME_grad_into, NAME_hvp, data...)`.
///
/// The data arguments are expressions evaluated at every call (pass
/// references or copies) and borrowed by the objective.
///
/// ```
/// use autodiff::bilevel::Objective;
/// use autodiff::differentiate;
///
/// /// G(w, λ) = Σ scale · (w_i − λ_0)².
/// #[differentiate(wrt(w, lam))]
/// fn g(w: &[f64], lam: &[f64], scale: f64) -> f64 {
///     let mut s = 0.0;
///     for i in 0..w.len() {
///         s += scale * (w[i] - lam[0]) * (w[i] - lam[0]);
///     }
///     s
/// }
///
/// let scale = 0.5;
/// let objective = autodiff::objective!(g_grad_into, g_hvp, scale);
/// let (value, gw, glam) = objective.gradient(&[1.0, 3.0], &[2.0]);
/// assert_eq!((value, gw, glam), (1.0, vec![-1.0, 1.0], vec![0.0]));
/// let (hw, hlam) = objective.hvp(&[1.0, 3.0], &[2.0], &[1.0, 0.0], &[0.0]);
/// assert_eq!((hw, hlam), (vec![1.0, 0.0], vec![-1.0]));
/// ```
#[macro_export]
macro_rules! objective {
    ($grad_into:path, $hvp:path $(, $data:expr)* $(,)?) => {
        $crate::bilevel::FnObjective::new(
            |w: &[f64], lam: &[f64], gw: &mut [f64], glam: &mut [f64]| {
                $grad_into(w, lam, $($data,)* gw, glam)
            },
            |w: &[f64], lam: &[f64], vw: &[f64], vlam: &[f64]| {
                let (_, _, _, hw, hlam) = $hvp(w, lam, $($data,)* vw, vlam);
                (hw, hlam)
            },
        )
    };
}

/// Items the generated code refers to. Not a public API: it may change at any time.
#[doc(hidden)]
pub mod __private {
    pub use autodiff_core::barrier::Barrier;
    pub use autodiff_core::buffer::{AdjointBuffer, ZerosLike};
    pub use autodiff_core::iteration_tape::IterationTape;
    pub use autodiff_core::outline;
    pub use autodiff_core::passive::FromPassive;
    pub use autodiff_core::shadow::{VecAdjoint, VecTangent};
    pub use autodiff_core::tape::{next_trip, Tape, TapeScalar};
    pub use autodiff_core::trace::{Operand, Recorder, Trace};
    pub use nalgebra;
}
