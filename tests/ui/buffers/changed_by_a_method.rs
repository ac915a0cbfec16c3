use autodiff::differentiate;

#[differentiate]
fn f(x: &[f64]) -> f64 {
    let mut buffer = vec![0.0; x.len()];
    buffer[0] = x[0].sin();
    buffer.fill(1.0);
    buffer[0] * x[0]
}

fn main() {}
