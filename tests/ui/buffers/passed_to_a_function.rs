use autodiff::differentiate;

#[differentiate]
fn total(v: &[f64]) -> f64 {
    v[0] + v[1]
}

#[differentiate]
fn f(x: f64) -> f64 {
    let pair = [x.sin(), x.cos()];
    total(&pair)
}

fn main() {}
