use autodiff::differentiate;

#[differentiate]
fn one(x: f64) -> f64 {
    x * 0.0 + 1.0
}

#[differentiate(wrt(x), partials(one))]
fn identity(x: f64) -> f64 {
    x
}

fn main() {}
