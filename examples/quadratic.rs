//! Example 1 of the lecture on automatic differentiation: the quadratic form
//! f(x) = <x, A x> - bᵀx + c with nalgebra, whose gradient is (A + Aᵀ) x - b and
//! whose Hessian is A + Aᵀ. It prints reverse mode's gradient and the Hessian
//! from Hessian-vector products beside those formulas, and asserts agreement
//! to 1e-12 (running it is a test):
//!
//! ```text
//! cargo run --release --example quadratic
//! ```

#[path = "lecture/mod.rs"]
mod lecture;

use lecture::{
    quadratic, quadratic_grad, quadratic_gradient, quadratic_hessian, quadratic_hessian_formula,
};
use nalgebra::{DMatrix, DVector};

fn main() {
    let a = DMatrix::from_row_slice(3, 3, &[2.0, -1.0, 0.5, 0.3, 1.5, -0.2, 0.0, 0.7, 3.0]);
    let b = DVector::from_vec(vec![1.0, -2.0, 0.5]);
    let c = 0.5;
    let x = DVector::from_vec(vec![0.5, -1.0, 2.0]);
    println!("f(x) = <x, Ax> - b^T x + c at x = {:?}", x.as_slice());
    println!("A = {a}b = {:?}, c = {c}", b.as_slice());

    let (value, gradient) = quadratic_grad(&x, &a, &b, c);
    let expected = quadratic_gradient(&x, &a, &b);
    println!("f(x) = {value} (primal {})", quadratic(&x, &a, &b, c));
    println!("gradient, reverse mode: {:?}", gradient.as_slice());
    println!("(A + A^T) x - b:        {:?}", expected.as_slice());
    let gradient_error = (&gradient - &expected).amax();

    let hessian = quadratic_hessian(&x, &a, &b, c);
    let formula = quadratic_hessian_formula(&a);
    println!("Hessian from Hessian-vector products:{hessian}A + A^T:{formula}");
    let hessian_error = (&hessian - &formula).amax();
    println!("max |AD - formula|: gradient {gradient_error:.1e}, Hessian {hessian_error:.1e}");
    assert!(gradient_error <= 1e-12 * expected.amax());
    assert!(hessian_error <= 1e-12 * formula.amax());
}
