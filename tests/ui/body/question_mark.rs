use autodiff::differentiate;

#[differentiate]
fn f(x: f64, s: &str) -> f64 {
    let k: f64 = s.parse().ok()?;
    k * x
}

fn main() {}
