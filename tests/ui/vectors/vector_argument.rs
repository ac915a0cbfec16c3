use autodiff::differentiate;

#[differentiate]
fn g(x: &[f64]) -> f64 {
    x[0] * x[1]
}

#[differentiate]
fn f(x: &[f64]) -> f64 {
    g(x) * 2.0
}

fn main() {}
