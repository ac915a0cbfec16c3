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
    /// The program's first helper with a vector result (`vector-result`).
    pub vector: Option<VectorCase>,
    /// The program compiled with `f32` for `f64` (`f32`): the same entry
    /// function and derivatives, their arguments rounded to f32 and their
    /// results widened back.
    pub twin: Option<Twin>,
}

/// A vector value and its tangent, as `_jvp` of a vector result returns them.
pub type VectorJvp = (Vec<f64>, Vec<f64>);

/// A helper `h(c0, c1, k) -> Vec<f64>` and its generated derivatives, as
/// functions of the point `(c0, c1)` (with a fixed `k`).
pub struct VectorCase {
    /// The helper's name.
    pub name: &'static str,
    /// The number of entries of its result.
    pub outputs: usize,
    /// `h(p)`.
    pub value: fn(&[f64]) -> Vec<f64>,
    /// `h_jvp` along `d`: (value, tangent).
    pub jvp: fn(&[f64], &[f64]) -> VectorJvp,
    /// `h_vjp` with the seed `u`: [value.., uᵀ ∂h/∂p_0, uᵀ ∂h/∂p_1].
    pub vjp: fn(&[f64], &[f64]) -> Vec<f64>,
    /// `h_jacobian`, row by row.
    pub jacobian: fn(&[f64]) -> Vec<Vec<f64>>,
}

/// The entry function of a program's f32 twin and its derivatives, with the
/// signatures of [`Case`]'s.
pub struct Twin {
    /// `f(p)`.
    pub value: fn(&[f64]) -> f64,
    /// `f_jvp` along `d`.
    pub jvp: fn(&[f64], &[f64]) -> (f64, f64),
    /// `f_vjp` with the seed `u`.
    pub vjp: fn(&[f64], f64) -> Vec<f64>,
    /// `f_grad`.
    pub grad: fn(&[f64]) -> Vec<f64>,
    /// `f_hvp` along `v`.
    pub hvp: fn(&[f64], &[f64]) -> Vec<f64>,
}
