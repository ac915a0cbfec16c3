//! What can go wrong in a hypergradient computation, as values.

use std::fmt;

/// The error of a bilevel or multilevel computation.
///
/// Every failure the methods can detect (a diverging inner solve, a singular
/// or indefinite Hessian, a malformed problem graph, vectors of the wrong
/// length) is one of these variants, never a panic or a silently wrong number.
///
/// ```
/// use autodiff_core::bilevel::BilevelError;
/// let e = BilevelError::NotAMinimum { curvature: -2.0 };
/// assert!(e.to_string().contains("-2"));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BilevelError {
    /// A value or gradient was NaN or infinite (`what` names it, `step` is the
    /// inner step at which it was seen, or the outer step of
    /// [`Multilevel::descend`](super::Multilevel::descend), else 0).
    NotFinite {
        /// Which quantity was not finite.
        what: &'static str,
        /// The inner (or outer) step at which it was seen.
        step: usize,
    },
    /// The inner solve ended with a gradient norm above the one it started with.
    NotConverging {
        /// ‖∇_w G‖ at the warm start.
        initial: f64,
        /// ‖∇_w G‖ after the last step.
        last: f64,
        /// The steps taken.
        steps: usize,
    },
    /// The Hessian block ∇²_ww G could not be factorised (it is singular).
    SingularHessian,
    /// Conjugate gradient met a direction p with pᵀ H p ≤ 0: H is not
    /// positive definite at this point.
    NonPositiveCurvature {
        /// The CG iteration (from 0).
        iteration: usize,
        /// The value of pᵀ H p / pᵀ p.
        curvature: f64,
    },
    /// The scalar argmin derivative needs ∂₂²g > 0 at the minimiser.
    NotAMinimum {
        /// The second derivative found.
        curvature: f64,
    },
    /// A vector had the wrong length.
    LengthMismatch {
        /// Which vector.
        what: String,
        /// The length it should have.
        expected: usize,
        /// The length it has.
        found: usize,
    },
    /// A method that differentiates through the inner iterates (ITD) got an
    /// inner run that did not record them.
    MissingIterates,
    /// A problem of a multilevel graph depends on a problem that is not in it.
    UnknownProblem {
        /// The missing problem's name.
        name: String,
        /// The problem that names it.
        needed_by: String,
    },
    /// Two problems of a multilevel graph have the same name.
    DuplicateProblem(String),
    /// The dependencies of a multilevel graph form a cycle (the names along it).
    Cycle(Vec<String>),
    /// A list that must not be empty was empty (`what` names it).
    Empty(&'static str),
}

impl fmt::Display for BilevelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotFinite { what, step } => write!(f, "{what} is not finite (step {step})"),
            Self::NotConverging {
                initial,
                last,
                steps,
            } => write!(
                f,
                "the inner solve does not converge: gradient norm {initial:e} at the start, \
                 {last:e} after {steps} steps (lower the step size)"
            ),
            Self::SingularHessian => write!(f, "the inner Hessian ∇²_ww G is singular"),
            Self::NonPositiveCurvature {
                iteration,
                curvature,
            } => write!(
                f,
                "conjugate gradient met curvature {curvature:e} ≤ 0 at iteration {iteration}: \
                 the inner Hessian is not positive definite"
            ),
            Self::NotAMinimum { curvature } => write!(
                f,
                "∂₂²g = {curvature} ≤ 0: the point is not a strict minimiser in y"
            ),
            Self::LengthMismatch {
                what,
                expected,
                found,
            } => write!(f, "{what} has length {found}, expected {expected}"),
            Self::MissingIterates => write!(
                f,
                "the inner run holds no iterates: solve with record = true for ITD"
            ),
            Self::UnknownProblem { name, needed_by } => {
                write!(
                    f,
                    "problem `{needed_by}` depends on `{name}`, which is not in the graph"
                )
            }
            Self::DuplicateProblem(name) => write!(f, "two problems are named `{name}`"),
            Self::Cycle(names) => {
                write!(f, "the dependencies form a cycle: {}", names.join(" -> "))
            }
            Self::Empty(what) => write!(f, "{what} is empty"),
        }
    }
}

impl std::error::Error for BilevelError {}

/// The result type of this module.
pub type Result<T> = std::result::Result<T, BilevelError>;

/// `Err(LengthMismatch)` unless `found == expected`.
pub(crate) fn check_len(what: &str, expected: usize, found: usize) -> Result<()> {
    if expected == found {
        Ok(())
    } else {
        Err(BilevelError::LengthMismatch {
            what: what.to_string(),
            expected,
            found,
        })
    }
}

/// `Err(NotFinite)` unless every entry of `values` is finite.
pub(crate) fn check_finite(what: &'static str, step: usize, values: &[f64]) -> Result<()> {
    if values.iter().all(|v| v.is_finite()) {
        Ok(())
    } else {
        Err(BilevelError::NotFinite { what, step })
    }
}
