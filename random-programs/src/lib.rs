//! Random-program differential testing of `#[differentiate]`.
//!
//! [`generator`] writes, from a seed, a module of random functions in the
//! language subset the macro supports; `build.rs` writes `RANDOM_PROGRAMS`
//! of them (default 300, seeds from `RANDOM_PROGRAMS_SEED` on) into the
//! build directory, with a table of [`Case`]s that call their generated
//! derivatives; `tests/differential.rs` runs every case through [`check`]:
//! values, `_grad` against `_vjp`, the dot-product test between `_jvp` and
//! `_vjp`, central finite differences, and `_hvp` against differences of
//! `_grad` and its symmetry. See DEVELOPMENT.md, "Random-program testing".

pub mod case;
pub mod check;
pub mod generator;

pub use case::{Case, Twin, VectorCase};
