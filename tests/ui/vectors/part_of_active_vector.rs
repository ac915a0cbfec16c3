use autodiff::differentiate;

#[differentiate]
fn first(x: &[f64]) -> f64 {
    x[0]
}

#[differentiate]
fn second(x: &[f64]) -> f64 {
    first(&x[1..])
}

fn main() {}
