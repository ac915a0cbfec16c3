use autodiff::differentiate;

#[differentiate]
fn d_x(x: f64) -> f64 {
    2.0 * x
}

#[differentiate(partials(d_x), partials(d_x))]
fn square(x: f64) -> f64 {
    x * x
}

fn main() {}
