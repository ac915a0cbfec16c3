use autodiff::differentiate;

#[differentiate]
fn f(x: f64, k: Option<u32>) -> f64 {
    let y = if let Some(n) = k { x * n as f64 };
    y
}

fn main() {}
