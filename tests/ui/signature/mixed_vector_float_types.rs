use autodiff::differentiate;

#[differentiate]
fn f(x: &[f32], y: f64) -> f64 {
    x[0] as f64 * y
}

fn main() {}
