use autodiff::differentiate;

#[differentiate]
fn double(x: &[f64]) -> Vec<f64> {
    let mut y = vec![0.0; x.len()];
    for i in 0..x.len() {
        y[i] = 2.0 * x[i];
    }
    y
}

#[differentiate]
fn f(x: &[f64]) -> f64 {
    let y = double(x);
    y[0]
}

fn main() {}
