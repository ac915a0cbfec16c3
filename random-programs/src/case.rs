//! One generated program as the checks see it: its seed and source, and its
//! entry function and generated derivatives as functions of a flat point.

/// A program's entry function `f` and its generated derivatives, each taking
/// the point `p` (the active inputs in parameter order, slices flattened).
pub struct Case {
    /// The seed that generated the program.
    pub seed: u64,
    /// The program's module, as generated.
    pub source: &'static str,
    /// The number of active inputs (the length of a point).
    pub inputs: usize,
    /// `f(p)`.
    pub value: fn(&[f64]) -> f64,
    /// `f_jvp` along the direction `d`: (value, directional derivative).
    pub jvp: fn(&[f64], &[f64]) -> (f64, f64),
    /// `f_vjp` with the seed `u`: [value, u ∂f/∂p_0, ..].
    pub vjp: fn(&[f64], f64) -> Vec<f64>,
    /// `f_grad`: [value, ∂f/∂p_0, ..].
    pub grad: fn(&[f64]) -> Vec<f64>,
    /// `f_hvp` along `v`: [value, gradient.., H v..].
    pub hvp: fn(&[f64], &[f64]) -> Vec<f64>,
}
