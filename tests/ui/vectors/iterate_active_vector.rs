use autodiff::differentiate;

#[differentiate]
fn f(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x.iter().rev() {
        s += v * 2.0;
    }
    s
}

fn main() {}
