use autodiff::differentiate;

struct Point {
    v: f64,
}

#[differentiate]
fn f(x: f64) -> f64 {
    let mut p = Point { v: 0.0 };
    p.v = x * x;
    p.v
}

fn main() {}
