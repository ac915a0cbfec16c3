//! Example 3 of the lecture on automatic differentiation: f(x) = ln(1 + exp <a, x>),
//! with gradient σ(<a, x>) a and Hessian σ(1 - σ) a aᵀ, checked against the
//! formulas; then the logistic-regression loss over a data set,
//! L(w) = (1/m) Σ ln(1 + exp(-yᵢ <w, xᵢ>)) + λ/2 ‖w‖², minimised by Newton's
//! method with the generated gradient and Hessian (each step solves H p = -∇L
//! by Cholesky). The gradient norm falls quadratically. Asserts agreement with
//! the formulas to 1e-12 and convergence (running it is a test):
//!
//! ```text
//! cargo run --release --example logistic
//! ```

#[path = "lecture/mod.rs"]
mod lecture;

use lecture::*;
use nalgebra::{DMatrix, DVector};

fn main() {
    let a = [0.5, -1.5, 2.0, 0.25];
    let x = [0.1, 0.4, -0.3, 1.0];
    let (value, gradient) = logistic_grad(&x, &a);
    let expected = logistic_gradient(&x, &a);
    let hessian = logistic_hessian(&x, &a);
    let formula = logistic_hessian_formula(&x, &a);
    println!("f(x) = ln(1 + exp<a, x>), a = {a:?}, x = {x:?}: f = {value:.12}");
    println!("gradient, reverse mode: {gradient:?}");
    println!("sigma(<a, x>) a:        {expected:?}");
    println!("Hessian, AD:{hessian}sigma (1 - sigma) a a^T:{formula}");
    let gradient_error = DVector::from_vec(gradient.clone()) - DVector::from_vec(expected);
    assert!(gradient_error.amax() <= 1e-12 * gradient.iter().fold(0.0, |m, g| g.abs().max(m)));
    assert!((&hessian - &formula).amax() <= 1e-12 * formula.amax());

    let (m, d, lambda) = (2000, 10, 1e-3);
    let (features, labels) = data_set(m, d);
    println!(
        "\nlogistic regression: {m} samples, {d} features, lambda = {lambda}, Newton's method"
    );
    println!(
        "{:>5} {:>18} {:>12} {:>12}",
        "step", "loss", "|grad L|", "|grad err|"
    );
    let mut w = vec![0.0; d];
    let mut steps = 0;
    for step in 0..8 {
        let (loss, g) = logistic_loss_grad(&w, &features, &labels, lambda);
        let formula = logistic_loss_gradient(&w, &features, &labels, lambda);
        let error = g
            .iter()
            .zip(&formula)
            .fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
        let norm = g.iter().map(|v| v * v).sum::<f64>().sqrt();
        println!("{step:>5} {loss:>18.12} {norm:>12.3e} {error:>12.1e}");
        assert!(error <= 1e-12 * (1.0 + norm));
        if norm < 1e-13 {
            break;
        }
        let h: DMatrix<f64> = logistic_loss_hessian(&w, &features, &labels, lambda);
        let h_error = (&h - logistic_loss_hessian_formula(&w, &features, &labels, lambda)).amax();
        assert!(h_error <= 1e-12 * h.amax());
        let p = h
            .cholesky()
            .expect("the Hessian is positive definite")
            .solve(&-DVector::from_vec(g));
        for (wi, pi) in w.iter_mut().zip(p.iter()) {
            *wi += pi;
        }
        steps = step + 1;
    }
    let (_, g) = logistic_loss_grad(&w, &features, &labels, lambda);
    let norm = g.iter().map(|v| v * v).sum::<f64>().sqrt();
    println!("Newton's method: |grad L| = {norm:.1e} after {steps} steps (the digits double near the optimum)");
    assert!(norm < 1e-10);
}
