use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let mut buffer = [0.0; 2];
    buffer[0] = x.sin();
    buffer[0] + x
}

fn main() {}
