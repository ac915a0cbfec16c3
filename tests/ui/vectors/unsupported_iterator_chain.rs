use autodiff::differentiate;

#[differentiate]
fn positive_part(x: &[f64]) -> f64 {
    x.iter().filter(|v| **v > 0.0).sum()
}

fn main() {}
