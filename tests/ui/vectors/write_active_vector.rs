use autodiff::differentiate;

#[differentiate]
fn f(mut x: Vec<f64>) -> f64 {
    x[0] = 1.0;
    x[0] * x[1]
}

fn main() {}
