use autodiff::differentiate;

#[differentiate]
fn d_x(x: &[f64]) -> f64 {
    x[0]
}

#[differentiate(partials(d_x))]
fn first(x: &[f64]) -> f64 {
    x[0]
}

fn main() {}
