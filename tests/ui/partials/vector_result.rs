use autodiff::differentiate;

#[differentiate]
fn d_x(x: f64) -> f64 {
    2.0 * x
}

#[differentiate(partials(d_x))]
fn f(x: f64) -> Vec<f64> {
    vec![x * x]
}

fn main() {}
