use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let mut y = 0.0;
    let unit = (y = x * 2.0);
    y
}

fn main() {}
