use autodiff::differentiate;

#[differentiate]
fn f(x: f64, k: Option<u32>) -> f64 {
    if let Some(n) = k && n > 2 {
        return x * n as f64;
    }
    x
}

fn main() {}
