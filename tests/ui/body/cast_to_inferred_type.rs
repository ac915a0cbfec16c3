use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let y: f64 = (x * x) as _;
    y + x
}

fn main() {}
