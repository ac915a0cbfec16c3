use autodiff::differentiate;

#[differentiate(wrt(1))]
fn f(x: f64, y: f64) -> f64 {
    x * y
}

fn main() {}
