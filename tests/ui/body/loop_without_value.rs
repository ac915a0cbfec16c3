use autodiff::differentiate;

#[differentiate]
fn f(x: f64, n: usize) -> f64 {
    let mut s = x;
    for _ in 0..n {
        s = s * 2.0;
    }
}

fn main() {}
