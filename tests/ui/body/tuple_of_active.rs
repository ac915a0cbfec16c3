use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let pair = (x, 2.0);
    pair.0 * pair.1
}

fn main() {}
