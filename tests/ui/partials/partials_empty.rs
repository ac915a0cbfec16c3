use autodiff::differentiate;

#[differentiate(partials())]
fn square(x: f64) -> f64 {
    x * x
}

fn main() {}
