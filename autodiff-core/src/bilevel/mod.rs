//! Bilevel optimisation: hypergradients `dF/dλ` of
//! `min_λ F(w*(λ), λ)` with `w*(λ) = argmin_w G(w, λ)`.
//!
//! By the implicit function theorem
//! `dF/dλ = ∇_λ F − ∇²_λw G · H⁻¹ ∇_w F` with `H = ∇²_ww G` at `w*`. The
//! objectives are [`Objective`]s (the generated `NAME_grad_into` and
//! `NAME_hvp` of `#[differentiate]` functions, through [`FnObjective`]); the
//! inner problem is solved by [`InnerSolver`] (gradient descent, warm-started);
//! a [`Method`] turns `v = ∇_w F` into `(∂w*/∂λ)ᵀ v`:
//!
//! | method | what it computes | cost |
//! |---|---|---|
//! | [`Exact`] | dense H, Cholesky / LU | n + m HVPs, O((n + m)²) memory |
//! | [`ConjugateGradient`] | CG on `H x = v` to a tolerance | one HVP per iteration |
//! | [`Neumann`] | `α Σ_j (I − αH)^j v` | one HVP per term |
//! | [`Itd`] | reverse mode through the K inner steps (or the last T) | one HVP per step, O(K·n) memory |
//! | [`FiniteDifference`] | DARTS: one unrolled step, central differences | two gradients |
//!
//! [`Bilevel`] puts them together (a hypergradient, or hypergradient descent);
//! [`argmin_derivative`] is the scalar case `h'(x) = −∂₁∂₂g / ∂₂²g`;
//! [`MinNorm`] combines the hypergradients of several outer objectives into a
//! common descent direction (MGDA, as in MOML); [`Multilevel`] assembles
//! hypergradients over more than two levels (Betty's dataflow graph), with
//! any method on any level, and runs the descent over all levels
//! ([`Multilevel::descend`]). Every failure is a
//! [`BilevelError`].
//!
//! ```
//! use autodiff_core::bilevel::{Bilevel, ConjugateGradient, FnObjective, InnerSolver};
//! // G(w, λ) = ½ (w₀ − λ₀)² + ½ w₀²: w* = λ / 2. F = ½ (w₀ − 1)²: dF/dλ = (λ/2 − 1) / 2.
//! let inner = FnObjective::new(
//!     |w, lam, gw, glam| { gw[0] += 2.0 * w[0] - lam[0]; glam[0] += lam[0] - w[0]; 0.5 * (w[0] - lam[0]).powi(2) + 0.5 * w[0] * w[0] },
//!     |_, _, vw, vlam| (vec![2.0 * vw[0] - vlam[0]], vec![vlam[0] - vw[0]]),
//! );
//! let outer = FnObjective::new(
//!     |w, _, gw, _| { gw[0] += w[0] - 1.0; 0.5 * (w[0] - 1.0).powi(2) },
//!     |_, _, vw, _| (vec![vw[0]], vec![0.0]),
//! );
//! let problem = Bilevel::new(&inner, &outer, InnerSolver::new(200, 0.25));
//! let hg = problem.hypergradient(&ConjugateGradient::default(), &mut vec![0.0], &[4.0])?;
//! assert!((hg.gradient[0] - 0.5).abs() < 1e-10);
//! # Ok::<(), autodiff_core::bilevel::BilevelError>(())
//! ```

mod argmin;
mod cg;
mod error;
mod exact;
mod finite_difference;
mod hypergradient;
mod inner;
mod itd;
mod method;
mod mgda;
mod multilevel;
mod neumann;
mod problem;
mod vector;

pub use argmin::argmin_derivative;
pub use cg::ConjugateGradient;
pub use error::{BilevelError, Result};
pub use exact::Exact;
pub use finite_difference::FiniteDifference;
pub use hypergradient::{Bilevel, Hypergradient};
pub use inner::{InnerRun, InnerSolver};
pub use itd::Itd;
pub use method::{Method, ResponseProduct};
pub use mgda::{MinNorm, MinNormSolution, Normalization};
pub use multilevel::{Multilevel, OuterStep, Problem};
pub use neumann::Neumann;
pub use problem::{FnObjective, Objective};
