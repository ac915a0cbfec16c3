use autodiff::differentiate;

#[differentiate]
fn f(x: f64, k: Option<u32>) -> f64 {
    let Some(k) = k else { return 0.0 };
    x * k as f64
}

fn main() {}
