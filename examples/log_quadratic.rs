//! Example 2 of the lecture on automatic differentiation: f(x) = ln <x, A x>,
//! whose Hessian is (A + Aᵀ)/q - (A + Aᵀ) x xᵀ (A + Aᵀ)ᵀ / q² with q = <x, A x>.
//! It prints the Hessian that `log_quadratic_hessian` builds from exact
//! Hessian-vector products beside the formula, at a few points, and asserts
//! agreement to 1e-12 (running it is a test):
//!
//! ```text
//! cargo run --release --example log_quadratic
//! ```

#[path = "lecture/mod.rs"]
mod lecture;

use lecture::{
    log_quadratic_grad, log_quadratic_gradient, log_quadratic_hessian,
    log_quadratic_hessian_formula,
};
use nalgebra::{DMatrix, DVector};

fn main() {
    let a = DMatrix::from_row_slice(3, 3, &[2.0, -1.0, 0.5, 0.3, 1.5, -0.2, 0.0, 0.7, 3.0]);
    println!("f(x) = ln <x, Ax>, A = {a}");
    println!(
        "{:>22} {:>12} {:>12} {:>12}",
        "x", "f(x)", "|grad err|", "|Hess err|"
    );
    for x in [[0.5, -1.0, 2.0], [1.0, 1.0, 1.0], [-2.0, 0.3, 0.1]] {
        let x = DVector::from_column_slice(&x);
        let (value, gradient) = log_quadratic_grad(&x, &a);
        let gradient_error = (&gradient - log_quadratic_gradient(&x, &a)).amax();
        let hessian = log_quadratic_hessian(&x, &a);
        let formula = log_quadratic_hessian_formula(&x, &a);
        let hessian_error = (&hessian - &formula).amax();
        println!(
            "{:>22} {value:>12.6} {gradient_error:>12.1e} {hessian_error:>12.1e}",
            format!("{:?}", x.as_slice())
        );
        assert!(gradient_error <= 1e-12 * gradient.amax());
        assert!(hessian_error <= 1e-12 * formula.amax());
        if x[0] == -2.0 {
            println!("Hessian at the last point, AD:{hessian}formula:{formula}");
        }
    }
}
