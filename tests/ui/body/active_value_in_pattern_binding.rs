use autodiff::differentiate;

#[differentiate]
fn f(x: f64, y: f64) -> f64 {
    let (a, b);
    a = x * y;
    b = x + y;
    a * b
}

fn main() {}
