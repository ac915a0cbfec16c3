use autodiff::differentiate;

#[differentiate]
fn d_x(x: f64, y: f64) -> f64 {
    y + 0.0 * x
}

#[differentiate(partials(d_x))]
fn product(x: f64, y: f64) -> f64 {
    x * y
}

fn main() {}
