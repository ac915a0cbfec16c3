use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    yield x;
    x
}

fn main() {}
