use autodiff::differentiate;

#[differentiate(partials(d_x + d_y))]
fn product(x: f64, y: f64) -> f64 {
    x * y
}

fn main() {}
