use autodiff::differentiate;

fn cos_of(x: f64) -> f64 {
    x.cos()
}

#[differentiate(partials(cos_of))]
fn sine(x: f64) -> f64 {
    x.sin()
}

fn main() {}
